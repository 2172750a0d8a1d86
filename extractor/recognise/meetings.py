"""General meetings with their dates, and what they did to which statute articles.

"Artikel 23 van de statuten werd aangepast tijdens de buitengewone algemene vergadering van juni 2020"
→ an extraordinary meeting, 2020-06 (month), articles ["23"], action "amended". A meeting mentioned without
a date is kept as an entity, not as a meeting. Words from patterns/meetings.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractor import patterns
from extractor.context import Context
from extractor.dates import DateMention
from extractor.nlp import pipeline, word_set
from extractor.records import Entity, Meeting, StatuteReference
from extractor.recognise.references import Found


@dataclass(frozen=True)
class _Rules:
    kinds: PhraseMatcher
    abbreviations: Matcher
    date_links: tuple[tuple[str, ...], ...]
    actions: dict[str, str]  # word → action
    anchors: frozenset[str]  # a block with none of these words names no meeting: no need to match


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
    links = tuple(sorted((tuple(link.lower().split()) for link in data["date_links"]), key=len, reverse=True))
    actions = {word.lower(): action for action, words in data["actions"].items() for word in words}
    anchors = frozenset([nlp.make_doc(p)[-1].lower_ for phrases in data["kinds"].values() for p in phrases]
                        + [w.lower() for words in data["abbreviations"].values() for w in words])
    return _Rules(kinds, abbreviations, links, actions, anchors)


def recognise(context: Context, dates: list[list[DateMention]],
              references: list[Found]) -> tuple[list[Meeting], list[Entity]]:
    rules = _rules()
    meetings: list[Meeting] = []
    entities: list[Entity] = []
    for index, doc in enumerate(context.docs):
        if not word_set(doc) & rules.anchors:
            continue
        spans = filter_spans([Span(doc, s, e, label=m) for m, s, e in rules.kinds(doc)]
                             + [Span(doc, s, e, label=m) for m, s, e in rules.abbreviations(doc)])
        by_start = {d.start: d for d in dates[index] if d.value}
        statutes = [f for f in references if f.block == index and isinstance(f.record, StatuteReference)]
        for number, span in enumerate(spans):
            date = _date_after(doc, span.end, by_start, rules)
            location = context.locate_tokens(index, span.start, span.end)
            if date is None:
                entities.append(Entity("MEETING", span.text, location, "meeting.undated"))
                continue
            sentence = span.sent
            previous_end = spans[number - 1].end if number and spans[number - 1].start >= sentence.start \
                else sentence.start
            next_start = spans[number + 1].start if number + 1 < len(spans) and \
                spans[number + 1].start < sentence.end else sentence.end
            articles = [a for f in statutes if sentence.start <= f.start < sentence.end
                        for a in f.record.articles]  # type: ignore[union-attr]
            meetings.append(Meeting(
                kind=span.label_, date=date.value, precision=date.precision,  # type: ignore[arg-type]
                raw=doc[span.start:date.end].text, articles=list(dict.fromkeys(articles)),
                action=_action(doc, span, date, previous_end, next_start, rules), location=location,
                rule=f"meeting.{span.label_}+date.{date.precision}"))
    return meetings, entities


def _date_after(doc: Doc, k: int, dates: dict[int, DateMention], rules: _Rules) -> DateMention | None:
    lower = [t.lower_ for t in doc[k:k + 4]]
    for link in rules.date_links:
        if tuple(lower[:len(link)]) == link and (date := dates.get(k + len(link))) is not None:
            return date
    return None


def _action(doc: Doc, span: Span, date: DateMention, previous_end: int, next_start: int,
            rules: _Rules) -> str | None:
    """What the meeting did: the nearest action word before it (back to the previous meeting), else the
    first after it ("werd tijdens de vergadering van juni 2022 aangepast")."""
    for i in range(span.start - 1, previous_end - 1, -1):
        if (action := rules.actions.get(doc[i].lower_)) is not None:
            return action
    for i in range(date.end, next_start):
        if (action := rules.actions.get(doc[i].lower_)) is not None:
            return action
    return None
