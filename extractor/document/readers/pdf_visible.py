"""The line number a user sees on a PDF page: the rank of a line's visual row from the top of the page.

DESIGN: a PDF location's line is "the 1-based line within the page's text", the place a user opens the file at
and sees the number, as `pdftotext -layout` prints the page (its non-empty lines). The reading order of a page
(pdf_layout) is another thing: columns one after the other, a table's cells, cards of a grid one by one, a
list's bullet apart from its item, fields of a form column by column. Counting lines in that order drifts from
what the page shows. So every line of the page (running headers, footers and page numbers included: furniture
is kept out of the text, never out of the count) is placed in a visual row, and its number is that row's rank
from the top:

- two lines share a row when they stand on one baseline: the bottoms of their boxes (the baseline less the
  font's descent) are at most ROW_SHARE of the lower line's height apart, or of the body's size where that is
  less (a big number's box is taller than its digits: 9 pt lower is another line) (a bullet on its item's baseline, the
  cells of a table's row, two columns side by side at one height, a heading beside body text, a heading and
  the smaller words set right of it a few points lower);
- two lines whose vertical boxes do not overlap are two rows, however close (a larger heading right over a
  row of small print), and so is a small line that the box of a big one only reaches over (the unit line
  "in euro" at the top of a card beside the big number of the card next to it);
- a row is anchored on its first line (top to bottom): a line joins it only by that line, so rows of two
  columns set at different pitches do not chain into one.

A column is counted in the row likewise: the row's lines read left to right, one space apart, so that a
line's first character stands at column 1 plus the characters of the lines left of it in its row (the item
text after its bullet "- ", the right cell of a table's row after its label). No two characters of a row
share a column.
"""

from __future__ import annotations

from collections.abc import Sequence

from extractor.document.readers.pdf_layout import Line


def _bottom(line: Line) -> float:
    return line.bottom


ROW_SHARE = 0.5  # two lines whose bottoms are at most this share of the lower one's height apart share a row


def same_row(anchor: Line, line: Line, body: float) -> bool:
    """`line` stands in the visual row of `anchor`: on its baseline, by the lower one's height (at most `body`,
    the page's body size)."""
    height = min(anchor.bottom - anchor.top, line.bottom - line.top, body or float("inf"))
    return abs(line.bottom - anchor.bottom) <= ROW_SHARE * height


def number_rows(lines: Sequence[Line], body: float) -> None:
    """Set each line's `number` to the rank of its visual row on the page, from 1 at the top, and its `offset`
    to the characters before it in that row (its lines left to right, one space apart); `body` is the page's
    body size."""
    rows: list[list[Line]] = []
    anchor: Line | None = None
    for line in sorted(lines, key=_bottom):  # stable: lines on one baseline keep their reading order
        if anchor is None or not same_row(anchor, line, body):
            rows.append([])
            anchor = line
        rows[-1].append(line)
    for number, row in enumerate(rows, 1):
        offset = 0
        for line in sorted(row, key=lambda line: line.x0):
            line.number, line.offset = number, offset
            offset += len(line.text) + 1
