"""Tables whose figures are put in columns by where they stand: cells apart by spaces or leader dots (and a
PDF's rows, which its reader writes so); the boxes of key figures and "label: value" lines are boxes.py's."""

from __future__ import annotations

import re

from collections.abc import Callable
from dataclasses import dataclass, field

from extractor.document.model import SourceLine
from extractor.document.tables import words
from extractor.document.tables.boxes import box_at
from extractor.document.tables.cards import cards_at
from extractor.document.tables.fragments import carry_header
from extractor.document.tables.cells import (LABEL_LINE, LEADER, Split, bare, empty_cell, is_figure_cell, reference_cell,
                                             trimmed)
from extractor.document.tables.kinds import DATA, Kind, classify, next_line
from extractor.document.tables.model import Cell, Column, Row, Table


def aligned_tables(lines: list[SourceLine], taken: set[int]) -> list[Table]:
    kinds = [Kind("other") if i in taken else classify(i, line) for i, line in enumerate(lines)]
    _wrapped_headers(kinds)
    _headers_over_columns(kinds, lines)
    _headers_cut_at_gaps(kinds, lines)
    _headers_over_year_rows(kinds)
    _figures_apart_from_labels(kinds, lines)
    tables: list[Table] = []
    i = 0
    while i < len(kinds):
        table, end = _table_from(kinds, i)
        if table is None and tables and _fragment(tables[-1], kinds, lines, i):
            i += 1
            continue
        if table is not None:
            _late_header(table, kinds, lines, end)
            if tables:
                _continued(tables[-1], table, kinds, lines)
                carry_header(tables[-1], table, kinds, lines)  # a later fragment of one statement (fragments.py)
            tables.append(table)
            for line in {line for row in table.rows for line in row.lines if line >= end}:
                kinds[line] = Kind("blank")  # (PDF) a box of the row that the reader gave after other lines
            i = end
        else:
            i += 1
    return tables


def _undated(table: Table, scale_only: bool = False) -> bool:
    """A space-aligned table with no header over its columns; `scale_only`: a header line that gave only the
    whole table's unit or scale ("(x EUR 1.000)" alone over the row labels) leaves it undated."""
    return table.shape == "aligned" and (not table.header or scale_only) \
        and all(not c.header and c.period is None for c in table.columns)


def _first_row(table: Table) -> Row | None:
    return next((row for row in table.rows if row.cells), None)


def _column_spans(table: Table, lines: list[SourceLine]) -> list[tuple[float, float]]:
    """(PDF) Where each column's figures stand across the page: the leftmost left edge, the rightmost right."""
    spans: dict[int, tuple[float, float]] = {}
    for row in table.rows:
        for cell in row.cells:
            x0, x1 = _left(lines[cell.line], cell.start), _right(lines[cell.line], cell.end)
            old = spans.get(cell.column, (x0, x1))
            spans[cell.column] = (min(old[0], x0), max(old[1], x1))
    return [spans.get(k, (0.0, 0.0)) for k in range(len(table.columns))]


def _late_header(table: Table, kinds: list[Kind], lines: list[SourceLine], end: int) -> None:
    """(PDF) A table without a header whose header line the reader gave after its rows, further down its page's
    lines (it stands over the first row, "Omschrijving 2024-2025 (EUR) 2023-2024 (EUR)"): that line, cut at
    its widest gaps over the columns (the words left of the figures the corner over the row labels), is its header
    (was: every column "", each cell the fiscal year)."""
    first = _first_row(table)
    if not _undated(table, scale_only=True) or first is None or lines[first.lines[0]].char_boxes is None \
            or len(table.columns) < 2:
        return
    top = kinds[first.lines[0]]
    spans = _column_spans(table, lines)
    for j in range(end, len(kinds)):
        late = kinds[j]
        if late.page is not None and top.page is not None and late.page > top.page:
            return  # the reader gives what it put out of order at the end of the page
        if late.kind not in ("other", "label", "labels", "header") or late.split is None or late.page != top.page \
                or late.bottom is None or top.top is None or late.top is None or late.bottom > top.top + 1.0 \
                or top.top - late.bottom > 3 * (late.bottom - late.top):
            continue
        line = lines[late.split.index]
        found = [(m.start(), m.end()) for m in re.finditer(r"\S+", line.text)]
        over = [w for w in found if _left(line, w[0]) >= spans[0][0] - 4 * (late.bottom - late.top)]
        if not over:
            continue
        cells = _cut_at_gaps(line, (over[0][0], over[-1][1]), len(table.columns))
        if cells is None:
            if _late_groups(table, line, (over[0][0], over[-1][1]), spans):
                table.header += [(late.split.index, a, b) for a, b in over]
                late.kind = "blank"
                return
            continue
        table.header += [(late.split.index, a, b) for a, b, _ in cells]
        if over[0] != found[0] and (corner := trimmed(line.text, found[0][0], over[0][0])) is not None:
            table.header.append((late.split.index, corner[0], corner[1]))
            table.corner = corner[2]
        for column, (_, _, text) in zip(table.columns, cells):
            head = words.heading(text)
            column.header, column.period, column.unit, column.scale = text, head.period, head.unit, head.scale
        late.kind = "blank"
        _corner_apart(table, kinds, late)
        return


def _late_groups(table: Table, line: SourceLine, span: tuple[int, int], spans: list[tuple[float, float]]) -> bool:
    """(PDF) A late header of fewer periods than columns ("2024 2023" over a statement whose amounts are
    stair-stepped: each year a detail column left of its subtotal column, the year over neither exactly): each
    period over its own run of as many columns (_spread_over_groups), where it stands over that run; whether it
    was read so."""
    columns = table.columns
    for count in range(len(columns) - 1, 1, -1):
        if len(columns) % count:
            continue
        cells = _cut_at_gaps(line, span, count)
        if cells is None or not all(words.heading(text).period is not None for _, _, text in cells):
            continue
        rights = [right for _, right in spans]
        run = len(columns) // count
        places = [_header_column(_left(line, a), _right(line, b), rights) for a, b, _ in cells]
        if [place // run for place in places] != list(range(count)):
            return False
        for place, (_, _, text) in zip(places, cells):
            head = words.heading(text)
            columns[place].header, columns[place].period = text, head.period
            columns[place].unit, columns[place].scale = head.unit, head.scale
        _spread_over_groups(columns, [(place, text) for place, (_, _, text) in zip(places, cells)])
        return True
    return False


def _corner_apart(table: Table, kinds: list[Kind], late: Kind) -> None:
    """(PDF) The table's first line, a label without figures on the height of the header line the reader gave
    after the rows ("Omschrijving" over the row labels, given alone before them): the corner over the row labels,
    no row and no title of the table."""
    first = table.rows[0] if table.rows else None
    if first is None or first.cells or table.corner is not None or len(first.lines) != 1:
        return
    line = kinds[first.lines[0]]
    if line.top is None or late.top is None or abs(line.top - late.top) > 1.0 or line.split is None:
        return
    table.rows.pop(0)
    table.corner = first.label
    table.header.append((line.split.index, line.split.cells[0][0], line.split.cells[0][1]))
    if table.title == first.label:
        table.title = None
    for row in table.rows:
        if row.parent == first.label:
            row.parent = None


FRAGMENT_SLACK = 3.0  # points: a figure of a row at a page's top stands in a column of the table before within this


def _fragment(before: Table, kinds: list[Kind], lines: list[SourceLine], i: int) -> bool:
    """(PDF) A row alone at the top of a page, prose under it, right after a table with a header that ran to the
    foot of the page before: the last row of that table, broken off by the page (was: no table, so its figures had
    no column, period or unit). Its figures stand in that table's columns, one in each; it is added to it."""
    row = kinds[i]
    last = next((r for r in reversed(before.rows) if r.cells), None)
    if row.kind != "row" or row.split is None or last is None or before.shape != "aligned" \
            or all(not c.header for c in before.columns) or lines[row.split.index].char_boxes is None:
        return False
    a = kinds[last.lines[-1]]
    if a.page is None or row.page != a.page + 1 or len(row.split.cells) - 1 != len(before.columns):
        return False
    if any(kinds[k].kind != "blank" and not (kinds[k].page == a.page and kinds[k].top is not None and a.top is not None
                                             and kinds[k].top < a.top)
           for k in range(max(last.lines) + 1, i)):
        return False  # a line between them: text after the table, another table's
    spans = _column_spans(before, lines)
    if not all(abs(x0 - span[0]) <= FRAGMENT_SLACK or abs(x1 - span[1]) <= FRAGMENT_SLACK
               for x0, x1, span in zip(row.split.x0[1:], row.split.x1[1:], spans)):
        return False
    cells = [Cell(row.split.index, start, end, column, text)
             for column, (start, end, text) in enumerate(row.split.cells[1:])]
    before.rows.append(Row(bare(row.split.cells[0][2]), None, cells, [row.split.index]))
    row.kind = "blank"
    return True


def _continued(before: Table, table: Table, kinds: list[Kind], lines: list[SourceLine]) -> None:
    """(PDF) A table without a header at the top of a page, right after a table that ran to the foot of the page
    before with as many columns: the rest of that table, whose columns' headers, periods, units and scales are its
    own (was: every column "", each cell the fiscal year, and the unit of a caption further up)."""
    first, last = _first_row(table), next((row for row in reversed(before.rows) if row.cells), None)
    if not _undated(table) or first is None or last is None or len(before.columns) != len(table.columns) \
            or before.shape != "aligned" or all(not c.header for c in before.columns):
        return
    a, b = kinds[last.lines[-1]], kinds[first.lines[0]]
    if a.page is None or b.page != a.page + 1:
        return
    between = range(max(last.lines) + 1, min(first.lines))
    if any(kinds[k].kind not in ("blank",) and not (kinds[k].page == a.page and kinds[k].top is not None
                                                    and a.top is not None and kinds[k].top < a.top)
           for k in between):
        return  # a line between them: text after the table, another table's
    table.columns = [Column(c.header, c.period, c.unit, c.scale) for c in before.columns]
    table.unit, table.scale, table.corner = before.unit, before.scale, before.corner


def _table_from(kinds: list[Kind], i: int) -> tuple[Table | None, int]:
    """The table that starts at line i (a box of label and figure lines, or a run of header lines, then rows with
    label lines and blank lines between them), with the line after it; None with the next line where none does."""
    kind = kinds[i].kind
    if kind in ("colon", "loose", "label", "header"):
        cards = cards_at(kinds, i)
        if cards is not None:
            return cards
    if kind == "colon" or kind in ("loose", "label", "labels"):
        box = box_at(kinds, i)
        if box is not None:
            return box
    if kind not in ("header", "row", "label"):
        return None, i + 1
    members = _members(kinds, i)
    if not _enough_rows(members):
        return None, i + 1
    end = members[-1].split.index + 1  # type: ignore[union-attr]
    leaders = any(LEADER.search(m.line) for m in members if m.kind == "row")
    return _positional(members, "leaders" if leaders else "aligned"), end


@dataclass
class _Run:
    """What `_members` has seen of a table's lines: the blank lines since its last member, whether a row came,
    whether the rows have leader dots."""

    blanks: int = 0
    seen_row: bool = False
    leaders_seen: bool = False


def _members(kinds: list[Kind], i: int) -> list[Kind]:
    """The lines of the table that starts at line i, up to the first that cannot be one of it (or too many blank
    lines: a header may stand further above the first row), the lines without data taken off its end."""
    members: list[Kind] = []
    run = _Run()
    j = i
    while j < len(kinds):
        if kinds[j].kind == "blank":
            # (PDF) a line blank but for a rule of characters, or the empty half of a two-sided statement's line
            # (sides.py: "Totaal passiva" at the foot of the shorter side, across from the longer side's rows) is
            # no gap between two tables: the PDF reader writes no blank lines, only a text file's blank lines part
            run.blanks += 0 if kinds[j].page is not None else 1
            if run.blanks > (2 if run.seen_row else 4):  # a header may stand further above the first row
                break
            j += 1
            continue
        if not _joins(kinds, j, members, run):
            break
        members.append(kinds[j])
        run.blanks = 0
        j += 1
    while members and members[-1].kind not in DATA + ("more",):
        members.pop()
    return members


def _joins(kinds: list[Kind], j: int, members: list[Kind], run: _Run) -> bool:
    """Whether line j (no blank line) goes on the table of `members`; a header row again is marked "repeat", a
    label line that goes on the row label over it "more"."""
    k = kinds[j].kind
    if members and _higher(members[-1], kinds[j]):
        return False  # (PDF) a line higher on the page than the table's last: the reader went on elsewhere
    if k == "header" and run.seen_row and _scale_caption(kinds, j) and _tighter(kinds[j], members) is not True:
        kinds[j].kind = "caption"  # "(bedragen in duizend euro)", "in %" between the rows: the rows under it are so
        return True
    if k == "header" and run.seen_row and not run.blanks and _continues(kinds[j], members):
        k = kinds[j].kind = "more"  # the rest of a row's label that is a header's word ("... van het" / "boekjaar")
    if k == "header" and run.seen_row:
        if not _repeated_header(kinds[j], members):
            return False
        kinds[j].kind = "repeat"  # the header row again, over the rest of the table on the next page
    if k in ("row", "loose"):
        leader = bool(LEADER.search(kinds[j].line))
        if run.seen_row and k == "row" and leader != run.leaders_seen:
            return False  # leader dots after columns, or columns after leader dots: another table
        run.leaders_seen = leader if k == "row" else run.leaders_seen
        run.seen_row = True
    elif k == "more" or k == "label" and not run.blanks and _continues(kinds[j], members):
        kinds[j].kind = "more"  # the row label over it goes on on this line
    elif k == "label":
        following = next_line(kinds, j, 2)
        if following is None or kinds[following].kind not in ("row", "label", "loose"):
            return False
    elif k not in ("header", "under"):
        return False
    return True


def _scale_caption(kinds: list[Kind], j: int) -> bool:
    """Line j, after a table's rows, says only a unit or a scale, no period ("(bedragen in duizend euro)",
    "(x € 1.000)", "in %"), and rows follow it: a caption row inside the table, over the rows under it (a
    word processor's table with its counts over its amounts), that neither ends the table nor heads new columns."""
    split = kinds[j].split
    if split is None or len(split.cells) != 1 or not words.is_header_cell(split.cells[0][2]):
        return False
    head = words.heading(split.cells[0][2])
    if head.period is not None or (head.unit is None and head.scale is None):
        return False
    following = next_line(kinds, j)
    return following is not None and kinds[following].kind in ("row", "label")


def _enough_rows(members: list[Kind]) -> bool:
    """Whether the lines make a table: two rows or more, or one under a header; none that opens on a loose line,
    nor on a label line without a header over fewer than two rows."""
    rows = [m for m in members if m.kind == "row"]
    headers = [m for m in members if m.kind == "header"]
    if not rows or (len(rows) < 2 and not headers) or (members and members[0].kind == "loose"):
        return False
    return not (members[0].kind == "label" and not headers and len(rows) < 2)


def _higher(above: Kind, line: Kind) -> bool:
    """(PDF) `line` stands higher on the same page than `above`, the line the reader gave before it."""
    return above.page == line.page and above.top is not None and line.top is not None and line.top < above.top - 1.0


def _wrapped_headers(kinds: list[Kind]) -> None:
    """Header cells that wrap onto a second line ("Vorig" over "boekjaar", "31 december" over "2023"): the
    second line's cells join the cells they stand under, and the first line is the header when every cell
    but the first then says a period, unit or scale; the second line is kept as "under" (its text is header)."""
    for first, second in zip(kinds, kinds[1:]):
        if first.kind not in ("labels", "label", "header", "other", "loose") or second.kind != "header" \
                or first.page != second.page or first.split is None:
            continue
        a, b = first.split, second.split
        assert a is not None and b is not None
        if not all(any(bx0 < ax1 and ax0 < bx1 for ax0, ax1 in zip(a.x0, a.x1)) for bx0, bx1 in zip(b.x0, b.x1)):
            continue
        cells = []
        for (start, end, text), ax0, ax1 in zip(a.cells, a.x0, a.x1):
            under = [t for (_, _, t), bx0, bx1 in zip(b.cells, b.x0, b.x1) if bx0 < ax1 and ax0 < bx1]
            cells.append((start, end, " ".join([text] + under)))
        texts = [text for _, _, text in cells]
        if len(texts) < 2 or not all(words.is_header_cell(text) for text in texts[1:]) or texts == a.texts() \
                or (first.kind == "loose" and not words.is_header_cell(texts[0])):  # "31 december" looks a figure
            continue
        first.kind, first.split = "header", Split(a.index, cells, a.x0, a.x1, a.indent)
        second.kind = "under"


EDGE_SLACK = 3.0  # points (PDF) or characters (text): a header's right edge and its column's are one edge


def _headers_over_columns(kinds: list[Kind], lines: list[SourceLine]) -> None:
    """A line over the figures of the rows under it whose words, cut at the spaces that stand at the right edges
    of those figures' columns, are one period, unit or scale over each column: its header ("Boekjaar Vorig
    boekjaar", each set right at its column's edge by a tab stop, with one space between them)."""
    for k, kind in enumerate(kinds):
        if kind.kind not in ("label", "labels") or kind.split is None or len(kind.split.cells) != 1:
            continue
        row = next((m for m in kinds[k + 1:k + 5] if m.kind == "row"), None)
        if row is None or row.split is None or row.page != kind.page or len(row.split.cells) < 3:
            continue
        edges = row.split.x1[1:]
        start, end, text = kind.split.cells[0]
        if kind.split.x0[0] <= row.split.x1[0] or abs(kind.split.x1[0] - edges[-1]) > EDGE_SLACK:
            continue  # not over the figures alone, or not set right at the last column's edge
        line = lines[kind.split.index]
        cuts = []
        for edge in edges[:-1]:
            at = next((p for p in range(start + 1, end) if line.text[p] == " " and line.text[p - 1] != " "
                       and abs(_right(line, p) - edge) <= EDGE_SLACK), None)
            if at is None:
                break
            cuts.append(at)
        if len(cuts) != len(edges) - 1:
            continue
        bounds = [start] + cuts + [end]
        cells = [c for a, b in zip(bounds, bounds[1:]) if (c := trimmed(line.text, a, b)) is not None]
        if len(cells) != len(edges) or not all(words.is_header_cell(c[2]) for c in cells):
            continue
        x0 = [_left(line, a) for a, _, _ in cells]
        x1 = [_right(line, b) for _, b, _ in cells]
        kind.kind, kind.split = "header", Split(kind.split.index, cells, x0, x1, kind.split.indent)


def _headers_cut_at_gaps(kinds: list[Kind], lines: list[SourceLine]) -> None:
    """(PDF) A line of one cell over the figures of the rows under it, whose header cells the reader joined with
    single spaces (centred in cells as wide as their text: LibreOffice's HTML tables, "2024-2025 (MWh) 2023-2024
    (MWh) Evolutie (%)"): cut at the widest spaces into as many cells as there are columns of figures, when each
    piece is then a header cell (a period, unit or scale; a change "Evolutie (%)") and two name a period. A label
    alone beside it at the same height ("Omschrijving", the cell over the row labels) is of the header too."""
    for k, kind in enumerate(kinds):
        if kind.kind not in ("other", "label", "labels") or kind.split is None \
                or lines[kind.split.index].char_boxes is None:
            continue
        row = next((m for m in kinds[k + 1:k + 4] if m.kind == "row"), None)
        if row is None or row.split is None or row.page != kind.page or row.top is None or kind.top is None \
                or row.top <= kind.top:
            continue
        columns = sum(1 for c in range(1, len(row.split.cells)) if _unit_of(row.split.cells[c][2]) is None)
        if columns < 2:
            continue
        line = lines[kind.split.index]
        span = (kind.split.cells[0][0], kind.split.cells[-1][1])
        corner = None
        if kind.split.x0[0] <= row.split.x1[0]:
            # the corner cell over the row labels on the header's line too, joined to its cells or apart ("Omschrijving
            # 2025-2026 (aantal) 2024-2025 (aantal) Evolutie (%)"): the words that start left of the first figure's
            # column are it
            first = min(row.split.x0[1:]) - (row.bottom - row.top if row.bottom is not None else 0.0)
            over = [m.start() + span[0] for m in re.finditer(r"\S+", line.text[span[0]:span[1]])
                    if _left(line, m.start() + span[0]) >= first]
            if not over or over[0] == span[0]:
                continue
            corner = trimmed(line.text, span[0], over[0])
            if corner is None or words.is_header_cell(corner[2]) or not LABEL_LINE.match(corner[2]):
                continue  # not a label over the row labels
            span = (over[0], span[1])
        if sum(1 for a, _, _ in kind.split.cells if a >= span[0]) >= columns:
            continue  # cut in cells already
        cells = _cut_at_gaps(line, span, columns)
        if cells is None:
            continue
        x0 = [_left(line, a) for a, _, _ in cells]
        x1 = [_right(line, b) for _, b, _ in cells]
        if corner is not None:  # the cell over the row labels: the table's corner
            cells, x0, x1 = [corner] + cells, [_left(line, corner[0])] + x0, [_right(line, corner[1])] + x1
        kind.kind, kind.split = "header", Split(kind.split.index, cells, x0, x1, kind.split.indent)
        for other in (kinds[k - 1] if k else None, kinds[k + 1] if k + 1 < len(kinds) else None):
            if other is not None and other.kind == "label" and other.split is not None and other.top is not None \
                    and abs(other.top - kind.top) < 1.0 and other.split.x1[0] < x0[0]:
                other.kind = "under"  # the corner cell over the row labels, on the header's height


def _headers_over_year_rows(kinds: list[Kind]) -> None:
    """A line of labels right over rows labelled by a year alone, one label over each of their cells ("Jaar
    Opbrengsten €   Kosten €   saldo *" over "2026   48.000   46.500   1.500"): the header of a table whose rows
    are years, each label the quantity of its column (tables/__init__._transpose); the first, over the years, its
    corner. A line of labels over rows labelled by words stays what it was (group labels, a sentence's words)."""
    for k, kind in enumerate(kinds):
        if kind.kind != "labels" or kind.split is None:
            continue
        following = next_line(kinds, k)
        row = kinds[following] if following is not None else None
        if row is None or row.kind != "row" or row.split is None or row.page != kind.page \
                or len(row.split.cells) != len(kind.split.cells) or not words.is_year_label(row.split.cells[0][2]):
            continue
        kind.kind = "header"


STUCK_NEIGHBOURS = 3  # rows over and under a row whose first figure stuck to its label, to see its column by
EDGE_MATCH = 2.0  # points: a figure's edge and its column's edge in another row are one edge when this close


def _figures_apart_from_labels(kinds: list[Kind], lines: list[SourceLine]) -> None:
    """(PDF) A row whose first figure the reader joined to its label with one space (a label as wide as its cell,
    LibreOffice's HTML tables: "Waterverbruik 8.410   7.960"): the figure is a cell of its own where it stands in
    a column of figures of the rows around it (its left or right edge on theirs), the label's last word a figure.
    Was: the label "Waterverbruik 8.410", the row one figure short."""
    for k, kind in enumerate(kinds):
        if kind.kind != "row" or kind.split is None or lines[kind.split.index].char_boxes is None:
            continue
        start, end, text = kind.split.cells[0]
        head, _, last = text.rpartition(" ")
        if not head or not is_figure_cell(last) or is_figure_cell(head) or not head.strip():
            continue
        line = lines[kind.split.index]
        at = start + len(head) + 1
        x0, x1 = _left(line, at), _right(line, end)
        others = [m.split for m in kinds[max(0, k - STUCK_NEIGHBOURS):k + STUCK_NEIGHBOURS + 1]
                  if m is not kind and m.kind == "row" and m.split is not None and m.page == kind.page]
        if not any(abs(o.x0[c] - x0) <= EDGE_MATCH or abs(o.x1[c] - x1) <= EDGE_MATCH
                   for o in others for c in range(1, len(o.cells))) \
                or any(o.x1[0] >= x0 for o in others):
            continue  # no column of figures of the rows around it there, or a label of theirs reaches that far
        label = trimmed(line.text, start, start + len(head))
        assert label is not None
        split = kind.split
        kind.split = Split(split.index, [label, (at, end, last)] + split.cells[1:],
                           [split.x0[0], x0] + split.x0[1:], [_right(line, label[1]), x1] + split.x1[1:], split.indent)


MAX_HEADER_WORDS = 16  # a header line cut at its gaps holds this many words at most


def _cut_at_gaps(line: SourceLine, span: tuple[int, int], columns: int) -> list[tuple[int, int, str]] | None:
    words_ = [(found.start() + span[0], found.end() + span[0])
              for found in re.finditer(r"\S+", line.text[span[0]:span[1]])]
    if len(words_) < columns or len(words_) > MAX_HEADER_WORDS:
        return None
    gaps = [_left(line, b[0]) - _right(line, a[1]) for a, b in zip(words_, words_[1:])]
    order = sorted(range(len(gaps)), key=lambda g: gaps[g], reverse=True)
    cuts = sorted(order[:columns - 1])
    if columns > 1 and len(order) >= columns and gaps[order[columns - 2]] <= gaps[order[columns - 1]]:
        return None  # no gap tells the cells apart from the spaces within them
    bounds = [0] + [g + 1 for g in cuts] + [len(words_)]
    pieces = [(words_[a][0], words_[b - 1][1], line.text[words_[a][0]:words_[b - 1][1]])
              for a, b in zip(bounds, bounds[1:])]
    if not all(words.is_header_cell(t) or words.is_change_header(t) for _, _, t in pieces) \
            or sum(1 for _, _, t in pieces if words.heading(t).period is not None) < 2:
        return None
    return pieces


def _right(line: SourceLine, end: int) -> float:
    """The right edge of the text of a line that ends before column `end`: its last character's box (PDF), or
    `end` itself (text)."""
    boxes = line.char_boxes
    if boxes is None:
        return float(end)
    for p in range(end - 1, -1, -1):
        if boxes[p] is not None:
            return boxes[p].x1  # type: ignore[union-attr]
    return float(end)


def _left(line: SourceLine, start: int) -> float:
    boxes = line.char_boxes
    if boxes is None:
        return float(start)
    for p in range(start, len(boxes)):
        if boxes[p] is not None:
            return boxes[p].x0  # type: ignore[union-attr]
    return float(start)


def _repeated_header(header: Kind, members: list[Kind]) -> bool:
    """A header line that says again what a header line of the table said (a header row repeated at the top
    of each page the table runs over)."""
    said = [" ".join(m.split.texts()) for m in members if m.kind == "header" and m.split is not None]
    return header.split is not None and " ".join(header.split.texts()) in said


INDENT_SLACK = 0.5  # points (PDF) or characters (text): two labels start in one place when this close
WRAP_TIGHTER = 0.3  # points: a label's next line in its cell stands this much closer than the next row does


def _continues(label: Kind, members: list[Kind]) -> bool:
    """A line of a label alone, right under a row with a label (or a line that goes on with it), is the rest of
    that row's label, wrapped in its cell: it starts in lower case ("Omzet uit de verkoop / van pakketten"), or
    (PDF) it stands closer to the line over it than the rows of the table stand to the row or label over them
    (not to a header: the first row's distance from the header says nothing of the rows', so "Kosten" under
    "Bedrijfsopbrengsten", the first row, is a group label, no wrap); never when it starts further left than that
    row's label (a group label under an indented row). (A blank line over it: never; the caller sees to that.)"""
    if not members or members[-1].kind not in ("row", "more") or label.split is None or len(label.split.cells) != 1:
        return False
    text = label.split.cells[0][2]
    gap = _gap(members[-1], label)
    rows = _row_gaps(members)
    tighter = bool(_tighter(label, members))
    if members[-1].split is not None and label.split.indent < members[-1].split.indent - INDENT_SLACK:
        # set further left than the label over it: a group label ("Vlottende activa"), no wrap; unless it goes on
        # in lower case, closer than the rows stand (an indented sub-row's label wrapped to its cell's left edge)
        return text[:1].islower() and (gap is None or not rows or tighter)
    if text[:1].islower():
        return True
    return tighter


def _row_gaps(members: list[Kind]) -> list[float]:
    """(PDF) How far each row of the table stands under the row or label over it, sorted."""
    gaps = [_gap(members[k - 1], m) for k, m in enumerate(members)
            if k and m.kind == "row" and members[k - 1].kind in ("row", "more", "label")
            and _adjacent(members[k - 1], m)]
    return sorted(g for g in gaps if g is not None)


def _tighter(line: Kind, members: list[Kind]) -> bool | None:
    """(PDF) Whether `line` stands closer to the table's last line than the rows stand to the lines over them (a
    label wrapped in its cell); None where the places are not known (a text file)."""
    gap, rows = _gap(members[-1], line) if members else None, _row_gaps(members)
    if gap is None or not rows:
        return None
    return gap < rows[len(rows) // 2] - WRAP_TIGHTER


def _adjacent(above: Kind, below: Kind) -> bool:
    """No line between the two (an unreadable heading between two rows, passed over as a blank line, makes
    their distance no row spacing)."""
    return above.split is None or below.split is None or below.split.index == above.split.index + 1


def _gap(above: Kind, below: Kind) -> float | None:
    if above.bottom is None or below.top is None or above.page != below.page:
        return None
    return below.top - above.bottom


def _positional(members: list[Kind], shape: str) -> Table:
    """Rows whose figures are put in columns by where they stand across the page (their right edges)."""
    centres, tolerance, by_left = _column_centres([m.split for m in members if m.kind in DATA])
    columns = [Column("") for _ in centres]
    table = Table(0, shape, columns, [], [])

    def column_of(x0: float, x1: float) -> int:
        return min(range(len(centres)), key=lambda k: abs(centres[k] - (x0 if by_left else x1)))

    members = _take_captions(table, members)
    for member in members:
        if member.kind in ("repeat", "under") and member.split is not None:
            table.header += [(member.split.index, start, end) for start, end, _ in member.split.cells]
    headers = [m.split for m in members if m.kind == "header" and m.split is not None]
    for split in headers:
        if _over_dated_columns(split, headers):
            table.header += [(split.index, start, end) for start, end, _ in split.cells]
            continue
        _read_header(table, split, centres, tolerance)
    _spread_one_period(columns)
    body = [m for m in members if m.kind not in ("header", "repeat", "under")]
    _rows(table, body, column_of)
    _title(table, body)
    return table


def _column_centres(data: list[Split | None]) -> tuple[list[float], float, bool]:
    """Where the columns of figures stand (the mean right edge of each cluster of cells' right edges, a row's
    label left out), how far apart two edges of one column may be (60 % of the median cell's width, 2 at
    least), and whether the columns are told by their left edges instead: figures set left in their cells (a
    browser's default) share their left edges, fewer clusters than their right ones; a short "7" among "741"
    and "231" is of their column either way."""
    edges: list[tuple[float, float]] = []
    for split in data:
        assert split is not None
        start = 1 if split.cells and not is_figure_cell(split.cells[0][2]) and not empty_cell(split.cells[0][2]) \
            and (len(split.cells) > 1) else 0
        for c in range(start, len(split.cells)):
            if c and _unit_of(split.cells[c][2]) is not None:
                continue  # a unit cell beside the figures ("MWh"): no column of figures
            edges.append((split.x0[c], split.x1[c]))
    widths = [x1 - x0 for x0, x1 in edges if x1 > x0]
    tolerance = (sorted(widths)[len(widths) // 2] if widths else 3.0) * 0.6
    tolerance = max(tolerance, 2.0)
    rights = _clusters(sorted(x1 for _, x1 in edges), tolerance)
    lefts = _clusters(sorted(x0 for x0, _ in edges), tolerance)
    by_left = len(lefts) < len(rights)
    return [sum(c) / len(c) for c in (lefts if by_left else rights)], tolerance, by_left


def _clusters(xs: list[float], tolerance: float) -> list[list[float]]:
    """Sorted edges grouped where each is within `tolerance` of the one before."""
    clusters: list[list[float]] = []
    for x in xs:
        if clusters and x - clusters[-1][-1] <= tolerance:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    return clusters


def _take_captions(table: Table, members: list[Kind]) -> list[Kind]:
    """The caption lines that open the table ("Financiën (in duizend euro)" over the rows) give the table its unit
    and scale and are no parent row; the members after them."""
    while members and members[0].kind == "label" and words.is_caption(members[0].line.strip()):
        head = words.heading(members[0].line)
        table.unit, table.scale = table.unit or head.unit, table.scale or head.scale
        split = members[0].split
        assert split is not None
        table.caption.append((split.index, 0, len(members[0].line)))
        members = members[1:]
    return members


def _over_dated_columns(split: Split, headers: list[Split]) -> bool:
    """A header cell alone on its line that names the fiscal year without a year ("Boekjaar", set over a merged
    cell) over a header line that dates two columns or more ("2020-2021   2021-2022   2022-2023"): it says what
    the dated columns are, all of them, and is the period of none (was: the fiscal year of the column under it)."""
    if len(split.cells) != 1:
        return False
    head = words.heading(split.cells[0][2])
    if head.period is None or head.period.value is not None:
        return False
    return any(other is not split and sum(1 for _, _, t in other.cells
                                          if (p := words.heading(t).period) is not None and p.value) >= 2
               for other in headers)


def _read_header(table: Table, split: Split, centres: list[float], tolerance: float) -> None:
    """One header line: its cells are the table's header; those over the columns of figures give their column
    its header, period, unit and scale, the others (over the row labels, or alone over the table) the table's
    unit and scale."""
    columns = table.columns
    over: list[int] = []  # the header cells that stand over columns of figures
    periods = len(split.cells) == len(columns) > 1 and \
        all(words.heading(text).period is not None for _, _, text in split.cells)
    for c, (start, end, text) in enumerate(split.cells):
        table.header.append((split.index, start, end))
        if periods or _over_figures(table, split, c, centres, tolerance):  # periods: "2022   2023" over two columns
            over.append(c)
    # as many header cells as columns: one over each, in order (Word leaves a header left in its cell, over
    # amounts set right: by its place alone it stands nearer the column before)
    in_order = len(over) == len(columns) and len(over) > 1
    dated: list[tuple[int, str]] = []  # (column, header text) of the cells that name a period
    for k, c in enumerate(over):
        text = split.cells[c][2]
        head = words.heading(text)
        place = k if in_order else _header_column(split.x0[c], split.x1[c], centres)
        column = columns[place]
        column.header = f"{column.header} {text}".strip()
        column.period = column.period or head.period
        column.unit = column.unit or head.unit
        column.scale = column.scale or head.scale
        if head.period is not None:
            dated.append((place, text))
    _spread_over_groups(columns, dated)


def _spread_over_groups(columns: list[Column], dated: list[tuple[int, str]]) -> None:
    """Periods set each over a group of as many columns ("31-12-2023" over the items and their subtotal,
    "2023" over "€" and "%", then the same for the year before): every column of a group takes its period, the
    groups being the columns cut in as many equal runs as there are periods, each period over its own run."""
    if len(dated) < 2 or len(columns) % len(dated) or len(columns) == len(dated):
        return
    run = len(columns) // len(dated)
    if [place // run for place, _ in dated] != list(range(len(dated))):
        return  # a period that stands over another run than its own: no groups
    for k, (place, text) in enumerate(dated):
        period = columns[place].period
        for column in columns[k * run:(k + 1) * run]:
            if column.period is None:
                column.period = period
                column.header = f"{text} {column.header}".strip()


def _over_figures(table: Table, split: Split, c: int, centres: list[float], tolerance: float) -> bool:
    """Whether header cell `c` stands over a column of figures; a cell that does not and says a unit or scale
    gives it to the whole table."""
    text = split.cells[c][2]
    if words.is_unit_header(text):
        return False  # "Eenheid" over the unit cells beside the row labels: neither columns' nor rows' header
    head = words.heading(text)
    if c == 0 and len(split.cells) > 1 and not words.is_header_cell(text):
        table.corner = table.corner or text
        if (corner := words.corner(text)) is not None:  # "Resultatenrekening (in euro)   2024   2023"
            table.unit = table.unit or corner.unit
            table.scale = table.scale or corner.scale
        return False
    if len(split.cells) == 1 and head.period is None:  # "(in duizend euro)" over the table
        table.unit = table.unit or head.unit
        table.scale = table.scale or head.scale
        return False
    if c == 0 and len(split.cells) > 1 and (split.x1[c] < min(centres) - 4 * tolerance or (
            head.period is None and any(words.heading(t).period for _, _, t in split.cells[1:]))):
        # over the row labels, or the first of a row of periods ("Bedragen in euro   2022   2021"): the unit
        # and scale of the whole table
        table.corner = table.corner or text
        table.unit = table.unit or head.unit
        table.scale = table.scale or head.scale
        return False
    return True


def _spread_one_period(columns: list[Column]) -> None:
    """One period over several columns (a balance's "31 dec 2023" over the items and their subtotals) is that of
    every column."""
    stated = [c for c in columns if c.period is not None]
    if len(stated) == 1:
        for column in columns:
            column.period = column.period or stated[0].period
            column.header = column.header or stated[0].header


def _title(table: Table, body: list[Kind]) -> None:
    """A label line over every row of the table, the only one, with no row indented under it and no total that
    names it ("Kerncijfers" over "Omzet ....... 2,6 miljoen euro"), is the table's title: what a reader takes it
    for, not a group of some rows apart from others. Its rows have no parent; a total row without a label of its
    own stays without one."""
    labels = [m for m in body if m.kind == "label"]
    if len(labels) != 1 or body[0] is not labels[0] or labels[0].split is None:
        return
    indent = labels[0].split.indent
    if any(m.split is not None and m.split.indent > indent + 0.5 for m in body if m.kind in DATA):
        return
    title = table.rows[0].label
    if title is None or any(row.label and row.label != title and words.is_total(row.label)
                            and title.lower() in row.label.lower() for row in table.rows):
        return
    table.title = title
    for row in table.rows[1:]:
        if row.parent == title:
            row.parent = None
        elif row.label == title and row.total:
            row.label = None


def _header_column(x0: float, x1: float, centres: list[float]) -> int:
    """The column a header cell stands over: the one whose figures' right edge is inside it (the nearest its
    own right edge, when a wide header spans two), else the one whose space, from the right edge of the column
    before to its own, the header starts in (a header set left in its cell), else the nearest."""
    inside = [k for k, c in enumerate(centres) if x0 - 1 <= c <= x1 + 1]
    if inside:
        return min(inside, key=lambda k: abs(centres[k] - x1))
    for k, c in enumerate(centres):
        if x0 <= c and (k == 0 or x0 > centres[k - 1]) and x1 <= c:
            return k
    return min(range(len(centres)), key=lambda k: abs(centres[k] - x1))


@dataclass
class _Open:
    """What `_rows` keeps between lines: the labels and rows open over the next line, innermost last (indent,
    label, whether it is a row with figures of its own), those whose rows stand indented under them (their
    places in `stack`), the kind of the line before, the label lines seen, and the first line of a row's label
    wrapped in its cell over its figures' line."""

    stack: list[tuple[float, str, bool]] = field(default_factory=list)
    indented: set[int] = field(default_factory=set)
    previous: str = ""
    groups: int = 0
    wrapped: Row | None = None
    caption: words.Heading | None = None  # the unit and scale of a caption row inside the table, over the rows

    def pop(self) -> None:
        self.indented.discard(len(self.stack) - 1)
        self.stack.pop()


def _rows(table: Table, members: list[Kind], column_of: Callable[[float, float], int]) -> None:
    """Label lines are parents of the rows under them (a row indented less than its parent ends it); a row
    with figures is the parent of the rows indented deeper under it ("Werknemers 42" over "  vrouwen 25"; a row
    indented as deep or less ends it); a row without a label or named a total is a total row. A label whose rows
    stand indented under it ends at a total row at its own indent or less that does not name it: that row
    ("Totaal activa" after "Vaste activa" and "Vlottende activa", each over its indented rows) totals the groups,
    it is no row of the last ("Totaal vlottende activa" is; rows set at a label's own indent stay its rows, unless
    two labels or more stood over them: a total that does not name the last then totals the groups too)."""
    open_ = _Open()
    for k, member in enumerate(members):
        split = member.split
        assert split is not None
        if _continues_label(table, members, k, open_) or _opens_wrapped_row(members, k, open_):
            continue
        if member.kind == "label":
            _label_line(table, split, open_)
            continue
        if member.kind == "caption":
            _caption_row(table, split, open_)
            continue
        labelled = member.kind == "row"
        named = bare(split.cells[0][2]) if labelled else ""
        open_.previous = member.kind
        if labelled:
            _close_before_row(split, named, open_)
        cells = _row_cells(table, split, labelled, column_of)
        if labelled:
            _labelled_row(table, split, named, cells, open_)
        else:
            _total_row(table, split, cells, open_)
        if open_.caption is not None:
            _captioned(table.rows[-1], open_.caption)


def _continues_label(table: Table, members: list[Kind], k: int, open_: _Open) -> bool:
    """Whether line k is the wrapped rest of the label over it ("... materiële vaste" / "activa"): its words are
    added to that row's label (and to its group's, for a label line)."""
    member = members[k]
    split = member.split
    assert split is not None
    if not (member.kind == "more" or (member.kind == "label" and open_.previous == "label" and table.rows
                                      and _wraps(members[k - 1], member))):
        return False
    row = table.rows[-1]
    row.label = f"{row.label} {bare(split.cells[0][2])}"
    row.lines.append(split.index)
    if member.kind == "label":
        open_.stack[-1] = (open_.stack[-1][0], row.label, open_.stack[-1][2])
    return True


def _opens_wrapped_row(members: list[Kind], k: int, open_: _Open) -> bool:
    """Whether label line k begins the label of the row under it ("Afschrijvingen op immateriële en materiële
    vaste" over "activa   11.193"): kept for that row; no group, so the group over it stays the row's."""
    member = members[k]
    if not (member.kind == "label" and k + 1 < len(members) and members[k + 1].kind == "row"
            and _wraps(member, members[k + 1])):
        return False
    assert member.split is not None
    open_.wrapped = Row(bare(member.split.cells[0][2]), None, [], [member.split.index])
    return True


def _label_line(table: Table, split: Split, open_: _Open) -> None:
    """A label line opens a group: a label right under a label is its child; else a sibling or an uncle, which
    closes the groups as deep as it or deeper."""
    label = bare(split.cells[0][2])
    if open_.previous != "label":
        while open_.stack and open_.stack[-1][0] >= split.indent - 0.5:
            open_.pop()
    open_.previous = "label"
    open_.groups += 1
    open_.stack.append((split.indent, label, False))
    table.rows.append(Row(label, open_.stack[-2][1] if len(open_.stack) > 1 else None, [], [split.index]))


def _close_before_row(split: Split, named: str, open_: _Open) -> None:
    """Close what a labelled row ends: the groups indented deeper than it, and a row with figures or a group at
    its indent that a total of the groups ends; a label's first row indented under it marks that label's rows as
    indented (its group then ends at its indent)."""
    stack = open_.stack
    while stack and (stack[-1][0] > split.indent + 0.5
                     or (stack[-1][2] or (len(stack) - 1 in open_.indented or open_.groups > 1)
                         and _of_groups(named, stack))
                     and stack[-1][0] >= split.indent - 0.5):
        open_.pop()
    if stack and not stack[-1][2] and split.indent > stack[-1][0] + 0.5:
        open_.indented.add(len(stack) - 1)


def _caption_row(table: Table, split: Split, open_: _Open) -> None:
    """A caption row between the rows ("(bedragen in duizend euro)" under the counts, over the amounts): its unit
    and scale are those of every row under it (until another caption row), the columns' periods stay theirs; it
    closes the groups over it and is no row, nor a figure."""
    table.caption.append((split.index, split.cells[0][0], split.cells[0][1]))
    open_.caption = words.heading(split.cells[0][2])
    while open_.stack:
        open_.pop()
    open_.previous = "caption"


def _captioned(row: Row, caption: words.Heading) -> None:
    """A row under a caption row takes its unit and scale, unless its label names a unit or scale of its own
    ("Leden (aantal)", "Investeringen (in miljoen euro)", "Giften (in euro)")."""
    named = words.heading(row.label) if row.label else None
    if named is not None and (named.unit is not None or named.scale is not None):
        return  # "Omzet (in euro)" under "(x 1.000 euro)": the row says its own
    row.unit = row.unit or caption.unit
    row.scale = row.scale or caption.scale


def _row_cells(table: Table, split: Split, labelled: bool, column_of: Callable[[float, float], int]) -> list[Cell]:
    """The row's cells with a figure, each in its column; a rubric code or a note's number is kept apart as a
    reference, no figure."""
    cells = []
    for c in range(1 if labelled else 0, len(split.cells)):
        start, end, text = split.cells[c]
        if empty_cell(text) or labelled and _unit_of(text) is not None:
            continue  # a dash for none; a unit cell beside the figures ("MWh"): the row's unit (_labelled_row)
        column = column_of(split.x0[c], split.x1[c])
        if reference_cell(text) or words.is_reference_header(table.columns[column].header):
            table.references.append((split.index, start, end))  # a rubric code, a note's number: no figure
            continue
        cells.append(Cell(split.index, start, end, column, text))
    return cells


def _labelled_row(table: Table, split: Split, named: str, cells: list[Cell], open_: _Open) -> None:
    """A row with its label (joined to the label's first line wrapped over it), a row of the group over it; a row
    with figures that is no total opens a group of the rows indented under it, a total at its group label's
    indent closes that group ("Omzet" ... "Totale omzet")."""
    stack = open_.stack
    wrapped = open_.wrapped
    label = f"{wrapped.label} {named}" if wrapped is not None and wrapped.label else named
    total = words.is_total(label)
    parent = stack[-1][1] if stack else None
    # "Geleverde warmte   MWh   22.940": the unit of the row's figures
    unit = next((named_unit for _, _, text in split.cells[1:] if (named_unit := _unit_of(text)) is not None), None)
    table.rows.append(Row(label, parent, cells, (wrapped.lines if wrapped else []) + [split.index], total, unit))
    open_.wrapped = None
    if cells and not total:
        stack.append((split.indent, label, True))  # the rows indented under it are its parts
    elif cells and stack and not stack[-1][2] and stack[-1][0] >= split.indent - 0.5:
        open_.pop()


def _total_row(table: Table, split: Split, cells: list[Cell], open_: _Open) -> None:
    """A row without a label totals the group over the rows (not a row of it) and closes it."""
    while open_.stack and open_.stack[-1][2]:
        open_.pop()
    label = open_.stack[-1][1] if open_.stack else None
    parent = open_.stack[-2][1] if len(open_.stack) > 1 else None
    table.rows.append(Row(label, parent, cells, [split.index], True))
    if open_.stack:
        open_.pop()


def _unit_of(text: str) -> str | None:
    """The unit a cell that is no figure names alone ("MWh", "aantal", "%")."""
    return None if is_figure_cell(text) else words.unit_cell(text)


def _wraps(first: Kind, rest: Kind) -> bool:
    """A label line's next line, starting in lower case at its indent, is the rest of that label, wrapped in its
    cell."""
    assert first.split is not None and rest.split is not None
    return rest.split.cells[0][2][:1].islower() and abs(first.split.indent - rest.split.indent) <= INDENT_SLACK


def _of_groups(label: str, stack: list[tuple[float, str, bool]]) -> bool:
    """A row named a total that does not name the group over it ("Totaal activa" after "Vlottende activa", not
    "Totaal vlottende activa"): at the group label's indent it totals the groups of that level."""
    return words.is_total(label) and stack[-1][1].lower() not in label.lower()
