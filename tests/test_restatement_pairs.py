"""A figure given for an earlier year is a restatement of that year's figure only where it can be one: the same
sign, and within a factor two. Otherwise the two are other quantities paired (a table's costs and its result),
and a warning would be false (extractor/diff/checks/across/relations.py)."""

from __future__ import annotations

import pytest

from extractor.diff.checks.across.relations import _may_restate


@pytest.mark.parametrize(("stated", "earlier", "expected"), [
    (5.5, 5.0, True),                 # the dividend restated: a correction
    (703, 688, True),
    (1_890, 1_980, True),
    (-1_250_000, 980_000, False),   # the other sign: a loss is no restatement of a revenue
    (-42_000, 61_000, False),
    (45_000, 12_000, False),          # more than three times: another quantity
    (9_800, 23_100, False),
    (20_000, 10_000, True),           # twice: still a correction that can be
    (0, 4_500, True),                 # from or to nothing: nothing tells them apart
])
def test_a_restatement_keeps_its_sign_and_scale(stated: float, earlier: float, expected: bool) -> None:
    assert _may_restate({"value": stated}, {"value": earlier}) is expected
