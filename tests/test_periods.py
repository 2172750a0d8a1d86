"""A period for every figure (issue 19, point 2): what the text says of the figure's own period, its kind, and
the period in plain words where a user reads it."""

from __future__ import annotations

import pytest

from conftest import ROOT
from extractor.diff import messages
from extractor.figures.periods import period_kind
from extractor.pipeline import extract_file

LINKING = ROOT / "tests" / "fixtures" / "linking"
DEV = ROOT / "tests" / "fixtures" / "dev-reports"


@pytest.mark.parametrize("period,kind", [
    # the fiscal year, stated or not
    (None, "annual"), ("2023", "annual"), ("2023/2023", "annual"),
    # a day of the fiscal year: a stock
    ("2023-12-31", "point_in_time"),
    # since a start, up to the fiscal year
    ("2016/2023", "cumulative"), ("../2023", "cumulative"),
    # wholly another year
    ("2022", "other_year"), ("2022-12-31", "other_year"), ("../2017", "other_year"), ("2024", "other_year"),
    # a part of the fiscal year
    ("2023-05", "other"), ("2023-06/2023-12", "other"),
])
def test_period_kind(period: str | None, kind: str) -> None:
    assert period_kind(period, 2023) == kind


@pytest.mark.parametrize("period,words", [
    ("2017/2023", "2017 tot en met 2023"), ("../2024", "de periode tot en met 2024"),
    ("2016/..", "de periode vanaf 2016"), ("2023-05", "mei 2023"), ("2022-12-31", "31 december 2022"),
    ("2021", "2021"), ("2023-06/2023-12", "juni 2023 tot en met december 2023"),
])
def test_a_period_in_words_never_in_interval_notation(period: str, words: str) -> None:
    assert messages.period(period) == words
    assert "/" not in words and ".." not in words


def _figures(path, line: int) -> list[tuple]:
    return [(r["value"], r["period"], r["period_kind"]) for r in extract_file(path)["indicators"]
            if r["location"]["line"] == line]


def test_since_a_year_is_cumulative_up_to_the_fiscal_year() -> None:
    # "In totaal fietsten onze koeriers sinds 2016 al ruim 1,5 miljoen km."
    assert _figures(LINKING / "trapkracht-bijzonder-verslag-2023.txt", 12) == [(1500000, "2016/2023", "cumulative")]


def test_the_last_years_value_of_a_figure_is_of_last_year() -> None:
    # "groeide tot 55, tegenover 48 vorig jaar"
    assert _figures(LINKING / "trapkracht-bijzonder-verslag-2023.txt", 6)[:2] == [
        (55, "2023", "annual"), (48, "2022", "other_year")]


def test_a_date_right_after_the_figure_before_is_that_figures() -> None:
    # "De productie klom van 16.190 MWh in 2022 naar 17.480 MWh": 17.480 is of the report's year
    assert _figures(DEV / "windkracht-kempen-bijzonder-verslag-2023.txt", 72) == [
        (16190, "2022", "other_year"), (17480, "2023", "annual")]


def test_the_date_of_a_cited_law_never_dates_a_figure() -> None:
    # "(wet van 20 juli 1955) | Artikel 38: het dividend bedraagt maximaal 6 %"
    assert _figures(DEV / "windkracht-kempen-bijzonder-verslag-2022.md", 17) == [(6, "2022", "annual")]


def test_since_the_founding_in_a_year_is_from_that_year() -> None:
    # "Sinds de oprichting van het fonds in 2017 kregen al 97 gezinnen steun." (2023 report)
    assert (97, "2017/2023", "cumulative") in _figures(DEV / "windkracht-kempen-bijzonder-verslag-2023.txt", 91)


def _sources(path, line: int) -> list[tuple]:
    return [(r["raw"], r["period"], r["period_source"], r["period_kind"])
            for r in extract_file(path)["indicators"] if r["location"]["line"] == line]


def test_a_figure_whose_text_states_no_period_is_of_the_fiscal_year_and_says_so() -> None:
    # "groeide tot 55, tegenover 48 vorig jaar" (2023 report): 55 states no year, 48 states last year
    assert _sources(LINKING / "trapkracht-bijzonder-verslag-2023.txt", 6)[:2] == [
        ("55", "2023", "fiscal_year", "annual"), ("48", "2022", "stated", "other_year")]
    # "sinds 2016": stated, cumulative
    assert _sources(LINKING / "trapkracht-bijzonder-verslag-2023.txt", 12)[0][1:] == ("2016/2023", "stated",
                                                                                      "cumulative")


def test_a_statutory_ceiling_keeps_the_fiscal_year_by_default() -> None:
    # "Artikel 38: het dividend bedraagt maximaal 6 %" in the 2022 report: what the report says for 2022
    assert [s[1:] for s in _sources(DEV / "windkracht-kempen-bijzonder-verslag-2022.md", 17)] == [
        ("2022", "fiscal_year", "annual")]


def test_a_report_without_a_fiscal_year_leaves_an_unstated_period_null() -> None:
    from extractor.figures.periods import with_period_kind
    record = {"id": "x", "period": None, "rule": "r"}
    assert with_period_kind(record, None) == {"id": "x", "period": None, "period_kind": "annual",
                                              "period_source": None, "rule": "r"}
    assert with_period_kind(record, 2023)["period"] == "2023"
    # built again from its own JSON (a default already given), it stays a default, never a stated period
    again = with_period_kind(with_period_kind(record, 2023), 2023)
    assert (again["period"], again["period_source"]) == ("2023", "fiscal_year")


def test_the_default_year_neither_dates_a_series_row_nor_offsets_a_pairing() -> None:
    from extractor.figures.periods import stated_period
    assert stated_period({"period": "2023", "period_source": "fiscal_year"}) is None
    assert stated_period({"period": "2022", "period_source": "stated"}) == "2022"
