"""The pdfplumber engine (`--pdf-engine pdfplumber`): pages read with pdfplumber (pdfminer), one at a time,
each closed and its caches flushed before the next. The reference the pdfium engine is compared with."""

from __future__ import annotations

import logging
import traceback
from contextlib import contextmanager
from typing import Iterator

from extractor.runtime.errors import InputError
from extractor.document.readers.pdf_engine import PageRead
from extractor.document.readers.pdf_guard import _OUR_CODE, REPAIR

PASSWORD = ("the PDF is protected by a password needed to open it",
            "open it with the password and save an unprotected copy "
            "(or `qpdf --decrypt --password=PASSWORD in.pdf out.pdf`)")


class _Problems(logging.Handler):
    """Counts the errors pdfminer logs while a page is read (a damaged page says so there; its warnings
    also come from sound files, e.g. an unusual colour operand, and are only kept off stderr)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


@contextmanager
def quiet_pdfminer() -> Iterator[_Problems]:
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


def ours(error: BaseException) -> bool:
    frames = traceback.extract_tb(error.__traceback__)
    return bool(frames) and frames[-1].filename.startswith(_OUR_CODE)


class PlumberPages:
    """The pages of one PDF, read with pdfplumber; use inside `quiet_pdfminer()`."""

    def __init__(self, path: str, problems: _Problems) -> None:
        import pdfplumber
        from pdfplumber.utils.exceptions import PdfminerException

        self.problems = problems
        try:
            self.pdf = pdfplumber.open(path)
            self.count = len(self.pdf.pages)
        except PdfminerException as error:
            cause = error.args[0] if error.args else error
            if type(cause).__name__ in ("PDFPasswordIncorrect", "PDFEncryptionError"):
                raise InputError(path, *PASSWORD) from None
            raise InputError(path, f"the PDF is damaged and cannot be parsed ({type(cause).__name__}: {cause})",
                             REPAIR) from None

    def close(self) -> None:
        self.pdf.close()

    def page(self, index: int) -> PageRead:
        page = self.pdf.pages[index]
        problems = self.problems
        before = problems.count
        try:
            chars = page.chars
            images = len(page.images) if not chars else 0
            rulings = vertical_rulings(page) if chars else []
            height = float(page.height)
        except MemoryError:
            raise
        except Exception as error:  # noqa: BLE001 - a damaged page; a bug of ours is raised
            if ours(error) or "allocate" in str(error).lower():
                raise
            chars, images, rulings, height = [], 0, [], 842.0
            problems.count += 1
        unreadable = problems.count > before or (not chars and not images and contents_lost(page))
        unmapped = sum(1 for c in chars if c["text"].startswith("(cid:"))
        sideways = 2 * sum(1 for c in chars if not c.get("upright", True)) > len(chars)
        try:
            page.close()  # flushes the page's caches: memory stays bounded however long the file
        except Exception:  # noqa: BLE001
            pass
        return PageRead(index + 1, chars, rulings, images, height, unreadable=unreadable, sideways=sideways,
                        unmapped=unmapped)


def contents_lost(page) -> bool:
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


def vertical_rulings(page) -> list[tuple[float, float, float]]:
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
