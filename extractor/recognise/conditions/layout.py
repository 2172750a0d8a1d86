"""The rows of a conditions table laid out in columns on a PDF page, which the reader gives column after column
(all the condition cells, then all the article cells): found again from where each line stands on the page.

A row begins at a height where two columns or more each begin a cell: a line that opens with a capital, a digit
or a mark, not one that goes on with a word in lower case or a bracket ("hoofddoel", "(wet van 20 juli 1955)").
The lines of each column down to the next such height belong to the row; after the last row only the lines
that go on with a cell (in lower case, right under it) do. A page holds such a table when at least
`_MIN_ROWS` rows are found; text in two columns of prose rarely opens a line in both columns at one height."""

from __future__ import annotations

from dataclasses import dataclass

from extractor.document.model import SourceLine

_SAME_HEIGHT = 2.0  # points: two lines whose tops differ by less stand side by side
_SAME_COLUMN = 4.0  # points: two lines whose left edges differ by less are in one column
_MIN_ROWS = 3
_GO_ON = 1.6  # a line goes on with the cell above it when it stands within this many line heights under it


@dataclass(frozen=True)
class _Placed:
    """A piece of a line that stands on its own on the page: the whole line, or one of the cells the reader put
    on one line with a wide gap between them."""

    index: int  # in Document.lines
    start: int  # its columns in the line's text, end exclusive
    end: int
    x0: float
    x1: float
    top: float
    bottom: float
    text: str


_CELL_GAP = 9.0  # points between two characters of a line: wider than a word space, the gap between two cells

GridRows = dict[int, list[tuple[int, int, tuple[int, int, int]]]]


def grid_rows(lines: list[SourceLine]) -> GridRows:
    """line index → (start, end, (page, row, column)) of its pieces that stand in a table read column by column."""
    pages: dict[int, list[_Placed]] = {}
    for index, line in enumerate(lines):
        if line.page is not None and line.char_boxes is not None and line.text.strip():
            pages.setdefault(line.page, []).extend(_pieces(index, line))
    found: GridRows = {}
    for page, placed in pages.items():
        for row, members in enumerate(_rows(placed)):
            for piece, column in members:
                found.setdefault(piece.index, []).append((piece.start, piece.end, (page, row, column)))
    return found


def _pieces(index: int, line: SourceLine) -> list[_Placed]:
    boxes = line.char_boxes
    text = line.text
    kept = [(k, box) for k, box in enumerate(boxes) if box is not None and k < len(text) and not text[k].isspace()]
    pieces: list[list[tuple[int, object]]] = []
    for k, box in kept:
        if pieces and box.x0 - pieces[-1][-1][1].x1 < _CELL_GAP:
            pieces[-1].append((k, box))
        else:
            pieces.append([(k, box)])
    return [_Placed(index, piece[0][0], piece[-1][0] + 1, piece[0][1].x0, max(b.x1 for _, b in piece),
                    min(b.top for _, b in piece), max(b.bottom for _, b in piece),
                    text[piece[0][0]:piece[-1][0] + 1]) for piece in pieces]


def _begins_cell(text: str) -> bool:
    return not (text[0].islower() or text[0] in "([")


def _rows(placed: list[_Placed]) -> list[list[tuple[_Placed, int]]]:
    """The rows of the page's table read column by column, each the pieces of lines it holds with their column;
    [] for a page with none."""
    # lines side by side that stand apart in the reading order: columns the reader gave one after another
    beside: list[tuple[_Placed, _Placed]] = []
    for a in placed:
        for b in placed:
            if a.x1 < b.x0 and abs(a.top - b.top) < _SAME_HEIGHT:
                beside.append((a, b))
    if len(beside) < _MIN_ROWS:
        return []
    columns: list[float] = []
    for line in sorted({p.x0 for pair in beside for p in pair}):
        if not columns or line - columns[-1] >= _SAME_COLUMN:
            columns.append(line)
    starts = sorted({round(a.top, 1) for a, b in beside if _begins_cell(a.text) and _begins_cell(b.text)})
    if len(starts) < _MIN_ROWS:
        return []

    def column_of(line: _Placed) -> int | None:
        return next((k for k, x in enumerate(columns) if abs(line.x0 - x) < _SAME_COLUMN), None)

    rows: list[list[tuple[_Placed, int]]] = [[] for _ in starts]
    last: dict[int, _Placed] = {}  # column → the last line of the last row
    for line in sorted(placed, key=lambda p: p.top):
        column = column_of(line)
        if column is None or line.top < starts[0] - _SAME_HEIGHT:
            continue
        row = max(k for k, top in enumerate(starts) if top - _SAME_HEIGHT <= line.top)
        if row == len(starts) - 1 and line.top > starts[-1] + _SAME_HEIGHT:
            above = last.get(column)
            height = (above.bottom - above.top) if above else 0
            if above is None or _begins_cell(line.text) or line.top - above.top > _GO_ON * max(height, 1.0):
                continue  # under the table: a paragraph of its own, not the last row's cell
        rows[row].append((line, column))
        if row == len(starts) - 1:
            last[column] = line
    return [members for members in rows if members]
