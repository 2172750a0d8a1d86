"""A table of figures as found: its columns (header, period, unit, scale), its rows (label, parent, cells), and
`Tables`, what each source position of a document's tables is."""

from __future__ import annotations

from dataclasses import dataclass, field

from extractor.document.tables.words import Period


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
    text: str = ""  # as written


@dataclass
class Row:
    label: str | None  # as written; None for a total row without a label
    parent: str | None
    cells: list[Cell]
    lines: list[int]  # the source lines of the row (a box: its label line and its number line)
    total: bool = False
    unit: str | None = None  # the unit its own cell names between its label and its figures ("MWh", "%")
    scale: int | None = None  # the scale its own line names (a key-figure card's "in duizend euro")
    period: Period | None = None  # a table with the years as rows (Table.transposed): the year its label names


@dataclass
class Table:
    number: int  # 1-based in the document
    shape: str  # "pipes" | "html" | "tabs" | "aligned" | "leaders" | "pairs" | "colon" | "box" | "cards"
    columns: list[Column]
    rows: list[Row]
    header: list[tuple[int, int, int]] = field(default_factory=list)  # (line, start, end) of header cells
    caption: list[tuple[int, int, int]] = field(default_factory=list)  # (line, start, end) of caption lines
    # (line, start, end) of the cells of references between a row's label and its amounts: rubric codes, notes
    references: list[tuple[int, int, int]] = field(default_factory=list)
    unit: str | None = None  # of the caption or the label column's header
    scale: int | None = None
    title: str | None = None  # a label line over every row, as written ("Kerncijfers")
    corner: str | None = None  # the header cell over the row labels, as written ("Leden", "Balans (in euro)")
    # the years as rows and the quantities as columns ("| Jaar | Uitleningen | Leden |" over "| 2024 | 4.480 | 336 |"):
    # a cell's period is its row's, what it counts its column's header
    transposed: bool = False

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
        self._references: dict[int, list[tuple[int, int]]] = {}
        self.row_lines: dict[int, tuple[int, int]] = {}  # line → (table number, row index): a block of its own
        owners: dict[int, set[int]] = {}
        for table in tables:
            for r, row in enumerate(table.rows):
                for cell in row.cells:
                    self._cells.setdefault(cell.line, []).append((cell.start, cell.end, Found(table, row, cell)))
                    owners.setdefault(cell.line, set()).add(id(table))
                for line in row.lines:
                    self.row_lines[line] = (table.number, r)
            for line, start, end in table.header:
                self._header.setdefault(line, []).append((start, end))
                self.row_lines.setdefault(line, (table.number, -1))
            for line, start, end in table.caption:
                self._caption.setdefault(line, []).append((start, end))
            for line, start, end in table.references:
                self._references.setdefault(line, []).append((start, end))

        # the lines with the cells of two tables side by side (a two-sided balance sheet, sides.py)
        self.two_sided = {line for line, found in owners.items() if len(found) > 1}

    def __bool__(self) -> bool:
        return bool(self.tables)

    def cell_at(self, line: int, column: int) -> Found | None:
        for start, end, found in self._cells.get(line, ()):
            if start <= column < end:
                return found
        return None

    def cell_spans(self, line: int) -> list[tuple[int, int]]:
        """(start, end) of each cell of figures on the source line, left to right."""
        return sorted((start, end) for start, end, _ in self._cells.get(line, ()))

    def header_at(self, line: int, column: int) -> bool:
        return any(start <= column < end for start, end in self._header.get(line, ()))

    def caption_at(self, line: int, column: int) -> bool:
        return any(start <= column < end for start, end in self._caption.get(line, ()))

    def reference_at(self, line: int, column: int) -> bool:
        """A rubric code or a note's number in a row ("21/28", "6.1" under "Toel."): no figure."""
        return any(start <= column < end for start, end in self._references.get(line, ()))

    def lines(self) -> set[int]:
        """Every source line a table's cells or header stand on."""
        return set(self.row_lines) | set(self._cells)
