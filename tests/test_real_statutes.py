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


def _zeus_figures(page: int) -> list[tuple]:
    return [(i["location"]["line"], i["raw"], i["value"], i["period"])
            for i in _report("be-zeus-bestuursvergadering-2014-09-16.pdf")["indicators"] if i["location"]["page"] == page]


def test_the_meeting_number_in_the_title_of_minutes_is_no_figure() -> None:
    """Page 1 opens 'Bestuursvergadering 4' / 'Datum: 16 september 2014 om 19u' (issue 20, shape C4): the 4 is
    the meeting's number (it was taken as '4 Datum', a count of 'datum'). Read by hand from the page: its only
    number that is a figure candidate is the academic year '2013-14' of the agenda (line 22), a span of years
    written with a soft hyphen: no figure either (it was 201314 when the reader dropped the soft hyphen)."""
    assert [raw for line, raw, _, _ in _zeus_figures(1)] == []


def test_an_amount_after_the_euro_sign_is_no_year() -> None:
    """Page 3, 'Officiële Inkomsten, witte kassa(dus zonder drank): € 1975 (vnml subsidies: € 1190, ...)':
    € 1975 is an amount (shape B5: it gave every figure of the block and the next ones the period 1975, and
    was itself no figure). They are of the academic year the section's heading names, 'Financiële status
    2013\u00ad2014:' (line 17, its hyphen a soft one), which the reader keeps as a hyphen since it stands before
    a digit; the minutes themselves are of the day of their meeting, 16 September 2014."""
    figures = _zeus_figures(3)
    assert [f for f in figures if 18 <= f[0] <= 20] == [(18, "€ 1975", 1975, "2013/2014"),
                                                        (19, "€ 1190", 1190, "2013/2014"),
                                                        (20, "€1845", 1845, "2013/2014"),
                                                        (20, "€890", 890, "2013/2014")]
    assert not [f for f in figures if f[3] == "1975"]
    assert _report("be-zeus-bestuursvergadering-2014-09-16.pdf")["document"]["fiscal_year"] == 2014


def test_a_minus_written_as_a_soft_hyphen_is_a_minus() -> None:
    """Page 3, 'Kassa: €\u00ad50' (Google Docs writes the typed minus as U+00AD, shape E1): minus fifty euro, where
    the reader dropped the soft hyphen and gave +50."""
    assert [(raw, value) for _, raw, value, _ in _zeus_figures(3) if raw.startswith("€") and abs(value) == 50] \
        == [("€-50", -50)]


def test_an_amount_glued_to_the_next_word_by_a_slash_or_a_semicolon() -> None:
    """Page 3: 'We gaan 2 schermen aankopen, voor €107/stuk' (a price per piece) and 'Uitgaven: €1845
    (voornamelijk drankaankoop gerelateerd: €890;gesubsidieerd: €520: ...)', whose ';' is U+037E, the Greek
    question mark Google Docs wrote (shape E5): €107 and €890 were missed, each one token with the word after
    it. A number and a word joined by '/' or ';' are two tokens; U+037E reads as ';' (NFC)."""
    figures = _zeus_figures(3)
    assert [(raw, value) for line, raw, value, _ in figures if line == 13] == [("2 schermen", 2), ("€107", 107)]
    assert [(line, raw, value) for line, raw, value, _ in figures if line in (20, 21)] == [
        (20, "€1845", 1845), (20, "€890", 890), (21, "€520", 520)]
