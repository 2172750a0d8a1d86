"""Ordinals that read like fractions: "een vierde zaal" (a fourth room) is no quarter. After the article, a
fraction word that stands before a noun (perhaps after inflected adjectives: "een vierde grote zaal") is the
ordinal adjective; "een vierde van de omzet", "een derde minder", "een derde woont in Gent" stay fractions.
A noun is a word the lemmatiser leaves unchanged (a verb's form becomes its infinitive, a comparative its
adjective) that is no function word nor one of the `not_nouns` of the `ordinals` entry of
patterns/non_figures.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from extractor.dutch import patterns, rules
from extractor.dutch.rules import Words, key
from extractor.nlp.language import lemma, lower_words, stop_words, word_set
from extractor.non_figures.base import Finder, NonFigure, Site

_ADJECTIVES = 2  # inflected adjectives that may stand between the ordinal and its noun


@dataclass(frozen=True)
class _Words:
    articles: Words = key()
    ordinals: Words = key("words")
    not_nouns: Words = key()


@rules.declares("non_figures")
@dataclass(frozen=True)
class _Section:
    ordinals: _Words = key()


@cache
def _words() -> _Words:
    return rules.load(_Section, patterns.load("non_figures")).ordinals


def find(site: Site) -> list[NonFigure]:
    doc = site.doc
    words = _words()
    if not word_set(doc) & words.ordinals:
        return []
    lower = lower_words(doc)
    found = []
    for i in range(1, len(lower) - 1):
        if lower[i] in words.ordinals and lower[i - 1] in words.articles and _noun_follows(lower, i + 1, words):
            found.append(NonFigure("ordinal", i - 1, i + 1, "non_figure.ordinal"))
    return found


def _noun_follows(lower: list[str], k: int, words: _Words) -> bool:
    for _ in range(_ADJECTIVES + 1):
        if k >= len(lower) or not lower[k].isalpha():
            return False
        word = lower[k]
        if word in stop_words() or word in words.not_nouns:
            return False
        base = lemma(word)
        if base == word:
            return True
        if not _inflected_adjective(word, base):
            return False
        k += 1
    return False


def _inflected_adjective(word: str, base: str) -> bool:
    """"grote" (groot), "nieuwe" (nieuw), "kleine": the -e form of an adjective, not a verb's past ("woonde")."""
    return word.endswith("e") and not base.endswith("en") and base[:2] == word[:2] and len(word) - len(base) <= 2


# ordinals that read like fractions
FINDER = Finder(rank=80, find=find, needs_digit=False)
