"""Tables of figures in a document's source lines: header rows, row labels with their parent rows, columns.

Found in every input, on the source lines (so in every reader's output alike; a PDF's table rows are put
together by its reader, extractor/document/readers/pdf_rows.py, as lines with their cells apart):

- pipes, in Markdown and plain text (`| | 2022 | 2023 |`, the rows above `|---|` are the header; ASCII-art grids
  between `+---+` rules, the rows above `+===+` the header) and HTML tables (`<tr>`,
  `<th>`/`<td>`, one row per line or a cell per line);
- cells apart by tabs, by two spaces or more, or by leader dots ("Omzet ........ 2,6 miljoen euro");
- key-figure boxes: a label line then a number line, or "label: value" lines, or a line of labels over a
  line of numbers.

A table is a table of figures when a column of it, besides the row labels, holds figures: the nine
conditions in two columns of prose are no such table and stay as they are. Each column takes the period,
unit and scale of its header cells (extractor/document/tables/words.py); a caption just over the table ("Bedragen
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

from extractor.document import footnotes
from extractor.document.model import Document, SourceLine
from extractor.document.tables import words
from extractor.document.tables.aligned import aligned_tables
from extractor.document.tables.cells import LABEL_LINE, SENTENCE_END, bare, is_figure_cell, plain, vertical
from extractor.document.tables.grids import html_tables, pipe_tables, tab_tables
from extractor.document.tables.model import Cell, Column, Found, Row, Table, Tables
from extractor.document.tables.sides import halves

__all__ = ["Cell", "Column", "Found", "Row", "Table", "Tables", "find_tables", "is_figure_cell"]


def find_tables(document: Document) -> Tables:
    """Every table of figures of the document, numbered in reading order."""
    lines = document.lines
    taken: set[int] = set()
    found: list[Table] = []
    # pipes in plain text as in Markdown (pasted from a Markdown editor, an e-mail, a wiki); HTML in Markdown only
    finders = {"markdown": (pipe_tables, html_tables), "text": (pipe_tables,)}.get(document.format, ())
    for finder in finders:
        for table in finder(lines):
            found.append(table)
            taken.update(_lines_of(table))
    for table in tab_tables(lines, taken, document.format != "pdf"):
        found.append(table)
        taken.update(_lines_of(table))
    # a two-sided statement (sides.py): the left halves read as the document, then the right halves alone
    two_sided = halves(lines, taken) if document.format == "pdf" else None
    views = [(lines, taken)] if two_sided is None else [(two_sided[0], taken), (two_sided[1], set(taken))]
    for view, before in views:
        for table in aligned_tables(view, before):
            found.append(table)
            taken.update(_lines_of(table))
    found.sort(key=lambda t: min(_lines_of(t)))
    kept = [t for t in found if _has_figures(t)]
    for number, table in enumerate(kept, start=1):
        table.number = number
        _unmark(table)
        _transpose(table)
        _add_caption(table, lines, taken)
        _add_title(table, lines, taken)
    return Tables(kept)


def _unmark(table: Table) -> None:
    """Row labels without their footnote markers ("Kano's¹", "Gemiddelde uitleenduur[2]"): the marker refers to a
    note under the table, it is no word of the label (was: the key "kano_s", another series than "10 kano's")."""
    for row in table.rows:
        row.label = _unmarked(row.label)
        row.parent = _unmarked(row.parent)


def _unmarked(label: str | None) -> str | None:
    if not label:
        return label
    spans = footnotes.markers(label, None)
    for start, end in reversed(spans):
        label = label[:start] + label[end:]
    return " ".join(label.split()) if spans else label


def _transpose(table: Table) -> None:
    """A table whose rows are years and whose columns are quantities ("| Jaar | Uitleningen | Leden |" over
    "| 2024 | 4.480 | 336 |"): every row with figures is labelled by a period alone, two rows or more, and no
    column's header names a period but some name what they count. Each row takes the period of its label (was:
    every cell labelled by its year, the column's quantity unused)."""
    rows = [row for row in table.rows if row.cells]
    if len(rows) < 2 or any(column.period is not None for column in table.columns) \
            or not any(words.WORDLIKE_REST.search(words.heading(column.header).rest) for column in table.columns):
        return
    periods = []
    for row in rows:
        head = words.heading(row.label) if row.label else None
        if head is None or head.period is None or head.period.value is None \
                or words.WORDLIKE_REST.search(head.rest):
            return
        periods.append(head.period)
    if len({period.value for period in periods}) < len(periods):
        return  # a year twice: no row per year
    table.transposed = True
    for row, period in zip(rows, periods):
        row.period = period


def _lines_of(table: Table) -> set[int]:
    return {line for row in table.rows for line in row.lines} | {line for line, _, _ in table.header}


def _has_figures(table: Table) -> bool:
    """A table of figures: some column holds figures in at least half its rows. A table of contents (one
    column of page numbers that never go down) is none."""
    if not table.rows or not table.columns:
        return False
    if table.shape in ("aligned", "leaders") and all(len(row.cells) <= 1 for row in table.rows) \
            and not any(row.total and row.label for row in table.rows) and _page_numbers(table):
        # (a row labelled as a total, "Totaal", "Som der vlottende activa": amounts that add up, no contents)
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
        text = cell.text
        if not re.fullmatch(r"\d{1,3}(?:-\d{1,3})?", text):
            return False
        numbers.append(int(text.split("-")[0]))
    return numbers == sorted(numbers)


def _out_of_order(lines: list[SourceLine], index: int, taken: set[int]) -> bool:
    """(PDF) A line of another table that stands higher on its page than the line the reader gave before it (a
    box of key figures read as a column of its own, after the caption under the boxes): no line between that
    line and what follows it."""
    line = lines[index]
    before = next((k for k in range(index - 1, -1, -1) if k not in taken and plain(lines[k].text).strip()), None)
    if before is None or line.char_boxes is None or lines[before].char_boxes is None or \
            lines[before].page != line.page:
        return False
    _, bottom = vertical(line)
    top, _ = vertical(lines[before])
    return bottom is not None and top is not None and bottom < top


def _add_caption(table: Table, lines: list[SourceLine], taken: set[int]) -> None:
    """A caption just over the table (two non-blank lines at most, none of another table) gives the unit
    and scale of the columns that name none; so does a title that says its unit beside it, in brackets or after
    a comma ("Verkorte resultatenrekening (in euro)"), as the title in the corner over the row labels does."""
    first = min(_lines_of(table))
    seen = 0
    index = first - 1
    while index >= 0 and seen < 2:
        if index in taken:
            if not _out_of_order(lines, index, taken):
                return
            index -= 1
            continue
        text = plain(lines[index].text)
        if text.strip():
            seen += 1
            if words.is_caption(text.strip()):
                head = words.heading(text)
                table.unit = table.unit or head.unit
                table.scale = table.scale or head.scale
                table.caption.append((index, 0, len(lines[index].text)))
                return
            if (titled := words.corner(text.strip())) is not None and len(text.split()) <= TITLE_WORDS \
                    and not SENTENCE_END.search(text.strip()):
                # a title with its unit beside it ("Verkorte resultatenrekening (in euro)"), as over the row labels
                table.unit = table.unit or titled.unit
                table.scale = table.scale or titled.scale
                return
        index -= 1


TITLE_WORDS = 12  # a title with its unit beside it is this long at most ("Balans op het einde van het boekjaar (in euro)")
_TITLED = ("pipes", "html", "tabs", "colon")  # space-aligned tables and boxes find their title themselves


def _add_title(table: Table, lines: list[SourceLine], taken: set[int]) -> None:
    """The heading just over a table (a blank line between at most, a line of no other table): a short line of
    words alone, no figure, no sentence, no caption of units ("Kerncijfers", "## Personeel") is its title, as a
    label line over every row of a space-aligned table is; not when a total row names it (then it is a group)."""
    if table.title is not None or table.shape not in _TITLED:
        return
    first = min(_lines_of(table))
    index, blanks = first - 1, 0
    while index >= 0 and not plain(lines[index].text).strip():
        index, blanks = index - 1, blanks + 1
    if index < 0 or blanks > 1 or index in taken or any(line == index for line, _, _ in table.caption):
        return
    text = plain(lines[index].text).strip()
    if not LABEL_LINE.match(text) or SENTENCE_END.search(text) or len(text.split()) > 8 or words.is_caption(text):
        return
    title = bare(text)
    if any(row.label and row.total and title.lower() in row.label.lower() for row in table.rows):
        return
    table.title = title
