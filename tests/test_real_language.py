"""A document in another language (issue 20, language): the tool reads Dutch reports; a report or minutes written
in French gets a warning that says so and gives no figures but those of its Dutch lines (a line is Dutch when Dutch
knows more of its words than French does); a Dutch document gets no such warning.

Real documents of tests/fixtures/real-pdfs/ (sources in its README): the French minutes of the general meeting
of a Brussels fablab's association (Markdown, 1 February 2019), and a Dutch association's statutes (Markdown)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractor.pipeline import extract_file

REAL = Path(__file__).parent / "fixtures" / "real-pdfs"
FRENCH = "be-openfab-ag-pv-2019-02-01.md"


@cache
def _report(name: str) -> dict:
    return extract_file(REAL / name)


def test_french_minutes_get_the_language_warning_and_no_figures() -> None:
    """Were taken as figures: the agenda's durations '– 15 min' (lines 7, 8, 12, 13, 14), '– 20 min' (line 11)
    and the next meeting's '17 mars' (line 71), short lines that no passage check could call French; only the
    title's line 3 was warned. The document as a whole reads as French."""
    report = _report(FRENCH)
    assert report["indicators"] == []
    assert [(w["code"], w["location"]["line"], w.get("values")) for w in report["warnings"]] == [
        ("text.language_document", 1, {"language": "fr"}), ("text.language_passage", 3, {"count": 10, "line": 3})]
    assert report["warnings"][0]["message"] == (
        "the document reads mostly as another language (fr), not Dutch: figures are taken from its Dutch text only; "
        "the tool reads Dutch reports")


def test_a_dutch_document_gets_no_language_warning() -> None:
    report = _report("nl-nluug-statuten-2023.md")
    assert [w["code"] for w in report["warnings"] if w["code"].startswith("text.language")] == []
