"""Spreadsheets (XLSX) through openpyxl: one sheet per table, a bold frozen header row, numbers stored as
numbers, a note on a cell where one value needs more said (unit, qualifier, period, source), written atomically.

openpyxl rather than XlsxWriter: it is the library pandas reads XLSX with (`pandas.read_excel`), so what we write
is read back the way researchers will read it, and tests can open the file with the same library.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from extractor.runtime.errors import UserError

FIXED_TIME = datetime(2000, 1, 1)  # the workbook's created/modified stamps: the same input gives the same cells
MAX_WIDTH = 60


@dataclass
class Sheet:
    """One table: its name (at most 31 characters), its header and rows, and notes on cells by (row, column),
    both 0-based over the rows (the header row is not counted)."""

    name: str
    header: Sequence[Any]  # names, or numbers (fiscal years)
    rows: list[Sequence[Any]]
    notes: dict[tuple[int, int], str] = field(default_factory=dict)


def need_openpyxl() -> None:
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        raise UserError(None, "usage.needs_openpyxl") from None


def workbook_bytes(sheets: Iterable[Sheet]) -> bytes:
    need_openpyxl()
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    book.properties.created = book.properties.modified = FIXED_TIME
    book.properties.creator = "extract"
    for sheet in sheets:
        page = book.create_sheet(sheet.name[:31])
        page.append(list(sheet.header))
        for cell in page[1]:
            cell.font = Font(bold=True)
        for row in sheet.rows:
            page.append([_cell(value) for value in row])
        for (r, c), text in sorted(sheet.notes.items()):
            page.cell(row=r + 2, column=c + 1).comment = Comment(text, "extract", width=320, height=110)
        page.freeze_panes = "A2"
        for index, title in enumerate(sheet.header, start=1):
            widest = max([len(str(title))] + [len(str(row[index - 1])) for row in sheet.rows[:500]
                                              if index - 1 < len(row) and row[index - 1] is not None])
            page.column_dimensions[get_column_letter(index)].width = min(MAX_WIDTH, widest + 2)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _cell(value: Any) -> Any:
    """Numbers stay numbers, None an empty cell; a tuple or list becomes text."""
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    return value


def write(path: Path, sheets: Iterable[Sheet]) -> Path:
    from extractor.runtime.jsonio import write_atomic

    write_atomic(path, workbook_bytes(sheets))
    return path
