"""A count since the start is checked only against the year's count of the same action (issue 19, SHAPES5 E10-C1):
"sinds de oprichting renoveerden we al 23 woningen" is no error beside "We verhuren 58 woningen" (a stock: of
course it may exceed the homes renovated) but is one beside "Dit jaar renoveerden we 30 woningen"."""

from __future__ import annotations

import pytest

from extractor.diff import check_draft
from extractor.pipeline import extract_text


def _cumulative_findings(text: str) -> list[dict]:
    report = extract_text(text, fiscal_year=2024)
    return [f.values for f in check_draft(report, []).findings if f.rule == "internal.cumulative_below_year"]


@pytest.mark.parametrize("text, expected", [
    # a stock beside the count of an action since the start: no error
    ("Sinds de oprichting renoveerden we al 23 woningen. We verhuren 58 woningen.", []),
    ("Sinds de oprichting renoveerden we al 23 woningen. Eind 2024 verhuurden we 58 woningen.", []),
    ("Sinds de start bouwden we 14 wagens om. De vloot telt 58 wagens.", []),
    # the year's count of the same action above the count since the start: an error
    ("Dit jaar renoveerden we 30 woningen. Sinds de oprichting renoveerden we al 23 woningen.",
     [{"cumulative": 23, "yearly": 30}]),
    ("Sinds de oprichting hielpen we 97 gezinnen. Dit jaar hielpen we 131 gezinnen.",
     [{"cumulative": 97, "yearly": 131}]),
])
def test_a_count_since_the_start_is_checked_against_the_same_action(text: str, expected: list) -> None:
    assert _cumulative_findings(text) == expected
