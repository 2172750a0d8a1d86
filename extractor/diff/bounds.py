"""What a figure allows: "meer dan 300" is at least 300, "bijna 3 miljoen" about 3 million. A check that
compares totals must compare these bounds, not the numbers as written, or a floor reads as a mistake."""

from __future__ import annotations

from math import inf
from typing import Any

APPROXIMATE_MARGIN = 0.10  # "bijna", "circa", "zowat": taken as within 10 % of the figure


def bounds(record: dict[str, Any]) -> tuple[float, float]:
    """(lowest, highest) value the figure allows."""
    value = record["value"]
    qualifier = record.get("qualifier", "exact")
    if qualifier == "at_least":
        return value, inf
    if qualifier == "at_most":
        return -inf, value
    if qualifier == "range":
        return value, record.get("value_max", value)
    if qualifier == "approximately":
        margin = abs(value) * APPROXIMATE_MARGIN
        return value - margin, value + margin
    return value, value


def lowest(record: dict[str, Any]) -> float:
    return bounds(record)[0]


def highest(record: dict[str, Any]) -> float:
    return bounds(record)[1]
