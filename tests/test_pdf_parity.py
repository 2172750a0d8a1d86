"""A report's PDF gives the same records as its text, and every PDF record points at a box holding it."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from conftest import REPORT_2021, REPORT_2024, ROOT
from pdf_checks import number_text, text_in_box
from extractor.pipeline import extract_file

pytestmark = pytest.mark.slow  # reads every corpus PDF twice, each in a child process

PAIRS = [(REPORT_2021, "tests/fixtures/pdf/smartcoop-bijzonder-verslag-2021.pdf"),
         (REPORT_2024, "tests/fixtures/pdf/smartcoop-bijzonder-verslag-2024.pdf")]


@pytest.fixture(scope="module", params=PAIRS, ids=["2021", "2024"])
def pair(request: pytest.FixtureRequest) -> tuple[dict, dict, Path]:
    text_path, pdf_path = request.param
    return extract_file(ROOT / text_path), extract_file(ROOT / pdf_path), ROOT / pdf_path


def _key(indicator: dict) -> tuple:
    return indicator["id"], " ".join(indicator["raw"].split())


def test_indicators_come_out_of_the_pdf_with_the_same_values(pair: tuple[dict, dict, Path]) -> None:
    text, pdf, _ = pair
    in_pdf: dict[tuple, list] = {}
    for indicator in pdf["indicators"]:
        in_pdf.setdefault(_key(indicator), []).append(indicator["value"])
    found = [i for i in text["indicators"] if i["value"] in in_pdf.get(_key(i), [])]
    assert len(found) >= 0.98 * len(text["indicators"])
    different = [(k, v) for k, values in in_pdf.items() for v in values
                 if k in {_key(i) for i in text["indicators"]} and v not in
                 [i["value"] for i in text["indicators"] if _key(i) == k]]
    assert different == []
    assert len(pdf["indicators"]) == len(text["indicators"])


def test_statute_references_and_meetings_are_all_in_the_pdf(pair: tuple[dict, dict, Path]) -> None:
    text, pdf, _ = pair

    def statutes(report: dict) -> list:
        return [(r["articles"], r["condition"], r["implied"]) for r in report["statute_references"]]

    def meetings(report: dict) -> list:
        return [(m["kind"], m["date"], m["precision"], m["articles"], m["action"]) for m in report["meetings"]]

    def legal(report: dict) -> list:
        return [(r["instrument"], r["article"], r["subdivision"], r["date"]) for r in report["legal_references"]]

    assert statutes(pdf) == statutes(text)
    assert meetings(pdf) == meetings(text)
    assert legal(pdf) == legal(text)
    assert pdf["document"]["fiscal_year"] == text["document"]["fiscal_year"]
    assert pdf["document"]["organisation"] == text["document"]["organisation"]


def test_every_pdf_record_has_a_page_and_a_box_that_holds_it(pair: tuple[dict, dict, Path]) -> None:
    _, pdf, path = pair
    records = [(i["location"], number_text(i["raw"])) for i in pdf["indicators"]]
    records += [(r["location"], r["articles"][0]) for r in pdf["statute_references"]]
    records += [(m["location"], m["raw"].split()[0]) for m in pdf["meetings"]]
    with pdfplumber.open(path) as document:
        for location, expected in records:
            assert location["page"] and location["bbox"], (location, expected)
            inside = text_in_box(document, location)
            assert expected.replace(" ", "") in inside.replace(" ", "").replace("\n", ""), (location, expected, inside)
