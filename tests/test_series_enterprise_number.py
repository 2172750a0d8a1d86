"""The organisation's enterprise number beside its name in the series' CSV and SQLite (issue 19, point 5), so
cooperatives can be joined on it: every row of a report carries its report's `document.enterprise_number`."""

from __future__ import annotations

import csv
import io
import sqlite3

import pytest

from conftest import ROOT
from extractor.pipeline import extract_file
from extractor.series import build, csv_out, sqlite_out

DEV = ROOT / "tests" / "fixtures" / "dev-reports"
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def reports() -> list[dict]:
    # the Windkracht Kempen reports state "BE 0712.345.630"; the SmartCoop reports state none
    return [extract_file(path) for path in sorted(DEV.glob("windkracht-*")) + sorted(CORPUS.glob("smartcoop-*"))]


@pytest.mark.slow  # a corpus run
def test_the_long_csv_has_the_enterprise_number_beside_the_organisation(reports) -> None:
    rows = list(csv.DictReader(io.StringIO(csv_out.long_csv(build(reports)))))
    header = list(rows[0])
    assert header[header.index("organisation") + 1] == "enterprise_number"
    numbers = {(r["organisation"], r["enterprise_number"]) for r in rows}
    assert numbers == {("Windkracht Kempen", "0712.345.630"), ("SmartCoop", "")}
    windkracht = [r for r in rows if r["organisation"] == "Windkracht Kempen"]
    assert {r["fiscal_year"] for r in windkracht} == {"2021", "2022", "2023"}


def test_the_sqlite_documents_and_long_view_have_the_enterprise_number(reports, tmp_path) -> None:
    path = sqlite_out.write(build(reports), reports, [], tmp_path / "series.sqlite")
    with sqlite3.connect(path) as connection:
        documents = connection.execute(
            "SELECT organisation, enterprise_number, fiscal_year FROM documents ORDER BY path").fetchall()
        assert documents == [("SmartCoop", None, 2021), ("SmartCoop", None, 2024),
                             ("Windkracht Kempen", "0712.345.630", 2021),
                             ("Windkracht Kempen", "0712.345.630", 2022),
                             ("Windkracht Kempen", "0712.345.630", 2023)]
        columns = [c[1] for c in connection.execute("PRAGMA table_info(indicators_long)")]
        assert columns[columns.index("organisation") + 1] == "enterprise_number"
        long = set(connection.execute("SELECT organisation, enterprise_number FROM indicators_long"))
        assert long == {("Windkracht Kempen", "0712.345.630"), ("SmartCoop", None)}
