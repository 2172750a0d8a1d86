"""Checks on the relations one report states between its figures (family: internal): parts against their
whole (internal.parts_sum), a claimed change against the two figures beside it (internal.claim_mismatch), a
cumulative figure against a yearly figure beside it (internal.cumulative_below_year)."""

from __future__ import annotations

from functools import cache
from itertools import combinations

from extractor.diff import messages as nl
from extractor.diff.bounds import highest, lowest
from extractor.diff.checks.base import Rule
from extractor.diff.checks.internal import figures as catalogue_internal
from extractor.diff.checks.relation_claims import (claim_text, computed_change, computed_text, cumulatives, holds,
                                                   members, one, raw)
from extractor.diff.findings import Finding
from extractor.diff.view import Report, location_order
from extractor.dutch.numbers import numeral_rules
from extractor.figures.periods import same_period

SUM_TOLERANCE = 0.005  # parts of rounded figures ("1,2 miljoen + 0,8 miljoen") may miss their whole by 0,5 %


# ---- part and whole -----------------------------------------------------------------------------------------

def parts_sum(report: Report, rule: Rule) -> list[Finding]:
    found = []
    seen: set[tuple] = set()
    for relation in report.relations:
        if relation["kind"] != "part_whole":
            continue
        whole, parts = one(relation, "whole"), members(relation, "part")
        if whole is None or not parts:
            continue
        whole = _of_the_parts_period(report, whole, parts)
        if whole is None or not _one_quantity(relation, whole, parts):
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
        if not too_much and _completed_by_the_rest(report, whole, parts, slack):
            continue  # the enumeration names one more part the relation left out ("..., en drie onafhankelijke
            # bestuurders"): the text gives the whole its parts, the relation missed one
        added = sum(p["value"] for p in parts)
        # a whole given after parts read from other sentences rests on a guess of which figures are its parts
        severity = None if relation.get("same_sentence", True) or not relation.get("whole_last") else "warning"
        found.append(rule.finding(
            [report.evidence(whole)] + [report.evidence(p) for p in parts], subject=whole.get("id"),
            values={"total": whole["value"], "parts": [p["value"] for p in parts], "sum": added,
                    "cue": relation.get("cue")},
            severity=severity, label=nl.record_label(whole) or raw(whole),
            parts=" + ".join(nl.number(p["value"]) for p in parts), sum=nl.number(added),
            total=nl.number(whole["value"])))
    return found


def _of_the_parts_period(report: Report, whole: dict, parts: list[dict]) -> dict | None:
    """The whole the parts add up to: the relation's whole when it is of the parts' period; where it is another
    period's ("We kookten 86.400 maaltijden, tegenover 79.200 in 2022. Het gaat om ..."), the one figure of the
    same quantity in its sentence that is of the parts' period (86.400), else none: last year's comparison figure
    is not what this year's parts add up to."""
    if all(same_period(whole, p) for p in parts):
        return whole
    same = [r for r in report.indicators if r is not whole and r.get("sentence") == whole.get("sentence")
            and r.get("id") == whole.get("id") and all(same_period(r, p) for p in parts)]
    return same[0] if len(same) == 1 else None


def _one_quantity(relation: dict, whole: dict, parts: list[dict]) -> bool:
    """Whether the text claims the parts make the whole: they stand in its sentence or its table, or the parts of
    earlier sentences count what the whole counts ("800 fietsen in Kortrijk. ... Samen 1.100 fietsen."). A whole
    stated after sentences about other things ("een lening van 24.000 euro ... een premie van 8.000 euro. De
    nieuwe leden brachten samen 4.800 euro kapitaal in.") sums what its own sentence names, not them."""
    if relation.get("same_sentence", True) or relation.get("table") is not None or not relation.get("whole_last"):
        return True
    quantity = str(whole.get("id") or "").split(".")[:2]
    return all(str(p.get("id") or "").split(".")[:2] == quantity for p in parts)


_MOST_LEFT_OUT = 3  # parts the relation may have missed in one enumeration


def _completed_by_the_rest(report: Report, whole: dict, parts: list[dict], slack: float) -> bool:
    """Other figures of the parts' sentence, after the whole and of the parts' period, that with the parts add
    up to the whole: the sentence completes its breakdown."""
    sentences = {p.get("sentence") for p in parts} - {None}
    taken = {id(whole)} | {id(p) for p in parts}
    rest = [r["value"] for r in report.indicators
            if id(r) not in taken and r.get("sentence") in sentences and r.get("unit") != "%"
            and location_order(r) > location_order(whole) and same_period(r, whole)]
    missing = whole["value"] - sum(p["value"] for p in parts)
    return any(abs(sum(chosen) - missing) <= slack
               for size in range(1, min(len(rest), _MOST_LEFT_OUT) + 1) for chosen in combinations(rest, size))


def _rounded(record: dict) -> bool:
    """A figure written in millions or more ("2,1 miljoen euro") is rounded."""
    return any(word.rstrip(".") in _large_multipliers() or word in _large_multipliers()
               for word in raw(record).lower().split())


@cache
def _large_multipliers() -> frozenset[str]:
    return frozenset(word for word, factor in numeral_rules().multipliers.items() if factor >= 1_000_000)


# ---- claimed changes ----------------------------------------------------------------------------------------

def claim_in_report(report: Report, rule: Rule) -> list[Finding]:
    """A claimed change next to the two figures it speaks of: "van 61 naar 68 woningen, een groei met 15 %"."""
    found = []
    for relation in report.relations:
        if relation["kind"] != "change":
            continue
        before, after, claim = one(relation, "from"), one(relation, "to"), one(relation, "claim")
        if before is None or after is None or holds(relation, before, after):
            continue
        computed = computed_change(relation, before["value"], after["value"])
        if computed is None:
            continue
        found.append(rule.finding(
            ([report.evidence(claim)] if claim is not None else []) + [report.evidence(before), report.evidence(after)],
            subject=after.get("id"),
            values={"claimed": relation.get("claimed", relation.get("direction")), "claim_unit": relation.get("claim_unit"),
                    "computed": round(computed, 2), "old": before["value"], "new": after["value"]},
            claimed=claim_text(relation, claim), label=nl.record_label(after) or raw(after),
            old=nl.quoted(raw(before)), new=nl.quoted(raw(after)),  # the report's own text, marked
            computed=computed_text(relation, computed)))
    return found


# ---- cumulative figures -------------------------------------------------------------------------------------

def cumulative_below_year(report: Report, rule: Rule) -> list[Finding]:
    """"Sinds de oprichting ... 97 gezinnen" may not be smaller than this year's "31 gezinnen" beside it; and
    a catalogue's cumulative id (patterns/indicators.yaml) against its yearly id."""
    found = catalogue_internal.cumulative_below_year(report, rule)
    reported = {id(e) for f in found for e in f.evidence}
    cumulative_ids = {id(r) for r in cumulatives(report)}
    for relation in report.relations:
        if relation["kind"] != "cumulative":
            continue
        total = one(relation, "total")
        if total is None:
            continue
        sentences = relation["evidence"]["text"]
        neighbours = [r for r in report.indicators if id(r) not in cumulative_ids and r is not total
                      and r.get("unit") == total.get("unit") and total.get("unit") not in (None, "%")
                      and _near(r, total) and _same_action(r, total)]
        yearly = next((r for r in neighbours if lowest(r) > highest(total)), None)
        if yearly is None or not sentences or any(f.subject == total.get("id") and f.values.get("cumulative") ==
                                                   total["value"] for f in found):
            continue
        found.append(rule.finding(
            [report.evidence(total), report.evidence(yearly)], subject=total.get("id"),
            values={"cumulative": total["value"], "yearly": yearly["value"]},
            cumulative_label=nl.record_label(total) or raw(total), cumulative=nl.number(total["value"]),
            label=nl.record_label(yearly) or raw(yearly), value=nl.number(yearly["value"])))
    return found


NEAR_LINES = 3  # a yearly figure this close to a cumulative one, of the same unit, speaks of the same thing


def _same_action(yearly: dict, total: dict) -> bool:
    """A figure of the year that counts what the cumulative one counts up: no stock on a day ("Eind 2024
    verhuurden we 58 woningen"), and where both keys are derived, the same qualifiers but the aspects
    ("woning.gerenoveerd" for "woning.gerenoveerd.cumulatief", not the homes managed, "woning.in_beheer")."""
    if yearly.get("period_kind") == "point_in_time":
        return False
    if yearly.get("match") != "derived" or total.get("match") != "derived":
        return True
    return _qualifiers(yearly) == _qualifiers(total)


def _qualifiers(record: dict) -> frozenset[str]:
    from extractor.dutch.lexicon import lexicon

    aspects = set(lexicon().aspect_names.values())
    return frozenset(part for part in str(record.get("id") or "").split(".")[2:] if part not in aspects)


def _near(a: dict, b: dict) -> bool:
    la, lb = a.get("location") or {}, b.get("location") or {}
    return la.get("page") == lb.get("page") and abs((la.get("line") or 0) - (lb.get("line") or 0)) <= NEAR_LINES


RULES: tuple[Rule, ...] = (
    Rule("internal.parts_sum", "error", parts_sum,
         "parts the text gives of a whole (“waarvan”, “van wie”, “samen”, “in totaal”) that do not add up to it"),
    Rule("internal.claim_mismatch", "error", claim_in_report,
         "a claimed change (“een stijging met 15 %”, “verdubbelde”) that the two figures beside it do not give"),
    Rule("internal.cumulative_below_year", "error", cumulative_below_year,
         "a cumulative figure (“sinds de oprichting”, “tot nu toe”) smaller than a yearly figure beside it"),
)
