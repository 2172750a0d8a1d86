"""Real documents as organisations publish them (issue 20): per item, on the PDFs of tests/fixtures/real-pdfs
(their sources in its README). What is asserted was read by hand from the pages (pdftotext -layout and the page
images)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractor.pipeline import extract_file

REAL = Path("tests/fixtures/real-pdfs")


@cache
def _report(name: str) -> dict:
    return extract_file(REAL / name)


def _non_figures(report: dict, *labels: str) -> list[tuple[str, str, int, int]]:
    return [(e["label"], e["text"], e["location"]["page"], e["location"]["line"]) for e in report["entities"]
            if e["label"] in labels]


def _figures_on(report: dict, page: int) -> list:
    return [(i["value"], i["unit"], i["raw"]) for i in report["indicators"] if i["location"]["page"] == page]


# forms, codes and identifiers


def test_policy_plan_chamber_of_commerce_and_tax_numbers_are_no_figures() -> None:
    report = _report("nl-zeeuwse-handen-beleidsplan-2023.pdf")
    assert _non_figures(report, "REGISTRATION_NUMBER", "POSTCODE") == [
        ("POSTCODE", "4431 ED", 1, 10),
        ("REGISTRATION_NUMBER", "Kamer van Koophandel | 88950727", 1, 15),
        ("REGISTRATION_NUMBER", "RSIN-nummer | 864833477", 1, 17)]
    assert _figures_on(report, 1) == []


def test_device_manual_standard_and_post_box_are_no_figures_and_date_nothing() -> None:
    report = _report("nl-co-melder-handleiding-corel.pdf")
    assert _non_figures(report, "STANDARD", "POSTBOX", "POSTCODE") == [
        ("STANDARD", "EN 50291-1: 2018", 1, 2), ("POSTBOX", "Postbus 9607", 1, 109),
        ("POSTCODE", "1006 GC", 1, 110), ("STANDARD", "EN 50291-1:2018 :", 4, 112)]
    # the standard's year is no period: "zonder alarm voor 120 minuten" under "EN 50291-1: 2018"
    first = report["indicators"][0]
    assert (first["value"], first["unit"], first["period"]) == (120, "minuten", None)
    assert all(i["period"] is None for i in report["indicators"])
    assert not [i for i in report["indicators"] if i["value"] in (9607, 50291, 2018)]


def test_scanned_accounts_ocr_noise_header_dates_and_the_civil_code_are_no_figures() -> None:
    report = _report("nl-stadslab-zeist-jaarrekening-2023-ocr.pdf")
    # page 1 line 1 and page 4 line 1 are the scan's noise ("r T 11 r I n r n r 1 11 r r 11"), page 18 a
    # rotated text read letter by letter
    assert _figures_on(report, 1) == []
    assert [f for f in _figures_on(report, 4)] == [(890, None, "890")]  # the last group of a split IBAN: known miss
    assert not [i for i in report["indicators"] if i["location"]["page"] == 18 and i["location"]["line"] < 30]
    assert ("REGISTRATION_NUMBER", "KvK : 92324819", 1, 10) in _non_figures(report, "REGISTRATION_NUMBER")
    header_dates = _non_figures(report, "HEADER_DATE")
    assert [(page, line) for _, _, page, line in header_dates] == \
        [(5, 10), (5, 40), (6, 7), (6, 20), (6, 27), (8, 13), (9, 2), (13, 22), (14, 26)]
    assert not [i for i in report["indicators"] if (i["value"], i["unit"]) in ((31, None), (2023, "EUR"))]
    assert not [i for i in report["indicators"] if i["location"]["page"] == 11 and i["value"] == 2]  # Boek 2 BW
