"""Figures in the tokens of a block: a number with its qualifier, multiplier, unit and range.

"bijna 3 miljoen euro" → 3000000 EUR approximately; "tussen 1 en 5,98" → 1..5.98; "7,28/10" → 7.28
score/10; "zeven adviesverleners" → 7 advisers. What is not a figure (dates, references, slogans) is
excluded by the caller; the words come from patterns/qualifiers.yaml and patterns/units.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from extractor import numbers, patterns
from extractor.nlp import lower_words, stop_words

_SCORE = re.compile(r"^(\d+(?:,\d+)?)/(\d+)$")
_TRAILING_PUNCT = ".,;:!?)]"


@dataclass(frozen=True)
class Figure:
    """A figure found in a block: token positions, value and what qualifies it."""

    start: int  # first token of the figure as written (qualifier included)
    number_start: int  # first token of the number itself
    number_end: int  # one past the number (and its multiplier)
    end: int  # one past the unit
    value: int | float
    value_max: int | float | None
    qualifier: str  # exact | approximately | at_least | at_most | range
    unit: str | None  # canonical unit, or the counted word as written (lower case)
    unit_words: str | None  # the unit as written
    written: bool  # a written numeral ("zeven"), not digits


@dataclass(frozen=True)
class _Lexicon:
    qualifiers: tuple[tuple[tuple[str, ...], str], ...]  # phrase → qualifier, longest phrases first
    exceptions: dict[tuple[str, ...], frozenset[str]]  # "aanleiding tot": a verb's preposition, no qualifier
    ranges: dict[str, str]  # opening word → joining word ("tussen" → "en")
    units: dict[tuple[str, ...], str]  # words → canonical unit
    longest_unit: int
    score_separator: str
    part_of: tuple[tuple[str, ...], ...]  # "van de" in "8 van de 35 actiepistes"


@cache
def _lexicon() -> _Lexicon:
    data = patterns.load("qualifiers")
    qualifiers = [(tuple(phrase.lower().split()), kind)
                  for kind in ("approximately", "at_least", "at_most") for phrase in data[kind]]
    qualifiers.sort(key=lambda item: -len(item[0]))
    units_data = patterns.load("units")
    units = {tuple(word.lower().split()): code for code, words in units_data["units"].items() for word in words}
    exceptions = {tuple(phrase.lower().split()): frozenset(words) for phrase, words in data["exceptions"].items()}
    return _Lexicon(qualifiers=tuple(qualifiers), exceptions=exceptions, ranges={a: b for a, b in data["ranges"]}, units=units,
                    longest_unit=max(len(words) for words in units), score_separator=units_data["score_separator"],
                    part_of=tuple(tuple(p.lower().split()) for p in units_data["part_of"]))


def unit_of_word(word: str) -> str | None:
    """The canonical unit a single word names, compounds included ("Smart-leden" → members)."""
    units = _lexicon().units
    word = word.lower()
    for candidate in (word, word.split("/")[0], word.rsplit("-", 1)[-1]):
        if (candidate,) in units:
            return units[(candidate,)]
    return None


def find_figures(doc: Doc, excluded: set[int]) -> list[Figure]:
    lexicon = _lexicon()
    lower = lower_words(doc)
    figures: list[Figure] = []
    i = 0
    while i < len(doc):
        figure = None if i in excluded else _figure_at(doc, lower, i, excluded, lexicon)
        if figure is None:
            i += 1
            continue
        figures.append(figure)
        i = max(figure.end if figure.qualifier == "range" else figure.number_end, i + 1)
    return figures


def _figure_at(doc: Doc, lower: list[str], i: int, excluded: set[int], lexicon: _Lexicon) -> Figure | None:
    number = _number_at(lower, i, excluded, lexicon)
    if number is None:
        return None
    value, number_end, unit, approximate, written = number
    unit_end = number_end
    unit_words = None
    if unit is None:
        unit, unit_words, unit_end = _unit_after(doc, lower, number_end, excluded, lexicon)
    else:
        unit_words = doc[number_end - 1].text if unit == "%" else unit
    if written and unit is None:
        if not 0 < value < 1:
            return None  # "een van de drie": a written numeral that counts nothing named is not a figure
        unit = "fraction"  # "een vierde (van de publicaties)"
    start, qualifier = _qualifier_before(lower, i, lexicon)
    if approximate and qualifier == "exact":
        qualifier = "approximately"
    value_max = None
    end = unit_end
    ranged = _range(lower, start, number_end, unit_end, excluded, lexicon)
    if ranged is not None:
        start, value_max, end, range_unit = ranged[0], ranged[1], ranged[2], ranged[3]
        qualifier = "range"
        if unit is None and range_unit is not None:
            unit, unit_words = range_unit
    return Figure(start, i, number_end, end, value, value_max, qualifier, unit, unit_words, written)


def _number_at(lower: list[str], i: int, excluded: set[int],
               lexicon: _Lexicon) -> tuple[int | float, int, str | None, bool, bool] | None:
    """(value, end, unit when the token carries it, approximate, written) of a number starting at token i."""
    token = lower[i].rstrip(_TRAILING_PUNCT) if lower[i][:1].isdigit() else lower[i]
    if score := _SCORE.match(token):
        numerator = numbers.parse_digits(score.group(1))
        denominator = int(score.group(2))
        if numerator is None or not 0 <= numerator <= denominator:
            return None  # "24/7" is round the clock, not a score
        return numerator, i + 1, f"score{lexicon.score_separator}{denominator}", False, False
    value = numbers.parse_digits(token)
    end = i + 1
    written = approximate = False
    if value is None:
        numeral = numbers.parse_words(lower[i:i + 4])
        if numeral is None or any(j in excluded for j in range(i, i + numeral.length)):
            return None
        value, end, approximate, written = numeral.value, i + numeral.length, numeral.approximate, True
    if end < len(lower) and (factor := numbers.multiplier(lower[end])) is not None:
        value, end = _scaled(value, factor), end + 1
    if end < len(lower) and (lower[end],) in lexicon.units and lexicon.units[(lower[end],)] == "%":
        return value, end + 1, "%", approximate, written
    return value, end, None, approximate, written


def _scaled(value: int | float, factor: int) -> int | float:
    scaled = round(value * factor, 6)
    return int(scaled) if float(scaled).is_integer() else scaled


def _unit_after(doc: Doc, lower: list[str], j: int, excluded: set[int],
                lexicon: _Lexicon) -> tuple[str | None, str | None, int]:
    """The unit named after a number: a known unit right after it or after one adjective
    ("639.505 aangegeven werkdagen"), else the counted word as written ("6 podcasts")."""
    stop = stop_words()
    for offset in (0, 1):
        k = j + offset
        for length in range(lexicon.longest_unit, 0, -1):
            words = tuple(lower[k:k + length])
            if len(words) == length and words in lexicon.units:
                return lexicon.units[words], doc[k:k + length].text, k + length
        if k < len(lower) and (unit := unit_of_word(lower[k])):
            return unit, doc[k].text, k + 1
        if offset == 0 and not (k < len(doc) and doc[k].is_alpha):
            break
    # "8 van de 35 actiepistes": the unit of the second number
    for link in lexicon.part_of:
        k = j + len(link)
        if tuple(lower[j:k]) == link and k < len(lower) and numbers.parse_digits(lower[k]) is not None:
            unit, words, _ = _unit_after(doc, lower, k + 1, excluded, lexicon)
            return unit, words, j
    if _is_word(doc, j, stop):
        # an inflected adjective before the counted word: "5.348 nieuwe houders", "twee externe deskundigen"
        k = j + 1 if (_is_word(doc, j + 1, stop) and lower[j].endswith("e")) else j
        return lower[k], doc[k].text, k + 1
    return None, None, j


def _is_word(doc: Doc, k: int, stop: frozenset[str]) -> bool:
    """A content word at k: letters (compounds with hyphens too), and not a function word."""
    if k >= len(doc) or doc[k].lower_ in stop:
        return False
    return doc[k].text.replace("-", "").replace("'", "").isalpha()


def _qualifier_before(lower: list[str], i: int, lexicon: _Lexicon) -> tuple[int, str]:
    for phrase, kind in lexicon.qualifiers:
        start = i - len(phrase)
        if start >= 0 and tuple(lower[start:i]) == phrase:
            if start > 0 and lower[start - 1] in lexicon.exceptions.get(phrase, ()):
                continue
            return start, kind
    return i, "exact"


def _range(lower: list[str], start: int, number_end: int, unit_end: int, excluded: set[int],
           lexicon: _Lexicon) -> tuple[int, int | float, int, tuple[str, str] | None] | None:
    """"tussen 1 en 5,98": the opening word before the figure, the joining word and a second number after."""
    if start == 0 or lower[start - 1] not in lexicon.ranges:
        return None
    joiner = lexicon.ranges[lower[start - 1]]
    for k in (number_end, unit_end):
        if k + 1 < len(lower) and lower[k] == joiner and k + 1 not in excluded:
            second = numbers.parse_digits(lower[k + 1].rstrip(_TRAILING_PUNCT))
            if second is not None:
                return start - 1, second, k + 2, None
    return None
