"""Changed figures: every aligned indicator with before, after, absolute and relative change."""

from __future__ import annotations

from extractor.diff import messages
from extractor.diff.align import IndicatorPair, align_indicators
from extractor.diff.similarity import CONFIDENT
from dataclasses import replace

from extractor.diff.findings import Change, Finding, Side
from extractor.diff.view import Report
from extractor.series.units import comparable

# Two approximate figures ("bijna 3 miljoen", "circa 3,1 miljoen") within this relative distance are the same.
APPROXIMATE_TOLERANCE = 0.05


def side(report: Report, record: dict) -> Side:
    return Side(value=record["value"], raw=str(record.get("raw", "")), document=report.path,
                location=record.get("location"), qualifier=record.get("qualifier", "exact"),
                unit=record.get("unit"))


def _clean(number: float) -> float | int:
    rounded = round(number, 6)
    return int(rounded) if float(rounded).is_integer() else rounded


def section(pair: IndicatorPair, old: Report, new: Report) -> str | None:
    """The heading the pair's figure stands under in the new report, else in the old one."""
    found = new.section(pair.new) if pair.new else None
    return found if found or not pair.old else old.section(pair.old)


def change(pair: IndicatorPair, old: Report, new: Report) -> Change:
    before = side(old, pair.old) if pair.old else None
    after = side(new, pair.new) if pair.new else None
    unit = (pair.new or pair.old or {}).get("unit")
    heading = section(pair, old, new)
    if before is None or after is None:
        return Change(pair.id, pair.label, unit, before, after, None, None,
                      "added" if before is None else "dropped", False, pair.alignment, heading)
    approximate = before.qualifier != "exact" or after.qualifier != "exact"
    if not comparable(before.unit, after.unit):
        reason = messages.label("reason_unit").format(
            old_report=messages.report_name(old.fiscal_year, old.path), old_unit=messages.unit_named(before.unit),
            new_report=messages.report_name(new.fiscal_year, new.path), new_unit=messages.unit_named(after.unit))
        return Change(pair.id, pair.label, unit, before, after, None, None, "incomparable", approximate,
                      pair.alignment, heading, reason=reason)
    delta = _clean(after.value - before.value)
    relative = _clean(delta / before.value) if before.value else None
    if approximate:
        same = relative is not None and abs(relative) <= APPROXIMATE_TOLERANCE or delta == 0
    else:
        same = delta == 0
    return Change(pair.id, pair.label, unit, before, after, delta, relative,
                  "unchanged" if same else "changed", approximate, pair.alignment, heading,
                  reason=possible_reason(pair))


def possible_reason(pair: IndicatorPair) -> str | None:
    """Why a pair is only possibly one quantity: its confidence is below the threshold, or both are claimed
    changes that do not say what they are of."""
    alignment = pair.alignment
    if alignment is None or not alignment.possible:
        return None
    if alignment.confidence is not None and alignment.confidence < CONFIDENT:
        return messages.label("reason_possible").format(confidence=messages.number(alignment.confidence, 2),
                                                        threshold=messages.number(CONFIDENT, 2))
    return messages.label("reason_possible_claims")


def changes(old: Report, new: Report, pairs: list[IndicatorPair] | None = None) -> list[Change]:
    if pairs is None:
        pairs = align_indicators(old, new)
    return [change(pair, old, new) for pair in pairs]


# the findings that say what changed between the two figures of a pair, and the mark each puts on its row
MARKING_RULES = {"across.unit_change": "unit", "across.definition_change": "definition"}


def _place(document: str, location: dict | None) -> tuple:
    loc = location or {}
    return (document, loc.get("page"), loc.get("line"), loc.get("column"))


def mark(found: list[Change], findings: list[Finding]) -> list[Change]:
    """The changes with the marks of the findings on the same pair (a unit or definition change): a row is
    marked exactly when such a finding's evidence holds both its sides, so the table and the findings agree."""
    marked: dict[tuple, set[str]] = {}
    for finding in findings:
        kind = MARKING_RULES.get(finding.rule)
        if kind is None:
            continue
        places = {_place(e.document, e.location) for e in finding.evidence}
        for one in places:
            for other in places:
                if one != other:
                    marked.setdefault((one, other), set()).add(kind)
    out = []
    for item in found:
        if item.before is not None and item.after is not None:
            kinds = marked.get((_place(item.before.document, item.before.location),
                                _place(item.after.document, item.after.location)), set())
            if kinds:
                item = replace(item, marks=tuple(k for k in ("unit", "definition") if k in kinds))
        out.append(item)
    return out
