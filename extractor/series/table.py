"""Indicator-by-year tables from report dicts (the report JSON contract, DESIGN.md §3).

The long table has one row per figure a report states, with its source; the wide table one row per series
and one cell per fiscal year. A series is an indicator id in one unit of one organisation (the report's
`document.organisation`): a corpus of several cooperatives gets one series per cooperative, and every check
(conflicts, unit and label changes, gaps) is made within one organisation. The same id in another unit is
another series (flagged `unit_changed`), never one line. A year of the organisation's reports without the
figure is a gap (no cell), never a zero. Two different values for one series in one year are both kept,
and their cell is marked conflicting rather than one of them picked.
"""

from __future__ import annotations


import re
from dataclasses import dataclass, field, replace
from collections.abc import Iterable
from typing import Any

from extractor.dutch.formatting import plain
from extractor.figures.periods import stated_period
from extractor.figures.stocks import is_target
from extractor.series import words
from extractor.series.units import COUNT, PERSONS, dimension, series_unit

COUNTS = frozenset({PERSONS, COUNT})  # the units of a count: its noun says what it counts

# Flags, on rows and series.
UNIT_CHANGED = "unit_changed"  # the id is stated in another unit in another report: separate series
LABEL_CHANGED = "label_changed"  # the id is named differently across years: check the definition
CONFLICT = "conflict"  # one series, one year, different values
PERIOD_DIFFERS = "period_differs"  # the text dates the figure outside the report's fiscal year
APPROXIMATE = "approximate"  # a value that is not exact: approximately, at least, at most or a range


@dataclass(frozen=True)
class Row:
    """One figure as one report states it, with where it stands."""

    id: str
    label: str
    unit: str | None
    organisation: str | None
    fiscal_year: int | None
    value: int | float
    value_max: int | float | None
    qualifier: str
    raw: str
    document: str
    page: int | None
    line: int
    column: int | None
    period: str | None
    rule: str
    match: str
    flags: tuple[str, ...] = ()
    linked: str | None = None  # the report JSON's `series`: the organisation's linked quantity (diff/link.py)
    enterprise_number: str | None = None  # the report's document.enterprise_number, to join cooperatives on
    noun: str | None = None  # what a count counts, as written ("vennoten"); `unit` is then persons or count
    dimension: str | None = None  # the dimension of `unit` in the vocabulary (patterns/units.yaml)
    possible: tuple[str, ...] = ()  # series it may be (report JSON `possible_series`): below the bar, not merged

    @property
    def quantity(self) -> str:
        """The quantity the row states: its linked series where the reports were linked, else its id."""
        return self.linked or self.id

    @property
    def series(self) -> str:
        return series_key(self.quantity, self.unit)

    @property
    def measured(self) -> bool:
        """Its unit is a measure (euro, %, hours, MWh, ...), not a count or none."""
        return self.unit is not None and self.noun is None and self.unit not in COUNTS

    @property
    def catalogued(self) -> bool:
        return self.match != "derived"

    @property
    def exact(self) -> bool:
        return self.qualifier == "exact"

    @property
    def statement(self) -> tuple[Any, ...]:
        """What the row says, apart from where: two rows saying the same thing do not conflict."""
        return (self.value, self.value_max, self.qualifier)

    def sort_key(self) -> tuple[Any, ...]:
        return (self.organisation or "", self.id, self.unit or "", self.fiscal_year is None, self.fiscal_year or 0,
                self.document, self.page or 0, self.line, self.column or 0, self.value)


@dataclass(frozen=True)
class Cell:
    """A series in one fiscal year: its value, or a conflict between the rows that state it."""

    rows: tuple[Row, ...]

    @property
    def conflict(self) -> bool:
        return len({row.statement for row in self.rows}) > 1


@dataclass
class Series:
    key: str  # series_key(id, unit); the pair (organisation, key) identifies the series
    organisation: str | None
    id: str
    unit: str | None
    label: str
    catalogued: bool
    rows: list[Row]
    flags: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    gaps: tuple[int, ...] = ()  # fiscal years of the organisation's reports in which none states this series
    noun: str | None = None  # what it counts, as its latest report writes it; None for a measure
    dimension: str | None = None  # the dimension of `unit` (patterns/units.yaml vocabulary)
    enterprise_number: str | None = None  # the organisation's, as its latest report gives it
    possible: tuple[str, ...] = ()  # series ids (report JSON `series`) it may be the same quantity as: not merged

    def cells(self) -> dict[int, Cell]:
        """Per fiscal year, the rows of that year's reports for that year: a value the report gives for another
        year ("16.190 MWh in 2022" in the 2023 report) is no conflict with the year's own."""
        by_year: dict[int, list[Row]] = {}
        for row in self.rows:
            if row.fiscal_year is not None:
                by_year.setdefault(row.fiscal_year, []).append(row)
        cells = {}
        for year, rows in sorted(by_year.items()):
            own = [row for row in rows if not _period_differs(row)]
            cells[year] = Cell(tuple(own or rows))
        return cells

    @property
    def years(self) -> list[int]:
        return sorted({row.fiscal_year for row in self.rows if row.fiscal_year is not None})


@dataclass
class SeriesTable:
    documents: list[dict[str, Any]]  # the reports' `document` objects, by fiscal year
    years: list[int]  # the fiscal years of the corpus
    rows: list[Row]  # the long table, sorted
    series: list[Series]  # every series, sorted by organisation, id and unit
    warnings: list[str] = field(default_factory=list)
    organisation_years: dict[str | None, list[int]] = field(default_factory=dict)  # the years of its reports

    @property
    def organisations(self) -> list[str | None]:
        """The organisations of the corpus, sorted (None: a report that does not name its organisation)."""
        return sorted(set(self.organisation_years) | {s.organisation for s in self.series}, key=lambda o: o or "")

    def wide(self, include_derived: bool = False) -> list[Series]:
        """The series of the wide table and the charts: every linked quantity (report JSON `series`), catalogued
        or not; reports linked by no run of `extract` give their catalogued ids, and every id with
        `include_derived`."""
        return [s for s in self.series if s.catalogued or include_derived or _linked(s)]


def _linked(series: Series) -> bool:
    """A quantity the linker gave a series id (report JSON `series`): shown by default."""
    return any(row.linked for row in series.rows)


def series_key(indicator_id: str, unit: str | None) -> str:
    """The stable key of a series: "employment.persons@persons", "training.staff.volume@days"."""
    return f"{indicator_id}@{unit}" if unit else indicator_id


@dataclass
class Corpus:
    """What the series know of the whole corpus before reading any figure: the reports that count (one per
    content, by fiscal year and path), their fiscal years, one spelling per organisation, and the warnings.
    Built from the reports' `document` objects alone, so a large corpus is then read one organisation at
    a time (extractor.series.writer)."""

    documents: list[dict[str, Any]]
    years: list[int]
    warnings: list[str]
    names: dict[str, str | None]  # organisation key -> its spelling

    @classmethod
    def of(cls, documents: Iterable[dict[str, Any]]) -> Corpus:
        """A document given twice (same sha256) counts once: its first occurrence."""
        warnings: list[str] = []
        kept: list[dict[str, Any]] = []
        seen: dict[str, str] = {}
        for document in documents:
            if document["sha256"] in seen:
                warnings.append(f"{document['path']}: same content as {seen[document['sha256']]}; counted once")
                continue
            seen[document["sha256"]] = document["path"]
            if document["fiscal_year"] is None:
                warnings.append(f"{document['path']}: fiscal year unknown; its figures are in the long table "
                                "without a year and in no series; rerun `extract` with --fiscal-year")
            kept.append(document)
        kept.sort(key=lambda d: (d["fiscal_year"] is None, d["fiscal_year"] or 0, d["path"]))
        years = sorted({d["fiscal_year"] for d in kept if d["fiscal_year"] is not None})
        return cls(kept, years, warnings, _organisation_names(kept))

    def organisations(self) -> list[tuple[str | None, list[dict[str, Any]]]]:
        """Each organisation's spelling and kept documents, in the order of the tables (by name; None first)."""
        groups: dict[str, list[dict[str, Any]]] = {}
        for document in self.documents:
            groups.setdefault(_organisation_key(document), []).append(document)
        return sorted(((self.names[key], found) for key, found in groups.items()), key=lambda item: item[0] or "")


def build(reports: list[dict[str, Any]]) -> SeriesTable:
    """The tables of a set of reports (report dicts). A report given twice (same sha256) counts once."""
    corpus = Corpus.of(report["document"] for report in reports)
    report_of = {id(report["document"]): report for report in reports}
    return merge(corpus, [organisation_table(corpus, name, [report_of[id(d)] for d in documents])
                          for name, documents in corpus.organisations()])


def organisation_table(corpus: Corpus, organisation: str | None, reports: list[dict[str, Any]]) -> SeriesTable:
    """The tables of one organisation's kept reports (in the corpus' order), with the corpus' years."""
    rows = [_row(indicator, report["document"], organisation)
            for report in reports for indicator in report["indicators"]]
    found = {r["document"]["fiscal_year"] for r in reports if r["document"]["fiscal_year"] is not None}
    years_of = {organisation: found} if found else {}
    series, rows = _series(rows, years_of)
    return SeriesTable(documents=[r["document"] for r in reports], years=corpus.years, rows=rows, series=series,
                       organisation_years={organisation: sorted(found)} if found else {})


def merge(corpus: Corpus, tables: list[SeriesTable]) -> SeriesTable:
    """The tables of the organisations (in the order of Corpus.organisations) as one."""
    return SeriesTable(documents=corpus.documents, years=corpus.years,
                       rows=[row for table in tables for row in table.rows],
                       series=[series for table in tables for series in table.series], warnings=corpus.warnings,
                       organisation_years={name: years for table in tables
                                           for name, years in table.organisation_years.items()})


def _organisation_key(document: dict[str, Any]) -> str:
    """Reports of one organisation, as extractor.runtime.inputs.consecutive pairs them: the name, case aside."""
    return (document["organisation"] or "").casefold()


def _organisation_names(kept: list[dict[str, Any]]) -> dict[str, str | None]:
    """One spelling per organisation ("SmartCoop" and "SMARTCOOP" are one cooperative): the spelling of its
    latest report (`kept` is sorted by fiscal year and path); None for reports that name none."""
    return {_organisation_key(document): document["organisation"] or None for document in kept}


def _row(indicator: dict[str, Any], document: dict[str, Any], organisation: str | None) -> Row:
    location = indicator["location"]
    value_max = indicator.get("value_max")
    unit = series_unit(indicator["unit"], indicator["raw"])  # one vocabulary; a counted noun in its own column
    label = words.label(indicator)  # a catalogued one in the run's language; the report's words as written
    return Row(id=indicator["id"], label=label, unit=unit.unit, organisation=organisation,
               fiscal_year=document["fiscal_year"], value=plain(indicator["value"]),
               value_max=plain(value_max) if value_max is not None else None,
               qualifier=indicator["qualifier"], raw=indicator["raw"], document=document["path"],
               page=location["page"], line=location["line"], column=location.get("column"),
               period=stated_period(indicator), rule=indicator["rule"], match=indicator.get("match", "catalogue"),
               linked=indicator.get("series"), enterprise_number=document.get("enterprise_number"),
               noun=unit.noun, dimension=unit.dimension,
               possible=tuple(p["series"] for p in indicator.get("possible_series") or ()))


_Key = tuple[str | None, str]  # (organisation, a quantity or a series key)


def _series(rows: list[Row], years_of: dict[str | None, set[int]]) -> tuple[list[Series], list[Row]]:
    """Group rows into series, one per (organisation, id@unit), flag them, and give each row the flags that
    concern it. Every check stays within one organisation: another cooperative's figures never conflict
    with, change the unit of, or fill a gap of this one's."""
    same_id: dict[_Key, list[Row]] = {}  # the rows of one indicator, whatever their unit
    for row in rows:
        same_id.setdefault((row.organisation, row.quantity), []).append(row)
    units_of = {key: {row.unit for row in found} for key, found in same_id.items()}
    unit_of = _one_unit(same_id)
    units_of.update({key: {unit} for key, unit in unit_of.items()})
    grouped = _grouped(rows, unit_of)
    out_series: list[Series] = []
    out_rows: list[Row] = []
    for organisation, key in sorted(grouped, key=lambda k: (k[0] or "", grouped[k][0].id, grouped[k][0].unit or "")):
        members = sorted(grouped[organisation, key], key=Row.sort_key)
        # a linked series of a catalogued figure and uncatalogued ones is named by the catalogue
        first = next((row for row in members if row.catalogued), members[0])
        conflicts = {year for year, cell in Series(key, organisation, first.id, first.unit, members[-1].label,
                                                    first.catalogued, members).cells().items() if cell.conflict}
        unit_changed = len(units_of[organisation, first.quantity]) > 1
        flagged = [_row_flagged(row, unit_changed, conflicts) for row in members]
        out_rows.extend(flagged)
        flags, notes = _series_flags(members, flagged, first, unit_changed, conflicts,
                                     same_id[organisation, first.quantity])
        out_series.append(_one_series(key, organisation, first, members, flagged, flags, notes,
                                      years_of.get(organisation, set())))
    out_rows.sort(key=Row.sort_key)
    return out_series, out_rows


def _one_unit(same_id: dict[_Key, list[Row]]) -> dict[_Key, str | None]:
    """The one unit of each linked quantity counted in other words ("vennoten", "coöperanten",
    "aandeelhouders", or the noun away from the number): one series, in its most frequent unit. A quantity
    measured in two units is left out (one series per unit)."""
    unit_of: dict[_Key, str | None] = {}
    for key, found in same_id.items():
        if not any(row.linked for row in found) or len({row.unit for row in found if row.measured}) > 1:
            continue
        measured = [row.unit for row in found if row.measured]
        units = measured or [row.unit for row in found if row.unit is not None] or [None]
        # persons before count: "2.136 aandeelhouders" and "1.842 vennoten" are people, whatever else is said
        unit_of[key] = max(sorted(set(units), key=str), key=lambda unit: (unit == PERSONS, units.count(unit)))
    return unit_of


def _grouped(rows: list[Row], unit_of: dict[_Key, str | None]) -> dict[_Key, list[Row]]:
    """The rows by (organisation, series key), each in the one unit of its quantity where it has one."""
    grouped: dict[_Key, list[Row]] = {}
    for row in rows:
        key = (row.organisation, row.quantity)
        if key in unit_of and row.unit != unit_of[key]:
            row = replace(row, unit=unit_of[key], dimension=dimension(unit_of[key]),
                          noun=row.noun if unit_of[key] in COUNTS else None)
        grouped.setdefault((row.organisation, row.series), []).append(row)
    return grouped


def _row_flagged(row: Row, unit_changed: bool, conflicts: set[int | None]) -> Row:
    flags = [UNIT_CHANGED] if unit_changed else []
    if row.fiscal_year in conflicts:
        flags.append(CONFLICT)
    if _period_differs(row):
        flags.append(PERIOD_DIFFERS)
    return _with_flags(row, tuple(flags))


def _series_flags(members: list[Row], flagged: list[Row], first: Row, unit_changed: bool,
                  conflicts: set[int | None], same_quantity: list[Row]) -> tuple[list[str], list[str]]:
    """The flags of one series and the notes that explain them, in the order of the flags."""
    labels = sorted({row.label for row in members})
    flags: list[str] = []
    notes: list[str] = []
    if unit_changed:
        flags.append(UNIT_CHANGED)
        notes.append(_unit_note(same_quantity))
    if first.catalogued and len(labels) > 1:
        flags.append(LABEL_CHANGED)
        notes.append(words.said("label_changed", labels=" | ".join(words.quoted(label) for label in labels)))
    if conflicts:
        flags.append(CONFLICT)
        for year in sorted(conflicts):
            stated = [words.said("stated", raw=row.raw, document=row.document, line=row.line)
                      for row in members if row.fiscal_year == year]
            notes.append(words.said("conflicting", year=year, stated="; ".join(stated)))
    if any(not row.exact for row in members):
        flags.append(APPROXIMATE)
        notes.extend(_qualifier_note(row) for row in members if not row.exact and row.fiscal_year is not None)
    if any(PERIOD_DIFFERS in row.flags for row in flagged):
        flags.append(PERIOD_DIFFERS)
        notes.extend(words.said("period_differs", raw=row.raw, year=row.fiscal_year,
                                period=words.period(row.period))
                     for row in flagged if PERIOD_DIFFERS in row.flags)
    return flags, notes


def _one_series(key: str, organisation: str | None, first: Row, members: list[Row], flagged: list[Row],
                flags: list[str], notes: list[str], years: set[int]) -> Series:
    """The series record: its rows flagged, the years of its organisation it misses, and what its latest rows
    say of its noun and the organisation's enterprise number."""
    stated_years = {row.fiscal_year for row in members}
    latest = sorted(members, key=lambda row: (row.fiscal_year or 0, row.noun is not None))
    nouns = [row.noun for row in latest if row.noun]
    numbers = [row.enterprise_number for row in latest if row.enterprise_number]
    return Series(key=key, organisation=organisation, id=first.id, unit=first.unit, label=members[-1].label,
                  catalogued=first.catalogued, rows=flagged, flags=tuple(flags), notes=tuple(notes),
                  gaps=tuple(y for y in sorted(years) if y not in stated_years),
                  noun=nouns[-1] if nouns else None, dimension=dimension(first.unit),
                  enterprise_number=numbers[-1] if numbers else None,
                  possible=tuple(sorted({p for row in members for p in row.possible})))


def period_words(period: str | None) -> str:
    """A period in words for a note, never in interval notation: "2017/2023" -> "2017 to 2023", "../2024" -> "the
    period up to 2024", "2016/.." -> "the period from 2016"; a year or a date as it is."""
    start, slash, end = (period or "").partition("/")
    if not slash:
        return period or "no period"
    start, end = ("" if start == ".." else start), ("" if end == ".." else end)
    if start and end:
        return f"{start} to {end}"
    return f"the period up to {end}" if end else f"the period from {start}"


def _with_flags(row: Row, flags: tuple[str, ...]) -> Row:
    return replace(row, flags=flags) if flags != row.flags else row


def _qualifier_note(row: Row) -> str:
    if row.qualifier == "range":
        return words.said("range", year=row.fiscal_year, low=words.number(row.value),
                          high=words.number(row.value_max), raw=row.raw)
    return words.said("qualifier", year=row.fiscal_year, qualifier=words.said(f"qualifier_{row.qualifier}"),
                      raw=row.raw)


def _unit_note(rows: list[Row]) -> str:
    """`rows`: those of one organisation and indicator, in every unit it was given in."""
    by_unit: dict[str | None, set[int]] = {}
    for row in rows:
        if row.fiscal_year is not None:
            by_unit.setdefault(row.unit, set()).add(row.fiscal_year)
    parts = [words.said("unit_years", unit=words.unit(unit), years=", ".join(str(y) for y in sorted(years)))
             for unit, years in sorted(by_unit.items(), key=lambda item: (min(item[1]), item[0] or ""))]
    return words.said("unit_changed", units="; ".join(parts))


_YEAR = re.compile(r"\d{4}")


def _period_differs(row: Row) -> bool:
    """True when the text dates the figure to a period that does not include the report's fiscal year (a target's
    year is the year it aims at: no date of the figure)."""
    if row.period is None or row.fiscal_year is None or is_target({"id": row.id}):
        return False
    start, _, end = row.period.partition("/")
    first = _YEAR.search(start)
    last = _YEAR.search(end) if end else first
    low = int(first.group()) if first and not start.startswith("..") else None
    high = int(last.group()) if last else None
    if start.startswith(".."):  # "../2024": up to the end of 2024
        return high is not None and row.fiscal_year > high
    return not ((low is None or low <= row.fiscal_year) and (high is None or row.fiscal_year <= high))
