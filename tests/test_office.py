"""Word (.docx) and OpenDocument (.odt) reports (issue 20, point 10): paragraphs and tables in the body's order,
located by paragraph and table cell, tables in the same table model as text and PDF tables.

The fixtures in tests/fixtures/office/ are made by tests/make_office_fixtures.py: draft-2024.docx with
python-docx and draft-2024.odt with LibreOffice from the same draft as draft-2024.txt; the key-figure report
kerncijfers-libreoffice-2023 saved by LibreOffice as .odt and .docx from tests/fixtures/tables/*.fodt (the
source of the PDF tests/test_tables_pdf.py reads)."""

from __future__ import annotations

import io
import json
from functools import cache
from pathlib import Path

import pytest

from extractor.cli import run
from extractor.document.readers import read_document
from extractor.pipeline import extract_file
from extractor.runtime.errors import InputError

pytestmark = pytest.mark.usefixtures("in_english")  # the English wording of the error lines

OFFICE = Path("tests/fixtures/office")


@cache
def _report(name: str) -> dict:
    return extract_file(OFFICE / name)


def _table_figures(report: dict) -> list[tuple]:
    return [(i["raw"], i["value"], i["unit"], i["period"], i["table"]["row"], i["table"].get("parent"),
             i["table"]["column"], i["location"]["line"], i["location"]["part"])
            for i in report["indicators"] if i.get("table")]


@pytest.mark.parametrize("name", ["kerncijfers-libreoffice-2023.odt", "kerncijfers-libreoffice-2023.docx"])
def test_libreoffice_tables_get_row_column_period_unit_and_their_cell(name: str) -> None:
    report = _report(name)
    assert report["document"]["format"] == name.rsplit(".", 1)[1]
    assert (report["document"]["organisation"], report["document"]["fiscal_year"]) == ("Energiecoöperatie Hageland",
                                                                                       2023)
    figures = _table_figures(report)
    assert len(figures) == 21
    # the key figures "(in duizend euro)": years as columns, the caption's unit and scale
    assert figures[:4] == [
        ("1.812", 1812000, "EUR", "2021", "Omzet", None, "2021", 6, {"table": 1, "row": 2, "cell": 2}),
        ("2.047", 2047000, "EUR", "2022", "Omzet", None, "2022", 6, {"table": 1, "row": 2, "cell": 3}),
        ("2.390", 2390000, "EUR", "2023", "Omzet", None, "2023", 6, {"table": 1, "row": 2, "cell": 4}),
        ("944", 944000, "EUR", "2021", "Loonkosten", None, "2021", 7, {"table": 1, "row": 3, "cell": 2})]
    # the balance sheet: "Boekjaar" and "Vorig boekjaar", items under "Vaste activa" (a row whose two cells are
    # empty stays a row of its table), "Bedragen in euro." over it
    assert figures[9:12] == [
        ("815.400", 815400, "EUR", "2023-12-31", "Gebouwen", "Vaste activa", "Boekjaar", 14,
         {"table": 2, "row": 3, "cell": 2}),
        ("842.100", 842100, "EUR", "2022-12-31", "Gebouwen", "Vaste activa", "Vorig boekjaar", 14,
         {"table": 2, "row": 3, "cell": 3}),
        ("126.250", 126250, "EUR", "2023-12-31", "Installaties", "Vaste activa", "Boekjaar", 15,
         {"table": 2, "row": 4, "cell": 2})]
    assert figures[-1] == ("215.390", 215390, "EUR", "2022-12-31", "Totaal vlottende activa", "Vlottende activa",
                           "Vorig boekjaar", 20, {"table": 2, "row": 9, "cell": 3})


def test_word_paragraphs_headings_and_a_table_in_body_order() -> None:
    document = read_document(OFFICE / "draft-2024.docx")
    assert [(line.number, line.part, line.heading, line.text[:30]) for line in document.lines[:4]] == [
        (1, ("paragraph", 1), True, "SmartCoop erkende CVSO"),
        (2, ("paragraph", 2), False, "Bijzonder verslag betreffende "),
        (3, ("paragraph", 3), True, "Juridisch kader"),
        (4, ("paragraph", 4), False, "Ter herinnering, het koninklij")]
    rows = [(line.number, line.part, line.text) for line in document.lines if line.part[0] == "table"]
    assert rows == [(7, ("table", 1, 1), "Kerncijfers\t2024\t2021"),
                    (8, ("table", 1, 2), "Personen tewerkgesteld\t20.892\t18.894"),
                    (9, ("table", 1, 3), "Vennoten\t34.518\t29.930")]


def test_word_draft_records_with_their_paragraph_and_cell() -> None:
    report = _report("draft-2024.docx")
    assert report["document"]["organisation"] == "SmartCoop"
    assert report["document"]["fiscal_year"] == 2024 and report["document"]["kind"] == "report"
    persons = [(i["raw"], i["value"], i["location"]["line"], i["location"]["part"]) for i in report["indicators"]
               if i["value"] in (20892, 18894)]
    assert persons == [("20.892", 20892, 8, {"table": 1, "row": 2, "cell": 2}),
                       ("18.894", 18894, 8, {"table": 1, "row": 2, "cell": 3}),
                       ("20.892 personen", 20892, 48, {"paragraph": 45})]
    meeting = report["meetings"][0]
    assert (meeting["date"], meeting["location"]["line"], meeting["location"]["part"]) == (
        "2023-06-20", 4, {"paragraph": 4})


def test_libreoffice_odt_draft_gives_the_records_of_the_word_draft() -> None:
    def records(report: dict) -> list[tuple]:
        return ([(i["raw"], i["value"], i["period"], i["location"]["part"]) for i in report["indicators"]]
                + [(r["raw"], r["location"]["part"]) for r in report["statute_references"] + report["meetings"]])

    word, odt = _report("draft-2024.docx"), _report("draft-2024.odt")
    assert odt["document"]["format"] == "odt" and len(word["indicators"]) == 67
    assert records(odt) == records(word)


def test_the_text_draft_gives_the_same_figures_as_the_word_draft() -> None:
    def figures(report: dict) -> list[tuple]:
        return [(i["raw"], i["value"], i["unit"], i["period"], i["id"]) for i in report["indicators"]]

    assert figures(_report("draft-2024.docx")) == figures(_report("draft-2024.txt"))


def test_explain_points_at_the_paragraph_and_the_cell() -> None:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(["explain", str(OFFICE / "draft-2024.docx"), "8", "--lang", "en"], stdout, stderr)
    text = stdout.getvalue()
    assert code == 0, stderr.getvalue()
    assert text.startswith(f"{OFFICE / 'draft-2024.docx'}, line 8 (table 1, row 2):\n")
    assert "    at line 8, column 24; table 1, row 2, cell 2\n" in text
    assert "    at line 8, column 31; table 1, row 2, cell 3\n" in text


def test_a_damaged_word_file_and_an_old_doc_get_one_line_with_the_remedy(tmp_path: Path) -> None:
    (tmp_path / "kapot.docx").write_bytes(b"PK\x03\x04 not a whole archive")
    (tmp_path / "oud.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    with pytest.raises(InputError) as damaged:
        read_document(tmp_path / "kapot.docx")
    assert damaged.value.line().endswith(": is not a Word or OpenDocument file (no ZIP archive inside); "
                                         "open it in the word processor and save it again, or save it as PDF")
    with pytest.raises(InputError) as old:
        read_document(tmp_path / "oud.doc")
    assert old.value.line().endswith(": a .doc document cannot be read (only .docx and .odt of the word "
                                     "processors); open it in the word processor and save it as .docx, .odt or PDF")


@pytest.mark.slow
def test_check_of_a_word_draft_gives_the_findings_of_the_same_draft_as_text(tmp_path: Path) -> None:
    """`extract check draft.docx --against corpus/` finds what `extract check draft.txt --against corpus/`
    finds: the same kinds, severities, messages and evidence, only the draft's locations told its own way."""
    found = {}
    for name in ("draft-2024.txt", "draft-2024.docx", "draft-2024.odt"):
        stdout, stderr = io.StringIO(), io.StringIO()
        code = run(["check", str(OFFICE / name), "--against", "corpus/", "--format", "json", "--lang", "en"],
                   stdout, stderr)
        assert code == 1, stderr.getvalue()  # two errors: the two EGM dates that differ from the 2021 report
        findings = json.loads(stdout.getvalue())["findings"]
        for finding in findings:
            for evidence in finding["evidence"]:
                evidence.pop("location"), evidence.pop("document")
        found[name] = findings
    assert [(f["kind"], f["severity"]) for f in found["draft-2024.txt"]] == [
        ("event_date", "error"), ("event_date", "error"), ("unit_change", "warning"), ("definition_change", "info"),
        ("definition_change", "info")]  # its key-figure table's 2021 column is a comparison: no note of another year
    assert found["draft-2024.docx"] == found["draft-2024.txt"]
    assert found["draft-2024.odt"] == found["draft-2024.txt"]


def test_review_page_of_a_word_draft_shows_its_paragraphs_and_marks_in_them(tmp_path: Path) -> None:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(["review", str(OFFICE / "draft-2024.docx"), "-o", str(tmp_path / "page.html")], stdout, stderr)
    assert code == 0, stderr.getvalue()
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert page.count('class="ln"') == 90  # 87 paragraphs and 3 table rows: the lines the locations count
    assert '<mark class="figure" id="l8c24" data-kind="figure" data-line="8" data-column="24"' in page
    assert '<mark class="figure" id="l48c43" data-kind="figure" data-line="48" data-column="43"' in page
