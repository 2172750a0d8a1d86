"""Numbers as a Dutch report writes them: digits in Dutch notation and written numerals.

The words and the digit notation come from patterns/numerals.yaml; this module holds only the grammar:

    digits    := [sign] (integer | group{1,3} (thousands group{3})+) [decimal digits+]
    cardinal  := below_thousand | [below_thousand] THOUSAND [joiner] [below_thousand]      (one word)
    below_thousand := below_hundred | [below_hundred] HUNDRED [joiner] [below_hundred]
    below_hundred  := unit | teen | tens | unit joiner tens                                  ("drieëntwintig")
    phrase    := base [MULTIPLIER]                                                    ("6,8 miljoen")
    base      := digits | cardinal | cardinal DECIMAL_WORD decimals | cardinal joiner HALF | FIXED...
               | numerator FRACTION | unit FRACTION (one word, glued fractions only)
               | [article] cardinal SUFFIX (approximate) | [article] GROUP_NOUN (approximate)
               | cardinal TIMES_SUFFIX (a count of times, one word: "tienmaal"; never the article: "eenmaal")
               | article MULTIPLIER                                                   ("een miljoen")

    decimals  := cardinal (read as its digits: "vijfentwintig" .25) | (unit | ZERO)+      ("nul vijf" .05)

Digits are ASCII only: digits of other scripts ("٤٥", "１２") are refused, never read. The article alone is
never a number. Arithmetic is exact (fractions.Fraction) until the value is returned.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import cache, lru_cache

from extractor.dutch import patterns
from extractor.dutch import rules as rule_files
from extractor.dutch.rules import Amounts, Flag, Listed, Numbered, Text, Whole, Words, key

_WORD = r"^[^\sA-Z]+$"  # one lower-case word, as written (diacritics kept)


@dataclass(frozen=True)
class _Digits:
    thousands_separator: Text = key(shortest=1, longest=1)
    decimal_separator: Text = key(shortest=1, longest=1)
    signs: Numbered = key(among=(1, -1), at_least=1, names="^.$")
    space_groups: Flag = key(optional=True, description="Thousands may also be grouped by a space between tokens.")
    whole_suffixes: Listed = key(optional=True, unique=True, shortest=2)


@dataclass(frozen=True)
class _Cardinals:
    units: Numbered = key(low=1, high=9, at_least=1, names=_WORD)
    teens: Numbered = key(low=10, high=19, at_least=1, names=_WORD)
    tens: Numbered = key(among=(20, 30, 40, 50, 60, 70, 80, 90), at_least=1, names=_WORD)
    hundred: Listed = key()
    thousand: Listed = key()
    zero: Words = key(optional=True)


@dataclass(frozen=True)
class _Fraction:
    denominator: Whole = key(low=2)
    glued: Flag = key(optional=True)


@dataclass(frozen=True)
class _Groups:
    suffix: Text = key(form=_WORD)
    nouns: Numbered = key(low=2, names=_WORD)


@dataclass(frozen=True)
class _Times:
    suffixes: Listed = key(unique=True, form=_WORD)
    not_before: Words = key(optional=True)


@rule_files.declares("numerals")
@dataclass(frozen=True)
class _Numerals:
    """The entries of patterns/numerals.yaml, declared once (extractor/dutch/rules.py)."""

    digits: _Digits = key()
    cardinals: _Cardinals = key()
    joiners: Listed = key()
    decimal_words: Words = key(optional=True)
    articles: Words = key()
    multipliers: Numbered = key(low=10, at_least=1, names=_WORD)
    fixed: Amounts = key(names=r"^[^\sA-Z]+( [^\sA-Z]+)*$",
                         description="Fixed expressions (words separated by one space) and their value.")
    and_a_half: Listed = key()
    fractions: dict[str, _Fraction] = key(at_least=1, names=_WORD)
    groups: _Groups = key()
    times: _Times = key(optional=True,
                        description="Suffixes that make a cardinal glued to them a count of times.")


@cache
def numeral_rules() -> _Numerals:
    """The words and digit notation of patterns/numerals.yaml, as declared."""
    return rule_files.load(_Numerals, patterns.load("numerals"))


@dataclass(frozen=True)
class Numeral:
    """A number found at the start of a run of words."""

    value: int | float  # int when integral (18894, not 18894.0); float otherwise (159.5)
    approximate: bool  # True for group nouns ("een tiental"); False for "anderhalf", "zeven"
    length: int  # words consumed
    times: str | None = None  # the suffix of a count of times in one word ("maal" of "tienmaal"): its unit


@dataclass(frozen=True)
class _Lexicon:
    digits: re.Pattern[str]
    thousands_separator: str
    decimal_separator: str
    signs: dict[str, int]
    whole_suffixes: tuple[str, ...]  # "250,-"
    space_groups: bool
    below_hundred: dict[str, int]  # every one-word number below 100, compounds generated from the parts
    hundreds: tuple[str, ...]
    thousands: tuple[str, ...]
    joiners: tuple[str, ...]
    units: dict[str, int]
    zero: frozenset[str]
    decimal_words: frozenset[str]
    articles: frozenset[str]
    multipliers: dict[str, int]
    fixed: dict[str, tuple[tuple[tuple[str, ...], Fraction], ...]]  # first word -> (words, value), longest first
    halves: tuple[str, ...]
    fractions: dict[str, int]  # word -> denominator
    glued_fractions: dict[str, int]
    group_suffix: str
    group_nouns: dict[str, int]
    times_suffixes: tuple[str, ...]  # "tienmaal": a cardinal glued to one of these counts times
    times_not_before: frozenset[str]  # "duizendmaal dank": a set phrase


@dataclass(frozen=True)
class _Word:
    """What one word can be in a numeral phrase (several at once: "duizend" is a cardinal and a multiplier)."""

    number: Fraction | None = None  # a complete number by itself: "zeven", "18.894", "driekwart"
    numerator: Fraction | None = None  # may count a following fraction: "een", "drie" (written, integral)
    denominator: int | None = None  # a fraction word: "vierde"
    group: Fraction | None = None  # an approximate group noun: "tiental"
    times: tuple[Fraction, str] | None = None  # a count of times in one word and its suffix: "tienmaal"
    multiplier: int | None = None  # "miljoen"
    article: bool = False  # the indefinite article
    starts_fixed: bool = False  # the first word of a fixed expression: "de" of "de helft"


@cache
def _lexicon() -> _Lexicon:
    data = numeral_rules()
    digits, cardinals = data.digits, data.cardinals
    thousands, decimal = digits.thousands_separator, digits.decimal_separator
    signs = "".join(re.escape(sign) for sign in digits.signs)
    number = re.compile(
        rf"(?P<sign>[{signs}])?"
        rf"(?P<int>0|[1-9][0-9]*|[1-9][0-9]{{0,2}}(?:{re.escape(thousands)}[0-9]{{3}})+)"
        rf"(?:{re.escape(decimal)}(?P<frac>[0-9]+))?")
    joiners = data.joiners
    below_hundred = {**cardinals.units, **cardinals.teens, **cardinals.tens}
    for unit, unit_value in cardinals.units.items():
        for joiner in joiners:
            for tens, tens_value in cardinals.tens.items():
                below_hundred[unit + joiner + tens] = unit_value + tens_value
    below_hundred.update({word: 0 for word in cardinals.zero})
    fixed: dict[str, list[tuple[tuple[str, ...], Fraction]]] = {}
    for text, value in data.fixed.items():
        words = tuple(text.split())
        fixed.setdefault(words[0], []).append((words, Fraction(str(value))))
    times = data.times or _Times(suffixes=(), not_before=frozenset())
    return _Lexicon(
        digits=number, thousands_separator=thousands, decimal_separator=decimal, signs=digits.signs,
        whole_suffixes=tuple(sorted(digits.whole_suffixes, key=len, reverse=True)),
        space_groups=digits.space_groups, zero=cardinals.zero, decimal_words=data.decimal_words,
        below_hundred=below_hundred, hundreds=cardinals.hundred, thousands=cardinals.thousand,
        joiners=joiners, units=cardinals.units, articles=data.articles,
        multipliers=data.multipliers,
        fixed={first: tuple(sorted(entries, key=lambda entry: -len(entry[0]))) for first, entries in fixed.items()},
        halves=data.and_a_half,
        fractions={word: spec.denominator for word, spec in data.fractions.items()},
        glued_fractions={word: spec.denominator for word, spec in data.fractions.items() if spec.glued},
        group_suffix=data.groups.suffix, group_nouns=data.groups.nouns,
        times_suffixes=tuple(sorted(times.suffixes, key=len, reverse=True)),
        times_not_before=times.not_before)


def _normal(word: str) -> str:
    return unicodedata.normalize("NFC", word).lower()


def _value(number: Fraction) -> int | float:
    return int(number) if number.denominator == 1 else float(number)


def _digits(text: str) -> Fraction | None:
    lexicon = _lexicon()
    match = lexicon.digits.fullmatch(text)
    if match is None:
        whole = next((suffix for suffix in lexicon.whole_suffixes if text.endswith(suffix)), None)
        match = lexicon.digits.fullmatch(text[:-len(whole)]) if whole else None
        if match is not None and match["frac"]:
            match = None  # "12,5,-" is no amount
    if match is None:
        return None
    number = Fraction(int(match["int"].replace(lexicon.thousands_separator, "")))
    if match["frac"]:
        number += Fraction(int(match["frac"]), 10 ** len(match["frac"]))
    return -number if match["sign"] and lexicon.signs[match["sign"]] < 0 else number


_YEAR = re.compile(r"(?:19|20)\d\d")


def is_year(word: str) -> bool:
    """Whether `word` is written as a calendar year ("2024"): four digits from 1900 to 2099."""
    return _YEAR.fullmatch(word) is not None


def parse_digits(text: str) -> int | float | None:
    """One token of digits in Dutch notation ("1.946,5") -> its value, else None.

    Thousands groups have exactly three digits ("1.200" is 1200, "12.34" is not a number); a leading zero
    before other digits marks a code ("0800"), not a quantity. Punctuation around the token is the caller's.
    """
    number = _digits(text)
    return None if number is None else _value(number)


def _split(word: str, middles: tuple[str, ...]) -> tuple[str, str] | None:
    """`word` around its (only) occurrence of one of `middles`: ("twee", "vierhonderd") for "tweeduizend..."."""
    for middle in middles:
        head, found, tail = word.partition(middle)
        if found:
            return head, tail
    return None


def _below(word: str, scale_words: tuple[str, ...], scale: int, smaller: Callable[[str], int | None]) -> int | None:
    """[count] SCALE [joiner] [rest], e.g. "tweehonderdvijftig", with count and rest parsed by `smaller`."""
    plain = smaller(word)
    if plain is not None:
        return plain
    parts = _split(word, scale_words)
    if parts is None:
        return None
    head, tail = parts
    count = smaller(head) if head else 1
    if not count:  # no count, or zero ("nulhonderd")
        return None
    if not tail:
        return count * scale
    rest = smaller(tail)
    if rest is None:
        joiner = next((j for j in _lexicon().joiners if tail.startswith(j) and len(tail) > len(j)), None)
        rest = smaller(tail[len(joiner):]) if joiner else None
    return None if rest is None else count * scale + rest


def _below_hundred(word: str) -> int | None:
    return _lexicon().below_hundred.get(word)


def _below_thousand(word: str) -> int | None:
    return _below(word, _lexicon().hundreds, 100, _below_hundred)


def _cardinal(word: str) -> int | None:
    """A one-word cardinal: "zeven", "drieëntwintig", "tweeduizendvierhonderd"."""
    return _below(word, _lexicon().thousands, 1000, _below_thousand)


def _with_half(word: str) -> Fraction | None:
    """"tweeënhalf" -> 5/2: a cardinal, a joiner and a half word."""
    lexicon = _lexicon()
    for half in lexicon.halves:
        for joiner in lexicon.joiners:
            ending = joiner + half
            if word.endswith(ending) and len(word) > len(ending):
                count = _cardinal(word[:-len(ending)])
                if count is not None:
                    return count + Fraction(1, 2)
    return None


def _glued_fraction(word: str) -> Fraction | None:
    """"driekwart" -> 3/4: a unit glued to a fraction word that may be glued."""
    lexicon = _lexicon()
    for fraction, denominator in lexicon.glued_fractions.items():
        numerator = lexicon.units.get(word[:-len(fraction)]) if word.endswith(fraction) else None
        if numerator is not None:
            return Fraction(numerator, denominator)
    return None


def _group(word: str) -> Fraction | None:
    """"tiental" -> 10: a cardinal glued to the group suffix, or a group noun."""
    lexicon = _lexicon()
    if word in lexicon.group_nouns:
        return Fraction(lexicon.group_nouns[word])
    suffix = lexicon.group_suffix
    count = _cardinal(word[:-len(suffix)]) if word.endswith(suffix) and len(word) > len(suffix) else None
    return None if count is None else Fraction(count)


def _times(word: str) -> tuple[Fraction, str] | None:
    """"tienmaal" -> (10, "maal"): a cardinal glued to a suffix of times; the article never ("eenmaal" is
    'once, when')."""
    lexicon = _lexicon()
    for suffix in lexicon.times_suffixes:
        head = word[:-len(suffix)] if word.endswith(suffix) else ""
        if head and head not in lexicon.articles and (count := _cardinal(head)):
            return Fraction(count), suffix
    return None


@lru_cache(maxsize=1 << 16)
def _word(token: str) -> _Word | None:
    """What `token` can be in a numeral phrase, or None when it cannot begin or continue one."""
    lexicon = _lexicon()
    if token[:1].isdigit() or token[:1] in lexicon.signs:
        number = _digits(token)
        return None if number is None else _Word(number=number)
    word = _normal(token)
    cardinal = _cardinal(word)
    article = word in lexicon.articles
    number = None if cardinal is None or article else Fraction(cardinal)
    if number is None:
        number = _with_half(word) or _glued_fraction(word)
    found = _Word(number=number, numerator=None if cardinal is None else Fraction(cardinal),
                  denominator=lexicon.fractions.get(word), group=_group(word), times=_times(word),
                  multiplier=lexicon.multipliers.get(word), article=article, starts_fixed=word in lexicon.fixed)
    return None if found == _Word() else found


def _fixed(words: Sequence[str]) -> tuple[Fraction, int] | None:
    first = _normal(words[0])
    for phrase, value in _lexicon().fixed.get(first, ()):
        if len(words) >= len(phrase) and all(_normal(w) == p for w, p in zip(words, phrase)):
            return value, len(phrase)
    return None


def parse_words(words: Sequence[str]) -> Numeral | None:
    """The longest numeral at the start of `words` (tokens without surrounding punctuation), else None.

    Written numerals and digit tokens, each optionally followed by a multiplier word: ["zeven"] 7,
    ["een", "tiental"] 10 approximate, ["een", "vierde"] 0.25, ["6,8", "miljoen"] 6800000. The article alone
    (["een", "stad"]) is not a number; vague quantities ("een paar", "duizenden") have no value.
    """
    if not words:
        return None
    first = _word(words[0])
    if first is None:
        return None
    if first.times is not None:
        if len(words) > 1 and _normal(words[1]) in _lexicon().times_not_before:
            return None  # "duizendmaal dank"
        return Numeral(value=_value(first.times[0]), approximate=False, length=1, times=first.times[1])
    second = _word(words[1]) if len(words) > 1 else None
    bases: list[tuple[Fraction, int, bool]] = []  # value, words, approximate
    if first.number is not None:
        bases.append((first.number, 1, False))
    if first.group is not None:
        bases.append((first.group, 1, True))
    if first.starts_fixed and (fixed := _fixed(words)) is not None:
        bases.append((fixed[0], fixed[1], False))
    if second is not None and first.numerator is not None:
        if second.denominator is not None:
            bases.append((first.numerator / second.denominator, 2, False))
        if first.article and second.group is not None:
            bases.append((second.group, 2, True))
        if first.article and second.multiplier is not None:
            bases.append((first.numerator * second.multiplier, 2, False))
    if not bases:
        return None
    value, length, approximate = max(bases, key=lambda base: base[1])
    if length == 1 and first.number is not None and not words[0][:1].isdigit():
        decimals = _decimals(words[1:])
        if decimals is not None:
            value, length = value + decimals[0], 1 + decimals[1]
    if length < len(words) and (after := _word(words[length])) is not None and after.multiplier is not None:
        value, length = value * after.multiplier, length + 1
    return Numeral(value=_value(value), approximate=approximate, length=length)


def _decimals(words: Sequence[str]) -> tuple[Fraction, int] | None:
    """The decimals of a written number and the words they take: ["komma", "twee"] -> (2/10, 2);
    ["komma", "nul", "vijf"] -> (5/100, 3); ["komma", "vijfentwintig"] -> (25/100, 2)."""
    lexicon = _lexicon()
    if len(words) < 2 or _normal(words[0]) not in lexicon.decimal_words:
        return None
    digits = ""
    used = 1
    for word in map(_normal, words[1:]):
        if word in lexicon.zero or word in lexicon.units:  # digit by digit
            digits, used = digits + str(lexicon.below_hundred[word]), used + 1
        elif not digits and (cardinal := _cardinal(word)) is not None:  # one cardinal read as its digits
            return Fraction(cardinal, 10 ** len(str(cardinal))), 2
        else:
            break
    return (Fraction(int(digits), 10 ** len(digits)), used) if digits else None


def parse_digit_group(token: str) -> int | float | None:
    """Digits glued to the group suffix, with or without a hyphen ("260-tal", "50tal"): about that many;
    its value, else None."""
    suffix = _lexicon().group_suffix
    if not token.endswith(suffix) or len(token) == len(suffix):
        return None
    head = token[:-len(suffix)]
    head = head[:-1] if head.endswith("-") else head
    return parse_digits(head) if head[:1].isdigit() else None


def multiplier(word: str) -> int | None:
    """The factor a multiplier word applies to the number before it: "miljoen" -> 1_000_000, else None."""
    return _lexicon().multipliers.get(_normal(word))


def space_groups() -> bool:
    """Whether thousands may be grouped by a space between tokens ("6 151 497"): patterns/numerals.yaml."""
    return _lexicon().space_groups


def thousands_separator() -> str:
    """The separator of thousands inside one token ("1.001.063")."""
    return _lexicon().thousands_separator


def signs() -> tuple[str, ...]:
    """The sign characters a number in digits may start with."""
    return tuple(_lexicon().signs)


def sign_value(sign: str) -> int:
    """+1 or -1 for a sign character of `signs()`."""
    return _lexicon().signs[sign]


@cache
def _groupings() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the document's own way of writing digits, the other way round): numbers that can only be read one way."""
    lexicon = _lexicon()
    t, d = re.escape(lexicon.thousands_separator), re.escape(lexicon.decimal_separator)
    whole = "|".join(re.escape(suffix) for suffix in lexicon.whole_suffixes)
    own = re.compile(rf"(?<![0-9.,])(?:[1-9][0-9]{{0,2}}(?:{t}[0-9]{{3}}){{2,}}(?![0-9])"
                     rf"|[0-9]+(?:{t}[0-9]{{3}})*{d}[0-9]{{1,2}}(?![0-9])"
                     rf"|[0-9]+(?:{t}[0-9]{{3}})*(?:{whole}))")
    other = re.compile(rf"(?<![0-9.,])[1-9][0-9]{{0,2}}(?:(?:{d}[0-9]{{3}}){{2,}}(?![0-9.,])"
                       rf"|(?:{d}[0-9]{{3}})+{t}[0-9]{{1,2}}(?![0-9.,]))")
    return own, other


def grouping_swapped(texts: Iterable[str]) -> bool:
    """Whether a document writes its digits with the separators the other way round throughout ("€1,150,000",
    "-€703,786", "€18,023": a spreadsheet set to English in a Dutch text): some number of it can only be read so
    (two thousands groups, or a thousands group and decimals) and none can only be read the document language's
    way ("1.150.000", "3,50", "1.214,--"). Decided for the whole document, never per number: "€18,023" alone
    could be either."""
    own, other = _groupings()
    swapped = False
    for text in texts:
        if own.search(text):
            return False
        swapped = swapped or other.search(text) is not None
    return swapped


def decimal_separator() -> str:
    """The separator of the decimals ("159,5")."""
    return _lexicon().decimal_separator


def may_start(word: str) -> bool:
    """Whether a written numeral may begin with this (lower-case) word: a cheap test before `parse_words`."""
    return _word(word) is not None


def is_article(word: str) -> bool:
    """Whether a (lower-case) word is the indefinite article, spelled like the unit one ("een")."""
    return word in _lexicon().articles
