"""A housing cooperative's report written for these tests (tests/fixtures/non-figures): letterhead with
address, enterprise number, phone and IBAN, a table of contents, numbered sections, an agenda, a quoted law.
Every figure stays at its line; every other number is a named exclusion."""

from __future__ import annotations

from pathlib import Path

from extractor.pipeline import extract_file

REPORT = Path(__file__).resolve().parent / "fixtures" / "non-figures" / "woonkans-bijzonder-verslag-2023.txt"


def test_the_figures_of_a_housing_report_stay() -> None:
    data = extract_file(REPORT)
    assert [(i["value"], i["location"]["line"]) for i in data["indicators"]] == [
        (146, 12), (312, 12), (18, 13), (12, 17), (540, 19), (87, 28)]


def test_the_numbers_of_a_housing_report_that_are_no_figures_are_named() -> None:
    data = extract_file(REPORT)
    named = {(e["label"], e["text"], e["location"]["line"]) for e in data["entities"]
             if e["rule"].startswith("non_figure.")}
    assert {("ADDRESS", "Stationsstraat 112 bus 4", 2), ("POSTCODE", "B-2800 Mechelen", 2),
            ("ENTERPRISE_NUMBER", "0403.199.702", 2), ("PHONE", "015 28 44 10", 3),
            ("IBAN", "BE71 0961 2345 6769", 3), ("TOC_PAGE", "2", 6), ("TOC_PAGE", "5", 8),
            ("LIST_NUMBER", "1.", 10), ("NAMED_NUMBER", "blok 3", 13), ("ADDRESS", "Markt 21", 17),
            ("POSTCODE", "2800 Mechelen", 17), ("NAMED_NUMBER", "januari ‘23", 17),
            ("NAMED_NUMBER", "paritair comité 337", 18), ("TIME", "19u30", 23), ("LIST_NUMBER", "2.", 26),
            ("SECTION_LABEL", "Besluit 1", 28), ("PHONE", "0471 12 34 56", 31), ("TIME", "17u", 31)} <= named
    assert any(label == "LAW_QUOTE" and line == 29 for label, _, line in named)
