"""Checks of one report's statute articles and general meetings against earlier reports (family: across).

A historical event (a meeting that amended or confirmed an article) must be dated alike and held by the
same kind of meeting in every report; a condition of art. 8:5 WVV should be backed by the same articles as
in the previous report.
"""

from __future__ import annotations

from extractor.diff import messages as nl
from extractor.diff.align import align_conditions, align_events
from extractor.diff.checks.base import Rule, report_name
from extractor.diff.findings import Alignment, Finding
from extractor.diff.reports import Report


def _comparable(a: str | None, b: str | None) -> bool:
    """Two ISO dates agree at the coarser of their precisions: "2020-06" and "2020-06-15" agree."""
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def event_date(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    found = []
    for old in earlier:
        merged: dict[tuple, list] = {}
        for pair in align_events(old, new):
            if any(_comparable(a.get("date"), b.get("date")) for a in pair.old for b in pair.new):
                continue
            key = (pair.action, tuple(id(m) for m in pair.old), tuple(id(m) for m in pair.new))
            merged.setdefault(key, []).append(pair)
        for pairs in merged.values():
            first = pairs[0]
            before, after = first.old[0], first.new[0]
            years_differ = str(before.get("date"))[:4] != str(after.get("date"))[:4]
            article_list = [p.article for p in pairs]
            found.append(rule.finding(
                [new.evidence(m) for m in first.new] + [old.evidence(m) for m in first.old],
                subject="article:" + ",".join(article_list),
                values={"articles": article_list, "action": first.action,
                        "old_dates": [m.get("date") for m in first.old],
                        "new_dates": [m.get("date") for m in first.new]},
                alignment=Alignment("event", None, first.key), severity=None if years_differ else "warning",
                meeting=nl.meeting_kind(after.get("kind")), articles=nl.articles(article_list),
                action=nl.action(first.action),
                old_date=nl.date(before.get("date"), before.get("precision")), old_report=report_name(old),
                new_date=nl.date(after.get("date"), after.get("precision")), new_report=report_name(new)))
    return found


def event_kind(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    found = []
    for old in earlier:
        for pair in align_events(old, new):
            old_kinds = {m.get("kind") for m in pair.old}
            new_kinds = {m.get("kind") for m in pair.new}
            if old_kinds & new_kinds:
                continue
            before, after = pair.old[0], pair.new[0]
            found.append(rule.finding(
                [new.evidence(after), old.evidence(before)], subject=f"article:{pair.article}",
                values={"old_kinds": sorted(old_kinds), "new_kinds": sorted(new_kinds)},
                alignment=Alignment("event", None, pair.key),
                articles=nl.articles([pair.article]), action=nl.action(pair.action),
                old_meeting=nl.meeting_kind(before.get("kind")), old_report=report_name(old),
                new_meeting=nl.meeting_kind(after.get("kind")), new_report=report_name(new)))
    return found


def condition_article(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    if not earlier:
        return []
    old = earlier[0]
    found = []
    for pair in align_conditions(old, new):
        if not pair.old or not pair.new or pair.old_articles == pair.new_articles:
            continue
        found.append(rule.finding(
            [new.evidence(r) for r in pair.new] + [old.evidence(r) for r in pair.old],
            subject=f"condition:{pair.condition}",
            values={"condition": pair.condition, "old_articles": pair.old_articles,
                    "new_articles": pair.new_articles},
            alignment=Alignment("condition", None, f"condition:{pair.condition}"),
            condition=str(pair.condition), new_report=report_name(new), new_articles=nl.articles(pair.new_articles),
            old_report=report_name(old), old_articles=nl.articles(pair.old_articles)))
    return found


def condition_dropped(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    if not earlier or not any(r.get("condition") for r in new.statute_references):
        return []  # the new report states no conditions at all: nothing to compare with
    old = earlier[0]
    found = []
    for pair in align_conditions(old, new):
        if pair.new or not pair.old_articles:
            continue
        answer = next((c["answer"] for c in new.data.get("conditions", []) if c["condition"] == pair.condition),
                      None)  # where the new report answers the condition, now without an article
        new_side = [new.evidence({"location": answer["location"], "raw": answer["text"],
                                  "sentence": answer["text"]})] if answer else []
        found.append(rule.finding(
            new_side + [old.evidence(r) for r in pair.old], subject=f"condition:{pair.condition}",
            values={"condition": pair.condition, "old_articles": pair.old_articles},
            alignment=Alignment("condition", None, f"condition:{pair.condition}"),
            condition=str(pair.condition), old_report=report_name(old), old_articles=nl.articles(pair.old_articles),
            new_report=report_name(new)))
    return found


RULES: tuple[Rule, ...] = (
    Rule("across.event_date", "error", event_date,
         "the same event (a meeting acting on a statute article) dated differently; a warning if only the "
         "day or month differs"),
    Rule("across.event_kind", "warning", event_kind, "the same event held by a different kind of meeting"),
    Rule("across.condition_article", "warning", condition_article,
         "a condition of art. 8:5 WVV backed by other statute articles than in the previous report"),
    Rule("across.condition_dropped", "warning", condition_dropped,
         "a condition of art. 8:5 WVV backed by statute articles before, by none now"),
)
