"""Checks of one report's figures against earlier reports: claimed changes, cumulative totals, jumps,
units, wording. (Meetings and statute articles: statutes.py; figures left unchanged: stale.py.)

Each check gets the new report and the earlier reports, most recent first, and decides which it needs: a
cumulative total is checked against every report seen; a figure is compared with last year's.
"""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz import fuzz

from extractor.diff.bounds import highest, lowest
from extractor.diff import messages as nl
from extractor.diff.checks.base import Rule, latest_pairs, report_name
from extractor.diff.checks.internal.figures import CHANGE_SUFFIX, CUMULATIVE_MARK, cumulative_pairs
from extractor.diff.findings import Alignment, Finding
from extractor.diff.view import Report, period_years
from extractor.runtime.errors import PatternError
from extractor.figures.relations import MEASURES
from extractor.series.units import comparable

OUTLIER_FACTOR = 10.0  # a factor 10 between two years is a typo until proven otherwise
# A jump is only a typo between figures surely the same quantity: a catalogue id, or a pair this confident
# (the aligner's confidence already counts a jump against the pair, so a jump that survives it is telling).
OUTLIER_CONFIDENCE = 0.6
CLAIM_TOLERANCE = 0.05  # percentage points between a claimed and a recomputed change
DEFINITION_SIMILARITY = 60.0  # fuzz.ratio of the words naming a quantity; below it they may differ in meaning
SYNONYM_FACTOR = 3.0  # declared synonyms and a figure 3 times larger or smaller: maybe another definition


def _reference_year(record: dict, fiscal_year: int | None) -> int | None:
    years = period_years(record.get("period"))
    if years and years[0] is not None and years[0] != fiscal_year:
        return years[0]
    return fiscal_year - 1 if fiscal_year is not None else None


def change_claim(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    found = []
    for claim in new.indicators:
        if not claim["id"].endswith(CHANGE_SUFFIX) or claim.get("unit") != "%":
            continue
        base_id = claim["id"][: -len(CHANGE_SUFFIX)]
        reference = _reference_year(claim, new.fiscal_year)
        old = next((r for r in earlier if r.fiscal_year == reference), None)
        before = old.primary(base_id) if old else None
        after = new.primary(base_id)
        if before is None or after is None or not before["value"]:
            continue
        if before.get("qualifier", "exact") != "exact" or after.get("qualifier", "exact") != "exact":
            continue
        computed = (after["value"] - before["value"]) / before["value"] * 100
        if abs(computed - claim["value"]) <= CLAIM_TOLERANCE:
            continue
        found.append(rule.finding(
            [new.evidence(claim), new.evidence(after), old.evidence(before)], subject=claim["id"],
            values={"claimed": claim["value"], "computed": round(computed, 2), "reference_year": reference,
                    "old": before["value"], "new": after["value"]},
            claimed=nl.percent(claim["value"]), label=after.get("label", base_id), reference_year=str(reference),
            computed=nl.percent(computed), old=nl.number(before["value"]), old_report=report_name(old),
            new=nl.number(after["value"]), new_report=report_name(new)))
    return found


def cumulative_shrinks(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    found = []
    for indicator_id in sorted({i["id"] for i in new.catalogued() if CUMULATIVE_MARK in i["id"]}):
        after = new.primary(indicator_id)
        old = next((r for r in earlier if r.primary(indicator_id) is not None), None)
        if old is None or highest(after) >= lowest(old.primary(indicator_id)):
            continue  # a total that may be as large as before has not shrunk ("meer dan 250" after 253)
        before = old.primary(indicator_id)
        found.append(rule.finding(
            [new.evidence(after), old.evidence(before)], subject=indicator_id,
            values={"old": before["value"], "new": after["value"]}, alignment=Alignment("id", None, indicator_id),
            label=after.get("label", indicator_id), old=nl.number(before["value"]), old_report=report_name(old),
            new=nl.number(after["value"]), new_report=report_name(new)))
    return found


def cumulative_below_sum(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    found = []
    for cumulative, yearly in cumulative_pairs(new):
        seen = [(new, yearly)]
        years = {new.fiscal_year}
        for old in earlier:
            record = old.primary(yearly["id"])
            if record is not None and old.fiscal_year not in years and \
                    (new.fiscal_year is None or (old.fiscal_year or 0) <= new.fiscal_year):
                seen.append((old, record))
                years.add(old.fiscal_year)
        total = sum(record["value"] for _, record in seen)
        if len(seen) < 2 or sum(lowest(record) for _, record in seen) <= highest(cumulative):
            continue
        seen.sort(key=lambda item: item[0].fiscal_year or 0)
        found.append(rule.finding(
            [new.evidence(cumulative)] + [report.evidence(record) for report, record in seen],
            subject=cumulative["id"],
            values={"cumulative": cumulative["value"], "sum": total,
                    "years": [report.fiscal_year for report, _ in seen]},
            label=cumulative.get("label", cumulative["id"]), cumulative=nl.number(cumulative["value"]),
            yearly_label=yearly.get("label", yearly["id"]),
            years=", ".join(str(report.fiscal_year) for report, _ in seen), sum=nl.number(total)))
    return found


def cumulative_growth(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    """The last cumulative total given plus every yearly figure since must not exceed the new total."""
    found = []
    for cumulative, yearly in cumulative_pairs(new):
        base = next((r for r in earlier if r.primary(cumulative["id"]) is not None and r.fiscal_year is not None
                     and new.fiscal_year is not None and r.fiscal_year < new.fiscal_year), None)
        if base is None:
            continue
        before = base.primary(cumulative["id"])
        since = [(new, yearly)] + [(r, r.primary(yearly["id"])) for r in earlier
                                   if r.primary(yearly["id"]) is not None and r.fiscal_year is not None
                                   and base.fiscal_year < r.fiscal_year < new.fiscal_year]
        since.sort(key=lambda item: item[0].fiscal_year)
        added = sum(record["value"] for _, record in since)
        expected = before["value"] + added
        least = lowest(before) + sum(lowest(record) for _, record in since)
        if highest(cumulative) >= least or highest(cumulative) < lowest(before):
            continue  # fine (bounds included), or shrunk: cumulative_shrinks says so
        found.append(rule.finding(
            [new.evidence(cumulative), base.evidence(before)] + [r.evidence(record) for r, record in since],
            subject=cumulative["id"],
            values={"cumulative": cumulative["value"], "old": before["value"], "sum": added, "expected": expected,
                    "years": [r.fiscal_year for r, _ in since]},
            label=cumulative.get("label", cumulative["id"]), cumulative=nl.number(cumulative["value"]),
            old=nl.number(before["value"]), old_report=report_name(base),
            yearly_label=yearly.get("label", yearly["id"]),
            years=", ".join(str(r.fiscal_year) for r, _ in since), sum=nl.number(added),
            expected=nl.number(expected)))
    return found


def outlier_factor(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    old, pairs = latest_pairs(new, earlier)
    found = []
    for pair in pairs:
        if pair.alignment.method != "id" and (pair.alignment.confidence or 0) < OUTLIER_CONFIDENCE:
            continue
        a, b = pair.old["value"], pair.new["value"]
        if pair.old.get("unit") != pair.new.get("unit") or a <= 0 or b <= 0:
            continue
        factor = max(a / b, b / a)
        if factor < OUTLIER_FACTOR:
            continue
        found.append(rule.finding(
            [new.evidence(pair.new), old.evidence(pair.old)], subject=pair.id,
            values={"old": a, "new": b, "factor": round(factor, 2)}, alignment=pair.alignment,
            label=pair.label or pair.id, old=nl.number(a), old_report=report_name(old), new=nl.number(b),
            new_report=report_name(new), factor=nl.number(factor, 1)))
    return found


def unit_change(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    old, pairs = latest_pairs(new, earlier)
    found = []
    for pair in pairs:
        units = {pair.old.get("unit"), pair.new.get("unit")}
        if len(units) == 1 or None in units or not units & MEASURES or comparable(*units):
            continue  # two counted nouns ("klassen", "schoolklassen"; "11 keer", "12 bestuursvergaderingen") count
            # things, "MWh" and "mwh" are one unit (patterns/units.yaml vocabulary): no units of measure apart
        found.append(rule.finding(
            [new.evidence(pair.new), old.evidence(pair.old)], subject=pair.id,
            values={"old_unit": pair.old.get("unit"), "new_unit": pair.new.get("unit")}, alignment=pair.alignment,
            label=pair.label or pair.id, old_report=report_name(old), old_unit=nl.unit(pair.old.get("unit")),
            old_raw=pair.old.get("raw", ""), new_report=report_name(new), new_unit=nl.unit(pair.new.get("unit")),
            new_raw=pair.new.get("raw", "")))
    return found


def _naming_words(raw: str) -> str:
    """The words after the last figure in digits of a raw text: the noun that names the quantity, if any.

    A figure written in words gives none: telling its numeral from its noun needs the Dutch lexicon.
    """
    tokens = raw.split()
    last = max((n for n, token in enumerate(tokens) if any(c.isdigit() for c in token)), default=-1)
    if last < 0:
        return ""
    return " ".join(tokens[last + 1:]).strip(" .,;:()").lower()


@cache
def _unit_words() -> dict[str, str]:
    """Dutch unit word -> canonical unit, from patterns/units.yaml (the extractor's data): declared synonyms."""
    try:
        from extractor.dutch import patterns
        units = patterns.load("units")["units"]
    except (ImportError, KeyError, PatternError):  # no unit data: no declared synonyms
        return {}
    return {word.lower(): code for code, words in units.items() for word in words}


def _synonyms(a: str, b: str) -> bool:
    words = _unit_words()
    first_a, first_b = re.split(r"[\s/]", a)[0], re.split(r"[\s/]", b)[0]
    return words.get(first_a) is not None and words.get(first_a) == words.get(first_b)


def definition_change(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    """Same indicator, same unit, named by other words: the definition may have changed. Declared synonyms
    (patterns/units.yaml) count only when the figure also jumped by a factor SYNONYM_FACTOR or more."""
    old, pairs = latest_pairs(new, earlier)
    found = []
    for pair in pairs:
        if pair.old.get("unit") != pair.new.get("unit"):
            continue  # unit_change reports it
        before, after = _naming_words(str(pair.old.get("raw", ""))), _naming_words(str(pair.new.get("raw", "")))
        if not before or not after or before in after or after in before:
            continue
        score = fuzz.ratio(before, after)
        if score >= DEFINITION_SIMILARITY:
            continue
        a, b = pair.old["value"], pair.new["value"]
        jump = max(a / b, b / a) if a > 0 and b > 0 else None
        if _synonyms(before, after) and (jump is None or jump < SYNONYM_FACTOR):
            continue
        found.append(rule.finding(
            [new.evidence(pair.new), old.evidence(pair.old)], subject=pair.id,
            values={"old_words": before, "new_words": after, "similarity": round(score, 1)},
            alignment=pair.alignment, label=pair.label or pair.id, old_words=before, old_report=report_name(old),
            new_words=after, new_report=report_name(new)))
    return found


RULES: tuple[Rule, ...] = (
    Rule("across.cumulative_growth", "error", cumulative_growth,
         "a cumulative total smaller than the previous total plus the yearly figures since"),
    Rule("across.cumulative_below_sum", "error", cumulative_below_sum,
         "a cumulative total smaller than the sum of the yearly figures of the reports seen"),
    Rule("across.outlier_factor", "error", outlier_factor,
         "a figure 10 times larger or smaller than in the previous report"),
    Rule("across.unit_change", "warning", unit_change, "an indicator given in another unit than before"),
    Rule("across.definition_change", "info", definition_change,
         "an indicator named by other words than before: a synonym, or another definition"),
)
