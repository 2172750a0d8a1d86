"""Statutes and minutes as organisations publish them (issue 20, shapes C2, C3, D3): a document whose kind is statutes gives its
articles, and no figures. Its numbers are rules and terms ("ten minste drie en maximaal zeven leden", "binnen
drie maanden", "50% + 1 stem"), article, page and enumeration numbers, and in a notarial deed the founders'
enumeration, house numbers and postcodes: no quantity a report gives.

Real PDFs of tests/fixtures/real-pdfs/ (sources and licences in its README): a Dutch foundation's founding deed
with its statutes (Word 2019) and a Ghent student home's statutes (Word for Office 365)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractor.pipeline import extract_file

pytestmark = pytest.mark.slow  # real PDFs, each parsed in a child process

REAL = Path(__file__).parent / "fixtures" / "real-pdfs"
DEED = "nl-kkcd-oprichtingsakte-statuten-2025.pdf"
HOME = "be-home-bertha-statuten-2020.pdf"


@cache
def _report(name: str) -> dict:
    return extract_file(REAL / name)


@pytest.mark.parametrize("name", [DEED, HOME])
def test_statutes_give_articles_and_no_figures(name: str) -> None:
    report = _report(name)
    assert report["document"]["kind"] == "statutes"
    assert report["articles"]  # its own headings (a cross-reference, "zie artikel 14", stays a reference)
    assert report["indicators"] == []
    assert report["relations"] == []


def test_the_deeds_terms_and_the_founders_numbers_are_no_figures() -> None:
    """Per item on the deed: page 1 (the founders' enumeration '1.' '2.' '3.', their house numbers and postcodes,
    the page marker '-1 van 8-') and page 2 (the board's 'ten minste drie en maximaal zeven leden', a term of
    'drie jaar', 'binnen drie maanden') give no figure; its articles 1 to 18 are the statutes' own."""
    report = _report(DEED)
    assert [i for i in report["indicators"] if i["location"]["page"] in (1, 2)] == []
    assert [a["article"] for a in report["articles"]] == [str(n) for n in range(1, 19)]  # 'Artikel 1.' .. '18.'
    assert [a["location"]["page"] for a in report["articles"][3:6]] == [2, 2, 2]


def test_minutes_titled_by_their_meeting_are_minutes() -> None:
    """A board's minutes titled 'Bestuursvergadering 4' (Google Docs), with 'Agenda' and 'Aanwezig:' under it."""
    assert _report("be-zeus-bestuursvergadering-2014-09-16.pdf")["document"]["kind"] == "minutes"
