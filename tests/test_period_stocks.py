"""A period for every figure (issue 19, point 2): a stock (members, staff, shares, capital, a balance sheet's
items) stands at a moment, a flow runs over the year. Where the text gives a stock no day it stands on the day the
fiscal year closes; "eind 2023", "op het einde van het jaar" are that day; members who joined, left or came to a
meeting, an average and a flow keep the year. The report is made up for this test, in the wordings the held-out
writers use (patterns/lexicon.yaml `stocks`, patterns/dates.yaml `end_words`, `year_end_phrases`)."""

from __future__ import annotations

from functools import cache

import pytest

from extractor.figures.stocks import closing_day
from extractor.pipeline import extract_text

REPORT = """DE SPAAK CV
Jaarverslag 2023

Kerncijfers
Leden: 412
Medewerkers: 14 (11,2 VTE)
Vrijwilligers: 41

We herstelden 1.290 fietsen en haalden een omzet van 201.900 euro.
Eind 2023 telden we 388 leden. Er traden 41 nieuwe leden toe en 12 leden zegden op.
De leden bezitten samen 1.552 aandelen, een kapitaal van 77.600 euro.
Op het einde van het jaar hadden 1.040 vaste klanten een klantenkaart.
Het eigen vermogen bedroeg eind 2023 118.600 euro. De langlopende schulden bedroegen 84.000 euro.
Er waren 64 leden aanwezig op de algemene vergadering.
We stelden gemiddeld 9,6 VTE tewerk.
Vorig jaar telde de coöperatie 350 vennoten.
Eind augustus 2023 werkten er 13 medewerkers.
"""


@cache
def _figures() -> list[tuple]:
    return [(r["location"]["line"], r["raw"], r["period"], r["period_kind"], r["period_source"])
            for r in extract_text(REPORT)["indicators"]]


@pytest.mark.parametrize("expected", [
    # a key-figure box: members and staff (and the FTE that restate them) on the closing day, volunteers of the year
    (5, "412", "2023-12-31", "point_in_time", "closing_day"),
    (6, "14", "2023-12-31", "point_in_time", "closing_day"),
    (6, "11,2 VTE", "2023-12-31", "point_in_time", "closing_day"),
    (7, "41", "2023", "annual", "fiscal_year"),
    # flows: of the year
    (9, "1.290 fietsen", "2023", "annual", "fiscal_year"),
    (9, "201.900 euro", "2023", "annual", "fiscal_year"),
    # "eind 2023": its last day; members who joined or left: movements of the year
    (10, "388 leden", "2023-12-31", "point_in_time", "stated"),
    (10, "41 nieuwe leden", "2023", "annual", "fiscal_year"),
    (10, "12 leden", "2023", "annual", "fiscal_year"),
    # shares and capital: stocks
    (11, "1.552 aandelen", "2023-12-31", "point_in_time", "closing_day"),
    (11, "77.600 euro", "2023-12-31", "point_in_time", "closing_day"),
    # the end of the year without a date: the closing day, whatever the figure counts
    (12, "1.040 vaste klanten", "2023-12-31", "point_in_time", "stated"),
    # balance-sheet items: the text's "eind 2023", and a debt the text gives no day
    (13, "118.600 euro", "2023-12-31", "point_in_time", "stated"),
    (13, "84.000 euro", "2023-12-31", "point_in_time", "closing_day"),
    # members at a meeting: no stock; an average over the year: no stock
    (14, "64 leden", "2023", "annual", "fiscal_year"),
    (15, "9,6 VTE", "2023", "annual", "fiscal_year"),
    # last year's members: on last year's closing day
    (16, "350 vennoten", "2022-12-31", "other_year", "stated"),
    # the end of a month: its last day
    (17, "13 medewerkers", "2023-08-31", "point_in_time", "stated"),
], ids=lambda e: f"{e[0]}:{e[1]}")
def test_every_figure_of_a_report_has_its_period(expected: tuple) -> None:
    assert expected in _figures()


def test_nothing_else_is_found() -> None:
    assert len(_figures()) == 18


def test_the_closing_day_of_a_calendar_and_of_a_split_fiscal_year() -> None:
    assert closing_day(2023) == "2023-12-31"
    assert closing_day(2023, True, "2023-06-30") == "2023-06-30"
    assert closing_day(2022, True, "2023-06-30") == "2022-06-30"
    assert closing_day(2023, True, None) is None  # the day is not known: the fiscal year stays


def test_a_split_fiscal_years_stock_stands_on_its_closing_day() -> None:
    text = ("DE LINDE CV\nJaarverslag 2022-2023\n\nHet boekjaar liep van 1 juli 2022 tot 30 juni 2023.\n\n"
            "De coöperatie telt 702 vennoten. We leverden 18.300 MWh warmte.")
    found = [(r["raw"], r["period"], r["period_kind"]) for r in extract_text(text)["indicators"]]
    assert ("702 vennoten", "2023-06-30", "point_in_time") in found
    assert ("18.300 MWh", "2022/2023", "annual") in found


def test_a_total_row_adds_up_whatever_its_rows_count() -> None:
    # members (a stock) in a box beside counts that are no stock: one period for the sum, no finding
    from extractor.diff import check_draft, findings_to_json
    text = "DE SPAAK CV\nJaarverslag 2023\n\nLeden\nGebruikers\t301\nSteunende leden\t87\nTotaal\t388\n"
    report = extract_text(text)
    kinds = [r["kind"] for r in report["relations"]]
    assert "part_whole" in kinds
    findings = findings_to_json(check_draft(report, []))["findings"]
    assert not [f for f in findings if f["rule"].startswith("internal.parts")]
