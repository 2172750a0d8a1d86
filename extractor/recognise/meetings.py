"""General meetings with their dates, and what they did to which statute articles.

"Artikel 23 van de statuten werd aangepast tijdens de buitengewone algemene vergadering van juni 2020"
→ an extraordinary meeting, 2020-06 (month), articles ["23"], action "amended". The date is the one linked to
the meeting ("vergadering van/op ..."), else the nearest of its clause, before or after it ("hield zaterdag 8
april zijn algemene vergadering", "Op 27 april 2024 hield de jaarlijkse algemene vergadering", "gewijzigd op
29 november 2022, toen de buitengewone algemene vergadering"), unless the date is tied to something else ("de
wet van", "per 31 december") or nearer to another body (the board). A meeting denied ("geen buitengewone
algemene vergadering") is none; a meeting mentioned without a date is kept as an entity, not as a meeting.
What it did, in any tense or voice, is read in its sentence and, when that names no article, in the sentences
after it that still speak of it. Words from patterns/meetings.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractor import patterns
from extractor.context import Context
from extractor.dates import FISCAL_YEAR, DateMention, DatesByBlock
from extractor.nlp import lower_words, pipeline, word_set
from extractor.records import Entity, Meeting, StatuteReference
from extractor.recognise.references import Found

_BOUNDARIES = frozenset([",", ";", ":", "(", ")", "[", "]"])
_OWNER_WORDS = 3  # words of the owner's name between a meeting and its date
_WINDOW = 40  # tokens: a date further than this from the meeting in its sentence is not its date


@dataclass(frozen=True)
class _Action:
    action: str
    words: tuple[str, ...]  # contiguous words ("nieuwe", "tekst"), or the verb of a separable verb
    particle: str | None  # the particle that follows the verb later in the sentence ("goed")


@dataclass(frozen=True)
class _Rules:
    kinds: PhraseMatcher
    abbreviations: Matcher
    others: PhraseMatcher
    forms: dict[str, str]  # word → form
    date_links: tuple[tuple[str, ...], ...]
    owner_links: tuple[tuple[str, ...], ...]
    foreign_links: tuple[tuple[str, ...], ...]
    clause_joins: frozenset[str]
    appositions: frozenset[str]
    negations: tuple[tuple[str, ...], ...]
    planned: frozenset[str]
    planned_before: tuple[tuple[str, ...], ...]
    actions: dict[str, list[_Action]]  # first word → actions starting with it
    precedence: dict[str, int]  # action → rank (0 wins)
    anaphora: frozenset[str]
    statute_words: frozenset[str]
    anchors: frozenset[str]  # a block with none of these words names no meeting: no need to match


def _phrases(items: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(item.lower().split()) for item in items), key=len, reverse=True))


@cache
def _rules() -> _Rules:
    data = patterns.load("meetings")
    nlp = pipeline()
    kinds = PhraseMatcher(nlp.vocab, attr="LOWER")
    for kind, phrases in data["kinds"].items():
        kinds.add(kind, [nlp.make_doc(phrase) for phrase in phrases])
    abbreviations = Matcher(nlp.vocab)
    for kind, words in data["abbreviations"].items():
        abbreviations.add(kind, [[{"ORTH": word}] for word in words])
    others = PhraseMatcher(nlp.vocab, attr="LOWER")
    others.add("other", [nlp.make_doc(phrase) for phrase in data["other_bodies"]])
    actions: dict[str, list[_Action]] = {}
    for action, forms in data["actions"].items():
        for form in forms:
            verb, _, particle = form.lower().partition(" ... ")
            entry = _Action(action, tuple(verb.split()), particle or None)
            actions.setdefault(entry.words[0], []).append(entry)
    anchors = frozenset([nlp.make_doc(p)[-1].lower_ for phrases in data["kinds"].values() for p in phrases]
                        + [w.lower() for words in data["abbreviations"].values() for w in words])
    return _Rules(
        kinds, abbreviations, others,
        forms={word.lower(): form for form, words in data["forms"].items() for word in words},
        date_links=_phrases(data["date_links"]), owner_links=_phrases(data["owner_links"]),
        foreign_links=_phrases(data["foreign_date_links"]),
        clause_joins=frozenset(w.lower() for w in data["clause_joins"]),
        appositions=frozenset(w.lower() for w in data["appositions"]),
        negations=_phrases(data["negations"]), planned=frozenset(w.lower() for w in data["planned"]),
        planned_before=_phrases(data["planned_before"]),
        actions=actions, precedence={action: rank for rank, action in enumerate(data["actions"])},
        anaphora=frozenset(w.lower() for w in data["anaphora"]),
        statute_words=frozenset(w.lower() for w in data["statute_words"]), anchors=anchors)


def recognise(context: Context, dates: DatesByBlock,
              references: list[Found]) -> tuple[list[Meeting], list[Entity]]:
    rules = _rules()
    meetings: list[Meeting] = []
    entities: list[Entity] = []
    for index, doc in context.analysed():
        if not word_set(doc) & rules.anchors:
            continue
        lower = lower_words(doc)
        spans = [s for s in filter_spans([Span(doc, s, e, label=m) for m, s, e in rules.kinds(doc)]
                                         + [Span(doc, s, e, label=m) for m, s, e in rules.abbreviations(doc)])
                 if not _denied(lower, s.start, rules)]
        if not spans:
            continue
        others = [(s, e) for _, s, e in rules.others(doc)]
        usable = [d for d in dates[index] if d.value and d.year_source != FISCAL_YEAR]
        statutes = [f for f in references if f.block == index and isinstance(f.record, StatuteReference)]
        linked = {n: d for n, span in enumerate(spans) if (d := _date_after(lower, span.end, usable, rules))}
        taken = {d.start for d in linked.values()}
        for number, span in enumerate(spans):
            date = linked.get(number) or _date_in_clause(doc, lower, spans, number, usable, taken, others, rules)
            if date is None:
                entities.append(Entity("MEETING", span.text, context.locate_tokens(index, span.start, span.end),
                                       "meeting.undated"))
                continue
            first, last = min(span.start, date.start), max(span.end, date.end)
            location = context.locate_tokens(index, first, last)  # where its raw text begins
            sentence = span.sent
            previous_end = spans[number - 1].end if number and spans[number - 1].start >= sentence.start \
                else sentence.start
            next_start = spans[number + 1].start if number + 1 < len(spans) and \
                spans[number + 1].start < sentence.end else sentence.end
            articles = [a for f in statutes if sentence.start <= f.start < sentence.end
                        for a in f.record.articles]  # type: ignore[union-attr]
            on_statutes = bool(articles) or _speaks_of_statutes(lower, sentence.start, sentence.end, rules)
            action = _action(lower, span, previous_end, next_start, sentence.end, rules)
            if not articles:
                more, more_action, more_statutes = _following(doc, lower, spans, number, statutes, rules)
                articles, on_statutes = more, on_statutes or more_statutes
                action = _better(action, more_action, rules)
            meetings.append(Meeting(
                kind=span.label_, date=date.value, precision=date.precision,  # type: ignore[arg-type]
                raw=doc[first:last].text, articles=list(dict.fromkeys(articles)),
                action=action if on_statutes else None, location=location,
                rule=f"meeting.{span.label_}+date.{date.precision}", form=_form(lower, span, rules),
                planned=_planned(lower, span, date, sentence.start, sentence.end, rules),
                year_inferred=date.year_inferred, year_source=date.year_source))
    return meetings, entities


def _starts_with(lower: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    return tuple(lower[i:i + len(phrase)]) == phrase


def _ends_with(lower: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    """True when the words just before token i are `phrase`."""
    return i >= len(phrase) and tuple(lower[i - len(phrase):i]) == phrase


def _denied(lower: list[str], start: int, rules: _Rules) -> bool:
    return any(_ends_with(lower, start, phrase) for phrase in rules.negations)


def _planned(lower: list[str], span: Span, date: DateMention, sentence_start: int, sentence_end: int,
             rules: _Rules) -> bool:
    """ "de volgende algemene vergadering"; "zal", "gepland", ... in the clause of the meeting and its date."""
    if any(_ends_with(lower, span.start, phrase) for phrase in rules.planned_before):
        return True
    start, end = min(span.start, date.start), max(span.end, date.end)
    while start > sentence_start and lower[start - 1] not in _BOUNDARIES:
        start -= 1
    while end < sentence_end and lower[end] not in _BOUNDARIES:
        end += 1
    return any(lower[i] in rules.planned for i in range(start, end))


def _form(lower: list[str], span: Span, rules: _Rules) -> str:
    for word in lower[span.start:span.end]:
        if word in rules.forms:
            return rules.forms[word]
    return span.label_


def _date_after(lower: list[str], k: int, dates: list[DateMention], rules: _Rules) -> DateMention | None:
    """The date linked to the meeting that ends at token k: "vergadering van 21 juni 2022", "AV 8 mei 2021"."""
    by_start = {d.start: d for d in dates}
    starts = [k]
    for owner in rules.owner_links:  # "vergadering van de voedselcoöperatie van juni 2020": skip the owner
        if _starts_with(lower, k, owner):
            starts += [k + len(owner) + n for n in range(1, _OWNER_WORDS + 1)
                       if all(w.isalpha() for w in lower[k + len(owner):k + len(owner) + n])]
            break
    for start in starts:
        if start == k and (date := by_start.get(k)) is not None:
            return date
        for link in rules.date_links:
            if _starts_with(lower, start, link) and (date := by_start.get(start + len(link))) is not None:
                return date
    return None


def _date_in_clause(doc: Doc, lower: list[str], spans: list[Span], number: int, dates: list[DateMention],
                    taken: set[int], others: list[tuple[int, int]], rules: _Rules) -> DateMention | None:
    """The nearest date of the meeting's clause that is no other thing's date."""
    span = spans[number]
    sentence = span.sent
    best: tuple[tuple[bool, int], DateMention] | None = None  # a day or month before a bare year, then nearest
    for date in dates:
        if date.start in taken or not sentence.start <= date.start < sentence.end:
            continue
        if date.precision == "year" and not date.dates_context:
            continue  # "de jaarrekening 2022" dates no meeting; "in 2023" may
        if any(_ends_with(lower, date.start, link) for link in rules.foreign_links):
            continue
        before = date.end <= span.start
        low, high = (date.end, span.start) if before else (span.end, date.start)
        distance = high - low
        if distance > _WINDOW or any(low <= s.start < high for s in spans if s is not span):
            continue
        if not _same_clause(lower, low, high, before, _opening(lower, sentence.start, date, dates), rules):
            continue
        if any(min(abs(s - date.end), abs(date.start - e)) <= distance for s, e in others):
            continue  # nearer to the board or a working group: theirs
        rank = (date.precision == "year", distance)
        if best is None or rank < best[0]:
            best = (rank, date)
    return best[1] if best else None


def _opening(lower: list[str], sentence_start: int, date: DateMention, dates: list[DateMention]) -> bool:
    """True when the date opens its sentence: before it only other dates, punctuation and one preposition
    ("Op 27 april 2024, ...", "In het jaar tweeduizend eenentwintig, op vierentwintig september, ...")."""
    covered = {i for d in dates for i in range(d.start, d.end)}
    words = [i for i in range(sentence_start, date.start) if i not in covered and lower[i].isalpha()]
    return len(words) <= 1


def _same_clause(lower: list[str], low: int, high: int, before: bool, opening: bool, rules: _Rules) -> bool:
    """True when nothing cuts the meeting (tokens low..high on one side) from its date, or the cut is one a date
    crosses: the date opens the sentence, the meeting's clause starts with "toen", an apposition follows it."""
    cuts = [i for i in range(low, high) if lower[i] in _BOUNDARIES]
    if not cuts:
        return True
    if before:
        # "gewijzigd op 29 november 2022, toen de buitengewone algemene vergadering ..."
        joined = cuts[-1] + 1 < len(lower) and lower[cuts[-1] + 1] in rules.clause_joins
        return opening or joined
    # after the meeting: only across the comma right after it, when what follows describes the meeting
    return len(cuts) == 1 and cuts[0] == low and low + 1 < high and lower[low + 1] in rules.appositions


def _speaks_of_statutes(lower: list[str], start: int, end: int, rules: _Rules) -> bool:
    return any(lower[i] in rules.statute_words for i in range(start, end))


def _actions_in(lower: list[str], start: int, end: int, sentence_end: int, rules: _Rules) -> str | None:
    """The action said between start and end that ranks first ("wijziging" over "goedgekeurd")."""
    found: str | None = None
    for i in range(start, end):
        for entry in rules.actions.get(lower[i], ()):
            if not _starts_with(lower, i, entry.words):
                continue
            if entry.particle is not None and entry.particle not in lower[i + 1:sentence_end]:
                continue
            found = _better(found, entry.action, rules)
    return found


def _better(a: str | None, b: str | None, rules: _Rules) -> str | None:
    if a is None or b is None:
        return a or b
    return a if rules.precedence[a] <= rules.precedence[b] else b


def _action(lower: list[str], span: Span, previous_end: int, next_start: int,
            sentence_end: int, rules: _Rules) -> str | None:
    """What the meeting did: said before it (back to the previous meeting), else after it up to the next one
    ("werd tijdens de vergadering van juni 2022 aangepast")."""
    before = _actions_in(lower, previous_end, span.start, sentence_end, rules)
    if before is not None:
        return before
    return _actions_in(lower, span.end, next_start, sentence_end, rules)


def _following(doc: Doc, lower: list[str], spans: list[Span], number: int, statutes: list[Found],
               rules: _Rules) -> tuple[list[str], str | None, bool]:
    """Articles and action of the sentences after the meeting's, in its block, while they speak of it: a
    sentence that starts with "Ze", "Die", ... or names articles once the statutes are the subject; up to
    the next meeting."""
    sentence = spans[number].sent
    topic = _speaks_of_statutes(lower, sentence.start, sentence.end, rules)
    articles: list[str] = []
    action: str | None = None
    later = [s.start for s in spans[number + 1:]]
    for following in doc[sentence.end:].sents if sentence.end < len(doc) else ():
        if any(following.start <= s < following.end for s in later):
            break
        named = [a for f in statutes if following.start <= f.start < following.end
                 for a in f.record.articles]  # type: ignore[union-attr]
        if not (lower[following.start] in rules.anaphora or (named and topic)):
            break
        topic = topic or _speaks_of_statutes(lower, following.start, following.end, rules)
        articles.extend(named)
        action = _better(action, _actions_in(lower, following.start, following.end, following.end, rules), rules)
    return articles, action, topic
