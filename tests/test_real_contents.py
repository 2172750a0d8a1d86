"""Statutes with a table of contents (issue 20, statutes): the contents list every article with its page
("ARTIKEL 1 – NAAM VAN DE VERENIGING   3"); those lines are no articles and no references, the headings in the
text are the articles, with their titles; paragraphs numbered under an article ("Art. 1.1. De vereniging draagt
de naam ...") are part of it; a cross-reference in the text ("zoals beschreven in Art. 35.") stays a reference.

Real PDFs of tests/fixtures/real-pdfs/ (sources in its README): a Ghent student association's statutes (Google
Docs), approved 6 March 2024; a Ghent student home's statutes (Word for Microsoft 365), approved 23 February 2025,
their cover title set in spaced capitals, their contents with leader dots ("ART. 6 BIS ........ 4")."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractor.pipeline import extract_file

pytestmark = pytest.mark.slow  # a real PDF, parsed in a child process

REAL = Path(__file__).parent / "fixtures" / "real-pdfs"
HEIMDAL = "be-heimdal-statuten-2024.pdf"
VERMEYLEN = "be-vermeylen-statuten-2025.pdf"
ASTRID = "be-astrid-statuten-2021.pdf"

# (number, title, page, line) of every article: the headings of the text, pages 4 to 24
ARTICLES = [
    ("1", "NAAM VAN DE VERENIGING", 4, 3), ("2", "ZETEL VAN DE VERENIGING", 4, 11),
    ("3", "DOEL VAN DE VERENIGING", 4, 15), ("4", "DUUR VAN DE VERENIGING", 4, 28), ("5", "LEDEN", 5, 3),
    ("6", "FEUT", 5, 17), ("7", "SCHACHT", 5, 21), ("8", "COMMILITONES", 5, 26),
    ("9", "METER/PETER VAN DE VERENIGING", 5, 31), ("10", "ERELEDEN", 6, 5), ("11", "PRAESIDIUM", 7, 3),
    ("12", "PRAESES", 8, 15), ("13", "VICE-PRAESES", 8, 33), ("14", "QUAESTOR", 9, 11), ("15", "SECRETARIS", 10, 5),
    ("16", "PUBLIC-RELATIONS", 10, 18), ("17", "MEDIA", 10, 30), ("18", "SCHACHTENTEMMER", 11, 9),
    ("19", "CULTUUR", 11, 20), ("20", "SPORT", 11, 32), ("21", "FEEST & LAN", 12, 5), ("22", "ICT", 12, 16),
    ("23", "LUSTRUM", 13, 3), ("24", "LUSTRUMCOMITÉ", 13, 17), ("25", "VERKIEZINGEN", 14, 3),
    ("26", "STEMRECHT", 14, 19), ("27", "VERKIESBAARHEID", 14, 25), ("28", "KIESCOMITÉ", 15, 19),
    ("29", "KIESVERRICHTINGEN", 16, 1), ("30", "PRAESIDIUMVERGADERING", 17, 3), ("31", "STEMMING", 17, 25),
    ("32", "SCHILD", 18, 3), ("33", "LINT", 18, 15), ("34", "CLUBLIED", 19, 11), ("35", "JAARREKENING", 20, 4),
    ("36", "BEHEER", 20, 9), ("37", "AFTREDEN PRAESIDIUMLID", 21, 3), ("38", "ONTBINDING VERENIGING", 21, 16),
    ("39", "VEREFFENING", 21, 29), ("40", "MOTIE VAN WANTROUWEN", 22, 1), ("41", "AANVRAAG TOT CLUB-EX", 23, 1),
    ("42", "STATUTEN", 24, 3)]


@cache
def _report(name: str = HEIMDAL) -> dict:
    return extract_file(REAL / name)


def test_the_headings_of_the_text_are_the_articles_not_the_contents() -> None:
    """Were: the contents' lines of page 2 as the articles, each title ending in its page number ('NAAM VAN DE
    VERENIGING   3'), and 53 paragraphs 'Art. 1.1.', 'Art. 3.2.' ... as articles of their own."""
    report = _report()
    assert report["document"]["kind"] == "statutes"
    assert [(a["article"], a["title"], a["location"]["page"], a["location"]["line"])
            for a in report["articles"]] == ARTICLES


def test_the_contents_and_the_headings_give_no_references_and_no_figures() -> None:
    """Were: every heading of the text a reference to the statutes ('ARTIKEL 1' on page 4 line 3, ... 42 of
    them). What stays: the text's own cross-references, each to another article ('zoals beschreven in Art. 35.'
    on page 8, 'Art.23.' on page 14, 'Art. 22.', 'Art. 27.', 'Art. 29.' on page 15)."""
    report = _report()
    assert [(r["location"]["page"], r["location"]["line"], r["articles"]) for r in report["statute_references"]] == [
        (8, 12, ["35"]), (14, 7, ["23"]), (15, 3, ["22"]), (15, 5, ["27"]), (15, 29, ["29"])]
    assert [r for r in report["statute_references"] if r["location"]["page"] == 2] == []
    assert report["indicators"] == []


# (number, page, line) of every article of the home's statutes: the headings "ART. N" centred over their text,
# pages 4 to 13 (the statutes have no article 29); "ART. 6 BIS" is article 6bis
VERMEYLEN_ARTICLES = [
    ("1", 4, 2), ("2", 4, 9), ("3", 4, 12), ("4", 4, 22), ("5", 4, 26), ("6", 4, 29), ("6bis", 4, 32), ("7", 5, 8),
    ("8", 5, 11), ("8bis", 5, 35), ("9", 6, 1), ("10", 6, 6), ("11", 6, 15), ("12", 6, 24), ("13", 6, 29),
    ("14", 6, 36), ("14bis", 6, 40), ("15", 7, 3), ("16", 7, 9), ("16bis", 7, 12), ("17", 7, 15), ("18", 7, 23),
    ("19", 7, 30), ("20", 7, 33), ("21", 8, 4), ("22", 8, 7), ("23", 8, 15), ("24", 9, 2), ("24bis", 9, 30),
    ("25", 9, 35), ("26", 9, 38), ("27", 10, 1), ("28", 10, 7), ("30", 11, 2), ("30bis", 11, 8), ("31", 11, 11),
    ("32", 11, 16), ("33", 11, 18), ("34", 11, 23), ("35", 11, 27), ("36", 11, 31), ("37", 12, 1), ("38", 12, 4),
    ("38bis", 12, 10), ("39", 12, 14), ("40", 12, 17), ("41", 13, 2), ("42", 13, 5), ("43", 13, 8), ("44", 13, 17),
    ("45", 13, 22), ("46", 13, 25), ("47", 13, 28)]


def test_statutes_titled_in_spaced_capitals_give_their_articles_and_no_figures() -> None:
    """The cover's 'STATUTEN HOME VERMEYLEN' is set in 20 pt capitals 2.4 pt apart, which the reader took for
    spaces between single letters ('S T A T U T E N H O M E ...', the gap measured against the body's 11 pt):
    the document was of kind 'other', with 116 figures (terms, majorities, page numbers) and the headings 'ART.
    31', 'ART. 34', 'ART. 45' as references. Now the title reads as words (page 1 line 3), the document is
    statutes, the contents' lines (page 2, 'ART. 6 BIS ......... 4') no articles, the 53 headings of the text
    its articles (without titles: the statutes give none), 'ART. 6 BIS' article 6bis."""
    report = _report(VERMEYLEN)
    assert report["document"]["kind"] == "statutes"
    assert [(a["article"], a["location"]["page"], a["location"]["line"]) for a in report["articles"]] == \
        VERMEYLEN_ARTICLES
    assert {a["title"] for a in report["articles"]} == {None}
    assert report["indicators"] == []
    assert report["statute_references"] == []


def test_an_article_cited_at_the_start_of_a_line_is_no_heading() -> None:
    """Page 8, lines 20-21 of a student home's statutes (Word for Microsoft 365): '... onpartijdig moet blijven
    binnen de Beperkte Homeraad conform' / 'Artikel 34.': the sentence wraps before its article, which stands
    alone on its line like a heading. It was taken for article 34's heading (the first seen is kept), so the
    real heading on page 9 line 31 became a reference. Now the articles are 1 to 107 in their order, 34 at its
    heading, and the wrapped one a reference to it."""
    report = _report(ASTRID)
    articles = [(a["article"], a["location"]["page"], a["location"]["line"]) for a in report["articles"]]
    assert [number for number, _, _ in articles] == [str(n) for n in range(1, 108)]
    assert articles[32:35] == [("33", 9, 26), ("34", 9, 31), ("35", 9, 34)]
    references = [(r["location"]["page"], r["location"]["line"], r["articles"]) for r in report["statute_references"]]
    assert (8, 21, ["34"]) in references and (9, 31, ["34"]) not in references
    assert report["indicators"] == []
