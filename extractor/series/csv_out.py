"""The long and wide tables as CSV: UTF-8, a header row, values as plain numbers (159.5, not 159,5).

Long: one row per figure a report states, with its organisation and source (document, page, line, column).
Wide: one row per series (organisation and catalogued id@unit), one column per fiscal year; `qualifier_<year>`
marks a value that is not exact (approximately, at_least, at_most, range) or a year whose reports conflict
("conflict", value left empty); an empty value with an empty qualifier is a gap: the year's report does not
state it (or the organisation has no report of that year).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from extractor.runtime.jsonio import write_text_atomic
from extractor.series.table import Row, SeriesTable

LONG_COLUMNS = ["id", "label", "unit", "fiscal_year", "value", "value_max", "qualifier", "raw", "organisation",
                "enterprise_number", "document", "page", "line", "column", "period", "series", "catalogued", "match", "rule",
                "approximate", "flags", "noun", "dimension", "possible"]


def cell(value: Any) -> str:
    """A CSV cell: empty for None, true/false for booleans, plain numbers, text as is."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def long_rows(table: SeriesTable) -> list[list[str]]:
    return [[cell(v) for v in _long(row)] for row in table.rows]


def _long(row: Row) -> list[Any]:
    return [row.id, row.label, row.unit, row.fiscal_year, row.value, row.value_max, row.qualifier, row.raw,
            row.organisation, row.enterprise_number, row.document, row.page, row.line, row.column, row.period, row.series, row.catalogued,
            row.match, row.rule, not row.exact, ";".join(row.flags), row.noun, row.dimension, ";".join(row.possible)]


def wide_header(years: list[int]) -> list[str]:
    return (["series", "organisation", "id", "label", "unit"] + [str(y) for y in years]
            + [f"qualifier_{y}" for y in years] + ["flags", "notes", "enterprise_number", "noun", "dimension", "possible"])


def wide_rows(table: SeriesTable, include_derived: bool = False) -> list[list[str]]:
    out = []
    for series in table.wide(include_derived):
        cells = series.cells()
        values, qualifiers = [], []
        for year in table.years:
            found = cells.get(year)
            if found is None:  # a gap, never a zero
                values.append(None)
                qualifiers.append(None)
            elif found.conflict:
                values.append(None)
                qualifiers.append("conflict")
            else:
                values.append(found.rows[0].value)
                qualifiers.append(None if found.rows[0].exact else found.rows[0].qualifier)
        out.append([cell(v) for v in [series.key, series.organisation, series.id, series.label, series.unit,
                                      *values, *qualifiers, ";".join(series.flags), " | ".join(series.notes),
                                      series.enterprise_number, series.noun, series.dimension,
                                      ";".join(series.possible)]])
    return out


def to_csv(header: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def long_csv(table: SeriesTable) -> str:
    return to_csv(LONG_COLUMNS, long_rows(table))


def wide_csv(table: SeriesTable, include_derived: bool = False) -> str:
    return to_csv(wide_header(table.years), wide_rows(table, include_derived))


def write_long(table: SeriesTable, path: Path) -> Path:
    write_text_atomic(path, long_csv(table))
    return path


def write_wide(table: SeriesTable, path: Path, include_derived: bool = False) -> Path:
    write_text_atomic(path, wide_csv(table, include_derived))
    return path
