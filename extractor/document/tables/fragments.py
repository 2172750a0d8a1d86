"""(PDF) The later fragments of one statement: a statement of a model of accounts is printed as one grid whose
column header ("Toel.  Codes  Boekjaar  Vorig boekjaar", "(x EUR 1.000)  2024  2023") stands over its first rows
only; a group line, a row the finder could not read or a page break cuts it into several tables. A later table
without a header whose columns of figures stand where the header's columns stand (their right edges), on the same
page with no prose and no other header between, or at the top of the next page, is a fragment of that statement:
its columns take the header, period, unit and scale of the columns they stand under, and its cells under a
column of references ("Codes", "Toel.") are references, no figures (was: every column "", each cell the fiscal
year, and the 4-digit rubric code "9901" taken as the row's figure)."""

from __future__ import annotations

from extractor.document.model import SourceLine
from extractor.document.tables import words
from extractor.document.tables.kinds import Kind
from extractor.document.tables.model import Column, Table

EDGE_FRACTION = 0.5  # a column's right edge and a header column's are one edge within half a character's height
LINES_BETWEEN = 6  # lines between two fragments at most (group lines, a row that could not be read)


def carry_header(before: Table, table: Table, kinds: list[Kind], lines: list[SourceLine]) -> bool:
    """Give `table` the columns of `before` when it is a later fragment of the same statement (see the module);
    whether it was."""
    if table.shape != "aligned" or before.shape != "aligned" or table.header \
            or any(c.header or c.period is not None for c in table.columns) \
            or sum(1 for c in before.columns if c.period is not None) < 2:
        return False
    first = min(line for row in table.rows for line in row.lines)
    last = max(line for row in before.rows for line in row.lines)
    a, b = kinds[last], kinds[first]
    if a.page is None or b.page is None or b.page not in (a.page, a.page + 1) or first - last - 1 > LINES_BETWEEN:
        return False
    if any(_stops(kinds[k]) for k in range(last + 1, first)):
        return False
    height = (b.bottom - b.top) if b.bottom is not None and b.top is not None else 0.0
    mine, theirs = _edges(table, lines), _edges(before, lines)
    if height <= 0 or not mine or not theirs:
        return False
    references = _reference_spans(before, lines)
    places: list[int | None] = []
    spans = _spans(table, lines)
    for edge, span in zip(mine, spans):
        near = [k for k, other in enumerate(theirs) if other is not None and edge is not None
                and abs(other - edge) <= EDGE_FRACTION * height]
        if len(near) == 1:
            places.append(near[0])
        elif span is not None and any(x0 < span[1] and span[0] < x1 for x0, x1 in references):
            places.append(None)  # under "Codes" or "Toel.": a column of references
        else:
            return False
    dated = [k for k in places if k is not None]
    if len(set(dated)) != len(dated) or not any(before.columns[k].period is not None for k in dated):
        return False
    table.columns = [Column(before.columns[k].header, before.columns[k].period, before.columns[k].unit,
                            before.columns[k].scale) if k is not None else Column("Codes") for k in places]
    table.unit, table.scale, table.corner = before.unit, before.scale, before.corner
    for row in table.rows:
        for cell in list(row.cells):
            if places[cell.column] is None:
                row.cells.remove(cell)
                table.references.append((cell.line, cell.start, cell.end))
    return True


def _stops(kind: Kind) -> bool:
    """A line that ends a statement: another header, or a line of prose (one cell of words)."""
    if kind.kind in ("header", "repeat"):
        return True
    return kind.kind == "other" and (kind.split is None or len(kind.split.cells) < 2)


def _reference_spans(table: Table, lines: list[SourceLine]) -> list[tuple[float, float]]:
    """Where the header cells of columns of references ("Codes", "Toel.") stand across the page."""
    found = []
    for line, start, end in table.header:
        boxes = lines[line].char_boxes
        if boxes is None or not words.is_reference_header(lines[line].text[start:end].strip()):
            continue
        xs = [(box.x0, box.x1) for box in (boxes[p] for p in range(start, end)) if box is not None]
        if xs:
            found.append((min(x0 for x0, _ in xs), max(x1 for _, x1 in xs)))
    return found


def _spans(table: Table, lines: list[SourceLine]) -> list[tuple[float, float] | None]:
    """Where each column's cells stand across the page, leftmost left edge to rightmost right edge."""
    spans: dict[int, tuple[float, float]] = {}
    for row in table.rows:
        for cell in row.cells:
            boxes = lines[cell.line].char_boxes
            assert boxes is not None
            xs = [(box.x0, box.x1) for box in (boxes[p] for p in range(cell.start, cell.end)) if box is not None]
            if xs:
                old = spans.get(cell.column, (xs[0][0], xs[-1][1]))
                spans[cell.column] = (min(old[0], min(x for x, _ in xs)), max(old[1], max(x for _, x in xs)))
    return [spans.get(k) for k in range(len(table.columns))]


def _edges(table: Table, lines: list[SourceLine]) -> list[float | None]:
    """The mean right edge of each column's cells across the page (None for a column with no cell)."""
    sums: dict[int, list[float]] = {}
    for row in table.rows:
        for cell in row.cells:
            boxes = lines[cell.line].char_boxes
            if boxes is None:
                return []
            right = next((boxes[p].x1 for p in range(cell.end - 1, cell.start - 1, -1)  # type: ignore[union-attr]
                          if boxes[p] is not None), None)
            if right is not None:
                sums.setdefault(cell.column, []).append(right)
    return [sum(sums[k]) / len(sums[k]) if k in sums else None for k in range(len(table.columns))]
