"""Tokens no figure may be taken from: dates and years, URLs, and the non-figures of
patterns/non_figures.yaml ("1 persoon = 1 stem", "niveau 1", "nummer 0800.99.30")."""

from __future__ import annotations

from functools import cache

from spacy.matcher import Matcher

from extractor import patterns
from extractor.context import Context
from extractor.dates import DateMention, year_prepositions
from extractor.nlp import lower_words, pipeline, word_set
from extractor.quantities import unit_of_word
from extractor.records import Entity


@cache
def _matchers() -> tuple[tuple[frozenset[str] | None, Matcher], ...]:
    """One Matcher per pattern of patterns/non_figures.yaml, with the words one of which a block must hold
    for the pattern to match there (None: no such word, always run)."""
    matchers = []
    for name, token_patterns in patterns.load("non_figures")["patterns"].items():
        for number, token_pattern in enumerate(token_patterns):
            matcher = Matcher(pipeline().vocab)
            matcher.add(f"{name}.{number}", [token_pattern])
            matchers.append((_anchors(token_pattern), matcher))
    return tuple(matchers)


def _anchors(token_pattern: list[dict]) -> frozenset[str] | None:
    for token in token_pattern:
        if token.get("OP") in ("?", "*"):
            continue
        for attribute in ("ORTH", "LOWER"):
            value = token.get(attribute)
            if isinstance(value, str):
                return frozenset([value.lower()])
            if isinstance(value, dict) and "IN" in value:
                return frozenset(v.lower() for v in value["IN"])
    return None


def exclude(context: Context, dates: list[list[DateMention]]) -> list[Entity]:
    """Mark the tokens of every block that are not figures; the dates and URLs found become entities."""
    matchers = _matchers()
    entities: list[Entity] = []
    for index, doc in enumerate(context.docs):
        for date in dates[index]:
            following = doc[date.end].text if date.end < len(doc) else ""
            preceding = doc[date.start - 1].lower_ if date.start else ""
            if (date.precision == "year" and date.end - date.start == 1 and unit_of_word(following)
                    and preceding not in year_prepositions()):
                continue  # "2000 deelnemers" counts people; "sinds 2018 lid" is still a year
            context.exclude(index, date.start, date.end)
            if date.precision != "year":
                entities.append(Entity("DATE", doc[date.start:date.end].text,
                                       context.locate_tokens(index, date.start, date.end), "date.month_name",
                                       value=date.value))
        for i, word in enumerate(lower_words(doc)):
            # spaCy's like_url needs a "." or a "://": test only those tokens (a Token object per token is slow)
            if ("." in word or ":" in word) and doc[i].like_url:
                context.exclude(index, i, i + 1)
                entities.append(Entity("URL", doc[i].text, context.locate_tokens(index, i, i + 1), "url"))
        words = word_set(doc)
        for anchors, matcher in matchers:
            if anchors is None or words & anchors:
                for _, start, end in matcher(doc):
                    context.exclude(index, start, end)
    return entities
