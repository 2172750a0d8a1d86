"""Digits grouped the other way round (issue 20, shape A1 of the real documents): a spreadsheet set to English
writes "€1,150,000", "-€703,786", "€18,023" even in a Dutch document. One number alone ("€18,023") may be either
way; the document decides (numbers.grouping_swapped): some number of it can only be read the English way and none
only the Dutch way. A dot before one or two digits glued to a unit ("€58.00", "0.5%") groups no thousands: a
decimal point, in any document (tests/fixtures/real-pdfs/nl-waterwoning-begroting-2024.pdf, page 11)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractor.dutch import numbers
from extractor.pipeline import extract_file, extract_text

ESTIMATE = Path(__file__).parent / "fixtures" / "real-pdfs" / "nl-waterwoning-begroting-2024.pdf"


@pytest.mark.parametrize("lines,swapped", [
    (["Subsidie €1,150,000", "Personeel -€703,786", "Materiaal €18,023"], True),  # two groups: English
    (["Totaal € 1,234.50"], True),  # a thousands group and decimals after a point
    (["Materiaal €18,023", "Reserve €227,000"], False),  # either way: the document says nothing
    (["Subsidie €1,150,000", "Inleg € 3,50"], False),  # a Dutch decimal comma: the Dutch way
    (["Subsidie €1,150,000", "Omzet 1.150.000 euro"], False),  # Dutch thousands dots
    (["Subsidie €1,150,000", "Project € 1.214,--"], False),  # a Dutch whole amount
    (["7.72 hr €58.00 €447,96", "CAR (0.5%) €1.426,42"], False),  # the real estimate: mixed, its commas Dutch
    (["Artikel 1,2,3 en 4"], False),  # no groups of three
])
def test_the_document_decides_the_grouping(lines: list[str], swapped: bool) -> None:
    assert numbers.grouping_swapped(lines) is swapped


BUDGET = """Begroting 2024

Inkomsten subsidie: €1,150,000
Uitgaven personeel: -€703,786
Uitgaven materiaal: -€18,023
Reserve: €227,000
Saldo: €18,023
Rente: 2.5% op de reserve
"""


def test_a_budget_grouped_the_english_way_reads_every_amount_so() -> None:
    found = [(i["value"], i["unit"], i["raw"]) for i in extract_text(BUDGET, fiscal_year=2024)["indicators"]]
    assert found == [(1150000, "EUR", "€1,150,000"), (-703786, "EUR", "-€703,786"), (-18023, "EUR", "-€18,023"),
                     (227000, "EUR", "€227,000"), (18023, "EUR", "€18,023"), (2.5, "%", "2.5%")]


def test_one_dutch_decimal_keeps_the_dutch_reading() -> None:
    found = [i["value"] for i in extract_text(BUDGET + "Inleg: € 3,50\n", fiscal_year=2024)["indicators"]]
    assert found == [1150000, -703.786, -18.023, 227000, 18.023, 2.5, 3.5]


@cache
def _estimate() -> dict:
    return extract_file(ESTIMATE)


@pytest.mark.slow
def test_decimal_points_glued_to_a_unit_in_the_real_estimate() -> None:
    """Page 11 (pdftotext -layout, by hand): five rows "Arbeidskosten <hours> hr €58.00 <total>" with totals
    written the Dutch way ("€1.010,42"), and "CAR (0.5%) €1.426,42". The percentage is read with its decimal
    point; the totals stay Dutch. (The prices "€58.00" are read so too, but the reader gives that column as one
    line "Eenheid Prijs hr hr hr hr hr €58.00 ...", which is withheld as a passage in another language.)"""
    page = [i for i in _estimate()["indicators"] if i["location"]["page"] == 11]
    assert [(i["value"], i["unit"]) for i in page if i["raw"] == "0.5%"] == [(0.5, "%")]
    assert [i["value"] for i in page if i["raw"] in ("€1.010,42", "€1.426,42", "€4.595,63")] \
        == [1010.42, 4595.63, 1426.42]  # the page's order, top to bottom (lines 3, 6, 13 of pdftotext -layout)
