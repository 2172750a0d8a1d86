"""Read a PDF report into the document model: lines in reading order, each with its page, line and boxes.

Pages are streamed through pdfplumber one at a time (each closed, its caches flushed, before the next), in
a child process with a time and memory limit (pdf_guard). Each page is put in reading order (pdf_layout:
columns and two-column tables cell by cell), then running headers, footers, page numbers and bottom URLs
are found across pages, removed and recorded (pdf_furniture). Last, text broken across a page is joined
back: a paragraph's next line gets starts_block=False, and a table row broken across a page is emitted
cell by cell, the left cell's continuation right after its beginning, then the right cell.

Line-end hyphens are left as they are ("-", or U+00AD from producers that write it): the normaliser
decides hyphenation for text and PDF alike.
"""

from __future__ import annotations

import hashlib
import logging
import time
import traceback
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterator

from extractor.runtime.errors import InputError
from extractor.document.model import BBox, CharBoxes, Document, Furniture, Location, Notice, SourceLine
from extractor.document.readers.pdf_furniture import PageText, remove_furniture
from extractor.document.readers.pdf_guard import _OUR_CODE, REPAIR, Limits, run_limited
from extractor.document.readers.pdf_layout import Unit, continues, page_units, unfinished
from extractor.document.readers.pdf_rows import join_rows

OCR = "run OCR on it first (e.g. `ocrmypdf in.pdf out.pdf`) and read the result"


def read_pdf(path: Path, *, timeout_s: float | None = None, memory_mb: float | None = None,
             limits: Limits | None = None) -> Document:
    """Read the PDF at `path`; raise InputError (never a silently partial document) if it cannot be read.

    The parse is bounded by `limits` (default: from the environment, see pdf_guard), which grow with the
    page count; `timeout_s` and `memory_mb` set a fixed limit instead (memory on top of what this process
    already uses). Pages the parser cannot read are named in a warning; most of them unreadable, the file is
    refused.
    """
    path = Path(path)
    limits = limits or Limits.from_environment()
    if timeout_s is not None:
        limits = replace(limits, seconds=timeout_s, seconds_per_page=0.0)
    if memory_mb is not None:
        limits = replace(limits, memory_mb=memory_mb, memory_mb_per_page=0.0)
    digest = _check_file(path)
    result = run_limited(_parse, (str(path), limits), path=path, limits=limits)
    lines = [SourceLine(page=page, number=number, text=text, char_boxes=CharBoxes(flat), starts_block=starts)
             for page, number, text, flat, starts in result["lines"]]
    furniture = [Furniture(kind, text, Location(page, line, 1, BBox(*box)))
                 for kind, text, page, line, box in result["furniture"]]
    notices = [Notice(code, message, Location(page, 1, 1) if page else None)
               for code, message, page in result["notices"]]
    return Document(path=path, format="pdf", sha256=digest, lines=lines, pages=result["pages"],
                    notices=notices, furniture=furniture)


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
        raise InputError(path, f"cannot read the file ({error.strerror})",
                         "check the path and its permissions") from None
    if size == 0:
        raise InputError(path, "the file is empty", "export the report again")
    if b"%PDF-" not in head:
        raise InputError(path, f"not a PDF although named .pdf ({_sniff(head)})",
                         "give the report as a real PDF, or rename it to what it is (.txt, .md)")
    if b"%%EOF" not in tail:
        raise InputError(path, "the PDF is truncated (it has no end-of-file marker)",
                         "download or export the file again")
    return digest.hexdigest()


def _sniff(head: bytes) -> str:
    if head.startswith(b"PK"):
        return "it is a ZIP archive: a .docx or .odt?"
    if head.lstrip().startswith(b"<"):
        return "it is HTML or XML"
    try:
        head.decode("utf-8")
        return "it is plain text"
    except UnicodeDecodeError:
        return "it starts with unknown binary data"


# ---------------------------------------------------------------------------------------- in the child

class _Problems(logging.Handler):
    """Counts the errors pdfminer logs while a page is read (a damaged page says so there; its warnings
    also come from sound files, e.g. an unusual colour operand, and are only kept off stderr)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


@contextmanager
def _quiet_pdfminer() -> Iterator[_Problems]:
    """pdfminer's log goes to the counter, never to the user's stderr."""
    loggers = [logging.getLogger(name) for name in ("pdfminer", "pdfplumber")]
    saved = [(logger.handlers, logger.propagate, logger.level) for logger in loggers]
    problems = _Problems()
    for logger in loggers:
        logger.handlers, logger.propagate = [problems], False
        logger.setLevel(logging.WARNING)
    try:
        yield problems
    finally:
        for logger, (handlers, propagate, level) in zip(loggers, saved):
            logger.handlers, logger.propagate = handlers, propagate
            logger.setLevel(level)


def _ours(error: BaseException) -> bool:
    frames = traceback.extract_tb(error.__traceback__)
    return bool(frames) and frames[-1].filename.startswith(_OUR_CODE)


def _parse(path: str, limits: Limits, *, on_pages: Callable[[int], None]) -> dict:
    with _quiet_pdfminer() as problems:
        return _parse_quietly(path, limits, on_pages, problems)


def _parse_quietly(path: str, limits: Limits, on_pages: Callable[[int], None], problems: _Problems) -> dict:
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    started = time.monotonic()
    try:
        pdf = pdfplumber.open(path)
        count = len(pdf.pages)
    except PdfminerException as error:
        cause = error.args[0] if error.args else error
        if type(cause).__name__ in ("PDFPasswordIncorrect", "PDFEncryptionError"):
            raise InputError(path, "the PDF is protected by a password needed to open it",
                             "open it with the password and save an unprotected copy "
                             "(or `qpdf --decrypt --password=PASSWORD in.pdf out.pdf`)") from None
        raise InputError(path, f"the PDF is damaged and cannot be parsed ({type(cause).__name__}: {cause})",
                         REPAIR) from None
    on_pages(count)
    deadline = started + limits.timeout(count)  # checked per page, for runs without the child process
    pages: list[PageText] = []
    notices: list[tuple[str, str, int | None]] = []
    no_text: list[int] = []
    unreadable: list[int] = []
    unmapped = 0
    columns: list[float] = []
    with pdf:
        if count == 0:
            raise InputError(path, "the PDF has no pages", "export the report again")
        for number, page in enumerate(pdf.pages, 1):
            if time.monotonic() > deadline:
                raise InputError(path, f"reading the PDF took longer than {limits.timeout(count):g} s",
                                 limits.hint("seconds"))
            before = problems.count
            try:
                chars = page.chars
                images = page.images if not chars else []
                rulings = _vertical_rulings(page) if chars else []
                height = float(page.height)
            except MemoryError:
                raise
            except Exception as error:  # noqa: BLE001 - a damaged page; a bug of ours is raised
                if _ours(error) or "allocate" in str(error).lower():
                    raise
                chars, images, rulings, height = [], [], [], 842.0
                problems.count += 1
            if problems.count > before or (not chars and not images and _contents_lost(page)):
                unreadable.append(number)
            if not chars and images:
                no_text.append(number)
            unmapped += sum(1 for c in chars if c["text"].startswith("(cid:"))
            units, size, columns = page_units(chars, rulings, columns)
            units = join_rows(units, size)  # a table of figures read row by row, each row one line
            pages.append(PageText(number, height, size, units))
            try:
                page.close()  # flushes the page's caches: memory stays bounded however long the file
            except Exception:  # noqa: BLE001
                pass
    if unreadable and 2 * len(unreadable) > count:
        raise InputError(path, f"the PDF is damaged: {len(unreadable)} of its {count} pages cannot be read "
                         f"({_page_list(unreadable)})", REPAIR)
    if unreadable:
        notices.append(("pdf.unreadable_pages",
                        f"the PDF is damaged: {_page_list(unreadable)} could not be read whole, their text may "
                        f"be missing; {REPAIR}", unreadable[0]))
    if no_text and len(no_text) == count:
        raise InputError(path, "no page has a text layer (a scanned PDF)", OCR)
    for number in no_text:
        notices.append(("pdf.no_text_layer",
                        f"page {number} has no text layer, only images (scanned?): its text is missing; {OCR}",
                        number))
    if unmapped:
        notices.append(("pdf.unmapped_glyphs",
                        f"{unmapped} characters have no Unicode mapping in their font and read as (cid:N)", None))
    if not any(page.units for page in pages):
        raise InputError(path, "the PDF contains no text", "check that this is the right file")
    furniture = remove_furniture(pages)
    return {
        "pages": count,
        "lines": _assemble(pages),
        "furniture": [(f.kind, f.text, f.page, f.line, f.bbox) for f in furniture],
        "notices": notices,
    }


def _contents_lost(page) -> bool:
    """The page names content streams that cannot be found or decode to nothing (a damaged file; an empty
    page of a sound one has no /Contents, or a stream that is empty as written)."""
    from pdfminer.pdftypes import PDFStream, resolve1

    try:
        attrs = page.page_obj.attrs
        if "Contents" not in attrs:
            return False
        contents = resolve1(attrs["Contents"])
        for stream in map(resolve1, contents if isinstance(contents, list) else [contents]):
            if not isinstance(stream, PDFStream):
                return True  # the object the page points to is not there
            if not stream.get_data() and (stream.attrs.get("Filter") or (resolve1(stream.attrs.get("Length")) or 0)):
                return True  # compressed data that decodes to nothing
    except Exception:  # noqa: BLE001 - what cannot even be looked at is lost
        return True
    return False


def _vertical_rulings(page) -> list[tuple[float, float, float]]:
    """Vertical lines drawn on the page, (x, top, bottom): lines, thin rectangles, the sides of boxes."""
    found = []
    for line in page.lines:
        if abs(line["x1"] - line["x0"]) < 1.0 and line["bottom"] - line["top"] > 2.0:
            found.append(((line["x0"] + line["x1"]) / 2, line["top"], line["bottom"]))
    for rect in page.rects:
        if rect["bottom"] - rect["top"] <= 2.0:
            continue
        if rect["x1"] - rect["x0"] < 2.0:
            found.append(((rect["x0"] + rect["x1"]) / 2, rect["top"], rect["bottom"]))
        elif rect.get("stroke"):
            found += [(rect["x0"], rect["top"], rect["bottom"]), (rect["x1"], rect["top"], rect["bottom"])]
    return found


def _page_list(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:20]) + (", ..." if len(numbers) > 20 else "")
    return ("page " if len(numbers) == 1 else "pages ") + shown


def _assemble(pages: list[PageText]) -> list[tuple]:
    """Number lines within their page, join text broken across pages, and flatten to reading order."""
    units: list[Unit] = []
    for page in pages:
        number = 0
        for unit in page.units:
            for line in unit.lines():
                number += 1
                line.page, line.number = page.number, number
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
    return [(line.page, line.number, line.text, line.boxes, line.starts_block)
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
