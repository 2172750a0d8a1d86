"""A real cost estimate (issue 20, shape D6 of the real documents): a clean text layer is no garbled one because
its words are item codes, units and compounds. tests/fixtures/real-pdfs/nl-waterwoning-begroting-2024.pdf (source
and per-page notes in that folder's README) was exported by wkhtmltopdf with fonts that map every glyph; its pages
1, 4 and 10 were taken for garbled (the share of their words simplemma knows was below a half: "Arbeidskosten" 35
times on page 10, "m²", "mm" and "hr" after each quantity) and every figure on them was withheld."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractor.document import quality
from extractor.pipeline import extract_file

ESTIMATE = Path(__file__).parent / "fixtures" / "real-pdfs" / "nl-waterwoning-begroting-2024.pdf"


@cache
def _estimate() -> dict:
    return extract_file(ESTIMATE)


def _garbled_pages() -> list[int]:
    return [page for w in _estimate()["warnings"] if w["code"] == "text.garbled" for page in w["values"]["pages"]]


@pytest.mark.slow
@pytest.mark.parametrize("page", [1, 4, 10])
def test_a_clean_page_of_codes_units_and_compounds_is_not_garbled(page: int) -> None:
    assert page not in _garbled_pages()


@pytest.mark.slow
def test_the_amounts_of_the_first_page_are_kept() -> None:
    """The Prijs, Subtotaal and Totaal columns of page 1, read by hand (pdftotext -layout), in the page's order:
    row by row, each row's price before its subtotal (the records are in the order of their locations, the lines a
    user sees; was: column by column in each row group, the reader's order)."""
    amounts = [i["raw"] for i in _estimate()["indicators"] if i["location"]["page"] == 1 and i["unit"] == "EUR"]
    assert amounts == ["€1.194,73", "€32.072,90", "€2,64", "€83,96", "€4,47", "€142,15", "€1,19", "€37,95",
                       "€2,64", "€47,35", "€4,62", "€82,86", "€6,03", "€108,15", "€18,92", "€339,35", "€3,70",
                       "€66,36", "€1,19", "€21,34", "€3,30", "€59,19", "€1,19", "€21,40", "€3,21", "€417,56",
                       "€4,62", "€414,79", "€9,27", "€1.205,85"]


@pytest.mark.slow
def test_the_labour_amounts_of_page_ten_are_kept() -> None:
    first = [(i["location"]["line"], i["value"]) for i in _estimate()["indicators"]
             if i["location"]["page"] == 10 and i["unit"] == "EUR"][:4]
    assert first == [(2, 329.7), (3, 329.7), (4, 622.6), (5, 219.8)]  # pdftotext -layout's lines (the repeated
    # column heads, furniture, are line 1; was 52-55: the page read cell by cell)


@pytest.mark.parametrize("text,dutch", [
    # compounds of words the dictionary knows; the units after the quantities are no words of the text
    ("53949 Arbeidskosten 5.68 hr €58.00 €329,70\n" * 9, 1.0),
    ("Funderingsconstructies\nBevestigingsmiddelen 31.80 m² €1,19\nHoofddraagconstructies 12 m³\n"
     "Bodemvoorzieningen 4 stuks\n", 1.0),
    # no compounds of fragments that are no words
    ("gtuxÄÄtÜ áv ^táBUtÇ UÉx ECDF fà Çz VâÜxÇt VâÜxÇt gtuxÄÄtÜ", 0.0),
])
def test_share_of_dutch_words(text: str, dutch: float) -> None:
    assert quality.measure(text).dutch == dutch


@pytest.mark.slow
def test_the_placeholder_client_name_is_no_organisation() -> None:
    """Page 1 says "Naam: Naam klant": the template's field, not filled in. The estimate names no organisation."""
    assert _estimate()["document"]["organisation"] is None


@pytest.mark.parametrize("line,organisation", [
    ("Naam: Naam klant", None),
    ("Opdrachtgever: opdrachtgever", None),
    ("Naam: Stichting Waterwonen Friesland", "Stichting Waterwonen Friesland"),
    ("Naam : Naamloze Vennootschap Het Anker", "Naamloze Vennootschap Het Anker"),
])
def test_a_form_field_that_repeats_its_label_is_a_placeholder(line: str, organisation: str | None) -> None:
    from extractor.pipeline import extract_text

    text = f"Begroting 2024\n\n{line}\n\nDe kosten bedragen € 12.500.\n"
    assert extract_text(text, name="begroting-2024.txt")["document"]["organisation"] == organisation
