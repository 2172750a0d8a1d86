"""Cutting a source line into cells: by pipes, tabs, two spaces or more, leader dots, or (PDF) a wide gap between
words; what a cell holds (a figure, a dash for none)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.document.model import SourceLine


# a cell that holds a figure: a number with its sign, currency and at most a few words ("2,6 miljoen euro",
# "-€ 580,16", "(1.234)", "-/- 150", "31,0%", "406,07(-)", "86 kandidaat-huurders", "-€1,200,000" as a spreadsheet
# set to English groups it); a year alone is a header, never
# a figure cell
_FIGURE = re.compile(r"^(?:-/-\s*)?[(]?[-−–+]?\s*(?:€|EUR)?\s*[(]?[-−–+]?\s*(?:\d{1,3}(?:[.,\u202f\u00a0 ]\d{3})+|\d+)"
                     r"(?:[.,]\d+)?(?:\s*[%€])?(?:\s*\(-\)|\s*-/-|-)?[)]?(?:\s+[^\W\d]+(?:-[^\W\d]+)*\.?){0,3}$",
                     re.IGNORECASE)
# a cell whose amount is written negative by its parentheses, as accounts do: "(1.210)", "(€ 610)"
_BRACKETED = re.compile(r"^\(\s*[-−–]?\s*(?:€|EUR)?\s*\d[\d.,\u202f\u00a0 ]*\)$", re.IGNORECASE)
_YEAR_CELL = re.compile(r"^(?:19|20)\d\d$")
# the code of a rubric of a model of accounts between a row's label and its amounts ("21/28", "70/76A" of the
# Belgian model annual accounts): a reference, never a figure; a code without a slash ("9904") is one by its
# column's header (words.is_reference_header)
# never a date ("31/08/2023", "01/07", "31/8"); "640/8" (three digits, then one) is a code
_REFERENCE_CELL = re.compile(r"^(?:[1-9]\d{1,3}[A-Z]?/[1-9]\d{1,3}|[1-9]\d{2,3}[A-Z]?/[1-9])[A-Z]?$")
# the sign a model of accounts prints between a row's label and its amounts ("(+)/(-)", "(-)"): says how the row
# counts, no figure; kept apart with the references (the row stays a row of its table)
_SIGN_MARK = re.compile(r"^\([+-]\)(?:\s*/\s*\([+-]\))?$")
# the number of a note with two dots or more ("6.1.2" in the "Toel." column): no amount is written so
_NOTE_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){2,3}$")
_DASH_CELL = re.compile(r"^(?:(?:€|EUR)\s*)?[-−–—]$")  # an empty cell written as a dash ("€     -": a spreadsheet's nil)
GAP = re.compile(r"\s{2,}|\s*(?:\.{4,}|…{2,}|_{4,}|(?:\. ){3,}\.?)\s*")
_MAY_GAP = re.compile(r"\s\s|\.\.\.\.|…|____|\. \. \.")  # what any cut of GAP needs
LEADER = re.compile(r"\.{4,}|…{2,}|_{4,}|(?:\. ){3,}")
PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
COLON = re.compile(r"^\s*(?:[-*•–]\s+)?([^\d:|]{2,60}?):\s+(\S.*?)\s*$")
LABEL_LINE = re.compile(r"^[^\d|:]{2,80}$")
SENTENCE_END = re.compile(r"[.!?;]\s*$")
WORDLIKE = re.compile(r"[^\W\d_]{3}")  # a row label holds a word (OCR debris "e 2" is none)


def is_figure_cell(text: str) -> bool:
    text = text.strip()
    return bool(text) and len(text) <= 40 and not _YEAR_CELL.match(text) and bool(_FIGURE.match(text))


def bracketed(text: str) -> bool:
    """An amount in parentheses, a table's way of writing it negative ("(1.210)"); "406,07(-)" is another mark."""
    return bool(_BRACKETED.match(text.strip()))


def reference_cell(text: str) -> bool:
    return bool(_REFERENCE_CELL.match(text.strip()) or _SIGN_MARK.match(text.strip())
                or _NOTE_NUMBER.match(text.strip()))


def empty_cell(text: str) -> bool:
    return bool(_DASH_CELL.match(text.strip()))


@dataclass
class Split:
    """One source line cut into cells: (start, end) in the line, the text, and the x of each cell."""

    index: int
    cells: list[tuple[int, int, str]]
    x0: list[float]
    x1: list[float]
    indent: float

    def texts(self) -> list[str]:
        return [text for _, _, text in self.cells]


def trimmed(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip())
    right = len(piece.rstrip())
    if right <= left:
        return None
    return start + left, start + right, piece[left:right]


def cut(text: str, separator: re.Pattern[str]) -> list[tuple[int, int, str]]:
    if separator is GAP and not _MAY_GAP.search(text.strip()):
        whole = trimmed(text, 0, len(text))  # one cell: the common case, decided by one quick look
        return [whole] if whole else []
    cells, start = [], 0
    for gap in separator.finditer(text):
        if gap.start() == 0 and gap.end() == 0:
            continue
        if (cell := trimmed(text, start, gap.start())) is not None:
            cells.append(cell)
        start = gap.end()
    if (cell := trimmed(text, start, len(text))) is not None:
        cells.append(cell)
    return cells


# a minus mark or a currency set apart from its amount by the layout: "-/-     1.500", "€      1.500" (a
# spreadsheet's accounting format), "-€     1.500", "€  -     1.500"
_MARK_CELL = re.compile(r"^(?:-/-|[-−–]?\s*(?:€|EUR)(?:\s*[-−–])?)$")


def joined_marks(text: str, cells: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The cells of a line with a minus mark that stands alone before an amount ("Lasten   -/-   1.500") made
    one cell with it ("-/-   1.500"), as the writer meant: the row keeps its columns, the amount its sign."""
    if not any(_MARK_CELL.match(cell[2]) for cell in cells):
        return cells
    joined: list[tuple[int, int, str]] = []
    k = 0
    while k < len(cells):
        start, end, written = cells[k]
        if _MARK_CELL.match(written) and k + 1 < len(cells) and (
                is_figure_cell(cells[k + 1][2]) or written[-1:] in "€R" and _DASH_CELL.match(cells[k + 1][2])):
            end = cells[k + 1][1]
            joined.append((start, end, text[start:end]))
            k += 2
            continue
        joined.append(cells[k])
        k += 1
    return joined


def apart(line: SourceLine, cell: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """A PDF cell cut where a space between two words is wider than the line is high: two header cells the
    layout set on one line ("Boekjaar      Vorig boekjaar")."""
    start, end, _ = cell
    boxes = line.char_boxes
    assert boxes is not None
    flat = boxes.values  # x0, top, x1, bottom per character (x0 NaN: no box): no box object made per space
    text = line.text
    pieces, begin = [], start
    i = text.find(" ", start + 1, end - 1)
    while i >= 0:
        left, right = 4 * (i - 1), 4 * (i + 1)
        if flat[left] == flat[left] and flat[right] == flat[right]:
            height = flat[left + 3] - flat[left + 1]
            if flat[right] - flat[left + 2] > 1.2 * height:
                if (piece := trimmed(text, begin, i)) is not None:
                    pieces.append(piece)
                begin = i + 1
        i = text.find(" ", i + 1, end - 1)
    if (piece := trimmed(line.text, begin, end)) is not None:
        pieces.append(piece)
    return pieces


def xs(line: SourceLine, cells: list[tuple[int, int, str]]) -> tuple[list[float], list[float], float]:
    """Where each cell starts and ends across the page: its boxes' x (PDF) or its character columns (text)."""
    boxes = line.char_boxes
    if boxes is None:
        indent = float(len(line.text) - len(line.text.lstrip(" ")))
        return [float(s) for s, _, _ in cells], [float(e) for _, e, _ in cells], indent

    def x(at: int, side: int) -> float:
        step = 1 if side == 0 else -1
        i = at
        while 0 <= i < len(boxes):
            box = boxes[i]
            if box is not None:
                return box.x0 if side == 0 else box.x1  # type: ignore[union-attr]
            i += step
        return float(at)

    x0 = [x(s, 0) for s, _, _ in cells]
    x1 = [x(e - 1, 1) for _, e, _ in cells]
    return x0, x1, x0[0] if x0 else 0.0


def vertical(line: SourceLine) -> tuple[float | None, float | None]:
    """The top and bottom of a PDF line: those of its characters' boxes."""
    boxes = line.char_boxes
    assert boxes is not None
    flat = boxes.values  # x0, top, x1, bottom per character (x0 NaN: no box): no box object made per character
    lefts = flat[0::4]
    tops = [top for x0, top in zip(lefts, flat[1::4]) if x0 == x0]
    if not tops:
        return None, None
    return min(tops), max(bottom for x0, bottom in zip(lefts, flat[3::4]) if x0 == x0)


def plain(text: str) -> str:
    """A Markdown or HTML line without its markup, the same length (positions stay the same)."""
    if "<" in text:
        text = _TAG.sub(lambda m: " " * len(m.group()), text)
    # a line without a mark is left as it is: translate reads every character of it (slowly, in a line with
    # one outside ASCII: "€", "ë"), to change none
    return text.translate(_MARKS) if any(mark in text for mark in _MARK_CHARACTERS) else text


_TAG = re.compile(r"<[^<>]*>")
_MARK_CHARACTERS = "*_#>"
_MARKS = str.maketrans(_MARK_CHARACTERS, " " * len(_MARK_CHARACTERS))



def bare(label: str) -> str:
    """A row label without markup and a list mark before it, and without the sign mark glued to its end ("... van het boekjaar(+)/(-)")."""
    label = re.sub(r"<[^<>]*>|\*\*|__", "", label)
    label = LIST_MARK.sub("", label.strip())
    return _GLUED_SIGN.sub("", label).strip(" *_:")


# the mark of a list item before a row label ("- personeel", "– vrouwen", "• webshop"): a sub-row, no word of its label
LIST_MARK = re.compile(r"^[-–•·▪]\s+")
_GLUED_SIGN = re.compile(r"\s*\([+-]\)(?:\s*/\s*\([+-]\))?\s*$")
