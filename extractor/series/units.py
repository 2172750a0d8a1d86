"""The unit of a series from ONE vocabulary (patterns/units.yaml `vocabulary`), with its dimension; the noun a
figure counts in a column of its own.

A figure's unit is either a unit of the vocabulary, in any of its forms ("mwh" is MWh, "VTE" is FTE), or it
names what the figure counts: a code of units.yaml ("members", "contracts") or a word as written ("gezinnen").
A counted thing's series is in `persons` when it counts people (units.yaml `people`: codes and lexicon
concepts), else in `count`; the Dutch noun as the text writes it ("vennoten", "arbeidsovereenkomsten") is its
`noun`. So no counted noun and no English name of a counted thing is ever a series' unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractor.dutch.rules import Listed, Lists, Text, declares, key

PERSONS = "persons"
COUNT = "count"
SCORE = "score/"
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class SeriesUnit:
    unit: str | None  # a code of the vocabulary; None for a figure without any unit
    dimension: str | None  # the vocabulary's dimension of `unit`
    noun: str | None  # what a count counts, as the text writes it ("vennoten"); None for a measure


@dataclass(frozen=True)
class _Vocabulary:
    forms: dict[str, str]  # a unit as a figure may carry it, lower case -> its code
    dimensions: dict[str, str]  # code -> dimension
    score_dimension: str
    people: frozenset[str]
    words: dict[str, tuple[str, ...]]  # a code of units.yaml `units` -> its Dutch words
    pint: dict[str, str]  # code -> its name in Pint (Datasette's units), for the units Pint knows


@dataclass(frozen=True)
class _Unit:
    """A unit of the vocabulary: its dimension, the forms a figure's unit may take, its name in Pint."""

    dimension: Text = key()
    forms: Listed = key(optional=True, unique=True)
    pint: Text = key(optional=True, description="the unit's name in Pint, the units library of Datasette")


@declares("units")
@dataclass(frozen=True)
class _SeriesWords:
    """The entries of patterns/units.yaml read here (declared once: the schema is made from them)."""

    vocabulary: dict[str, _Unit] = key(at_least=1, description="The one vocabulary of series units: code -> its "
                                       "dimension and the forms a figure's unit may take (any case).")
    score_dimension: Text = key(description="The dimension of a score unit (‘score/10’).")
    people: Listed = key(unique=True, description="Unit codes and lexicon noun concepts that count people: their "
                                                  "series are in persons.")
    units: Lists = key()  # a unit's code and its words, as written


@cache
def _vocabulary() -> _Vocabulary:
    from extractor.dutch import patterns, rules

    data = rules.load(_SeriesWords, patterns.load("units"))
    forms: dict[str, str] = {}
    dimensions: dict[str, str] = {}
    for code, entry in data.vocabulary.items():
        dimensions[code] = entry.dimension
        for form in [code, *entry.forms]:
            forms[form.lower()] = code
    return _Vocabulary(forms, dimensions, data.score_dimension, frozenset(data.people), data.units,
                       {code: entry.pint for code, entry in data.vocabulary.items() if entry.pint})


def dimension(unit: str | None) -> str | None:
    """The dimension of a vocabulary unit ("MWh" -> energy); None for none."""
    if unit is None:
        return None
    vocabulary = _vocabulary()
    if unit.startswith(SCORE):
        return vocabulary.score_dimension
    return vocabulary.dimensions.get(unit)


def pint_units() -> dict[str, str]:
    """Each vocabulary unit that Pint (the units library of Datasette) knows -> its name there ("m2": "m^2")."""
    return dict(_vocabulary().pint)


def in_vocabulary(unit: str | None) -> bool:
    return unit is not None and dimension(unit) is not None


def series_unit(figure_unit: str | None, raw: str) -> SeriesUnit:
    """The series unit, dimension and noun of a figure with unit `figure_unit` written as `raw`."""
    if figure_unit is None:
        return SeriesUnit(None, None, None)
    vocabulary = _vocabulary()
    if figure_unit.startswith(SCORE):
        return SeriesUnit(figure_unit, vocabulary.score_dimension, None)
    code = vocabulary.forms.get(figure_unit.lower())
    if code is not None and code != COUNT:
        return SeriesUnit(code, vocabulary.dimensions[code], None)
    noun = _noun(figure_unit, raw)
    unit = PERSONS if _counts_people(figure_unit, noun) else COUNT
    return SeriesUnit(unit, vocabulary.dimensions[unit], noun)


def _noun(figure_unit: str, raw: str) -> str | None:
    """The noun as the text writes it: the word of `raw` that the unit's code names (any compound ending in one:
    "Smart-leden"), else the last word after the number, else a unit written as a word; None when only an
    English code is known."""
    words = _vocabulary().words.get(figure_unit)
    tokens = _after_number(raw)
    if words is None:
        return figure_unit  # the unit is the noun as written ("gezinnen")
    lowered = [word.lower() for word in words]
    for token in tokens:
        low = token.lower()
        if low in lowered or any(low.endswith(word) for word in lowered if len(word) > 2):
            return token
    return tokens[-1] if tokens else None


def _after_number(raw: str) -> list[str]:
    """The words of `raw` after its last digit, or all its words when it has no digit ("zeven adviesverleners")."""
    last = max((m.end() for m in re.finditer(r"\d", raw)), default=0)
    return _WORD.findall(raw[last:])


def _counts_people(figure_unit: str, noun: str | None) -> bool:
    people = _vocabulary().people
    if figure_unit in people:
        return True
    for word in {figure_unit, noun} - {None}:
        concept = _concept(str(word))
        if concept is not None and concept in people:
            return True
    return False


@cache
def _concept(word: str) -> str | None:
    """The lexicon's concept of a counted noun (patterns/lexicon.yaml `nouns`; a compound by its last part)."""
    from extractor.dutch.lexicon import canonical, lexicon

    lex = lexicon()
    for form in (canonical(word.lower()), word.lower()):
        found = lex.nouns.word(form)
        if found is not None:
            return found.name
    split = lex.compound(word.lower())
    return split[0].name if split else None


def comparable(a: str | None, b: str | None) -> bool:
    """Two figures' units give one series unit: the same unit in any form ("mwh", "MWh"), two nouns of one kind
    of count ("vennoten", "aandeelhouders": persons), or a count and a figure whose noun stands away from its
    number ("Het aantal coöperanten steeg tot 2.015": no unit of its own)."""
    if a == b:
        return True
    first, second = series_unit(a, a or ""), series_unit(b, b or "")
    if first.unit is None or second.unit is None:
        return (first.unit or second.unit) in (PERSONS, COUNT)
    return first.unit == second.unit
