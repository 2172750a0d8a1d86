"""Checks on one report on its own: sums, cumulative figures, derived quantities, repeats, dates, ranges."""

from __future__ import annotations

from extractor.diff.bounds import highest, lowest
from extractor.diff import messages as nl
from extractor.diff.checks.base import Rule
from extractor.diff.findings import Finding
from extractor.diff.link import quoted_beside
from extractor.diff.view import Report, period_years
from extractor.figures.stocks import is_target

CUMULATIVE_MARK = "cumulative_"  # "loans.cumulative_amount" is the running total of "loans.amount"
CHANGE_SUFFIX = ".change_pct"  # a claimed change against an earlier year: may exceed 100 or be negative

# The Belgian full-time year: 38 hours a week, 52 weeks. Full-time days a year lie between a five-day week
# less holidays (220) and the six-day week the social security counts in (6 x 52 = 312).
WEEKLY_HOURS = 38
WEEKS = 52
HOURS_PER_FTE = WEEKLY_HOURS * WEEKS
HOURS_TOLERANCE = 0.05
WORKDAYS_PER_FTE = (220, 312)
APPROXIMATE_TOLERANCE = 0.05


def cumulative_pairs(report: Report) -> list[tuple[dict, dict]]:
    """(cumulative record, yearly record) for every cumulative indicator whose yearly figure is given."""
    out = []
    for indicator_id in sorted({i["id"] for i in report.catalogued() if CUMULATIVE_MARK in i["id"]}):
        yearly = report.primary(indicator_id.replace(CUMULATIVE_MARK, ""))
        if yearly is not None:
            out.append((report.primary(indicator_id), yearly))
    return out


def cumulative_below_year(report: Report, rule: Rule) -> list[Finding]:
    found = []
    for cumulative, yearly in cumulative_pairs(report):
        if highest(cumulative) >= lowest(yearly):
            continue
        found.append(rule.finding(
            [report.evidence(cumulative), report.evidence(yearly)], subject=cumulative["id"],
            values={"cumulative": cumulative["value"], "yearly": yearly["value"]},
            cumulative_label=cumulative.get("label", cumulative["id"]), cumulative=nl.number(cumulative["value"]),
            label=yearly.get("label", yearly["id"]), value=nl.number(yearly["value"])))
    return found


def fte_hours_ratio(report: Report, rule: Rule) -> list[Finding]:
    hours, fte = report.primary("employment.hours"), report.primary("employment.fte")
    if hours is None or fte is None or not fte["value"]:
        return []
    ratio = hours["value"] / fte["value"]
    if abs(ratio / HOURS_PER_FTE - 1) <= HOURS_TOLERANCE:
        return []
    return [rule.finding(
        [report.evidence(fte), report.evidence(hours)], subject="employment.fte",
        values={"hours": hours["value"], "fte": fte["value"], "ratio": round(ratio, 1), "norm": HOURS_PER_FTE},
        hours=nl.number(hours["value"]), fte=nl.number(fte["value"]), ratio=nl.number(ratio, 1),
        norm=nl.number(HOURS_PER_FTE), weekly_hours=nl.number(WEEKLY_HOURS), weeks=nl.number(WEEKS))]


def fte_workdays_ratio(report: Report, rule: Rule) -> list[Finding]:
    days, fte = report.primary("employment.workdays"), report.primary("employment.fte")
    if days is None or fte is None or not fte["value"]:
        return []
    ratio = days["value"] / fte["value"]
    low, high = WORKDAYS_PER_FTE
    if low <= ratio <= high:
        return []
    return [rule.finding(
        [report.evidence(fte), report.evidence(days)], subject="employment.fte",
        values={"workdays": days["value"], "fte": fte["value"], "ratio": round(ratio, 1), "range": [low, high]},
        workdays=nl.number(days["value"]), fte=nl.number(fte["value"]), ratio=nl.number(ratio, 1),
        low=nl.number(low), high=nl.number(high))]


def _differ(a: dict, b: dict) -> bool:
    if a.get("unit") != b.get("unit"):
        return False  # training in days and training in hours are two statements, not one stated twice
    if "exact" == a.get("qualifier", "exact") == b.get("qualifier", "exact"):
        return a["value"] != b["value"]
    larger = max(abs(a["value"]), abs(b["value"]))
    return larger > 0 and abs(a["value"] - b["value"]) / larger > APPROXIMATE_TOLERANCE


def _one_passage(records: list[dict]) -> bool:
    """The records stand on one page, each on the line of the one before or the next line (a paragraph's
    lines, a PDF's wrapped lines)."""
    places = sorted(((r.get("location") or {}).get("page") or 0, (r.get("location") or {}).get("line") or 0)
                    for r in records)
    return all(a[0] == b[0] and b[1] - a[1] <= 1 for a, b in zip(places, places[1:]))


def duplicate_value(report: Report, rule: Rule) -> list[Finding]:
    found = []
    for indicator_id in sorted({i["id"] for i in report.catalogued()}):
        stated = [r for r in report.occurrences(indicator_id) if report.in_year(r)]
        if len(stated) < 2 or not any(_differ(stated[0], other) for other in stated[1:]):
            continue
        if _one_passage(stated):
            continue  # the values follow each other line by line, in one passage: several items of a kind listed
            # one after the other ("een lening van 24.000 euro ... een renteloze lening van 15.000 euro"), or this
            # year's and last year's ("Een jaar eerder waren dat ... (9,3 VTE)"), not one figure stated twice
        listed = ", ".join(f"{nl.quoted(str(r.get('raw')))} ({nl.label('line')} {(r.get('location') or {}).get('line')})"
                           for r in stated)
        found.append(rule.finding(
            [report.evidence(r) for r in stated], subject=indicator_id,
            values={"values": [r["value"] for r in stated]},
            label=stated[0].get("label", indicator_id), stated=listed))
    return found


# a claimed change and the earlier figure it is measured against (a from-to pair, a base in parentheses):
# dated to another year on purpose
STATED_AS_EARLIER = frozenset({"change:claim", "change:from", "from_to:from"})


def period_mismatch(report: Report, rule: Rule) -> list[Finding]:
    if report.fiscal_year is None:
        return []
    found = []
    for record in report.indicators:
        if record["id"].endswith(CHANGE_SUFFIX) or report.in_year(record) or report.roles(record) & STATED_AS_EARLIER \
                or id(record) in quoted_beside(report) or is_target(record):  # a target's year: the year it aims at
            continue  # a figure given as last year's beside this year's: a comparison on purpose, checked across
        years = period_years(record.get("period"))
        if record.get("table") and years and years[1] is not None and years[1] < report.fiscal_year:
            continue  # a table's column of an earlier year ("Vorig boekjaar", "31/12/2022"): a comparison on purpose,
            # checked against that year's report (across.previous_year_figure), never a note of its own
        future = years is not None and years[0] is not None and years[0] > report.fiscal_year
        found.append(rule.finding(
            [report.evidence(record)], subject=record["id"], severity="info" if future else None,
            values={"period": record.get("period"), "years": list(years or ()), "fiscal_year": report.fiscal_year},
            raw=record.get("raw", ""), label=record.get("label", record["id"]), period=nl.period(record.get("period"), report.split),
            fiscal_year=nl.fiscal_year_name(report.fiscal_year, report.split)))
    return found


def is_change(record: dict) -> bool:
    """A change against an earlier year, which may be negative or exceed 100 %: a catalogue's change id, or a
    derived key that names the change aspect (patterns/lexicon.yaml aspects.names: "omzet_procent.verandering",
    also a table's change column, "evolutie (%)")."""
    if record["id"].endswith(CHANGE_SUFFIX):
        return True
    if record.get("match") != "derived":
        return False
    from extractor.dutch.lexicon import lexicon

    change = lexicon().aspect_names.get("change")
    return change is not None and change in str(record["id"]).split(".")[2:]


def percentage_range(report: Report, rule: Rule) -> list[Finding]:
    found = []
    for record in report.indicators:
        if record.get("unit") != "%" or is_change(record):
            continue
        if 0 <= record["value"] <= 100 and 0 <= record.get("value_max", 0) <= 100:
            continue
        found.append(rule.finding(
            [report.evidence(record)], subject=record["id"], values={"value": record["value"]},
            raw=record.get("raw", ""), label=record.get("label", record["id"])))
    return found


RULES: tuple[Rule, ...] = (
    Rule("internal.fte_hours_ratio", "error", fte_hours_ratio,
         "hours per FTE more than 5 % away from the Belgian full-time year (38 h x 52)"),
    Rule("internal.fte_workdays_ratio", "warning", fte_workdays_ratio,
         "workdays per FTE outside 220..312"),
    Rule("internal.duplicate_value", "warning", duplicate_value,
         "the same indicator stated twice for the fiscal year, with different values"),
    Rule("internal.period_mismatch", "info", period_mismatch,
         "a figure the sentence dates to another period than the fiscal year: context the text states on "
         "purpose (\"in 2021\", \"vorig jaar\", \"tegenover\"), a note, never a warning"),
    Rule("internal.percentage_range", "error", percentage_range, "a percentage below 0 or above 100"),
)
