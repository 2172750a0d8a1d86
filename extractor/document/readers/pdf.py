"""Read a PDF report into the document model: lines in reading order, each with its page, line and boxes.

Pages are streamed one at a time through the engine (pdf_engine: pdfium by default, pdfplumber on request),
in a child process with a time and memory limit (pdf_guard). Each page is put in reading order (pdf_layout:
columns and two-column tables cell by cell), then running headers, footers, page numbers and bottom URLs
are found across pages, removed and recorded (pdf_furniture). Last, text broken across a page is joined
back: a paragraph's next line gets starts_block=False, and a table row broken across a page is emitted
cell by cell, the left cell's continuation right after its beginning, then the right cell.

Line-end hyphens are left as they are ("-", or U+00AD from producers that write it): the normaliser
decides hyphenation for text and PDF alike.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import replace
from pathlib import Path
from typing import Callable

from extractor.runtime.errors import InputError
from extractor.document.headings import remember as remember_headings
from extractor.document.model import BBox, CharBoxes, Document, Furniture, Location, Notice, SourceLine
from extractor.document.readers.pdf_furniture import PageText, remove_furniture
from extractor.document.readers.pdf_engine import DEFAULT, page_jobs, selected
from extractor.document.readers.pdf_guard import Limits, run_limited
from extractor.document.readers.pdf_layout import Unit, continues, unfinished
from extractor.document.readers.pdf_pages import read_pages



def read_pdf(path: Path, *, timeout_s: float | None = None, memory_mb: float | None = None,
             limits: Limits | None = None, engine: str | None = None) -> Document:
    """Read the PDF at `path`; raise InputError (never a silently partial document) if it cannot be read.

    The parse is bounded by `limits` (default: from the environment, see pdf_guard), which grow with the
    page count; `timeout_s` and `memory_mb` set a fixed limit instead (memory on top of what this process
    already uses). Pages the parser cannot read are named in a warning; most of them unreadable, the file is
    refused. `engine` reads the characters and lines: "pdfium" or "pdfplumber" (default: pdf_engine.selected()).
    """
    path = Path(path)
    engine = engine or selected()
    limits = limits or Limits.from_environment()
    if timeout_s is not None:
        limits = replace(limits, seconds=timeout_s, seconds_per_page=0.0)
    if memory_mb is not None:
        limits = replace(limits, memory_mb=memory_mb, memory_mb_per_page=0.0)
    digest = _check_file(path)
    _import_engine(engine)
    result = run_limited(_parse, (str(path), limits, engine), path=path, limits=limits)
    lines = [SourceLine(page=page, number=number, text=text, char_boxes=CharBoxes(flat), starts_block=starts,
                        offset=offset)
             for page, number, text, flat, starts, offset in result["lines"]]
    furniture = [Furniture(kind, text, Location(page, line, column, BBox(*box)))
                 for kind, text, page, line, column, box in result["furniture"]]
    notices = [Notice.of(code, Location(page, 1, 1) if page else None, **values)
               for code, values, page in result["notices"]]
    remember_headings(digest, engine, lines)  # for the steps after extraction, which would read the file again
    return Document(path=path, format="pdf", sha256=digest, lines=lines, pages=result["pages"],
                    notices=notices, furniture=furniture)


def _import_engine(engine: str) -> None:
    """Import the engine's libraries in this process, once: each PDF is parsed in a new child process, which
    would import them again for every file (pypdfium2 and pdfminer take 0.1-0.2 s together)."""
    if engine == "pdfplumber":
        import pdfplumber  # noqa: F401
    else:
        import extractor.document.readers.pdfium_page  # noqa: F401
        import pdfminer.pdfdocument  # noqa: F401 - the fonts' declared descents and the damaged pages
        import pdfminer.pdfpage  # noqa: F401
        import pdfminer.pdfparser  # noqa: F401


def _check_file(path: Path) -> str:
    """The file's sha256, after the checks that need no parser: there, not empty, a PDF, not truncated."""
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
            digest = hashlib.sha256(head)
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
            size = handle.tell()
            handle.seek(max(0, size - 2048))
            tail = handle.read()
    except OSError as error:
        raise InputError(path, "pdf.unreadable", cause=error.strerror) from None
    if size == 0:
        raise InputError(path, "pdf.empty")
    if b"%PDF-" not in head:
        raise InputError(path, f"pdf.not_pdf_{_sniff(head)}")
    if b"%%EOF" not in tail:
        raise InputError(path, "pdf.truncated")
    return digest.hexdigest()


def _sniff(head: bytes) -> str:
    """What a file named .pdf is instead: zip, html (or XML), text or binary (pdf.not_pdf_<this>)."""
    if head.startswith(b"PK"):
        return "zip"
    if head.lstrip().startswith(b"<"):
        return "html"
    try:
        head.decode("utf-8")
        return "text"
    except UnicodeDecodeError:
        return "binary"


# ---------------------------------------------------------------------------------------- in the child

def _parse(path: str, limits: Limits, engine: str = DEFAULT, *, on_pages: Callable[[int], None]) -> dict:
    if engine == "pdfplumber":
        from extractor.document.readers.pdfplumber_page import PlumberPages, quiet_pdfminer

        with quiet_pdfminer() as problems:
            return _parse_pages(path, PlumberPages(path, problems), limits, on_pages)
    from extractor.document.readers.pdfium_page import PdfiumPages

    try:
        source = PdfiumPages(path)
    except InputError as error:
        if error.key == "pdf.password":
            raise
        source = None  # pdfium cannot open it: pdfminer says what is wrong, in the words it always did
    if source is None or not source.sound:
        # pdfium repairs a damaged file without a word; pdfminer names the pages it cannot read whole
        if source is not None:
            source.close()
        return _parse(path, limits, "pdfplumber", on_pages=on_pages)
    return _parse_pages(path, source, limits, on_pages)


def _parse_pages(path: str, source, limits: Limits, on_pages: Callable[[int], None]) -> dict:
    started = time.monotonic()
    count = source.count
    on_pages(count)
    deadline = started + limits.timeout(count)  # checked per page, for runs without the child process
    notices: list[tuple[str, str, int | None]] = []
    no_text: list[int] = []
    unreadable: list[int] = []
    turned: list[tuple[int, int]] = []
    unmapped = 0

    def check_time() -> None:
        if time.monotonic() > deadline:
            raise InputError(path, "pdf.too_slow", seconds=f"{limits.timeout(count):g}", pages="",
                             **limits.names("seconds"))

    try:
        if count == 0:
            raise InputError(path, "pdf.no_pages")
        read = read_pages(source, count, page_jobs(), check_time)
    finally:
        source.close()
    for page in read:
        if page.unreadable:
            unreadable.append(page.number)
        if page.no_text:
            no_text.append(page.number)
        if page.turned:
            turned.append((page.number, page.turned))
        unmapped += page.unmapped
    pages = [page.text for page in read]
    if unreadable and 2 * len(unreadable) > count:
        raise InputError(path, "pdf.damaged_pages", unreadable=len(unreadable), count=count,
                         pages=_page_list(unreadable))
    if unreadable:
        notices.append(("pdf.unreadable_pages", {"pages": unreadable}, unreadable[0]))
    if no_text and len(no_text) == count:
        raise InputError(path, "pdf.scanned")
    for number in no_text:
        notices.append(("pdf.no_text_layer", {"pages": [number]}, number))
    for degrees in sorted({degrees for _, degrees in turned}):
        numbers = [number for number, turn in turned if turn == degrees]
        notices.append(("pdf.rotated_text", {"pages": numbers, "degrees": degrees}, numbers[0]))
    if unmapped:
        notices.append(("pdf.unmapped_glyphs", {"count": unmapped}, None))
    if not any(page.units for page in pages):
        raise InputError(path, "pdf.no_text")
    furniture = remove_furniture(pages)
    return {
        "pages": count,
        "lines": _assemble(pages),
        "furniture": [(f.kind, f.text, f.page, f.line, f.column, f.bbox) for f in furniture],
        "notices": notices,
    }


def _page_list(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:20]) + (", ..." if len(numbers) > 20 else "")
    return ("page " if len(numbers) == 1 else "pages ") + shown


def _assemble(pages: list[PageText]) -> list[tuple]:
    """Join text broken across pages and flatten to reading order; each line keeps the number of its visual
    row on its page (pdf_visible, set as the page was read)."""
    units: list[Unit] = []
    for page in pages:
        for unit in page.units:
            for line in unit.lines():
                line.page = page.number
        page_rest = list(page.units)
        if page_rest and units:
            previous, first = units[-1], page_rest[0]
            if previous.kind == "row" and _continue_row(previous, first):
                page_rest.pop(0)
            else:
                last_line = previous.lines()[-1]
                opening = first.lines()[0]
                if unfinished(last_line) and continues(opening):
                    opening.starts_block = False  # a paragraph going on from the page before
        units.extend(page_rest)
    return [(line.page, line.number, line.text, line.boxes, line.starts_block, line.offset)
            for unit in units for line in unit.lines()]


def _continue_row(row: Unit, first: Unit) -> bool:
    """Append `first` to `row` when it continues the row's cells on the next page."""
    if not any(unfinished(cell[-1]) for cell in row.cells if cell):
        return False
    tolerance = 0.5 * first.lines()[0].size
    if first.kind == "row":
        if len(first.cells) != len(row.cells) or any(
                abs(a - b) > tolerance for a, b, cell in zip(first.x0s, row.x0s, first.cells) if cell):
            return False
        if not all(continues(cell[0]) for cell in first.cells if cell):
            return False
        parts = first.cells
    else:
        lines = first.lines()
        left, right = min(line.x0 for line in lines), max(line.x1 for line in lines)
        matches = [i for i, x0 in enumerate(row.x0s) if abs(left - x0) <= tolerance
                   and (i + 1 == len(row.x0s) or right < row.x0s[i + 1])]
        if not matches or not continues(lines[0]):
            return False
        parts = [lines if i == matches[0] else [] for i in range(len(row.cells))]
    for cell, part in zip(row.cells, parts):
        if part:
            part[0].starts_block = False
            cell.extend(part)
    return True
