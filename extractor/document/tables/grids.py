"""Tables whose cells are read by position: Markdown pipes, HTML tables, rows of cells apart by tabs."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from extractor.document.model import SourceLine
from extractor.document.tables import words
from extractor.document.tables.cells import (LABEL_LINE, LIST_MARK, PIPE_SEPARATOR, SENTENCE_END, bare, is_figure_cell, plain,
                                             trimmed)
from extractor.document.tables.model import Cell, Column, Row, Table


# ---- Markdown pipes

def pipe_tables(lines: list[SourceLine]) -> list[Table]:
    """Rows between pipes ("| Omzet | 412 | 380 |"), in Markdown and in plain text alike (pasted from a Markdown
    editor, an e-mail or a wiki), and ASCII-art grids, whose rows stand between rules of "+---+---+". The rows over
    a "|---|" rule, or over a "+===+" rule, are the header; without either, a first row that names only periods,
    units or scales over its columns ("| | 2023 | 2022 |") is."""
    tables, i = [], 0
    while i < len(lines):
        if not _pipe_row(lines[i].text) and not _grid_rule(lines[i].text):
            i += 1
            continue
        j = i
        while j < len(lines) and (_pipe_row(lines[j].text) or _grid_rule(lines[j].text)):
            j += 1
        rows = [(k, _pipe_cells(lines[k].text)) for k in range(i, j) if not _grid_rule(lines[k].text)
                or _GRID_HEADER_RULE.match(lines[k].text)]
        ruled = any(PIPE_SEPARATOR.match(lines[k].text) or _GRID_HEADER_RULE.match(lines[k].text) for k, _ in rows)
        if not ruled and len(rows) > 1 and _names_columns(rows[0][1]):
            rows.insert(1, (-1, []))  # the first row is the header
        tables.append(_grid(rows, lines, "pipes", separator=lambda k: k == -1 or bool(
            PIPE_SEPARATOR.match(lines[k].text) or _GRID_HEADER_RULE.match(lines[k].text))))
        i = j
    return [t for t in tables if t is not None]


_GRID_RULE = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")  # "+------+------+": a rule of an ASCII-art grid
_GRID_HEADER_RULE = re.compile(r"^\s*\+(?::?=+:?\+)+\s*$")  # "+======+======+": under the header


def _pipe_row(text: str) -> bool:
    return text.lstrip().startswith("|")


def _grid_rule(text: str) -> bool:
    return bool(_GRID_RULE.match(text))


def _names_columns(cells: list) -> bool:
    """A row whose cells past the first name only periods, units or scales, at least one (no figures)."""
    heads = [c[2] for c in cells[1:] if c is not None and c[2]]
    return bool(heads) and not any(is_figure_cell(h) for h in heads) and all(words.is_header_cell(h) for h in heads)


def _pipe_cells(text: str) -> list[tuple[int, int, str] | None]:
    bars = [m.start() for m in re.finditer(r"(?<!\\)\|", text)]
    cells = []
    for a, b in zip(bars, bars[1:]):
        cells.append(_unemphasised(trimmed(text, a + 1, b)))
    return cells


_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(\S(?:.*\S)?)\1")


def _unemphasised(cell: tuple[int, int, str] | None) -> tuple[int, int, str] | None:
    """A figure set in bold or italics in its cell ("**60**"): the figure within the marks, a cell of figures
    like any other (was: no figure cell, so a bold total row was taken for a group label over the rows under it)."""
    if cell is None or not (found := _EMPHASIS.fullmatch(cell[2])) or not is_figure_cell(found.group(2)):
        return cell
    mark = len(found.group(1))
    return cell[0] + mark, cell[1] - mark, found.group(2)


# ---- HTML

def html_tables(lines: list[SourceLine]) -> list[Table]:
    tables, i = [], 0
    while i < len(lines):
        if "<table" not in lines[i].text.lower():
            i += 1
            continue
        j = i
        while j < len(lines) and "</table>" not in lines[j].text.lower():
            j += 1
        rows: list[tuple[list[int], list[tuple[int, int, int, str]], bool]] = []
        current: tuple[list[int], list[tuple[int, int, int, str]], bool] | None = None
        for k in range(i, min(j + 1, len(lines))):
            text = lines[k].text
            for token in re.finditer(r"<tr\b[^>]*>|</tr>|<t([dh])\b[^>]*>(.*?)</t[dh]>", text, re.IGNORECASE):
                if token.group().lower().startswith("<tr"):
                    current = ([k], [], True)
                    rows.append(current)
                elif token.group().lower() == "</tr>":
                    current = None
                else:
                    if current is None:
                        current = ([k], [], True)
                        rows.append(current)
                    if k not in current[0]:
                        current[0].append(k)
                    inner_start = token.start(2)
                    content = plain(token.group(2))
                    cell = trimmed(content, 0, len(content))
                    start, end, cell_text = (inner_start + cell[0], inner_start + cell[1], cell[2]) if cell \
                        else (inner_start, inner_start, "")
                    current[1].append((k, start, end, cell_text))
                    if token.group(1).lower() != "h":
                        rows[-1] = current = (current[0], current[1], False)
        table = _html_table(rows, lines)
        if table is not None:
            tables.append(table)
        i = j + 1
    return tables


def _html_table(rows, lines: list[SourceLine]) -> Table | None:
    header_rows = []
    while rows and rows[0][2]:
        header_rows.append(rows.pop(0))
    if not rows:
        return None
    width = max(len(r[1]) for r in rows)
    columns = [Column("") for _ in range(width - 1)]
    header: list[tuple[int, int, int]] = []
    table = Table(0, "html", columns, [], header)
    for _, cells, _ in header_rows:
        _take_header(table, [(c[0], c[1], c[2], c[3]) for c in cells])
    body = [(r[0], [(c[0], c[1], c[2], c[3]) for c in r[1]]) for r in rows]
    _fill_rows(table, body)
    return table


# ---- a grid: pipes (and the rows of any shape whose cells are read by position)

def _grid(rows: list[tuple[int, list]], lines: list[SourceLine], shape: str,
          separator: Callable[[int], bool]) -> Table | None:
    header_rows: list[tuple[int, list]] = []
    body: list[tuple[int, list]] = []
    separated = next((i for i, (k, _) in enumerate(rows) if separator(k)), None)
    for i, (k, cells) in enumerate(rows):
        if separated is not None and i == separated:
            continue
        (header_rows if separated is not None and i < separated else body).append((k, cells))
    if not body:
        return None
    width = max(len(cells) for _, cells in rows)
    if width < 2:
        return None
    table = Table(0, shape, [Column("") for _ in range(width - 1)], [], [])
    for k, cells in header_rows:
        _take_header(table, [(k, c[0], c[1], c[2]) if c else None for c in cells])
    _fill_rows(table, [([k], [(k, c[0], c[1], c[2]) if c else None for c in cells]) for k, cells in body])
    return table


def _take_header(table: Table, cells: list) -> None:
    """One header row, read by position: its first cell is over the row labels, the others over columns."""
    for position, cell in enumerate(cells):
        if cell is None or not cell[3]:
            continue
        line, start, end, text = cell
        table.header.append((line, start, end))
        head = words.heading(text)
        if position == 0:
            table.corner = table.corner or text
            table.unit = table.unit or head.unit
            table.scale = table.scale or head.scale
            continue
        if position - 1 >= len(table.columns):
            continue
        column = table.columns[position - 1]
        column.header = f"{column.header} {text}".strip()
        column.period = column.period or head.period
        column.unit = column.unit or head.unit
        column.scale = column.scale or head.scale


def _fill_rows(table: Table, body: list[tuple[list[int], list]]) -> None:
    """Rows read by position: the first cell is the label, the others are the columns. A label row without
    figures is the parent of the rows under it; a row with figures, of the rows whose label is indented deeper
    under it ("Werknemers | 42" over "  vrouwen | 25"). A label whose rows stand indented under it ends at a
    total row at its own indent or less that does not name it ("Totaal activa" after "Vaste activa" and
    "Vlottende activa", each over its indented rows, totals the groups: it is no row of the last)."""
    state = _Groups()
    for lines, cells in body:
        label_cell, label, figure_cells = _row_cells(table, cells)
        if label is not None and not figure_cells:
            state.open(label, _group_indent(table, label_cell, label))
            table.rows.append(Row(label, None, [], lines))
            continue
        if label is not None:
            state.close_at_total(label, _group_indent(table, label_cell, label))
        table.rows.append(state.row(label, label_cell, figure_cells, lines))
        table.rows[-1].unit = _row_unit(cells)


def _row_unit(cells: list) -> str | None:
    """The unit a cell of a row between its label and its figures names ("| Geleverde warmte | MWh | 22.940 |")."""
    return next((unit for cell in cells[1:] if cell is not None and cell[3] and not is_figure_cell(cell[3])
                 and (unit := words.unit_cell(cell[3])) is not None), None)


def _row_cells(table: Table, cells: list) -> tuple[tuple | None, str | None, list[Cell]]:
    """A row's first cell, its label (None where that cell is empty or a number: no label, no figure of a column)
    and the cells of figures of the table's columns."""
    label_cell = cells[0] if cells else None
    label = label_cell[3] if label_cell and label_cell[3] and not is_figure_cell(label_cell[3]) else None
    figure_cells = [Cell(cell[0], cell[1], cell[2], position, cell[3]) for position, cell in enumerate(cells[1:])
                    if cell is not None and is_figure_cell(cell[3]) and position < len(table.columns)]
    return label_cell, label, figure_cells


def _group_indent(table: Table, label_cell: tuple | None, label: str) -> int:
    """How deep a label stands for its group: its column in the line and its indent in its cell (in an HTML table
    a cell's place in its source line is no indent: only its leading no-break spaces are)."""
    if not label_cell:
        return 0
    return _indent(label) if table.shape == "html" else label_cell[1] + _indent(label)


@dataclass
class _Groups:
    """What the rows read so far say of the next: the group label over it and how the group's rows stand, and
    the last row with figures at the outer level (whose parts stand indented under it)."""

    parent: str | None = None
    level: tuple[int, bool] | None = None  # the label's indent; whether its rows stand indented deeper
    above: tuple[int, str] | None = None  # (indent, label) of the last row with figures at the outer level
    groups: int = 0  # the group labels seen

    def open(self, label: str, indent: int) -> None:
        """A label row without figures: the parent of the rows under it."""
        self.parent = bare(label)
        self.level = (indent, False)
        self.groups += 1
        self.above = None  # the rows under a group label are its rows, none of the row with figures before it

    def close_at_total(self, label: str, indent: int) -> None:
        """A row deeper than its group label says the group's rows stand indented; a total at the label's indent
        after its indented rows, or after two groups or more, that does not name the label is the total of the
        groups, not of the last: the group ends."""
        if self.parent is None or self.level is None:
            return
        if indent > self.level[0]:
            self.level = (self.level[0], True)
        elif (self.level[1] or self.groups > 1) and words.is_total(bare(label)) \
                and self.parent.lower() not in bare(label).lower():
            self.parent, self.level = None, None

    def row(self, label: str | None, label_cell: tuple | None, figure_cells: list[Cell], lines: list[int]) -> Row:
        """The row of figures, its label (the group's where it has none) and its parent: the row with figures it
        stands indented under, else its group label. A total ends the group."""
        total = label is None or words.is_total(bare(label or ""))
        row_label = bare(_NBSP.sub(" ", label)) if label is not None else self.parent
        row_parent = self.parent if label is not None else None
        depth = label_cell[1] + _indent(label) if label is not None and label_cell else 0  # its column in the line
        if label is not None and self.above is not None and depth > self.above[0]:
            row_parent = self.above[1]  # indented under a row with figures: one of its parts
        elif label is not None and figure_cells and not total:
            self.above = (depth, row_label)
        else:
            self.above = None
        row = Row(row_label, row_parent if row_label != self.parent else None, figure_cells, lines, total)
        if total and label is not None:
            self.parent = None
        return row


_NBSP = re.compile(r"&nbsp;|&#160;|\u00a0")


def _indent(label: str) -> int:
    """How deep a label is indented inside its cell: its leading no-break spaces and "&nbsp;", and a list mark before
    it ("- personeel", "– vrouwen": a sub-row as an indent sets it)."""
    text = _NBSP.sub(" ", label)
    stripped = text.lstrip(" \t")
    mark = LIST_MARK.match(stripped)
    return len(text) - len(stripped) + (mark.end() if mark else 0)


# ---- tabs

def _same_table(first: SourceLine, line: SourceLine) -> bool:
    """Two lines of one table as far as their reader knows: a Word or OpenDocument table's rows know their table
    (two tables one under the other stay two); other lines say nothing."""
    return first.part is None or line.part is None or first.part[0] != "table" or first.part[:2] == line.part[:2]


def _row_of(first: SourceLine, line: SourceLine) -> bool:
    """A row of the same Word or OpenDocument table, though its cells hold no tab between words ("Vaste activa"
    over two empty cells)."""
    return first.part is not None and first.part[0] == "table" and first.part[:2] == (line.part or ())[:2]


def _group_label(lines: list[SourceLine], k: int) -> bool:
    """A line of a label alone between rows of cells apart by tabs ("Vaste activa" over "    Gebouwen<TAB>500"):
    a group label, a row of the table though it has no tab; the next line is a row with tabs."""
    text = plain(lines[k].text).strip()
    return bool(text) and "\t" not in text and k + 1 < len(lines) and "\t" in lines[k + 1].text.strip() \
        and (lines[k].part is None or lines[k].part[0] == "paragraph") and bool(LABEL_LINE.match(text)) and len(text.split()) <= 8 \
        and not SENTENCE_END.search(text) and not words.is_caption(text)


def _box(rows: list[tuple[int, list]]) -> Table | None:
    """Key figures in the cells of a row, with no column of row labels: each cell a number and its words
    ("1.391 vennoten", a Word table whose cells hold the number over its label), or a row of numbers over (or
    under) a row of their labels. Each figure is a row of its own, labelled by its words (a unit or scale among
    them left out: "2.450 MWh geleverde warmte" is "geleverde warmte")."""
    filled = [(k, [c for c in cells if c is not None]) for k, cells in rows]
    if not filled or not all(cells for _, cells in filled) or len(filled) > 2:
        return None
    table = Table(0, "box", [Column("")], [], [])
    if len(filled) == 1:
        k, cells = filled[0]
        if len(cells) < 2 or not all(is_figure_cell(c[2]) and _words_of(c[2]) for c in cells):
            return None
        for start, end, text in cells:
            table.rows.append(Row(_words_of(text), None, [Cell(k, start, end, 0, text)], [k]))
        return table
    (first, top), (second, bottom) = filled
    if len(top) != len(bottom) or len(top) < 2:
        return None
    for numbers, labels, lines in ((top, bottom, (first, second)), (bottom, top, (first, second))):
        if all(is_figure_cell(c[2]) and not _words_of(c[2]) for c in numbers) and \
                all(not is_figure_cell(c[2]) and LABEL_LINE.match(c[2]) for c in labels):
            for (start, end, text), (_, _, label) in zip(numbers, labels):
                line = first if numbers is top else second
                table.rows.append(Row(bare(label), None, [Cell(line, start, end, 0, text)], list(lines)))
            return table
    return None


def _words_of(cell: str) -> str:
    """The words after a figure cell's number, without a unit or scale ("MWh geleverde warmte": "geleverde
    warmte"); "" when there are none."""
    words_after = _NUMBER_START.sub("", cell.strip()).strip()
    if not words_after or not any(ch.isalpha() for ch in words_after):
        return ""
    return words.heading(words_after).rest.strip() or ""


_NUMBER_START = re.compile(r"^(?:-/-\s*)?[(]?[-−–+]?\s*(?:€|EUR)?\s*[-−–+]?\s*[\d.,\u202f\u00a0 ]*\d[)]?(?:\s*[%€])?",
                           re.IGNORECASE)


def _header_row(text: str) -> bool:
    """A line of cells apart by tabs that names only periods, units or scales over its columns, no figures."""
    cells = [cell.strip() for cell in text.split("\t")[1:] if cell.strip()]
    return bool(cells) and not any(is_figure_cell(c) for c in cells) and all(words.is_header_cell(c) for c in cells)


def _first_group(lines: list[SourceLine], first: int, end: int) -> bool:
    """The label line over a table's first row (a row of figures, not of headers) is the label of its first group
    when that row has a label indented deeper than it, or when the table's other group labels stand as far in as it does (a title over the table is
    neither: "Kerncijfers" over rows at its own indent)."""
    label = _indent_of(lines[first - 1])
    if not lines[first].text.split("\t", 1)[0].strip():
        return False  # a header row first ("<TAB>2023<TAB>2022"): the line over it is a caption or a title
    if _indent_of(lines[first]) > label:
        return True
    return any("\t" not in lines[k].text.strip() and _indent_of(lines[k]) == label for k in range(first + 1, end))


def _indent_of(line: SourceLine) -> int:
    text = line.text.expandtabs(4)
    return len(text) - len(text.lstrip())


def tab_tables(lines: list[SourceLine], taken: set[int], allowed: bool) -> list[Table]:
    if not allowed:
        return []
    tables, i = [], 0
    while i < len(lines):
        if i in taken or "\t" not in lines[i].text.strip():
            i += 1
            continue
        j, caption = i, None
        while j < len(lines) and j not in taken and ("\t" in lines[j].text.strip() and _same_table(lines[i], lines[j])
                                                     or _row_of(lines[i], lines[j])
                                                     or j > i and _group_label(lines, j)
                                                     or j == i + 1 and _caption_under_header(lines, i)):
            if j > i and (_header_row(lines[j].text) or _group_label(lines, j) and _header_row(lines[j + 1].text)) \
                    and not (_office_table(lines[i]) and all(_header_row(lines[k].text) or k == i for k in range(i, j))):
                break  # a header row after rows ("Balans" over "<TAB>Boekjaar<TAB>Vorig boekjaar"): another table
            if j == i + 1 and _caption_under_header(lines, i):
                caption = j
            j += 1
        if i > 0 and i - 1 not in taken and _group_label(lines, i - 1) and _first_group(lines, i, j):
            i -= 1  # "Vaste activa" over the table's first rows, no tab of its own
        rows = []
        for k in range(i, j):
            if k == caption:
                continue
            text = lines[k].text
            cells, start = [], 0
            # a Word or OpenDocument table's cells are one tab apart, an empty cell between two tabs; in text,
            # several tabs align the columns by eye
            for m in re.finditer(r"\t" if _office_table(lines[k]) else r"\t+", text):
                cells.append(trimmed(text, start, m.start()))
                start = m.end()
            cells.append(trimmed(text, start, len(text)))
            while cells and cells[0] is None and k != i and not _office_table(lines[k]):
                cells.pop(0)
            rows.append((k, cells))
        box = _box(rows)
        if box is not None:
            tables.append(box)
            i = j
            continue
        heads = _header_rows(rows)
        table = _grid(rows, lines, "tabs", separator=lambda k, first=i: False)
        if table is not None and heads:
            table = _grid(rows[:heads] + [(-1, [])] + rows[heads:], lines, "tabs", separator=lambda k: k == -1)
            if table is not None:
                _spread_spans(table, [cells for _, cells in rows[:heads]])
        if table is not None and caption is not None:
            head = words.heading(plain(lines[caption].text))
            table.unit, table.scale = table.unit or head.unit, table.scale or head.scale
            table.caption.append((caption, 0, len(lines[caption].text)))
        if table is not None and (table.header or _office_table(lines[i]) or _rows_of_figures(table) >= 2):
            tables.append(table)
        i = j
    return tables


def _header_rows(rows: list[tuple[int, list]]) -> int:
    """How many rows open the table as its header: the first when it holds no figure and names a period, unit or
    scale over a column; and (an office table's) rows of header cells right under it ("31/12/2024" spanning "aantal"
    and "VTE" under it)."""
    def header(cells: list) -> bool:
        return not any(c and is_figure_cell(c[2]) for c in cells[1:]) and \
            sum(1 for c in cells[1:] if c and words.is_header_cell(c[2])) >= 1
    if len(rows) < 2 or not header(rows[0][1]):
        return 0
    count = 1
    while count < len(rows) - 1 and _office_table_row(rows[count]) and header(rows[count][1]) \
            and not (rows[count][1] and rows[count][1][0]):
        count += 1
    return count


def _office_table_row(row: tuple[int, list]) -> bool:
    return row[0] >= 0 and bool(row[1])


def _spread_spans(table: Table, header_rows: list[list]) -> None:
    """A header cell over empty header cells to its right, over a row of sub-headers ("31/12/2024" spanning "aantal"
    and "VTE": an office table's spanning cell, its covered cells empty) is the period, unit and scale of each
    column it spans, as far as the next cell of its row."""
    if len(header_rows) < 2:
        return
    for cells in header_rows[:-1]:
        for position in range(1, len(cells)):
            cell = cells[position]
            if not cell:
                continue
            head = words.heading(cell[2])
            after = position + 1
            while after < len(cells) + len(table.columns) and after - 1 < len(table.columns) \
                    and (after >= len(cells) or not cells[after]) \
                    and any(len(other) > after and other[after] for other in header_rows if other is not cells):
                column = table.columns[after - 1]
                column.header = f"{cell[2]} {column.header}".strip()
                column.period = column.period or head.period
                column.unit = column.unit or head.unit
                column.scale = column.scale or head.scale
                after += 1


def _caption_under_header(lines: list[SourceLine], header: int) -> bool:
    """A caption alone on the line under a header row of cells apart by tabs, over the table's rows ("Balans<TAB>
    31/12/2024<TAB>31/12/2023" over "x € 1.000", a spreadsheet's second row): the unit and scale of the table, no
    row of it."""
    k = header + 1
    if k + 1 >= len(lines) or "\t" in lines[k].text.strip() or not _header_row(lines[header].text):
        return False
    text = plain(lines[k].text).strip()
    return bool(text) and words.is_caption(text) and ("\t" in lines[k + 1].text.strip() or _group_label(lines, k + 1))


def _office_table(line: SourceLine) -> bool:
    return line.part is not None and line.part[0] == "table"


def _rows_of_figures(table: Table) -> int:
    """The rows with figures of a table without a header: a line of prose whose words a tab happens to part ("In
    2024 bouwden we<TAB>4 nieuwe woningen<TAB>aan de Kerkstraat.") is one such row at most, no table."""
    return sum(1 for row in table.rows if row.cells)
