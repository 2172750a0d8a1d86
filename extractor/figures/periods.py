"""The kind of a figure's period (report JSON `period_kind`), from its `period` and the report's fiscal year.

    annual         the fiscal year, stated or not ("in 2023", no date at all)
    point_in_time  a day of the fiscal year ("op 31 december 2023": a stock, counted that day)
    cumulative     a span that ends in the fiscal year and starts before it, or has no start ("sinds 2016",
                   "2016-2023", "sinds de oprichting": "2016/2023", "../2023")
    other_year     a year, month or day wholly before or after the fiscal year ("vorig jaar", "in 2022")
    other          a part of the fiscal year (a month, a few months) or a span of another shape
    change         a change over the fiscal year, from the one before ("De omzet steeg met 5,2 %" in the 2023
                   report: "2022/2023"), told by the figure's key (extractor/figures/stocks.py)
    target         a target, not the quantity reached ("We mikken op 500 leden tegen 2025"): its period is the
                   year it aims at ("2025"), or null where the text gives none; told by the figure's key

A fiscal year across two calendar years (1 July 2022 to 30 June 2023: `document.fiscal_period` "2022/2023") is
named by the year it closes in (`fiscal_year` 2023); its span "2022/2023" is the fiscal year, "2021/2022" the
one before, and a day of the year it closes in a day of it ("2023-06-30"), one of the year it opens in a day of
the fiscal year before ("2022-06-30", last year's balance-sheet date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from extractor.dutch import patterns
from extractor.dutch import rules as rule_files
from extractor.dutch.rules import Words, key
from extractor.figures.stocks import closing_day, is_change, is_stock, is_target

TARGET = "target"  # the kind of a target's period: the year it aims at, or none (extractor/figures/stocks.is_target)
KINDS = ("annual", "point_in_time", "cumulative", "other_year", "other", "change", TARGET)
_YEAR = re.compile(r"^\d{4}")
_YEAR_SPAN = re.compile(r"^\d{4}/\d{4}$")


def fiscal_label(year: int, split: bool) -> str:
    """The period of the fiscal year that closes in `year`: "2023", or "2022/2023" for a split fiscal year."""
    return f"{year - 1}/{year}" if split else str(year)


def is_split(fiscal_period: str | None) -> bool:
    """Whether the report's fiscal year runs across two calendar years (`document.fiscal_period` given)."""
    return bool(fiscal_period) and "/" in str(fiscal_period)


def fiscal_year_of(period: str | None, split: bool = False, year_end: str | None = None) -> int | None:
    """The fiscal year (the year it closes in) a period wholly falls in: a year ("2022"), a day or month of it;
    in a report of split fiscal years also such a fiscal year's span ("2021/2022" -> 2022), and a day or month
    after the day they close (`year_end`, "2022-06-30") in the next one ("2022-12-31" -> 2023). None for a span
    of more than one fiscal year (a cumulative figure) or no period."""
    if not period or not _YEAR.match(period):
        return None
    start, slash, end = period.partition("/")
    if not slash:
        year = int(period[:4])
        if split and year_end and len(period) in (7, 10) and period[4:] > year_end[4:len(period)]:
            return year + 1  # "2022-12-31" where fiscal years close on 30 June: of the one closing in 2023
        return year
    if not _YEAR.match(end):
        return None
    first, last = int(start[:4]), int(end[:4])
    if first == last:
        return first
    if split and last == first + 1 and len(start) == 4 and len(end) == 4:
        return last
    return None


def period_kind(period: str | None, fiscal_year: int | None, fiscal_period: str | None = None,
                year_end: str | None = None) -> str:
    if not period:
        return "annual"
    if is_split(fiscal_period) and fiscal_year is not None:
        if period == fiscal_period:
            return "annual"
        if year_end and "/" not in period and len(period) in (7, 10) and _YEAR.match(period):
            year = fiscal_year_of(period, True, year_end)  # a day or month, placed by the closing day
            return "other_year" if year != fiscal_year else ("point_in_time" if len(period) == 10 else "other")
        start, slash, end = period.partition("/")
        if slash and len(start) == len(end) == 4 and start.isdigit() and end.isdigit() \
                and int(end) == int(start) + 1:  # another fiscal year of the same shape ("2021/2022")
            return "other_year"
    start, slash, end = period.partition("/")
    if not slash:
        year = int(period[:4])
        if fiscal_year is not None and year != fiscal_year:
            return "other_year"
        if len(period) == 4:
            return "annual"
        return "point_in_time" if len(period) == 10 else "other"
    first = int(start[:4]) if _YEAR.match(start) else None
    last = int(end[:4]) if _YEAR.match(end) else None
    if fiscal_year is None:
        return "cumulative" if first is None or (last is not None and last > first) else "other"
    if last is not None and last < fiscal_year or first is not None and first > fiscal_year:
        return "other_year"
    if first is None or (first < fiscal_year and last in (None, fiscal_year)):
        return "cumulative"
    if first == last == fiscal_year and len(start) == 4 and len(end) == 4:
        return "annual"
    return "other"


SOURCES = ("stated", "fiscal_year", "closing_day", "year_change")


def with_period_kind(record: dict, fiscal_year: int | None, fiscal_period: str | None = None,
                     year_end: str | None = None, year_only: bool = False) -> dict:
    """The record with `period_kind` and `period_source` right after `period`; a figure whose text states no
    period gets the report's fiscal year (`period_source` "fiscal_year", kind annual: "2023", or its span
    "2022/2023" when it runs across two calendar years), one that states it keeps it ("stated"); without a fiscal
    year an unstated period stays null (`period_source` null). A stock (extractor/figures/stocks.py: members,
    staff, shares, capital, a balance sheet's items) stands at a moment: with no period stated, on the day the
    fiscal year closes (`period_source` "closing_day", kind point_in_time: "2023-12-31"); with only a year given
    by a phrase such as "vorig jaar" or a table's column (`year_only`), on the day that year closes ("Eigen
    vermogen" under "2023": 2023-12-31); the cells of one column still add up (`same_period`). A change over
    the year ("De omzet steeg met 5,2 %") spans the year before and its own (`_change_span`)."""
    split = is_split(fiscal_period)
    default = fiscal_period if split else (str(fiscal_year) if fiscal_year is not None else None)
    out = {}
    for key, value in record.items():
        if key in ("period_kind", "period_source"):
            continue
        if key == "period":
            source = record.get("period_source")
            stated = value if source not in ("fiscal_year", "closing_day", "year_change") else None
            if is_target(record):  # "We mikken op 500 leden tegen 2025": the year it aims at, else none
                out[key], out["period_kind"] = stated, TARGET
                out["period_source"] = "stated" if stated is not None else None
                continue
            kind = period_kind(stated, fiscal_year, fiscal_period, year_end)
            closing = _stock_day(record, stated, fiscal_year, split, year_end, year_only)
            if closing is not None and stated is None:
                out[key], out["period_kind"], out["period_source"] = closing, "point_in_time", "closing_day"
                continue
            if closing is not None:
                stated, kind = closing, period_kind(closing, fiscal_year, fiscal_period, year_end)
            span = _change_span(record, stated, fiscal_year, split, year_end)
            if span is not None:
                out[key], out["period_kind"] = span, "change" if int(span[-4:]) == fiscal_year else "other_year"
                out["period_source"] = "year_change"
                continue
            out[key] = stated if stated is not None else default
            if stated is not None and _YEAR_SPAN.match(stated) and int(stated[-4:]) == fiscal_year \
                    and is_change(record):
                kind = "change"  # "12 % meer dan in 2025": from that year to the fiscal year
            out["period_kind"] = kind
            out["period_source"] = "stated" if stated is not None else ("fiscal_year" if fiscal_year is not None
                                                                         else None)
            continue
        out[key] = value
    return out


def _change_span(record: dict, stated: str | None, fiscal_year: int | None, split: bool,
                 year_end: str | None = None) -> str | None:
    """The two years a change over the fiscal year spans ("2022/2023" for "De omzet steeg met 5 %" in the 2023
    report): from the year before to the fiscal year, where the text dates it not, or dates it to the fiscal
    year itself or a day or month of it ("In 2023 steeg de omzet met 5 %", "Op 31 december telden we 466 leden,
    64 meer dan een jaar eerder", "in het najaar verhoogden we de prijs met 6 %": the change is over the year,
    the day is the stock's or the change's moment). None for a figure that is no change, a change the text dates
    to another year ("+4 % tegenover 2021" is of what it names), a table cell dated by its column ("Wijziging in
    voorraden" under "2023": its row's cells are of their columns' years), and a change the text does not date in
    a report of fiscal years across two calendar years, where the fiscal year's own span names it."""
    if fiscal_year is None or not is_change(record):
        return None
    if stated is None:
        return None if split else f"{fiscal_year - 1}/{fiscal_year}"
    if "/" in stated or not _YEAR.match(stated) or fiscal_year_of(stated, split, year_end) != fiscal_year:
        return None
    if ((record.get("table") or {}).get("column") or "").strip():
        return None  # a cell keeps its column's year, as the cell of the year before in the next column does
    return f"{fiscal_year - 1}/{fiscal_year}"


def _stock_day(record: dict, stated: str | None, fiscal_year: int | None, split: bool, year_end: str | None,
               year_only: bool) -> str | None:
    """The day a stock stands on where the text gives it no day: the close of the fiscal year when no period is
    stated, the close of the year a relative phrase names ("2022", "2021/2022"); None for a flow,
    for a period the text states in its own words, or when the closing day is not known."""
    if fiscal_year is None or not is_stock(record):
        return None
    if stated is None:
        return closing_day(fiscal_year, split, year_end)
    if not year_only:
        return None
    start, slash, end = stated.partition("/")
    whole_year = (not slash and len(stated) == 4 and stated.isdigit()) or \
        (split and slash and len(start) == len(end) == 4 and start.isdigit() and end.isdigit()
         and int(end) == int(start) + 1)
    if not whole_year:
        return None
    year = int(end if slash else stated)
    return closing_day(year, split, year_end)


def same_period(a: dict, b: dict) -> bool:
    """Whether two figures of one report are of the same period: the same period, both the report's default
    (the fiscal year, the day it closes for a stock, which is of it, or the change over it), or two cells of one
    column of a table, whose header dates them all (a stock on the day its year closes, the year's flows)."""
    return a.get("period") == b.get("period") or (stated_period(a) is None and stated_period(b) is None) \
        or _same_column(a, b)


def _same_column(a: dict, b: dict) -> bool:
    cell_a, cell_b = a.get("table"), b.get("table")
    return bool(cell_a) and bool(cell_b) and cell_a.get("table") == cell_b.get("table") \
        and cell_a.get("column") == cell_b.get("column") and not cell_a.get("transposed")  # years as rows


def stated_period(record: dict) -> str | None:
    """The period the text gives the figure: None where `period` is the fiscal year by default, the day it
    closes for a stock, or the change over it for a change."""
    return None if record.get("period_source") in ("fiscal_year", "closing_day", "year_change") \
        else record.get("period")


@rule_files.declares("dates")
@dataclass(frozen=True)
class _MeetingWords:
    meeting_counts: Words = key(unique=True, description="Words of a figure's sentence that make it a count of the "
                                                         "general meeting told right before it: those present, "
                                                         "represented, voting, appointed.")


@rule_files.declares("dates")
@dataclass(frozen=True)
class _PeriodWords:
    state_since_words: Words = key(unique=True, description="Words a few words before a day or month of the "
                                   "fiscal year that make it the start of a state that still holds: the figure "
                                   "is of the fiscal year.")
    season_words: Words = key(unique=True,
                              description="Words before a year's preposition that name a part of the year.")
    comparison_words: Words = key(unique=True, description="Words between a figure and a year after it that make "
                                  "the year the base of a comparison.")
    over_words: Words = key(unique=True, description="A word right after a figure that opens the span the figure "
                            "covers: ‘een dividend van 1 % over het boekjaar 2022’.")
    over_fillers: Words = key(unique=True, description="Words between such a word and its year: ‘het boekjaar’.")


@cache
def period_words() -> _PeriodWords:
    return rule_files.load(_PeriodWords, patterns.load("dates"))


@cache
def _meeting_counts() -> Words:
    return rule_files.load(_MeetingWords, patterns.load("dates")).meeting_counts


MEETING_REACH = 2  # how many lines after a meeting's mention a sentence that counts at it may stand
_TOKEN = re.compile(r"[^\W\d_]+")


def at_meetings(records: list[dict], meetings: list[dict], fiscal_year: int | None,
                fiscal_period: str | None = None, year_end: str | None = None) -> None:
    """A figure that counts who or what was at a general meeting (a count, no measure: patterns/dates.yaml
    `meeting_counts`: "Er waren 64 leden aanwezig of vertegenwoordigd", "herbenoemden drie bestuurders"), in the sentence that names the
    meeting with its day or month or right after it, is of that day ("De gewone algemene vergadering vond plaats
    op zaterdag 13 mei 2023 ...": 2023-05-13), not of the fiscal year, nor of a year its sentence names for
    something else ("Zij keurden de jaarrekening 2024 goed"). A day, month or span the text gives the figure
    itself stays. Report JSON records, changed in place; `fiscal_year` and the rest as for `with_period_kind`."""
    dated = [m for m in meetings if m.get("precision") in ("day", "month") and m.get("date") and m.get("location")]
    if not dated:
        return
    from extractor.dutch.lexicon import lexicon  # here: the lexicon needs spaCy, which `series --help` does not

    measures = lexicon().units  # a duration, an amount, a share: no head count of the meeting
    words = _meeting_counts()
    for record in records:
        if record.get("unit") in measures:
            continue
        stated = stated_period(record)
        if stated is not None and not (len(stated) == 4 and stated.isdigit()):
            continue
        if not words & set(_TOKEN.findall(str(record.get("sentence") or "").lower())):
            continue
        meeting = _meeting_before(record.get("location") or {}, dated)
        if meeting is not None:
            record["period"], record["period_source"] = meeting["date"], "stated"
            record["period_kind"] = period_kind(meeting["date"], fiscal_year, fiscal_period, year_end)


def _meeting_before(location: dict, meetings: list[dict]) -> dict | None:
    page, line = location.get("page"), location.get("line")
    if line is None:
        return None
    near = [m for m in meetings if m["location"].get("page") == page
            and 0 <= line - (m["location"].get("line") or 0) <= MEETING_REACH]
    return max(near, key=lambda m: m["location"].get("line") or 0) if near else None


def from_figures(records: list[dict], found: list, fiscal_year: int | None, fiscal_period: str | None = None,
                 year_end: str | None = None) -> None:
    """The earlier end of a from-to pair ("van 212 naar 205", extractor/figures/relations.py) is of the moment
    before the later one, where the text dates it not apart: a day the fiscal year closes on a year before
    ("daalde van 212 naar 205 op 31 december 2026": 212 on 2025-12-31), another day the day before ("Op 1
    januari steeg de bijdrage van 85 naar 95 euro": 85 on 31 December), the fiscal year the one before ("De
    omzet steeg van 1,2 naar 1,4 miljoen euro": of last year). A from-figure the text dates itself ("van 57 eind
    2023 naar 38", "van 16.190 MWh in 2022 naar ...") keeps its period. Report JSON records, changed in place;
    `found` the relations of extractor/figures/relations.py."""
    if fiscal_year is None:
        return
    split = is_split(fiscal_period)
    for relation in found:
        if relation.kind != "from_to":
            continue
        roles = {role: figure.record for role, figure in relation.members}
        earlier, later = roles.get("from"), roles.get("to")
        if earlier is None or later is None or relation.details.get("from_year") or \
                relation.details.get("from_previous_year"):
            continue
        own = stated_period(earlier)
        if own is not None and own != stated_period(later):
            continue
        before = _moment_before(later, fiscal_year, split, year_end)
        if before is None:
            continue
        earlier["period"], earlier["period_source"] = before, "stated"
        earlier["period_kind"] = period_kind(before, fiscal_year, fiscal_period, year_end)


def _moment_before(record: dict, fiscal_year: int, split: bool, year_end: str | None) -> str | None:
    """The moment before a later figure's: its day a year earlier where that day closes a year, else the day
    before it; the fiscal year before its year; None for a period of another shape (a month, a span)."""
    period = str(record.get("period") or "")
    if len(period) == 10 and _YEAR.match(period):
        closes = period[4:] == (year_end[4:] if split and year_end else "-12-31")
        if closes:
            return f"{int(period[:4]) - 1}{period[4:]}"
        day = date.fromisoformat(period) - timedelta(days=1)
        return day.isoformat()
    if stated_period(record) is None or period == fiscal_label(fiscal_year, split):
        return fiscal_label(fiscal_year - 1, split)
    if len(period) == 4 and period.isdigit() and not split:
        return str(int(period) - 1)
    return None
