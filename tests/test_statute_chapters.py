"""Statutes set as a chapter of a larger text (issue 20, shape D4 of the real documents): "Hoofdstuk 1" /
"Statuten", then articles numbered by the chapter with no article word ("1.1 Naam, zetel en duur" … "1.15
Vereffening"), as a LaTeX book of statutes and house rules prints them. Those headings are the statutes'
articles, so the document is statutes: no fiscal year from its date, no figures from its terms.

No real PDF of this shape could be kept (the one seen is in the held-out set); the text below is written in its
shape, with its table of contents (section, title, page) before the chapter. The real statutes of
tests/fixtures/real-pdfs keep their "Artikel N" articles (tests/test_real_statutes.py)."""

from __future__ import annotations

from extractor.pipeline import extract_text

BOOK = """Statuten en huishoudelijk reglement van studievereniging De Rekenlat
vastgesteld op 10 december 2018

Inhoudsopgave
1 Statuten 3
1.1 Naam, zetel en duur 3
1.2 Doel 3
2 Huishoudelijk reglement 9

Hoofdstuk 1
Statuten

1.1 Naam, zetel en duur
1. De vereniging draagt de naam De Rekenlat.
2. Zij heeft haar zetel te Utrecht.

1.2 Doel
De vereniging stelt zich ten doel de belangen van haar leden te behartigen.

1.3 Middelen
De vereniging tracht haar doel te bereiken door het organiseren van lezingen.

1.4 Leden, rechten en verplichtingen van de leden
1. Leden zijn zij die ten minste drie maanden staan ingeschreven.
2.1 procent van de leden is erelid.

1.5 Geldmiddelen
Het boekjaar van de vereniging loopt van 1 september tot en met 31 augustus.

1.6 Bestuur
Het bestuur bestaat uit ten minste drie leden, gekozen voor twee jaar.

Hoofdstuk 2 Huishoudelijk reglement

2.1 Algemeen
Dit reglement vult de statuten aan.
"""


def test_articles_numbered_by_their_chapter_are_the_statutes_articles() -> None:
    report = extract_text(BOOK)
    assert report["document"]["kind"] == "statutes"
    assert report["document"]["fiscal_year"] is None  # the date they were adopted is of no fiscal year
    assert [(a["article"], a["title"], a["location"]["line"]) for a in report["articles"]] == [
        ("1.1", "Naam, zetel en duur", 13), ("1.2", "Doel", 17), ("1.3", "Middelen", 20),
        ("1.4", "Leden, rechten en verplichtingen van de leden", 23), ("1.5", "Geldmiddelen", 27),
        ("1.6", "Bestuur", 30),
        # the house rules are statutes' kin (patterns/document.yaml): their chapter's articles too
        ("2.1", "Algemeen", 35)]
    assert report["indicators"] == []


def test_numbered_sections_of_a_report_are_no_articles() -> None:
    """The same headings under a chapter that is no statutes ("Hoofdstuk 1 Jaarverslag") are a report's sections."""
    report = extract_text(BOOK.replace("Hoofdstuk 1\nStatuten", "Hoofdstuk 1\nJaarverslag")
                          .replace("Hoofdstuk 2 Huishoudelijk reglement", "Hoofdstuk 2 Financiën")
                          .replace("Statuten en huishoudelijk reglement van", "Jaarverslag van"))
    assert report["articles"] == []
    assert report["document"]["kind"] != "statutes"
