"""Indicators: every figure of a block that is not excluded, with its id, period and provenance."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from extractor.document.model import SYNTHETIC, unpack
from extractor.document.tables import words as table_words
from extractor.document.tables import Found, Row, Table, Tables
from extractor.document.tables.cells import bracketed
from extractor.dutch import numbers
from extractor.figures.catalogue import DERIVED, identify
from extractor.figures.keys import cue_of_a_later_figure, describe_label, measured as _measured
from extractor.recognise.context import Context
from extractor.recognise.window import Recogniser, Window
from extractor.figures.founding import counts_from_founding, founding_year
from extractor.dutch.dates import (DateMention, DatesByBlock, closes_fiscal_year, cumulative_cues, last_day,
                                   relative_year, since_words, year_end_phrase)
from extractor.figures.periods import fiscal_label, is_split, period_words
from extractor.figures.stocks import closing_day
from extractor.nlp.language import lower_words, sentence_of
from extractor.figures.quantities import Figure, find_figures
from extractor.records import Indicator


_SHARES = frozenset({"%", "percent"})
MINIMUM_PARTS = 2  # a total row sums two rows or more
_AFTER_WINDOW = 8  # a date after a figure dates it when it follows closely: "16 publicaties ... in 2021"


def recognise(context: Context, dates: DatesByBlock) -> list[Indicator]:
    found: list[Indicator] = []
    in_cells: list[tuple[Indicator, Found]] = []
    swapped = numbers.grouping_swapped(block.text for block in context.blocks)  # "€18,023" all through
    for index, doc in context.analysed():
        figures = find_figures(doc, context.excluded[index], swapped)
        for figure in figures:
            cell: Found | None = None
            if context.tables:
                place = _source(context, index, doc, figure)
                if place is not None:
                    if context.tables.header_at(*place) or context.tables.caption_at(*place) \
                            or context.tables.reference_at(*place):
                        continue  # a header's year or date, a caption's scale, a rubric code: no figures
                    cell = context.tables.cell_at(*place)
                    if cell is None and figure.written and _before_cells(context.tables, *place):
                        continue  # "Vorderingen op ten hoogste één jaar   1.204": words of a row's label
            indicator = _indicator(context, index, doc, figure, dates[index], figures)
            if cell is not None:
                _in_table(indicator, cell, doc, figure, context.fiscal_year, is_split(context.fiscal_period))
                in_cells.append((indicator, cell))
            found.append(indicator)
    _implied_totals(in_cells)
    return found


def _implied_totals(in_cells: list[tuple[Indicator, Found]]) -> None:
    """A table's last row whose every figure is the sum of the figures over it in its column, since the last
    total row, is the table's total though no word says so: a result under its revenue and its costs, a total
    set in bold only."""
    tables: dict[int, list[tuple[Indicator, Found]]] = {}
    for indicator, cell in in_cells:
        tables.setdefault(id(cell.table), []).append((indicator, cell))
    for members in tables.values():
        table = members[0][1].table
        rows = [row for row in table.rows if row.cells]
        if len(rows) < 3 or rows[-1].total or table.transposed:
            continue
        last = rows[-1]
        since = max((k for k, row in enumerate(rows[:-1]) if row.total), default=-1)
        above = {id(row) for row in rows[since + 1:-1]}
        own = [(indicator, cell) for indicator, cell in members if cell.row is last]
        if own and all(_sum_of_column(indicator, cell, members, above) for indicator, cell in own):
            last.total = True
            for indicator, _ in own:
                assert indicator.table is not None
                indicator.table["total"] = True


def _sum_of_column(total: Indicator, cell: Found, members: list[tuple[Indicator, Found]], above: set[int]) -> bool:
    parts = [indicator.value for indicator, other in members if id(other.row) in above
             and other.cell.column == cell.cell.column and indicator.unit == total.unit]
    tolerance = max(float(cell.table.column_scale(cell.cell.column) or 1), abs(total.value) * 0.005)
    return len(parts) >= MINIMUM_PARTS and abs(sum(parts) - total.value) <= tolerance


def _before_cells(tables: Tables, line: int, column: int) -> bool:
    """The place stands before the cells of figures of a table's row: in its label."""
    spans = tables.cell_spans(line)
    return bool(spans) and column < spans[0][0]


def _source(context: Context, index: int, doc: Doc, figure: Figure) -> tuple[int, int] | None:
    """(line index, column) in the source of the first character of the figure's number."""
    positions = context.blocks[index].positions
    start = doc[figure.number_start].idx
    end = doc[figure.number_end - 1].idx + len(doc[figure.number_end - 1])
    for at in range(start, min(end, len(positions))):
        if positions[at] != SYNTHETIC:
            return unpack(positions[at])
    return None


def _in_table(indicator: Indicator, found: Found, doc: Doc, figure: Figure, fiscal_year: int | None,
              split: bool = False) -> None:
    """A figure in a cell of a table of figures takes its row's label, its column's period, unit and scale."""
    table, row, cell = found.table, found.row, found.cell
    column = table.columns[cell.column]
    # the years as rows: the row gives the period, the column's header what the cell counts
    transposed = table.transposed and row.period is not None
    dated = row.period if transposed else column.period
    period = dated.resolve(fiscal_year, split) if dated is not None else None
    label = column.header if transposed else row.label
    unit, scale = table.column_unit(cell.column), table.column_scale(cell.column)
    named = table_words.heading(label) if label else None
    own = row.unit or (named.unit if named is not None else None)
    if own is not None and own != unit:  # "Aantal leden", "Marge (%)", a unit cell "MWh": the row says what it counts
        unit, scale = own, (scale if own == "EUR" else None)
    # a scale the row's label names ("Omzet (x 1.000 euro)", "Resultaat (in duizend euro)") is its cells' own
    scale = row.scale or (named.scale if named is not None and named.unit == "EUR" else None) or scale
    if indicator.unit not in (None, "EUR") or unit not in (None, "EUR"):
        scale = None  # a caption's "duizend euro" scales amounts, never counts or percentages
    day = _row_day(label) if label and period is not None and not split and not transposed else None
    if period is not None:
        indicator.period = period
        # a whole year ("2023", "Vorig boekjaar"): a stock stands on its last day; a day in the row's label
        # ("Leden op 31 december", "Kaspositie (31/12)") is that day of the column's year
        indicator.year_only = len(period) == 4 and period.isdigit()
        if day is not None and indicator.year_only:
            indicator.period, indicator.year_only = f"{period}-{day[0]}", False
    if unit is not None and unit != "count" and indicator.unit is None:
        indicator.unit = unit
    scaled = scale is not None and not any(numbers.multiplier(token.lower_) for token in
                                           doc[figure.number_start:figure.number_end])
    if scaled:
        indicator.value = _times(indicator.value, scale)
        if indicator.value_max is not None:
            indicator.value_max = _times(indicator.value_max, scale)
    if bracketed(cell.text) and indicator.value > 0 and indicator.unit in (None, "EUR") \
            and indicator.raw in cell.text:  # "(610)" in a column of amounts: a cost, written negative
        indicator.value = -indicator.value
        indicator.raw = cell.text
    if label:
        indicator.label = label
        if indicator.match == "derived" and (figure.unit is None or _measured(figure.unit)):
            # a bare number or an amount in a cell: its row says what it is ("| Verhuurde woningen | 131 |"),
            # with the parent row where rows are grouped; a cell that names its own noun keeps its words
            signed = cell.text.lstrip().startswith("+")
            indicator.id = DERIVED + (describe_label(label, None, indicator.unit, False, None, signed) if transposed
                                      else describe_label(day[1] if day is not None else label,
                                                          _group(table, row) or _subject(table, row),
                                                          indicator.unit, row.total, column.header, signed)).key
    where: dict = {"table": table.number, "row": row.label, "parent": row.parent, "column": column.header}
    if transposed:
        where["transposed"] = True
    if unit is not None:
        where["unit"] = unit
    if scale is not None:
        where["scale"] = scale
    if row.total:
        where["total"] = True
    if table.title is not None:
        where["title"] = table.title
    indicator.table = where


_DAY_MONTH = re.compile(r"(?<![\d/.\-])(\d{1,2})/(\d{1,2})(?![\d/.\-]*\d)")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)")


def _row_day(label: str) -> tuple[str, str] | None:
    """The day of the year a row's label names without a year ("Leden op 31 december", "Kaspositie (31/12)"):
    ("12-31", the label without it: "Leden op", "Kaspositie"); None when it names none, or names its year too
    (a header's period, read by extractor/document/tables)."""
    if table_words.heading(label).period is not None:
        return None
    months = table_words.words().months
    named = re.search(rf"\b(\d{{1,2}})\s*({'|'.join(sorted(map(re.escape, months), key=len, reverse=True))})\b\.?",
                      label, re.IGNORECASE)
    found = named or _DAY_MONTH.search(label)
    if found is None:
        return None
    day = int(found.group(1))
    month = months.get(found.group(2).lower()) if named else int(found.group(2))
    if not month or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    rest = _EMPTY_BRACKETS.sub(" ", label[:found.start()] + " " + label[found.end():])
    return f"{month:02d}-{day:02d}", " ".join(rest.split())


def _group(table: Table, row: Row) -> str | None:
    """The parent row that groups the row with some rows of its table and not others; a line over every row
    ("Kerncijfers" over a box) is the table's title, no group."""
    if row.parent is None or all(other.parent == row.parent for other in table.rows if other.cells):
        return None
    return row.parent


def _subject(table: Table, row: Row) -> str | None:
    """What a total row totals where its label names nothing but the total ("Totaal"): the table's title or the
    header cell over its row labels, without its date, unit or scale ("Leden op 31/12/2025": leden). Only a
    label that names nothing takes it (describe_label: a total row that names what it totals keeps its words)."""
    if not row.total:
        return None
    for text in (table.title, table.corner):
        rest = table_words.heading(text).rest if text else ""
        if table_words.WORDLIKE_REST.search(rest):
            return rest
    return None


def _times(value: int | float, scale: int) -> int | float:
    product = value * scale
    return int(round(product)) if abs(product - round(product)) < 1e-6 else product


def _indicator(context: Context, index: int, doc: Doc, figure: Figure, dates: list[DateMention],
               figures: list[Figure]) -> Indicator:
    identity = identify(doc, figure, figures)
    sentence = sentence_of(doc, figure.number_start)
    rule = "number.written" if figure.written else "number.digits"
    if figure.qualifier != "exact":
        rule += f"+qualifier.{figure.qualifier}"
    if figure.unit:
        rule += "+unit"
    location = context.locate_tokens(index, figure.number_start, figure.number_end)
    period, year_only = _period(doc, figure, dates, context.fiscal_year, figures, is_split(context.fiscal_period),
                                context.fiscal_year_end)
    if context.fiscal_year is not None and period == f"../{context.fiscal_year}" \
            and counts_from_founding(sentence.text):
        # "Sinds de oprichting investeerden we 2,1 miljoen euro", the founding year given elsewhere: from it on
        founded = founding_year(context.blocks)
        if founded is not None and founded < context.fiscal_year:
            period = f"{founded}/{context.fiscal_year}"
    return Indicator(
        id=identity.id, label=identity.label, value=figure.value,
        unit=identity.unit if identity.match != "derived" else figure.unit,
        qualifier=figure.qualifier,  # type: ignore[arg-type]
        raw=doc[figure.start:figure.end].text,
        period=period, rule=rule, location=location, sentence=sentence.text.strip(), value_max=figure.value_max,
        match=identity.match, year_only=year_only)


def _period(doc: Doc, figure: Figure, dates: list[DateMention], fiscal_year: int | None,
            figures: list[Figure] = (), split: bool = False, year_end: str | None = None) -> tuple[str | None, bool]:
    """The period the sentence gives the figure: the nearest date before it in its sentence, else after it;
    a date right after another figure is that figure's ("van 16.190 MWh in 2022 naar 17.480 MWh": 17.480 is
    not of 2022). "sinds de lancering" makes it cumulative up to the fiscal year ("../2024"), "sinds 2017"
    from that year ("2017/2024"). A year named from the fiscal year ("vorig jaar", "het vorige boekjaar") is
    that fiscal year ("2021/2022" where fiscal years run across two calendar years), or the day a year before
    the sentence's day ("Op 30 juni 2023 waren het er 1.240, vorig jaar 1.156": 2022-06-30); the day a fiscal
    year closes on ("het boekjaar dat eindigde op 30 juni 2023") names that fiscal year, no day of it. The end of
    a year or month is its last day ("eind 2023": 2023-12-31); the end of the year without a date ("op het einde
    van het jaar", "op balansdatum") the day the fiscal year closes. With the period, whether it names a year only
    (a column's year, "vorig jaar"), where a stock stands on its last day (extractor/figures/periods.py)."""
    sentence = sentence_of(doc, figure.number_start)
    column_year = _column_year(doc, sentence.start, figure.number_start)
    if column_year is not None:
        return column_year, True
    before, after = _dates_before(doc, figure, dates, figures), _dates_after(doc, figure, dates, figures)
    # a date right after the figure is its own, before one earlier in the sentence ("van 57 eind 2023 naar 38
    # eind 2024"); else the nearest before it, else one after it
    right_after = [d for d in after if d.start <= figure.end + 2 or _over(doc, figure, d)]
    if not right_after and fiscal_year is not None:
        relative = _relative_period(doc, figure, before, fiscal_year, split)
        if relative is not None:
            return relative, True
    chosen = right_after[0] if right_after else before[-1] if before else (after[0] if after else None)
    if chosen is not None and chosen.value and len(chosen.value) == 10 and closes_fiscal_year(doc, chosen):
        return fiscal_label(int(chosen.value[:4]), split), False  # "het boekjaar dat eindigde op 30 juni 2023"
    if _cumulative(doc, figure, chosen, before):
        return _cumulative_period(chosen, before, fiscal_year), False
    if chosen is not None and fiscal_year is not None:
        if _compared_with(doc, figure, chosen, after, fiscal_year):
            return f"{chosen.value[:4]}/{fiscal_year}", False  # type: ignore[index]  # "12 % meer dan in 2025"
        if _state_since(doc, chosen, before, sentence.start, fiscal_year, split) or \
                (split and _season_of(doc, chosen, sentence.start, fiscal_year)):
            return None, False  # of the fiscal year (a stock: its closing day)
    if chosen is None and fiscal_year is not None and _at_year_end(doc, figure):
        return closing_day(fiscal_year, split, year_end), False
    return (_own_value(doc, chosen) if chosen else None), False


def _over(doc: Doc, figure: Figure, date: DateMention) -> bool:
    """The year is what the figure is over: "een dividend van 1 % over het boekjaar 2022" (patterns/dates.yaml
    over_words, over_fillers)."""
    words = period_words()
    between = [t.lower_ for t in doc[figure.end:date.start]]
    return date.precision == "year" and bool(between) and between[0] in words.over_words \
        and all(w in words.over_fillers for w in between[1:])


def _own_value(doc: Doc, date: DateMention) -> str | None:
    """The period a date gives: its value, or the last day of the year or month whose end it names ("eind
    2023")."""
    return last_day(doc, date) or date.value


def _at_year_end(doc: Doc, figure: Figure) -> bool:
    """Whether the figure's sentence dates it to the close of the year without a date: a phrase before it ("Op
    het einde van het jaar hadden 1.040 vaste klanten ...") or right after it, no other number between."""
    sentence = sentence_of(doc, figure.number_start)
    lower = lower_words(doc)
    if year_end_phrase(lower, sentence.start, figure.start) is not None:
        return True
    after = year_end_phrase(lower, figure.end, min(sentence.end, figure.end + _AFTER_WINDOW))
    return after is not None and not any(token.text[:1].isdigit() for token in doc[figure.end:after[0]])


def _dates_before(doc: Doc, figure: Figure, dates: list[DateMention], figures: list[Figure]) -> list[DateMention]:
    """The dates of the figure's sentence before it, those right after another figure left out: they are that
    figure's (a percentage's year is the base it is measured against, "15 % tegenover 2022 (61 woningen)": not
    its own)."""
    sentence = sentence_of(doc, figure.number_start)
    inside = [d for d in dates if sentence.start <= d.start < sentence.end and d.value]
    owned = {d.start for d in inside for other in figures if other is not figure and sentence.start
             <= other.start and other.end <= d.start <= other.end + 1 and other.end <= figure.start
             and other.unit not in _SHARES and not _labels_what_follows(doc, d)}
    return [d for d in inside if d.end <= figure.start and d.start not in owned
            and not _bracketed_apart(doc, figure, d, figures, sentence.start, sentence.end)]


def _bracketed_apart(doc: Doc, figure: Figure, date: DateMention, figures: list[Figure], start: int,
                     end: int) -> bool:
    """A date in brackets with a figure of its own, the figure outside them: it dates that figure only ("24
    slaagden (in 2025 waren dat er 22) en 7 vonden werk": neither the 24 nor the 7 is of 2025)."""
    depth, opened = 0, None
    for i in range(start, date.start):
        if doc[i].text == "(":
            depth, opened = depth + 1, i if depth == 0 else opened
        elif doc[i].text == ")" and depth:
            depth -= 1
    if not depth or opened is None:
        return False
    close = next((i for i in range(date.end, end) if doc[i].text == ")"), end)
    if opened < figure.start and figure.end <= close:
        return False  # the figure is in the brackets too
    return any(other is not figure and opened < other.start and other.end <= close for other in figures)


def _dates_after(doc: Doc, figure: Figure, dates: list[DateMention], figures: list[Figure]) -> list[DateMention]:
    """The dates of the figure's sentence close after it that may be its own: not when another number or a
    semicolon stands between ("16.190 MWh, +9,2 % tegenover 2021": the year is that of the change's comparison),
    not a date before a colon, which labels what comes after it ("-/- € 12.500 (2022: € 3.100)": the 3.100 is of
    2022), not one that opens the next clause with a figure of its own."""
    sentence = sentence_of(doc, figure.number_start)
    return [d for d in dates if sentence.start <= d.start < sentence.end and d.value
            and figure.end <= d.start <= figure.end + _AFTER_WINDOW
            and not any(any(ch.isdigit() for ch in token.text) or token.text == ";"
                        for token in doc[figure.end:d.start])
            and not (d.end < len(doc) and doc[d.end].text == ":")
            and not _opens_next_clause(doc, figure, d, figures, sentence.end)
            and not _bracketed_apart(doc, figure, d, figures, sentence.start, sentence.end)]


def _relative_period(doc: Doc, figure: Figure, before: list[DateMention], fiscal_year: int, split: bool
                     ) -> str | None:
    """The period of a year the sentence names from the fiscal year, after the figure ("tegenover 1.980 vorig
    jaar") or before it ("Het vorige boekjaar telde 640"): that fiscal year, or the day a year before the
    sentence's day of this fiscal year ("Op 30 juni 2023 ..., vorig jaar 1.156"); None when it names none."""
    sentence = sentence_of(doc, figure.number_start)
    relative = _relative_after(doc, figure, sentence.end)
    if relative is None:
        relative = _relative_before(doc, figure, sentence.start, before)
    if relative is None:
        return None
    day = next((d for d in reversed(before) if d.precision in ("day", "month") and d.value
                and len(d.value) in (7, 10) and int(d.value[:4]) == fiscal_year
                and not closes_fiscal_year(doc, d)), None)
    if day is not None and relative < 0:  # "Op 30 juni 2023 ..., vorig jaar 1.156": that day last year
        value = _own_value(doc, day) or day.value
        return f"{int(value[:4]) + relative}{value[4:]}"
    return fiscal_label(fiscal_year + relative, split)


def _cumulative(doc: Doc, figure: Figure, chosen: DateMention | None, before: list[DateMention]) -> bool:
    """A figure counted up to now: its sentence says so ("sinds de lancering"), or its date is the year since
    which it is counted ("sinds 2016 al 1,5 miljoen km": from that year on)."""
    sentence = sentence_of(doc, figure.number_start)
    if _says_cumulative(doc, *_clause_of(doc, sentence.start, sentence.end, figure.number_start)) \
            and not cue_of_a_later_figure(lower_words(doc), sentence.start, sentence.end, figure.end,
                                          cumulative_cues()):
        return True
    # a start whose year is written: "sinds maart 2019" counts from then, "sinds oktober" (this year) is the
    # state since a month of the year, no count from a start
    return chosen is not None and chosen in before and chosen.precision in ("year", "month") \
        and chosen.explicit_year and _since_before(doc, chosen, sentence.start)


def _compared_with(doc: Doc, figure: Figure, date: DateMention, after: list[DateMention], fiscal_year: int) -> bool:
    """A change (a percentage, a signed figure) with an earlier year after it that it is measured against ("12 %
    meer dan in 2025", "+4 % tegenover 2024"): the change runs from that year to the fiscal year."""
    if date not in after or date.precision != "year" or not date.value or not date.value[:4].isdigit() \
            or int(date.value[:4]) >= fiscal_year or "/" in date.value:
        return False
    between = [t.lower_ for t in doc[figure.end:date.start]]
    if figure.unit != "%" and doc[figure.number_start].text[:1] not in "+-−" and not _level_change(between):
        return False
    return "," not in between and bool(period_words().comparison_words.intersection(between))


def _level_change(between: list[str]) -> bool:
    """A count or an amount followed by the words that make it a change against an earlier year ("1.850 uur
    opleiding, 240 uur meer dan in 2023": patterns/lexicon.yaml aspects.change.after_levels): the difference
    from that year to the fiscal year, not a level of that year."""
    from extractor.dutch.lexicon import lexicon

    return any(tuple(between[:len(phrase)]) == phrase for phrase in lexicon().change_after_levels)


def _state_since(doc: Doc, date: DateMention, before: list[DateMention], start: int, fiscal_year: int,
                 split: bool) -> bool:
    """A day or month of the fiscal year that starts a state which still holds, a few words after a word such as
    "sinds" or "na" ("Sinds oktober kunnen leden vijf werkbanken gebruiken", "Na de verhoging van januari kost
    een beurt 5 euro"): the figure is of the fiscal year, not of that month."""
    if date not in before or date.precision not in ("day", "month") or not date.value:
        return False
    year = int(date.value[:4])
    if year != fiscal_year and not (split and year == fiscal_year - 1):
        return False
    words = period_words().state_since_words
    return any(doc[i].lower_ in words and not any(t.is_punct or t.like_num for t in doc[i + 1:date.start])
               for i in range(max(start, date.start - _SINCE_REACH), date.start))


def _season_of(doc: Doc, date: DateMention, start: int, fiscal_year: int) -> bool:
    """A season of one of the two calendar years a split fiscal year runs across ("in het najaar van 2025" in the
    report of 2025/2026): a part of the fiscal year, not the calendar year."""
    if date.precision != "year" or not date.value or len(date.value) != 4 or \
            int(date.value) not in (fiscal_year - 1, fiscal_year):
        return False
    seasons = period_words().season_words
    return any(doc[i].lower_ in seasons for i in range(max(start, date.start - 3), date.start))


_SINCE_REACH = 4  # how many words before a date a "since" may stand: "sinds de opening in maart 2019"


def _since_before(doc: Doc, date: DateMention, start: int) -> bool:
    """Whether a word that counts from a start ("sinds") stands a few words before the date, no number or
    punctuation between: "sinds 2016", "sinds de opening in maart 2019" (from that year on)."""
    words = since_words()
    for i in range(max(start, date.start - _SINCE_REACH), date.start):
        if doc[i].lower_ in words and not any(t.is_punct or t.like_num for t in doc[i + 1:date.start]):
            return True
    return False


CLAUSE_BREAKS = frozenset({";"})  # "Vijf wagens werden vervangen; sinds 2018 vervingen we er al 23": two clauses


def _clause_of(doc: Doc, start: int, end: int, at: int) -> tuple[int, int]:
    """The tokens [start, end) of the clause of sentence [start, end) that token `at` stands in: a semicolon
    ends one. A cue of a count since the start binds to its own clause ("12 woningen; sinds de oprichting al 85":
    the 12 is of the year)."""
    for i in range(at - 1, start - 1, -1):
        if doc[i].text in CLAUSE_BREAKS:
            start = i + 1
            break
    for i in range(at, end):
        if doc[i].text in CLAUSE_BREAKS:
            return start, i
    return start, end


def _says_cumulative(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) (a sentence) hold a cue of a figure counted up to now ("sinds de lancering"),
    found once per sentence: each cue is tried only where its first word stands."""
    said: dict[tuple[int, int], bool] = doc.user_data.setdefault(_CUMULATIVE_KEY, {})
    if (start, end) not in said:
        lower = lower_words(doc)[start:end]
        cues = _cues_by_first_word()
        said[(start, end)] = () in cumulative_cues() or any(
            tuple(lower[i:i + len(cue)]) == cue for i, word in enumerate(lower) for cue in cues.get(word, ()))
    return said[(start, end)]


_CUMULATIVE_KEY = "extractor.figures.cumulative"


@cache
def _cues_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    found: dict[str, list[tuple[str, ...]]] = {}
    for cue in cumulative_cues():
        if cue:
            found.setdefault(cue[0], []).append(cue)
    return {word: tuple(cues) for word, cues in found.items()}


def _cumulative_period(chosen: DateMention | None, before: list[DateMention], fiscal_year: int | None) -> str | None:
    """The period of a figure counted up to now: from its year before the fiscal year on ("sinds de oprichting
    in 2017 ... al 97 gezinnen": 2017 to now), else up to its year or the fiscal year ("../2024")."""
    year = chosen.value[:4] if chosen and chosen.value else None
    if year and fiscal_year and int(year) < fiscal_year and chosen in before:
        return f"{year}/{fiscal_year}"
    end = year or (str(fiscal_year) if fiscal_year else None)
    return f"../{end}" if end else None


def _opens_next_clause(doc: Doc, figure: Figure, date: DateMention, figures: list[Figure], end: int) -> bool:
    """A date after a comma that opens a clause with a figure of its own is that figure's ("371 aandeelhouders,
    eind 2022 waren dat er 350": the 350 is of 2022, not the 371)."""
    if not any(token.text == "," for token in doc[figure.end:date.start]):
        return False
    return any(date.end <= other.start <= date.end + _CLAUSE_WORDS + 1 and other.start < end
               and not any(token.text in (",", ";") for token in doc[date.end:other.start]) for other in figures)


def _labels_what_follows(doc: Doc, date: DateMention) -> bool:
    """A date in brackets or before a colon names the period of the figure after it ("€ 12.500 (2022: € 3.100)")."""
    return (date.start > 0 and doc[date.start - 1].text == "(") or (date.end < len(doc) and doc[date.end].text == ":")


def _relative_after(doc: Doc, figure: Figure, end: int) -> int | None:
    """The years from the fiscal year that a phrase right after the figure names ("1.980 vorig jaar", "1.980
    in het jaar daarvoor"), with at most one word between; None when there is none. A phrase before a colon or
    a number labels the figure after it ("31 medewerkers (vorig jaar: 29)", "702 vennoten, vorig jaar 640": the
    first is this year's)."""
    lower = lower_words(doc)
    for i in range(figure.end, min(figure.end + 2, end)):
        if (found := relative_year(lower, i)) is not None and found[1] + i <= end:
            following = lower[found[1] + i:min(found[1] + i + 2, end)] + ["", ""]
            labels_next = following[0] == ":" or following[0][:1].isdigit() or \
                (not following[0][:1].isalnum() and following[1][:1].isdigit())  # "(vorig jaar € 3.100)"
            return None if labels_next else found[0]
        if lower[i][:1].isdigit() or lower[i] == ";":
            break  # "29 klanten; een jaar eerder waren dat er 23": the next clause's figure is last year's
    return None


def _relative_before(doc: Doc, figure: Figure, start: int, before: list[DateMention]) -> int | None:
    """The years from the fiscal year that a phrase before the figure in its clause names, with no date or other
    number between, where the phrase opens the sentence or a clause, a few words before the figure at most ("...
    aangesloten, vorig jaar 1.156", "(vorig jaar: 320)", "Het vorige boekjaar telde 640 vennoten"); never after a
    word that makes it the base of a comparison ("meer dan vorig jaar", "tegenover vorig jaar": this year's)."""
    lower = lower_words(doc)
    latest = max((d.end for d in before), default=start)
    for i in range(figure.start - 1, max(start, latest) - 1, -1):
        word = lower[i]
        if word[:1].isdigit() or word in (";", "."):
            return None
        found = relative_year(lower, i)
        if found is None:
            continue
        while i - 1 >= start and (longer := relative_year(lower, i - 1)) is not None and \
                longer[1] == found[1] + 1:  # "het vorige boekjaar" around "vorige boekjaar"
            i, found = i - 1, longer
        offset, length = found
        between = [w for w in lower[i + length:figure.start] if w not in (":", ",")]
        opens = i == start or lower[i - 1] in (",", ";", ":", "(") or \
            (i - 1 == start and doc[i - 1].is_title)  # "Het vorige boekjaar"
        if between == ["("] and not doc[figure.start].text[:1] in ("+", "-"):
            return offset  # the base's own value in brackets right after it: "64 meer dan een jaar eerder (402)"
        return offset if opens and len(between) <= _CLAUSE_WORDS else None
    return None


_CLAUSE_WORDS = 4  # "Het vorige boekjaar telde 640 vennoten": the phrase opens the figure's clause, a few words before it


def _column_year(doc: Doc, start: int, at: int) -> str | None:
    """The year heading the column of a figure in a Markdown table ("| Post | 2022 | 2023 |"): its period."""
    if "|" not in lower_words(doc)[start:at]:
        return None  # no table: the common case, decided without the Doc's text (which is made anew each time)
    begin, here = doc[start].idx, doc[at].idx
    text = doc.text[begin:here]
    separator = _TABLE_SEPARATOR.search(text)
    if separator is None or "|" not in text[:separator.start()]:
        return None
    header = text[:separator.start()].strip().strip("|").split("|")
    boundaries = list(_ROW_BOUNDARY.finditer(text, separator.start()))
    if not boundaries:
        return None
    row = text[boundaries[-1].end() - 1:]
    column = row.count("|")
    if 0 < column <= len(header) and numbers.is_year(header[column - 1].strip()):
        return header[column - 1].strip()
    return None


_TABLE_SEPARATOR = re.compile(r"\|\s*:?-{3,}:?\s*\|")
_ROW_BOUNDARY = re.compile(r"\|\s+\|")


def _run(window: Window) -> None:
    window.found.indicators += recognise(window.context, _not_of_laws(window.dates, window.found.references))


def _not_of_laws(dates: DatesByBlock, found: list) -> DatesByBlock:
    """The dates that may date a figure: not the date of an act or decree the text cites ("wet van 20 juli
    1955"), which names the law, never the year a figure is for."""
    laws = [(f.block, f.start, f.end) for f in found if getattr(f.record, "date", None)]
    if not laws:
        return dates
    return {index: [d for d in mentions if not any(block == index and start <= d.start < end
                                                   for block, start, end in laws)]
            for index, mentions in dates.items()}


RECOGNISER = Recogniser("indicators", _run)
