"""The corpus as a SQLite database any client opens: documents, series, indicators, statute and legal
references, meetings, findings (with their evidence), keys and indexes, and two views:

    indicators_long   the long table, as the long CSV (document path instead of document_id)
    indicators_wide   one row per series shown (every linked quantity; organisation, id@unit), y<year> and qualifier_<year> per
                      fiscal year: NULL/NULL is a gap, NULL/'conflict' a year whose reports state different values

A series is identified by (organisation, series): `series.series_id` is its key, `indicators.series_id`
refers to it; a corpus of several cooperatives has one series row per cooperative.

Lists (articles) are stored as JSON arrays, for json_each(). Written to a temporary file, then renamed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from extractor.series.files import Pending
from extractor.series.units import pint_units
from extractor.series.table import Corpus, SeriesTable

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    document_id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL UNIQUE,
    format TEXT NOT NULL,
    pages INTEGER,
    fiscal_year INTEGER,
    organisation TEXT,
    enterprise_number TEXT,  -- document.enterprise_number ("0123.456.789"); NULL when the report gives none
    title TEXT
);
CREATE INDEX documents_fiscal_year ON documents (fiscal_year);
CREATE TABLE series (
    series_id INTEGER PRIMARY KEY,
    organisation TEXT,  -- the reports' document.organisation; NULL when they name none
    series TEXT NOT NULL,  -- id@unit
    id TEXT NOT NULL,
    unit TEXT,
    label TEXT NOT NULL,
    catalogued INTEGER NOT NULL CHECK (catalogued IN (0, 1)),
    flags TEXT NOT NULL,  -- ';'-separated: unit_changed, label_changed, conflict, period_differs, approximate
    notes TEXT NOT NULL,
    enterprise_number TEXT,  -- the organisation's, as its latest report gives it
    noun TEXT,  -- what a count counts, as written ("vennoten"); unit is then persons or count
    dimension TEXT,  -- the dimension of unit in patterns/units.yaml (money, energy, people, count, ...)
    possible TEXT NOT NULL,  -- ';'-separated series ids it may be the same quantity as: below the bar, not merged
    shown INTEGER NOT NULL CHECK (shown IN (0, 1)),  -- 1: in the wide table and the charts (every linked quantity)
    UNIQUE (organisation, series)
);
CREATE INDEX series_id ON series (id);
CREATE TABLE indicators (
    row_id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (document_id),
    series_id INTEGER NOT NULL REFERENCES series (series_id),
    series TEXT NOT NULL,  -- id@unit, as series.series
    id TEXT NOT NULL,
    label TEXT NOT NULL,
    unit TEXT,
    fiscal_year INTEGER,
    value NUMERIC NOT NULL,
    value_max NUMERIC,
    qualifier TEXT NOT NULL CHECK (qualifier IN ('exact', 'approximately', 'at_least', 'at_most', 'range')),
    approximate INTEGER NOT NULL CHECK (approximate IN (0, 1)),
    raw TEXT NOT NULL,
    period TEXT,
    page INTEGER,
    line INTEGER NOT NULL,
    column INTEGER,
    rule TEXT NOT NULL,
    match TEXT NOT NULL,
    catalogued INTEGER NOT NULL CHECK (catalogued IN (0, 1)),
    flags TEXT NOT NULL,
    noun TEXT,
    dimension TEXT,
    possible TEXT NOT NULL
);
CREATE INDEX indicators_id_year ON indicators (id, unit, fiscal_year);
CREATE INDEX indicators_series_year ON indicators (series_id, fiscal_year);
CREATE INDEX indicators_document ON indicators (document_id);
CREATE TABLE statute_references (
    row_id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (document_id),
    instrument TEXT NOT NULL,
    article TEXT NOT NULL,
    articles TEXT NOT NULL,  -- JSON array
    raw TEXT NOT NULL,
    condition INTEGER CHECK (condition BETWEEN 1 AND 9),
    implied INTEGER,
    page INTEGER,
    line INTEGER NOT NULL,
    column INTEGER,
    rule TEXT
);
CREATE INDEX statute_references_document ON statute_references (document_id);
CREATE INDEX statute_references_condition ON statute_references (condition);
CREATE TABLE legal_references (
    row_id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (document_id),
    instrument TEXT NOT NULL,
    article TEXT,
    subdivision TEXT,
    date TEXT,
    raw TEXT NOT NULL,
    page INTEGER,
    line INTEGER NOT NULL,
    column INTEGER,
    rule TEXT
);
CREATE INDEX legal_references_document ON legal_references (document_id);
CREATE TABLE meetings (
    row_id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (document_id),
    kind TEXT NOT NULL,
    date TEXT,
    precision TEXT,
    raw TEXT NOT NULL,
    articles TEXT NOT NULL,  -- JSON array
    action TEXT,
    page INTEGER,
    line INTEGER,
    column INTEGER,
    rule TEXT
);
CREATE INDEX meetings_document ON meetings (document_id);
CREATE INDEX meetings_date ON meetings (date);
CREATE TABLE findings (
    finding_id INTEGER PRIMARY KEY,
    old_document_id INTEGER NOT NULL REFERENCES documents (document_id),
    new_document_id INTEGER NOT NULL REFERENCES documents (document_id),
    kind TEXT NOT NULL,
    rule TEXT,
    severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
    message TEXT NOT NULL,
    subject TEXT
);
CREATE INDEX findings_documents ON findings (old_document_id, new_document_id);
CREATE INDEX findings_severity ON findings (severity);
CREATE TABLE findings_evidence (
    finding_id INTEGER NOT NULL REFERENCES findings (finding_id),
    position INTEGER NOT NULL,
    document_id INTEGER REFERENCES documents (document_id),
    document TEXT NOT NULL,
    page INTEGER,
    line INTEGER,
    column INTEGER,
    raw TEXT,
    PRIMARY KEY (finding_id, position)
);
CREATE INDEX findings_evidence_document ON findings_evidence (document_id);
CREATE VIEW indicators_long AS
    SELECT i.id, i.label, i.unit, i.fiscal_year, i.value, i.value_max, i.qualifier, i.raw, s.organisation,
           d.enterprise_number, d.path AS document, i.page, i.line, i.column, i.period, i.series, i.catalogued, i.match, i.rule,
           i.approximate, i.flags, i.noun, i.dimension, i.possible
    FROM indicators i JOIN documents d USING (document_id) JOIN series s USING (series_id)
    ORDER BY i.row_id;
"""


def write(table: SeriesTable, reports: list[dict[str, Any]], findings: list[dict[str, Any]], path: Path,
          warnings: list[str] = ()) -> Path:
    """The database of a whole table at once (extract series --format sqlite)."""
    database = Database(path, table.years, table.documents)
    try:
        database.add(table, _in_table_order(table, reports))
        return database.finish(findings, list(table.warnings) + list(warnings))
    except BaseException:
        database.abort()
        raise


def _in_table_order(table: SeriesTable, reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The reports the table kept, organisation by organisation (as extractor.series.writer adds them)."""
    grouped = [document for _, documents in Corpus.of(table.documents).organisations() for document in documents]
    position = {document["path"]: n for n, document in enumerate(grouped)}
    return sorted((r for r in reports if r["document"]["path"] in position),
                  key=lambda r: position[r["document"]["path"]])


class Database:
    """series.sqlite, filled one organisation at a time: the documents first, then each organisation's
    series, figures, references and meetings (add), the findings last (finish); one transaction, in a
    temporary file renamed over the target by finish()."""

    def __init__(self, path: Path, years: list[int], documents: list[dict[str, Any]]) -> None:
        self._pending = Pending(path)
        try:
            # made in one thread, finished in another (never both at once): extractor.commands.steps
            self._connection = sqlite3.connect(self._pending.temporary, check_same_thread=False)
        except BaseException:
            self._pending.abort()
            raise
        self.ids: dict[str, int] = {}
        try:
            self._connection.execute("PRAGMA foreign_keys = ON")
            self._connection.executescript(SCHEMA + _wide_view(years))
            for number, document in enumerate(documents, start=1):
                self.ids[document["path"]] = number
                self._connection.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                         (number, document["path"], document["sha256"], document["format"],
                                          document["pages"], document["fiscal_year"], document["organisation"],
                                          document.get("enterprise_number"), document["title"]))
        except BaseException:  # a full disk: no temporary file left
            self.abort()
            raise
        self._series = 0
        self._rows = 0

    def add(self, table: SeriesTable, reports: list[dict[str, Any]]) -> None:
        """The series and rows of `table`, and the references and meetings of `reports` (its kept reports)."""
        insert = self._connection.execute
        series_ids: dict[tuple[str | None, str], int] = {}
        shown = {id(series) for series in table.wide()}
        for series in table.series:
            self._series += 1
            series_ids[series.organisation, series.key] = self._series
            insert("INSERT INTO series VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (self._series, series.organisation, series.key, series.id, series.unit, series.label,
                    int(series.catalogued), ";".join(series.flags), " | ".join(series.notes),
                    series.enterprise_number, series.noun, series.dimension, ";".join(series.possible),
                    int(id(series) in shown)))
        rows = []
        for row in table.rows:
            self._rows += 1
            rows.append((self._rows, self.ids[row.document], series_ids[row.organisation, row.series], row.series,
                         row.id, row.label, row.unit, row.fiscal_year, row.value, row.value_max, row.qualifier,
                         int(not row.exact), row.raw, row.period, row.page, row.line, row.column, row.rule, row.match,
                         int(row.catalogued), ";".join(row.flags), row.noun, row.dimension, ";".join(row.possible)))
        self._connection.executemany("INSERT INTO indicators VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                     "?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        statutes, legal, meetings = [], [], []
        for report in reports:
            document_id = self.ids[report["document"]["path"]]
            for ref in report["statute_references"]:
                statutes.append((document_id, ref["instrument"], ref["article"],
                                 json.dumps(ref.get("articles", [ref["article"]]), ensure_ascii=False), ref["raw"],
                                 ref["condition"], _bool(ref.get("implied")), *_where(ref["location"]),
                                 ref.get("rule")))
            for ref in report["legal_references"]:
                legal.append((document_id, ref["instrument"], ref["article"], ref.get("subdivision"), ref["date"],
                              ref["raw"], *_where(ref["location"]), ref.get("rule")))
            for meeting in report["meetings"]:
                meetings.append((document_id, meeting["kind"], meeting["date"], meeting["precision"],
                                 meeting["raw"], json.dumps(meeting["articles"], ensure_ascii=False),
                                 meeting["action"], *_where(meeting["location"]), meeting.get("rule")))
        executemany = self._connection.executemany
        executemany("INSERT INTO statute_references VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statutes)
        executemany("INSERT INTO legal_references VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", legal)
        executemany("INSERT INTO meetings VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", meetings)

    def finish(self, findings: Iterable[dict[str, Any]], warnings: list[str]) -> Path:
        """The findings (each with the paths of its `old` and `new` documents) and the warnings; then the
        file replaces the target."""
        connection = self._connection
        insert = connection.execute
        warnings = warnings + _full_text_search(connection)
        _unit_views(connection)
        insert("INSERT INTO meta VALUES ('schema_version', '1')")
        insert("INSERT INTO meta VALUES ('generated_by', 'extract series')")
        insert("INSERT INTO meta VALUES ('warnings', ?)", (json.dumps(warnings, ensure_ascii=False),))
        number = 0
        for finding in findings:
            if finding["old"] not in self.ids or finding["new"] not in self.ids:
                continue  # a diff of a report the series leaves out (a second report of one year)
            number += 1
            insert("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   (number, self.ids[finding["old"]], self.ids[finding["new"]], finding["kind"], finding.get("rule"),
                    finding["severity"], finding["message"], finding.get("subject")))
            for position, evidence in enumerate(finding.get("evidence", []), start=1):
                insert("INSERT INTO findings_evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       (number, position, self.ids.get(evidence["document"]), evidence["document"],
                        *_where(evidence.get("location")), evidence.get("raw")))
        connection.commit()
        problems = connection.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise AssertionError(f"{self._pending.path}: foreign keys broken: {problems[:3]}")
        connection.close()
        return self._pending.commit()

    def abort(self) -> None:
        try:
            self._connection.close()
        except sqlite3.Error:
            pass
        self._pending.abort()
        for suffix in ("-journal",):  # what SQLite may leave beside it (its rollback journal)
            self._pending.temporary.with_name(self._pending.temporary.name + suffix).unlink(missing_ok=True)


# Full-text search on labels (SQLite FTS5, as Datasette and sqlite-utils name it: <table>_fts over its content
# table): "opleiding" finds every series and figure whose label holds the word.
FULL_TEXT = (("series", "series_id", ("label", "id")), ("indicators", "row_id", ("label", "raw", "id")))


def _full_text_search(connection: sqlite3.Connection) -> list[str]:
    """Make the FTS5 indexes of FULL_TEXT; a warning when this SQLite has no FTS5 (the tables stay as they are)."""
    try:
        for table, key, columns in FULL_TEXT:
            listed = ", ".join(columns)
            connection.execute(f"CREATE VIRTUAL TABLE {table}_fts USING fts5({listed}, content='{table}', "
                               f"content_rowid='{key}')")
            connection.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('rebuild')")
    except sqlite3.OperationalError as error:
        return [f"no full-text search on labels: this SQLite has no FTS5 ({error})"]
    return []


# A figure's unit is in its row (indicators.unit), so no column of indicators has one unit. Datasette shows a
# column's numbers with their unit, and converts them, when its metadata names that unit (`units`, in the names
# of Pint, the library it uses): each unit Pint knows (patterns/units.yaml, `pint`) gets a view of the figures
# in it, indicators_in_<unit>, whose value columns have that one unit (extractor/series/datasette.py names it).
# Units Pint does not know (EUR, persons, FTE, counts, peak power) have no view.
UNIT_VIEW_PREFIX = "indicators_in_"


def unit_view(unit: str) -> str:
    """The name of the view of the figures in `unit`, a unit Pint knows: indicators_in_hours, …_percent."""
    return UNIT_VIEW_PREFIX + (unit if unit.isidentifier() else pint_units()[unit])


def _unit_views(connection: sqlite3.Connection) -> None:
    present = {unit for (unit,) in connection.execute("SELECT DISTINCT unit FROM indicators")}
    for unit in sorted(present & pint_units().keys()):
        connection.execute(f"CREATE VIEW {unit_view(unit)} AS SELECT * FROM indicators_long "
                           f"WHERE unit = '{unit}'")


def _wide_view(years: list[int]) -> str:
    """indicators_wide: a value column and a qualifier column per fiscal year of the corpus."""
    statement = "value || '|' || IFNULL(value_max, '') || '|' || qualifier"
    columns = []
    for year in years:
        cell = f"FROM indicators i WHERE i.series_id = s.series_id AND i.fiscal_year = {int(year)}"
        columns.append(f"(SELECT CASE WHEN COUNT(DISTINCT {statement}) = 1 THEN MIN(value) END {cell}) AS y{year}")
        columns.append(f"(SELECT CASE WHEN COUNT(DISTINCT {statement}) > 1 THEN 'conflict' "
                       f"WHEN MIN(qualifier) <> 'exact' THEN MIN(qualifier) END {cell}) AS qualifier_{year}")
    selected = ",\n    ".join(["s.series", "s.organisation", "s.id", "s.label", "s.unit", *columns, "s.flags",
                                 "s.notes", "s.enterprise_number", "s.noun", "s.dimension", "s.possible"])
    # every linked quantity, catalogued or not (as the wide CSV)
    return (f"CREATE VIEW indicators_wide AS\nSELECT\n    {selected}\nFROM series s WHERE s.shown = 1 "
            "ORDER BY IFNULL(s.organisation, ''), s.id, s.unit;\n")


def _where(location: dict[str, Any] | None) -> tuple[int | None, int | None, int | None]:
    if not location:
        return None, None, None
    return location.get("page"), location.get("line"), location.get("column")


def _bool(value: bool | None) -> int | None:
    return None if value is None else int(value)
