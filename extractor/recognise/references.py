"""Statute-article and legal references: "artikels 3 en 4 van de statuten", "artikel 8:5, 3 van het WVV",
"koninklijk besluit van 28 juni 2019". Words from patterns/references.yaml; spaCy Matchers find them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from extractor import patterns
from extractor.context import Context
from extractor.dates import DateMention
from extractor.nlp import lower_words, pipeline, word_set
from extractor.records import Entity, LegalReference, StatuteReference

_NUMBER = r"\d+(?::\d+)?(?:[a-z]|bis|ter)?"
_STATUTES = "statutes"


@dataclass(frozen=True)
class Found:
    """A reference with the tokens it spans, so meetings can find the articles of their sentence."""

    block: int
    start: int
    end: int
    record: StatuteReference | LegalReference


@dataclass(frozen=True)
class _Rules:
    articles: Matcher
    instruments: tuple[tuple[tuple[str, ...], str], ...]  # words → instrument, longest first
    links: frozenset[str]
    list_words: frozenset[str]
    acts: PhraseMatcher
    date_links: frozenset[str]
    article_words: frozenset[str]  # a block without one of these has no article reference: no need to match
    act_words: frozenset[str]


@cache
def _rules() -> _Rules:
    data = patterns.load("references")
    nlp = pipeline()
    articles = Matcher(nlp.vocab)
    joiners = "|".join(re.escape(word) for word in data["list_words"])
    articles.add("ARTICLE", [[{"LOWER": {"IN": data["article_words"]}}, {"TEXT": {"REGEX": f"^{_NUMBER}$"}},
                              {"TEXT": {"REGEX": f"^({_NUMBER}|{joiners})$"}, "OP": "*"}]], greedy="LONGEST")
    instruments = sorted(((tuple(t.lower_ for t in nlp.make_doc(phrase)), name)
                          for name, phrases in data["instruments"].items() for phrase in phrases),
                         key=lambda item: -len(item[0]))
    acts = PhraseMatcher(nlp.vocab, attr="LOWER")
    for name, phrases in data["dated_acts"].items():
        acts.add(name, [nlp.make_doc(phrase) for phrase in phrases])
    return _Rules(articles, tuple(instruments), frozenset(data["links"]), frozenset(data["list_words"]), acts,
                  frozenset(word.lower() for word in data["date_links"]),
                  frozenset(word.lower() for word in data["article_words"]),
                  frozenset(nlp.make_doc(phrase)[0].lower_ for phrases in data["dated_acts"].values()
                            for phrase in phrases))


def recognise(context: Context, dates: list[list[DateMention]],
              answers: dict[int, int]) -> tuple[list[Found], list[Entity]]:
    rules = _rules()
    found: list[Found] = []
    entities: list[Entity] = []
    for index, doc in enumerate(context.docs):
        words = word_set(doc)
        for _, start, end in (rules.articles(doc) if words & rules.article_words else ()):
            result = _article(context, index, doc, start, end, rules, answers.get(index))
            if isinstance(result, Found):
                found.append(result)
                context.exclude(index, result.start, result.end)
            elif result is not None:
                entities.append(result)
                context.exclude(index, start, end)
        if words & rules.act_words:
            found.extend(_dated_acts(context, index, doc, dates[index], rules))
    return found, entities


def _article(context: Context, index: int, doc: Doc, start: int, end: int, rules: _Rules,
             condition: int | None) -> Found | Entity | None:
    lower = lower_words(doc)
    while end > start + 2 and lower[end - 1] in rules.list_words:
        end -= 1  # "artikels 3 en 4 en ..." → the numbers only
    numbers = [t.text for t in doc[start + 1:end] if re.fullmatch(_NUMBER, t.text)]
    instrument, stop = _instrument_after(lower, end, rules)
    location = context.locate_tokens(index, start, end)
    raw = doc[start:stop].text
    if instrument == _STATUTES or (instrument is None and condition is not None
                                   and not any(":" in n for n in numbers)):
        record = StatuteReference(instrument=_STATUTES, article=", ".join(numbers), articles=numbers, raw=raw,
                                  condition=condition, implied=instrument is None, location=location,
                                  rule="reference.statutes" + (".implied" if instrument is None else ""))
        return Found(index, start, stop, record)
    if instrument is not None:
        legal = LegalReference(instrument=instrument, article=numbers[0],
                               subdivision=", ".join(numbers[1:]) or None, date=None, raw=raw, location=location,
                               rule="reference.code")
        return Found(index, start, stop, legal)
    return Entity(label="ARTICLE", text=raw, location=location, rule="reference.no_instrument")


def _instrument_after(lower: list[str], k: int, rules: _Rules) -> tuple[str | None, int]:
    """The instrument named after the article numbers, over linking words ("van het nieuwe Wetboek ...")."""
    for _ in range(5):
        for words, name in rules.instruments:
            if tuple(lower[k:k + len(words)]) == words:
                return name, k + len(words)
        if k < len(lower) and lower[k] in rules.links:
            k += 1
            continue
        break
    return None, k


def _dated_acts(context: Context, index: int, doc: Doc, dates: list[DateMention], rules: _Rules) -> list[Found]:
    found = []
    starts = {d.start: d for d in dates if d.precision == "day"}
    for match_id, start, end in rules.acts(doc):
        if end < len(doc) and doc[end].lower_ in rules.date_links and (date := starts.get(end + 1)) is not None:
            record = LegalReference(instrument=doc.vocab.strings[match_id], article=None, subdivision=None,
                                    date=date.value, raw=doc[start:date.end].text,
                                    location=context.locate_tokens(index, start, end), rule="reference.dated_act")
            found.append(Found(index, start, date.end, record))
            context.exclude(index, start, date.end)
    return found
