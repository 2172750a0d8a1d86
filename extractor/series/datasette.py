"""Datasette metadata for the series database: `<name>.metadata.json` beside `<name>.sqlite`
(`datasette series.sqlite --metadata series.metadata.json`): what each table and column holds, the units the
values are in, the reports they come from, and the full-text search on labels (FULL_TEXT in sqlite_out.py); its
words in the language of the run (vocabulary.datasette of patterns/findings.yaml; tables and columns are ids).
Validated against schemas/datasette-metadata.schema.json and written atomically, like every JSON we write."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extractor.series.sqlite_out import FULL_TEXT, unit_view
from extractor.series.units import pint_units

SCHEMA = "datasette-metadata"

def metadata(documents: list[dict[str, Any]], units: list[str] = ()) -> dict[str, Any]:
    """The metadata of a series database made from reports with these `document` parts, with a view of the
    figures in each of `units` (units Pint knows: series.units.pint_units)."""
    from extractor.series.words import vocabulary

    said = vocabulary()["datasette"]  # the tables' and columns' words in the run's language
    sources = sorted({str(d.get("organisation") or "") for d in documents} - {""})
    years = sorted({d["fiscal_year"] for d in documents if d.get("fiscal_year") is not None})
    tables: dict[str, Any] = {}
    for name, words in said["tables"].items():
        tables[name] = {"description": words["description"]}
        if words.get("columns"):
            tables[name]["columns"] = dict(words["columns"])
    for table, key, _ in FULL_TEXT:
        tables[table].update(fts_table=f"{table}_fts", fts_pk=key)
    for unit in units:  # Datasette shows these columns' numbers with the unit, and converts them
        tables[unit_view(unit)] = {"description": said["unit_view"].format(unit=unit),
                                   "units": {"value": pint_units()[unit], "value_max": pint_units()[unit]}}
    span = said["years"].format(first=years[0], last=years[-1]) if years else said["years_unknown"]
    return {
        "title": said["title"],
        "description": said["description"].format(
            organisations=", ".join(sources) or said["organisations_unknown"], years=span),
        "source": "; ".join(sorted(d["path"] for d in documents)) or said["no_reports"],
        "databases": {"series": {"tables": tables}},
    }


def write_metadata(database: Path, documents: list[dict[str, Any]]) -> Path:
    """`<database stem>.metadata.json` beside the database; returns its path."""
    from extractor.runtime.jsonio import write_json

    import sqlite3

    path = database.with_name(database.stem + ".metadata.json")
    with sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True) as connection:
        views = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
    connection.close()
    data = metadata(documents, [unit for unit in pint_units() if unit_view(unit) in views])
    data["databases"] = {database.stem: data["databases"]["series"]}  # Datasette names a database by its file
    write_json(path, data, SCHEMA)
    return path
