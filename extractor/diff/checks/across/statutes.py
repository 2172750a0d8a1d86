"""Checks of one report's statute articles and general meetings against earlier reports (family: across).

A historical event (a meeting that amended or confirmed an article) must be dated alike and held by the
same kind of meeting in every report; a condition of art. 8:5 WVV should be backed by the same articles as
in the previous report.
"""

from __future__ import annotations

from extractor.diff import messages as nl
from extractor.diff.align import align_conditions, align_events, article_key
from extractor.diff.checks.base import Rule, report_name
from extractor.diff.findings import Alignment, Finding
from extractor.diff.view import Report


def _comparable(a: str | None, b: str | None) -> bool:
    """Two ISO dates agree at the coarser of their precisions: "2020-06" and "2020-06-15" agree."""
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _superseded(pair, old: Report, earlier: list[Report], new: Report) -> bool:
    """A report between `old` and `new` tells of a later meeting that acted on the same article: the article
    was amended again, and `old`'s meeting is another event than `new`'s."""
    old_dates = [str(m.get("date") or "") for m in pair.old]
    for between in earlier:
        if between is old or not (old.fiscal_year or 0) < (between.fiscal_year or 0) < (new.fiscal_year or 0):
            continue
        for other in align_events(between, new):
            if (other.article, other.action) == (pair.article, pair.action) and \
                    all(str(m.get("date") or "") > max(old_dates) for m in other.old):
                return True
    return False


def event_date(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    found = []
    for old in earlier:
        merged: dict[tuple, list] = {}
        for pair in align_events(old, new):
            if any(_comparable(a.get("date"), b.get("date")) for a in pair.old for b in pair.new):
                continue
            if _superseded(pair, old, earlier, new):
                continue
            # one meeting amending several articles is one finding: meetings are told apart by their dates
            key = (pair.action, tuple(sorted({str(m.get("date")) for m in pair.old})),
                   tuple(sorted({str(m.get("date")) for m in pair.new})))
            merged.setdefault(key, []).append(pair)
        for pairs in merged.values():
            first = pairs[0]
            before, after = first.old[0], first.new[0]
            shown_new = list({id(m): m for p in pairs for m in p.new}.values())
            shown_old = list({id(m): m for p in pairs for m in p.old}.values())
            years_differ = str(before.get("date"))[:4] != str(after.get("date"))[:4]
            article_list = [p.article for p in pairs]
            found.append(rule.finding(
                [new.evidence(m) for m in shown_new] + [old.evidence(m) for m in shown_old],
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


def _day(meeting: dict) -> str | None:
    date = meeting.get("date") or ""
    return date if len(date) == 10 and meeting.get("precision") in (None, "day") else None


def _dated(report: Report) -> dict[str, list[dict]]:
    """The report's meetings by day: one meeting may be named several times."""
    out: dict[str, list[dict]] = {}
    for meeting in report.meetings:
        day = _day(meeting)
        if day:
            out.setdefault(day, []).append(meeting)
    return out


def _articles(meetings: list[dict]) -> set[str]:
    return {a for m in meetings if m.get("action") == "amended" for a in m.get("articles") or []}


def event_redated(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    """An extraordinary meeting known by its date: one report names it on one day, the other on another day
    of the same month, and neither report knows a meeting on the other's day. (Known by the articles it
    amended, event_date says so.)"""
    found = []
    for old in earlier:
        old_days, new_days = _dated(old), _dated(new)
        paired = {(id(m), id(n)) for pair in align_events(old, new) for m in pair.old for n in pair.new}
        for new_day, new_meetings in sorted(new_days.items()):
            if new_day in old_days or not any(m.get("kind") == "extraordinary" for m in new_meetings):
                continue
            for old_day, old_meetings in sorted(old_days.items()):
                if old_day in new_days or old_day[:7] != new_day[:7] or \
                        not any(m.get("kind") == "extraordinary" for m in old_meetings):
                    continue
                if any((id(m), id(n)) in paired for m in old_meetings for n in new_meetings):
                    continue  # paired by the articles they amended: event_date reports it
                old_articles, new_articles = _articles(old_meetings), _articles(new_meetings)
                if old_articles and new_articles and not old_articles & new_articles:
                    continue  # two meetings that amended different articles: two events
                same_month = [d for d in old_days if d[:7] == new_day[:7]] + [d for d in new_days if d[:7] == new_day[:7]]
                if len(same_month) != 2:
                    continue  # more meetings that month: which is which cannot be told
                before, after = old_meetings[0], new_meetings[0]
                found.append(rule.finding(
                    [new.evidence(m) for m in new_meetings] + [old.evidence(m) for m in old_meetings],
                    subject=f"meeting:{old_day}",
                    values={"old_date": old_day, "new_date": new_day,
                            "articles": sorted(old_articles | new_articles, key=article_key)},
                    alignment=Alignment("event", None, f"meeting:{old_day[:7]}"),
                    meeting=nl.meeting_kind("extraordinary"), old_date=nl.date(old_day, "day"),
                    old_report=report_name(old), new_date=nl.date(new_day, "day"), new_report=report_name(new)))
    return found


def event_articles(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    """One meeting (one day) said to have amended other articles in one report than in the other."""
    found = []
    for old in earlier:
        old_days, new_days = _dated(old), _dated(new)
        for day in sorted(set(old_days) & set(new_days)):
            before, after = _articles(old_days[day]), _articles(new_days[day])
            if not before or not after or before <= after or after <= before:
                continue  # one report names some of what the other names: no contradiction
            meeting = next((m for m in new_days[day] if m.get("action") == "amended"), new_days[day][0])
            found.append(rule.finding(
                [new.evidence(m) for m in new_days[day]] + [old.evidence(m) for m in old_days[day]],
                subject=f"meeting:{day}",
                values={"date": day, "old_articles": sorted(before, key=article_key),
                        "new_articles": sorted(after, key=article_key)},
                alignment=Alignment("event", None, f"meeting:{day}"),
                meeting=nl.meeting_kind(meeting.get("kind")), date=nl.date(day, "day"), action=nl.action("amended"),
                old_articles=nl.articles(sorted(before, key=article_key)), old_report=report_name(old),
                new_articles=nl.articles(sorted(after, key=article_key)), new_report=report_name(new)))
    return found


def _amended_between(new: Report, old: Report, articles: set[str]) -> bool:
    """A meeting that either report dates after the old report's fiscal year began amended one of these."""
    start = f"{old.fiscal_year}" if old.fiscal_year is not None else ""
    for report in (new, old):
        for meeting in report.meetings:
            if meeting.get("action") == "amended" and set(meeting.get("articles") or []) & articles and \
                    str(meeting.get("date") or "") >= start:
                return True
    return False


def condition_article(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    if not earlier:
        return []
    old = earlier[0]
    found = []
    cited_old, cited_new = _articles_cited(old), _articles_cited(new)
    for pair in align_conditions(old, new):
        if not pair.old or not pair.new or pair.old_articles == pair.new_articles:
            continue
        if set(pair.new_articles) - set(pair.old_articles) <= cited_old and \
                set(pair.old_articles) - set(pair.new_articles) <= cited_new:
            continue  # each article differs only in which condition it is read with; both reports cite it: a
            # table's or a paragraph's rows read another way (a wrapped cell of a PDF, two conditions in one
            # paragraph), no sign that the statutes or the report changed the article behind the condition
        # a meeting in between amended those articles: the statutes changed, maybe not the report: a note
        explained = _amended_between(new, old, set(pair.old_articles) | set(pair.new_articles))
        found.append(rule.finding(
            [new.evidence(r) for r in pair.new] + [old.evidence(r) for r in pair.old],
            subject=f"condition:{pair.condition}",
            values={"condition": pair.condition, "old_articles": pair.old_articles,
                    "new_articles": pair.new_articles},
            alignment=Alignment("condition", None, f"condition:{pair.condition}"),
            severity="info" if explained else None,
            condition=str(pair.condition), new_report=report_name(new), new_articles=nl.articles(pair.new_articles),
            old_report=report_name(old), old_articles=nl.articles(pair.old_articles)))
    return found


def _articles_cited(report: Report) -> set[str]:
    """Every statute article the report cites, for a condition or not."""
    return {str(a) for ref in report.statute_references for a in (ref.get("articles") or [ref.get("article")]) if a}


def condition_dropped(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    if not earlier or not any(r.get("condition") for r in new.statute_references):
        return []  # the new report states no conditions at all: nothing to compare with
    old = earlier[0]
    cited = {a for ref in new.statute_references for a in (ref.get("articles") or [ref.get("article")]) if a}
    found = []
    for pair in align_conditions(old, new):
        if pair.new or not pair.old_articles:
            continue
        if set(pair.old_articles) <= cited:
            continue  # the new report still cites those articles, with no condition read for them: not dropped
        answer = next((c["answer"] for c in new.data.get("conditions", []) if c["condition"] == pair.condition),
                      None)  # where the new report answers the condition, now without an article
        new_side = [new.evidence({"location": answer["location"], "raw": answer["text"],
                                  "sentence": answer["text"]})] if answer else []
        # answered now without an article: a warning; not answered at all (a table that leaves it out, or one
        # the recogniser did not find): a note, since nothing in the new report contradicts the old one
        found.append(rule.finding(
            new_side + [old.evidence(r) for r in pair.old], severity=None if answer else "info",
            subject=f"condition:{pair.condition}",
            values={"condition": pair.condition, "old_articles": pair.old_articles},
            alignment=Alignment("condition", None, f"condition:{pair.condition}"),
            condition=str(pair.condition), old_report=report_name(old), old_articles=nl.articles(pair.old_articles),
            new_report=report_name(new)))
    return found


def _plain(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def _condition_words() -> dict[int, list[str]]:
    """Each condition's names and concept words (patterns/conditions.yaml), plain: what an article's title that
    backs the condition speaks of ("Uittreding" for condition 5, "Vereffening" for 4)."""
    from extractor.recognise.conditions.words import conditions

    found: dict[int, list[str]] = {}
    for number, entry in conditions().items():
        words = list(entry.names) + [w for concept in entry.concepts for w in concept.words]
        found[number] = [_plain(w).strip("-") for w in words if len(w.strip("-")) >= 4]
    return found


def _fits(title: str, condition: int) -> bool:
    plain = _plain(title)
    return any(word in plain for word in _condition_words().get(condition, []))


def _cited(new: Report, earlier: list[Report]):
    """(statutes, reference, article, its heading or None) for each article the report cites for a condition of
    art. 8:5 WVV, in each document of statutes at hand."""
    for statutes in earlier:
        headings = {str(a["article"]).lower(): a for a in statutes.data.get("articles") or []}
        if not headings:
            continue
        for reference in new.statute_references:
            if reference.get("condition"):
                for article in reference.get("articles") or [reference.get("article")]:
                    yield statutes, reference, str(article), headings.get(str(article).lower())


def statute_article_missing(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    """The organisation's statutes are at hand (a document of statutes among those compared with): an article
    the report cites for a condition is not in them."""
    return [rule.finding([new.evidence(reference)], subject=f"article:{article}",
                         values={"article": article, "condition": reference["condition"], "statutes": statutes.path},
                         alignment=Alignment("condition", None, f"condition:{reference['condition']}"),
                         article=nl.articles([article]), condition=str(reference["condition"]),
                         report=report_name(new), statutes=statutes.path)
            for statutes, reference, article, heading in _cited(new, earlier) if heading is None]


def statute_article_title(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    """An article the report cites for a condition is in the statutes at hand under a title that does not speak
    of that condition ("Artikel 7 - Zetel" cited for the limited dividend)."""
    found = []
    for statutes, reference, article, heading in _cited(new, earlier):
        if heading is None or not heading.get("title") or _fits(heading["title"], int(reference["condition"])):
            continue
        found.append(rule.finding(
            [new.evidence(reference), statutes.evidence({"location": heading["location"], "raw": heading["title"]})],
            subject=f"article:{article}",
            values={"article": article, "condition": reference["condition"], "title": heading["title"],
                    "statutes": statutes.path},
            alignment=Alignment("condition", None, f"condition:{reference['condition']}"),
            article=nl.articles([article]), condition=str(reference["condition"]), report=report_name(new),
            statutes=statutes.path, title=heading["title"]))
    return found


RULES: tuple[Rule, ...] = (
    Rule("across.event_date", "error", event_date,
         "the same event (a meeting acting on a statute article) dated differently; a warning if only the "
         "day or month differs"),
    Rule("across.event_redated", "error", event_redated,
         "an extraordinary meeting known by its date, dated another day of that month in the other report"),
    Rule("across.event_articles", "error", event_articles,
         "one meeting (one date) said to have amended other statute articles in the other report"),
    Rule("across.event_kind", "warning", event_kind, "the same event held by a different kind of meeting"),
    Rule("across.condition_article", "warning", condition_article,
         "a condition of art. 8:5 WVV backed by other statute articles than in the previous report, with no "
         "meeting in between that amended those articles"),
    Rule("across.statute_article_missing", "warning", statute_article_missing,
         "an article cited for a condition of art. 8:5 WVV that the organisation's statutes (a document of statutes "
         "compared with) do not have"),
    Rule("across.statute_article_title", "info", statute_article_title,
         "an article cited for a condition of art. 8:5 WVV that the organisation's statutes have under a title that "
         "does not speak of the condition"),
    Rule("across.condition_dropped", "warning", condition_dropped,
         "a condition of art. 8:5 WVV backed by statute articles before, answered without one now (a note when "
         "the new report does not answer it at all)"),
)
