"""Checks on the general meetings one report tells of (family: internal): one meeting given two dates.

A report names a meeting in several places: in the conditions table ("Artikel 13, herschreven door de
buitengewone algemene vergadering van 29 november 2022"), in its section on the meetings, in its history. The
same meeting is recognised by what it did (an article it amended or confirmed, `diff.align.events`) or, for
the year's ordinary general meeting, by being the only one of its kind that month; two dates for it that do
not agree at their precision ("juni 2022" agrees with "21 juni 2022") are an inconsistency of the report.

Not flagged: two mentions in one sentence or line ("de statuten werden gewijzigd in juni 2020 en juni 2022":
two events), meetings of different kinds, and dates more than a year apart (the same article amended again
later is another event, not a second date of the first).
"""

from __future__ import annotations

from extractor.diff import messages as nl
from extractor.diff.align import article_key, events
from extractor.diff.checks.base import Rule
from extractor.diff.findings import Alignment, Finding
from extractor.diff.view import Report

MAX_YEARS_APART = 1  # dates of one event further apart than this are two events


def _agree(a: str, b: str) -> bool:
    """Two ISO dates agree at the coarser of their precisions: "2020-06" and "2020-06-15" agree."""
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _line(meeting: dict) -> tuple:
    where = meeting.get("location") or {}
    return where.get("page"), where.get("line")


def _conflict(meetings: list[dict]) -> tuple[dict, dict] | None:
    """The first two mentions of one meeting whose dates disagree, in the report's order; None when all agree."""
    dated = sorted((m for m in meetings if m.get("date")), key=lambda m: (_line(m)[0] or 0, _line(m)[1] or 0))
    for k, first in enumerate(dated):
        for second in dated[k + 1:]:
            a, b = str(first["date"]), str(second["date"])
            if _agree(a, b) or _line(first) == _line(second) or first.get("kind") != second.get("kind"):
                continue
            if abs(int(a[:4]) - int(b[:4])) > MAX_YEARS_APART:
                continue
            return first, second
    return None


def meeting_date(report: Report, rule: Rule) -> list[Finding]:
    found = []
    merged: dict[tuple, list[str]] = {}  # one meeting amending several articles is one finding
    pairs: dict[tuple, tuple[dict, dict, str | None]] = {}
    for (article, action), meetings in sorted(events(report).items(), key=lambda e: (article_key(e[0][0]), e[0][1])):
        conflict = _conflict(meetings)
        if conflict is None:
            continue
        first, second = conflict
        key = (action, first["date"], second["date"])
        merged.setdefault(key, []).append(article)
        pairs[key] = (first, second, action)
    # the year's ordinary general meeting, known by its month: two days of one month for the only one that month
    general: dict[str, list[dict]] = {}
    for meeting in report.meetings:
        date = str(meeting.get("date") or "")
        if meeting.get("kind") == "general" and len(date) == 10:
            general.setdefault(date[:7], []).append(meeting)
    for month, meetings in sorted(general.items()):
        days = sorted({str(m["date"]) for m in meetings})
        if len(days) != 2:
            continue  # one day agrees with itself; three or more days cannot be told apart
        conflict = _conflict(meetings)
        if conflict is None or any(set(m.get("articles") or []) for m in conflict):
            continue  # a meeting that acted on articles is checked by them above
        first, second = conflict
        key = (None, first["date"], second["date"])
        if key not in pairs:
            merged[key] = []
            pairs[key] = (first, second, None)
    for key, articles in merged.items():
        first, second, action = pairs[key]
        years_differ = str(first["date"])[:4] != str(second["date"])[:4]
        found.append(rule.finding(
            [report.evidence(first), report.evidence(second)],
            subject="meeting:" + (",".join(articles) if articles else str(first["date"])[:7]),
            values={"articles": articles, "action": action, "dates": [first["date"], second["date"]]},
            alignment=Alignment("event", None, "meeting:" + str(first["date"])),
            severity="error" if years_differ else None,
            meeting=nl.meeting_kind(first.get("kind")),
            event=nl.vocabulary()["meeting_event"].format(articles=nl.articles(articles), action=nl.action(action))
            if articles else "",
            first_date=nl.date(first.get("date"), first.get("precision")), first_place=_where(first),
            second_date=nl.date(second.get("date"), second.get("precision")), second_place=_where(second)))
    return found


def _where(meeting: dict) -> str:
    page, line = _line(meeting)
    at = f"{nl.label('line')} {line}"
    return at if page is None else f"{nl.label('page')} {page}, {at}"


RULES: tuple[Rule, ...] = (
    Rule("internal.meeting_date", "warning", meeting_date,
         "one meeting (known by the articles it acted on, or the only ordinary general meeting of its month) "
         "given two dates that disagree inside one report; an error when the years differ"),
)
