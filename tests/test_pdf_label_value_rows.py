"""A PDF's block of labels and their values ("Naam   Stichting X", "Rechtsvorm   Stichting", "KvK-nummer   N"), as
accountants' and filings' PDFs print the particulars of an organisation, is read row by row: each label with its
value on one line, as the page shows it, not the column of labels and then the column of values (issue 20,
SHAPES-REAL2 O4 and N4). Then the organisation is the value of "Naam", not that value with the next row's legal form
glued to it, and a KvK number beside its label is no figure."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

from extractor.document.readers import read_document


def _page(path: Path, page: int) -> list[str]:
    return [line.text for line in read_document(path).lines if line.page == page]


def test_the_particulars_of_a_real_accountants_report_are_read_label_by_value() -> None:
    lines = _page(ROOT / "tests/fixtures/real-pdfs/nl-vanhattem-jaarrekening-2023.pdf", 4)
    for row in ("Statutaire naam   Van Hattem Advies B.V.",
                "Rechtsvorm   Besloten vennootschap met beperkte aansprakelijkheid",
                "KvK-nummer   82866597",
                "Start- en einddatum boekjaar   01-01-2023 t/m 31-12-2023",
                "Adresgegevens",  # a group's heading, without a value, stays a line of its own
                "Postcode   4708 NL"):
        assert row in lines
    assert lines.index("Adresgegevens") + 1 == lines.index("Adres   Morelberg 52")


def test_the_name_of_a_filing_is_the_value_of_its_label_and_its_kvk_number_no_figure(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # printed by Chromium from the HTML beside it, reproducing a real accountant's portal PDF kept back
    name = "fietsherstel-publicatiebalans-2025-chromium.pdf"
    path = ROOT / "tests/fixtures/metadata" / name
    assert _page(path, 2)[1:6] == ["Naam   Stichting Fietsherstel Zuidwijk", "Rechtsvorm   Stichting",
                                   "Statutaire zetel   Nijmegen", "KvK-nummer   90817263", "Omvang   Micro"]
    subprocess.run([sys.executable, "-m", "extractor", str(path), "--out", str(tmp_path), "-q", "--no-cache"],
                   check=True, cwd=ROOT)
    report = json.loads((tmp_path / name.replace(".pdf", ".json")).read_text(encoding="utf-8"))
    assert report["document"]["organisation"] == "Stichting Fietsherstel Zuidwijk"  # was "... Zuidwijk Stichting"
    assert not [r for r in report["indicators"] if r["value"] == 90817263]


def test_two_columns_of_running_text_are_still_read_column_after_column() -> None:
    # the lines of a column of prose go on from one another: no block of labels and values
    lines = _page(ROOT / "tests/fixtures/pdf/two-columns.pdf", 1)
    assert not [line for line in lines if "   " in line]


def test_the_house_number_in_the_value_of_an_address_label_is_no_figure(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # "Adres   Morelberg 52": a street whose name ends in no street word ("-berg"), a house number all the same
    path = ROOT / "tests/fixtures/real-pdfs/nl-vanhattem-jaarrekening-2023.pdf"
    subprocess.run([sys.executable, "-m", "extractor", str(path), "--out", str(tmp_path), "-q", "--no-cache"],
                   check=True, cwd=ROOT)
    report = json.loads((tmp_path / "nl-vanhattem-jaarrekening-2023.json").read_text(encoding="utf-8"))
    assert [i["raw"] for i in report["indicators"] if i["location"]["page"] == 4] == []  # was "52", label "adres"
    assert ("ADDRESS", "Adres Morelberg 52") in {(e["label"], e["text"]) for e in report["entities"]
                                                   if e["location"]["page"] == 4}
