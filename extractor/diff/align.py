"""Pairing the records of two reports: the same indicator, the same condition of art. 8:5 WVV, the same event.

Indicators pair by one global assignment over the pair scores below (extractor/diff/link.py, which also
chains them into series across all years): a catalogue id both carry settles a pair; the rest are scored on
their words (rapidfuzz), context, heading, unit, role, period and scale.
Statute references pair by the condition they back; meetings by the event: the article they acted on and
what they did to it. Every pair records how it was made (`Alignment`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import math
import re
from functools import cache

from rapidfuzz import fuzz

from extractor.diff.findings import Alignment
from extractor.diff.view import Report, period_years
from extractor.figures.periods import period_kind, stated_period
from extractor.figures.relations import MEASURES

# A pair's confidence (0..1) weighs what each figure record carries: its words (label, unit, raw), the words
# around it in its sentence, its value's scale, its unit, its role in the text's relations and the period it is
# dated to. From CONFIDENT up a pair is the same quantity; from POSSIBLE up it is shown apart as "possible",
# never the ground of a warning; below, the two are different quantities.
CONFIDENT = 0.45
POSSIBLE = 0.35
WEIGHTS = {"words": 0.3, "context": 0.25, "heading": 0.2, "unit": 0.15, "role": 0.10}
SCALE_SHARE = 0.35  # how much of the score the value's scale may take away: a factor 3 apart keeps 65 %
CONTEXT_WORDS = 6
MAX_OFFSET = 2  # a figure dated this many years before or after the report's year is still about that year  # words either side of a figure that describe it
FUZZY_THRESHOLD = 85.0  # kept for callers: a label score from here up names the same thing
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


def _tokens(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_][\w'-]*", text.lower())]


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.nl.stop_words import STOP_WORDS  # spaCy's Dutch stop words: a kept general list
    return frozenset(STOP_WORDS)


def _content(words: list[str]) -> str:
    """The content words, each a concept of the lexicon where it names one (patterns/lexicon.yaml: "medewerkers"
    and "werknemers" are one concept, "coöperanten" and "vennoten" another), else as written."""
    stop = _stop_words()
    return " ".join(_concept(w) for w in words if w not in stop and len(w) > 2)


@cache
def _concept(word: str) -> str:
    """The lexicon's concept of a word (a counted noun or a measured quantity), else the word."""
    from extractor.dutch.lexicon import canonical, lexicon
    lex = lexicon()
    form = canonical(word)
    found = lex.nouns.word(form) or lex.measures.word(form) or lex.nouns.word(word) or lex.measures.word(word)
    return found.name if found is not None else word


@dataclass
class Profile:
    """What alignment compares of one figure record."""

    record: dict
    words: str  # label, unit and the words of its raw text
    context: str  # the content words around it in its sentence
    heading: str  # the content words of the heading of its passage (text sources)
    roles: frozenset[str]  # its roles in the report's relations: "part_whole:whole", "change:claim", ...
    offset: int | None  # the year it is dated to, less the report's fiscal year
    catalogued: bool
    subject: dict | None = None  # a claimed change: the figure it speaks of, when the text says
    period_kind: str = "annual"  # extractor/figures/periods.py


def profile(report: Report, record: dict) -> Profile:
    raw = str(record.get("raw") or "")
    sentence = str(record.get("sentence") or "")
    at = sentence.find(raw)
    if at < 0:
        around = _tokens(sentence)
    else:
        around = _tokens(sentence[:at])[-CONTEXT_WORDS:] + _tokens(sentence[at + len(raw):])[:CONTEXT_WORDS]
    # a figure without a unit has no words of its own yet (its label is a placeholder): its words say nothing
    words = _content(_tokens(" ".join([str(record.get("label") or ""), str(record.get("unit") or ""), raw]))) \
        if record.get("unit") is not None else ""
    if not words and record.get("match") == "derived":
        # its key names what it counts even where the sentence put the noun away from the number ("Het aantal
        # fietskoeriers groeide tot 55": other.koerier)
        words = _content(_tokens(" ".join(str(record.get("id") or "").split(".")[1:]).replace("_", " ")))
    years = period_years(stated_period(record))  # the fiscal year by default says nothing of the year
    offset = None
    if years and years[0] is not None and years[0] == years[1] and report.fiscal_year is not None:
        offset = years[0] - report.fiscal_year
        if abs(offset) > MAX_OFFSET:
            offset = None  # the date of a law or of the founding, not the year the figure is for
    heading = report.heading(record) or report.section(record) or ""
    return Profile(record, words, _content(around), _content(_tokens(heading)), report.roles(record), offset,
                   record.get("match", "catalogue") != "derived", report.claim_subject(record),
                   record.get("period_kind") or period_kind(stated_period(record), report.fiscal_year))


def _unit_score(a: dict, b: dict) -> float | None:
    """How compatible two units are (None: never the same quantity)."""
    ua, ub = a.get("unit"), b.get("unit")
    if ua == ub:
        return 1.0 if ua is not None else 0.6
    if ua is None or ub is None:
        other = ub if ua is None else ua
        return None if other in MEASURES else 0.5
    if ua in MEASURES or ub in MEASURES:
        return None  # days and hours: only a catalogue id pairs them (unit_change says so)
    a, b = str(ua).lower(), str(ub).lower()
    if a.endswith(b) or b.endswith(a):
        return 1.0  # a Dutch compound names a kind of its last word: "windturbines" are "turbines"
    if _concept(a) == _concept(b) and _concept(a) != a:
        return 1.0  # one concept of the lexicon: "medewerkers" and "werknemers"
    return 0.6 * fuzz.ratio(a, b) / 100


def _scale(a: float, b: float) -> float:
    if a == b:
        return 1.0
    if a <= 0 or b <= 0:
        return 0.3
    return max(0.0, 1.0 - 2 * abs(math.log10(a / b)))  # a factor 3.2 or more: nothing alike


FAR_APART = 2.0  # orders of magnitude: two values a factor 100 apart are two quantities ("meer dan 30.000
# vennoten" and "drie vennoten" of a committee), where a factor 10 may still be a typo the checks report


def _too_far_apart(a: float, b: float) -> bool:
    return a > 0 and b > 0 and abs(math.log10(a / b)) > FAR_APART


def _role_score(a: Profile, b: Profile) -> float:
    if a.roles == b.roles:
        score = 1.0 if a.roles else 0.6
    elif a.roles & b.roles:
        score = 0.8
    elif a.roles and b.roles:
        score = 0.0
    else:
        score = 0.3
    return score


KIND_ROLES = frozenset({"cumulative:total", "ratio:ratio", "change:claim"})
PENALTY = 0.15  # a figure dated to another year than its counterpart, or of another kind (cumulative, ratio)
SUBJECT_UNIT = 0.6  # two claims whose subjects' units score lower than this speak of different quantities


def _penalty(a: Profile, b: Profile) -> float:
    penalty = 0.0
    if a.offset is not None and b.offset is not None and a.offset != b.offset:
        penalty += PENALTY
    if (a.roles & KIND_ROLES) != (b.roles & KIND_ROLES):
        penalty += PENALTY
    elif (a.period_kind == "cumulative") != (b.period_kind == "cumulative"):
        penalty += PENALTY  # the kilometres of the year and those since the start: the text dates them apart
    if a.subject is not None and b.subject is not None and (_unit_score(a.subject, b.subject) or 0) < SUBJECT_UNIT:
        penalty += 2 * PENALTY  # two claimed changes of figures in other units: of two other quantities
    return penalty


def unsure_claims(a: Profile, b: Profile) -> bool:
    """Two claimed changes ("daalde met 41 %", "een groei met 15 %") are one quantity only when the text says what
    each speaks of: without that they are a possible pair at most."""
    return "change:claim" in a.roles and "change:claim" in b.roles and (a.subject is None or b.subject is None)


def similarity(a: Profile, b: Profile, bonus: float = 0.0) -> tuple[float, float, float] | None:
    """(confidence 0..1, word score 0..100, context score 0..100), or None when they cannot be one quantity;
    `bonus` is added to the evidence before the values' scale weighs it."""
    unit = _unit_score(a.record, b.record)
    if unit is None or _too_far_apart(float(a.record["value"]), float(b.record["value"])):
        return None
    # the set ratio alone calls "vennoten" and "nieuwe vennoten" alike: the sorted ratio tempers it
    words = (fuzz.token_set_ratio(a.words, b.words) + fuzz.token_sort_ratio(a.words, b.words)) / 2 \
        if a.words and b.words else 50.0
    context = fuzz.token_set_ratio(a.context, b.context) if a.context and b.context else 30.0
    heading = fuzz.token_set_ratio(a.heading, b.heading) if a.heading and b.heading else 40.0
    base = (WEIGHTS["words"] * words / 100 + WEIGHTS["context"] * context / 100 + WEIGHTS["heading"] * heading / 100
            + WEIGHTS["unit"] * unit + WEIGHTS["role"] * _role_score(a, b) + bonus)
    scale = _scale(float(a.record["value"]), float(b.record["value"]))
    score = base * (1 - SCALE_SHARE + SCALE_SHARE * scale) - _penalty(a, b)
    return round(score, 3), round(words, 1), round(context, 1)


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
    from extractor.diff.link import match, nodes, own_year

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
            pairs.append(IndicatorPair(after["id"], str(after.get("label", "")), before, after,
                                       Alignment("id", None, after["id"], confidence=1.0)))
            continue
        named = after if after.get("match", "catalogue") != "derived" else before
        if named is before and after.get("match", "catalogue") == "derived" and before.get("match") == "derived":
            named = after
        alignment = Alignment("fuzzy", pair.words, named["id"], pair.context, confidence=pair.confidence,
                              possible=pair.possible)
        pairs.append(IndicatorPair(named["id"], str(named.get("label", "")), before, after, alignment))
    for node in before_nodes:
        if id(node.main) not in used_old:
            pairs.append(IndicatorPair(node.main["id"], str(node.main.get("label", "")), node.main, None, None))
    for node in after_nodes:
        if id(node.main) not in used_new:
            pairs.append(IndicatorPair(node.main["id"], str(node.main.get("label", "")), None, node.main, None))
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
