"""Checks on the relations the text states between its figures (report JSON `relations`), for any report:
parts against their whole, a claimed change against the figures it speaks of (in the same report or last
year's), a cumulative figure against one year's figure and against last year's cumulative, and a figure the
text gives for last year against last year's report.

Nothing here knows an organisation or a catalogue id: the relations come from the text's own words
(patterns/relations.yaml) and the figures of two reports meet through the aligner's confident pairs.
"""

from __future__ import annotations

from functools import cache

from extractor.dutch import patterns
from extractor.diff import messages as nl
from extractor.diff.align import align_indicators
from extractor.diff.bounds import highest, lowest
from extractor.diff.checks.base import Rule, report_name
from extractor.diff.findings import Finding
from extractor.diff.view import Report
from extractor.diff.checks import across as catalogue_across
from extractor.diff.checks import internal as catalogue_internal
from extractor.diff.checks.internal import CHANGE_SUFFIX
from extractor.figures.relations import cues

SUM_TOLERANCE = 0.005  # parts of rounded figures ("1,2 miljoen + 0,8 miljoen") may miss their whole by 0,5 %


def _members(relation: dict, role: str) -> list[dict]:
    return [record for r, record in relation["members"] if r == role]


def _one(relation: dict, role: str) -> dict | None:
    found = _members(relation, role)
    return found[0] if found else None


def _raw(record: dict) -> str:
    return str(record.get("raw", ""))


# ---- part and whole -----------------------------------------------------------------------------------------

def parts_sum(report: Report, rule: Rule) -> list[Finding]:
    found = []
    seen: set[tuple] = set()
    for relation in report.relations:
        if relation["kind"] != "part_whole":
            continue
        whole, parts = _one(relation, "whole"), _members(relation, "part")
        if whole is None or not parts:
            continue
        key = (id(whole), tuple(id(p) for p in parts))
        if key in seen:
            continue
        seen.add(key)
        least, most = sum(lowest(p) for p in parts), sum(highest(p) for p in parts)
        slack = abs(whole["value"]) * SUM_TOLERANCE if any(_rounded(p) for p in parts + [whole]) else 0
        too_much = least > highest(whole) + slack
        too_little = relation.get("exhaustive") and most < lowest(whole) - slack
        if not (too_much or too_little):
            continue
        added = sum(p["value"] for p in parts)
        # a whole given after parts read from other sentences rests on a guess of which figures are its parts
        severity = None if relation.get("same_sentence", True) or not relation.get("whole_last") else "warning"
        found.append(rule.finding(
            [report.evidence(whole)] + [report.evidence(p) for p in parts], subject=whole.get("id"),
            values={"total": whole["value"], "parts": [p["value"] for p in parts], "sum": added,
                    "cue": relation.get("cue")},
            severity=severity, label=whole.get("label") or _raw(whole),
            parts=" + ".join(nl.number(p["value"]) for p in parts), sum=nl.number(added),
            total=nl.number(whole["value"])))
    return found


def _rounded(record: dict) -> bool:
    """A figure written in millions or more ("2,1 miljoen euro") is rounded."""
    return any(word.rstrip(".") in _large_multipliers() or word in _large_multipliers()
               for word in _raw(record).lower().split())


@cache
def _large_multipliers() -> frozenset[str]:
    return frozenset(word for word, factor in patterns.load("numerals")["multipliers"].items() if factor >= 1_000_000)


# ---- claimed changes ----------------------------------------------------------------------------------------

def claim_range(relation: dict) -> tuple[float, float]:
    """The changes (in %, or as a factor) the claim allows, from its last digit and its qualifier."""
    c = cues()
    claimed = float(relation["claimed"])
    if relation.get("claim_unit") == "factor":
        return claimed * (1 - c.written_margin), claimed * (1 + c.written_margin)
    half = 0.5 * 10 ** -int(relation.get("claim_decimals") or 0)
    width = max(abs(claimed) * c.margin_relative, c.margin_points)
    qualifier = relation.get("claim_qualifier", "exact")
    # "bijna 12 %": a little under 12; "ruim 12 %": a little over; "ongeveer": either way (in size)
    if qualifier == "below":
        low, high = abs(claimed) - width, abs(claimed) + half
    elif qualifier == "above":
        low, high = abs(claimed) - half, abs(claimed) + width
    elif qualifier == "around":
        low, high = abs(claimed) - width, abs(claimed) + width
    else:
        low, high = abs(claimed) - half - 0.01, abs(claimed) + half + 0.01
    if claimed < 0:
        return -high, -low
    return low, high


def computed_change(relation: dict, before: float, after: float) -> float | None:
    if not before:
        return None
    if relation.get("claim_unit") == "factor":
        return after / before
    return (after - before) / before * 100


def _holds(relation: dict, before: dict, after: dict) -> bool:
    """True when some values the two figures allow give a change within the claim's range."""
    low, high = claim_range(relation)
    values = [computed_change(relation, b, a) for b in (lowest(before), highest(before), before["value"])
              for a in (lowest(after), highest(after), after["value"])
              if abs(b) != float("inf") and abs(a) != float("inf")]
    values = [v for v in values if v is not None]
    if not values:
        return True
    return min(values) <= high and max(values) >= low


def _claim_text(relation: dict, claim: dict | None) -> str:
    return _raw(claim) if claim is not None else str(relation.get("cue", ""))


def _computed_text(relation: dict, value: float) -> str:
    if relation.get("claim_unit") == "factor":
        return "×" + nl.number(value, 2)
    return nl.percent(value)


def claim_in_report(report: Report, rule: Rule) -> list[Finding]:
    """A claimed change next to the two figures it speaks of: "van 61 naar 68 woningen, een groei met 15 %"."""
    found = []
    for relation in report.relations:
        if relation["kind"] != "change":
            continue
        before, after, claim = _one(relation, "from"), _one(relation, "to"), _one(relation, "claim")
        if before is None or after is None or _holds(relation, before, after):
            continue
        computed = computed_change(relation, before["value"], after["value"])
        if computed is None:
            continue
        found.append(rule.finding(
            ([report.evidence(claim)] if claim is not None else []) + [report.evidence(before), report.evidence(after)],
            subject=after.get("id"),
            values={"claimed": relation["claimed"], "claim_unit": relation.get("claim_unit"),
                    "computed": round(computed, 2), "old": before["value"], "new": after["value"]},
            claimed=_claim_text(relation, claim), label=after.get("label") or _raw(after),
            old=_raw(before), new=_raw(after), computed=_computed_text(relation, computed)))
    return found


def _pairs(new: Report, old: Report) -> dict[int, dict]:
    """id() of a new record -> the old record confidently aligned with it (computed once per pair)."""
    key = ("confident_map", id(old))
    if key not in new.memo:
        new.memo[key] = {id(p.new): p.old for p in align_indicators(old, new)
                         if p.old and p.new and p.alignment and p.alignment.confident}
    return new.memo[key]


def _report_of_year(earlier: list[Report], year: int | None) -> Report | None:
    return next((r for r in earlier if year is not None and r.fiscal_year == year), None)


def claim_against_earlier(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    """A claimed change without the earlier figure beside it ("16.190 MWh, +9,2 % tegenover 2021"): the earlier
    report's figure of the same quantity gives it."""
    found = catalogue_across.change_claim(new, earlier, rule)
    for relation in new.relations:
        if relation["kind"] != "change" or _one(relation, "from") is not None:
            continue
        after, claim = _one(relation, "to"), _one(relation, "claim")
        if claim is not None and str(claim.get("id", "")).endswith(CHANGE_SUFFIX):
            continue  # the catalogue's claim: checked above
        if after is None or new.fiscal_year is None:
            continue
        reference = relation.get("against") or new.fiscal_year - 1
        old = _report_of_year(earlier, reference)
        if old is None:
            continue
        before = _pairs(new, old).get(id(after))
        if before is None or _holds(relation, before, after):
            continue
        computed = computed_change(relation, before["value"], after["value"])
        if computed is None:
            continue
        found.append(rule.finding(
            ([new.evidence(claim)] if claim is not None else []) + [new.evidence(after), old.evidence(before)],
            subject=after.get("id"),
            values={"claimed": relation["claimed"], "computed": round(computed, 2), "reference_year": reference,
                    "old": before["value"], "new": after["value"]},
            claimed=_claim_text(relation, claim), label=after.get("label") or _raw(after),
            reference_year=str(reference), computed=_computed_text(relation, computed),
            old=nl.number(before["value"]), old_report=report_name(old), new=nl.number(after["value"]),
            new_report=report_name(new)))
    return found


# ---- a figure for last year ---------------------------------------------------------------------------------

def previous_year_figure(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    """"van 16.190 MWh in 2022 naar 17.480 MWh": 16.190 must be what the 2022 report gave for that quantity."""
    found = []
    for relation in new.relations:
        if relation["kind"] != "from_to" or new.fiscal_year is None:
            continue
        before, after = _one(relation, "from"), _one(relation, "to")
        if before is None or after is None:
            continue
        year = relation.get("from_year") or new.fiscal_year - 1
        old = _report_of_year(earlier, year)
        if old is None:
            continue
        stated = _pairs(new, old).get(id(after))
        if stated is None or stated.get("unit") != (before.get("unit") or after.get("unit")):
            continue
        if lowest(before) <= highest(stated) and lowest(stated) <= highest(before):
            continue
        found.append(rule.finding(
            [new.evidence(before), old.evidence(stated)], subject=after.get("id"),
            values={"year": year, "stated": before["value"], "earlier": stated["value"]},
            new_report=report_name(new), raw=_raw(before), year=str(year), label=after.get("label") or _raw(after),
            old_report=report_name(old), old_raw=_raw(stated)))
    return found


# ---- cumulative figures -------------------------------------------------------------------------------------

def _cumulatives(report: Report) -> list[dict]:
    return [record for relation in report.relations if relation["kind"] == "cumulative"
            for record in _members(relation, "total")]


def cumulative_below_year(report: Report, rule: Rule) -> list[Finding]:
    """"Sinds de oprichting ... 97 gezinnen" may not be smaller than this year's "31 gezinnen" beside it; and
    a catalogue's cumulative id (patterns/indicators.yaml) against its yearly id."""
    found = catalogue_internal.cumulative_below_year(report, rule)
    reported = {id(e) for f in found for e in f.evidence}
    cumulative_ids = {id(r) for r in _cumulatives(report)}
    for relation in report.relations:
        if relation["kind"] != "cumulative":
            continue
        total = _one(relation, "total")
        if total is None:
            continue
        sentences = relation["evidence"]["text"]
        neighbours = [r for r in report.indicators if id(r) not in cumulative_ids and r is not total
                      and r.get("unit") == total.get("unit") and total.get("unit") not in (None, "%")
                      and _near(r, total)]
        yearly = next((r for r in neighbours if lowest(r) > highest(total)), None)
        if yearly is None or not sentences or any(f.subject == total.get("id") and f.values.get("cumulative") ==
                                                   total["value"] for f in found):
            continue
        found.append(rule.finding(
            [report.evidence(total), report.evidence(yearly)], subject=total.get("id"),
            values={"cumulative": total["value"], "yearly": yearly["value"]},
            cumulative_label=total.get("label") or _raw(total), cumulative=nl.number(total["value"]),
            label=yearly.get("label") or _raw(yearly), value=nl.number(yearly["value"])))
    return found


NEAR_LINES = 3  # a yearly figure this close to a cumulative one, of the same unit, speaks of the same thing


def _near(a: dict, b: dict) -> bool:
    la, lb = a.get("location") or {}, b.get("location") or {}
    return la.get("page") == lb.get("page") and abs((la.get("line") or 0) - (lb.get("line") or 0)) <= NEAR_LINES


def cumulative_shrinks(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    """A cumulative figure smaller than the same cumulative figure in an earlier report."""
    found = catalogue_across.cumulative_shrinks(new, earlier, rule)
    done = {f.values.get("new") for f in found}
    mine = [r for r in _cumulatives(new) if r["value"] not in done]
    for old in earlier[:1]:
        theirs = {id(r) for r in _cumulatives(old)}
        pairs = _pairs(new, old)
        for total in mine:
            before = pairs.get(id(total))
            if before is None or id(before) not in theirs or highest(total) >= lowest(before):
                continue
            found.append(rule.finding(
                [new.evidence(total), old.evidence(before)], subject=total.get("id"),
                values={"old": before["value"], "new": total["value"]},
                label=total.get("label") or _raw(total), old=nl.number(before["value"]), old_report=report_name(old),
                new=nl.number(total["value"]), new_report=report_name(new)))
    return found


INTERNAL: tuple[Rule, ...] = (
    Rule("internal.parts_sum", "error", parts_sum,
         "parts the text gives of a whole (waarvan, van wie, samen, in totaal) that do not add up to it"),
    Rule("internal.claim_mismatch", "error", claim_in_report,
         "a claimed change (een stijging met 15 %, verdubbelde) that the two figures beside it do not give"),
    Rule("internal.cumulative_below_year", "error", cumulative_below_year,
         "a cumulative figure (sinds de oprichting, tot nu toe) smaller than a yearly figure beside it"),
)
ACROSS: tuple[Rule, ...] = (
    Rule("across.change_claim", "error", claim_against_earlier,
         "a claimed change (+9,2 % tegenover 2021) that the earlier report's figure does not give"),
    Rule("across.previous_year_figure", "warning", previous_year_figure,
         "a figure the text gives for last year that differs from last year's report"),
    Rule("across.cumulative_shrinks", "error", cumulative_shrinks,
         "a cumulative figure smaller than last year's cumulative figure of the same quantity"),
)
