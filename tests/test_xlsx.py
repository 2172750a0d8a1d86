"""XLSX of the series and of the findings (issue 22, point 5): a sheet per table, frozen bold headers, numbers
as numbers, each wide value with its unit, qualifier, period and source; read back with openpyxl and pandas."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from extractor import cli


MD_2021 = "corpus/smartcoop-bijzonder-verslag-2021.md"
TXT_2024 = "corpus/smartcoop-bijzonder-verslag-2024.txt"


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def _rows(sheet) -> list[dict]:
    header = [cell.value for cell in sheet[1]]
    return [dict(zip(header, (cell.value for cell in row))) for row in sheet.iter_rows(min_row=2)]


CELL_NOTES = {
    "en": f"«20.892 personen»\nunit: persons\nqualifier: exact\nperiod: 2024\nsource: {TXT_2024}: line 230, column 46",
    "nl": f"«20.892 personen»\neenheid: personen\nkwalificatie: exact\nperiode: 2024\nbron: {TXT_2024}: regel 230, "
          "kolom 46"}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_series_xlsx(tmp_path: Path, lang: str) -> None:
    """The cell notes in the language of --lang, the value's text as written quoted (issue 22: English in both)."""
    path = tmp_path / "series.xlsx"
    assert _run("series", "outputs/", "--format", "xlsx", "-o", str(path), "-q", "--lang", lang) == (0, "", "")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["long", "wide", "documents"]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2" and all(cell.font.bold for cell in sheet[1])
    persons = [r for r in _rows(book["long"]) if r["id"] == "employment.persons"]
    assert [(r["fiscal_year"], r["value"], r["unit"], r["qualifier"], r["document"], r["line"], r["column"])
            for r in persons] == [(2021, 18894, "persons", "exact", MD_2021, 58, 45),
                                  (2024, 20892, "persons", "exact", TXT_2024, 230, 46)]
    wide = book["wide"]
    header = [cell.value for cell in wide[1]]
    row = next(r for r in wide.iter_rows(min_row=2) if r[header.index("id")].value == "employment.persons")
    cell = row[header.index(2024)]
    assert cell.value == 20892 and cell.data_type == "n"
    assert cell.comment.text == CELL_NOTES[lang]
    approximate = next(r for r in _rows(book["long"]) if r["qualifier"] == "approximately")
    assert isinstance(approximate["value"], (int, float))


@pytest.mark.usefixtures("in_english")  # the English wording of the error lines
def test_series_xlsx_needs_a_file() -> None:
    code, out, err = _run("series", "outputs/", "--format", "xlsx")
    assert (code, out) == (2, "") and err == ("error: --format xlsx writes a spreadsheet file, not to the screen; "
                                              "add -o series.xlsx\n")


@pytest.mark.slow  # a corpus diff by the command
@pytest.mark.parametrize("command", [("diff", MD_2021, TXT_2024), ("check", TXT_2024, "--against", MD_2021)])
def test_findings_xlsx(tmp_path: Path, command: tuple[str, ...]) -> None:
    path = tmp_path / "findings.xlsx"
    code, out, _ = _run(*command, "--format", "xlsx", "-o", str(path), "--fail-on", "error")
    assert (code, out) == (1, "")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["findings", "evidence", "changes"]
    assert all(sheet.freeze_panes == "A2" for sheet in book.worksheets)
    findings = _rows(book["findings"])
    assert [(f["severity"], f["rule"]) for f in findings[:2]] == [("FOUT", "across.event_date")] * 2
    assert all(len(f["fingerprint"]) == 12 for f in findings)
    evidence = [e for e in _rows(book["evidence"]) if e["fingerprint"] == findings[0]["fingerprint"]]
    assert {(e["document"], e["line"], e["column"]) for e in evidence} == {(TXT_2024, 9, 60), (MD_2021, 11, 611)}
    persons = next(c for c in _rows(book["changes"]) if c["id"] == "employment.persons")
    assert (persons["before_value"], persons["after_value"], persons["delta"], persons["before_line"],
            persons["after_line"], persons["before_unit"]) == (18894, 20892, 1998, 58, 230, "persons")
    training = next(c for c in _rows(book["changes"]) if c["id"] == "training.staff.volume")
    assert training["status"] == "incomparable" and training["reason"].startswith("Het verslag 2021 telt dit in dagen")


def test_pandas_reads_the_sheets(tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    path = tmp_path / "series.xlsx"
    assert _run("series", "outputs/", "--format", "xlsx", "-o", str(path), "-q")[0] == 0
    wide = pandas.read_excel(path, sheet_name="wide")
    persons = wide[wide["id"] == "employment.persons"].iloc[0]
    assert (persons[2021], persons[2024]) == (18894, 20892)
