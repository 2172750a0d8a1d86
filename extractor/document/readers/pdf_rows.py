"""Rows of a table of figures on a PDF page, put back together: each row one line, its cells apart.

The page's reading order (pdf_layout) reads a table without rules column by column when its columns are far
apart: every label, then every amount, so each amount loses its row. Here, after the page is ordered, the lines
that hold only a figure ("27.647", "-€ 580,16", "31,0%") or only a header ("31 dec 2023", "€", "2022") are
matched with the lines beside them at the same height; where two rows or more share a column of figures (their
right edges line up), the region they span is a table: its lines are read row by row, top to bottom, each
row one line whose cells are three spaces apart (spaces with no box), the label first. A lone label line in
the region ("Vaste activa") stays a line of its own, in its place.

Called by the reader (pdf.py) on each page's units, after the layout (pdf_layout.page_units) ordered them;
extractor/document/tables/ then reads these lines as it reads a table aligned with spaces in a text file.

This works on the layout's lines (text and boxes), whatever the character source.
"""

from __future__ import annotations

from array import array

from extractor.document.tables import words as table_words
from extractor.document.readers.pdf_layout import CELL_GAP, Line, Unit, joined_line as _joined
from extractor.document.tables import is_figure_cell
from extractor.document.tables.cells import WORDLIKE, empty_cell, reference_cell

SAME_ROW = 0.45  # two lines whose middles are this close (x body size) stand in one row
ALIGNED = 0.6  # figures whose right edges are this close (x body size) stand in one column
LEFT_ALIGNED = 0.1  # figures whose left edges are this close (x body size) stand in one column set left
HEADER_ABOVE = 15.0  # a header line this far (x body size) over the table's first row belongs to it
PROSE_WORDS = 9  # a line of so many words or more between two rows is prose: the rows are of two tables


def _figure(line: Line) -> bool:
    """Only a figure, or only figures set apart as cells ("1.204   1.391": the reader keeps the cells of a line
    apart where the producer wrote no space between them)."""
    return all(is_figure_cell(part) for part in _cells(line))


def _header(line: Line) -> bool:
    return all(table_words.is_header_cell(part.strip()) for part in _cells(line))


def _cells(line: Line) -> list[str]:
    return [part for part in line.text.split(CELL_GAP) if part.strip()] or [line.text]


def _middle(line: Line) -> float:
    return (line.top + line.bottom) / 2


def join_rows(units: list[Unit], size: float) -> list[Unit]:
    """The page's units with each table of figures read row by row."""
    flat = [line for unit in units for line in unit.lines()]
    if len(flat) < 4 or not any(_figure(line) for line in flat):
        return units
    tolerance = SAME_ROW * size
    groups = _rows(flat, tolerance)
    tables = _tables(groups, flat, size)
    if not tables:
        return units
    first_of: dict[int, list[Line]] = {}
    taken: set[int] = set()
    for region in tables:
        members = sorted(region, key=lambda line: flat.index(line))
        first_of[id(members[0])] = _read_rows(region, tolerance)
        taken.update(id(line) for line in region)
    out: list[Unit] = []
    for unit in units:
        if not any(id(line) in taken for line in unit.lines()):
            out.append(unit)
            continue
        kept: list[Line] = []
        for line in unit.lines():
            if id(line) in first_of:
                if kept:
                    out.append(Unit("block", [kept]))
                    kept = []
                out.append(Unit("block", [first_of[id(line)]]))
            elif id(line) not in taken:
                kept.append(line)
        if kept:
            kept[0].starts_block = True
            out.append(Unit("block", [kept]))
    return out


def _rows(flat: list[Line], tolerance: float) -> list[list[Line]]:
    """Lines side by side at one height, at least one of them a figure, none overlapping another."""
    groups: list[list[Line]] = []
    for line in flat:
        if not _figure(line):
            continue
        row = [other for other in flat if abs(_middle(other) - _middle(line)) <= tolerance]
        row.sort(key=lambda other: other.x0)
        if len(row) < 2 or any(a.x1 > b.x0 for a, b in zip(row, row[1:])):
            continue
        if any(not _figure(other) and not _header(other) and not WORDLIKE.search(other.text)
               and not reference_cell(other.text) and not empty_cell(other.text) for other in row):
            continue  # letters read one by one (a rotated page, OCR debris): no row of a table ("21/28" is a code;
            # "-" a spreadsheet's nil)
        if not any(row is g or row == g for g in groups):
            groups.append(row)
    return groups


def _tables(groups: list[list[Line]], flat: list[Line], size: float) -> list[list[Line]]:
    """Rows that share a column of figures make a table: its rows, the lines between them, its header."""
    groups = sorted(groups, key=lambda row: _middle(row[0]))
    components = _merged(_linked(groups, flat, size))
    alone = [{i} for i in range(len(groups)) if not any(i in component for component in components)
             and _headed(groups[i], flat, size)]
    regions = [_region([groups[i] for i in sorted(component)], flat, size)
               for component in sorted(components + alone, key=min)
               if not all(_cards(groups[i]) for i in component)]
    return _one_table_per_band(regions)


def _headed(row: list[Line], flat: list[Line], size: float) -> bool:
    """A row alone under a header line right over it whose cells end where its figures end: a table of one row, or
    its last row alone at the top of the next page under its repeated header ("Boekjaar   Vorig boekjaar" over
    "Resultaat van het boekjaar   22   1")."""
    edges = [line.x1 for line in row if _figure(line)]
    top = min(line.top for line in row)
    over = [line for line in flat if line not in row and _header(line) and not _figure(line)
            and top - 2 * size <= line.bottom <= top + 0.1 * size]
    return bool(over) and all(any(abs(line.x1 - edge) <= ALIGNED * size for line in over) for edge in edges)


def _cards(row: list[Line]) -> bool:
    """Figures side by side with no label beside any of them ("3.480   1.920   € 48.200"): the big numbers of a grid
    of key-figure cards, each labelled over or under it in its own card, no row of a table (whose rows have
    their label on their left); the page's reading order reads such cards one after the other."""
    return all(_figure(line) for line in row)


def _linked(groups: list[list[Line]], flat: list[Line], size: float) -> list[set[int]]:
    """Sets of rows (by their index, top to bottom) whose figures end at one edge, with no paragraph between."""
    # a column of figures set right shares its right edge, one set left (groff's tbl "l", a word processor's
    # left tab) its left edge
    edges = [[line.x1 for line in row if _figure(line)] for row in groups]
    # (only rows with their label beside their figures: figures alone side by side are key figures' boxes)
    lefts = [[line.x0 for line in row if _figure(line)]
             if any(not _figure(line) and WORDLIKE.search(line.text) for line in row) else [] for row in groups]
    linked: list[set[int]] = []
    for i in range(len(groups)):
        for j in range(i + 1, len(groups)):
            if _prose_between(flat, _middle(groups[j - 1][0]), _middle(groups[j][0])) or \
                    _left_of_between(flat, groups[j - 1], groups[j]):
                break  # a paragraph or a heading between two rows: they are of two tables
            if any(abs(a - b) <= ALIGNED * size for a in edges[i] for b in edges[j]) or \
                    any(abs(a - b) <= LEFT_ALIGNED * size for a in lefts[i] for b in lefts[j]):
                for component in linked:
                    if i in component or j in component:
                        component.update((i, j))
                        break
                else:
                    linked.append({i, j})
    return linked


def _merged(linked: list[set[int]]) -> list[set[int]]:
    """The sets that share a row, made one (in the order the first of each came)."""
    merged: list[set[int]] = []
    for component in linked:
        for other in merged:
            if other & component:
                other.update(component)
                break
        else:
            merged.append(set(component))
    return merged


def _region(rows: list[list[Line]], flat: list[Line], size: float) -> list[Line]:
    """A table's lines: its rows, the header lines just over its columns of figures, and the lines within its
    band and its width (a figure further right too). Over rows labelled by a year alone ("2026   48.000   46.500"),
    the quantities' names right over them ("Opbrengsten €", "Kosten €", set in their cells like words) are its
    header too: such a table's columns are named by what they count, not by a period."""
    members = {id(line): line for row in rows for line in row}
    top = min(line.top for line in members.values())
    bottom = max(line.bottom for line in members.values())
    left = min(line.x0 for line in members.values())
    right = max(line.x1 for line in members.values())
    columns = [line for row in rows for line in row if _figure(line)]
    figure_left = min(line.x0 for line in columns)
    headers = [line for line in flat if id(line) not in members and line.x0 >= left - size
               and top - HEADER_ABOVE * size <= line.bottom <= top + 0.5 * size and _header(line)
               and line.x1 >= figure_left and not _parted(flat, line, top, left)]
    if all(table_words.is_year_label(_cells(row[0])[0].strip()) for row in rows):
        headers += [line for line in flat if id(line) not in members and line not in headers
                    and left - size <= line.x0 <= right and not _figure(line)
                    and top - 2 * size <= line.bottom <= top + 0.5 * size and len(line.text.split()) < PROSE_WORDS]
    for line in headers:
        members[id(line)] = line
    top = min([top] + [line.top for line in headers])
    for line in flat:
        if id(line) in members or line.x0 < left - size:
            continue
        if top <= _middle(line) <= bottom and (line.x1 <= right + 2 * size or _figure(line)):
            members[id(line)] = line
    return list(members.values())


def _parted(flat: list[Line], header: Line, top: float, left: float) -> bool:
    """A header line parted from the table's first row by a figure (another table's row), a paragraph or a heading
    in the margin left of the table: the header of a table over it ("Boekjaar   Vorig boekjaar" of groff's table
    over a heading and this table), not of this one."""
    above = _middle(header)
    return any(above < _middle(line) < top and (_figure(line) or len(line.text.split()) >= PROSE_WORDS
                                                 or line.x1 < left) for line in flat)


def _one_table_per_band(regions: list[list[Line]]) -> list[list[Line]]:
    """Regions that came to share a line (two columns of figures over one band) are one table."""
    joined: list[dict[int, Line]] = []
    for region in regions:
        mine = {id(line): line for line in region}
        for other in [o for o in joined if o.keys() & mine.keys()]:
            mine.update(other)
            joined.remove(other)
        joined.append(mine)
    return [list(region.values()) for region in joined]


def _prose_between(flat: list[Line], top: float, bottom: float) -> bool:
    return any(top < _middle(line) < bottom and len(line.text.split()) >= PROSE_WORDS for line in flat)


def _left_of_between(flat: list[Line], above: list[Line], below: list[Line]) -> bool:
    """A line between two rows that ends left of where both rows begin: a heading in the page's margin over a table
    set in the middle of the page ("Balans (x € 1.000)" between two centred tables of groff's tbl), no line of a
    table that spans both rows (was: one table of both, the heading read after it)."""
    top, bottom = _middle(above[0]), _middle(below[0])
    left = min(line.x0 for line in above + below)
    return any(top < _middle(line) < bottom and line.x1 < left - line.size and _heading_alone(flat, line)
               for line in flat)


def _heading_alone(flat: list[Line], line: Line) -> bool:
    """A line of words alone at its height: a heading, not a cell of a row whose other cells stand beside it (the
    date "31-7" of a cash book's row, read apart from the rest of its row; a row of the other half of a spread)."""
    middle = _middle(line)
    return any(c.isalpha() for c in line.text) and \
        not any(other is not line and abs(_middle(other) - middle) <= 0.5 * line.size for other in flat)


def _read_rows(region: list[Line], tolerance: float) -> list[Line]:
    """The region's lines row by row, top to bottom; the lines of one row joined, left to right."""
    ordered = sorted(region, key=_middle)
    rows: list[list[Line]] = []
    for line in ordered:
        if rows and abs(_middle(line) - _middle(rows[-1][0])) <= tolerance:
            rows[-1].append(line)
        else:
            rows.append([line])
    out = []
    for row in rows:
        row.sort(key=lambda line: line.x0)
        joined = row[0] if len(row) == 1 else _joined(row)
        joined.starts_block = True
        out.append(joined)
    return out
