"""A figure allows what its qualifier says and what its writing rounds: "2,6 miljoen" is not a restatement of
2.612.400, but 2,6 and 2,7 miljoen are two figures (extractor/diff/bounds.py)."""

from __future__ import annotations

from math import inf

import pytest

from extractor.diff.bounds import bounds, highest, lowest, rounding


def _overlap(a: dict, b: dict) -> bool:
    return lowest(a) <= highest(b) and lowest(b) <= highest(a)


@pytest.mark.parametrize(("raw", "value", "margin"), [
    ("2,6 miljoen euro", 2_600_000, 49_000),      # a million-word with one decimal: the last digit is 100.000
    ("2.612", 2_612_000, 490),                     # a cell of a table in thousands
    ("(2.612)", -2_612_000, 490),                  # a negative in parentheses, in thousands
    ("€ 2.612.400", 2_612_400, 0.0),               # written in full: exact
    ("5 %", 5, 0.0),                               # a whole number is no rounding of 5,4
    ("4,5 %", 4.5, 0.049),                         # one decimal: the last digit is 0,1
    ("€ 3.90", 3.9, 0.0049),
    ("zeven vrijwilligers", 7, 0.0),               # in words: exact
    ("1 op 1,65", 1.65, 0.0),                      # two numbers: exact
])
def test_a_figure_is_as_exact_as_it_is_written(raw: str, value: float, margin: float) -> None:
    assert rounding({"raw": raw, "value": value}) == pytest.approx(margin)


def test_a_rounded_figure_holds_the_full_one_and_not_the_next_rounding() -> None:
    rounded = {"raw": "2,6 miljoen euro", "value": 2_600_000, "qualifier": "exact"}
    assert _overlap(rounded, {"raw": "2.612.400 euro", "value": 2_612_400, "qualifier": "exact"})
    assert not _overlap(rounded, {"raw": "2,7 miljoen euro", "value": 2_700_000, "qualifier": "exact"})
    assert not _overlap({"raw": "18.894", "value": 18_894}, {"raw": "18.895", "value": 18_895})
    assert not _overlap({"raw": "5 %", "value": 5}, {"raw": "5,5 %", "value": 5.5})
    assert not _overlap({"raw": "4,5 %", "value": 4.5}, {"raw": "4,6 %", "value": 4.6})


def test_shares_of_one_decimal_may_add_up_to_a_hair_over_the_whole() -> None:
    parts = [{"raw": f"{v} %".replace(".", ","), "value": v} for v in (83.9, 11.2, 3.9, 1.1)]
    whole = {"raw": "100 %", "value": 100}
    assert sum(lowest(p) for p in parts) <= highest(whole) <= sum(highest(p) for p in parts)


def test_qualifiers_bound_as_before() -> None:
    assert bounds({"raw": "meer dan 300", "value": 300, "qualifier": "at_least"}) == (300, inf)
    assert bounds({"raw": "hoogstens 6 %", "value": 6, "qualifier": "at_most"}) == (-inf, 6)
    assert bounds({"raw": "tussen 10 en 20", "value": 10, "value_max": 20, "qualifier": "range"}) == (10, 20)
    assert bounds({"raw": "bijna 3 miljoen", "value": 3_000_000, "qualifier": "approximately"}) == \
        (2_700_000, 3_300_000)
