"""`extract series` as a command: `run(args, stdout, stderr)` with injected streams, exact errors."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from extractor.commands import series
from extractor.runtime.jsonio import validate, write_json

pytestmark = pytest.mark.usefixtures("in_english")  # the English wording of the error lines

R2021 = "corpus/smartcoop-bijzonder-verslag-2021.md"
R2024 = "corpus/smartcoop-bijzonder-verslag-2024.txt"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise AssertionError(message)


def call(*argv: str) -> tuple[int, str, str]:
    parser = _Parser(prog="extract series")
    series.add_arguments(parser)
    stdout, stderr = io.StringIO(), io.StringIO()
    code = series.run(parser.parse_args(list(argv)), stdout, stderr)
    return code, stdout.getvalue(), stderr.getvalue()


@pytest.fixture(scope="module")
def outputs(reports, tmp_path_factory) -> Path:
    """Report JSON outputs, as `extract corpus/` leaves them, plus files that are not reports."""
    out = tmp_path_factory.mktemp("outputs")
    for year, report in reports.items():
        write_json(out / f"smartcoop-bijzonder-verslag-{year}.json", report, "report")
    (out / "diff-a--b.json").write_text('{"documents": []}', encoding="utf-8")
    return out


def test_long_csv_on_stdout_from_the_reports():
    code, out, err = call("corpus/")
    assert (code, err) == (0, "")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["fiscal_year"], r["value"], r["document"], r["line"]) for r in rows if r["id"] == "employment.fte"] \
        == [("2021", "2072", R2021, "58"), ("2024", "2284", R2024, "233")]


def test_the_json_outputs_give_the_same_tables_as_the_reports(outputs):
    assert call(str(outputs)) == call("corpus/")


def test_wide_csv_on_stdout(outputs):
    code, out, _ = call(str(outputs), "--wide")
    wide = {r["series"]: r for r in csv.DictReader(io.StringIO(out))}
    assert (code, wide["employment.contracts@count"]["2021"], wide["employment.contracts@count"]["2024"]) \
        == (0, "172349", "217458")


def test_json_on_stdout_validates(outputs):
    code, out, err = call(str(outputs), "--format", "json")
    assert (code, err) == (0, "")
    validate(json.loads(out), "series")


def test_csv_to_a_file_puts_the_wide_table_beside_it(outputs, tmp_path):
    code, out, err = call(str(outputs), "--out", str(tmp_path / "s.csv"))
    assert (code, err) == (0, "")
    assert out == f"wrote {tmp_path / 's.csv'}\nwrote {tmp_path / 's-wide.csv'}\n"
    code, out, _ = call(str(outputs), "--out", str(tmp_path / "folder"))
    assert sorted(p.name for p in (tmp_path / "folder").iterdir()) == ["series-long.csv", "series-wide.csv"]


@pytest.mark.slow  # renders charts with matplotlib, seconds
def test_sqlite_and_charts(outputs, tmp_path):
    pytest.importorskip("matplotlib")
    code, out, err = call(str(outputs), "--format", "sqlite", "--out", str(tmp_path / "s.sqlite"),
                          "--plot", str(tmp_path / "charts"))
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == f"wrote {tmp_path / 's.sqlite'}"
    assert f"wrote {tmp_path / 'charts' / 'series-employment.persons.png'}" in out.splitlines()
    with sqlite3.connect(tmp_path / "s.sqlite") as connection:
        assert connection.execute("SELECT y2021, y2024 FROM indicators_wide WHERE id = 'employment.persons'") \
            .fetchone() == (18894, 20892)


# --- errors: one line, the file, the reason, the remedy; exit 2

def test_sqlite_needs_out():
    assert call("corpus/", "--format", "sqlite") == (
        2, "", "error: --format sqlite writes a database file, not to the screen; add --out series.sqlite\n")


def test_missing_path():
    assert call("nowhere/") == (2, "", "error: nowhere: no such file or folder; check the path given to "
                                       "`extract series`\n")


def test_folder_without_reports(tmp_path):
    code, out, err = call(str(tmp_path))
    assert (code, out) == (2, "")
    assert err == (f"error: {tmp_path}: no reports or report JSON outputs in this folder; name a folder of .pdf, "
                   ".docx, .odt, .txt or .md reports, or the outputs/ of `extract`\n")


def test_a_json_that_is_not_a_report(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_text("{}", encoding="utf-8")
    code, out, err = call(str(bad))
    assert (code, out) == (2, "")
    assert err.startswith(f"error: {bad}: not a report JSON") and err.count("\n") == 1


def test_plot_without_matplotlib(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "matplotlib", None)
    assert call("corpus/", "--plot", "charts/") == (
        2, "", "error: --plot needs matplotlib, which is not installed; install it (pip install matplotlib) "
               "or leave out --plot\n")


def test_help_has_an_example():
    parser = argparse.ArgumentParser(prog="extract series")
    series.add_arguments(parser)
    text = parser.format_help()
    for option in ("--format", "--out", "--plot", "--wide", "--include-derived", "--debug"):
        assert option in text
    assert "extract series corpus/ --format sqlite --out series.sqlite" in text
