"""A table's cells as the table tests assert them, one tuple per figure of table `table` of an extracted report:
(page, line, raw, value, unit, period, row, parent row, column, scale, total)."""

from __future__ import annotations


def cells(result: dict, table: int) -> list[tuple]:
    return [(i["location"]["page"], i["location"]["line"], i["raw"], i["value"], i["unit"], i["period"],
             i["table"]["row"], i["table"]["parent"], i["table"]["column"], i["table"].get("scale"),
             i["table"].get("total", False))
            for i in result["indicators"] if "table" in i and i["table"]["table"] == table]
