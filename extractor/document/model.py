"""The document model every reader produces and every later step reads.

A reader turns a file into a `Document`: its `SourceLine`s in reading order, each with the page and line
number a user would look up (for PDF the line's visual row on its page, whatever order the text is read in),
and for PDF a box per character. Normalisation never edits these lines; it
builds `Block`s of clean text whose every character carries the source position it came from, so any span
of clean text can be traced back to `Location(page, line, column, bbox)` in the original file.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from math import isnan
from pathlib import Path
from typing import Literal

Format = Literal["pdf", "text", "markdown", "docx", "odt"]

# A source position packs (index of the line in Document.lines, 0-based column) into one int, so that a
# block can keep one compact position per character. Columns are below 2**40: no line is too long.
_COLUMN_BITS = 40
SYNTHETIC = -1  # a character normalisation inserted (a space for a line break): it has no source


def pack(line_index: int, column: int) -> int:
    return (line_index << _COLUMN_BITS) | column


def unpack(position: int) -> tuple[int, int]:
    return position >> _COLUMN_BITS, position & ((1 << _COLUMN_BITS) - 1)


@dataclass(frozen=True, slots=True)
class BBox:
    """A box in PDF points, pdfplumber's coordinates: x from the left, top/bottom from the top of the page."""

    x0: float
    top: float
    x1: float
    bottom: float

    def union(self, other: BBox) -> BBox:
        return BBox(min(self.x0, other.x0), min(self.top, other.top),
                    max(self.x1, other.x1), max(self.bottom, other.bottom))

    def as_list(self) -> list[float]:
        return [round(self.x0, 2), round(self.top, 2), round(self.x1, 2), round(self.bottom, 2)]


class CharBoxes:
    """One box per character of a PDF line, kept as a flat array of floats (NaN: no box, an inserted space).

    Four floats a character instead of an object: a 500-page PDF stays in tens of MB.
    """

    __slots__ = ("_flat",)

    def __init__(self, flat: Sequence[float]) -> None:
        self._flat = flat if isinstance(flat, array) else array("d", flat)

    def __len__(self) -> int:
        return len(self._flat) // 4

    @property
    def values(self) -> Sequence[float]:
        """The flat array itself, x0, top, x1, bottom of each character in turn (read it, do not change it):
        a loop over many lines reads it without making a box per character."""
        return self._flat

    def __getitem__(self, index: int | slice) -> BBox | None | list[BBox | None]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        x0, top, x1, bottom = self._flat[4 * index:4 * index + 4]
        return None if isnan(x0) else BBox(x0, top, x1, bottom)

    def __iter__(self) -> Iterator[BBox | None]:
        return (self[i] for i in range(len(self)))  # type: ignore[misc]


@dataclass
class SourceLine:
    """One line as the user sees it in the original: text files by line, PDF pages by text line."""

    page: int | None  # 1-based page for PDF; None for text and Markdown
    # 1-based: the line in the file (text), or the line within its page (PDF): the rank of its visual row from the
    # top, every line of the page counted (pdf_visible); lines side by side share it
    number: int
    text: str
    char_boxes: CharBoxes | None = None  # PDF only: one box per character of `text`
    # PDF only: the line opens a new paragraph or table cell (a vertical gap, a column change). Text files
    # say this with blank lines instead.
    starts_block: bool = False
    # Word and OpenDocument: the part of the document the line is, ("paragraph", n) or ("table", t, row), each
    # 1-based in the body's order; a table row's cells are apart by tabs. None for the other formats.
    part: tuple[str, int] | tuple[str, int, int] | None = None
    heading: bool = False  # Word and OpenDocument: a paragraph in a heading or title style
    # PDF: characters before this line in its visual row (a bullet, a table's left cell, the other column),
    # read left to right: a location's column counts them too
    offset: int = 0


@dataclass(frozen=True)
class Location:
    page: int | None
    line: int
    column: int  # 1-based column of the first character in the original line
    bbox: BBox | None = None
    # Word and OpenDocument: {"paragraph": n} or {"table": t, "row": r, "cell": c}, 1-based in the body's order
    part: dict[str, int] | None = None

    def to_json(self) -> dict:
        found = {"page": self.page, "line": self.line, "column": self.column,
                 "bbox": self.bbox.as_list() if self.bbox else None}
        if self.part is not None:
            found["part"] = dict(self.part)
        return found


@dataclass
class Notice:
    """A warning about the input: an encoding guessed, a page without text, a report without figures.

    `values` fill its words (vocabulary.notices.<code> of patterns/findings.yaml), so that it is shown in the
    language of whoever reads it (`notice_words`); `message` is the same in English, as stored in the JSON."""

    code: str  # stable, e.g. "encoding.fallback", "pdf.no_text_layer", "report.no_figures"
    message: str
    location: Location | None = None
    values: dict[str, str | int | list[int]] | None = None

    @classmethod
    def of(cls, code: str, location: Location | None = None, **values: str | int | list[int]) -> Notice:
        """The notice `code` with `values`, its message worded in English."""
        return cls(code, notice_words(code, values, "en") or code, location, values)

    def to_json(self) -> dict:
        found = {"code": self.code, "message": self.message,
                 "location": self.location.to_json() if self.location else None}
        if self.values is not None:
            found["values"] = dict(self.values)
        return found


def notice_words(code: str, values: dict, language: str) -> str | None:
    """A notice in words in `language` ("nl" or "en") from its code and values; None for a code the vocabulary
    does not know. `pages` (a list of page numbers) is said as "page 3" / "pages 3, 4"; `where` is those pages,
    else the line `line`."""
    from extractor.dutch.patterns import load

    data = load("findings")
    words = (data if language == "nl" else data["english"])["vocabulary"]["notices"]
    if code not in words:
        return None
    filled = dict(values)
    pages = filled.get("pages")
    if isinstance(pages, list):
        shown = ", ".join(str(page) for page in pages[:20]) + (", ..." if len(pages) > 20 else "")
        filled["pages"] = words["page" if len(pages) == 1 else "pages"].format(pages=shown)
        filled["where"] = filled["pages"]
    elif "line" in filled:
        filled["where"] = words["line"].format(line=filled["line"])
    try:
        return words[code].format(**filled)
    except (KeyError, IndexError):  # values of another version of the words: shown as stored
        return None


@dataclass
class Furniture:
    """Page furniture taken out of the text (footer, page number, repeated URL): recorded, never lost."""

    kind: str  # "footer" | "header" | "page_number" | "url" | "table_header"
    text: str
    location: Location

    def to_json(self) -> dict:
        return {"kind": self.kind, "text": self.text, "location": self.location.to_json()}


@dataclass
class Document:
    path: Path
    format: Format
    sha256: str
    lines: list[SourceLine]
    pages: int | None = None  # number of pages (PDF); None for text
    encoding: str | None = None  # the text encoding read (text and Markdown)
    notices: list[Notice] = field(default_factory=list)
    furniture: list[Furniture] = field(default_factory=list)

    def locate(self, positions: Sequence[int]) -> Location:
        """The location of a span, given the source positions of its characters (synthetic ones skipped).

        The line and column are those of the span's first character; the box (PDF) covers every character
        of the span that lies on the same page as the first one.
        """
        real = [p for p in positions if p != SYNTHETIC]
        if not real:
            raise ValueError("a span with no source characters cannot be located")
        first_line, first_column = unpack(real[0])
        line = self.lines[first_line]
        union: list[float] | None = None  # x0, top, x1, bottom, as BBox.union joins them
        for position in real:
            index, column = unpack(position)
            source = self.lines[index]
            if source.char_boxes is None or source.page != line.page or column >= len(source.char_boxes):
                continue
            flat, at = source.char_boxes.values, 4 * column
            x0 = flat[at]
            if isnan(x0):
                continue
            if union is None:
                union = [x0, flat[at + 1], flat[at + 2], flat[at + 3]]
            else:
                union = [min(union[0], x0), min(union[1], flat[at + 1]), max(union[2], flat[at + 2]),
                         max(union[3], flat[at + 3])]
        bbox = BBox(*union) if union is not None else None
        return Location(page=line.page, line=line.number, column=line.offset + first_column + 1, bbox=bbox,
                        part=part_at(line, first_column))


def part_at(line: SourceLine, column: int) -> dict[str, int] | None:
    """The paragraph, or the table cell, of a Word or OpenDocument line at a 0-based column."""
    if line.part is None:
        return None
    if line.part[0] == "paragraph":
        return {"paragraph": line.part[1]}
    return {"table": line.part[1], "row": line.part[2], "cell": line.text[:column].count("\t") + 1}


@dataclass
class Block:
    """A run of clean text (paragraph, heading, list item or table cell) with its way back to the source.

    `positions[i]` is the packed source position of `text[i]`, or SYNTHETIC, kept as an array("q") of 8 bytes
    a character (a list of ints would take 40: the largest part of a long report's memory).
    """

    text: str
    positions: Sequence[int]
    kind: Literal["heading", "paragraph", "item", "cell"] = "paragraph"
    row: int | None = None  # for cells: the table row (0-based, document-wide) they belong to
    cell: int | None = None  # for cells: the column within the row
    number: int | None = None  # for items of a numbered list: their number ("3. Dividend" → 3)

    def __post_init__(self) -> None:
        if not isinstance(self.positions, array):
            self.positions = array("q", self.positions)
        if len(self.text) != len(self.positions):
            raise ValueError("a block needs exactly one source position per character")
