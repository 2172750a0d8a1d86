"""What each source line is to the table finders that place cells by where they stand (aligned.py, boxes.py):
a row of a label and figures, a line of figures alone ("loose"), a header line, a label line alone, a line of
labels, a "label: value" line, a blank line, or anything else (prose). A line of glyphs without Unicode alone (a
heading in a font without a map, between the rows of a balance sheet) tells nothing of the table: it is passed
over as a blank line is, so that the rows on both sides of it stay one table."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.document.model import SourceLine
from extractor.document.quality import unreadable_line
from extractor.document.tables import words
from extractor.document.tables.cells import (COLON, LABEL_LINE, SENTENCE_END, WORDLIKE, GAP, Split, apart, cut,
                                             empty_cell, is_figure_cell, joined_marks, plain, reference_cell, trimmed,
                                             vertical, xs)


@dataclass
class Kind:
    # "row" | "loose" | "header" | "label" | "labels" | "colon" | "blank" | "other"; in a table: "more" (a row's
    # label going on), "repeat" (its header row again, on the next page), "under" (a header's second line)
    kind: str
    split: Split | None = None
    line: str = ""
    page: int | None = None
    top: float | None = None  # PDF: the line's top and bottom on its page
    bottom: float | None = None


def classify(index: int, line: SourceLine) -> Kind:
    text = plain(line.text)
    if not _CONTENT.search(text) or unreadable_line(text):
        # white space, a rule drawn with characters ("________", "( ("), unreadable glyphs
        return Kind("blank", page=line.page)
    cells = cut(text, GAP)
    if line.char_boxes is not None:
        cells = [piece for cell in cells for piece in apart(line, cell)]
    cells = joined_marks(text, cells)
    if not cells:
        return Kind("blank")
    x0, x1, indent = xs(line, cells)
    split = Split(index, cells, x0, x1, indent)
    kind = _kind(text, split)
    kind.line = text
    kind.page = line.page
    if line.char_boxes is not None:
        kind.top, kind.bottom = vertical(line)
    return kind


def _kind(text: str, split: Split) -> Kind:
    cells, index, indent = split.cells, split.index, split.indent
    texts = split.texts()
    units = [k > 0 and not is_figure_cell(t) and words.unit_cell(t) is not None for k, t in enumerate(texts)]
    figures = [is_figure_cell(t) or empty_cell(t) or (k > 0 and reference_cell(t)) or units[k]
               for k, t in enumerate(texts)]
    if len(cells) >= 2 and any(f and not u for f, u in zip(figures[1:], units[1:])) and all(figures[1:]) \
            and not is_figure_cell(texts[0]) \
            and len(texts[0]) <= 100 and not (figures[0] and not empty_cell(texts[0])) \
            and WORDLIKE.search(texts[0]):
        return Kind("row", split)
    if len(cells) >= 2 and words.is_year_label(texts[0]) and all(figures[1:]) \
            and any(is_figure_cell(t) for t in texts[1:]):
        return Kind("row", split)  # "2026   48.000   46.500": a row of a table whose rows are years
    if all(figures) and any(is_figure_cell(t) for t in texts):
        return Kind("loose", split)
    if colon := COLON.match(text):
        value = colon.group(2)
        if is_figure_cell(value) and not SENTENCE_END.search(colon.group(1)):
            start = colon.start(2)
            label = trimmed(text, colon.start(1), colon.end(1))
            end = start + len(value)
            split = Split(index, [label, (start, end, value)] if label else [(start, end, value)],
                           [0.0, float(start)], [0.0, float(end)], indent)
            return Kind("colon", split)
    if len(texts) == 1 and len(texts[0]) > PROSE_CHARS:
        return Kind("other", split)  # a line of prose: the common case, decided without reading its words
    if (len(texts) >= 2 and all(words.is_header_cell(t) or words.is_unit_header(t) for t in texts[1:])
            and any(words.is_header_cell(t) for t in texts[1:])) or \
            (len(texts) == 1 and words.is_header_cell(texts[0])):
        return Kind("header", split)
    if len(texts) >= 2 and all(LABEL_LINE.match(t) and len(t.split()) <= 6 for t in texts):
        return Kind("labels", split)
    if len(texts) == 1 and LABEL_LINE.match(texts[0]) and len(texts[0].split()) <= 8 \
            and not SENTENCE_END.search(texts[0]):
        return Kind("label", split)
    return Kind("other", split)


_CONTENT = re.compile(r"[^\W_]|[€%$£]")
DATA = ("row", "loose")
PROSE_CHARS = 80  # a line of one cell longer than this is prose (a label, a caption or a header is shorter)



def next_line(kinds: list[Kind], i: int, blanks: int = 1) -> int | None:
    """The next line after i that is not blank, with at most `blanks` blank lines between."""
    j, seen = i + 1, 0
    while j < len(kinds) and kinds[j].kind == "blank":
        seen += 1
        j += 1
    if j >= len(kinds) or seen > blanks:
        return None
    return j
