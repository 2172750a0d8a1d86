"""Periods of the shapes of devsets SHAPES.md / SHAPES2.md (issue 19, point 2), one test each, in invented
wording: a stock in a table's column stands on the day its column's year closes (P1), a day in a row's label is
that day of the column's year (W4), the staff counted in full-time equivalents is a stock like the headcount."""

from __future__ import annotations

from functools import cache

import pytest

from extractor.pipeline import extract_text

KEY_FIGURES = """DE GEREEDSCHAPSKIST CV
Jaarverslag 2026

Kerncijfers

| | Boekjaar | Vorig boekjaar |
|---|---|---|
| Uitleningen | 14.200 | 13.100 |
| Eigen vermogen | 212.400 | 199.000 |
| Team (VTE) | 7,8 | 7,1 |
| Leners op 31 december | 640 | 602 |
| Kaspositie (31/12) | 18.300 | 21.900 |
"""


@cache
def _cells() -> list[tuple]:
    return [(r["location"]["line"], r["raw"], r["period"], r["period_kind"], r["id"])
            for r in extract_text(KEY_FIGURES, name="gereedschapskist-2026.md")["indicators"]]


@pytest.mark.parametrize("expected", [
    # a flow: its column's year
    (8, "14.200", "2026", "annual", "other.uitlening"),
    (8, "13.100", "2025", "other_year", "other.uitlening"),
    # P1: a balance item and the staff in FTE stand on the day their column's year closes
    (9, "212.400", "2026-12-31", "point_in_time", "other.vermogen"),
    (9, "199.000", "2025-12-31", "other_year", "other.vermogen"),
    (10, "7,8", "2026-12-31", "point_in_time", "other.werknemer_vte"),
    (10, "7,1", "2025-12-31", "other_year", "other.werknemer_vte"),
    # W4: the row's label names the day, the column the year; the day is no word of the quantity's key
    (11, "640", "2026-12-31", "point_in_time", "other.lener"),
    (11, "602", "2025-12-31", "other_year", "other.lener"),
    (12, "18.300", "2026-12-31", "point_in_time", "other.kaspositie"),
    (12, "21.900", "2025-12-31", "other_year", "other.kaspositie"),
], ids=lambda e: f"{e[0]}:{e[1]}")
def test_a_cell_of_a_stock_or_of_a_dated_row_stands_on_its_day(expected: tuple) -> None:
    assert expected in _cells()


def test_the_cells_of_a_column_still_add_up_whatever_their_rows_count() -> None:
    # the members (a stock, on the closing day) and the two kinds that make them up (no stock, the year):
    # one column, one period for the sum, no finding
    from extractor.diff import check_draft, findings_to_json
    text = ("DE GEREEDSCHAPSKIST CV\nJaarverslag 2026\n\n| | 2026 | 2025 |\n|---|---|---|\n"
            "| Leners | 412 | 380 |\n| Werkers | 81 | 77 |\n| Aantal leden | 493 | 457 |\n")
    report = extract_text(text, name="gereedschapskist-2026.md")
    periods = {(r["raw"], r["period"]) for r in report["indicators"]}
    assert {("493", "2026-12-31"), ("457", "2025-12-31"), ("412", "2026")} <= periods
    wholes = [m["raw"] for r in report["relations"] if r["kind"] == "part_whole"
              for m in r["indicators"] if m["role"] == "whole"]
    assert sorted(wholes) == ["457", "493"]
    findings = findings_to_json(check_draft(report, []))["findings"]
    assert not [f for f in findings if f["rule"].startswith("internal.parts")]


SENTENCES = """DE GEREEDSCHAPSKIST CV
Jaarverslag 2026

Sinds de opening in maart 2019 leenden we in totaal 61.400 stuks gereedschap uit.
31 cursisten slaagden (in 2025 waren dat er 26) en 9 kregen een vast contract.
Er werden 9.760 stuks uitgeleend (2025: 9.320), een stijging met 4,7 %.
"""


@cache
def _sentence_figures() -> list[tuple]:
    return [(r["location"]["line"], r["raw"], r["period"], r["period_kind"])
            for r in extract_text(SENTENCES, name="gereedschapskist-2026.txt")["indicators"]]


@pytest.mark.parametrize("expected", [
    # P5: counted since a start named with its month, a few words after "sinds": from that year to this one
    (4, "61.400 stuks", "2019/2026", "cumulative"),
    # P6: a year in brackets with a figure of its own dates that figure only
    (5, "31 cursisten", "2026", "annual"),
    (5, "26", "2025", "other_year"),
    (5, "9", "2026", "annual"),
    (6, "9.760 stuks", "2026", "annual"),
    (6, "9.320", "2025", "other_year"),
    (6, "4,7 %", "2025/2026", "change"),
], ids=lambda e: f"{e[0]}:{e[1]}")
def test_a_date_dates_the_figures_it_stands_with(expected: tuple) -> None:
    assert expected in _sentence_figures()


def test_since_a_month_whose_year_is_not_written_counts_from_no_start() -> None:
    """'Sinds oktober' is a month of the year (the state since then: five workbenches), not a start that a total
    is counted from ('sinds de opening in maart 2019'): a count that became an open span lost its link to last
    year's 'vier werkbanken' (devsets/REGRESS-10469df.md, L3)."""
    text = "DE GEREEDSCHAPSKIST CV\nJaarverslag 2026\n\nSinds oktober kunnen leden ook gebruikmaken van vijf werkbanken.\n"
    found = [(r["raw"], r["period"], r["period_kind"])
             for r in extract_text(text, name="gereedschapskist-2026.txt")["indicators"]]
    assert found == [("vijf werkbanken", "2026", "annual")]  # the state since a month of the year: of the year
