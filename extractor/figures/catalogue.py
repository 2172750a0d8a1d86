"""Canonical ids for figures: the catalogue of patterns/indicators.yaml, rapidfuzz for wordings it does not
list, and for quantities it does not know an id built from the figure's own words (extractor/figures/keys.py),
so that no figure is dropped and the same wording gets the same id in every report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process
from spacy.tokens import Doc

from extractor.dutch import patterns
from extractor.figures.entries import indicators
from extractor.figures.keys import describe, targeted
from extractor.nlp.language import lower_words, sentence_of
from extractor.figures.quantities import Figure

Phrase = tuple[tuple[str, ...], ...]  # alternatives, each a run of lower-case words
DERIVED = "other."  # the prefix of the id of a figure the catalogue does not know


@dataclass(frozen=True)
class Rule:
    units: frozenset[str] | None
    unit_words: Phrase
    before: tuple[Phrase, ...]
    after: tuple[Phrase, ...]
    not_before: tuple[Phrase, ...]
    sentence: tuple[Phrase, ...]
    block: tuple[Phrase, ...]
    not_in_sentence: tuple[Phrase, ...]
    window: int

    @property
    def weight(self) -> int:
        return ((self.units is not None) + bool(self.unit_words) + len(self.before) + len(self.after)
                + len(self.sentence) + len(self.block))


@dataclass(frozen=True)
class Entry:
    id: str
    label: str
    unit: str
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class Identity:
    id: str
    label: str
    unit: str | None
    match: str  # "catalogue" | "fuzzy:<score>" | "derived"


@dataclass(frozen=True)
class _Catalogue:
    entries: tuple[Entry, ...]
    by_unit_word: dict[str, Entry]  # a unit word that alone identifies an entry, for fuzzy matching
    fuzzy_min_score: float
    units: frozenset[str]  # the canonical unit codes of patterns/units.yaml
    concepts: dict[str, str]  # id -> the lexicon concept it counts or measures, where the file names one


def _phrase(text: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(alternative.lower().split()) for alternative in text.split("|"))


@cache
def catalogue() -> _Catalogue:
    data = indicators()
    units = patterns.load("units")["units"]
    entries = []
    for item in data.indicators:
        rules = []
        for rule in item.rules:
            rules.append(Rule(
                units=frozenset(rule.units) if rule.units else None,
                unit_words=tuple(alt for words in rule.unit_words for alt in _phrase(words)),
                before=tuple(_phrase(p) for p in rule.before),
                after=tuple(_phrase(p) for p in rule.after),
                not_before=tuple(_phrase(p) for p in rule.not_before),
                sentence=tuple(_phrase(p) for p in rule.sentence),
                block=tuple(_phrase(p) for p in rule.block),
                not_in_sentence=tuple(_phrase(p) for p in rule.not_in_sentence),
                window=rule.window or data.default_window))
        entries.append(Entry(item.id, item.label, item.unit, tuple(rules)))
    by_unit_word: dict[str, Entry] = {}
    for entry in entries:
        for rule in entry.rules:
            if rule.weight == 1 and rule.units is not None:  # the unit alone names the quantity
                for code in rule.units:
                    for word in units.get(code, []):
                        if len(word) >= 8:
                            by_unit_word[word.lower()] = entry
            if rule.weight == 1 and rule.unit_words:
                for words in rule.unit_words:
                    by_unit_word[" ".join(words)] = entry
    codes = frozenset(units) | {"fraction", "ratio"} | {e.unit for e in entries}
    concepts = {item.id: item.concept for item in data.indicators if item.concept}
    return _Catalogue(tuple(entries), by_unit_word, data.fuzzy_min_score, codes, concepts)


def concept_of(indicator_id: str) -> str | None:
    """The lexicon concept a catalogued quantity counts or measures (patterns/indicators.yaml `concept`)."""
    return catalogue().concepts.get(indicator_id)


def identify(doc: Doc, figure: Figure, figures: Sequence[Figure] = ()) -> Identity:
    """The id of `figure`; `figures` are all the figures of its block, in order (an uncatalogued figure whose
    sentence names nothing of its own takes the quantity of one before it)."""
    cat = catalogue()
    lower = lower_words(doc)
    sentence = sentence_of(doc, figure.number_start)
    # the heaviest rule that holds names the figure (the first in the catalogue among rules of one weight)
    best = next(((rule.weight, entry) for rule, entry in _ranked(figure.unit)
                 if _holds(rule, figure, lower, sentence.start, sentence.end)), None)
    if best is not None and not targeted(doc, figure):  # a target is no catalogued indicator's value
        entry = best[1]
        # a measurement unit stays as written (training in days one year, hours the next: the differ flags it);
        # a counted noun ("personen", "deelnemers") takes the catalogue's unit
        unit = figure.unit if figure.unit in MEASUREMENT_UNITS else entry.unit
        return Identity(entry.id, entry.label, unit, "catalogue")
    if figure.unit_words and figure.unit not in cat.units:  # a wording the unit list does not know
        found = process.extractOne(figure.unit_words.lower(), cat.by_unit_word.keys(), scorer=fuzz.ratio,
                                   score_cutoff=cat.fuzzy_min_score)
        if found is not None:
            entry = cat.by_unit_word[found[0]]
            return Identity(entry.id, entry.label, entry.unit, f"fuzzy:{round(found[1])}")
    description = describe(doc, figure, figures)
    return Identity(f"{DERIVED}{description.key}", description.label, figure.unit, "derived")


@cache
def _ranked(unit: str | None) -> tuple[tuple[Rule, Entry], ...]:
    """The catalogue's rules a figure of this unit may meet (those of its unit or of none), heaviest first, in
    the catalogue's order among rules of one weight: the first that holds is the one `identify` takes."""
    rules = [(rule, entry) for entry in catalogue().entries for rule in entry.rules
             if rule.units is None or unit in rule.units]
    return tuple(sorted(rules, key=lambda pair: -pair[0].weight))  # sorted() keeps the order of equals


def _holds(rule: Rule, figure: Figure, lower: list[str], sent_start: int, sent_end: int) -> bool:
    if rule.units is not None and figure.unit not in rule.units:
        return False
    if rule.unit_words and not (figure.unit_words and
                                tuple(figure.unit_words.lower().split()) in rule.unit_words):
        return False
    # each window is sliced only when the rule looks at it: most rules name a unit and one or two words
    if rule.before or rule.not_before:
        before = lower[max(sent_start, figure.start - rule.window):figure.start]
        if not all(_contains(before, p) for p in rule.before) or any(_contains(before, p) for p in rule.not_before):
            return False
    if rule.after:
        after = lower[figure.number_end:min(sent_end, figure.number_end + rule.window)]
        if not all(_contains(after, p) for p in rule.after):
            return False
    if rule.sentence or rule.not_in_sentence:
        sentence = lower[sent_start:sent_end]
        if (not all(_contains(sentence, p) for p in rule.sentence)
                or any(_contains(sentence, p) for p in rule.not_in_sentence)):
            return False
    return all(_contains(lower, p) for p in rule.block)


def _contains(words: list[str], phrase: Phrase) -> bool:
    for alternative in phrase:
        n = len(alternative)
        if n == 1:
            if alternative[0] in words:
                return True
        elif any(tuple(words[i:i + n]) == alternative for i in range(len(words) - n + 1)):
            return True
    return False


MEASUREMENT_UNITS = frozenset({"hours", "days", "weeks", "months", "years", "times", "EUR", "%", "m2", "FTE"})
