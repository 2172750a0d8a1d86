"""Statute-article and legal references: "artikels 3 en 4 van de statuten", "artikel 8:5, 3 van het WVV",
"koninklijk besluit van 28 juni 2019". Words from patterns/references.yaml; spaCy Matchers find them.

An article that names no instrument ("Artikel 38: het dividend ...", "artikel 13 (uittreding)") is one of the
statutes when its number is not the company code's "boek:artikel" and either it answers a condition in the
conditions table or the statutes are spoken of close by (this block or the ones just before it)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from extractor import patterns
from extractor.context import Context
from extractor.dates import DateMention, DatesByBlock
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
    range_words: frozenset[str]
    statute_context: re.Pattern[str]
    context_blocks: int
    code_context: re.Pattern[str]
    implied_code: str


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
                            for phrase in phrases),
                  frozenset(data["range_words"]),
                  re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(w) for w in data["statute_context_words"]) + ")"),
                  int(data["statute_context_blocks"]),
                  re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in data["code_context_words"]) + r")(?!\w)"),
                  data["implied_code"])


def recognise(context: Context, dates: DatesByBlock,
              answers: dict[int, list[tuple[int, int, int]]]) -> tuple[list[Found], list[Entity]]:
    """`answers`: per block, the (start, end, condition) of the text answering a condition of the table."""
    rules = _rules()
    found: list[Found] = []
    entities: list[Entity] = []
    for index, doc in context.analysed():
        words = word_set(doc)
        for _, start, end in (rules.articles(doc) if words & rules.article_words else ()):
            offset = doc[start].idx
            condition = next((c for a, b, c in answers.get(index, ()) if a <= offset < b), None)
            statutes_near = condition is not None or _statutes_near(context, index, rules)
            result = _article(context, index, doc, start, end, rules, condition, statutes_near)
            if isinstance(result, Found):
                found.append(result)
                context.exclude(index, result.start, result.end)
            elif result is not None:
                entities.append(result)
                context.exclude(index, start, end)
        if words & rules.act_words:
            found.extend(_dated_acts(context, index, doc, dates[index], rules))
    return found, entities


def _statutes_near(context: Context, index: int, rules: _Rules) -> bool:
    return _near(context, index, rules.statute_context, rules.context_blocks)


def _near(context: Context, index: int, words: re.Pattern[str], blocks: int) -> bool:
    first = max(0, index - blocks)
    return any(words.search(block.text) for block in context.blocks[first:index + 1])


def _numbers(tokens: list[str], rules: _Rules) -> list[str]:
    """The article numbers, a range written out: "5 tot 8" → 5, 6, 7, 8 (a short range of plain numbers)."""
    numbers: list[str] = []
    for k, text in enumerate(tokens):
        if not re.fullmatch(_NUMBER, text):
            continue
        if k >= 2 and tokens[k - 1] in rules.range_words and numbers and numbers[-1].isdigit() and text.isdigit() \
                and 0 < int(text) - int(numbers[-1]) <= 20:
            numbers.extend(str(n) for n in range(int(numbers[-1]) + 1, int(text) + 1))
        else:
            numbers.append(text)
    return numbers


def _article(context: Context, index: int, doc: Doc, start: int, end: int, rules: _Rules,
             condition: int | None, statutes_near: bool) -> Found | Entity | None:
    lower = lower_words(doc)
    while end > start + 2 and lower[end - 1] in rules.list_words:
        end -= 1  # "artikels 3 en 4 en ..." → the numbers only
    numbers = _numbers([t.lower_ for t in doc[start + 1:end]], rules)
    instrument, stop = _instrument_after(lower, end, rules)
    location = context.locate_tokens(index, start, end)
    raw = doc[start:stop].text
    if instrument == _STATUTES or (instrument is None and statutes_near and not any(":" in n for n in numbers)):
        record = StatuteReference(instrument=_STATUTES, article=", ".join(numbers), articles=numbers, raw=raw,
                                  condition=condition, implied=instrument is None, location=location,
                                  rule="reference.statutes" + (".implied" if instrument is None else ""))
        return Found(index, start, stop, record)
    implied = instrument is None and all(":" in n for n in numbers) \
        and _near(context, index, rules.code_context, rules.context_blocks)
    if implied:  # "verbindt in artikel 8:5 negen voorwaarden", the code named just before
        instrument = rules.implied_code
    if instrument is not None:
        legal = LegalReference(instrument=instrument, article=numbers[0],
                               subdivision=", ".join(numbers[1:]) or None, date=None, raw=raw, location=location,
                               rule="reference.code" + (".implied" if implied else ""))
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
