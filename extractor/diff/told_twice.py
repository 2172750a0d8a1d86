"""One quantity told twice in one report: a sentence's figure and a cell of a table of figures.

A report often gives a quantity in its text and again in its key-figure table: "samen 2,4 VTE" and the row
"Medewerkers (VTE) | 2,4", "De investeringen bedroegen 0,9 miljoen euro" and "Investeringen | 912" under
"(bedragen in duizend euro)", "Bijna 300 gezinnen staan op de wachtlijst" and "Wachtlijst | 296". The linker
(extractor/diff/link.py) takes such a pair for one node before it links across the years, so the quantity
carries one series whichever of the two next year's report repeats. A pair is one quantity when all hold:

- one is a sentence's figure, the other a table's cell, both for the report's own year (one fiscal year, neither
  a total since the start);
- their units agree (the same unit, or the cell has none of its own and the sentence's figure is no measure);
- their values agree within the precision of the less precise one ("0,9 miljoen" covers 850.000 to 950.000,
  a cell in thousands "912" 911.500 to 912.500, "bijna 300" a twentieth below 300);
- the sentence names what the row names: a unit of measure that says what is measured in both (the row
  "Medewerkers (VTE)" and "goed voor 3,3 VTE"; not euro, not %), or the words of the row label (its concepts in patterns/lexicon.yaml,
  or a compound of them: the row "Deelwagens" and "38 wagens") stand in the figure's sentence, or both carry
  one key.

Each sentence's figure joins at most one cell and each cell at most one sentence's figure, the closest values
first; two figures of one sentence, or two cells, are never told apart here (they keep their own nodes).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from extractor.figures.periods import fiscal_year_of
from extractor.figures.relations import MEASURES

APPROXIMATE_SHARE = 0.05  # "bijna 300", "ongeveer 1.200": the share of the value a rounded figure may be off
_NUMBER = re.compile(r"\d[\d.]*(?:,\d+)?")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_BRACKETS = re.compile(r"\([^)]*\)")
_WORD = re.compile(r"[^\W\d_][\w'-]*")
UNNAMING = frozenset({"EUR", "%", "times", "fraction"})  # units of many quantities: the words must name one
HEAD_LETTERS = 4  # a compound's last part names the thing when it has this many letters ("deelwagens", "wagens")


@dataclass(frozen=True)
class Bounds:
    """The values a figure as written stands for: "0,9 miljoen" for 850.000 up to 950.000."""

    low: float
    high: float

    def meets(self, other: "Bounds") -> bool:
        return self.low <= other.high and other.low <= self.high


def bounds(record: dict) -> Bounds | None:
    """The values the figure's raw text covers, from the last digit it writes (and the multiplier of its words
    or its table's scale) and its qualifier; None for a figure without a value or a range."""
    value = record.get("value")
    if not isinstance(value, (int, float)) or record.get("value_max") is not None:
        return None
    step = _step(str(record.get("raw") or ""), float(value))
    low, high = value - step / 2, value + step / 2
    qualifier = record.get("qualifier")
    share = abs(value) * APPROXIMATE_SHARE
    if qualifier == "approximately":
        low, high = min(low, value - share), max(high, value + share)
    elif qualifier == "at_most":
        low = min(low, value - share)
    elif qualifier == "at_least":
        high = max(high, value + share)
    return Bounds(low, high)


def _step(raw: str, value: float) -> float:
    """The value of one unit of the last digit written ("0,9 miljoen": 100.000; "912" in thousands: 1.000;
    a written numeral or a figure whose digits cannot be read: 1)."""
    found = _NUMBER.search(raw)
    if found is None:
        return 1.0
    token = found.group().rstrip(".")
    if "," in token:
        whole, decimals = token.split(",", 1)
        number, places = float(whole.replace(".", "") + "." + decimals), len(decimals)
    elif _THOUSANDS.fullmatch(token) or "." not in token:
        number, places = float(token.replace(".", "")), 0
    else:
        whole, decimals = token.split(".", 1)
        number, places = float(f"{whole}.{decimals}"), len(decimals)
    if number == 0:
        return 10.0 ** -places
    multiplier = abs(value / number)
    if multiplier > 1:
        multiplier = 10.0 ** round(math.log10(multiplier))  # "miljoen", "duizend", a table's scale
    else:
        multiplier = 1.0
    return multiplier * 10.0 ** -places


def one_quantity(text: dict, cell: dict, fiscal: int | None, split: bool = False) -> bool:
    """A sentence's figure and a table's cell of one report state one quantity (see the module)."""
    if (text.get("table") is None) == (cell.get("table") is None):
        return False
    if text.get("table") is not None:
        text, cell = cell, text
    if "cumulative" in (text.get("period_kind"), cell.get("period_kind")):
        return False
    year = fiscal_year_of(text.get("period"), split)
    if year is None or year != fiscal_year_of(cell.get("period"), split) or (fiscal is not None and year != fiscal):
        return False
    if not _units_agree(text, cell):
        return False
    a, b = bounds(text), bounds(cell)
    if a is None or b is None or not a.meets(b):
        return False
    return text.get("id") == cell.get("id") or _row_unit_names(text, cell) or names_row(
        str(text.get("sentence") or ""), str((cell.get("table") or {}).get("row") or ""))


def _row_unit_names(text: dict, cell: dict) -> bool:
    """The row's own unit is a measure that says what is measured, the sentence's figure's unit ("Medewerkers
    (VTE) | 3,3" and "goed voor 3,3 VTE"); amounts, shares and counts of times say nothing of what they are of."""
    unit = text.get("unit")
    return unit in MEASURES and unit not in UNNAMING and (cell.get("table") or {}).get("unit") == unit


def _units_agree(text: dict, cell: dict) -> bool:
    ut, uc = text.get("unit"), cell.get("unit")
    if ut == uc:
        return True
    if uc is None:
        return str(ut) not in MEASURES
    return False


def names_row(sentence: str, row: str) -> bool:
    """The sentence speaks of what the row label names: every content word of the label (its bracketed unit
    left aside) stands in the sentence as that word, a word of its concept, or a compound of the one ending
    in the other ("Deelwagens" and "wagens")."""
    from extractor.diff.similarity import content_concepts

    wanted = content_concepts(_BRACKETS.sub(" ", row))
    if not wanted:
        return False
    said = content_concepts(sentence)
    return all(any(_same(word, other) for other in said) for word in wanted)


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= HEAD_LETTERS and long.endswith(short)


def pairs(text_records: list[dict], cells: list[dict], fiscal: int | None, split: bool = False) -> list[tuple[int, int]]:
    """(index in text_records, index in cells) of the pairs that state one quantity, each record in one pair at
    most: the closest values first, then the order in the text."""
    found = []
    for i, text in enumerate(text_records):
        for j, cell in enumerate(cells):
            if one_quantity(text, cell, fiscal, split):
                gap = abs(float(text["value"]) - float(cell["value"])) / max(1.0, abs(float(cell["value"])))
                found.append((gap, i, j))
    used_text: set[int] = set()
    used_cell: set[int] = set()
    out = []
    for _, i, j in sorted(found):
        if i in used_text or j in used_cell:
            continue
        used_text.add(i)
        used_cell.add(j)
        out.append((i, j))
    return out
