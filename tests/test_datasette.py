"""Datasette metadata beside the series database and full-text search on labels (issue 22, point 8)."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from extractor import cli
from extractor.runtime.jsonio import validate


def _database(tmp_path: Path) -> tuple[Path, dict]:
    out, err = io.StringIO(), io.StringIO()
    path = tmp_path / "series.sqlite"
    assert cli.run(["series", "outputs/", "--format", "sqlite", "-o", str(path)], out, err) == 0
    metadata = tmp_path / "series.metadata.json"
    assert out.getvalue() == f"geschreven: {path}\ngeschreven: {metadata}\n"  # in the default language
    return path, json.loads(metadata.read_text(encoding="utf-8"))


def test_the_metadata_describes_every_table_and_column_that_exists(tmp_path: Path) -> None:
    path, metadata = _database(tmp_path)
    validate(metadata, "datasette-metadata")
    tables = metadata["databases"]["series"]["tables"]
    with sqlite3.connect(path) as connection:
        existing = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        for table, described in tables.items():
            assert table in existing, table
            columns = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
            assert set(described.get("columns", {})) <= columns, table
    assert {"documents", "series", "indicators", "findings"} <= set(tables)
    assert "unit" in tables["indicators"]["columns"]["value"]  # the unit of a value is named
    assert metadata["source"] == "corpus/smartcoop-bijzonder-verslag-2021.md; corpus/smartcoop-bijzonder-verslag-2024.txt"
    assert "SmartCoop" in metadata["description"] and "2021 tot en met 2024" in metadata["description"]
    assert tables["indicators"]["columns"]["unit"] == "de eenheid van `value` en `value_max`"  # in the default language


def test_labels_are_searchable(tmp_path: Path) -> None:
    path, metadata = _database(tmp_path)
    tables = metadata["databases"]["series"]["tables"]
    assert (tables["series"]["fts_table"], tables["series"]["fts_pk"]) == ("series_fts", "series_id")
    with sqlite3.connect(path) as connection:
        found = connection.execute("SELECT s.series FROM series_fts JOIN series s ON s.series_id = series_fts.rowid "
                                   "WHERE series_fts MATCH 'opleiding' ORDER BY s.series").fetchall()
        assert [row[0] for row in found] == ["training.members.volume@days", "training.staff.onboarding_hours@hours",
                                             "training.staff.volume@days", "training.staff.volume@hours"]
        figures = connection.execute("SELECT i.raw FROM indicators_fts JOIN indicators i ON i.row_id = "
                                     "indicators_fts.rowid WHERE indicators_fts MATCH 'personen' "
                                     "AND i.id = 'employment.persons' ORDER BY i.fiscal_year").fetchall()
        assert [row[0] for row in figures] == ["18.894 personen", "20.892 personen"]


@pytest.mark.slow  # a corpus run
def test_the_corpus_run_writes_the_metadata_beside_the_database_with_units_and_search(tmp_path: Path) -> None:
    """`extract corpus/` (the researcher's first command) leaves series.metadata.json beside series.sqlite:
    Datasette's format (databases → tables → columns, units), and search on labels that sqlite3 answers."""
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(["corpus/", "-o", str(tmp_path), "--no-cache", "--lang", "en"], out, err) == 0, err.getvalue()
    database, described = tmp_path / "series.sqlite", tmp_path / "series.metadata.json"
    assert f"{database}, {described}\n" in out.getvalue()  # the summary's list of series files
    metadata = json.loads(described.read_text(encoding="utf-8"))
    validate(metadata, "datasette-metadata")
    tables = metadata["databases"]["series"]["tables"]  # Datasette names the database by its file's stem
    assert tables["indicators"]["columns"]["unit"] == "the unit of `value` and `value_max`"
    assert metadata["source"] == ("corpus/smartcoop-bijzonder-verslag-2021.md; "
                                  "corpus/smartcoop-bijzonder-verslag-2024.txt")
    # every unit Pint knows that figures are in has a view whose value columns Datasette shows in it
    assert {name: table["units"] for name, table in tables.items() if "units" in table} == {
        f"indicators_in_{name}": {"value": pint, "value_max": pint} for name, pint in (
            ("hours", "hour"), ("days", "day"), ("weeks", "week"), ("years", "year"), ("m2", "m^2"),
            ("percent", "percent"))}
    with sqlite3.connect(database) as connection:
        for name, table in tables.items():
            columns = {row[1] for row in connection.execute(f"PRAGMA table_info({name})")}
            assert columns and set(table.get("columns", {})) | set(table.get("units", {})) <= columns, name
        assert connection.execute("SELECT DISTINCT unit FROM indicators_in_hours").fetchall() == [("hours",)]
        assert connection.execute("SELECT raw FROM indicators_in_days WHERE id = 'training.staff.volume'"
                                  ).fetchall() == [("159,5 dagen",)]
        found = connection.execute("SELECT s.series FROM series_fts JOIN series s ON s.series_id = series_fts.rowid "
                                   "WHERE series_fts MATCH 'training' AND s.id = 'training.staff.volume' "
                                   "ORDER BY s.series").fetchall()
        assert found == [("training.staff.volume@days",), ("training.staff.volume@hours",)]  # label_en, --lang en
    connection.close()
    assert "SmartCoop" in metadata["description"] and "fiscal years 2021 to 2024" in metadata["description"]
