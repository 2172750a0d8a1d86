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
        (55, None, "annual"), (48, "2022", "other_year")]


@pytest.mark.skipif(not DEV.exists(), reason="the development reports are not in this checkout")
def test_a_date_right_after_the_figure_before_is_that_figures() -> None:
    # "De productie klom van 16.190 MWh in 2022 naar 17.480 MWh": 17.480 is of the report's year
    assert _figures(DEV / "windkracht-kempen-bijzonder-verslag-2023.txt", 72) == [
        (16190, "2022", "other_year"), (17480, None, "annual")]


@pytest.mark.skipif(not DEV.exists(), reason="the development reports are not in this checkout")
def test_the_date_of_a_cited_law_never_dates_a_figure() -> None:
    # "(wet van 20 juli 1955) | Artikel 38: het dividend bedraagt maximaal 6 %"
    assert _figures(DEV / "windkracht-kempen-bijzonder-verslag-2022.md", 17) == [(6, None, "annual")]


@pytest.mark.skipif(not DEV.exists(), reason="the development reports are not in this checkout")
def test_since_the_founding_in_a_year_is_from_that_year() -> None:
    # "Sinds de oprichting van het fonds in 2017 kregen al 97 gezinnen steun." (2023 report)
    assert (97, "2017/2023", "cumulative") in _figures(DEV / "windkracht-kempen-bijzonder-verslag-2023.txt", 91)
