"""Names that open with a written numeral: "het project Twee Torens", "de opvang in De Zeven Linden", "Vier
Winden" at a sentence's start. A numeral with a capital right before a word with a capital (not in capitals:
"Twee VTE") opens a name, for Dutch writes what it counts in lower case ("Vier kinderdagverblijven"). A place's
adjective after it counts what follows ("Drie Vlaamse steden", "Vier Kempense gemeenten"): the `numeral_names`
entry of patterns/non_figures.yaml gives the endings of such adjectives."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from extractor.dutch import patterns, rules
from extractor.dutch.numbers import parse_words
from extractor.dutch.rules import Words, key
from extractor.nlp.language import lower_words
from extractor.non_figures.base import Finder, NonFigure, Site


@dataclass(frozen=True)
class _Words:
    place_adjective_endings: Words = key()


@rules.declares("non_figures")
@dataclass(frozen=True)
class _Section:
    numeral_names: _Words = key()


@cache
def _endings() -> tuple[str, ...]:
    return tuple(sorted(rules.load(_Section, patterns.load("non_figures")).numeral_names.place_adjective_endings))


def find(site: Site) -> list[NonFigure]:
    doc = site.doc
    lower = lower_words(doc)
    found = []
    for i in range(len(doc) - 1):
        word, after = doc[i].text, doc[i + 1].text
        if not word[:1].isupper() or word.isupper() or not after[:1].isupper() or after.isupper() \
                or not after.isalpha() or doc[i + 1].idx in site.starts or parse_words([lower[i]]) is None:
            continue
        if lower[i + 1].endswith(_endings()) and i + 2 < len(doc) and doc[i + 2].text[:1].islower():
            continue  # "Drie Vlaamse steden"
        found.append(NonFigure("named_number", i, i + 1, "non_figure.named_number.numeral_name"))
    return found


# names that open with a written numeral
FINDER = Finder(rank=55, find=find, needs_digit=False)
