"""Datasette metadata for the series database: `<name>.metadata.json` beside `<name>.sqlite`
(`datasette series.sqlite --metadata series.metadata.json`): what each table and column holds, the units the
values are in, the reports they come from, and the full-text search on labels (FULL_TEXT in sqlite_out.py).
Validated against schemas/datasette-metadata.schema.json and written atomically, like every JSON we write."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extractor.series.sqlite_out import FULL_TEXT, unit_view
from extractor.series.units import pint_units

SCHEMA = "datasette-metadata"

TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "documents": ("The reports the series come from, one row per report.", {
        "path": "the report file, as extract was given it",
        "sha256": "the SHA-256 of the report's bytes",
        "format": "pdf, text or markdown",
        "pages": "number of pages (PDF only)",
        "fiscal_year": "the fiscal year the report covers",
        "organisation": "the organisation, as the report names it",
        "enterprise_number": "the organisation's enterprise number, as the report gives it",
        "title": "the report's title"}),
    "series": ("One row per series: an organisation's indicator in one unit across its years.", {
        "organisation": "the reports' organisation; empty when they name none",
        "series": "id@unit: the indicator id and its unit",
        "id": "the indicator id (catalogue id, or a key built from the figure's own words: other.*)",
        "unit": "the unit every value of the series is in (persons, EUR, hours, days, m2, %, ...)",
        "label": "what the figure counts or measures, in the report's words (Dutch)",
        "catalogued": "1 when the id is in the catalogue (patterns/indicators.yaml), 0 for other.* ids",
        "flags": "';'-separated: unit_changed, label_changed, conflict, period_differs, approximate",
        "notes": "why a flag is set, in words"}),
    "indicators": ("One row per figure a report states, with where it stands (page, line, column).", {
        "series": "id@unit, as series.series",
        "id": "the indicator id",
        "label": "what the figure counts or measures, in the report's words (Dutch)",
        "unit": "the unit of value and value_max",
        "fiscal_year": "the fiscal year of the report that states it",
        "value": "the value in plain units of the column unit (18894 persons, 3000000 EUR, 159.5 days)",
        "value_max": "the upper end of a range, in the column unit",
        "qualifier": "exact, approximately, at_least, at_most or range",
        "approximate": "1 when the value is not exact",
        "raw": "the text as written in the report (‘bijna 3 miljoen euro’)",
        "period": "the year or span the figure is for, when it is not the fiscal year",
        "page": "the page (PDF only), 1-based",
        "line": "the line in the original file (in a PDF: within the page), 1-based",
        "column": "the column on that line, 1-based",
        "rule": "the rule that found the figure (extract explain shows why)",
        "match": "how the id was found: catalogue rule, label, or derived from the words",
        "catalogued": "1 when the id is in the catalogue",
        "flags": "';'-separated flags of the figure"}),
    "statute_references": ("References to articles of the cooperative's statutes.", {}),
    "legal_references": ("References to laws and royal decrees.", {}),
    "meetings": ("General meetings and their dates.", {}),
    "findings": ("What the differ found between consecutive fiscal years: errors, warnings and notes.", {
        "severity": "error, warning or info",
        "rule": "the check that found it (internal.* on one report, across.* between reports)",
        "message": "what is wrong, in one sentence",
        "subject": "what it is about: an indicator id, article:N, condition:N"}),
    "findings_evidence": ("The places each finding rests on.", {
        "document": "the report", "page": "the page (PDF only)", "line": "the line", "column": "the column",
        "raw": "the text as written there"}),
    "meta": ("How the database was made: schema version, tool, warnings.", {}),
    "indicators_long": ("The figures as series-long.csv has them: one row per figure, with its organisation "
                        "and report.", {}),
    "indicators_wide": ("The series as series-wide.csv has them: one row per series, a column y<year> per "
                        "fiscal year (NULL: the report does not state it).", {}),
}


def metadata(documents: list[dict[str, Any]], units: list[str] = ()) -> dict[str, Any]:
    """The metadata of a series database made from reports with these `document` parts, with a view of the
    figures in each of `units` (units Pint knows: series.units.pint_units)."""
    sources = sorted({str(d.get("organisation") or "") for d in documents} - {""})
    years = sorted({d["fiscal_year"] for d in documents if d.get("fiscal_year") is not None})
    tables: dict[str, Any] = {}
    for name, (description, columns) in TABLES.items():
        tables[name] = {"description": description}
        if columns:
            tables[name]["columns"] = columns
    for table, key, _ in FULL_TEXT:
        tables[table].update(fts_table=f"{table}_fts", fts_pk=key)
    for unit in units:  # Datasette shows these columns' numbers with the unit, and converts them
        tables[unit_view(unit)] = {"description": f"The figures in {unit}, as indicators_long has them.",
                                   "units": {"value": pint_units()[unit], "value_max": pint_units()[unit]}}
    return {
        "title": "Figures of social-enterprise reports, by year",
        "description": ("Indicators, statute references, meetings and findings extracted by extract from the "
                        "yearly reports of " + (", ".join(sources) or "the organisations") + " ("
                        + (f"fiscal years {years[0]} to {years[-1]}" if years else "fiscal years unknown")
                        + "). Every value carries its unit (column unit) and where it stands in its report."),
        "source": "; ".join(sorted(d["path"] for d in documents)) or "no reports",
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
