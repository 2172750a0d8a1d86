"""Stocks: quantities that stand at a moment (the members, the staff, the shares, the capital, the items of a
balance sheet), told from flows, which run over the year (turnover, production, hires, visits). Where the text
gives a stock no day, it stands at the close of the year it is given for: "Leden ...... 434" in the 2025 report
is the count on 31 December 2025, "Eigen vermogen" in a column headed "2024" the equity on 31 December 2024.

What is a stock is decided by the figure's key (extractor/figures/keys.py) against the words of
patterns/lexicon.yaml `stocks`: the concept it counts or the quantity it measures, no qualifier that makes it a movement ("41 nieuwe leden", "12 leden zegden op", "64 leden aanwezig") and no
word that makes it an average over the year ("gemiddeld 11,2 VTE").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractor.dutch import patterns
from extractor.dutch import rules as rule_files
from extractor.dutch.rules import Phrases, Words, key

DERIVED = "other."  # the prefix of an id built from the figure's own words (extractor/figures/catalogue.py)
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class _Stocks:
    counts: Words = key(unique=True, description="Concepts (nouns of this file) counted on a given day: members, "
                                                 "staff, shares.")
    amounts: Phrases = key(description="Quantities held on a given day, as amounts of money or as a table row "
                                       "without a unit: a measure or a row's head word, with the qualifiers its "
                                       "key must hold as well.")
    companions: Words = key(unique=True, description="Units of a figure that restates the stock before it in its "
                                                     "sentence (‘14 medewerkers (11,2 VTE)’): it stands where that "
                                                     "stock stands; alone it may be an average of the year.")
    movements: Words = key(unique=True, description="Parts of a key that make a figure a movement during the "
                                                    "year, not a level: states and aspects.")
    averages: Phrases = key(description="Words before a figure that make it an average of the year.")
    groups: Words = key(unique=True, description="Qualifiers of an amount's key that say it is an item of a balance "
                                                 "sheet, a group it stands under (‘Gebouwen’ under ‘Vaste activa’): "
                                                 "held on a given day, whatever its own head word.")
    flows: Words = key(unique=True, description="Head words of an amount of the whole year (a cost, a revenue), "
                                                "though its key names a group of the balance sheet "
                                                "(‘Afschrijvingen op materiële vaste activa’): no stock by its group.")


@rule_files.declares("lexicon")
@dataclass(frozen=True)
class _StockWords:
    stocks: _Stocks = key()


@cache
def _words() -> _Stocks:
    return rule_files.load(_StockWords, patterns.load("lexicon")).stocks


def is_stock(record: dict) -> bool:
    """Whether the figure of a report JSON indicator record is a stock: a level at a moment, not a flow."""
    words = _words()
    identifier = str(record.get("id") or "")
    if _averaged(record, words):
        return False
    parts = identifier[len(DERIVED):].split(".") if identifier.startswith(DERIVED) else []
    if any(part in words.movements for part in parts[1:]):
        return False
    if not parts:
        return False
    head, _, dimension = parts[0].partition("_")
    if dimension == "" and head in words.counts:
        return True
    from extractor.dutch.lexicon import lexicon  # here: the lexicon needs spaCy, which `series --help` does not

    units = lexicon().units
    if head in words.counts and dimension in {m.dimension for u, m in units.items() if u.lower() in words.companions}:
        return True  # "Personeel (VTE)": the staff counted in another unit is the same stock
    if dimension not in ("", lexicon().units["EUR"].dimension):  # a count, or an amount of money
        return False
    qualifiers = set(parts[1:])
    return any(phrase[0] == head and set(phrase[1:]) <= qualifiers for phrase in words.amounts) or \
        (head not in words.flows and bool(qualifiers & set(words.groups)))


_AVERAGE_WINDOW = 3  # how many words before a figure may make it an average ("gemiddeld ongeveer 11 VTE")


def is_change(record: dict) -> bool:
    """Whether the figure of a report JSON indicator record is a change over a year ("De omzet steeg met 5,2 %",
    "een groei van 8 %"): from the year before to the year it is given for, not a level of one year. A derived
    key holds the change aspect's name (patterns/lexicon.yaml aspects.names, which keys it); a catalogue id ends
    in its change ("employment.persons.change_pct")."""
    identifier = str(record.get("id") or "")
    parts = identifier.split(".")
    if identifier.startswith(DERIVED):
        return _change_name() in parts[1:]
    return len(parts) > 1 and parts[-1].split("_")[0] == CATALOGUE_CHANGE


CATALOGUE_CHANGE = "change"  # the last part of a catalogue id of a change (patterns/indicators.yaml)


def is_target(record: dict) -> bool:
    """Whether the figure of a report JSON indicator record is a target, not the quantity reached ("Ons doel is 60
    vrijwilligers", "We mikken op 500 leden tegen 2025"): its derived key holds the target aspect's name
    (patterns/lexicon.yaml aspects.names: "other.vennoot.doel"). Its period is the year it aims at, or none."""
    identifier = str(record.get("id") or "")
    return identifier.startswith(DERIVED) and _aspect_name("target") in identifier.split(".")[2:]


def _change_name() -> str:
    """The part a derived key holds for a change (aspects.names of patterns/lexicon.yaml: "omzet_procent.verandering")."""
    return _aspect_name("change")


@cache
def _aspect_name(aspect: str) -> str:
    """The part a derived key holds for an aspect (aspects.names of patterns/lexicon.yaml), read from the file
    itself: the lexicon's loader needs spaCy."""
    return str(patterns.load("lexicon")["aspects"]["names"][aspect])


def _averaged(record: dict, words: _Stocks) -> bool:
    sentence, raw = str(record.get("sentence") or ""), str(record.get("raw") or "")
    at = sentence.find(raw) if raw else -1
    before = _WORD.findall((sentence[:at] if at >= 0 else "").lower())[-_AVERAGE_WINDOW:]
    own = _WORD.findall(raw.lower())
    near = before + own
    return any(tuple(near[i:i + len(phrase)]) == phrase for phrase in words.averages
               for i in range(len(near) - len(phrase) + 1))


def restated(records: list[dict]) -> None:
    """A figure in a unit of `companions` (FTE) whose text states no period, after a stock in its sentence
    ("Medewerkers: 14 (11,2 VTE)", "Een jaar eerder waren dat 14 medewerkers (11,2 VTE)"), restates that stock:
    it takes its period, kind and source (report JSON records in document order, changed in place)."""
    companions = _words().companions
    for k, record in enumerate(records):
        if str(record.get("unit") or "").lower() not in companions or record.get("period_source") != "fiscal_year":
            continue
        stock = next((other for other in reversed(records[max(0, k - _RESTATED_REACH):k])
                      if other.get("sentence") == record.get("sentence") and is_stock(other)), None)
        if stock is not None and stock.get("period_source") in ("stated", "closing_day"):
            for key in ("period", "period_kind", "period_source"):
                record[key] = stock.get(key)


_RESTATED_REACH = 3  # how many figures before it a restated stock may stand in its sentence


def closing_day(year: int, split: bool = False, year_end: str | None = None) -> str | None:
    """The day the fiscal year that closes in `year` closes: 31 December, or for fiscal years across two
    calendar years the day the text gives (`year_end` "2023-06-30" -> "2022-06-30" for 2022); None when that
    day is not known."""
    if not split:
        return f"{year}-12-31"
    if year_end and len(year_end) == 10:
        return f"{year}{year_end[4:]}"
    return None
