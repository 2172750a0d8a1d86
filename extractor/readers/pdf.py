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
import time
from pathlib import Path

from extractor.errors import InputError
from extractor.model import BBox, CharBoxes, Document, Furniture, Location, Notice, SourceLine
from extractor.readers.pdf_furniture import PageText, remove_furniture
from extractor.readers.pdf_guard import REPAIR, run_limited
from extractor.readers.pdf_layout import Unit, continues, page_units, unfinished

OCR = "run OCR on it first (e.g. `ocrmypdf in.pdf out.pdf`) and read the result"


def read_pdf(path: Path, *, timeout_s: float = 120.0, memory_mb: int = 2048) -> Document:
    """Read the PDF at `path`; raise InputError (never a partial document) if it cannot be read whole.

    `timeout_s` and `memory_mb` bound the parse (memory on top of what this process already uses).
    """
    path = Path(path)
    digest = _check_file(path)
    result = run_limited(_parse, (str(path), timeout_s), path=path, timeout_s=timeout_s, memory_mb=memory_mb)
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

def _parse(path: str, timeout_s: float) -> dict:
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    deadline = time.monotonic() + timeout_s  # checked per page, for runs without the child process
    try:
        pdf = pdfplumber.open(path)
    except PdfminerException as error:
        cause = error.args[0] if error.args else error
        if type(cause).__name__ in ("PDFPasswordIncorrect", "PDFEncryptionError"):
            raise InputError(path, "the PDF is protected by a password needed to open it",
                             "open it with the password and save an unprotected copy "
                             "(or `qpdf --decrypt --password=PASSWORD in.pdf out.pdf`)") from None
        raise InputError(path, f"the PDF is damaged and cannot be parsed ({type(cause).__name__}: {cause})",
                         REPAIR) from None
    pages: list[PageText] = []
    notices: list[tuple[str, str, int | None]] = []
    no_text: list[int] = []
    unmapped = 0
    with pdf:
        count = len(pdf.pages)
        if count == 0:
            raise InputError(path, "the PDF has no pages", "export the report again")
        for number, page in enumerate(pdf.pages, 1):
            if time.monotonic() > deadline:
                raise InputError(path, f"reading the PDF took longer than {timeout_s:g} s", REPAIR)
            chars = page.chars
            if not chars and page.images:
                no_text.append(number)
            unmapped += sum(1 for c in chars if c["text"].startswith("(cid:"))
            units, size = page_units(chars)
            pages.append(PageText(number, float(page.height), size, units))
            page.close()  # flushes the page's caches: memory stays bounded however long the file
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
