"""Pairing the records of two reports: the same indicator, the same condition of art. 8:5 WVV, the same event.

Indicators pair by one global assignment over the pair scores of extractor/diff/similarity.py (extractor/diff/link.py, which also
chains them into series across all years): a catalogue id both carry settles a pair; the rest are scored on
their words (rapidfuzz), context, heading, unit, role, period and scale.
Statute references pair by the condition they back; meetings by the event: the article they acted on and
what they did to it. Every pair records how it was made (`Alignment`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extractor.diff import messages
from extractor.diff.findings import Alignment
from extractor.diff.link import match, nodes, own_year
from extractor.diff.view import Report


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


def _alignable(report: Report, record: dict) -> bool:
    """A derived figure, or a catalogued one where it is its id's figure for the year (not a repeat)."""
    return record.get("match", "catalogue") == "derived" or record is report.primary(record["id"])


def align_indicators(old: Report, new: Report) -> list[IndicatorPair]:
    """Every figure of `old` and `new`, paired one-to-one where they are the same quantity: by catalogue id
    when both carry one, else by similarity (best first); each pair with its confidence. Computed once per
    pair of reports (the changes and several checks ask for it)."""
    key = ("aligned", id(old))
    held = new.memo.get(key)
    if held is None or held[0] is not old:  # an id is only unique among the living: the report is kept too
        held = new.memo[key] = (old, tuple(_aligned(old, new)))
    return list(held[1])


def _aligned(old: Report, new: Report) -> list[IndicatorPair]:
    """The quantities of the two reports for their own years, paired by the linker's one global assignment
    (extractor/diff/link.py): a catalogue id both carry pairs with confidence 1; a figure the text dates to
    another year, or gives as last year's value ("van 16.190 MWh in 2022 naar ..."), is compared with that
    year's report by the restatement check, never here."""
    before_nodes = [node for node in nodes(old) if own_year(old, node.main) and _alignable(old, node.main)]
    after_nodes = [node for node in nodes(new) if own_year(new, node.main) and _alignable(new, node.main)]
    pairs: list[IndicatorPair] = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    for pair in match(before_nodes, after_nodes):
        before, after = pair.old.main, pair.new.main
        used_old.add(id(before))
        used_new.add(id(after))
        if pair.old.profile.catalogued and pair.new.profile.catalogued:
            pairs.append(IndicatorPair(after["id"], _label(after), before, after,
                                       Alignment("id", None, after["id"], confidence=1.0)))
            continue
        named = after if after.get("match", "catalogue") != "derived" else before
        if named is before and after.get("match", "catalogue") == "derived" and before.get("match") == "derived":
            named = after
        alignment = Alignment("fuzzy", pair.words, named["id"], pair.context, confidence=pair.confidence,
                              possible=pair.possible)
        pairs.append(IndicatorPair(named["id"], _label(named), before, after, alignment))
    for node in before_nodes:
        if id(node.main) not in used_old:
            pairs.append(IndicatorPair(node.main["id"], _label(node.main), node.main, None, None))
    for node in after_nodes:
        if id(node.main) not in used_new:
            pairs.append(IndicatorPair(node.main["id"], _label(node.main), None, node.main, None))
    return sorted(pairs, key=_pair_order)


def confident_pairs(old: Report, new: Report) -> list[IndicatorPair]:
    return [p for p in align_indicators(old, new) if p.old and p.new and p.alignment and p.alignment.confident]


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
    pairs = [EventPair(article, action, old_events[(article, action)], new_events[(article, action)])
             for article, action in keys]
    return [pair for pair in pairs if not _later_event(pair, old.fiscal_year, new.fiscal_year)]


def _year(meeting: dict) -> int | None:
    date = str(meeting.get("date") or "")
    return int(date[:4]) if date[:4].isdigit() else None


def _later_event(pair: EventPair, old_year: int | None, new_year: int | None) -> bool:
    """Two meetings that acted on the same article, each in its own report's year, are two events: the statutes
    amended in 2021 and again in 2022. The same event told twice is one the later report dates outside its own
    year (SmartCoop's EGM dated 2022-06-21 in the 2021 report and 2023-06-20 in the 2024 report)."""
    if old_year is None or new_year is None or old_year >= new_year:
        return False
    old_years = [_year(m) for m in pair.old]
    new_years = [_year(m) for m in pair.new]
    return (all(y is not None and y <= old_year for y in old_years)
            and all(y is not None and old_year < y <= new_year and y == new_year for y in new_years))


def _label(record: dict) -> str:
    """The record's label as the renderers show it: a catalogued indicator's in the current language."""
    return messages.indicator_label(str(record["id"]), str(record.get("label", "")))
