"""The catalogue's entries as patterns/indicators.yaml gives them, declared once (extractor/dutch/rules.py): its
loader and the file's schema are made from these dataclasses. Light on purpose: the differ reads the labels
without loading what recognises a figure (extractor/figures/catalogue.py)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import ClassVar

from extractor.dutch import patterns
from extractor.dutch import rules
from extractor.dutch.rules import Listed, Number, Text, Whole, key


@dataclass(frozen=True)
class Rule:
    """One way an entry is recognised: each list holds phrases, alternatives split by "|"; the figure's unit,
    the words before or after it, in its sentence or block, and those that rule it out."""

    entries_at_least: ClassVar[int] = 1  # a rule says something: an empty one would take every figure

    units: Listed = key(optional=True)
    unit_words: Listed = key(optional=True)
    before: Listed = key(optional=True)
    after: Listed = key(optional=True)
    not_before: Listed = key(optional=True)
    sentence: Listed = key(optional=True)
    block: Listed = key(optional=True)
    not_in_sentence: Listed = key("not", optional=True)
    window: Whole = key(low=1, high=60, optional=True, default=0)  # 0: the file's default_window


@dataclass(frozen=True)
class Entry:
    id: Text = key(form=r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")
    label: Text = key()
    label_en: Text = key(description="The label in English, shown instead of `label` when the renderers write "
                                     "English (--lang en); a label taken from the text of a report is never "
                                     "translated.")
    concept: Text = key(optional=True, form="^[a-z0-9_]+$", description=(
        "The concept of patterns/lexicon.yaml (nouns or measures) the quantity counts or measures, so that it "
        "links across years with a figure the catalogue does not know, keyed by that concept."))
    unit: Text = key()
    rules: tuple[Rule, ...] = key()


@rules.declares("indicators")
@dataclass(frozen=True)
class Indicators:
    fuzzy_min_score: Number = key(low=50, high=100)
    default_window: Whole = key(low=1)
    indicators: tuple[Entry, ...] = key()


@cache
def indicators() -> Indicators:
    """The catalogue of patterns/indicators.yaml, as declared."""
    return rules.load(Indicators, patterns.load("indicators"))
