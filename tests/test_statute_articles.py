"""A document that is statutes records its articles with their titles, however the statutes set their headings
(issue 20): the title on the heading's line or on the line under it, roman numerals ("Artikel IV" is article 4),
sub-articles ("Artikel 6.1"); a heading without a title keeps none, the article's first sentence is no title."""

from __future__ import annotations

from extractor.pipeline import extract_text

STATUTES = """STATUTEN

Stichting De Brug

Artikel I
Naam
De stichting draagt de naam Stichting De Brug.

Artikel II - Zetel
De stichting heeft haar zetel in Gent.

Artikel III
Doel
De stichting heeft tot doel de buurt te verbinden.

Artikel IV. Middelen
De middelen bestaan uit giften.

Artikel 5
Bestuur
Het bestuur bestaat uit 3 leden.

Artikel 6.1 Boekjaar
Het boekjaar valt samen met het kalenderjaar.

Artikel 7
Het bestuur vergadert op de zetel.
"""


def test_statutes_headings_in_every_form_are_articles_with_their_titles() -> None:
    report = extract_text(STATUTES)
    assert report["document"]["kind"] == "statutes"
    assert [(a["article"], a["title"], a["location"]["line"]) for a in report["articles"]] == [
        ("1", "Naam", 5), ("2", "Zetel", 9), ("3", "Doel", 12), ("4", "Middelen", 16), ("5", "Bestuur", 19),
        ("6.1", "Boekjaar", 23), ("7", None, 26)]
    assert report["statute_references"] == []
    # statutes' numbers are rules ("Het bestuur bestaat uit 3 leden"), no figures a report gives (issue 20)
    assert [i["raw"] for i in report["indicators"]] == []


def test_a_roman_numeral_needs_capitals() -> None:
    report = extract_text(STATUTES.replace("Artikel I\n", "Artikel i\n"))
    assert [a["article"] for a in report["articles"]][:2] == ["2", "3"]
