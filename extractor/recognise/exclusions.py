"""Tokens no figure may be taken from: dates and years, URLs, and the non-figures of
patterns/non_figures.yaml ("1 persoon = 1 stem", "niveau 1", "nummer 0800.99.30")."""

from __future__ import annotations

from functools import cache

from spacy.matcher import Matcher

from extractor import patterns
from extractor.context import Context
from extractor.dates import DateMention, year_prepositions
from extractor.nlp import pipeline
from extractor.quantities import lower_words, unit_of_word
from extractor.records import Entity


@cache
def _matcher() -> Matcher:
    matcher = Matcher(pipeline().vocab)
    for name, token_patterns in patterns.load("non_figures")["patterns"].items():
        matcher.add(name, token_patterns)
    return matcher


def exclude(context: Context, dates: list[list[DateMention]]) -> list[Entity]:
    """Mark the tokens of every block that are not figures; the dates and URLs found become entities."""
    matcher = _matcher()
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
        for _, start, end in matcher(doc):
            context.exclude(index, start, end)
    return entities
