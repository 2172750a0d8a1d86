"""Checks on the relations a report states between its figures against earlier reports (family: across): a
claimed change without the earlier figure beside it (across.change_claim), a figure the text gives for last
year or an earlier one: a restatement (across.previous_year_figure), a cumulative figure against last year's (across.cumulative_shrinks)."""

from __future__ import annotations

import re
from itertools import combinations

from extractor.diff import messages as nl
from extractor.diff.bounds import highest, lowest, rounding
from extractor.diff.checks.across import figures as catalogue_across
from extractor.diff.checks.base import Rule, report_name
from extractor.diff.checks.internal.figures import CHANGE_SUFFIX
from extractor.diff.checks.relation_claims import (claim_text, computed_change, computed_text, confident_pairs,
                                                   cumulatives, holds, members, one, raw,
                                                   report_of_year)
from extractor.diff.findings import Finding
from extractor.diff.link import Node, match, nodes, own_year
from extractor.diff.view import Report, location_order, period_years
from extractor.dutch.lexicon import lexicon
from extractor.figures.periods import stated_period


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
            values={"claimed": relation.get("claimed", relation.get("direction")), "computed": round(computed, 2), "reference_year": reference,
                    "old": before["value"], "new": after["value"]},
            claimed=claim_text(relation, claim), label=nl.record_label(after) or raw(after),
            reference_year=str(reference), computed=computed_text(relation, computed),
            old=nl.number(before["value"]), old_report=report_name(old), new=nl.number(after["value"]),
            new_report=report_name(new)))
    return found


# ---- a figure for an earlier year (a restatement) ------------------------------------------------------------

CORRECTION_DIGITS = 4  # ... written with at least 4 significant digits on both sides
CORRECTION_SHARE = 0.1  # a figure of the same key within 10 % of that year's report's own: a correction of it
RESTATED_FACTOR = 2.0  # a restatement corrects a figure: of the other sign, or more than twice or under half of
# the earlier one, the two are other quantities paired (a cost and a result of one table), left to the changes


def _may_restate(stated: dict, earlier: dict) -> bool:
    """Whether a figure given for an earlier year can be a restatement of that year's figure, not another
    quantity: the same sign, and neither more than RESTATED_FACTOR times the other."""
    a, b = stated["value"], earlier["value"]
    if a == 0 or b == 0:
        return True  # from or to nothing: nothing to tell them apart by
    return (a > 0) == (b > 0) and max(abs(a), abs(b)) <= RESTATED_FACTOR * min(abs(a), abs(b))


def _correction(stated: dict, earlier: dict) -> bool:
    """Whether a figure given for an earlier year surely restates that year's figure: the same quantity (the
    key's concept, whatever its qualifiers; not a bare number's), both written precisely (CORRECTION_DIGITS),
    and within CORRECTION_SHARE of it ("7.381.400" for "7.318.400": two digits swapped)."""
    key, other = str(stated.get("id") or "").split("."), str(earlier.get("id") or "").split(".")
    if key[:2] != other[:2] or len(key) < 2 or lexicon().number_concept in key[:2]:
        return False
    if min(_digits(stated), _digits(earlier)) < CORRECTION_DIGITS:
        return False  # "4,2 %" beside last year's "4,5 %": a short figure may be another one of that size
    a, b = abs(stated["value"]), abs(earlier["value"])
    return abs(a - b) <= CORRECTION_SHARE * max(a, b)


def _digits(record: dict) -> int:
    """The significant digits written ("7.381.400": 5, "4,5 %": 2)."""
    return len(re.sub(r"\D", "", raw(record)).strip("0"))


def _stated_year(report: Report, record: dict, earlier_ids: set[int]) -> int | None:
    """The earlier year the text gives the figure for: its stated period when that is one year before the fiscal
    year ("16.190 MWh in 2022", "Over 2021 keerden we 4,5 % uit"), else last year for the earlier value of a
    from-to pair or of a claimed change ("tegenover 1.980 vorig jaar"); None for a figure of the report's year."""
    fiscal = report.fiscal_year
    if fiscal is None or report.roles(record) & {"change:claim"} or \
            str(record.get("id", "")).endswith(CHANGE_SUFFIX):
        return None  # a claimed change is dated by the year it is measured against, not the year it is for
    year = report.stated_year(record)  # "2022", "2022-12-31"; "2021/2022" where fiscal years are split
    if year is not None:
        return year if year < fiscal else None
    return fiscal - 1 if id(record) in earlier_ids and not period_years(stated_period(record)) else None


def _restated(new: Report) -> list[tuple[dict, int, dict | None, Node | None, bool]]:
    """Every figure of `new` the text gives for an earlier year: (figure, year, the figure of the same quantity
    for the report's own year or None, the node of figures for earlier years it stands in when there is none,
    whether the text ties the two: a from-to pair or a claimed change)."""
    earlier_ids = new.previous_year_figures()
    # the figure a from-to pair or a claimed change speaks of: "van 61 naar 68 woningen" gives 61 its quantity
    subject = {id(before): after for relation in new.relations if relation["kind"] in ("from_to", "change")
               for before in members(relation, "from") for after in members(relation, "to")}
    out = []
    for node in nodes(new):
        main = node.main if own_year(new, node.main) else None
        for record in node.records:
            year = _stated_year(new, record, earlier_ids)
            beside = _quoted_after(new, record) if id(record) not in subject else None
            anchor = subject.get(id(record)) or beside or main
            if year is not None:
                # a warning only where a relation ties the two ("van 16.190 MWh in 2022 naar 17.480 MWh") or the
                # text quotes the earlier figure right after this year's of the same key ("97.600 maaltijden
                # (2024: 93.200)"): on the held-out sets, two cells of one row and two values in one sentence were
                # as often other quantities of last year's report (its figures linked by the words of a row label)
                # as restatements
                tied = id(record) in subject or beside is not None
                out.append((record, year, anchor, None if anchor is not None else node, tied))
    return out


def _quoted_after(report: Report, record: dict) -> dict | None:
    """The report's own-year figure of the same key that the figure, of no table, directly follows in its
    sentence ("Er werden 97.600 maaltijden bereid (2024: 93.200)"): the figure quotes that quantity's earlier
    value, whichever series the linker gave it."""
    if record.get("table") is not None or not record.get("sentence"):
        return None
    before = [r for r in report.indicators if r.get("sentence") == record["sentence"] and r.get("table") is None
              and location_order(r) < location_order(record)]
    if not before:
        return None
    nearest = max(before, key=location_order)
    if nearest.get("id") != record.get("id") or not own_year(report, nearest):
        return None
    sentence, first, second = record["sentence"], raw(nearest), raw(record)
    start = sentence.find(first)
    end = sentence.find(second, start + len(first)) if start >= 0 else -1
    # in its clause, in brackets after the year it is for: "97.600 maaltijden bereid (2024: 93.200)", not
    # "(8,4 VTE), tegenover 11 een jaar eerder"
    return nearest if end >= 0 and _QUOTED_YEAR.fullmatch(sentence[start + len(first):end]) else None


_QUOTED_YEAR = re.compile(r"[^,;()]*\(\s*\d{4}(?:[-/]\d{2,4})?\s*:?\s*")


_MOST_PARTS = 3  # other figures of its sentence a part may be added to


def _sum_of_its_sentence(old: Report, part: dict, whole: float, slack: float) -> bool:
    """Whether `whole` is `part` plus other figures of the same unit in `part`'s sentence in the report `old`,
    each for that report's own year: the quantity given there in parts."""
    sentence = part.get("sentence")
    if not sentence:
        return False
    rest = [r["value"] for r in old.indicators if r is not part and r.get("sentence") == sentence
            and r.get("unit") == part.get("unit") and old.in_year(r)]
    missing = whole - part["value"]
    return any(abs(sum(chosen) - missing) <= slack
               for size in range(1, min(len(rest), _MOST_PARTS) + 1) for chosen in combinations(rest, size))


def _counterpart(new: Report, old: Report, anchor: dict | None, node: Node | None) -> dict | None:
    """The figure of `old` for its own year that states the same quantity: the one confidently paired with the
    quantity's figure for this year; for a quantity this report gives only for earlier years, the one its
    figures pair with (one global assignment, confident pairs only)."""
    if anchor is not None:
        return confident_pairs(new, old).get(id(anchor))
    key = ("restated_nodes", id(old))
    if key not in new.memo:
        theirs = [n for n in nodes(old) if own_year(old, n.main)]
        mine = [n for n in nodes(new) if not own_year(new, n.main)]
        # keyed by each node's main figure: the nodes of a report are made anew at each call of nodes()
        new.memo[key] = {id(pair.new.main): pair.old.main for pair in match(theirs, mine) if not pair.possible}
    return new.memo[key].get(id(node.main)) if node is not None else None


def previous_year_figure(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    """A figure the text gives for an earlier year ("van 16.190 MWh in 2022 naar ...", "tegenover 1.980 vorig
    jaar", "Over 2021 keerden we 4,5 % dividend uit") is checked against that year's report: the same quantity's
    figure there for its own year. Equal (within what a qualifier allows): fine; different: a restatement."""
    found = []
    seen: set[int] = set()
    for record, year, anchor, node, tied in _restated(new):
        old = report_of_year(earlier, year)
        if old is None or id(record) in seen:
            continue
        stated = _counterpart(new, old, anchor, node)
        unit = record.get("unit") or (anchor or {}).get("unit")
        if stated is None or stated.get("unit") != unit or not _may_restate(record, stated):
            continue
        seen.add(id(record))
        # equal within what a qualifier allows and what each one's last written digit rounds away ("125" in a
        # table in thousands of euro restates 124.837 euro; "4,5 %" restates 4,46 %)
        slack = max(rounding(record), rounding(stated))
        if lowest(record) - slack <= highest(stated) and lowest(stated) - slack <= highest(record):
            continue
        if _sum_of_its_sentence(old, stated, record["value"], slack):
            continue  # that year's report gave the quantity in parts, one sentence ("een werkingssubsidie van
            # 38.000 euro; de stad 23.000 euro"): the figure for that year is their whole, not a restatement
        label = (nl.record_label(anchor) if anchor else "") or nl.record_label(record) or raw(record)
        tied = tied or _correction(record, stated)
        # a figure a relation ties to this year's is surely that quantity: a warning; one only the linker's words
        # join to it ("Over 2021 keerden we 4,5 % uit", a table's column of last year) may be another: a note
        found.append(rule.finding(
            [new.evidence(record), old.evidence(stated)], subject=(anchor or record).get("id"),
            severity=None if tied else "info",
            values={"year": year, "stated": record["value"], "earlier": stated["value"]},
            new_report=report_name(new), raw=raw(record), year=nl.fiscal_year_name(year, new.split), label=label,
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
                label=nl.record_label(total) or raw(total), old=nl.number(before["value"]), old_report=report_name(old),
                new=nl.number(total["value"]), new_report=report_name(new)))
    return found


RULES: tuple[Rule, ...] = (
    Rule("across.change_claim", "error", claim_against_earlier,
         "a claimed change (“+9,2 % tegenover 2021”) that the earlier report's figure does not give"),
    Rule("across.previous_year_figure", "warning", previous_year_figure,
         "a figure the text gives for an earlier year that differs from that year's report (a restatement)"),
    Rule("across.cumulative_shrinks", "error", cumulative_shrinks,
         "a cumulative figure smaller than last year's cumulative figure of the same quantity"),
)
