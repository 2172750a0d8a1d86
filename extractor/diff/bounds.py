"""What a figure allows: "meer dan 300" is at least 300, "bijna 3 miljoen" about 3 million. A check that
compares totals must compare these bounds, not the numbers as written, or a floor reads as a mistake."""

from __future__ import annotations

import re
from math import inf
from typing import Any

APPROXIMATE_MARGIN = 0.10  # "bijna", "circa", "zowat": taken as within 10 % of the figure
ROUNDING_SHARE = 0.49  # of the last written digit's value: just under half, so figures a digit apart stay apart
_NUMBER = re.compile(r"\d(?:[\d.,\u00a0\u202f]*\d)?")  # the digits of a number as written, with its separators


def rounding(record: dict[str, Any]) -> float:
    """A figure is as exact as it is written: just under half the value of its last written digit, for a figure
    written with decimals or in a larger unit than its value. "2,6 miljoen" is 2.600.000 give or take 49.000,
    "2.612" in a table of thousands 2.612.000 give or take 490, "83,9 %" 83,9 give or take 0,049 (so shares of
    one decimal may add up to 100,1 %). A whole number written in full ("18.894", "5 %"), a figure in words, or
    one with more than one number in it is exact as written."""
    numbers = _NUMBER.findall(str(record.get("raw", "")))
    value = record.get("value")
    if len(numbers) != 1 or not isinstance(value, (int, float)) or value == 0:
        return 0.0
    digits = int(re.sub(r"\D", "", numbers[0]))
    step = abs(value) / digits if digits else 0.0  # the value of the last written digit
    return 0.0 if abs(step - 1) < 1e-9 else step * ROUNDING_SHARE


def bounds(record: dict[str, Any]) -> tuple[float, float]:
    """(lowest, highest) value the figure allows, as qualified and as rounded in writing."""
    value = record["value"]
    qualifier = record.get("qualifier", "exact")
    if qualifier == "at_least":
        return value, inf
    if qualifier == "at_most":
        return -inf, value
    if qualifier == "range":
        return value, record.get("value_max", value)
    if qualifier == "approximately":
        margin = abs(value) * APPROXIMATE_MARGIN  # the qualifier says how loosely the figure is written
        return value - margin, value + margin
    margin = rounding(record)
    return value - margin, value + margin


def lowest(record: dict[str, Any]) -> float:
    return bounds(record)[0]


def highest(record: dict[str, Any]) -> float:
    return bounds(record)[1]
