"""Numbers of the subdivisions of the law and the statutes, no figures: a paragraph ("§ 2", "§2", "§§ 1 en
2"), an item of a legal enumeration or a row numbered so ("3°", "1° tot 8°", "artikel 8:5, § 1, 9° WVV"), a
numbered paragraph of an article ("artikel 12, lid 2"). The marks and words come from the `legal_numbers`
entry of patterns/non_figures.yaml; a temperature ("19°C", "verwarmd tot 19°") keeps its number."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from extractor.dutch import patterns, rules
from extractor.dutch.rules import Words, key
from extractor.nlp.language import lower_words, word_set
from extractor.non_figures.base import Finder, NonFigure, Site

_TEMPERATURE_REACH = 4  # words before the number that may say it is a temperature
_MAX_ITEM = 99  # an enumeration's item numbers are small


@dataclass(frozen=True)
class _Words:
    paragraph_marks: Words = key()
    list_words: Words = key()
    enumeration_marks: Words = key()
    part_words: Words = key()
    temperature_scales: Words = key()
    temperature_words: Words = key()

    @property
    def marks(self) -> frozenset[str]:
        return self.paragraph_marks | self.enumeration_marks


@rules.declares("non_figures")
@dataclass(frozen=True)
class _Section:
    legal_numbers: _Words = key()


@cache
def _words() -> _Words:
    return rules.load(_Section, patterns.load("non_figures")).legal_numbers


def find(site: Site) -> list[NonFigure]:
    doc, text = site.doc, site.text
    words = _words()
    if not any(mark in text for mark in words.marks) and not word_set(doc) & words.part_words:
        return []
    lower = lower_words(doc)
    found: list[NonFigure] = []
    for i, word in enumerate(lower):
        following = lower[i + 1] if i + 1 < len(lower) else ""
        if word in words.paragraph_marks:
            k = i + 1
            while k < len(lower) and lower[k] in words.paragraph_marks:
                k += 1  # "§ §" of "§§"
            if k < len(lower) and lower[k].isdigit():
                while k + 2 < len(lower) and lower[k + 1] in words.list_words and lower[k + 2].isdigit() \
                        and not (k + 3 < len(lower) and lower[k + 3] in words.enumeration_marks):
                    k += 2  # "§§ 1 en 2"
                found.append(NonFigure("paragraph_mark", i, k + 1, "non_figure.paragraph_mark"))
        elif _item(word, following, words) and not _temperature(lower, i, words):
            end = i + 1 if word[-1:] in words.enumeration_marks else i + 2
            found.append(NonFigure("legal_enumeration", i, end, "non_figure.legal_enumeration"))
        elif word in words.part_words and following.isdigit() and i \
                and (lower[i - 1] == "," or lower[i - 1][:1].isdigit()):
            found.append(NonFigure("article_part", i, i + 2, "non_figure.article_part"))
    return found


def _item(word: str, following: str, words: _Words) -> bool:
    """"3" before "°", or "3º" in one token."""
    if word.isdigit():
        return following in words.enumeration_marks and int(word) <= _MAX_ITEM
    number, mark = word[:-1], word[-1:]
    return mark in words.enumeration_marks and number.isdigit() and int(number) <= _MAX_ITEM


def _temperature(lower: list[str], i: int, words: _Words) -> bool:
    after = i + 1 if lower[i][-1:] in words.enumeration_marks else i + 2
    if after < len(lower) and lower[after] in words.temperature_scales:
        return True  # "19°C", "19° Celsius"
    return any(word in words.temperature_words for word in lower[max(0, i - _TEMPERATURE_REACH):i])


# subdivisions of the law and the statutes
FINDER = Finder(rank=70, find=find)
