"""Figures in the tokens of a block: a number with its qualifier, multiplier, unit and range.

"bijna 3 miljoen euro" → 3000000 EUR approximately; "tussen 1 en 5,98" → 1..5.98; "7,28/10" → 7.28
score/10; "zeven adviesverleners" → 7 advisers; "€ 1,25 miljoen" → 1250000 EUR; "6 151 497 deelnemers" →
6151497; "(24,2%)" → 24.2 %; "tussen 1.200 en 1 500" → 1200..1500. What is not a figure (dates, references,
slogans) is excluded by the caller; the words come from patterns/qualifiers.yaml and patterns/units.yaml.

How the blank Dutch tokenizer splits the forms, and where each is put together again:
    "68%" "24,2%" "12.000€." "€1,25"→"€" "1,25"   one token with a glued symbol: `_token_number`
    "6 151 497" → "6" "151" "497"                    thousands grouped by a space: `_grouped`
    "€ 250" "EUR 12.000"                             a unit word before the number: `_reading_at`
    "10-15" "1.200–1.500" "2%-3%"                    a range in one token: `_token_range`
    "zo'n" one token ("zo’n", "zoʼn" are made "zo'n" by extractor/document/normalise.py)
Digits of other scripts ("٤٥", "１２"): spaCy's like_num is True for them; they are never read here.
"""

from __future__ import annotations

import re
from fractions import Fraction
from dataclasses import dataclass, replace
from functools import cache, cached_property, lru_cache
from itertools import compress

from spacy.tokens import Doc

from extractor.dutch import rules as rule_files
from extractor.dutch.rules import Groups, Listed, Pairs, Phrases, Text, Whole, Words, as_phrases, key
from extractor.dutch import dates, numbers
from extractor.dutch import patterns
from extractor.dutch.lexicon import lexicon as dutch_lexicon, words as lexicon_entries
from extractor.figures import signs
from extractor.nlp.language import lower_words, stop_words

_SCORE = re.compile(r"^([0-9]+(?:,[0-9]+)?)/([0-9]+)$")  # ASCII digits only, as numbers.py
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
    max_end: int | None = None  # of a range: one past its second number ("10 tot 15 vrijwilligers": the "15")


@dataclass(frozen=True)
class _Lexicon:
    qualifiers: tuple[tuple[tuple[str, ...], str], ...]  # phrase → qualifier, longest phrases first
    glued_qualifiers: dict[str, str]  # "±40" → approximately
    exceptions: dict[tuple[str, ...], frozenset[str]]  # "aanleiding tot": a verb's preposition, no qualifier
    ranges: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]  # opening → joining phrases ("tussen" → "en")
    joiners: tuple[tuple[str, ...], ...]  # joining phrases without an opening word: "2 à 3", "10 tot 15"
    dashes: tuple[str, ...]  # "10-15" in one token
    changes: frozenset[str]  # "steeg van 10 tot 15": a change, not a range
    change_nouns: frozenset[str]  # "een stijging ... met 8 % tot 12.400 leveringen": a change, then a level
    ratio_joiners: tuple[tuple[str, ...], ...]  # "1 op 1,65": a ratio to one, one quantity
    people_pronouns: tuple[tuple[str, ...], ...]  # "Zeven van hen": a count of people named before
    people_unit: str | None
    elision_links: tuple[tuple[str, ...], ...]  # "..., negen een tijdelijk": the noun of the figure before
    comparison_links: tuple[tuple[str, ...], ...]  # "tegenover 1.980 vorig jaar": the unit of the figure before
    list_links: tuple[tuple[str, ...], ...]  # "twee winkelbedienden en een coördinator": "een" is one
    list_within: int
    list_opens: frozenset[str]  # "twee evenementen: een reeks en een evenement": the list spells out the count
    quote_opens: frozenset[str]  # "(vorig jaar 84)": the mark a figure quoted for another year opens with
    quote_links: frozenset[str]  # "(2022: 84)", "(1.212 in 2022)": the words that tie it to its year
    quote_between: int  # words of the figure's clause between it and the bracket ("9 keer samen (vorig jaar: 8)")
    time_before: frozenset[str]  # "1.980 vorig jaar": a period named after the number says when, not what
    time_periods: frozenset[str]
    time_after: frozenset[str]  # "390 een jaar eerder"
    rate_words: frozenset[str]  # "365 per week": a rate, the period after it is no unit of the number
    verb_endings: tuple[str, ...]  # a plural verb's lemma ends so ("traden" -> "treden")
    plural_endings: tuple[str, ...]  # a plural noun ends so ("huishoudens"): no verb
    units: dict[tuple[str, ...], str]  # words → canonical unit
    longest_unit: int
    measure_heads: tuple[tuple[str, str], ...]  # "uren" → hours: a unit word that may end a compound, longest first
    compound_first: tuple[int, tuple[str, ...]]  # the least letters of a compound's first part; its linking letters
    glued_units: tuple[str, ...]  # symbols written against the digits: "68%", "250€", "€1,25"
    before_units: frozenset[str]  # unit words written before the number: "€ 250", "EUR 12.000"
    money_units: frozenset[str]  # the units those words name: an amount of money, which may be negative
    symbol_starts: frozenset[str]  # first characters of a number token that is not a digit: "+", "€", "±"
    score_separator: str
    score_words: tuple[tuple[str, ...], ...]  # "een 7,9 op 10": a score on a scale of ten
    noun_links: frozenset[str]  # "38 bakkers, brouwers en traiteurs", "9 keuken- en zaalmedewerkers": one count
    part_of: tuple[tuple[str, ...], ...]  # "van de" in "8 van de 35 actiepistes"
    negation: _Negation  # "nooit meer dan 6 %": a ceiling
    reach: _Reach  # "ongeveer het jaarverbruik van 4.200 gezinnen": approximate too
    swapped: bool = False  # the document groups its digits the other way round (numbers.grouping_swapped)

    @cached_property
    def qualifiers_ending(self) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
        """The qualifier phrases by their last word, each list in the order of `qualifiers`: the phrase right
        before a token is looked for among those that end in the word before it, not among all of them."""
        ending: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, kind in self.qualifiers:
            ending.setdefault(phrase[-1], []).append((phrase, kind))
        return {word: tuple(phrases) for word, phrases in ending.items()}


@dataclass(frozen=True)
class _Reach:
    """The noun phrase a qualifier of approximation may stand before: "ongeveer [het jaarverbruik van] 4.200"."""

    determiners: Words = key(unique=True)
    within: Whole = key(low=0, high=6)  # words after the determiner, the link included
    links: Words = key(unique=True)


@dataclass(frozen=True)
class _Negation:
    """The words that turn a floor into a ceiling and back: "niemand kan meer dan 20 aandelen nemen"."""

    phrases: Phrases = key("words", unique=True)  # longest first
    within: Whole = key(low=0, high=10)  # words that may stand between the negation and the qualifier
    not_before: Words = key(optional=True, unique=True)  # "niet alleen meer dan": the negation bears on something else
    stops: Words = key(optional=True, unique=True)  # words and marks that end its reach
    keep: Phrases = key(optional=True, unique=True)  # qualifier phrases it leaves alone


@dataclass(frozen=True)
class _Glued:
    """Symbols glued before the digits, by qualifier: "±40", "~ 3"."""

    approximately: Listed = key(optional=True, unique=True)
    at_least: Listed = key(optional=True, unique=True)
    at_most: Listed = key(optional=True, unique=True)


@rule_files.declares("qualifiers")
@dataclass(frozen=True)
class _QualifierWords:
    """The entries of patterns/qualifiers.yaml read here (declared once: the schema is made from them)."""

    approximately: Listed = key()
    at_least: Listed = key()
    at_most: Listed = key()
    ranges: Pairs = key()  # an opening phrase and a joining one: "tussen" .. "en"
    exceptions: Groups = key()  # a phrase and the words before it that make it no qualifier ("aanleiding tot")
    glued: _Glued = key(description="Symbols glued before the digits, by qualifier.")
    joiners: Phrases = key(unique=True, description="Phrases joining two figures into a range without a first word "
                                                    "of its own.")
    dashes: Listed = key(longest=1, unique=True,
                         description="Characters joining two figures into a range inside one token.")
    changes: Words = key(unique=True,
                         description="Words before ‘van .. tot ..’ that make it a change, not a range.")
    change_nouns: Words = key(optional=True, unique=True,
                              description="Nouns of a change: before ‘met X tot Y’ they make Y the level the change "
                                          "came to, not a range’s end (never before ‘van .. tot ..’, where ‘van’ "
                                          "says of what).")
    ratio_joiners: Phrases = key(unique=True, description="Phrases between 1 and a number that make a ratio to "
                                                          "one (“1 op 1,65”): one quantity.")
    negation: _Negation = key(description="Words that turn a floor into a ceiling and back when they stand before "
                                          "its qualifier.")
    reach: _Reach = key(description="The noun phrase between a qualifier of approximation and the number "
                                    "completing it.")


@dataclass(frozen=True)
class _People:
    unit: Text = key()
    phrases: Phrases = key(unique=True)


@dataclass(frozen=True)
class _Quote:
    opens: Words = key(unique=True, at_least=1)
    links: Words = key(unique=True, at_least=1)
    between: Whole = key(low=0, high=5)  # words of the figure's clause that may stand between it and the bracket


@dataclass(frozen=True)
class _TimeReferences:
    before: Words = key(unique=True)
    periods: Words = key(unique=True)
    after: Words = key(optional=True, unique=True)


@dataclass(frozen=True)
class _ListLinks:
    words: Phrases = key(unique=True, at_least=1)
    within: Whole = key(low=1, high=8)  # words between the count before it and the article, the link included
    opens: Words = key(unique=True)  # a mark that opens a list: the count before it is the list's whole


@rule_files.declares("units")
@dataclass(frozen=True)
class _UnitWords:
    """The entries of patterns/units.yaml read here (declared once: the schema is made from them)."""

    units: Groups = key()  # a unit's code and the words that name it
    score_separator: Text = key()
    score_words: Phrases = key(unique=True, description="A number, one of these words and a whole number as large "
                                                         "or larger with no counted word after it is a score on "
                                                         "that scale (‘een 7,9 op 10’), as ‘7,9/10’ is.")
    part_of: Phrases = key()
    measure_compounds: Words = key(unique=True, description="Units whose words may end a compound written as one "
                                                            "word, whose first part says what is measured "
                                                            "(‘1.240 vrijwilligersuren’: hours, of volunteers).")
    noun_links: Words = key(unique=True, description="Words that join the counted nouns of one number: a list "
                                                       "(‘38 bakkers, brouwers en traiteurs’) or compounds that "
                                                       "share the head of the last (‘9 keuken- en "
                                                       "zaalmedewerkers’).")
    people_pronouns: _People = key(description="A number followed by one of these counts people named before it "
                                                "(‘Zeven van hen’): its unit.")
    elision_links: Phrases = key(unique=True,
                                 description="Words after which a written number without a noun counts what the "
                                             "figure before it in the sentence counts (‘27 medewerkers hebben een "
                                             "vast contract, negen een tijdelijk’).")
    list_links: _ListLinks = key(description="The article right after one of these words, at most `within` "
                                             "words after a count of its sentence and before a noun, is the count "
                                             "one, an item of a list (‘vier monteurs, twee winkelbedienden en een "
                                             "coördinator’).")
    comparison_links: Phrases = key(unique=True,
                                    description="Words after which a number without a unit is the earlier value of "
                                                "the figure before it in the sentence, in its unit (‘2.315 fietsen, "
                                                "tegenover 1.980 vorig jaar’).")
    earlier_quote: _Quote = key(description="A number in brackets right after a figure, with only its year or "
                                            "last year beside it, is that figure's value for that year, with its key "
                                            "(‘91 koeriers (vorig jaar 84)’, ‘64,0 VTE (2022: 61,5)’, ‘1.298 "
                                            "vennoten (1.212 in 2022)’).")
    time_references: _TimeReferences = key(description="A deictic word and a singular period after a number say "
                                                       "when, not what the number counts (‘1.980 vorig jaar’).")
    glued: Listed = key(unique=True, description="Unit words that may be written against the digits, before or "
                                                 "after: ‘68%’, ‘250€’.")
    before: Words = key(unique=True,
                        description="Unit words that may stand before the number: ‘€ 250’, ‘EUR 12.000’.")


@rule_files.declares("lexicon")
@dataclass(frozen=True)
class _RateWords:
    verb_endings: Listed = key(unique=True, description="How the lemma of a verb in the plural ends (an infinitive): "
                                                        "‘traden’ -> ‘treden’.")
    plural_endings: Listed = key(unique=True, description="Plural endings of nouns whose lemma the verb ending "
                                                          "could be mistaken for: ‘huishoudens’.")


@cache
def _lexicon() -> _Lexicon:
    said = rule_files.load(_QualifierWords, patterns.load("qualifiers"))
    unit_words = rule_files.load(_UnitWords, patterns.load("units"))
    lexicon_words = rule_files.load(_RateWords, patterns.load("lexicon"))
    qualifiers = [(tuple(phrase.lower().split()), kind)
                  for kind in ("approximately", "at_least", "at_most") for phrase in getattr(said, kind)]
    qualifiers.sort(key=lambda item: -len(item[0]))
    units = {tuple(word.split()): code for code, words in unit_words.units.items() for word in words}
    ranges: dict[tuple[str, ...], list[str]] = {}
    for opening, joining in said.ranges:
        ranges.setdefault(tuple(opening.lower().split()), []).append(joining)
    glued = sorted(unit_words.glued, key=len, reverse=True)
    glued_qualifiers = {symbol: kind for kind in ("approximately", "at_least", "at_most")
                        for symbol in getattr(said.glued, kind)}
    return _Lexicon(
        qualifiers=tuple(qualifiers), glued_qualifiers=glued_qualifiers,
        exceptions={tuple(phrase.lower().split()): words for phrase, words in said.exceptions.items()},
        ranges={o: as_phrases(j) for o, j in sorted(ranges.items(), key=lambda item: -len(item[0]))},
        joiners=said.joiners, dashes=said.dashes, changes=said.changes, change_nouns=said.change_nouns,
        ratio_joiners=said.ratio_joiners,
        people_pronouns=unit_words.people_pronouns.phrases, people_unit=unit_words.people_pronouns.unit,
        elision_links=unit_words.elision_links, comparison_links=unit_words.comparison_links,
        list_links=unit_words.list_links.words, list_within=unit_words.list_links.within,
        list_opens=unit_words.list_links.opens,
        quote_opens=unit_words.earlier_quote.opens, quote_links=unit_words.earlier_quote.links,
        quote_between=unit_words.earlier_quote.between,
        rate_words=lexicon_entries().rate_words, verb_endings=lexicon_words.verb_endings,
        plural_endings=lexicon_words.plural_endings,
        time_before=unit_words.time_references.before, time_periods=unit_words.time_references.periods,
        time_after=unit_words.time_references.after,
        units=units, longest_unit=max(len(words) for words in units), glued_units=tuple(glued),
        measure_heads=tuple(sorted(((word, code) for (word, *rest), code in units.items()
                                    if not rest and code in unit_words.measure_compounds), key=lambda h: -len(h[0]))),
        compound_first=(dutch_lexicon().compound_parts[1], dutch_lexicon().linking),
        before_units=unit_words.before, money_units=frozenset(units[(word,)] for word in unit_words.before),
        symbol_starts=frozenset(symbol[0] for symbol in [*glued, *glued_qualifiers, *numbers.signs()]),
        score_separator=unit_words.score_separator, score_words=unit_words.score_words, part_of=unit_words.part_of,
        noun_links=unit_words.noun_links,
        negation=said.negation, reach=said.reach)


def unit_of_word(word: str) -> str | None:
    """The canonical unit a single word names, compounds included ("Smart-leden" → members)."""
    units = _lexicon().units
    word = word.lower()
    for candidate in (word, word.split("/")[0], word.rsplit("-", 1)[-1]):
        if (candidate,) in units:
            return units[(candidate,)]
    return _measure_compound(word) if word.isalpha() else None


def _measure_compound(word: str) -> str | None:
    split = measure_compound(word)
    return split[1] if split is not None else None


@lru_cache(maxsize=1 << 14)
def measure_compound(word: str) -> tuple[str, str] | None:
    """The unit of a compound written as one word that ends in a measure's unit word, whose first part says what
    is measured: "vrijwilligersuren" → hours, "fietskilometers" → km. The first part must read as one: a word the
    lexicon knows, or one of the least length ending in a linking letter ("vrijwilligers-"), so that "facturen",
    "structuren" and "avonturen" stay what they are. (The first part without its linking letter, the unit.)"""
    lexicon = _lexicon()
    least, linking = lexicon.compound_first
    if any(word.startswith(day) for day in dates.weekdays()):
        return None  # "12 zondagen" are days, but of no "zon"
    for head, code in lexicon.measure_heads:
        first = word[:-len(head)]
        if not word.endswith(head) or not first:
            continue
        known = dutch_lexicon().words
        if first in known:
            return first, code
        for letters in linking:
            if first.endswith(letters) and len(first) - len(letters) >= least:
                # "vrijwilligers-uren": the word before its linking letter where the lexicon knows it, else as
                # written ("fiets-kilometers")
                return (first[:-len(letters)] if first[:-len(letters)] in known else first), code
    return None


@cache
def _swapped_lexicon() -> _Lexicon:
    return replace(_lexicon(), swapped=True)


def find_figures(doc: Doc, excluded: set[int], swapped: bool = False) -> list[Figure]:
    """The figures of one block; `swapped`: its document writes every number with the separators the other way
    round (numbers.grouping_swapped), so "€18,023" is eighteen thousand and twenty-three."""
    lexicon = _swapped_lexicon() if swapped else _lexicon()
    lower = lower_words(doc)
    figures: list[Figure] = []
    i = 0  # the first token a figure may start at: none starts inside the one before
    previous_end = -1
    # a cheap look first: most words start no number, and the tokens that may are picked out in one pass (a
    # loop over every token of the block, in Python, took a tenth of this function's time)
    for at in compress(range(len(lower)), map(_may_open, lower)):
        if at < i or at in excluded:
            continue
        figure = _figure_at(doc, lower, at, excluded, lexicon, previous_end, figures[-1] if figures else None,
                            figures[-2] if len(figures) > 1 else None)
        if figure is None:
            continue
        figures.append(figure)
        previous_end = figure.end
        i = max(figure.end if figure.qualifier == "range" or _scored(figure, lexicon) else figure.number_end, at + 1)
    return figures


def _scored(figure: Figure, lexicon: _Lexicon) -> bool:
    """A score written with a word ("7,9 op 10"): its scale, after the number, is part of its unit."""
    return figure.unit is not None and figure.unit_words is not None and \
        figure.unit.startswith(f"score{lexicon.score_separator}") and figure.end > figure.number_end


@lru_cache(maxsize=1 << 16)
def _may_open(word: str) -> bool:
    """Whether a number may start at this (lower-case) word: digits, a sign or symbol, a unit written before
    the number, or a written numeral. A function of the word alone, kept for the words met most."""
    lexicon = _lexicon()
    return word[:1].isdigit() or word[:1] in lexicon.symbol_starts or word in lexicon.before_units \
        or numbers.may_start(word)


@dataclass(frozen=True)
class _Reading:
    """A number as read from the tokens, before its qualifier and range are looked at."""

    start: int  # first token (a unit word before the number: "€ 250")
    number_start: int
    number_end: int  # one past the number, its multiplier and a "%" right after it
    value: int | float
    unit: str | None  # when the tokens carry it: "68%", "€ 250", "250€"
    unit_words: str | None
    approximate: bool
    written: bool
    factor: int  # the multiplier applied ("3 miljoen": 1000000), else 1
    qualifier: str | None = None  # a qualifier glued to the digits: "±40"


def _figure_at(doc: Doc, lower: list[str], i: int, excluded: set[int], lexicon: _Lexicon,
               previous_end: int = -1, previous: Figure | None = None,
               before_previous: Figure | None = None) -> Figure | None:
    first = _reading_at(doc, lower, i, excluded, lexicon) or _listed_one(doc, lower, i, previous, lexicon)
    if first is None:
        return _token_range(doc, lower, i, excluded, lexicon) if lower[i][:1].isdigit() else None
    start, qualifier = _qualifier_before(lower, first.start, lexicon, previous_end)
    if first.qualifier and qualifier == "exact":
        qualifier = first.qualifier
    if qualifier == "exact" and _approximate_phrase_before(lower, first.start, lexicon, previous_end):
        qualifier = "approximately"  # "ongeveer het jaarverbruik van 4.200 gezinnen": the figure stays as written
    ranged = _range(doc, lower, start, first, excluded, lexicon)
    if ranged is not None:
        return ranged
    ratio = _ratio_to_one(doc, lower, start, first, qualifier, excluded, lexicon)
    if ratio is not None:
        return ratio
    unit, unit_words, unit_end = first.unit, first.unit_words, first.number_end
    if unit is None and (score := _score_scale(doc, lower, first, excluded, lexicon)) is not None:
        unit, unit_words, unit_end = score  # "een 7,9 op 10": the scale is the unit, no figure of its own
    if unit is None:
        unit, unit_words, unit_end = _unit_after(doc, lower, first.number_end, excluded, lexicon)
    if unit is None and not (first.written and first.value < 2) \
            and (people := _people_after(lower, first.number_end, lexicon)):
        unit, unit_words, unit_end = lexicon.people_unit, people, first.number_end + len(people.split())
    if first.written and unit is None and first.value >= 2 and (elided := _elided(lower, first, previous, lexicon)):
        unit, unit_words = elided.unit, elided.unit_words  # "..., negen een tijdelijk": the noun said before
    if unit is None and (compared := _compared(lower, first, _outside_brackets(lower, previous, before_previous),
                                               lexicon)) is not None:
        unit, unit_words = compared.unit, compared.unit_words  # "2.315 fietsen, tegenover 1.980 vorig jaar"
    if unit is None and not first.written and (to := _from_to_unit(doc, lower, start, first, excluded, lexicon)):
        unit, unit_words = to  # "steeg van 85 naar 95 euro": the unit written once, after the second number
    if unit is None and (noun := _aside_noun(lower, start, first.number_end)) is not None:
        unit, unit_words = noun, noun  # "De naaimachines – negen in totaal – staan ...": the noun before the aside
    if first.written and unit is None:
        if not 0 < first.value < 1:
            return None  # "een van de drie": a written numeral that counts nothing named is not a figure
        unit = "fraction"  # "een vierde (van de publicaties)"
    if first.approximate and qualifier == "exact":
        qualifier = "approximately"
    figure = Figure(start, first.number_start, first.number_end, unit_end, first.value, None, qualifier, unit,
                    unit_words, first.written)
    if first.written:
        return figure
    money = unit in lexicon.money_units
    marked = signs.negative_at(lower, start, first.number_end, unit_end, money, money or unit is None,
                               "|" in lower, start > 0 and not doc[start - 1].whitespace_)
    return figure if marked is None else signs.negated(figure, *marked)


def _reading_at(doc: Doc, lower: list[str], i: int, excluded: set[int], lexicon: _Lexicon) -> _Reading | None:
    """The number that starts at token i, with a unit word before it ("€ 250") or glued to it ("68%")."""
    glued_sign = signs.glued_sign_unit(lower[i], lexicon.before_units)  # "-€ 250,00": a minus, the unit kept
    unit_word = glued_sign or lower[i]
    if unit_word in lexicon.before_units and i + 1 < len(lower) and i + 1 not in excluded:
        if glued_sign is None and lower[i + 1] in signs.marks().dashes and i + 2 < len(lower) \
                and i + 2 not in excluded and lower[i + 2][:1].isdigit():
            glued_sign, i = lower[i + 1], i + 1  # "€ –2.345", "€ - 2.345": the minus after the unit
            unit_word = lower[i - 1]
            after = _reading_at(doc, lower, i + 1, excluded, lexicon) or _decimal_point(lower, i + 1)
            if after is not None and after.unit is None and not after.written:
                return _Reading(i - 1, after.number_start, after.number_end, -abs(after.value),
                                lexicon.units[(unit_word,)], doc[i - 1].text, after.approximate, False,
                                after.factor, after.qualifier)
            return None
        after = _other_grouping(lower, i + 1, lexicon.swapped) or _reading_at(doc, lower, i + 1, excluded, lexicon) \
            or _decimal_point(lower, i + 1)
        # a written numeral too ("€ twee miljoen", "€ anderhalf miljoen", "€ zevenhonderddrieënzeventig"),
        # but not a lone "een"/"één", which is an article as often as a number
        if after is not None and after.unit is None and (not after.written or after.factor > 1 or after.value >= 2):
            unit = lexicon.units[(unit_word,)]
            value = -after.value if glued_sign and after.value > 0 else after.value
            return _Reading(i, after.number_start, after.number_end, value, unit,
                            doc[i].text[1:] if glued_sign else doc[i].text,
                            after.approximate, False, after.factor, after.qualifier)
        return None
    number = _number_at(doc, lower, i, excluded, lexicon)
    if number is None:
        return None
    value, end, unit, unit_words, approximate, written, glued_qualifier = number
    factor = _written_factor(lower, i, end) if written else 1
    if end < len(lower) and (multiplier := numbers.multiplier(lower[end])) is not None:
        value, end, factor = _scaled(value, multiplier), end + 1, multiplier
        if end + 1 < len(lower) and lower[end] == "." and not doc[end - 1].whitespace_ \
                and (lower[end + 1],) in lexicon.units:
            end += 1  # "2,1 mio. euro": the abbreviation's full stop, split off by the tokenizer
    if unit is None and end < len(lower) and lexicon.units.get((lower[end],)) == "%":
        unit, unit_words, end = "%", doc[end].text, end + 1
    return _Reading(i, i, end, value, unit, unit_words, approximate, written, factor, glued_qualifier)


_Number = tuple[int | float, int, str | None, str | None, bool, bool, str | None]
_DECIMAL_POINT = re.compile(r"^(0|[1-9][0-9]*)\.([0-9]{1,2})$")  # ASCII digits only, as numbers.py


def _decimal_point(lower: list[str], i: int) -> _Reading | None:
    """An amount with a decimal point after a unit written before it ("€ 3.90"): a dot followed by one or two
    digits groups no thousands, so it can only be a decimal point; without such a unit "3.90" stays unread (a
    section number, a version)."""
    match = _DECIMAL_POINT.match(lower[i].rstrip(_TRAILING_PUNCT)) if i < len(lower) else None
    if match is None:
        return None
    return _Reading(i, i, i + 1, _point_value(match), None, None, False, False, 1)


def _point_value(match: re.Match[str]) -> int | float:
    value = float(f"{match.group(1)}.{match.group(2)}")
    return int(value) if value.is_integer() else value


def _other_grouping(lower: list[str], i: int, swapped: bool = False) -> _Reading | None:
    """An amount after a unit written before it whose separators are the other way round ("€ 626,000",
    "€ 1,234,567.50": a spreadsheet set to English in a Dutch text), else None. Read so only where the decimal
    separator cannot be one: it recurs ("1,234,567"), the other separator follows it ("1,234.50"), or three
    decimals end in "00", which no one writes for a decimal ("626,000", "12,500"; "€ 1,899" stays 1.899). Not
    before a multiplier ("€ 1,500 miljoen" is one and a half million). In a document that groups every number so
    (`swapped`), any such grouping ("€ 18,023")."""
    if i >= len(lower) or (i + 1 < len(lower) and numbers.multiplier(lower[i + 1]) is not None):
        return None
    value = _other_grouped(lower[i].rstrip(_TRAILING_PUNCT), swapped)
    return None if value is None else _Reading(i, i, i + 1, value, None, None, False, False, 1)


def _other_grouped(token: str, swapped: bool = False) -> int | float | None:
    """The value of digits grouped with the separators swapped (see _other_grouping), else None."""
    groups, point, decimals = token.partition(numbers.thousands_separator())
    groups_sign = groups[:1] if groups[:1] in numbers.signs() else ""
    parts = groups[len(groups_sign):].split(numbers.decimal_separator())
    if len(parts) < 2 or not parts[0].isdigit() or not parts[0].isascii() or not 1 <= len(parts[0]) <= 3 \
            or parts[0][0] == "0" or any(len(part) != 3 or not part.isdigit() or not part.isascii()
                                         for part in parts[1:]):
        return None
    if point and not (1 <= len(decimals) <= 2 and decimals.isdigit() and decimals.isascii()):
        return None
    if not (swapped or len(parts) > 2 or point or parts[-1].endswith("00")):
        return None
    value = Fraction(int("".join(parts))) + (Fraction(int(decimals), 10 ** len(decimals)) if point else 0)
    value = value * numbers.sign_value(groups_sign) if groups_sign else value
    return int(value) if value.denominator == 1 else float(value)


def _number_at(doc: Doc, lower: list[str], i: int, excluded: set[int], lexicon: _Lexicon) -> _Number | None:
    """(value, end, unit and its words when the token carries one, approximate, written, glued qualifier)."""
    token = lower[i]
    if token[:1].isdigit() or token[:1] in lexicon.symbol_starts:  # digits, a sign or a glued symbol
        stripped = token.rstrip(_TRAILING_PUNCT)
        if score := _SCORE.match(stripped):
            numerator = numbers.parse_digits(score.group(1))
            denominator = int(score.group(2))
            if numerator is None or not 0 <= numerator <= denominator:
                return None  # "24/7" is round the clock, not a score
            return numerator, i + 1, f"score{lexicon.score_separator}{denominator}", None, False, False, None
        read = _token_number(stripped, lexicon)
        if read is None:
            group = numbers.parse_digit_group(stripped)  # "een 260-tal ouders": about 260
            return None if group is None else (group, i + 1, None, None, True, False, None)
        value, symbol, qualifier = read
        if value < 0 and stripped[-1:] in numbers.signs() and i + 1 < len(lower) and lower[i + 1][:1].isdigit():
            value = -value  # "1.200- 1.500 bezoekers": the dash joins a range, it is no minus after the amount
        end = i + 1
        if symbol is None and qualifier is None:
            value, end = _grouped(doc, lower, i, excluded, value)
            if end > i + 1:
                read = _token_number(lower[end - 1].rstrip(_TRAILING_PUNCT), lexicon)
                symbol = read[1] if read else None
        unit = lexicon.units[(symbol,)] if symbol else None
        return value, end, unit, symbol, False, False, qualifier
    numeral = numbers.parse_words(lower[i:i + 6])
    if numeral is None or any(j in excluded for j in range(i, i + numeral.length)):
        return None
    if numeral.times is not None and (unit := lexicon.units.get((numeral.times,))) is not None:
        return numeral.value, i + 1, unit, doc[i].text, False, True, None  # "tienmaal": its suffix is its unit
    return numeral.value, i + numeral.length, None, None, numeral.approximate, True, None


def _written_factor(lower: list[str], reading_start: int, end: int) -> int:
    """The multiplier that ends a written numeral of more than one word ("drie miljoen"), else 1."""
    return (numbers.multiplier(lower[end - 1]) or 1) if end - reading_start > 1 else 1


def _token_number(token: str, lexicon: _Lexicon) -> tuple[int | float, str | None, str | None] | None:
    """One token of digits, with a unit symbol glued before or after it ("€1,25", "68%", "250€") and a
    qualifier symbol glued before it ("±40"): (value, symbol, qualifier), else None."""
    qualifier = None
    for symbol, kind in lexicon.glued_qualifiers.items():
        if token.startswith(symbol) and len(token) > len(symbol):
            token, qualifier = token[len(symbol):], kind
            break
    minus = 1
    if len(token) > 2 and token[0] in numbers.signs() and numbers.sign_value(token[0]) < 0 \
            and any(token[1:].startswith(symbol) for symbol in lexicon.glued_units):
        token, minus = token[1:], -1  # "-€626,000": a minus before a glued unit
    glued = None
    for symbol in lexicon.glued_units:
        if token.endswith(symbol) and len(token) > len(symbol):
            token, glued = token[:-len(symbol)], symbol
            break
        if token.startswith(symbol) and len(token) > len(symbol):
            token, glued = token[len(symbol):], symbol
            break
    value = _other_grouped(token, lexicon.swapped) if lexicon.swapped \
        or (glued is not None and glued in lexicon.before_units) else None
    if value is None:
        value = numbers.parse_digits(token)
    if value is None and glued is not None and (point := _DECIMAL_POINT.match(token)):
        value = _point_value(point)  # "€58.00", "0.5%": a dot before one or two digits groups no thousands
    if value is None and (digits := signs.strip_glued_after(token)) is not None:
        value = numbers.parse_digits(digits)  # "406,07(-", "250,00-": a minus written after the amount
        value = -value if value is not None and value > 0 else value
    if value is not None and minus < 0:
        if glued is None or glued not in lexicon.before_units:
            return None
        value = -abs(value)
    return None if value is None else (value, glued, qualifier)


_GROUP = re.compile(r"[0-9]{3}")
_FIRST_GROUP = re.compile(r"[+\-\u2212]?[1-9][0-9]{0,2}")


def _grouped(doc: Doc, lower: list[str], i: int, excluded: set[int], value: int | float) -> tuple[int | float, int]:
    """Thousands grouped by a space ("6 151 497", "1 250,5"): the value and the end of the last group.

    Conservative: the first group has one to three digits and no leading zero (a year, "2021 40", or a
    phone number, "02 205 17 20", is never grouped); every other group exactly three digits, only the last
    may carry decimals or a glued symbol; and a bare number right before or after the run makes it a list
    of numbers ("12 150 300"), not one."""
    if not numbers.space_groups() or not _FIRST_GROUP.fullmatch(lower[i]):
        return value, i + 1
    if i > 0 and doc[i - 1].whitespace_ and _bare(lower[i - 1]) and len(lower[i - 1]) < 4:
        return value, i + 1
    text = lower[i]
    k = i + 1
    while k < len(lower) and doc[k - 1].whitespace_ and k not in excluded:
        token = lower[k].rstrip(_TRAILING_PUNCT)
        head = token[:3]
        if not (_GROUP.fullmatch(head) and (len(token) == 3 or not token[3].isdigit())):
            break
        text += numbers.thousands_separator() + token
        k += 1
        if len(token) > 3 or token != lower[k - 1]:
            break  # decimals, a glued symbol or punctuation end the number
    if k == i + 1:
        return value, k
    if k < len(lower) and doc[k - 1].whitespace_ and _bare(lower[k]):
        return value, i + 1  # "1 250 12": a list of numbers
    read = _token_number(text, _lexicon())
    return (value, i + 1) if read is None else (read[0], k)


def _bare(token: str) -> bool:
    return token.isascii() and token.isdigit()


def _scaled(value: int | float, factor: int) -> int | float:
    scaled = round(value * factor, 6)
    return int(scaled) if float(scaled).is_integer() else scaled


def _unit_after(doc: Doc, lower: list[str], j: int, excluded: set[int],
                lexicon: _Lexicon) -> tuple[str | None, str | None, int]:
    """The unit named after a number: a known unit right after it or after one adjective
    ("639.505 aangegeven werkdagen"), else the counted word as written ("6 podcasts")."""
    stop = stop_words()
    if time_reference(lower, j, lexicon) or (j < len(lower) and lower[j] in lexicon.rate_words):
        return None, None, j  # "1.980 vorig jaar": when, not what it counts; "365 per week": how often
    for offset in (0, 1):
        k = j + offset
        for length in range(lexicon.longest_unit, 0, -1):
            words = tuple(lower[k:k + length])
            if len(words) == length and words[-1].endswith(".") and len(words[-1]) > 1:
                words = (*words[:-1], words[-1][:-1])  # "EUR." is one token at the end of a sentence
            if len(words) == length and words in lexicon.units:
                if length == 1 and words[0] in lexicon.before_units and k + 1 < len(lower) \
                        and _number_at(doc, lower, k + 1, excluded, lexicon) is not None:
                    return None, None, j  # "2020-2021 € 406,07": the unit of the amount after it
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
    if (elided := _elided_compounds(doc, lower, j, lexicon)) is not None:
        return elided  # "9 keuken- en zaalmedewerkers": the staff of both, the unit of the last compound
    if _is_word(doc, j, stop) and not numbers.is_year(lower[j + 1] if j + 1 < len(lower) else ""):
        # a word before a year opens a date, it counts nothing: "van 57 gezinnen eind 2023 naar 38 eind 2024"
        # an inflected adjective before the counted word: "5.348 nieuwe houders", "twee externe deskundigen"
        k = _after_adjectives(doc, lower, j, lexicon, stop)
        if k == j and _finite_verb(lower[k], lexicon):
            return None, None, j  # "38 traden uit", "211 kwamen erbij": the verb of a count, no counted word
        end = _listed_nouns(doc, lower, k + 1, lexicon, stop)
        return lower[k], doc[k:end].text, end
    return None, None, j




_INFLECTED = "e"  # the ending of an inflected adjective before a noun ("nieuwe", "aanwezige", "vertegenwoordigde")


def _after_adjectives(doc: Doc, lower: list[str], j: int, lexicon: _Lexicon, stop: frozenset[str]) -> int:
    """Where the counted word stands after the inflected adjectives that open the words after a number: one
    ("5.348 nieuwe houders"), or several joined by a noun link ("187 aanwezige of vertegenwoordigde vennoten",
    "42 vaste en tijdelijke medewerkers": the noun after the last); `j` itself where no adjective opens them."""
    k = j
    while k + 2 < len(lower) and lower[k].endswith(_INFLECTED) and lower[k + 1] in lexicon.noun_links \
            and lower[k + 1][:1].isalpha() and lower[k + 2].endswith(_INFLECTED) and _is_word(doc, k + 2, stop) \
            and numbers.parse_words([lower[k + 2]]) is None and _is_word(doc, k + 3, stop) and not _finite_verb(lower[k + 3], lexicon):
        k += 2
    return k + 1 if (_is_word(doc, k + 1, stop) and lower[k].endswith(_INFLECTED)) else k


def _listed_nouns(doc: Doc, lower: list[str], k: int, lexicon: _Lexicon, stop: frozenset[str]) -> int:
    """Where the counted words end that a count's first noun opens, up to `k`: past a list of nouns it counts
    with it ("38 bakkers, brouwers en traiteurs", "12 vrijwilligers en stagiairs"), closed by a link other than a
    comma and followed by no noun of its own; else `k`, the first noun alone."""
    j = k
    while j + 1 < len(lower) and lower[j] in lexicon.noun_links and _is_word(doc, j + 1, stop) \
            and doc[j + 1].text[:1].islower() and not _finite_verb(lower[j + 1], lexicon) \
            and unit_of_word(lower[j + 1]) is None:
        j += 2
        if not lower[j - 2][:1].isalnum():
            continue  # a comma: the list goes on
        after = j < len(lower) and _is_word(doc, j, stop) and not _finite_verb(lower[j], lexicon)
        return k if after else j
    return k


def counts_a_list(raw: str) -> bool:
    """Whether a figure's raw text ends in a list of the nouns it counts ("38 bakkers, brouwers en traiteurs"): no
    one noun says what it counts. Compounds sharing a head ("keuken- en zaalmedewerkers") count one kind of thing;
    "Om en bij de zeventig deelnemers", "circa 6,8 miljoen euro" list nothing."""
    digits = [i for i, c in enumerate(raw) if c.isdigit()]
    tokens = re.findall(r"[^\W\d_][\w'’-]*|[^\w\s]", raw[digits[-1] + 1:].lower() if digits else "")
    links = _lexicon().noun_links
    return len(tokens) >= 3 and tokens[-2] in links and tokens[-2][:1].isalnum() and tokens[-1][:1].isalpha() \
        and tokens[-3][:1].isalpha() and not tokens[-3].endswith("-")


def _elided_first_part(word: str) -> bool:
    """A first part of a compound whose head is left out, written with a hyphen: "keuken-" of "keuken- en
    zaalmedewerkers"."""
    return len(word) > 2 and word.endswith("-") and word[:-1].replace("-", "").isalpha()


def _elided_compounds(doc: Doc, lower: list[str], j: int, lexicon: _Lexicon) -> tuple[str | None, str, int] | None:
    """Counted words whose first compounds leave their head to the last ("9 keuken- en zaalmedewerkers",
    "keuken-, zaal- en afwasmedewerkers"): (the unit the last compound names, else that compound as written; the
    words; where they end); None where no compound closes them."""
    if j >= len(lower) or not _elided_first_part(lower[j]):
        return None
    k = j + 1
    while k < len(lower) and (lower[k] in lexicon.noun_links or _elided_first_part(lower[k])):
        k += 1
    if k >= len(lower) or lower[k - 1] not in lexicon.noun_links or not doc[k].is_alpha:
        return None
    return unit_of_word(lower[k]) or lower[k], doc[j:k + 1].text, k + 1


def _finite_verb(word: str, lexicon: _Lexicon) -> bool:
    """A verb's past or present plural right after a number ("traden", "kwamen", "vonden"): its lemma is an
    infinitive (lexicon.verb_endings) other than the word and no stem of it; a plural noun ("woningen" -> woning,
    "huishoudens", "seizoenen" -> seizoen) is none."""
    from extractor.nlp.language import lemma

    found = lemma(word)
    return found != word and found.endswith(lexicon.verb_endings) and not word.endswith(lexicon.plural_endings) \
        and not word.startswith(found)  # "seizoenen": the plural of a noun in -en


def _is_word(doc: Doc, k: int, stop: frozenset[str]) -> bool:
    """A content word at k: letters (compounds with hyphens too), and not a function word."""
    if k >= len(doc) or doc[k].lower_ in stop:
        return False
    return doc[k].text.replace("-", "").replace("'", "").isalpha()


def _qualifier_before(lower: list[str], i: int, lexicon: _Lexicon, previous_end: int) -> tuple[int, str]:
    """The qualifier phrase right before token i; `previous_end` is where the figure before it ends."""
    for phrase, kind in (lexicon.qualifiers_ending.get(lower[i - 1], ()) if i > 0 else ()):
        start = i - len(phrase)
        if start >= 0 and tuple(lower[start:i]) == phrase:
            before = start - 1
            if before > 0 and (lower[before],) in lexicon.negation.phrases:
                before -= 1  # "leidde niet tot 34 aanmaningen": the verb is before the negation
            if before >= 0 and lower[before] in lexicon.exceptions.get(phrase, ()):
                continue
            if start > 0 and phrase in lexicon.joiners and (start == previous_end or
                                                            numbers.parse_digits(lower[start - 1]) is not None):
                continue  # "van 10 tot 15", "van € 1,2 miljoen tot € 1,5 miljoen": "tot" joins two figures
            if kind in _TURNED and phrase not in lexicon.negation.keep and _negated(lower, start, lexicon,
                                                                                     previous_end):
                kind = _TURNED[kind]
            return start, kind
    return i, "exact"


_TURNED = {"at_least": "at_most", "at_most": "at_least"}


def _approximate_phrase_before(lower: list[str], i: int, lexicon: _Lexicon, previous_end: int) -> bool:
    """Whether a qualifier of approximation opens the noun phrase that the number at token i completes:
    "ongeveer het jaarverbruik van 4.200", "circa een bedrag van 3 miljoen"."""
    reach = lexicon.reach
    if i < 1 or lower[i - 1] not in reach.links:
        return False
    for determiner in range(i - 2, max(previous_end, 0, i - 2 - reach.within) - 1, -1):
        if lower[determiner] in reach.determiners:
            if determiner == i - 2:
                return False  # "het van 4.200": no noun
            start, kind = _qualifier_before(lower, determiner, lexicon, previous_end)
            changed = start > 0 and lower[start - 1] in lexicon.changes  # "verdubbelde bijna het aantal van 150"
            return kind == "approximately" and start < determiner and not changed
        if not lower[determiner].replace("-", "").isalpha():
            return False  # a number or a mark: another phrase
    return False


def _negated(lower: list[str], start: int, lexicon: _Lexicon, previous_end: int) -> bool:
    """Whether a negation stands before the qualifier phrase at `start` in its clause, with at most
    `within` words between: "mag nooit meer dan", "geen enkele vennoot mag meer dan"."""
    negation = lexicon.negation
    if lower[start] in negation.not_before or any(lower[start:start + len(p)] == list(p) for p in negation.phrases):
        return False  # "niet meer dan" is a qualifier of its own
    floor = max(previous_end, 0)
    for end in range(start, max(floor, start - negation.within) - 1, -1):  # the negation ends right before `end`
        if end < start and (lower[end] in negation.stops or lower[end][:1].isdigit()):
            return False
        for phrase in negation.phrases:
            begin = end - len(phrase)
            if begin >= floor and tuple(lower[begin:end]) == phrase:
                return lower[end] not in negation.not_before
    return False


def _range(doc: Doc, lower: list[str], start: int, first: _Reading, excluded: set[int],
           lexicon: _Lexicon) -> Figure | None:
    """Two numbers that make one range, always value <= value_max, the unit of either for both:
    "tussen 2 en 4 %", "van 10 tot 15 VTE", "2 à 3", "tussen twee en vier", "tussen 2 en 3 miljoen euro"."""
    tries: list[tuple[int, int, tuple[str, ...]]] = []  # (start of the range, where the joiner is, joiner)
    for opening, joining in lexicon.ranges.items():
        begin = start - len(opening)
        if begin >= 0 and tuple(lower[begin:start]) == opening:
            if any(word in lexicon.changes for word in lower[max(0, begin - _CHANGE_WINDOW):begin]):
                return None  # "steeg van 10 tot 15 %": a change from one figure to another
            ends = [first.number_end]
            if first.unit is None:  # "van 10 VTE tot 15 VTE"
                ends.append(_unit_after(doc, lower, first.number_end, excluded, lexicon)[2])
            tries += [(begin, end, joiner) for end in ends for joiner in joining]
            break
    changed = any(word in lexicon.changes or word in lexicon.change_nouns
                  for word in lower[max(0, start - _CHANGE_WINDOW):start])
    tries += [(start, first.number_end, joiner) for joiner in lexicon.joiners]
    if first.unit is not None:  # "met 12,5 % tot 450.000 euro": the joiner after the first figure's unit
        tries += [(start, _unit_after(doc, lower, first.number_end, excluded, lexicon)[2], joiner)
                  for joiner in lexicon.joiners]
    for begin, end, joiner in tries:
        k = end + len(joiner)
        if tuple(lower[end:k]) != joiner or k >= len(lower) or k in excluded:
            continue
        second = _reading_at(doc, lower, k, excluded, lexicon)
        if second is not None:
            if changed and (_other_units(doc, lower, first, second, excluded, lexicon)
                            or 0 < first.value * _LEVEL_AFTER_CHANGE <= second.value):
                # "steeg met 12,5 % tot 450.000 euro", "met 15 % tot 52.930", "steeg met 38 tot 1.301": a change,
                # then what it came to (a range of changes spans less: "stegen met 5 tot 10 %")
                return None
            return _ranged(doc, lower, begin, first, second, excluded, lexicon)
    return None


def _other_units(doc: Doc, lower: list[str], first: _Reading, second: _Reading, excluded: set[int],
                 lexicon: _Lexicon) -> bool:
    """The first figure names a unit of its own and the second another or none ("met 15 % tot 52.930")."""
    units = []
    for reading in (first, second):
        unit = reading.unit or _unit_after(doc, lower, reading.number_end, excluded, lexicon)[0]
        units.append(None if unit is not None and (unit.lower(),) in lexicon.joiners else unit)  # "5 à 10 %"
    return units[0] is not None and units[0] != units[1]


_CHANGE_WINDOW = 6  # words before "van" in which a verb of change makes "van .. tot .." a change
_LEVEL_AFTER_CHANGE = 4  # after a change, a second number this many times the first is the level it came to


def _ranged(doc: Doc, lower: list[str], start: int, first: _Reading, second: _Reading, excluded: set[int],
            lexicon: _Lexicon) -> Figure | None:
    low = first.value
    if first.factor == 1 and second.factor != 1:  # "tussen 2 en 3 miljoen euro": the multiplier counts for both
        low = _scaled(low, second.factor)
    if not low <= second.value:
        return None  # "van 15 tot 10" is no range
    unit, unit_words, end = second.unit, second.unit_words, second.number_end
    if unit is None:
        unit, unit_words, end = _unit_after(doc, lower, second.number_end, excluded, lexicon)
    if unit is None:
        unit, unit_words = first.unit, first.unit_words
    return Figure(start, first.number_start, first.number_end, end, low, second.value, "range", unit,
                  unit_words, first.written and second.written, second.number_end)


def _people_after(lower: list[str], k: int, lexicon: _Lexicon) -> str | None:
    """ "van hen" after a number ("Zeven van hen vonden werk"): the pronoun phrase, else None."""
    if lexicon.people_unit is None:
        return None
    return next((" ".join(p) for p in lexicon.people_pronouns if tuple(lower[k:k + len(p)]) == p), None)


_SENTENCE_ENDS = frozenset([".", "!", "?"])


_ASIDE = 4  # the words of an aside between dashes after its number, at most ("– negen in totaal –")


def _aside_noun(lower: list[str], start: int, end: int) -> str | None:
    """The noun a number counts that opens an aside between dashes right after it ("De naaimachines – negen in
    totaal – staan in de achterzaal"): the word before the first dash, when a dash closes the aside."""
    dashes = signs.marks().dashes
    if start < 2 or lower[start - 1] not in dashes:
        return None
    noun = lower[start - 2]
    if not noun.isalpha() or noun in stop_words() or not any(word in dashes for word in lower[end:end + _ASIDE]):
        return None
    return noun


def _elided(lower: list[str], first: _Reading, previous: Figure | None, lexicon: _Lexicon) -> Figure | None:
    """The figure before a written number whose noun is elided ("27 medewerkers hebben een vast contract,
    negen een tijdelijk"): a count of the same sentence, with a noun, the number right after a link word."""
    if previous is None or previous.unit is None or previous.qualifier == "range" or previous.end > first.start:
        return None
    if previous.unit in ("%", "fraction", "ratio") or previous.unit.startswith("score"):
        return None
    if any(word in _SENTENCE_ENDS for word in lower[previous.end:first.start]):
        return None
    linked = any(tuple(lower[first.start - len(link):first.start]) == link for link in lexicon.elision_links)
    return previous if linked else None


def _listed_one(doc: Doc, lower: list[str], i: int, previous: Figure | None, lexicon: _Lexicon) -> _Reading | None:
    """The article as the count one, an item of a list of counts ("vier monteurs, twee winkelbedienden en een
    coördinator"): right after a list link, a few words after a count of things or people of its sentence that is
    an item of the list itself (after a list link or the mark that opens the list), and before a word that names
    what it counts."""
    if previous is None or previous.unit is None or previous.qualifier == "range" or previous.end > i:
        return None
    if previous.unit in ("%", "fraction", "ratio") or previous.unit.startswith("score") \
            or previous.unit in lexicon.money_units or (previous.written and previous.value < 1):
        return None
    if not numbers.is_article(lower[i]) or i - previous.end > lexicon.list_within or i + 1 >= len(lower):
        return None
    if any(word in _SENTENCE_ENDS or word in lexicon.list_opens or word[:1].isdigit()
           for word in lower[previous.end:i]):
        return None
    if not any(tuple(lower[i - len(link):i]) == link for link in lexicon.list_links):
        return None
    before = previous.start
    if not (lower[before - 1:before] and lower[before - 1] in lexicon.list_opens
            or any(tuple(lower[before - len(link):before]) == link for link in lexicon.list_links)):
        return None  # "Er werkten 12 mensen, een record": the count before it is no item of a list
    if not _is_word(doc, i + 1, stop_words()) or numbers.may_start(lower[i + 1]):
        return None  # "en een van de drie", "en een tiental": no noun of its own
    k = i + 1
    while k < len(lower) and lower[k] not in _SENTENCE_ENDS and (lower[k],) not in lexicon.list_links:
        if lower[k][:1].isdigit():
            return None  # "412 leden en een kapitaal van 82.400 euro": the noun is measured, not counted
        k += 1
    return _Reading(i, i, i + 1, 1, None, None, False, True, 1)


_FROM_TO_GAP = 6  # words between the from-figure and the to-figure at most ("van 85 (in 2024) naar 95 euro")


def _from_to_unit(doc: Doc, lower: list[str], start: int, first: _Reading, excluded: set[int],
                  lexicon: _Lexicon) -> tuple[str, str | None] | None:
    """The unit of the figure a number without one goes to ("van 85 naar 95 euro", "van 4,30 tot 4,80 euro";
    patterns/relations.yaml from_to): one quantity at two moments, its unit written once, after the second."""
    from extractor.figures.relations import cues  # the from-to words, read once for the relations too

    c = cues()
    if start == 0 or not c.from_word.search(lower[start - 1]):
        return None
    for k in range(first.number_end + 1, min(len(lower), first.number_end + _FROM_TO_GAP + 1)):
        if not lower[k][:1].isdigit() or not c.to_gap.match(" ".join(lower[first.number_end:k])):
            continue
        second = _reading_at(doc, lower, k, excluded, lexicon)
        if second is None:
            return None
        unit, unit_words = second.unit, second.unit_words
        if unit is None:
            unit, unit_words, _ = _unit_after(doc, lower, second.number_end, excluded, lexicon)
        return (unit, unit_words) if unit is not None else None
    return None


def _outside_brackets(lower: list[str], previous: Figure | None, before: Figure | None) -> Figure | None:
    """The figure a comparison after `previous` goes back to: `previous`, or the figure before it where `previous`
    stands in brackets right after that one ("14 koks (9,6 VTE), tegenover 12 een jaar eerder": the cooks)."""
    if previous is None or before is None or before.end > previous.start:
        return previous
    between = lower[before.end:previous.start]
    if len(between) == 1 and between[0] in _BRACKET_OPENS and _BRACKET_CLOSES.get(between[0]) in lower[
            previous.end:previous.end + 1]:
        return before
    return previous


_BRACKET_CLOSES = {"(": ")", "[": "]"}
_BRACKET_OPENS = frozenset(_BRACKET_CLOSES)


def _compared(lower: list[str], first: _Reading, previous: Figure | None, lexicon: _Lexicon) -> Figure | None:
    """The figure of the same sentence a number without a unit is compared with ("2.315 fietsen, tegenover
    1.980 vorig jaar"): the number right after a comparison link, the figure before the link."""
    if previous is None or previous.unit is None or previous.unit == "ratio" or previous.end > first.start:
        return None
    if any(word in _SENTENCE_ENDS for word in lower[previous.end:first.start]):
        return None
    linked = any(tuple(lower[first.start - len(link):first.start]) == link for link in lexicon.comparison_links)
    return previous if linked else None


def quoted_earlier(lower: list[str], previous: Figure, start: int, number_end: int,
                   lexicon: _Lexicon | None = None) -> bool:
    """Whether the number at `start` is the value of `previous` for another year, quoted in brackets right after
    it with nothing but its year or a time reference ("91 koeriers (vorig jaar 84)", "64,0 VTE (2022: 61,5)",
    "1.298 vennoten (1.212 in 2022)", "(2022: 1,1 miljoen; 2021: 0,9 miljoen)"): no words of its own."""
    lexicon = lexicon or _lexicon()
    if previous.end > start or _a_change(lower, previous, lexicon):
        return False  # "+9 % (vorig jaar: 320)": the base the change is measured on, not last year's change
    opened = None
    for i in range(start - 1, previous.end - 1, -1):
        if lower[i] in _SENTENCE_ENDS or lower[i] == ")":
            return False
        if lower[i] in lexicon.quote_opens:
            opened = i
            break
    if opened is None:  # the bracket opened before `previous`: a second year's value in it ("; 2021: 0,9")
        depth = 0
        for i in range(previous.start - 1, max(-1, previous.start - 12), -1):
            if lower[i] in _SENTENCE_ENDS:
                return False
            depth += (lower[i] == ")") - (lower[i] in lexicon.quote_opens)
            if depth < 0:
                break
        else:
            return False
        inside = lower[previous.end:start]
    else:
        clause = lower[previous.end:opened]
        if len(clause) > lexicon.quote_between or any(not w[:1].isalpha() for w in clause):
            return False  # "(" far from the figure, or after a mark of its own
        inside = lower[opened + 1:start]
    timed = _timed(inside, lexicon)
    if timed is None:
        return False
    if not timed:  # "(1.212 in 2022)", "(84 vorig jaar)": the year after the number
        after = lower[number_end:number_end + 4]
        close = next((k for k, w in enumerate(after) if w in (")", ";")), None)
        return close is not None and close > 0 and bool(_timed(after[:close], lexicon))
    return True


_CHANGE_REACH = 4  # words before a share that may make it a change ("een stijging met bijna 4 %")


def _a_change(lower: list[str], figure: Figure, lexicon: _Lexicon) -> bool:
    """A share that is a change: signed ("+9 %") or after a change word ("een stijging met 4 %")."""
    if figure.unit not in ("%", "fraction"):
        return False
    if lower[figure.number_start][:1] in "+-−" or (figure.number_start > 0 and lower[figure.number_start - 1] == "+"):
        return True
    return any(w in lexicon.changes or w in lexicon.change_nouns
               for w in lower[max(0, figure.start - _CHANGE_REACH):figure.start])


def _timed(words: list[str], lexicon: _Lexicon) -> bool | None:
    """Whether the words name a year or a year named from the fiscal year, which the figure's period is read
    from (patterns/dates.yaml relative_years: "vorig jaar", "een jaar eerder"), and nothing else but links
    (False: none named; None: a word of another kind, "vorig seizoen" too, which no period is read from)."""
    from extractor.dutch.dates import relative_year

    named, j = False, 0
    while j < len(words):
        if (relative := relative_year(words, j)) is not None:
            named, j = True, j + relative[1]
            continue
        if numbers.is_year(words[j]):
            named = True
        elif words[j] not in lexicon.quote_links:
            return None
        j += 1
    return named


def time_reference(lower: list[str], j: int, lexicon: _Lexicon | None = None) -> bool:
    """Whether the words at j name a period: a deictic word and a singular period ("vorig jaar"), or a period
    and a word after it ("een jaar eerder")."""
    lexicon = lexicon or _lexicon()
    if j + 1 >= len(lower) or lower[j + 1].rstrip(".") not in lexicon.time_periods:
        return False
    return lower[j] in lexicon.time_before or (j + 2 < len(lower) and lower[j + 2].rstrip(".") in lexicon.time_after)


def _score_scale(doc: Doc, lower: list[str], first: _Reading, excluded: set[int],
                 lexicon: _Lexicon) -> tuple[str, str, int] | None:
    """A score written with a word before its scale ("De cursisten gaven een 7,9 op 10", "gemiddeld 8 op 10 voor
    de begeleiding"): (unit "score/<scale>", its words, where they end), as "7,9/10" is read. The scale is a whole
    number no smaller than the score, and no counted word follows it ("8 op 10 klanten" counts customers)."""
    if first.written or first.unit is not None or first.value < 0:
        return None
    for link in lexicon.score_words:
        k = first.number_end + len(link)
        if tuple(lower[first.number_end:k]) != link or k >= len(lower) or k in excluded or not _bare(lower[k]):
            continue
        scale = int(lower[k])
        if scale < first.value or lower[k][:1] == "0":
            return None
        after = k + 1
        if _is_word(doc, after, stop_words()) and not _finite_verb(lower[after], lexicon):
            return None  # "8 op 10 klanten": eight customers in ten
        return f"score{lexicon.score_separator}{scale}", doc[first.number_end:after].text, after
    return None


def _ratio_to_one(doc: Doc, lower: list[str], start: int, first: _Reading, qualifier: str, excluded: set[int],
                  lexicon: _Lexicon) -> Figure | None:
    """A ratio written as one to a number ("1 op 1,65", "1 tegen 4"): one quantity, the number it sets
    against one, in unit "ratio"; the 1 is no figure of its own. A second number that counts something
    ("1 op 5 jongeren": one in five) is no such ratio."""
    if first.value != 1 or first.unit is not None:
        return None
    for joiner in lexicon.ratio_joiners:
        k = first.number_end + len(joiner)
        if tuple(lower[first.number_end:k]) != joiner or k >= len(lower) or k in excluded:
            continue
        second = _reading_at(doc, lower, k, excluded, lexicon)
        if second is None or second.unit is not None or second.written or not second.value > 0:
            continue
        if _unit_after(doc, lower, second.number_end, excluded, lexicon)[0] is not None:
            return None
        return Figure(start, first.number_start, second.number_end, second.number_end, second.value, None,
                      qualifier, "ratio", None, False)
    return None


def _token_range(doc: Doc, lower: list[str], i: int, excluded: set[int], lexicon: _Lexicon) -> Figure | None:
    """A range written in one token: "10-15", "1.200–1.500", "2%-3%", "€10-€15"."""
    token = lower[i].rstrip(_TRAILING_PUNCT)
    for dash in lexicon.dashes:
        left, found, right = token.partition(dash)
        if not found or not left or not right:
            continue
        low, high = _token_number(left, lexicon), _token_number(right, lexicon)
        if low is None or high is None or low[2] or high[2] or not low[0] < high[0]:
            return None
        symbol = high[1] or low[1]
        if symbol:
            unit, unit_words, end = lexicon.units[(symbol,)], symbol, i + 1
        else:
            unit, unit_words, end = _unit_after(doc, lower, i + 1, excluded, lexicon)
        start, _ = _qualifier_before(lower, i, lexicon, -1)
        return Figure(start, i, i + 1, end, low[0], high[0], "range", unit, unit_words, False)
    return None
