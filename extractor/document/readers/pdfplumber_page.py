"""The pdfplumber engine (`--pdf-engine pdfplumber`): pages read with pdfplumber (pdfminer), one at a time,
each closed and its caches flushed before the next. The reference the pdfium engine is compared with."""

from __future__ import annotations

import logging
import math
import traceback
from contextlib import contextmanager
from typing import Iterator

from extractor.runtime.errors import InputError
from extractor.document.readers.pdf_engine import PageRead
from extractor.document.readers.pdf_guard import _OUR_CODE



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
        self.path = path
        try:
            self.pdf = pdfplumber.open(path)
            self.count = len(self.pdf.pages)
        except PdfminerException as error:
            cause = error.args[0] if error.args else error
            if type(cause).__name__ in ("PDFPasswordIncorrect", "PDFEncryptionError"):
                raise InputError(path, "pdf.password") from None
            raise InputError(path, "pdf.damaged", cause=f"{type(cause).__name__}: {cause}") from None

    def close(self) -> None:
        self.pdf.close()

    def prepare(self) -> None:
        """Nothing of the whole file is read before the pages."""

    def twin(self) -> PlumberPages:
        """The same pages opened anew (in another process: a file handle is not shared)."""
        return PlumberPages(self.path, self.problems)

    def page(self, index: int) -> PageRead:
        page = self.pdf.pages[index]
        problems = self.problems
        before = problems.count
        turn, width = 0, 0.0
        try:
            chars = page.chars
            images = len(page.images) if not chars else 0
            drawn = _drawn(page) if chars else []
            height = float(page.height)
            turn = _dominant_angle(chars)
            width = 0.0 if turn else float(page.width)
            if turn:
                chars, drawn, height = _turned(chars, drawn, float(page.width), height, turn)
            rulings = vertical_rulings(drawn)
        except MemoryError:
            raise
        except Exception as error:  # noqa: BLE001 - a damaged page; a bug of ours is raised
            if ours(error) or "allocate" in str(error).lower():
                raise
            chars, images, rulings, height, turn = [], 0, [], 842.0, 0
            problems.count += 1
        unreadable = problems.count > before or (not chars and not images and contents_lost(page))
        unmapped = sum(1 for c in chars if c["text"].startswith("(cid:"))
        try:
            page.close()  # flushes the page's caches: memory stays bounded however long the file
        except Exception:  # noqa: BLE001
            pass
        return PageRead(index + 1, chars, rulings, images, height, unreadable=unreadable, turned=turn,
                        unmapped=unmapped, width=width)


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


def _drawn(page) -> list[tuple]:
    """Lines and rectangles drawn on the page: (x0, top, x1, bottom, is a rectangle, stroked)."""
    found = [(line["x0"], line["top"], line["x1"], line["bottom"], False, True) for line in page.lines]
    found += [(rect["x0"], rect["top"], rect["x1"], rect["bottom"], True, bool(rect.get("stroke")))
              for rect in page.rects]
    return found


def vertical_rulings(drawn: list[tuple]) -> list[tuple[float, float, float]]:
    """Vertical lines drawn on the page, (x, top, bottom): lines, thin rectangles, the sides of boxes."""
    found = []
    for x0, top, x1, bottom, rectangle, stroke in drawn:
        if not rectangle:
            if abs(x1 - x0) < 1.0 and bottom - top > 2.0:
                found.append(((x0 + x1) / 2, top, bottom))
            continue
        if bottom - top <= 2.0:
            continue
        if x1 - x0 < 2.0:
            found.append(((x0 + x1) / 2, top, bottom))
        elif stroke:
            found += [(x0, top, bottom), (x1, top, bottom)]
    return found


def _angle(char: dict) -> int:
    a, b = char["matrix"][:2]
    return int(round(math.degrees(math.atan2(b, a)) / 90.0)) % 4 * 90


def _dominant_angle(chars: list[dict]) -> int:
    """The angle (as displayed, to a quarter turn) most characters of the page run at."""
    tally: dict[int, int] = {}
    for char in chars:
        if "matrix" in char:
            angle = _angle(char)
            tally[angle] = tally.get(angle, 0) + 1
    return max(sorted(tally), key=lambda a: (tally[a], a == 0)) if tally else 0


def _turned(chars: list[dict], drawn: list[tuple], width: float, height: float,
            turn: int) -> tuple[list[dict], list[tuple], float]:
    """The page turned so that text at `turn` degrees reads left to right (as the pdfium engine reads it):
    the characters and drawn lines in the turned frame, and its height."""
    if turn == 90:
        def place(x: float, y: float) -> tuple[float, float]:
            return y, width - x
        new_height = width
    elif turn == 180:
        def place(x: float, y: float) -> tuple[float, float]:
            return width - x, height - y
        new_height = height
    else:
        def place(x: float, y: float) -> tuple[float, float]:
            return height - y, x
        new_height = width

    def box(x0: float, top: float, x1: float, bottom: float) -> tuple[float, float, float, float]:
        xa, ya = place(x0, height - bottom)  # y up
        xb, yb = place(x1, height - top)
        return min(xa, xb), new_height - max(ya, yb), max(xa, xb), new_height - min(ya, yb)

    turned = []
    for char in chars:
        x0, top, x1, bottom = box(char["x0"], char["top"], char["x1"], char["bottom"])
        upright = _angle(char) == turn if "matrix" in char else False
        turned.append(dict(char, x0=x0, top=top, x1=x1, bottom=bottom, upright=upright,
                           size=bottom - top if upright else char["size"]))
    drawn = [box(x0, top, x1, bottom) + rest for x0, top, x1, bottom, *rest in drawn]
    return turned, drawn, new_height
