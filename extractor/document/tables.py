"""Tables of figures in a document's source lines: header rows, row labels with their parent rows, columns.

Found in every input, on the source lines (so in every reader's output alike; a PDF's table rows are put
together by its reader, extractor/document/readers/pdf_rows.py, as lines with their cells apart):

- Markdown pipes (`| | 2022 | 2023 |`, the rows above `|---|` are the header) and HTML tables (`<tr>`,
  `<th>`/`<td>`, one row per line or a cell per line);
- cells apart by tabs, by two spaces or more, or by leader dots ("Omzet ........ 2,6 miljoen euro");
- key-figure boxes: a label line then a number line, or "label: value" lines, or a line of labels over a
  line of numbers.

A table is a table of figures when a column of it, besides the row labels, holds figures: the nine
conditions in two columns of prose are no such table and stay as they are. Each column takes the period,
unit and scale of its header cells (extractor/document/table_words.py); a caption just over the table ("Bedragen
in duizend euro", "(x € 1.000)") or the header cell over the row labels gives the unit and scale of every
column that names none. A row with a label and no figures ("Vaste activa") is the parent of the rows under
it, down to a total row or the next such row (a row indented less ends it); a row without a label, or whose
label names a total, is a total row.

`Tables.cell_at(line, column)` finds the cell a figure was read from (by its source position), the figure
recogniser gives the figure the row's label, the column's period, unit and scale; `header_at` and
`caption_at` tell the header cells and captions, whose numbers are no figures.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from extractor.document import table_words
from extractor.document.model import Document, SourceLine
from extractor.document.table_words import Period


@dataclass
class Column:
    header: str  # the header as written, the header rows' cells joined by a space ("" when none)
    period: Period | None = None
    unit: str | None = None
    scale: int | None = None


@dataclass
class Cell:
    line: int  # index in Document.lines
    start: int  # columns of the cell's text in the source line, end exclusive
    end: int
    column: int  # index in Table.columns


@dataclass
class Row:
    label: str | None  # as written; None for a total row without a label
    parent: str | None
    cells: list[Cell]
    lines: list[int]  # the source lines of the row (a box: its label line and its number line)
    total: bool = False


@dataclass
class Table:
    number: int  # 1-based in the document
    shape: str  # "pipes" | "html" | "tabs" | "aligned" | "leaders" | "pairs" | "colon" | "box"
    columns: list[Column]
    rows: list[Row]
    header: list[tuple[int, int, int]] = field(default_factory=list)  # (line, start, end) of header cells
    caption: list[tuple[int, int, int]] = field(default_factory=list)  # (line, start, end) of caption lines
    unit: str | None = None  # of the caption or the label column's header
    scale: int | None = None

    def column_unit(self, column: int) -> str | None:
        return self.columns[column].unit or self.unit

    def column_scale(self, column: int) -> int | None:
        return self.columns[column].scale or self.scale


@dataclass
class Found:
    table: Table
    row: Row
    cell: Cell


class Tables:
    """The tables of a document, and what each source position of them is."""

    def __init__(self, tables: list[Table]) -> None:
        self.tables = tables
        self._cells: dict[int, list[tuple[int, int, Found]]] = {}
        self._header: dict[int, list[tuple[int, int]]] = {}
        self._caption: dict[int, list[tuple[int, int]]] = {}
        self.row_lines: dict[int, tuple[int, int]] = {}  # line → (table number, row index): a block of its own
        for table in tables:
            for r, row in enumerate(table.rows):
                for cell in row.cells:
                    self._cells.setdefault(cell.line, []).append((cell.start, cell.end, Found(table, row, cell)))
                for line in row.lines:
                    self.row_lines[line] = (table.number, r)
            for line, start, end in table.header:
                self._header.setdefault(line, []).append((start, end))
                self.row_lines.setdefault(line, (table.number, -1))
            for line, start, end in table.caption:
                self._caption.setdefault(line, []).append((start, end))

    def __bool__(self) -> bool:
        return bool(self.tables)

    def cell_at(self, line: int, column: int) -> Found | None:
        for start, end, found in self._cells.get(line, ()):
            if start <= column < end:
                return found
        return None

    def header_at(self, line: int, column: int) -> bool:
        return any(start <= column < end for start, end in self._header.get(line, ()))

    def caption_at(self, line: int, column: int) -> bool:
        return any(start <= column < end for start, end in self._caption.get(line, ()))

    def lines(self) -> set[int]:
        """Every source line a table's cells or header stand on."""
        return set(self.row_lines) | set(self._cells)


# ------------------------------------------------------------------------------------------- cells

# a cell that holds a figure: a number with its sign, currency and at most a few words ("2,6 miljoen euro",
# "-€ 580,16", "(1.234)", "31,0%", "406,07(-)"); a year alone is a header, never a figure cell
_FIGURE = re.compile(r"^[(]?[-−–+]?\s*(?:€|EUR)?\s*[-−–+]?\s*\d[\d.,\u202f\u00a0 ]*(?:\s*[%€])?(?:\s*\(-\))?[)]?"
                     r"(?:\s+[^\W\d]+\.?){0,3}$", re.IGNORECASE)
_YEAR_CELL = re.compile(r"^(?:19|20)\d\d$")
_DASH_CELL = re.compile(r"^[-−–—]$")  # an empty cell written as a dash
_GAP = re.compile(r"\s{2,}|\s*(?:\.{4,}|…{2,}|_{4,}|(?:\. ){3,}\.?)\s*")
_LEADER = re.compile(r"\.{4,}|…{2,}|_{4,}|(?:\. ){3,}")
_PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_HTML_CELL = re.compile(r"<t([dh])\b[^>]*>(.*?)</t[dh]>", re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"<[^<>]+>")
_COLON = re.compile(r"^\s*(?:[-*•–]\s+)?([^\d:|]{2,60}?):\s+(\S.*?)\s*$")
_LABEL_LINE = re.compile(r"^[^\d|:]{2,80}$")
_SENTENCE_END = re.compile(r"[.!?;]\s*$")


def is_figure_cell(text: str) -> bool:
    text = text.strip()
    return bool(text) and len(text) <= 40 and not _YEAR_CELL.match(text) and bool(_FIGURE.match(text))


def _empty_cell(text: str) -> bool:
    return bool(_DASH_CELL.match(text.strip()))


@dataclass
class _Split:
    """One source line cut into cells: (start, end) in the line, the text, and the x of each cell."""

    index: int
    cells: list[tuple[int, int, str]]
    x0: list[float]
    x1: list[float]
    indent: float

    def texts(self) -> list[str]:
        return [text for _, _, text in self.cells]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip())
    right = len(piece.rstrip())
    if right <= left:
        return None
    return start + left, start + right, piece[left:right]


def _cut(text: str, separator: re.Pattern[str]) -> list[tuple[int, int, str]]:
    cells, start = [], 0
    for gap in separator.finditer(text):
        if gap.start() == 0 and gap.end() == 0:
            continue
        if (cell := _trimmed(text, start, gap.start())) is not None:
            cells.append(cell)
        start = gap.end()
    if (cell := _trimmed(text, start, len(text))) is not None:
        cells.append(cell)
    return cells


def _xs(line: SourceLine, cells: list[tuple[int, int, str]]) -> tuple[list[float], list[float], float]:
    """Where each cell starts and ends across the page: its boxes' x (PDF) or its character columns (text)."""
    boxes = line.char_boxes
    if boxes is None:
        indent = float(len(line.text) - len(line.text.lstrip(" ")))
        return [float(s) for s, _, _ in cells], [float(e) for _, e, _ in cells], indent

    def x(at: int, side: int) -> float:
        step = 1 if side == 0 else -1
        i = at
        while 0 <= i < len(boxes):
            box = boxes[i]
            if box is not None:
                return box.x0 if side == 0 else box.x1  # type: ignore[union-attr]
            i += step
        return float(at)

    x0 = [x(s, 0) for s, _, _ in cells]
    x1 = [x(e - 1, 1) for _, e, _ in cells]
    return x0, x1, x0[0] if x0 else 0.0


# ------------------------------------------------------------------------------------------- finding

def find_tables(document: Document) -> Tables:
    """Every table of figures of the document, numbered in reading order."""
    lines = document.lines
    taken: set[int] = set()
    found: list[Table] = []
    markdown = document.format == "markdown"
    for finder in (_pipe_tables, _html_tables) if markdown else ():
        for table in finder(lines):
            found.append(table)
            taken.update(_lines_of(table))
    for table in _tab_tables(lines, taken, document.format != "pdf"):
        found.append(table)
        taken.update(_lines_of(table))
    for table in _aligned_tables(lines, taken):
        found.append(table)
        taken.update(_lines_of(table))
    found.sort(key=lambda t: min(_lines_of(t)))
    kept = [t for t in found if _has_figures(t)]
    for number, table in enumerate(kept, start=1):
        table.number = number
        _add_caption(table, lines, taken)
    return Tables(kept)


def _lines_of(table: Table) -> set[int]:
    return {line for row in table.rows for line in row.lines} | {line for line, _, _ in table.header}


def _has_figures(table: Table) -> bool:
    """A table of figures: some column holds figures in at least half its rows. A table of contents (one
    column of page numbers that never go down) is none."""
    if not table.rows or not table.columns:
        return False
    if len(table.columns) == 1 and table.shape in ("aligned", "leaders") and _page_numbers(table):
        return False
    counted = [sum(1 for row in table.rows if any(c.column == k for c in row.cells)) for k in range(len(table.columns))]
    return max(counted) >= max(1, len([r for r in table.rows if r.cells]) // 2)


def _page_numbers(table: Table) -> bool:
    values = []
    for row in table.rows:
        for cell in row.cells:
            values.append(cell)
    return False if not values else _ascending_pages(values)


def _ascending_pages(cells: list[Cell]) -> bool:
    numbers: list[int] = []
    for cell in cells:
        text = _CELL_TEXT.get(id(cell), "")
        if not re.fullmatch(r"\d{1,3}(?:-\d{1,3})?", text):
            return False
        numbers.append(int(text.split("-")[0]))
    return numbers == sorted(numbers)


_CELL_TEXT: dict[int, str] = {}


def _add_caption(table: Table, lines: list[SourceLine], taken: set[int]) -> None:
    """A caption just over the table (two non-blank lines at most, none of another table) gives the unit
    and scale of the columns that name none."""
    first = min(_lines_of(table))
    seen = 0
    index = first - 1
    while index >= 0 and seen < 2 and index not in taken:
        text = _plain(lines[index].text)
        if text.strip():
            seen += 1
            if table_words.is_caption(text.strip()):
                head = table_words.heading(text)
                table.unit = table.unit or head.unit
                table.scale = table.scale or head.scale
                table.caption.append((index, 0, len(lines[index].text)))
                return
        index -= 1


def _plain(text: str) -> str:
    """A Markdown or HTML line without its markup, the same length (positions stay the same)."""
    return re.sub(r"<[^<>]*>|[*_#>]", lambda m: " " * len(m.group()), text)


# ---- Markdown pipes

def _pipe_tables(lines: list[SourceLine]) -> list[Table]:
    tables, i = [], 0
    while i < len(lines):
        if not lines[i].text.lstrip().startswith("|"):
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].text.lstrip().startswith("|"):
            j += 1
        tables.append(_grid([(k, _pipe_cells(lines[k].text)) for k in range(i, j)], lines, "pipes",
                            separator=lambda k: bool(_PIPE_SEPARATOR.match(lines[k].text))))
        i = j
    return [t for t in tables if t is not None]


def _pipe_cells(text: str) -> list[tuple[int, int, str] | None]:
    bars = [m.start() for m in re.finditer(r"(?<!\\)\|", text)]
    cells = []
    for a, b in zip(bars, bars[1:]):
        cells.append(_trimmed(text, a + 1, b))
    return cells


# ---- HTML

def _html_tables(lines: list[SourceLine]) -> list[Table]:
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
                    content = _plain(token.group(2))
                    cell = _trimmed(content, 0, len(content))
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
        head = table_words.heading(text)
        if position == 0:
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
    """Rows read by position: the first cell is the label, the others are the columns."""
    parent: str | None = None
    for lines, cells in body:
        label_cell = cells[0] if cells else None
        label = label_cell[3] if label_cell and label_cell[3] and not is_figure_cell(label_cell[3]) else None
        figure_cells = []
        for position, cell in enumerate(cells[1:] if label is not None or not cells else cells[1:], start=0):
            if cell is None or not is_figure_cell(cell[3]):
                continue
            if position < len(table.columns):
                figure_cells.append(Cell(cell[0], cell[1], cell[2], position))
        if label_cell and label is None and label_cell[3] and is_figure_cell(label_cell[3]):
            pass  # a number where the label goes: no label, no figure of a column
        if label is not None and not figure_cells:
            parent = _bare(label)
            table.rows.append(Row(label, None, [], lines))
            continue
        total = label is None or table_words.is_total(_bare(label or ""))
        row_label = _bare(label) if label is not None else parent
        row_parent = parent if label is not None else None
        table.rows.append(Row(row_label, row_parent if row_label != parent else None, figure_cells, lines, total))
        if total and label is not None:
            parent = None


def _bare(label: str) -> str:
    return re.sub(r"<[^<>]*>|\*\*|__", "", label).strip(" *_:")


# ---- tabs

def _tab_tables(lines: list[SourceLine], taken: set[int], allowed: bool) -> list[Table]:
    if not allowed:
        return []
    tables, i = [], 0
    while i < len(lines):
        if i in taken or "\t" not in lines[i].text.strip():
            i += 1
            continue
        j = i
        while j < len(lines) and j not in taken and "\t" in lines[j].text.strip():
            j += 1
        rows = []
        for k in range(i, j):
            text = lines[k].text
            cells, start = [], 0
            for m in re.finditer(r"\t+", text):
                cells.append(_trimmed(text, start, m.start()))
                start = m.end()
            cells.append(_trimmed(text, start, len(text)))
            while cells and cells[0] is None and k != i:
                cells.pop(0)
            rows.append((k, cells))
        header_first = rows and not any(c and is_figure_cell(c[2]) for c in rows[0][1][1:]) and len(rows) > 1 and \
            sum(1 for c in rows[0][1][1:] if c and table_words.is_header_cell(c[2])) >= 1
        table = _grid(rows, lines, "tabs", separator=lambda k, first=i: False)
        if table is not None and header_first:
            table = _grid([(rows[0][0], rows[0][1])] + [(-1, [])] + rows[1:], lines, "tabs",
                          separator=lambda k: k == -1)
        if table is not None:
            tables.append(table)
        i = j
    return tables


# ---- aligned with spaces or leader dots, key-figure boxes, "label: value" lists

@dataclass
class _Kind:
    kind: str  # "row" | "loose" | "header" | "label" | "labels" | "colon" | "blank" | "other"
    split: _Split | None = None
    line: str = ""


def _classify(index: int, line: SourceLine) -> _Kind:
    text = _plain(line.text)
    if not any(ch.isalnum() or ch in "€%$£" for ch in text):
        return _Kind("blank")  # white space, or a rule drawn with characters ("________", "( (")
    cells = _cut(text, _GAP)
    if not cells:
        return _Kind("blank")
    x0, x1, indent = _xs(line, cells)
    split = _Split(index, cells, x0, x1, indent)
    kind = _kind(text, split)
    kind.line = text
    return kind


def _kind(text: str, split: _Split) -> _Kind:
    cells, index, indent = split.cells, split.index, split.indent
    texts = split.texts()
    figures = [is_figure_cell(t) or _empty_cell(t) for t in texts]
    if len(cells) >= 2 and any(figures[1:]) and all(figures[1:]) and not is_figure_cell(texts[0]) \
            and len(texts[0]) <= 100 and not (figures[0] and not _empty_cell(texts[0])):
        return _Kind("row", split)
    if all(figures) and any(is_figure_cell(t) for t in texts):
        return _Kind("loose", split)
    if colon := _COLON.match(text):
        value = colon.group(2)
        if is_figure_cell(value) and not _SENTENCE_END.search(colon.group(1)):
            start = colon.start(2)
            label = _trimmed(text, colon.start(1), colon.end(1))
            end = start + len(value)
            split = _Split(index, [label, (start, end, value)] if label else [(start, end, value)],
                           [0.0, float(start)], [0.0, float(end)], indent)
            return _Kind("colon", split)
    if all(table_words.is_header_cell(t) for t in texts[1:]) and len(texts) >= 1 and \
            any(table_words.heading(t).period is not None or table_words.is_header_cell(t) for t in texts) and \
            (len(texts) >= 2 or table_words.is_header_cell(texts[0])):
        return _Kind("header", split)
    if len(texts) >= 2 and all(_LABEL_LINE.match(t) and len(t.split()) <= 6 for t in texts):
        return _Kind("labels", split)
    if len(texts) == 1 and _LABEL_LINE.match(texts[0]) and len(texts[0].split()) <= 8 \
            and not _SENTENCE_END.search(texts[0]):
        return _Kind("label", split)
    return _Kind("other", split)


def _aligned_tables(lines: list[SourceLine], taken: set[int]) -> list[Table]:
    kinds = [_Kind("other") if i in taken else _classify(i, line) for i, line in enumerate(lines)]
    tables: list[Table] = []
    i = 0
    while i < len(kinds):
        table, end = _table_from(kinds, i)
        if table is not None:
            tables.append(table)
            i = end
        else:
            i += 1
    return tables


_DATA = ("row", "loose")


def _table_from(kinds: list[_Kind], i: int) -> tuple[Table | None, int]:
    kind = kinds[i].kind
    if kind == "colon":
        j = i
        while j < len(kinds) and kinds[j].kind == "colon":
            j += 1
        if j - i < 2:
            return None, i + 1
        return _colon_table(kinds[i:j]), j
    if kind == "labels":
        following = _next(kinds, i)
        if following is not None and kinds[following].kind == "loose" and \
                len(kinds[following].split.cells) == len(kinds[i].split.cells):  # type: ignore[union-attr]
            return _box_table(kinds[i], kinds[following]), following + 1
    if kind == "label":
        pairs, j = [], i
        while j < len(kinds) and kinds[j].kind == "label":
            following = _next(kinds, j, 1)
            if following is None or kinds[following].kind != "loose" or \
                    len(kinds[following].split.cells) != 1:  # type: ignore[union-attr]
                break
            pairs.append((kinds[j], kinds[following]))
            after = _next(kinds, following, 1)
            if after is None:
                j = following + 1
                break
            j = after
        if len(pairs) >= 2:
            return _pairs_table(pairs), pairs[-1][1].split.index + 1  # type: ignore[union-attr]
    if kind not in ("header", "row", "label"):
        return None, i + 1
    # a run of header lines, then rows with label lines and blank lines between them
    members: list[_Kind] = []
    j, blanks = i, 0
    seen_row = False
    leaders_seen = False
    while j < len(kinds):
        k = kinds[j].kind
        if k == "blank":
            blanks += 1
            if blanks > (2 if seen_row else 4):  # a header may stand further above the first row
                break
            j += 1
            continue
        if k == "header" and seen_row:
            break
        if k in ("row", "loose"):
            leader = bool(_LEADER.search(kinds[j].line))
            if seen_row and k == "row" and leader != leaders_seen:
                break  # leader dots after columns, or columns after leader dots: another table
            leaders_seen = leader if k == "row" else leaders_seen
            seen_row = True
        elif k == "label":
            following = _next(kinds, j, 2)
            if following is None or kinds[following].kind not in ("row", "label", "loose"):
                break
        elif k != "header":
            break
        members.append(kinds[j])
        blanks = 0
        j += 1
    while members and members[-1].kind not in _DATA:
        members.pop()
    rows = [m for m in members if m.kind == "row"]
    headers = [m for m in members if m.kind == "header"]
    if not rows or (len(rows) < 2 and not headers) or (members and members[0].kind == "loose"):
        return None, i + 1
    if members[0].kind == "label" and not headers and len(rows) < 2:
        return None, i + 1
    end = members[-1].split.index + 1  # type: ignore[union-attr]
    leaders = any(_LEADER.search(m.line) for m in rows)
    return _positional(members, "leaders" if leaders else "aligned"), end


def _next(kinds: list[_Kind], i: int, blanks: int = 1) -> int | None:
    """The next line after i that is not blank, with at most `blanks` blank lines between."""
    j, seen = i + 1, 0
    while j < len(kinds) and kinds[j].kind == "blank":
        seen += 1
        j += 1
    if j >= len(kinds) or seen > blanks:
        return None
    return j


def _positional(members: list[_Kind], shape: str) -> Table:
    """Rows whose figures are put in columns by where they stand across the page (their right edges)."""
    data = [m.split for m in members if m.kind in _DATA]
    edges: list[tuple[float, float]] = []
    for split in data:
        assert split is not None
        start = 1 if split.cells and not is_figure_cell(split.cells[0][2]) and not _empty_cell(split.cells[0][2]) \
            and (len(split.cells) > 1) else 0
        for c in range(start, len(split.cells)):
            edges.append((split.x0[c], split.x1[c]))
    widths = [x1 - x0 for x0, x1 in edges if x1 > x0]
    tolerance = (sorted(widths)[len(widths) // 2] if widths else 3.0) * 0.6
    tolerance = max(tolerance, 2.0)
    rights = sorted(x1 for _, x1 in edges)
    clusters: list[list[float]] = []
    for x in rights:
        if clusters and x - clusters[-1][-1] <= tolerance:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    centres = [sum(c) / len(c) for c in clusters]
    columns = [Column("") for _ in centres]
    table = Table(0, shape, columns, [], [])

    def column_of(x0: float, x1: float) -> int:
        return min(range(len(centres)), key=lambda k: abs(centres[k] - x1))

    headers = [m.split for m in members if m.kind == "header"]
    periods_in_headers = 0
    for split in headers:
        assert split is not None
        for c, (start, end, text) in enumerate(split.cells):
            table.header.append((split.index, start, end))
            head = table_words.heading(text)
            if c == 0 and len(split.cells) > 1 and not table_words.is_header_cell(text):
                continue
            if split.x1[c] < min(centres) - 4 * tolerance and c == 0 and len(split.cells) > 1:
                table.unit = table.unit or head.unit
                table.scale = table.scale or head.scale
                continue
            column = columns[_header_column(split.x0[c], split.x1[c], centres)]
            column.header = f"{column.header} {text}".strip()
            column.period = column.period or head.period
            column.unit = column.unit or head.unit
            column.scale = column.scale or head.scale
            periods_in_headers += head.period is not None
    # one period over several columns (a balance's "31 dec 2023" over the items and their subtotals)
    stated = [c for c in columns if c.period is not None]
    if len(stated) == 1:
        for column in columns:
            column.period = column.period or stated[0].period
            column.header = column.header or stated[0].header
    _rows(table, [m for m in members if m.kind != "header"], column_of)
    return table


def _header_column(x0: float, x1: float, centres: list[float]) -> int:
    """The column a header cell stands over: the one whose figures' right edge is nearest its own right edge
    or inside it."""
    inside = [k for k, c in enumerate(centres) if x0 - 1 <= c <= x1 + 1]
    if inside:
        return inside[0]
    return min(range(len(centres)), key=lambda k: abs(centres[k] - x1))


def _rows(table: Table, members: list[_Kind], column_of: Callable[[float, float], int]) -> None:
    """Label lines are parents of the rows under them (a row indented less than its parent ends it); a row
    without a label or named a total is a total row."""
    stack: list[tuple[float, str]] = []
    previous = ""
    for member in members:
        split = member.split
        assert split is not None
        if member.kind == "label":
            label = _bare(split.cells[0][2])
            if previous != "label":  # a label right under a label is its child; else a sibling or an uncle
                while stack and stack[-1][0] >= split.indent - 0.5:
                    stack.pop()
            previous = "label"
            stack.append((split.indent, label))
            table.rows.append(Row(label, stack[-2][1] if len(stack) > 1 else None, [], [split.index]))
            continue
        previous = member.kind
        labelled = member.kind == "row"
        while labelled and stack and stack[-1][0] > split.indent + 0.5:
            stack.pop()
        cells = []
        for c in range(1 if labelled else 0, len(split.cells)):
            start, end, text = split.cells[c]
            if _empty_cell(text):
                continue
            cells.append(Cell(split.index, start, end, column_of(split.x0[c], split.x1[c])))
            _CELL_TEXT[id(cells[-1])] = text
        if labelled:
            label = _bare(split.cells[0][2])
            total = table_words.is_total(label)
            parent = stack[-1][1] if stack else None
            table.rows.append(Row(label, parent, cells, [split.index], total))
        else:
            label = stack[-1][1] if stack else None
            parent = stack[-2][1] if len(stack) > 1 else None
            table.rows.append(Row(label, parent, cells, [split.index], True))
            if stack:
                stack.pop()  # the total closes its group


def _colon_table(members: list[_Kind]) -> Table:
    table = Table(0, "colon", [Column("")], [], [])
    for member in members:
        split = member.split
        assert split is not None
        label = _bare(split.cells[0][2]) if len(split.cells) > 1 else None
        start, end, _ = split.cells[-1]
        table.rows.append(Row(label, None, [Cell(split.index, start, end, 0)], [split.index]))
    return table


def _pairs_table(pairs: list[tuple[_Kind, _Kind]]) -> Table:
    table = Table(0, "pairs", [Column("")], [], [])
    for label, value in pairs:
        assert label.split is not None and value.split is not None
        start, end, _ = value.split.cells[0]
        table.rows.append(Row(_bare(label.split.cells[0][2]), None, [Cell(value.split.index, start, end, 0)],
                              [label.split.index, value.split.index]))
    return table


def _box_table(labels: _Kind, values: _Kind) -> Table:
    """A line of labels over a line of figures: each figure's label is the one over it."""
    assert labels.split is not None and values.split is not None
    table = Table(0, "box", [Column("")], [], [])
    for (ls, le, text), (vs, ve, _) in zip(labels.split.cells, values.split.cells):
        table.rows.append(Row(_bare(text), None, [Cell(values.split.index, vs, ve, 0)],
                              [labels.split.index, values.split.index]))
        table.header.append((labels.split.index, ls, le))
    return table


