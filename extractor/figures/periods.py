"""The kind of a figure's period (report JSON `period_kind`), from its `period` and the report's fiscal year.

    annual         the fiscal year, stated or not ("in 2023", no date at all)
    point_in_time  a day of the fiscal year ("op 31 december 2023": a stock, counted that day)
    cumulative     a span that ends in the fiscal year and starts before it, or has no start ("sinds 2016",
                   "2016-2023", "sinds de oprichting": "2016/2023", "../2023")
    other_year     a year, month or day wholly before or after the fiscal year ("vorig jaar", "in 2022")
    other          a part of the fiscal year (a month, a few months) or a span of another shape
"""

from __future__ import annotations

import re

KINDS = ("annual", "point_in_time", "cumulative", "other_year", "other")
_YEAR = re.compile(r"^\d{4}")


def period_kind(period: str | None, fiscal_year: int | None) -> str:
    if not period:
        return "annual"
    start, slash, end = period.partition("/")
    if not slash:
        year = int(period[:4])
        if fiscal_year is not None and year != fiscal_year:
            return "other_year"
        if len(period) == 4:
            return "annual"
        return "point_in_time" if len(period) == 10 else "other"
    first = int(start[:4]) if _YEAR.match(start) else None
    last = int(end[:4]) if _YEAR.match(end) else None
    if fiscal_year is None:
        return "cumulative" if first is None or (last is not None and last > first) else "other"
    if last is not None and last < fiscal_year or first is not None and first > fiscal_year:
        return "other_year"
    if first is None or (first < fiscal_year and last in (None, fiscal_year)):
        return "cumulative"
    if first == last == fiscal_year and len(start) == 4 and len(end) == 4:
        return "annual"
    return "other"


def with_period_kind(record: dict, fiscal_year: int | None) -> dict:
    """The record with `period_kind` right after `period`."""
    out = {}
    for key, value in record.items():
        if key == "period_kind":
            continue
        out[key] = value
        if key == "period":
            out["period_kind"] = period_kind(value, fiscal_year)
    return out
