"""Dates and years in the tokens of a block: month name first, then the day and year around it; numeric dates.

"21 juni 2022" → 2022-06-21 (day); "dinsdag 20 juni 2023" → 2023-06-20 (the day name belongs to the date);
"juni 2020" → 2020-06 (month); "31/12/2019", "25.09.2022", "21-06-2022", "2022-06-21" → day; a deed's "op
vierentwintig september tweeduizend eenentwintig" or "In het jaar tweeduizend eenentwintig, op vierentwintig
september" → 2021-09-24 (written numerals read by extractor.dutch.numbers), with the day also as a written ordinal ("op de
vijfentwintigste november"); "van 23 tot 27 augustus" → an interval
of days; "tussen maart en december 2024" → 2024-03/2024-12. Bare years ("In 2021") and ranges of years
("2020-2021") are found by shape.

A date without a year takes the year its context gives, and says where it came from (`year_source`): an
explicitly dated mention in the same sentence ("sentence": a day, a month or "in 2023"), else a day or month
of the same block ("paragraph"), else what
the caller gives (`resolve_years`: the heading above the block, the last dated mention of its section, and
only when nothing else gives one the fiscal year). A day name picks, among that year and its neighbours, the
one the day falls in ("weekday").
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property

from spacy.tokens import Doc

from extractor.dutch import patterns
from extractor.dutch.rules import Numbered, Phrases, Words, declares, key, load
from extractor.document.model import Block
from extractor.nlp.language import digit_tokens, lower_words, sentence_of, word_set
from extractor.dutch.numbers import parse_words

_YEAR = re.compile(r"^(19|20)\d\d$")
_YEAR_RANGE = re.compile(r"^((?:19|20)\d\d)[-–/]((?:19|20)?\d\d)$")
_SHORT_YEAR = re.compile(r"^['‘’](\d\d)$")  # "januari ‘24", one token or two
_APOSTROPHES = frozenset("'‘’")
_TWO_DIGITS = re.compile(r"^\d\d$")
_DAY = re.compile(r"^([1-9]|[12]\d|3[01])$")
_NUMERIC_DMY = re.compile(r"^(\d{1,2})([/.\-])(\d{1,2})\2((?:19|20)\d\d)$")  # day first, as Belgians write
_NUMERIC_ISO = re.compile(r"^((?:19|20)\d\d)-(\d\d)-(\d\d)$")

# where a year not written comes from, most reliable first
SENTENCE, PARAGRAPH, HEADING, SECTION, FISCAL_YEAR, WEEKDAY = (
    "sentence", "paragraph", "heading", "section", "fiscal_year", "weekday")


@dataclass(frozen=True)
class DateMention:
    start: int  # first token
    end: int  # one past the last token
    value: str | None  # ISO 8601 date, month, year or interval; None when the year is unknown
    precision: str  # "day" | "month" | "year"
    explicit_year: bool
    year_source: str | None = None  # where a year not written came from (see the module's doc); None if written
    weekday: int | None = None  # the day name written with it, 0 = Monday
    dates_context: bool = False  # its year may date a mention without a year nearby: "8 mei 2021", "in 2023"
    for_sentence: bool = False  # a deed's "In het jaar tweeduizend eenentwintig": the year of the sentence's dates

    @property
    def year_inferred(self) -> bool:
        return self.value is not None and not self.explicit_year


# the dates of each block of a window, by the block's index in the document (extractor/recognise/context.py)
DatesByBlock = Mapping[int, list[DateMention]]


@declares("dates")
@dataclass(frozen=True)
class _Words:
    months: Numbered = key(low=1, high=12, at_least=12)
    weekdays: Numbered = key(low=0, high=6, at_least=7)
    range_words: Words = key()
    cumulative_cues: Phrases = key()
    since_words: Words = key(description="Words before a year that open a span from it to the report's year.")
    relative_years: Numbered = key(low=-10, high=10, description="A phrase after a figure that names a year from "
                                   "the fiscal year, and the years between (last year: -1).")
    closing_words: Words = key(description="Words between a fiscal-year word and a date that make the date the "
                               "day the fiscal year closes.")
    end_words: Phrases = key(description="Words right before a year or a month that name its last day: ‘eind "
                             "2023’, ‘op het einde van augustus 2023’.")
    year_end_phrases: Phrases = key(description="Phrases that name the day the fiscal year closes without a date: "
                                    "‘op het einde van het jaar’, ‘op balansdatum’.")
    year_prepositions: Words = key()
    year_intros: Phrases = key()
    context_year_words: Words = key()
    founding_cues: Phrases = key(description="Phrases that count a figure up from the organisation's founding: "
                                 "‘sinds de oprichting’.")
    founding_words: Words = key(description="Words a year a few words after which is the founding's: ‘opgericht "
                                "in 2016’, ‘de oprichting (2015)’.")
    founding_of_other: Phrases = key(description="Words right after a founding word that make it another thing's "
                                     "founding: ‘de oprichting van een nieuwe afdeling in 2023’.")
    law_date_links: Words = key(description="The word between a law's name and its date: ‘het koninklijk besluit "
                                "van 28 juni 2019’.")
    law_words: Phrases = key(description="Words of an act or a decree right before ‘van’ and its date: such a "
                             "date is the law's, no year for the text's dates without one.")
    ordinal_endings: Words = key(description="A written cardinal so ended is an ordinal day.")
    ordinal_words: Numbered = key(low=1, high=31, description="Ordinals not built from their cardinal.")
    digit_ordinal_endings: Words = key(description="A day in digits with one of these endings is an ordinal day.")

    @cached_property
    def intro_words(self) -> frozenset[str]:
        """The first words of year_intros."""
        return frozenset(intro[0] for intro in self.year_intros)

    @cached_property
    def endings(self) -> tuple[str, ...]:
        """The ordinal endings, the longest first."""
        return tuple(sorted(self.ordinal_endings, key=lambda e: (-len(e), e)))

    @cached_property
    def digit_ordinal(self) -> re.Pattern[str]:
        """A day in digits with an ordinal ending: "1ste", "2de", "3e"."""
        endings = sorted(self.digit_ordinal_endings, key=lambda e: (-len(e), e))
        return re.compile(r"^([1-9]|[12]\d|3[01])(?:" + "|".join(re.escape(e) for e in endings) + ")$")

    @cached_property
    def relative_phrases(self) -> tuple[tuple[tuple[str, ...], int], ...]:
        """Each relative_years phrase as its words, with its offset, in the file's order."""
        return tuple((tuple(phrase.split()), offset) for phrase, offset in self.relative_years.items())

    @cached_property
    def year_end_by_first(self) -> tuple[dict[str, Phrases], Phrases]:
        """The year_end_phrases that can start at a word, by the word (in the file's order), and those for any
        other word: a token is compared with the phrases that open with it only."""
        return _by_first(self.year_end_phrases, lambda phrase: phrase)

    @cached_property
    def relative_by_first(self) -> tuple[dict[str, tuple], tuple]:
        """relative_phrases by their first word, as year_end_by_first."""
        return _by_first(self.relative_phrases, lambda item: item[0])


def _by_first(items: tuple, words_of) -> tuple[dict[str, tuple], tuple]:
    """`items` (each a phrase, words_of(item) its words) by the first word of their phrase, each in the order of
    `items`, with those of no words (which start anywhere) among them; and those of no words alone."""
    empty = tuple(item for item in items if not words_of(item))
    firsts = {words_of(item)[0] for item in items if words_of(item)}
    return ({first: tuple(item for item in items if not words_of(item) or words_of(item)[0] == first)
             for first in firsts}, empty)


@cache
def weekdays() -> frozenset[str]:
    """The names of the days of the week ("zondag")."""
    return frozenset(_words().weekdays)


@cache
def _words() -> _Words:
    return load(_Words, patterns.load("dates"))


def year_prepositions() -> frozenset[str]:
    return _words().year_prepositions


def cumulative_cues() -> tuple[tuple[str, ...], ...]:
    return _words().cumulative_cues


def founding_cues() -> tuple[tuple[str, ...], ...]:
    return _words().founding_cues


def founding_words() -> frozenset[str]:
    return _words().founding_words


def founding_of_other() -> tuple[tuple[str, ...], ...]:
    return _words().founding_of_other


def since_words() -> frozenset[str]:
    """Words before a year that open a span from it to the report's year ("sinds 2016")."""
    return _words().since_words


def last_day(doc: Doc, date: DateMention) -> str | None:
    """The last day of the year or month a date names, where the words right before it say its end ("eind
    2023" -> 2023-12-31, "op het einde van augustus 2023" -> 2023-08-31); None otherwise."""
    if not date.value or date.precision not in ("year", "month") or len(date.value) not in (4, 7):
        return None
    lower = lower_words(doc)
    start = sentence_of(doc, date.start).start
    if not any(date.start - len(phrase) >= start and tuple(lower[date.start - len(phrase):date.start]) == phrase
               for phrase in _words().end_words):
        return None
    year = int(date.value[:4])
    if len(date.value) == 4:
        return f"{year}-12-31"
    month = int(date.value[5:7])
    following = datetime.date(year + (month == 12), month % 12 + 1, 1)
    return (following - datetime.timedelta(days=1)).isoformat()


def year_end_phrase(lower: Sequence[str], start: int, end: int) -> tuple[int, int] | None:
    """The first phrase between tokens start and end that names the day the fiscal year closes without a date
    ("op het einde van het jaar", "op balansdatum"): (its first token, one past its last); None if none."""
    by_first, other = _words().year_end_by_first
    every, count = _words().year_end_phrases, len(lower)
    for i in range(start, end):
        for phrase in (by_first.get(lower[i], other) if 0 <= i < count else every):
            if i + len(phrase) <= end and tuple(lower[i:i + len(phrase)]) == phrase:
                return i, i + len(phrase)
    return None


def relative_year(lower: Sequence[str], i: int) -> tuple[int, int] | None:
    """A year named from the fiscal year at token i ("vorig jaar"): (years from the fiscal year, tokens)."""
    if 0 <= i < len(lower):  # only the phrases that open with the word at i can be there
        by_first, other = _words().relative_by_first
        phrases = by_first.get(lower[i], other)
    else:
        phrases = _words().relative_phrases
    for phrase, offset in phrases:
        if tuple(lower[i:i + len(phrase)]) == phrase:
            return offset, len(phrase)
    return None


CLOSING_REACH = 6  # "het boekjaar dat eindigde op 30 juni 2023": the fiscal-year word a few words before the date


@declares("document")
@dataclass(frozen=True)
class _DocumentWords:
    """The one entry of patterns/document.yaml read here (recognise/metadata.py declares the rest)."""

    fiscal_year_words: Words = key()


@cache
def _fiscal_year_words() -> frozenset[str]:
    return load(_DocumentWords, patterns.load("document")).fiscal_year_words


def closes_fiscal_year(doc: Doc, date: DateMention) -> bool:
    """Whether the words before the date in its sentence make it the day a fiscal year closes ("het boekjaar dat
    eindigde op 30 juni 2023", "boekjaar afgesloten op 31 december 2023"): it names that fiscal year."""
    lower = lower_words(doc)
    start = max(sentence_of(doc, date.start).start, date.start - CLOSING_REACH)
    before = lower[start:date.start]
    fiscal = [k for k, word in enumerate(before) if word in _fiscal_year_words()]
    return bool(fiscal) and any(word in _words().closing_words for word in before[fiscal[-1] + 1:])


_CURRENCY_SIGNS = frozenset("€$£")


def find_dates(doc: Doc, year: int | None = None, year_source: str = FISCAL_YEAR,
               closing: str | None = None) -> list[DateMention]:
    """Calendar dates and bare years or year ranges, longest first where they overlap. A date without a year
    takes the year of the same sentence or block, else `year` (which came from `year_source`); where `year` is a
    fiscal year that closes on the day `closing` ("06-30") of it and opens the year before, a day or month after
    that day in the calendar falls in the year before ("in september" of the fiscal year 2022-2023: 2022-09)."""
    words = _words()
    lower = lower_words(doc)
    candidates: list[DateMention] = []
    # a date opens with a month's name or a digit: only those tokens are read (the months' found once per block)
    opening = digit_tokens(doc)
    if not words.months.keys().isdisjoint(word_set(doc)):
        opening = sorted(set(opening).union(i for i, word in enumerate(lower) if word in words.months))
    for i in opening:
        word = lower[i]
        if word in words.months:
            candidates.append(_date_at(i, lower, words))
        elif not word[:1].isdigit():
            continue  # every other shape starts with a digit
        elif _YEAR.match(word) and not (i > 0 and lower[i - 1] in _CURRENCY_SIGNS):  # "€ 1975" is an amount
            candidates.append(DateMention(i, i + 1, word, "year", True,
                                          dates_context=i > 0 and lower[i - 1] in words.context_year_words))
        elif match := _YEAR_RANGE.match(word):
            first, second = match.groups()
            second = second if len(second) == 4 else first[:2] + second
            candidates.append(DateMention(i, i + 1, f"{first}/{second}", "year", True))
        elif (numeric := _numeric(i, word)) is not None:
            candidates.append(numeric)
    if words.intro_words & word_set(doc):
        candidates.extend(_written_years(lower, words))
    taken: set[int] = set()
    found: list[DateMention] = []
    for mention in sorted(candidates, key=lambda m: (-(m.end - m.start), m.start)):
        if taken.isdisjoint(range(mention.start, mention.end)):
            taken.update(range(mention.start, mention.end))
            found.append(mention)
    found.sort(key=lambda m: m.start)
    found = [_law_date(m, lower, words) for m in found]
    if any(m.value is None for m in found):
        found = _give_years(doc, found, year, year_source, closing)
    return found


def _law_date(mention: DateMention, lower: list[str], words: _Words) -> DateMention:
    """A date right after a law's name and "van" ("het koninklijk besluit van 28 juni 2019") is the law's:
    it dates no other date of the text ("Eind december reden 49 deelwagens rond" a paragraph later)."""
    start = mention.start
    if not mention.dates_context or start < 2 or lower[start - 1] not in words.law_date_links:
        return mention
    if any(tuple(lower[start - 1 - len(law):start - 1]) == law for law in words.law_words if len(law) < start):
        return dataclasses.replace(mention, dates_context=False)
    return mention


def resolve_years(blocks: Sequence[Block], docs: Sequence[Doc], found: list[list[DateMention]],
                  fiscal_year: int | None, fiscal_year_end: str | None = None) -> list[list[DateMention]]:
    """Years for the dates that still have none after their own block was read: the heading above the block,
    else the last day or month dated in its section, else the fiscal year. Only blocks that need it are read again."""
    resolver = YearResolver(fiscal_year, fiscal_year_end)
    return [resolver.resolve(block, doc, mentions) for block, doc, mentions in zip(blocks, docs, found)]


@dataclass
class YearResolver:
    """`resolve_years` one block at a time, in reading order (the windowed pipeline gives the blocks window by
    window): what a block's dates need from the blocks before it is the year of the heading above it and the
    year of the last day or month dated in its section, carried here from block to block."""

    fiscal_year: int | None
    fiscal_year_end: str | None = None  # "2023-06-30": the day a fiscal year across two calendar years closes
    heading_year: int | None = None
    section_year: int | None = None
    heading_fiscal: bool = False  # the heading names the fiscal year ("Jaarverslag 2022-2023")
    section_fiscal: bool = False  # the last day dated in the section is the one the fiscal year closes on

    def resolve(self, block: Block, doc: Doc, mentions: list[DateMention]) -> list[DateMention]:
        if block.kind == "heading":
            named = next((m.value for m in mentions if m.explicit_year and m.value), None)
            self.heading_fiscal = self._closing is not None and named in self._fiscal_names
            self.heading_year = self.fiscal_year if self.heading_fiscal else int(named[:4]) if named else None
            self.section_year = None
        if any(m.value is None for m in mentions):
            if self.heading_year is not None:
                mentions = find_dates(doc, self.heading_year, HEADING,
                                      self._closing if self.heading_fiscal else None)
            elif self.section_year is not None:
                mentions = find_dates(doc, self.section_year, SECTION, self._closing if self.section_fiscal else None)
            elif self.fiscal_year is not None:
                mentions = find_dates(doc, self.fiscal_year, FISCAL_YEAR, self._closing)
        last = [m for m in mentions if m.dates_context and m.value and m.precision != "year"]
        if last and block.kind != "heading":
            self.section_year = int(last[-1].value[:4])  # type: ignore[index]
            # "Boekjaar van 1 juli 2022 tot 30 juni 2023": the months after it are of that fiscal year's parts
            self.section_fiscal = self._closing is not None and last[-1].value == self.fiscal_year_end
        return mentions

    @property
    def _closing(self) -> str | None:
        """The month and day ("06-30") a fiscal year across two calendar years closes on, where the text says;
        None for a fiscal year of one calendar year (closing on 31 December) or an unknown day."""
        end = self.fiscal_year_end
        if not end or len(end) != 10 or end[4:] == "-12-31" or self.fiscal_year is None:
            return None
        return end[5:]

    @property
    def _fiscal_names(self) -> tuple[str, ...]:
        """How a heading names the fiscal year of a report whose year runs across two calendar years: the year
        it closes in ("2023") or its span ("2022/2023")."""
        return (str(self.fiscal_year), f"{self.fiscal_year - 1}/{self.fiscal_year}") if self.fiscal_year else ()


def _numeric(i: int, word: str) -> DateMention | None:
    if match := _NUMERIC_DMY.match(word):
        day, month, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    elif match := _NUMERIC_ISO.match(word):
        year, month, day = (int(g) for g in match.groups())
    else:
        return None
    try:
        value = datetime.date(year, month, day).isoformat()
    except ValueError:
        return None  # "31/02/2022" names no day
    return DateMention(i, i + 1, value, "day", True, dates_context=True)


def _year_words(lower: list[str], i: int) -> tuple[int, int] | None:
    """A year at token i, in digits or written in words ("tweeduizend eenentwintig"): (year, tokens)."""
    if i >= len(lower):
        return None
    if _YEAR.match(lower[i]):
        return int(lower[i]), 1
    if match := _SHORT_YEAR.match(lower[i]):
        return 2000 + int(match.group(1)), 1
    if lower[i] in _APOSTROPHES and i + 1 < len(lower) and _TWO_DIGITS.match(lower[i + 1]):
        return 2000 + int(lower[i + 1]), 2
    value, length = 0, 0
    while length < 3 and i + length < len(lower) and lower[i + length].isalpha():
        numeral = parse_words([lower[i + length]])  # "tweeduizend" + "eenentwintig": one written year
        if numeral is None or numeral.approximate or not isinstance(numeral.value, int):
            break
        if length and not (value % 1000 == 0 and numeral.value < 1000 or value % 100 == 0 and numeral.value < 100):
            break
        value, length = value + numeral.value, length + 1
    if not length or not 1900 <= value <= 2099:
        return None
    return value, length


def _day_word(word: str) -> int | None:
    if _DAY.match(word):
        return int(word)
    words = _words()
    if match := words.digit_ordinal.match(word):
        return int(match.group(1))
    if not word.isalpha():
        return None
    if word in words.ordinal_words:
        return words.ordinal_words[word]
    # a written cardinal ("vierentwintig"), else a written ordinal: the cardinal and its ending ("vijfentwintigste")
    for cardinal in [word] + [word[:-len(e)] for e in words.endings if word.endswith(e) and len(word) > len(e)]:
        numeral = parse_words([cardinal])
        if numeral is not None and not numeral.approximate and isinstance(numeral.value, int) \
                and 1 <= numeral.value <= 31:
            return numeral.value
    return None


def _written_years(lower: list[str], words: _Words) -> list[DateMention]:
    """ "in het jaar tweeduizend eenentwintig": a year given for what follows in the sentence."""
    found = []
    for i, word in enumerate(lower):
        if word not in words.intro_words:
            continue
        for intro in words.year_intros:
            if word == intro[0] and tuple(lower[i:i + len(intro)]) == intro:
                if (year := _year_words(lower, i + len(intro))) is not None:
                    found.append(DateMention(i, i + len(intro) + year[1], str(year[0]), "year", True,
                                             dates_context=True, for_sentence=True))
                break
    return found


def _date_at(i: int, lower: list[str], words: _Words) -> DateMention:
    month = words.months[lower[i]]
    start, end = i, i + 1
    year: int | None = None
    if (written := _year_words(lower, i + 1)) is not None:
        year, end = written[0], i + 1 + written[1]
    day = first_day = None
    first_month = None
    if i >= 1 and (day := _day_word(lower[i - 1])) is not None:
        start = i - 1
        if i >= 3 and lower[i - 2] in words.range_words and (first_day := _day_word(lower[i - 3])) is not None:
            start = i - 3
    elif i >= 2 and lower[i - 1] in words.range_words and lower[i - 2] in words.months:
        first_month, start = words.months[lower[i - 2]], i - 2
    weekday = None
    if day is not None and start >= 1 and lower[start - 1] in words.weekdays:
        weekday, start = words.weekdays[lower[start - 1]], start - 1
    if year is None:
        return DateMention(start, end, None, "day" if day else "month", False, weekday=weekday)
    return _dated(start, end, _Shape(month, day, first_day, first_month, weekday), year, True, None)


@dataclass(frozen=True)
class _Shape:
    month: int
    day: int | None
    first_day: int | None
    first_month: int | None
    weekday: int | None


def _dated(start: int, end: int, shape: _Shape, year: int, explicit: bool, source: str | None) -> DateMention:
    if shape.day is not None:
        value = f"{year:04d}-{shape.month:02d}-{shape.day:02d}"
        if shape.first_day is not None:
            value = f"{year:04d}-{shape.month:02d}-{shape.first_day:02d}/{value}"
        return DateMention(start, end, value, "day", explicit, source, shape.weekday, dates_context=explicit)
    value = f"{year:04d}-{shape.month:02d}"
    if shape.first_month is not None:
        value = f"{year:04d}-{shape.first_month:02d}/{value}"
    return DateMention(start, end, value, "month", explicit, source, dates_context=explicit)


def _give_years(doc: Doc, found: list[DateMention], year: int | None, year_source: str,
                closing: str | None = None) -> list[DateMention]:
    """Years for the mentions without one: the nearest dated mention of the sentence (before it, else after
    it), else of the block, else `year` (of a fiscal year that closes on `closing`, "06-30": the year before for
    a day or month after that day); a day name then picks the year the day falls in."""
    words = _words()
    lower = lower_words(doc)
    context = [m for m in found if m.dates_context and m.value]
    out = []
    for mention in found:
        if mention.value is not None:
            out.append(mention)
            continue
        sentence = sentence_of(doc, mention.start)
        same = [m for m in context if sentence.start <= m.start < sentence.end]
        chosen, source = _nearest(mention, same), SENTENCE
        if chosen is None:  # beyond the sentence a bare year is often a comparison ("van 16.190 MWh in 2022")
            chosen, source = _nearest(mention, [m for m in context if m.precision != "year"]), PARAGRAPH
        given = int(chosen.value[:4]) if chosen is not None else year  # type: ignore[index]
        source = source if chosen is not None else year_source
        if given is None:
            out.append(mention)
            continue
        shape = _shape_of(mention, lower, words)
        if chosen is None and closing is not None and f"{shape.month:02d}-{shape.day or 1:02d}" > closing:
            given -= 1  # "in september" of the fiscal year 2022-2023 that closes on 30 June: September 2022
        if shape.weekday is not None and shape.day is not None:
            for candidate in (given, given + 1, given - 1):
                try:
                    matches = datetime.date(candidate, shape.month, shape.day).weekday() == shape.weekday
                except ValueError:
                    matches = False
                if matches:
                    # the day name picked the year, or confirmed the fiscal year (no context of its own)
                    given, source = candidate, source if candidate == given and source != FISCAL_YEAR else WEEKDAY
                    break
        written = chosen is not None and chosen.for_sentence and source == SENTENCE
        out.append(_dated(mention.start, mention.end, shape, given, written, None if written else source))
    return out


def _nearest(mention: DateMention, context: list[DateMention]) -> DateMention | None:
    before = [m for m in context if m.end <= mention.start]
    if before:
        return before[-1]
    after = [m for m in context if m.start >= mention.end]
    return after[0] if after else None


def _shape_of(mention: DateMention, lower: list[str], words: _Words) -> _Shape:
    """The month, day(s) and day name of a mention without a year, read again from its tokens."""
    tokens = lower[mention.start:mention.end]
    months = [words.months[t] for t in tokens if t in words.months]
    days = [d for t in tokens if t not in words.months and (d := _day_word(t)) is not None]
    weekday = words.weekdays.get(tokens[0]) if tokens else None
    if days:
        return _Shape(months[-1], days[-1], days[0] if len(days) > 1 else None, None, weekday)
    return _Shape(months[-1], None, None, months[0] if len(months) > 1 else None, weekday)
