"""Periods of the figures a sentence gives at two moments (issue 19, point 2; devsets SHAPES2.md P7, SHAPES3.md
P7, P8, S15), one test each, in invented wording: the base of a comparison in brackets is last year's, a change
over the year spans the year before and its own whatever day its stock is counted on, the earlier end of a from-to
pair is of the moment before the later one."""

from __future__ import annotations

from extractor.pipeline import extract_text

CALENDAR = "DE GEREEDSCHAPSKIST CV\nJaarverslag 2026\n\n"
SPLIT = ("BUURTBAD DE KIKKER CV\n"
         "Bijzonder verslag over het boekjaar 2025-2026 (1 september 2025 tot 31 augustus 2026)\n\n")


def _periods(text: str, name: str) -> list[tuple]:
    return [(r["location"]["line"], r["raw"], r["period"], r["period_kind"])
            for r in extract_text(text, name=name)["indicators"]]


def test_the_base_of_a_comparison_in_brackets_is_last_years_on_its_day() -> None:
    # S15 / P7: "(402)" right after "een jaar eerder" is the count of a year before, on the same day
    text = CALENDAR + "Op 31 december telde het atelier 466 leners, 64 meer dan een jaar eerder (402).\n"
    assert _periods(text, "gereedschapskist-2026.txt")[2] == (4, "402", "2025-12-31", "other_year")
    text = SPLIT + "Op 31 augustus 2026 telde de coöperatie 512 vennoten, 58 meer dan een jaar eerder (454).\n"
    assert _periods(text, "buurtbad-de-kikker-2025-2026.txt")[2] == (4, "454", "2025-08-31", "other_year")


def test_a_signed_figure_in_brackets_after_the_comparison_is_the_change_not_last_years() -> None:
    text = CALENDAR + "De kosten daalden tegenover vorig jaar (-4 %).\n"
    assert _periods(text, "gereedschapskist-2026.txt") == [(4, "-4 %", "2025/2026", "change")]


def test_a_change_over_the_year_spans_the_year_whatever_day_its_stock_stands_on() -> None:
    # P8: the net change after a stock counted on a day is over the fiscal year, not of that day
    text = CALENDAR + "Op 31 december telde het atelier 466 leners, 64 meer dan een jaar eerder.\n"
    assert _periods(text, "gereedschapskist-2026.txt") == [
        (4, "466 leners", "2026-12-31", "point_in_time"), (4, "64", "2025/2026", "change")]
    text = SPLIT + "Eind augustus 2026 waren 412 gezinnen abonnee, 37 meer dan een jaar eerder.\n"
    assert _periods(text, "buurtbad-de-kikker-2025-2026.txt") == [
        (4, "412 gezinnen", "2026-08-31", "point_in_time"), (4, "37", "2025/2026", "change")]


def test_a_change_dated_to_the_fiscal_year_spans_it() -> None:
    text = CALENDAR + "De uitleningen stegen in 2026 met 7 %.\n"
    assert _periods(text, "gereedschapskist-2026.txt") == [(4, "7 %", "2025/2026", "change")]


def test_the_earlier_end_of_a_from_to_pair_is_of_the_moment_before_the_later_one() -> None:
    # P7: "van N naar M op 31 december": N a year before; W10: a change on a day, N the day before
    text = CALENDAR + ("Het aantal leners daalde van 212 naar 205 op 31 december 2026.\n"
                       "Op 1 januari steeg de jaarbijdrage van 85 naar 95 euro.\n"
                       "De omzet steeg van 1,2 naar 1,4 miljoen euro.\n"
                       "Het aantal herstellingen ging van 57 eind 2024 naar 61.\n")
    assert _periods(text, "gereedschapskist-2026.txt") == [
        (4, "212", "2025-12-31", "other_year"), (4, "205", "2026-12-31", "point_in_time"),
        (5, "85", "2025-12-31", "other_year"), (5, "95 euro", "2026-01-01", "point_in_time"),
        (6, "1,2", "2025", "other_year"), (6, "1,4 miljoen euro", "2026", "annual"),
        (7, "57", "2024-12-31", "other_year"), (7, "61", "2026", "annual")]
    text = SPLIT + "De jaarbijdrage steeg op 1 september 2025 van 185 naar 195 euro.\n"
    assert _periods(text, "buurtbad-de-kikker-2025-2026.txt") == [
        (4, "185", "2025-08-31", "other_year"), (4, "195 euro", "2025-09-01", "point_in_time")]


def test_a_change_measured_against_an_earlier_year_runs_from_it_to_the_fiscal_year() -> None:
    # P2 (SHAPES4): the year after "meer dan in", "tegenover" is the base of the change, not its period
    text = CALENDAR + ("De stroom kostte € 3.300, 12 % meer dan in 2025.\nEen groei van 4 % tegenover 2024.\n"
                       "We telden 412 leners, meer dan in 2025.\n")
    assert _periods(text, "gereedschapskist-2026.txt") == [
        (4, "€ 3.300", "2026", "annual"), (4, "12 %", "2025/2026", "change"), (5, "4 %", "2024/2026", "change"),
        (6, "412 leners", "2025", "other_year")]  # no change: the year stays as the text dates it


def test_a_state_since_a_month_of_the_year_is_of_the_year() -> None:
    # P3 (SHAPES3): a price after the raise of a month, a count since a month: of the fiscal year
    text = CALENDAR + ("Na de verhoging van januari kost een lidmaatschap 25 euro.\n"
                       "Sinds die aanpassing in maart betaal je 4,50 euro voor een dagkaart.\n"
                       "In maart 2026 leenden 40 scholen gereedschap.\n")
    assert _periods(text, "gereedschapskist-2026.txt") == [
        (4, "25 euro", "2026", "annual"), (5, "4,50 euro", "2026", "annual"),
        (6, "40 scholen", "2026-03", "other")]  # a month that starts nothing stays


def test_a_season_of_a_split_fiscal_year_and_last_season_are_fiscal_years() -> None:
    # P3 split year, P7 "in het vorige seizoen" (SHAPES3)
    text = SPLIT + ("In het najaar van 2025 werd het wandelpad met 0,8 km verlengd.\n"
                    "In het voorjaar van 2026 kwamen er 3 banen bij.\n"
                    "Er kwamen 66.450 zwemmers, tegenover 61.300 in het vorige seizoen.\n")
    assert _periods(text, "buurtbad-de-kikker-2025-2026.txt") == [
        (4, "0,8 km", "2025/2026", "annual"), (5, "3 banen", "2025/2026", "annual"),
        (6, "66.450 zwemmers", "2025/2026", "annual"), (6, "61.300", "2024/2025", "other_year")]
