"""`extract series` outputs: the series JSON against its schema, the SQLite database opened with the standard
library (and the sqlite3 client when there is one), the findings step, and `write_for_corpus`."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from extractor import diff
from extractor.commands.series import write_for_corpus
from extractor.runtime.jsonio import validate
from extractor.series import build, json_out, sqlite_out
from extractor.series.sqlite_findings import consecutive_findings

from test_series_helpers import indicator, report

R2021 = "corpus/smartcoop-bijzonder-verslag-2021.md"
R2024 = "corpus/smartcoop-bijzonder-verslag-2024.txt"


@pytest.fixture(scope="module")
def corpus_outputs(reports, tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("outputs")
    paths = write_for_corpus([reports[2021], reports[2024]], out)
    return {path.name: path for path in paths}


@pytest.fixture()
def db(corpus_outputs):
    connection = sqlite3.connect(f"file:{corpus_outputs['series.sqlite']}?mode=ro", uri=True)
    yield connection
    connection.close()


def test_write_for_corpus_writes_the_four_files_and_nothing_else(corpus_outputs):
    # and the database's Datasette metadata beside it
    assert sorted(corpus_outputs) == ["series-long.csv", "series-wide.csv", "series.json", "series.metadata.json",
                                      "series.sqlite"]
    folder = corpus_outputs["series.json"].parent
    assert sorted(p.name for p in folder.iterdir()) == sorted(corpus_outputs)  # no temporary file left


def test_series_json_validates_and_traces_each_value(corpus_outputs):
    data = json.loads(corpus_outputs["series.json"].read_text(encoding="utf-8"))
    validate(data, "series")
    assert data["years"] == [2021, 2024]
    assert [d["path"] for d in data["documents"]] == [R2021, R2024]
    loans = next(s for s in data["series"] if s["key"] == "loans.amount@EUR")
    assert [(p["fiscal_year"], p["value"], p["raw"], p["document"], p["location"]["line"]) for p in loans["points"]] \
        == [(2021, 289686, "289.686 euro", R2021, 40), (2024, 236510, "236.510 euro", R2024, 189)]
    assert (loans["organisation"], loans["gaps"], loans["conflicts"], loans["flags"]) == ("SmartCoop", [], [], [])
    assert list(loans)[:3] == ["key", "organisation", "id"]
    grant = next(s for s in data["series"] if s["key"] == "grants.rsz_compensation@EUR")
    assert grant["gaps"] == [2024] and grant["flags"] == ["approximate"]
    assert grant["points"][0]["qualifier"] == "approximately" and grant["points"][0]["approximate"] is True
    text = corpus_outputs["series.json"].read_text(encoding="utf-8")
    assert "ciné-club" in text  # ensure_ascii=False


def test_series_json_breaking_its_schema_is_refused():
    from extractor.runtime.jsonio import SchemaViolation

    data = json_out.to_json(build([report(2024, [indicator("a.count", 6)])]))
    data["series"][0]["points"][0]["qualifier"] = "roughly"
    with pytest.raises(SchemaViolation, match=r"\$\.series\[0\]\.points\[0\]\.qualifier"):
        validate(data, "series")


def test_sqlite_opens_with_the_standard_library_and_answers_queries(db):
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    assert {"documents", "indicators", "series", "statute_references", "legal_references", "meetings", "findings",
            "findings_evidence", "indicators_long", "indicators_wide"} <= tables
    persons = db.execute("SELECT d.fiscal_year, i.value, d.path, i.line FROM indicators i JOIN documents d "
                         "USING (document_id) WHERE i.id = 'employment.persons' ORDER BY d.fiscal_year").fetchall()
    assert persons == [(2021, 18894, R2021, 58), (2024, 20892, R2024, 230)]
    wide = db.execute("SELECT y2021, y2024, qualifier_2021, qualifier_2024 FROM indicators_wide "
                      "WHERE series = 'employment.fte@FTE'").fetchone()
    assert wide == (2072, 2284, None, None)
    # gaps are NULL, not zero; a unit change is two rows
    assert db.execute("SELECT series, y2021, y2024, flags FROM indicators_wide WHERE id = 'training.staff.volume' "
                      "ORDER BY series").fetchall() == [
        ("training.staff.volume@days", 159.5, None, "unit_changed"),
        ("training.staff.volume@hours", None, 1946.5, "unit_changed")]
    assert db.execute("SELECT COUNT(*) FROM indicators_wide WHERE id LIKE 'other.%'").fetchone() == (0,)
    assert db.execute("SELECT qualifier, approximate FROM indicators_long WHERE id = 'workspace.area' "
                      "ORDER BY fiscal_year").fetchall() == [("at_least", 1), ("exact", 0)]


def test_sqlite_keys_indexes_and_references(db):
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    indexes = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"series_id", "indicators_id_year", "indicators_series_year", "indicators_document",
            "statute_references_document", "meetings_document", "findings_severity"} <= indexes
    # a series is (organisation, id@unit): series_id is its key, indicators.series_id refers to it
    assert [row[1] for row in db.execute("PRAGMA table_info(series)")][:3] == ["series_id", "organisation", "series"]
    assert db.execute("PRAGMA foreign_key_list(indicators)").fetchall()[0][2:5] == ("series", "series_id",
                                                                                   "series_id")
    assert db.execute("SELECT COUNT(*) FROM indicators i JOIN series s USING (series_id) "
                      "WHERE i.series <> s.series").fetchone() == (0,)
    assert db.execute("SELECT DISTINCT organisation FROM series").fetchall() == [("SmartCoop",)]
    assert db.execute("SELECT organisation, document FROM indicators_long WHERE id = 'employment.persons' "
                      "ORDER BY fiscal_year").fetchall() == [("SmartCoop", R2021), ("SmartCoop", R2024)]
    meetings = db.execute("SELECT d.fiscal_year, m.date, m.line FROM meetings m JOIN documents d USING "
                          "(document_id), json_each(m.articles) a WHERE m.kind = 'extraordinary' "
                          "AND a.value = '1' ORDER BY d.fiscal_year").fetchall()
    assert meetings == [(2021, "2022-06-21", 11), (2024, "2023-06-20", 9)]
    conditions = db.execute("SELECT condition, article FROM statute_references s JOIN documents d "
                            "USING (document_id) WHERE d.fiscal_year = 2021 AND condition = 1").fetchall()
    assert conditions == [(1, "3, 4")]


@pytest.mark.slow  # starts the sqlite3 client
@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="no sqlite3 client installed")
def test_sqlite_opens_in_the_sqlite3_client(corpus_outputs):
    result = subprocess.run(["sqlite3", "-csv", str(corpus_outputs["series.sqlite"]),
                             "SELECT id, y2021, y2024 FROM indicators_wide WHERE id = 'employment.hours';"],
                            capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "employment.hours,4101304,4512675"


def test_csv_files_of_write_for_corpus_match_the_tables(corpus_outputs, reports):
    from extractor.series import csv_out

    table = build([reports[2021], reports[2024]])
    assert corpus_outputs["series-long.csv"].read_text(encoding="utf-8") == csv_out.long_csv(table)
    wide = list(csv.DictReader(corpus_outputs["series-wide.csv"].open(encoding="utf-8")))
    assert {r["series"]: (r["2021"], r["2024"]) for r in wide}["publications.count@count"] == ("16", "13")


# --- findings (the differ): filled when extractor.diff imports, empty with a warning when it does not

def test_findings_table_holds_the_differs_findings_with_evidence(db):
    rows = db.execute("SELECT f.finding_id, f.kind, f.severity, o.fiscal_year, n.fiscal_year FROM findings f "
                      "JOIN documents o ON o.document_id = f.old_document_id "
                      "JOIN documents n ON n.document_id = f.new_document_id").fetchall()
    assert rows and {(old, new) for (_, _, _, old, new) in rows} == {(2021, 2024)}
    # the EGM that amended article 1 is dated differently in the two reports: evidence on both sides
    finding = next(r[0] for r in rows if r[1] == "event_date")
    evidence = db.execute("SELECT document, line FROM findings_evidence WHERE finding_id = ? ORDER BY document",
                          (finding,)).fetchall()
    assert evidence == [(R2021, 11), (R2024, 9)]


def test_sqlite_of_several_organisations_has_one_wide_row_per_organisation_and_series(tmp_path):
    reports = [report(2023, [indicator("a.count", 5)], name="a2023", organisation="Coop A"),
               report(2024, [indicator("a.count", 6), indicator("b.count", 1, unit="days")], name="a2024",
                      organisation="Coop A"),
               report(2023, [indicator("a.count", 50), indicator("b.count", 2, unit="days")], name="b2023",
                      organisation="Coop B"),
               report(2024, [indicator("a.count", 60), indicator("b.count", 3, unit="hours")], name="b2024",
                      organisation="Coop B")]
    path = sqlite_out.write(build(reports), reports, [], tmp_path / "s.sqlite")
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("SELECT series, organisation, y2023, y2024, qualifier_2023, qualifier_2024, "
                                  "flags FROM indicators_wide").fetchall() == [
            ("a.count@count", "Coop A", 5, 6, None, None, ""),
            ("b.count@days", "Coop A", None, 1, None, None, ""),  # Coop B's unit change is not Coop A's
            ("a.count@count", "Coop B", 50, 60, None, None, ""),
            ("b.count@days", "Coop B", 2, None, None, None, "unit_changed"),
            ("b.count@hours", "Coop B", None, 3, None, None, "unit_changed")]
        assert connection.execute("SELECT organisation, series, COUNT(*) FROM indicators JOIN series "
                                  "USING (series_id, series) GROUP BY series_id ORDER BY series_id").fetchall() == [
            ("Coop A", "a.count@count", 2), ("Coop A", "b.count@days", 1), ("Coop B", "a.count@count", 2),
            ("Coop B", "b.count@days", 1), ("Coop B", "b.count@hours", 1)]
        assert connection.execute("SELECT organisation, fiscal_year, value, document FROM indicators_long "
                                  "WHERE id = 'a.count'").fetchall() == [
            ("Coop A", 2023, 5, "corpus/a2023.txt"), ("Coop A", 2024, 6, "corpus/a2024.txt"),
            ("Coop B", 2023, 50, "corpus/b2023.txt"), ("Coop B", 2024, 60, "corpus/b2024.txt")]
        with pytest.raises(sqlite3.IntegrityError):  # (organisation, series) is unique
            connection.execute("INSERT INTO series (organisation, series, id, unit, label, catalogued, flags, "
                               "notes) VALUES ('Coop A', 'a.count@count', 'a.count', 'things', 'x', 1, '', '')")


def test_series_json_of_several_organisations(tmp_path):
    reports = [report(2024, [indicator("a.count", 6)], name="a", organisation="Coop A"),
               report(2024, [indicator("a.count", 60)], name="b", organisation="Coop B"),
               report(2024, [indicator("a.count", 7)], name="c", organisation=None)]
    data = json.loads(json_out.json_text(build(reports)))
    assert [(s["organisation"], s["key"], [p["value"] for p in s["points"]], s["conflicts"]) for s in data["series"]] \
        == [(None, "a.count@count", [7], []), ("Coop A", "a.count@count", [6], []),
            ("Coop B", "a.count@count", [60], [])]
    del data["series"][0]["organisation"]
    from extractor.runtime.jsonio import SchemaViolation

    with pytest.raises(SchemaViolation, match="organisation"):
        validate(data, "series")


def test_findings_are_skipped_with_a_warning_when_the_differ_does_not_import(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "extractor.diff", None)  # makes `import extractor.diff` fail
    reports = [report(2023, [indicator("a.count", 5)]), report(2024, [indicator("a.count", 6)])]
    findings, warnings = consecutive_findings(reports)
    assert findings == []
    assert len(warnings) == 1 and warnings[0].startswith("findings table left empty: the differ is not available")
    path = sqlite_out.write(build(reports), reports, findings, tmp_path / "s.sqlite", warnings)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT COUNT(*) FROM findings").fetchone() == (0,)
        assert json.loads(connection.execute("SELECT value FROM meta WHERE key = 'warnings'").fetchone()[0]) \
            == warnings
        assert connection.execute("SELECT y2023, y2024 FROM indicators_wide").fetchone() == (5, 6)


def test_a_failing_differ_costs_the_findings_not_the_database(monkeypatch):
    def broken(old, new):
        raise KeyError("boom")

    monkeypatch.setattr(diff, "diff_reports", broken)
    findings, warnings = consecutive_findings([report(2023, []), report(2024, [])])
    assert findings == []
    assert warnings == ["findings of corpus/r2023.txt → corpus/r2024.txt left out: the differ failed "
                        "(KeyError: 'boom'); report it"]


@pytest.mark.slow
def test_outputs_are_deterministic(reports, tmp_path):
    first = write_for_corpus([reports[2021], reports[2024]], tmp_path / "a")
    second = write_for_corpus([reports[2024], reports[2021]], tmp_path / "b")
    for a, b in zip(first, second):
        if a.suffix != ".sqlite":
            assert a.read_bytes() == b.read_bytes(), a.name
    dump = [list(sqlite3.connect(p).iterdump()) for p in (first[3], second[3])]
    assert dump[0] == dump[1]


# --- the corpus' files are written one organisation at a time: the same bytes as the whole table at once

def _several_organisations() -> list[dict]:
    first = report(2024, [indicator("a.count", 60), indicator("b.count", 3, unit="hours")], name="b2024",
                   organisation="Coop B")
    copy = {**first, "document": {**first["document"], "path": "corpus/b2024-copy.txt"}}  # same content
    return [first,
            report(2023, [indicator("a.count", 5), indicator("c.count", 1.5e-05)], name="a2023",
                   organisation="Coop A"),
            report(2023, [indicator("a.count", 50), indicator("b.count", 2, unit="days")], name="b2023",
                   organisation="COOP B"),
            report(2024, [indicator("a.count", 6), indicator("a.count", 7, line=9)], name="a2024",
                   organisation="Coop A"),
            report(2024, [indicator("a.count", 1, qualifier="approximately")], name="none", organisation=None),
            report(None, [indicator("a.count", 2)], name="undated", organisation="Coop C"),
            copy]


def test_files_written_per_organisation_are_those_of_the_whole_table(tmp_path):
    from extractor.series import csv_out

    reports = _several_organisations()
    paths = {path.name: path for path in write_for_corpus(reports, tmp_path)}
    table = build(reports)
    assert len(table.organisations) == 4 and len(table.warnings) == 2
    assert paths["series-long.csv"].read_text(encoding="utf-8") == csv_out.long_csv(table)
    assert paths["series-wide.csv"].read_text(encoding="utf-8") == csv_out.wide_csv(table)
    assert paths["series.json"].read_text(encoding="utf-8") == json_out.json_text(table)
    findings, warnings = consecutive_findings([r for r in reports if r["document"] in table.documents])
    whole = sqlite_out.write(table, reports, findings, tmp_path / "whole.sqlite", warnings)
    dumps = [list(sqlite3.connect(path).iterdump()) for path in (paths["series.sqlite"], whole)]
    assert dumps[0] == dumps[1]


def test_no_organisation_no_series_still_makes_valid_files(tmp_path):
    reports = [report(2024, [], name="empty", organisation="Coop A")]
    paths = {path.name: path for path in write_for_corpus(reports, tmp_path)}
    data = json.loads(paths["series.json"].read_text(encoding="utf-8"))
    assert data["series"] == [] and data["years"] == [2024]
    assert paths["series.json"].read_text(encoding="utf-8") == json_out.json_text(build(reports))


def test_a_failure_midway_leaves_the_previous_files_and_no_temporary_one(monkeypatch, tmp_path):
    from extractor.series import writer

    previous = {path.name: path.read_bytes() for path in write_for_corpus(_several_organisations()[:2], tmp_path)}
    calls = []

    def failing(corpus, organisation, reports):
        calls.append(organisation)
        if len(calls) == 2:
            raise RuntimeError("planted")
        return build(reports)

    monkeypatch.setattr(writer, "organisation_table", failing)
    with pytest.raises(RuntimeError, match="planted"):
        write_for_corpus(_several_organisations(), tmp_path)
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == previous
