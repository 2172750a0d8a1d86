"""Key figures as "cards" in a Chromium-printed page (tests/make_card_grid_pdfs.py builds both PDFs from the HTML
beside them): a CSS grid of boxes, each a big number with its label under it or over it, a unit line ("in euro",
"in km", "in duizend euro") and a small line of an earlier period's figure ("vorig jaar: 1.102", "2022: 3.100").
Per cell: page, line, value as written and read, unit, period, row label, parent, column header, scale, total.
A grid of cards whose values are no figures (a phone number, an enterprise number, an account) is no table.

Was: the reader joined the big numbers of a grid row into one table row without labels (its labels read apart), the
small lines read as prose: "86.450" labelled "omzet (verhuurd of in beheer)" with the unit "omzet", "1.102" as
"in euro", the numbers of the second grid as "getal"."""

from __future__ import annotations

from pathlib import Path

from extractor.pipeline import extract_file
from table_cells import cells as _cells

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _series(report: dict, label: str) -> set[str]:
    return {i["id"] for i in report["indicators"] if i.get("table", {}).get("row") == label}


def test_cards_with_the_label_under_the_number_a_unit_line_and_last_year() -> None:
    report = extract_file(FIXTURES / "kaarten-fietsdelers-2023.pdf")
    assert report["document"]["fiscal_year"] == 2023
    # (lines: the visual rows of the page, the cards of a row side by side sharing them. pdftotext -layout prints
    # this grid, whose middle card has a unit line "in euro" over its number, in six rows a grid where this reads
    # five: it puts "1.284" over "in euro", and "leden" apart from "86.450", 3 pt higher; here "in euro" is row 5,
    # the numbers 1.284 and 41 row 6, 86.450 row 7 with the labels beside it (their baselines 3 pt apart))
    assert _cells(report, 1) == [
        (1, 6, '1.284', 1284, None, '2023-12-31', 'leden', None, '', None, False),
        (1, 6, '41', 41, None, '2023', 'deelfietsen in de vloot', None, '', None, False),
        (1, 7, '86.450', 86450, 'EUR', '2023', 'omzet uit verhuur', None, '', None, False),
        (1, 8, '1.102', 1102, None, '2022-12-31', 'leden', None, 'vorig jaar', None, False),
        (1, 8, '35', 35, None, '2022', 'deelfietsen in de vloot', None, 'vorig jaar', None, False),
        (1, 9, '71.900', 71900, 'EUR', '2022', 'omzet uit verhuur', None, 'vorig jaar', None, False),
        (1, 11, '23.560', 23560, None, '2023', 'ritten', None, '', None, False),
        (1, 11, '6', 6, None, '2023', 'vrijwillige herstellers', None, '', None, False),
        (1, 12, '118.400', 118400, 'km', '2023', 'afgelegde afstand', None, '', None, False),
        (1, 13, '19.870', 19870, None, '2022', 'ritten', None, 'vorig jaar', None, False),
    ]
    assert {i["table"].get("title") for i in report["indicators"] if "table" in i} == {"Ons jaar in cijfers"}
    # this year's number and last year's line of one card are one quantity
    assert len(_series(report, "omzet uit verhuur")) == 1 and len(_series(report, "ritten")) == 1


def test_cards_with_the_label_over_the_number_a_year_line_and_a_grid_of_no_figures() -> None:
    report = extract_file(FIXTURES / "kaarten-zorgboerderij-2023.pdf")
    assert report["document"]["fiscal_year"] == 2023
    # (lines: the visual rows of the page as pdftotext -layout prints them, a row of cards sharing its lines)
    assert _cells(report, 1) == [
        (1, 5, '3.480', 3480, None, '2023', 'Bezoekers', None, '', None, False),
        (1, 5, '1.920', 1920, None, '2023', 'Zorgdagen', None, '', None, False),
        (1, 5, '€ 48.200', 48200, 'EUR', '2023', 'Subsidies', None, '', None, False),
        (1, 6, '3.100', 3100, None, '2022', 'Bezoekers', None, '2022', None, False),
        (1, 6, '1.875', 1875, None, '2022', 'Zorgdagen', None, '2022', None, False),
        (1, 6, '€ 44.900', 44900, 'EUR', '2022', 'Subsidies', None, '2022', None, False),
        (1, 8, '14', 14, None, '2023', 'Zorgboeren', None, '', None, False),
        (1, 8, '87 %', 87, '%', '2023', 'Bezettingsgraad', None, '', None, False),
        (1, 8, '22', 22, None, '2023', 'Nieuwe deelnemers', None, '', None, False),
        (1, 9, '12', 12, None, '2022', 'Zorgboeren', None, '2022', None, False),
        (1, 9, '81 %', 81, '%', '2022', 'Bezettingsgraad', None, '2022', None, False),
        (1, 12, '412', 412000, 'EUR', '2023', 'Omzet hoevewinkel', None, '', 1000, False),
        (1, 13, '388', 388000, 'EUR', '2022', 'Omzet hoevewinkel', None, '2022', 1000, False),
    ]
    assert {i["table"].get("title") for i in report["indicators"] if "table" in i} == {"Kerncijfers"}
    # the contact cards (phone, enterprise number, bank account) are no table and their numbers no figures (was:
    # the phone number its card cut after "09 223 45" gave 223 and 45, labelled "telefoon")
    assert not [i for i in report["indicators"] if i["location"]["line"] >= 15]  # "Contact" is line 15


def test_centred_cards_last_year_in_brackets_or_without_a_colon_and_a_wrapped_scale() -> None:
    report = extract_file(FIXTURES / "kaarten-woonco-2023.pdf")
    # per card, whatever table the page's order puts it in (it reads the paragraph under the grid between the
    # second card and the third: two tables of two cards each). Lines: the page's visual rows; the second card's
    # "miljoen", the rest of "€ 1,2" wrapped in 24 pt, is a row of its own here (its baseline 6 pt under the small
    # lines beside it), where pdftotext -layout prints it beside them, so "€ 1,1 miljoen" is 9 here, 8 there
    cards = [c for t in (1, 2) for c in _cells(report, t)]
    assert cards == [
        (1, 4, '312', 312, None, '2023', 'woningen', None, '', None, False),
        (1, 4, '€ 1,2', 1200000, 'EUR', '2023', 'huurinkomsten', None, '', 1000000, False),
        (1, 6, '298', 298, None, '2022', 'woningen', None, '2022', None, False),
        (1, 9, '€ 1,1 miljoen', 1100000, 'EUR', '2022', 'huurinkomsten', None, '2022', 1000000, False),
        (1, 4, '97 %', 97, '%', '2023', 'bezetting', None, '', None, False),
        (1, 4, '18', 18, None, '2023-12-31', 'medewerkers', None, '', None, False),
        (1, 6, '95 %', 95, '%', '2022', 'bezetting', None, 'vorig jaar', None, False),
        (1, 6, '17', 17, None, '2022-12-31', 'medewerkers', None, 'vorig jaar', None, False),
    ]
    assert len([i for i in report["indicators"] if "table" in i]) == len(report["indicators"])
