"""The series as a spreadsheet (`extract series --format xlsx -o FILE`): a sheet per table.

- `long`: one row per figure a report states, the columns of series-long.csv, the value a number;
- `wide`: one row per series, one column per fiscal year, each value a number with a note on its cell that gives
  its unit, qualifier, period and source (document, page, line, column); a conflict or a gap is an empty cell
  (a conflict's note names the values and where each stands);
- `documents`: the reports the series come from.
"""

from __future__ import annotations

from pathlib import Path

from extractor.runtime.xlsx import Sheet, write
from extractor.series.csv_out import LONG_COLUMNS, _long as long_values
from extractor.series import words
from extractor.series.table import Row, SeriesTable

DOCUMENT_COLUMNS = ["path", "organisation", "fiscal_year", "format", "pages", "sha256"]


def _place(row: Row) -> str:
    page = words.said("location_page", page=row.page) if row.page else ""
    column = words.said("location_column", column=row.column) if row.column else ""
    return words.said("location", document=row.document, page=page, line=row.line, column=column)


def _note(row: Row) -> str:
    """What a wide cell's value is: its unit, qualifier, period and where it stands, in the language of the run
    (its text as written quoted)."""
    unit = words.unit(row.unit) if row.unit else words.said("none")
    unit = f"{unit} ({words.quoted(row.noun)})" if row.noun else unit
    return words.said("cell", raw=row.raw, unit=unit, qualifier=words.said(f"qualifier_{row.qualifier}"),
                 period=words.period(row.period) if row.period else words.said("none"), location=_place(row))


def sheets(table: SeriesTable, include_derived: bool = False) -> list[Sheet]:
    long = Sheet("long", LONG_COLUMNS, [long_values(row) for row in table.rows])
    header = ["series", "organisation", "id", "label", "unit", *table.years, "flags", "notes", "enterprise_number",
              "noun", "dimension", "possible"]  # years as numbers; the columns of the wide CSV
    rows, notes = [], {}
    for r, series in enumerate(table.wide(include_derived)):
        cells = series.cells()
        values = []
        for c, year in enumerate(table.years):
            found = cells.get(year)
            column = 5 + c
            if found is None:
                values.append(None)  # a gap, never a zero
            elif found.conflict:
                values.append(None)
                notes[(r, column)] = "\n".join([words.said("cell_conflict")] + [f"{words.quoted(row.raw)} ({_place(row)})"
                                                                              for row in found.rows])
            else:
                values.append(found.rows[0].value)
                notes[(r, column)] = _note(found.rows[0])
        rows.append([series.key, series.organisation, series.id, series.label, series.unit, *values,
                     ";".join(series.flags), " | ".join(series.notes), series.enterprise_number, series.noun,
                     series.dimension, ";".join(series.possible)])
    wide = Sheet("wide", header, rows, notes)
    documents = Sheet("documents", DOCUMENT_COLUMNS,
                      [[d.get(key) for key in DOCUMENT_COLUMNS] for d in table.documents])
    return [long, wide, documents]


def write_xlsx(table: SeriesTable, path: Path, include_derived: bool = False) -> Path:
    return write(path, sheets(table, include_derived))
