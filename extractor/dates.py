"""Dates and years in the tokens of a block: month name first, then the day and year around it.

"21 juni 2022" → 2022-06-21 (day); "juni 2020" → 2020-06 (month); "van 23 tot 27 augustus" →
2021-08-23/2021-08-27 when the fiscal year is 2021 (a date without a year takes the fiscal year);
"tussen maart en december 2024" → 2024-03/2024-12. Bare years ("In 2021") and ranges of years
("2020-2021") are found by shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from extractor import patterns
from extractor.nlp import lower_words

_YEAR = re.compile(r"^(19|20)\d\d$")
_YEAR_RANGE = re.compile(r"^((?:19|20)\d\d)[-–/]((?:19|20)?\d\d)$")
_DAY = re.compile(r"^([1-9]|[12]\d|3[01])$")


@dataclass(frozen=True)
class DateMention:
    start: int  # first token
    end: int  # one past the last token
    value: str | None  # ISO 8601 date, month, year or interval; None when the year is unknown
    precision: str  # "day" | "month" | "year"
    explicit_year: bool


@dataclass(frozen=True)
class _Words:
    months: dict[str, int]
    range_words: frozenset[str]
    cumulative_cues: tuple[tuple[str, ...], ...]
    year_prepositions: frozenset[str]


@cache
def _words() -> _Words:
    data = patterns.load("dates")
    return _Words(months=dict(data["months"]), range_words=frozenset(data["range_words"]),
                  cumulative_cues=tuple(tuple(cue.split()) for cue in data["cumulative_cues"]),
                  year_prepositions=frozenset(data["year_prepositions"]))


def year_prepositions() -> frozenset[str]:
    return _words().year_prepositions


def cumulative_cues() -> tuple[tuple[str, ...], ...]:
    return _words().cumulative_cues


def find_dates(doc: Doc, fiscal_year: int | None) -> list[DateMention]:
    """Calendar dates (with a month name) and bare years or year ranges, longest first where they overlap."""
    words = _words()
    lower = lower_words(doc)
    candidates: list[DateMention] = []
    for i, word in enumerate(lower):
        if word in words.months:
            candidates.append(_date_at(i, lower, words, fiscal_year))
        elif _YEAR.match(word):
            candidates.append(DateMention(i, i + 1, word, "year", True))
        elif match := _YEAR_RANGE.match(word):
            first, second = match.groups()
            second = second if len(second) == 4 else first[:2] + second
            candidates.append(DateMention(i, i + 1, f"{first}/{second}", "year", True))
    taken: set[int] = set()
    found: list[DateMention] = []
    for mention in sorted(candidates, key=lambda m: (-(m.end - m.start), m.start)):
        if taken.isdisjoint(range(mention.start, mention.end)):
            taken.update(range(mention.start, mention.end))
            found.append(mention)
    return sorted(found, key=lambda m: m.start)


def _date_at(i: int, lower: list[str], words: _Words, fiscal_year: int | None) -> DateMention:
    month = words.months[lower[i]]
    start, end = i, i + 1
    year: int | None = None
    if i + 1 < len(lower) and _YEAR.match(lower[i + 1]):
        year, end = int(lower[i + 1]), i + 2
    explicit = year is not None
    year = year if year is not None else fiscal_year
    day = first_day = None
    first_month = None
    if i >= 1 and _DAY.match(lower[i - 1]):
        day, start = int(lower[i - 1]), i - 1
        if i >= 3 and lower[i - 2] in words.range_words and _DAY.match(lower[i - 3]):
            first_day, start = int(lower[i - 3]), i - 3
    elif i >= 2 and lower[i - 1] in words.range_words and lower[i - 2] in words.months:
        first_month, start = words.months[lower[i - 2]], i - 2
    if year is None:
        return DateMention(start, end, None, "day" if day else "month", False)
    if day is not None:
        value = f"{year:04d}-{month:02d}-{day:02d}"
        if first_day is not None:
            value = f"{year:04d}-{month:02d}-{first_day:02d}/{value}"
        return DateMention(start, end, value, "day", explicit)
    value = f"{year:04d}-{month:02d}"
    if first_month is not None:
        value = f"{year:04d}-{first_month:02d}/{value}"
    return DateMention(start, end, value, "month", explicit)
