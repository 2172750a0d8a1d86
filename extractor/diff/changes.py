"""Changed figures: every aligned indicator with before, after, absolute and relative change."""

from __future__ import annotations

from extractor.diff.align import IndicatorPair, align_indicators
from extractor.diff.findings import Change, Side
from extractor.diff.reports import Report

# Two approximate figures ("bijna 3 miljoen", "circa 3,1 miljoen") within this relative distance are the same.
APPROXIMATE_TOLERANCE = 0.05


def side(report: Report, record: dict) -> Side:
    return Side(value=record["value"], raw=str(record.get("raw", "")), document=report.path,
                location=record.get("location"), qualifier=record.get("qualifier", "exact"),
                unit=record.get("unit"))


def _clean(number: float) -> float | int:
    rounded = round(number, 6)
    return int(rounded) if float(rounded).is_integer() else rounded


def change(pair: IndicatorPair, old: Report, new: Report) -> Change:
    before = side(old, pair.old) if pair.old else None
    after = side(new, pair.new) if pair.new else None
    unit = (pair.new or pair.old or {}).get("unit")
    if before is None or after is None:
        return Change(pair.id, pair.label, unit, before, after, None, None,
                      "added" if before is None else "dropped", False, pair.alignment)
    approximate = before.qualifier != "exact" or after.qualifier != "exact"
    if before.unit != after.unit:
        return Change(pair.id, pair.label, unit, before, after, None, None, "incomparable", approximate,
                      pair.alignment)
    delta = _clean(after.value - before.value)
    relative = _clean(delta / before.value) if before.value else None
    if approximate:
        same = relative is not None and abs(relative) <= APPROXIMATE_TOLERANCE or delta == 0
    else:
        same = delta == 0
    return Change(pair.id, pair.label, unit, before, after, delta, relative,
                  "unchanged" if same else "changed", approximate, pair.alignment)


def changes(old: Report, new: Report, pairs: list[IndicatorPair] | None = None) -> list[Change]:
    if pairs is None:
        pairs = align_indicators(old, new)
    return [change(pair, old, new) for pair in pairs]
