"""Pairing the records of two reports: the same indicator, the same condition of art. 8:5 WVV, the same event.

Indicators pair by canonical id first; what is left pairs by label and unit with rapidfuzz, one-to-one, best
score first (a derived id such as "other.persons" names a unit, not a quantity, so it never pairs by id).
Statute references pair by the condition they back; meetings by the event: the article they acted on and
what they did to it. Every pair records how it was made (`Alignment`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz

from extractor.diff.findings import Alignment
from extractor.diff.reports import Report

FUZZY_THRESHOLD = 85.0  # token_sort_ratio on lower-cased labels; below this two labels name different things
# A derived label is only the counted noun ("jaar", "workshops"): the sentences around the two figures must
# also share their words (token_set_ratio), or "100 workshops" at one event pairs with "negen workshops" at
# another.
CONTEXT_THRESHOLD = 65.0


@dataclass
class IndicatorPair:
    id: str
    label: str
    old: dict | None
    new: dict | None
    alignment: Alignment | None  # None for added / dropped


@dataclass
class ConditionPair:
    condition: int
    old: list[dict] = field(default_factory=list)
    new: list[dict] = field(default_factory=list)

    @staticmethod
    def articles_of(refs: list[dict]) -> list[str]:
        found = {a for ref in refs for a in (ref.get("articles") or [ref.get("article")]) if a}
        return sorted(found, key=article_key)

    @property
    def old_articles(self) -> list[str]:
        return self.articles_of(self.old)

    @property
    def new_articles(self) -> list[str]:
        return self.articles_of(self.new)


@dataclass
class EventPair:
    article: str
    action: str
    old: list[dict]
    new: list[dict]

    @property
    def key(self) -> str:
        return f"article:{self.article}/{self.action}"


def article_key(article: str) -> tuple:
    head = article.split(":")[0].split(".")[0]
    return (0, int(head), article) if head.isdigit() else (1, 0, article)


def _label_score(a: dict, b: dict) -> float:
    return fuzz.token_sort_ratio(str(a.get("label", "")).lower(), str(b.get("label", "")).lower())


def _context_score(a: dict, b: dict) -> float:
    return fuzz.token_set_ratio(str(a.get("sentence", "")).lower(), str(b.get("sentence", "")).lower())


def align_indicators(old: Report, new: Report, threshold: float = FUZZY_THRESHOLD) -> list[IndicatorPair]:
    pairs: list[IndicatorPair] = []
    old_ids = {i["id"] for i in old.catalogued()}
    new_ids = {i["id"] for i in new.catalogued()}
    for indicator_id in sorted(old_ids & new_ids):
        before, after = old.primary(indicator_id), new.primary(indicator_id)
        pairs.append(IndicatorPair(indicator_id, str(after.get("label", "")), before, after,
                                   Alignment("id", None, indicator_id)))
    # what is left: one primary record per catalogued id missing on the other side, and every derived record
    rest_old = [old.primary(i) for i in sorted(old_ids - new_ids)] + \
        [i for i in old.indicators if i.get("match") == "derived"]
    rest_new = [new.primary(i) for i in sorted(new_ids - old_ids)] + \
        [i for i in new.indicators if i.get("match") == "derived"]
    candidates: list[tuple[float, float, int, int]] = []
    for a, before in enumerate(rest_old):
        for b, after in enumerate(rest_new):
            if before.get("unit") != after.get("unit"):
                continue
            if before.get("match") != "derived" and after.get("match") != "derived":
                continue  # two different catalogue ids are two different quantities
            score = _label_score(before, after)
            if score < threshold:
                continue
            context = _context_score(before, after)
            if context >= CONTEXT_THRESHOLD:
                candidates.append((-score, -context, a, b))
    used_old: set[int] = set()
    used_new: set[int] = set()
    for negative_score, negative_context, a, b in sorted(candidates):
        if a in used_old or b in used_new:
            continue
        used_old.add(a)
        used_new.add(b)
        before, after = rest_old[a], rest_new[b]
        catalogued = after if after.get("match") != "derived" else before
        alignment = Alignment("fuzzy", round(-negative_score, 1), catalogued["id"], round(-negative_context, 1))
        pairs.append(IndicatorPair(catalogued["id"], str(catalogued.get("label", "")), before, after, alignment))
    for a, before in enumerate(rest_old):
        if a not in used_old:
            pairs.append(IndicatorPair(before["id"], str(before.get("label", "")), before, None, None))
    for b, after in enumerate(rest_new):
        if b not in used_new:
            pairs.append(IndicatorPair(after["id"], str(after.get("label", "")), None, after, None))
    return sorted(pairs, key=_pair_order)


def _pair_order(pair: IndicatorPair) -> tuple:
    record = pair.new or pair.old or {}
    loc = record.get("location") or {}
    return (pair.new is None, loc.get("page") or 0, loc.get("line") or 0, loc.get("column") or 0, pair.id)


def align_conditions(old: Report, new: Report) -> list[ConditionPair]:
    pairs: dict[int, ConditionPair] = {}
    for side, report in (("old", old), ("new", new)):
        for ref in report.statute_references:
            condition = ref.get("condition")
            if condition is None:
                continue
            getattr(pairs.setdefault(condition, ConditionPair(condition)), side).append(ref)
    return [pairs[c] for c in sorted(pairs)]


def events(report: Report) -> dict[tuple[str, str], list[dict]]:
    """The report's meetings by event: (statute article, action) -> the meetings said to have done it."""
    out: dict[tuple[str, str], list[dict]] = {}
    for meeting in report.meetings:
        if not meeting.get("action"):
            continue
        for article in meeting.get("articles") or []:
            out.setdefault((article, meeting["action"]), []).append(meeting)
    return out


def align_events(old: Report, new: Report) -> list[EventPair]:
    old_events, new_events = events(old), events(new)
    keys = sorted(set(old_events) & set(new_events), key=lambda k: (article_key(k[0]), k[1]))
    return [EventPair(article, action, old_events[(article, action)], new_events[(article, action)])
            for article, action in keys]
