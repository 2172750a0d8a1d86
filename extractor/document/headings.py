"""The headings of a PDF: the lines that open a block in type larger than the body's.

The report JSON keeps no type sizes, so the steps after extraction (a figure's section, when figures are
linked across years) find a PDF's headings from its lines. A PDF read in this process keeps its headings here
(`remember`, by the file's sha256 and the engine that read it: a few short strings a report), so that those
steps need not read the file a second time.
"""

from __future__ import annotations

import re
import statistics
from collections import OrderedDict

from extractor.document.model import SourceLine

HEADING_SIZE = 1.15  # a PDF heading is set in type this many times the body's or larger
SIZE_SLACK = 0.5  # points: the lines of one heading are set in one type
HEADING_WORDS = 25  # words of a heading at most
_SENTENCE_END = (".", ",")
_URL = re.compile(r"://|^www\.", re.IGNORECASE)
REMEMBERED = 1024  # PDFs whose headings this process keeps (the least recently read go first)

Heading = tuple[tuple[int, int], str]
_remembered: OrderedDict[tuple[str, str], list[Heading]] = OrderedDict()


def type_size(line: SourceLine) -> float:
    """The median height of the line's character boxes (0 without any)."""
    boxes = line.char_boxes
    if boxes is None:
        return 0.0
    flat = boxes.values
    heights = [bottom - top for x0, top, bottom in zip(flat[0::4], flat[1::4], flat[3::4]) if x0 == x0]
    return statistics.median(heights) if heights else 0.0


def pdf_headings(lines: list[SourceLine]) -> list[Heading]:
    """The headings of a PDF's lines: a line that opens a block in type HEADING_SIZE times the body's or larger,
    short and no sentence, with the lines in the same type that continue it ("Bevorderen van de persoonlijke
    ontplooiing en de keuze voor een optimale," + "toegankelijke werkomgeving"): ((page, line), text)."""
    sizes = [type_size(line) for line in lines]
    body = statistics.median([size for size, line in zip(sizes, lines) if line.text.strip() and size] or [0.0])
    found: list[Heading] = []
    k = 0
    while k < len(lines):
        line, size = lines[k], sizes[k]
        if not body or size < HEADING_SIZE * body or not line.starts_block or not line.text.strip():
            k += 1
            continue
        parts = [line.text.strip()]
        while k + 1 < len(lines) and not lines[k + 1].starts_block and lines[k + 1].page == line.page \
                and abs(sizes[k + 1] - size) <= SIZE_SLACK and lines[k + 1].text.strip():
            k += 1
            parts.append(lines[k].text.strip())
        text = " ".join(parts)
        if len(text.split()) <= HEADING_WORDS and not text.endswith(_SENTENCE_END) and not _URL.search(text):
            found.append(((line.page or 0, line.number), text))
        k += 1
    return found


def remember(sha256: str, engine: str, lines: list[SourceLine]) -> None:
    """Keep the headings of the PDF of `sha256` as `engine` read it."""
    key = (sha256, engine)
    _remembered[key] = pdf_headings(lines)
    _remembered.move_to_end(key)
    while len(_remembered) > REMEMBERED:
        _remembered.popitem(last=False)


def remembered(sha256: str | None, engine: str) -> list[Heading] | None:
    """The headings of the PDF of `sha256` read by `engine` in this process, or None."""
    return _remembered.get((sha256, engine)) if sha256 else None
