"""One quantity told twice in one report, in a sentence and in a table's cell (issue 19, SHAPES5 E10-A1): the two
are one node for the linker (extractor/diff/told_twice.py), so the quantity keeps one series whichever of them the
next report repeats; two quantities of one report never share one."""

from __future__ import annotations

import pytest

from extractor.diff.told_twice import bounds, names_row, one_quantity
from linked_fixtures import written_and_linked


def _text(raw: str, value: float, unit: str | None, sentence: str, qualifier: str = "exact",
          period: str = "2023", key: str = "other.x") -> dict:
    return {"id": key, "raw": raw, "value": value, "unit": unit, "qualifier": qualifier, "period": period,
            "sentence": sentence, "period_kind": "annual"}


def _cell(raw: str, value: float, row: str, unit: str | None = None, period: str = "2023",
          key: str = "other.y", table_unit: str | None = None) -> dict:
    return {"id": key, "raw": raw, "value": value, "unit": unit, "qualifier": "exact", "period": period,
            "sentence": f"{row} | {raw}", "period_kind": "annual",
            "table": {"table": 1, "row": row, "column": period[:4], "unit": table_unit}}


# ---- what a figure as written covers --------------------------------------------------------------------------

@pytest.mark.parametrize("raw, value, qualifier, low, high", [
    # rounded with a multiplier word: half the last digit either side
    ("0,9 miljoen euro", 900_000, "exact", 850_000, 950_000),
    ("1,25 miljoen euro", 1_250_000, "exact", 1_245_000, 1_255_000),
    ("2 miljoen euro", 2_000_000, "exact", 1_500_000, 2_500_000),
    # a cell in thousands (the table's scale made the value)
    ("912", 912_000, "exact", 911_500, 912_500),
    # exact digits, thousands dots, decimal comma
    ("4.630 euro", 4630, "exact", 4629.5, 4630.5),
    ("2,4 VTE", 2.4, "exact", 2.35, 2.45),
    # an approximation: a twentieth of the value either side; "bijna" below
    ("Bijna 300 gezinnen", 300, "approximately", 285, 315),
    ("meer dan 300 gezinnen", 300, "at_least", 299.5, 315),
    ("hoogstens 300 gezinnen", 300, "at_most", 285, 300.5),
    # a written numeral
    ("zes deelwagens", 6, "exact", 5.5, 6.5),
])
def test_a_figure_covers_the_values_its_last_digit_and_qualifier_allow(raw, value, qualifier, low, high) -> None:
    found = bounds({"raw": raw, "value": value, "qualifier": qualifier})
    assert found is not None
    assert (found.low, found.high) == pytest.approx((low, high))


# ---- a sentence's figure and a cell: one quantity or two ------------------------------------------------------

@pytest.mark.parametrize("text, cell", [
    # the unit of measure names it in both
    (_text("3,3 VTE", 3.3, "FTE", "Er zijn nu vijf mensen in dienst, goed voor 3,3 VTE.", key="employment.fte"),
     _cell("3,3", 3.3, "Medewerkers (VTE)", "FTE", table_unit="FTE")),
    # the sentence names the row, rounded and exact
    (_text("0,9 miljoen euro", 900_000, "EUR", "De investeringen bedroegen 0,9 miljoen euro."),
     _cell("912", 912_000, "Investeringen", "EUR")),
    (_text("1,2 miljoen euro", 1_200_000, "EUR", "De investeringen van dit jaar kwamen uit op 1,2 miljoen euro."),
     _cell("1.184.000", 1_184_000, "Investeringen (EUR)", "EUR")),
    # an approximation and the exact count of a row of no unit
    (_text("Bijna 300 gezinnen", 300, "gezinnen", "Bijna 300 gezinnen staan op de wachtlijst.", "approximately"),
     _cell("296", 296, "Wachtlijst")),
    # a label of no use ("goed") and the fund the sentence and the row name
    (_text("4.630 euro", 4630, "EUR", "Ons mobiliteitsfonds gaf 21 gezinnen een korting, samen goed voor 4.630 euro."),
     _cell("4.630", 4630, "Mobiliteitsfonds", "EUR")),
    # a compound row of the sentence's noun
    (_text("38 wagens", 38, "wagens", "Eind 2022 telde de vloot 38 wagens.", period="2022-12-31"),
     _cell("38", 38, "Deelwagens", period="2022")),
    # one key
    (_text("6.480 euro", 6480, "EUR", "Het fonds kreeg 6.480 euro.", key="other.fonds_euro"),
     _cell("6.480", 6480, "Fonds", "EUR", key="other.fonds_euro")),
])
def test_a_sentence_and_a_cell_state_one_quantity(text, cell) -> None:
    year = int(text["period"][:4])
    assert one_quantity(text, cell, year)
    assert one_quantity(cell, text, year)


@pytest.mark.parametrize("text, cell", [
    # the sentence names another row
    (_text("0,9 miljoen euro", 900_000, "EUR", "De omzet kwam uit op 0,9 miljoen euro."),
     _cell("912.000", 912_000, "Investeringen (EUR)", "EUR")),
    # the values disagree beyond the rounding
    (_text("Bijna 300 gezinnen", 300, "gezinnen", "Bijna 300 gezinnen staan op de wachtlijst.", "approximately"),
     _cell("250", 250, "Wachtlijst")),
    (_text("1,2 miljoen euro", 1_200_000, "EUR", "De investeringen bedroegen 1,2 miljoen euro."),
     _cell("1.020.000", 1_020_000, "Investeringen", "EUR")),
    # last year's column
    (_text("0,9 miljoen euro", 900_000, "EUR", "De investeringen bedroegen 0,9 miljoen euro."),
     _cell("912.000", 912_000, "Investeringen", "EUR", period="2022")),
    # another unit: a head count and a row in FTE
    (_text("drie medewerkers", 3, "medewerkers", "Er werken drie medewerkers."),
     _cell("3,0", 3.0, "Medewerkers (VTE)", "FTE", table_unit="FTE")),
    # an amount names nothing by its unit
    (_text("5.000 euro", 5000, "EUR", "De gift bedroeg 5.000 euro."),
     _cell("5.000", 5000, "Reserves (EUR)", "EUR", table_unit="EUR")),
    # a total since the start
    (dict(_text("14 wagens", 14, "wagens", "Sinds 2019 bouwden we al 14 wagens om."), period_kind="cumulative"),
     _cell("14", 14, "Omgebouwde wagens")),
])
def test_two_quantities_of_one_report_stay_apart(text, cell) -> None:
    assert not one_quantity(text, cell, 2023)


@pytest.mark.parametrize("sentence, row, named", [
    ("Vier medewerkers vormen het team.", "Medewerkers (VTE)", True),
    ("Vier werknemers vormen het team.", "Medewerkers", True),  # one concept of the lexicon
    ("De vloot telde 38 wagens.", "Deelwagens", True),
    ("Het jaar sloot met een winst van 41.230 euro.", "Omzet", False),
    ("De omzet steeg.", "Omzet en subsidies", False),  # every word of the label
    ("", "Omzet", False),
])
def test_a_sentence_names_a_row(sentence, row, named) -> None:
    assert names_row(sentence, row) is named


# ---- across the years -----------------------------------------------------------------------------------------

def test_a_quantity_told_in_a_sentence_and_a_table_keeps_one_series(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # 2023 tells each quantity twice: the text (rounded, approximate, or badly labelled) and the key-figure
    # table; 2024 only the table, 2025 only the text: each quantity is one series through the three years, and
    # the turnover of 0,9 miljoen euro, the value of the investments rounded, stays a series of its own
    first, second, third = written_and_linked(tmp_path, "De Rijdende Raap", (
        (2023, "Eind 2023 telde de coöperatie 2,4 VTE chauffeurs. De investeringen in wagens bedroegen in 2023 "
               "0,9 miljoen euro. Ons waarborgfonds sprong 17 leden bij met samen 6.480 euro. Bijna 300 gezinnen "
               "staan op de wachtlijst. De omzet kwam uit op 0,9 miljoen euro.\n\n"
               "| | 2022 | 2023 |\n|---|---:|---:|\n| Chauffeurs (VTE) | 2,1 | 2,4 |\n"
               "| Investeringen (EUR) | 640.000 | 912.000 |\n| Waarborgfonds (EUR) | 5.100 | 6.480 |\n"
               "| Wachtlijst | 250 | 296 |\n"),
        (2024, "| | 2023 | 2024 |\n|---|---:|---:|\n| Chauffeurs (VTE) | 2,4 | 2,8 |\n"
               "| Investeringen (EUR) | 912.000 | 1.020.000 |\n| Waarborgfonds (EUR) | 6.480 | 7.020 |\n"
               "| Wachtlijst | 296 | 340 |\n\nDe omzet kwam uit op 1,1 miljoen euro.\n"),
        (2025, "We telden 3,1 VTE chauffeurs. De investeringen bedroegen 1,3 miljoen euro. Het waarborgfonds gaf "
               "8.100 euro. Op de wachtlijst staan 362 gezinnen. De omzet kwam uit op 1,2 miljoen euro.\n")))
    assert [(r["location"]["line"], r["raw"]) for r in first["indicators"]] == [
        (3, "2,4 VTE"), (3, "0,9 miljoen euro"), (3, "17 leden"), (3, "6.480 euro"), (3, "Bijna 300 gezinnen"),
        (3, "0,9 miljoen euro"), (7, "2,1"), (7, "2,4"), (8, "640.000"), (8, "912.000"), (9, "5.100"), (9, "6.480"),
        (10, "250"), (10, "296")]
    fte, invest, members, fund, waiting, turnover = [r["series"] for r in first["indicators"][:6]]
    assert len({fte, invest, members, fund, waiting, turnover}) == 6
    assert [r["series"] for r in first["indicators"][6:]] == [fte, fte, invest, invest, fund, fund, waiting, waiting]
    assert [(r["raw"], r["series"]) for r in second["indicators"] if r["period"] == "2024"] == [
        ("2,8", fte), ("1.020.000", invest), ("7.020", fund), ("340", waiting), ("1,1 miljoen euro", turnover)]
    assert [r["series"] for r in third["indicators"]] == [fte, invest, fund, waiting, turnover]
