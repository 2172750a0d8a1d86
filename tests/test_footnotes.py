"""Footnote markers are no part of the figure or word they follow, and no figures themselves (issue 20)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.document import footnotes
from extractor.document.model import CharBoxes, Document, SourceLine
from extractor.pipeline import extract_document, extract_file, extract_text

REAL = Path("tests/fixtures/real-pdfs")


def _line(text: str, raised: range) -> SourceLine:
    """A PDF line of 6-point-wide glyphs, 11 points high on a baseline at 100; the characters at `raised` set
    at 7 points and lifted by 5."""
    flat: list[float] = []
    for i, _ in enumerate(text):
        top, bottom = (88.0, 95.0) if i in raised else (89.0, 100.0)
        flat += [6.0 * i, top, 6.0 * i + 6, bottom]
    return SourceLine(page=1, number=1, text=text, char_boxes=CharBoxes(flat))


def _pdf_report(*lines: SourceLine) -> dict:
    numbered = [SourceLine(1, n, line.text, line.char_boxes) for n, line in enumerate(lines, start=1)]
    return extract_document(Document(Path("x.pdf"), "pdf", "0" * 64, numbered, pages=1), fiscal_year=2023)


def test_a_raised_number_after_a_figure_is_its_footnote_not_more_digits() -> None:
    line = _line("De stichting telt 2114 vrijwilligers in Zeeland.", range(20, 22))
    assert footnotes.markers(line.text, line.char_boxes) == [(20, 22)]
    report = _pdf_report(line)
    assert [(i["value"], i["unit"]) for i in report["indicators"]] == [(21, "vrijwilligers")]
    assert [(f["kind"], f["text"], f["location"]["column"]) for f in report["furniture"]] == \
        [("footnote_marker", "14", 21)]


def test_a_raised_power_of_a_unit_is_no_marker() -> None:
    line = _line("Een ruimte van 4.800 m2 voor de leden.", range(22, 23))
    assert footnotes.markers(line.text, line.char_boxes) == []


def test_digits_of_the_line_size_are_never_markers() -> None:
    line = _line("De stichting telt 2114 vrijwilligers in Zeeland.", range(0))
    assert footnotes.markers(line.text, line.char_boxes) == []


@pytest.mark.parametrize("text,expected", [
    ("Er zijn 90 vrijwilligers¹ in de stichting.", [(90, "vrijwilligers")]),
    ("Er zijn 90 vrijwilligers[1] en [2] in de stichting.", [(90, "vrijwilligers")]),
    ("[1] Zie de website van de stichting.", []),
    ("¹ Vanuit de stichting bieden vrijwilligers hulp.", []),
    ("Wij huren 4.800 m² aan kantoren.", [(4800, "m2")]),  # a power of a unit stays
])
def test_markers_in_text(text: str, expected: list) -> None:
    assert [(i["value"], i["unit"]) for i in extract_text(text, fiscal_year=2023)["indicators"]] == expected


def test_the_real_policy_plan_keeps_its_footnote_markers_apart() -> None:
    report = extract_file(REAL / "nl-zeeuwse-handen-beleidsplan-2023.pdf")
    markers = [(f["text"], f["location"]["page"], f["location"]["line"]) for f in report["furniture"]
               if f["kind"] == "footnote_marker"]
    # "welzijn1.", "vrijwilligers2", and the two footnotes' own raised numbers that open their lines; each on the
    # line a user sees (pdftotext -layout: 40 on page 1, 6 and 11 on page 2, the running header "Versie 2023-03"
    # counted). pdftotext prints a raised number that opens its line on a row of its own ("1" on 11, its text on
    # 12); the rule here reads it on its text's line (their boxes overlap: one line), so the second footnote,
    # "2De stichting heeft ca. 90 vrijwilligers", is line 27 where pdftotext says 28 and 29. Was 47, 5, 10, 39:
    # the lines in reading order, the header not counted.
    assert markers == [("1", 1, 40), ("2", 2, 6), ("1", 2, 11), ("2", 2, 27)]
    page2 = [(i["value"], i["unit"], i["location"]["line"]) for i in report["indicators"]
             if i["location"]["page"] == 2]
    assert page2 == [(90, "vrijwilligers", 27)]
    assert report["indicators"][-1]["sentence"].startswith("De stichting heeft ca. 90 vrijwilligers")
