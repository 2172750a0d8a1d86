"""Checks on the relations a report states between its figures against earlier reports (family: across): a
claimed change without the earlier figure beside it (across.change_claim), a figure the text gives for last
year (across.previous_year_figure), a cumulative figure against last year's (across.cumulative_shrinks)."""

from __future__ import annotations

from extractor.diff import messages as nl
from extractor.diff.bounds import highest, lowest
from extractor.diff.checks.across import figures as catalogue_across
from extractor.diff.checks.base import Rule, report_name
from extractor.diff.checks.internal.figures import CHANGE_SUFFIX
from extractor.diff.checks.relation_claims import (claim_text, computed_change, computed_text, confident_pairs,
                                                   cumulatives, holds, one, raw, report_of_year)
from extractor.diff.findings import Finding
from extractor.diff.view import Report


# ---- claimed changes ----------------------------------------------------------------------------------------

def claim_against_earlier(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    """A claimed change without the earlier figure beside it ("16.190 MWh, +9,2 % tegenover 2021"): the earlier
    report's figure of the same quantity gives it."""
    found = catalogue_across.change_claim(new, earlier, rule)
    for relation in new.relations:
        if relation["kind"] != "change" or one(relation, "from") is not None:
            continue
        after, claim = one(relation, "to"), one(relation, "claim")
        if claim is not None and str(claim.get("id", "")).endswith(CHANGE_SUFFIX):
            continue  # the catalogue's claim: checked above
        if after is None or new.fiscal_year is None:
            continue
        reference = relation.get("against") or new.fiscal_year - 1
        old = report_of_year(earlier, reference)
        if old is None:
            continue
        before = confident_pairs(new, old).get(id(after))
        if before is None or holds(relation, before, after):
            continue
        computed = computed_change(relation, before["value"], after["value"])
        if computed is None:
            continue
        found.append(rule.finding(
            ([new.evidence(claim)] if claim is not None else []) + [new.evidence(after), old.evidence(before)],
            subject=after.get("id"),
            values={"claimed": relation["claimed"], "computed": round(computed, 2), "reference_year": reference,
                    "old": before["value"], "new": after["value"]},
            claimed=claim_text(relation, claim), label=after.get("label") or raw(after),
            reference_year=str(reference), computed=computed_text(relation, computed),
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
        before, after = one(relation, "from"), one(relation, "to")
        if before is None or after is None:
            continue
        year = relation.get("from_year") or new.fiscal_year - 1
        old = report_of_year(earlier, year)
        if old is None:
            continue
        stated = confident_pairs(new, old).get(id(after))
        if stated is None or stated.get("unit") != (before.get("unit") or after.get("unit")):
            continue
        if lowest(before) <= highest(stated) and lowest(stated) <= highest(before):
            continue
        found.append(rule.finding(
            [new.evidence(before), old.evidence(stated)], subject=after.get("id"),
            values={"year": year, "stated": before["value"], "earlier": stated["value"]},
            new_report=report_name(new), raw=raw(before), year=str(year), label=after.get("label") or raw(after),
            old_report=report_name(old), old_raw=raw(stated)))
    return found


# ---- cumulative figures -------------------------------------------------------------------------------------

def cumulative_shrinks(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    """A cumulative figure smaller than the same cumulative figure in an earlier report."""
    found = catalogue_across.cumulative_shrinks(new, earlier, rule)
    done = {f.values.get("new") for f in found}
    mine = [r for r in cumulatives(new) if r["value"] not in done]
    for old in earlier[:1]:
        theirs = {id(r) for r in cumulatives(old)}
        pairs = confident_pairs(new, old)
        for total in mine:
            before = pairs.get(id(total))
            if before is None or id(before) not in theirs or highest(total) >= lowest(before):
                continue
            found.append(rule.finding(
                [new.evidence(total), old.evidence(before)], subject=total.get("id"),
                values={"old": before["value"], "new": total["value"]},
                label=total.get("label") or raw(total), old=nl.number(before["value"]), old_report=report_name(old),
                new=nl.number(total["value"]), new_report=report_name(new)))
    return found


RULES: tuple[Rule, ...] = (
    Rule("across.change_claim", "error", claim_against_earlier,
         "a claimed change (“+9,2 % tegenover 2021”) that the earlier report's figure does not give"),
    Rule("across.previous_year_figure", "warning", previous_year_figure,
         "a figure the text gives for last year that differs from last year's report"),
    Rule("across.cumulative_shrinks", "error", cumulative_shrinks,
         "a cumulative figure smaller than last year's cumulative figure of the same quantity"),
)
