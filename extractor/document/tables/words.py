"""What a table's header cells and caption say: the period, unit and scale of the cells under them.

The Dutch words come from patterns/tables.yaml (fiscal-year headers, scales, units, total labels) and
patterns/dates.yaml (month names); the shapes of years, spans and dates are the same in every language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractor.dutch import patterns, rules
from extractor.dutch.rules import Listed, Text, Whole, Words, key


@dataclass(frozen=True)
class Period:
    """A column's period: a year, a span of years, a day, or the fiscal year shifted by `offset` years."""

    value: str | None  # "2023", "2022/2023", "2023-12-31"; None for a fiscal-year header
    offset: int = 0  # for a fiscal-year header: 0 the fiscal year, -1 the year before

    def resolve(self, fiscal_year: int | None, split: bool = False) -> str | None:
        """The period in the report JSON's notation; a fiscal-year header of a report whose fiscal years run
        across two calendar years gives that span ("Vorig boekjaar" in the 2022/2023 report: "2021/2022")."""
        if self.value is not None:
            return self.value
        if fiscal_year is None:
            return None
        year = fiscal_year + self.offset
        return f"{year - 1}/{year}" if split else str(year)


@dataclass(frozen=True)
class Heading:
    """What one header cell or caption says."""

    period: Period | None
    unit: str | None
    scale: int | None
    rest: str  # the text left once period, unit and scale are taken out


@dataclass(frozen=True)
class _FiscalHeader:
    """A header cell that is the report's fiscal year (offset 0) or a year before it (-1)."""

    pattern: Text = key()
    offset: Whole = key()


@dataclass(frozen=True)
class _Scale:
    """What a header or caption says of the scale of the amounts: "(in duizend euro)" 1000."""

    pattern: Text = key()
    scale: Whole = key(low=2)


@dataclass(frozen=True)
class _Unit:
    """A header or caption word that names the unit of the cells under it: "€" EUR."""

    pattern: Text = key()
    unit: Text = key()


@rules.declares("tables")
@dataclass(frozen=True)
class _Entries:
    """What this module reads of patterns/tables.yaml (declared once: the schema of these entries is made from
    these fields)."""

    fiscal_year_headers: tuple[_FiscalHeader, ...] = key()
    scales: tuple[_Scale, ...] = key()
    units: tuple[_Unit, ...] = key()
    total_labels: Words = key()
    caption_words: Words = key()
    reference_headers: Listed = key()  # regular expressions on a whole header cell: "Codes", "Toel."
    unit_headers: Listed = key()  # regular expressions on a whole header cell: "Eenheid"
    change_headers: Listed = key()  # regular expressions on a header cell without its unit: "Evolutie"


@dataclass(frozen=True)
class _Words:
    fiscal: tuple[tuple[re.Pattern[str], int], ...]
    fiscal_word: re.Pattern[str]  # any fiscal-year header's words, anywhere in a cell
    scales: tuple[tuple[re.Pattern[str], int], ...]
    units: tuple[tuple[re.Pattern[str], str], ...]
    totals: frozenset[str]
    caption_words: frozenset[str]
    references: tuple[re.Pattern[str], ...]
    unit_headers: tuple[re.Pattern[str], ...]
    changes: tuple[re.Pattern[str], ...]
    date: re.Pattern[str]
    months: dict[str, int]


_YEAR = r"(?:19|20)\d\d"
_SPAN = re.compile(rf"\b({_YEAR})\s*[-–/]\s*((?:19|20)?\d\d)\b")
_NUMERIC_DATE = re.compile(rf"\b(\d{{1,2}})[/.\-](\d{{1,2}})[/.\-]({_YEAR})\b")
_YEAR_ALONE = re.compile(rf"(?<![\d.,])({_YEAR})(?![\d.,]\d)")
HEADER_WORDS = 6  # a header cell is a few words at most ("Vorig boekjaar", "31 december 2023 (in euro)")
HEADER_CHARS = 40
_NOISE = re.compile(r"^[\s()\[\]|:,.;\-–—*]*$")
WORDLIKE_REST = re.compile(r"[^\W\d_]{3}")  # what is left of a header cell names something: a word of 3 letters


@cache
def words() -> _Words:
    data = rules.load(_Entries, patterns.load("tables"))
    months = {name: number for name, number in patterns.load("dates")["months"].items()}
    names = sorted(set(months) | {name[:3] for name in months}, key=len, reverse=True)
    month = "|".join(re.escape(name) for name in names)
    date = re.compile(rf"\b(\d{{1,2}})\s*({month})\.?\s*({_YEAR})\b", re.IGNORECASE)
    return _Words(
        fiscal=tuple((re.compile(rf"^\s*(?:{e.pattern})\s*$", re.IGNORECASE), e.offset)
                     for e in data.fiscal_year_headers),
        fiscal_word=re.compile(r"\b(?:" + "|".join(f"(?:{e.pattern})" for e in data.fiscal_year_headers) + r")\b",
                               re.IGNORECASE),
        scales=tuple((re.compile(e.pattern, re.IGNORECASE), e.scale) for e in data.scales),
        units=tuple((re.compile(e.pattern, re.IGNORECASE), e.unit) for e in data.units),
        totals=data.total_labels,
        caption_words=data.caption_words,
        references=tuple(re.compile(rf"^\s*(?:{p})\s*$", re.IGNORECASE) for p in data.reference_headers),
        unit_headers=tuple(re.compile(rf"^\s*(?:{p})\s*$", re.IGNORECASE) for p in data.unit_headers),
        changes=tuple(re.compile(rf"^\s*(?:{p})\s*$", re.IGNORECASE) for p in data.change_headers),
        date=date,
        months={**months, **{name[:3]: number for name, number in months.items()}},
    )


def heading(text: str) -> Heading:
    """The period, unit and scale one header cell or caption names ("2023", "31/12/2023", "Vorig boekjaar",
    "2023 EUR", "(in duizend euro)", "x € 1.000", "in %")."""
    w = words()
    rest = text
    period: Period | None = None
    if found := _NUMERIC_DATE.search(rest):
        day, month, year = int(found.group(1)), int(found.group(2)), found.group(3)
        if 1 <= day <= 31 and 1 <= month <= 12:
            period = Period(f"{year}-{month:02d}-{day:02d}")
            rest = rest[:found.start()] + " " + rest[found.end():]
    if period is None and (found := w.date.search(rest)):
        month = w.months.get(found.group(2).lower())
        if month:
            period = Period(f"{found.group(3)}-{month:02d}-{int(found.group(1)):02d}")
            rest = rest[:found.start()] + " " + rest[found.end():]
    if period is None and (found := _SPAN.search(rest)):
        first, second = found.group(1), found.group(2)
        if len(second) == 2:
            second = first[:2] + second
        if int(second) == int(first) + 1:
            period = Period(f"{first}/{second}")
            rest = rest[:found.start()] + " " + rest[found.end():]
    if period is None and (found := _YEAR_ALONE.search(rest)):
        period = Period(found.group(1))
        rest = rest[:found.start()] + " " + rest[found.end():]
    scale, unit, spans = None, None, []
    for pattern, value in w.scales:
        if found := pattern.search(rest):
            scale = value
            spans.append(found.span())
            break
    for pattern, name in w.units:
        if every := list(pattern.finditer(rest)):  # "Bedragen in euro": both words name the unit
            unit = name
            spans += [found.span() for found in every]
            break
    for start, end in sorted(spans, reverse=True):
        rest = rest[:start] + " " * (end - start) + rest[end:]
    if period is None:
        for pattern, offset in w.fiscal:
            if pattern.match(rest):
                period, rest = Period(None, offset), ""
                break
    return Heading(period, unit, scale, rest.strip())


def is_reference_header(text: str) -> bool:
    """The header of a column of references beside the amounts: the rubric codes of a model of accounts
    ("Codes"), the numbers of the notes ("Toel."); the cells under it are no figures."""
    return any(pattern.match(text) for pattern in words().references)


def is_unit_header(text: str) -> bool:
    """The header of a column that says the unit of each row ("Eenheid"): no header of the row labels."""
    return any(pattern.match(text) for pattern in words().unit_headers)


def is_change_header(text: str) -> bool:
    """The header of a column of changes between the year columns beside it ("Evolutie (%)", "Verschil",
    "Groei in %"): its cells are no figures of a year."""
    if len(text) > HEADER_CHARS:
        return False
    found = heading(text)
    if found.period is not None:
        return False
    rest = _strip_connectives(found.rest).strip(" ()[]:,.")
    return any(pattern.match(rest) for pattern in words().changes)


def unit_cell(text: str) -> str | None:
    """The unit a cell between a row's label and its figures names, and nothing else ("MWh", "aantal", "%",
    "EUR"): the unit of that row's figures. None for any other cell."""
    if len(text) > 12 or any(ch.isdigit() for ch in re.sub(r"m[23²³]", "", text)):
        return None
    found = heading(text)
    if found.unit is None or found.period is not None or not _NOISE.match(found.rest):
        return None
    return found.unit


def is_header_cell(text: str) -> bool:
    """A cell that says only when, in what and how much: a period, a unit, a scale (and punctuation); or the
    header of a column of references (is_reference_header)."""
    if len(text) > HEADER_CHARS or text.count(" ") >= HEADER_WORDS:
        return False  # a line of prose: decided without the patterns
    if is_reference_header(text):
        return True
    found = heading(text)
    rest = _strip_connectives(found.rest)
    if found.period is not None and found.period.value is not None:
        rest = words().fiscal_word.sub(" ", rest)  # "Boekjaar 2024-2025": the fiscal year's word beside its years
    return (found.period is not None or found.unit is not None or found.scale is not None) and \
        bool(_NOISE.match(rest))


def is_year_label(text: str) -> bool:
    """A row label that is a year or a fiscal year alone ("2026", "2023-2024", "2023/24"): a table whose rows are
    years, its quantities its columns; never a day ("31/12/2023")."""
    found = heading(text)
    value = found.period.value if found.period is not None else None
    return value is not None and "-" not in value and len(value) in (4, 9) and found.unit is None \
        and found.scale is None and bool(_NOISE.match(found.rest))


def _strip_connectives(text: str) -> str:
    """Caption words ("in", "bedragen") left around a unit or scale are no content of their own."""
    w = words()
    return " ".join(word for word in text.split() if word.lower().strip("():,.") not in w.caption_words)


def is_caption(text: str) -> bool:
    """A short line over a table that says what its amounts are: "Bedragen in duizend euro", "(x € 1.000)"."""
    if len(text.split()) > 8:
        return False
    found = heading(text)
    if found.unit is None and found.scale is None:
        return False
    rest = _strip_connectives(found.rest)
    return bool(_NOISE.match(rest)) or found.scale is not None


_BRACKETED = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")


def corner(text: str) -> Heading | None:
    """The unit and scale a title cell over the row labels names beside its title, in brackets or after a comma
    ("Resultatenrekening (in euro)", "Balans [x € 1.000]", "Aankopen per productgroep, in duizend euro"): those of
    every cell of its table. None where no such part says one (a header cell of its own is read as a whole)."""
    parts = [next(group for group in found.groups() if group is not None) for found in _BRACKETED.finditer(text)]
    if "," in text:
        parts.append(text.rsplit(",", 1)[1])
    for part in parts:
        if part.strip() and is_caption(part.strip()):
            found = heading(part)
            if found.period is None:
                return found
    return None


def is_total(label: str) -> bool:
    """A row label that names a total ("Totaal", "Totaal vaste activa", "Som")."""
    lower = label.lower().strip(" :*")
    totals = words().totals
    return lower in totals or lower.split(" ", 1)[0] in totals
