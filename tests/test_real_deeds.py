"""Statutes as a notarial deed sets them out, published as Markdown (issue 20, statutes and meetings): the deed's
opening dates, in words, the general meeting that decided to amend the statutes; the statutes' headings
("### Artikel 1", titled by the section heading above them, "## Naam en zetel") are its articles, with their
titles; a statutes' numbers are no figures; articles of a law are the law's.

Real document of tests/fixtures/real-pdfs/ (source in its README): the Dutch association NLUUG's statutes as
amended by deed in 2023 (content/statuten.md of its website's repository)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractor.pipeline import extract_file

REAL = Path(__file__).parent / "fixtures" / "real-pdfs"
NLUUG = "nl-nluug-statuten-2023.md"


@cache
def _report(name: str) -> dict:
    return extract_file(REAL / name)


def test_the_deed_dates_the_meeting_in_words_across_the_owners_appositions() -> None:
    """Line 21: '1. de algemene vergadering van NLUUG, een vereniging met volledige rechtsbevoegdheid, statutair
    gevestigd te Amsterdam, met adres ..., handelsregisternummer ..., hierna te noemen: de "Vereniging", op elf mei
    tweeduizend drieëntwintig heeft besloten:' is a general meeting of 11 May 2023 (the date in words, 60 tokens
    after the meeting, was none). Line 24's amendment 'bij akte op twee juni tweeduizendtien' implies the meeting
    of that day, as before."""
    assert [(m["kind"], m["date"], m["precision"], m["location"]["line"], m["location"]["column"])
            for m in _report(NLUUG)["meetings"]] == [
        ("general", "2023-05-11", "day", 21, 7), ("extraordinary", "2010-06-02", "day", 24, 51)]


def test_markdown_statutes_give_their_articles_with_the_section_titles_and_no_figures() -> None:
    """'## Naam en zetel' / '### Artikel 1' (line 36) ... '### Artikel 19' (line 206): articles 1 to 19, each titled
    by the section heading right above it; an article that opens no section ('### Artikel 5' under the text of
    article 4) has no title. Were: kind 'other', no articles, 34 figures ('ten minste drie natuurlijke personen',
    'drie maanden', ...) and 'Artikel 13' (a heading) a reference to the statutes."""
    report = _report(NLUUG)
    assert report["document"]["kind"] == "statutes"
    assert [(a["article"], a["title"], a["location"]["line"]) for a in report["articles"]] == [
        ("1", "Naam en zetel", 36), ("2", "Doel", 41), ("3", "Duur", 56), ("4", "Lidmaatschap", 62), ("5", None, 68),
        ("6", "Bedrijfsregelingen", 92), ("7", "Contributies", 107), ("8", "Bestuur", 112), ("9", None, 126),
        ("10", None, 130), ("11", "Algemene ledenvergaderingen", 135), ("12", None, 146), ("13", None, 154),
        ("14", None, 164), ("15", None, 172), ("16", "Statutenwijziging", 180), ("17", "Ontbinding en vereffening", 190),
        ("18", "Reglementen", 200), ("19", "Slotbepaling", 206)]
    assert report["indicators"] == []
    # the statutes cite their own article 16 in articles 17 and 18; the civil code's article is the law's
    assert [(r["articles"], r["location"]["line"]) for r in report["statute_references"]] == [
        (["16"], 191), (["16"], 203)]
    assert [(r["instrument"], r["article"], r["location"]["line"]) for r in report["legal_references"]] == [
        ("civil_code", "2:393", 167)]


# Articles of laws in real PDFs: (page, line, instrument, article, subdivision, raw) of every legal reference,
# none of them a statute reference too
LAWS = {
    # a council's decisions (Word 2007 via Neevia): the act named after 'Wet' keeps its name (was 'artikel 31a lid
    # 2 Wet'); 'artikel 16 lid 2 van de Gemeenschappelijke Regeling GGD' and the amendment's 'nieuw artikel 24.2'
    # of the founding deed are of other texts, no statutes' articles
    "nl-besluitenlijst-raadsvergadering-2015-06-29.pdf": [
        (2, 19, "act", "31a", "lid 2", "artikel 31a lid 2 Wet Gemeenschappelijke Regelingen")],
    # a founding deed with its statutes (Word 2019): the civil code's articles in articles 9 and 16
    "nl-kkcd-oprichtingsakte-statuten-2025.pdf": [
        (5, 26, "civil_code", "2:298", None, "artikel 2:298 Burgerlijk Wetboek"),
        (7, 18, "civil_code", "2:289", None, "artikel 2:289 Burgerlijk Wetboek")],
}


@pytest.mark.slow  # real PDFs, each parsed in a child process
@pytest.mark.parametrize("name", sorted(LAWS))
def test_articles_of_laws_are_legal_references_with_their_law(name: str) -> None:
    report = _report(name)
    assert [(r["location"]["page"], r["location"]["line"], r["instrument"], r["article"], r["subdivision"], r["raw"])
            for r in report["legal_references"]] == LAWS[name]
    lines = {(page, line) for page, line, *_ in LAWS[name]}
    assert [r["raw"] for r in report["statute_references"]
            if (r["location"]["page"], r["location"]["line"]) in lines] == []
    if name.startswith("nl-besluitenlijst"):  # a council's decisions cite no statutes at all
        assert report["statute_references"] == []
