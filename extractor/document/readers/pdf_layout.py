"""Reading order of one PDF page: its characters, cleaned, grouped into lines, blocks and table rows.

pdfplumber's `extract_text` reads a page line by line across its whole width, so the two columns of a
table without ruling lines (the nine conditions of art. 8:5 WVV: condition left, statute article right)
come out interleaved. `use_text_flow` follows the content stream instead, which is right only when the
producer wrote the text in reading order; many write a table row line by line across its cells. Here the
page is cut recursively by its whitespace (an XY-cut on words): a vertical gutter that runs the full height
of a region splits it into columns, otherwise the gaps taller than a line gap split it into bands.

No one gap width tells a column gutter from a justified word space (LibreOffice leaves 5.6-8.4 pt between
cells, WeasyPrint 10.5, Chromium about 12; justified spaces reach 8 pt). A gap is a gutter when the page
shows it: it is wide (1.2 x the body size; 2.5 x on a single line), a vertical rule is drawn down it
(pdfplumber's lines and rects: WeasyPrint's ruled tables), or the lines right of it all start at one x
(within 0.6 pt) on three lines or more while both sides hold text at least 4 x the body size wide (a
left-aligned column: word spaces of justified text never line up like that; a list marker beside its text
is too narrow). Bands of a table judged one by one pool that evidence; a table going on from the page
before needs one aligned line (its column start is known). A table set right under the text before it,
without a gap (groff's tbl), is cut out of that block as the run of lines that share a gutter.

A region split by a gutter is a table when its two sides start blocks at the same heights (the rows), or,
without space between the rows, start sentences at the same heights; it is then read row by row, each row
left cell then right cell; otherwise it is read column by column (two-column text, a two-column section).

Glyph clean-up happens on the way: characters doubled by fake bold are dropped, ligatures become letters
(one box each, also for glyphs whose text is several letters, as Carlito's "ti", "tt", "ft"), spaces are
taken from space glyphs (unless the letters on both sides touch: Chromium's unused soft hyphens and
Ghostscript's kerning leave such glyphs) or, in justified text set without them, from the gaps between
characters; a few raised or lowered characters (the 2 of m²) join the line they touch; U+00AD is kept only
at a line end (U+FFFE, which some producers write for it, too), and so is U+2010, the hyphen browsers
insert at a break; elsewhere U+2010 and U+2011 read as "-"."""

from __future__ import annotations

import re
import statistics
from array import array
from bisect import bisect_right
from operator import attrgetter, itemgetter
from dataclasses import dataclass, field

LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
SOFT_HYPHEN = "\u00ad"
HYPHEN = "\u2010"  # at a line end, the hyphen browsers (Chromium, WeasyPrint) insert to break a word
HYPHENS = {"\u2011": "-", "\ufffe": SOFT_HYPHEN}  # the non-breaking hyphen; U+FFFE, some producers' U+00AD
NAN = float("nan")
SENTENCE_END = set('.!?:;)”"’»')

# Thresholds, in units of the page's body font size.
ROW_TOLERANCE = 0.35  # characters whose middles are this close belong to one visual row
WORD_GAP = 0.15  # a gap wider than this between two characters is a space
TOUCHING = 0.06  # ... and letters closer than this are one word, whatever space glyph lies between them
RAISED_CHARS, RAISED_SIZE = 3, 0.95  # a row of at most so many characters, smaller than this, is raised
RAISED_OVERLAP = 0.4  # ... or overlapping the line by this share of its height
GUTTER = 1.2  # narrowest vertical gutter between columns or table cells
GUTTER_ONE_ROW = 2.5  # ... when the region is a single row (justified word gaps can be wide)
NARROW_GUTTER = 0.3  # narrowest gap between table cells, when a ruling or aligned lines show it
ALIGNED_X = 0.6  # points: lines right of a narrow gutter start this close to one x ...
ALIGNED_ROWS = 3  # ... on at least so many lines with text on both sides
SIDE_WIDTH = 4.0  # ... and each side is at least this wide (a list marker beside its text is no column)
RULED = 0.5  # a drawn vertical line spans at least this share of the region's height
PARAGRAPH_GAP = 0.35  # a gap this much taller than the usual line gap separates blocks
ALIGN = 0.3  # tops of two cells of one table row differ by less than this
TABLE_ROWS = 0.8  # share of blocks (on the side with fewer) that must start a row for a region to be a table
SPACED_GAPS = 5  # a page with at least so many gaps between words of letters ...
SPACED_SHARE = 0.95  # ... this share of them a space glyph, writes its spaces: a gap without one parts two cells
SIGNS = frozenset("€$£-−–+/(")  # the characters of a sign or currency written before an amount
BODY_SIZE = 0.95  # ... counted among words of the body's size
CELL_EM = 1.0  # two cells of figures without a space glyph between are apart when this far (x their size)
CELL_GAP = "   "  # what stands between two cells of a line (spaces with no box)


@dataclass(slots=True)
class Word:
    chars: list[str]
    boxes: list[float]  # four a character: x0, top, x1, bottom
    x0: float
    top: float
    x1: float
    bottom: float
    row: int
    space: tuple[float, float, float, float] | None  # box of a space glyph before the word, if there was one
    size: float
    apart: bool = False  # a gap before it that the producer wrote no space for, where it writes them: cells apart


@dataclass(slots=True)
class Line:
    """A visual line: its text and a flat array of 4 floats per character (NaN for an inserted space)."""

    text: str
    boxes: array
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    starts_block: bool = False
    page: int = 0
    number: int = 0  # the rank of its visual row on the page (pdf_visible)
    offset: int = 0  # characters before it in that row, read left to right (pdf_visible)


@dataclass
class Unit:
    """A block of lines (paragraph, heading) or a table row, whose `cells` are read one after the other."""

    kind: str  # "block" | "row"
    cells: list[list[Line]]
    x0s: list[float] = field(default_factory=list)  # for rows: where each cell starts
    x1s: list[float] = field(default_factory=list)

    def lines(self) -> list[Line]:
        return [line for cell in self.cells for line in cell]


def joined_line(row: list[Line]) -> Line:
    """Lines side by side at one height as one line, their texts CELL_GAP apart (cells of a row)."""
    text_parts: list[str] = []
    boxes = array("d")
    for i, line in enumerate(row):
        if i:
            text_parts.append(CELL_GAP)
            boxes.extend((NAN, NAN, NAN, NAN) * len(CELL_GAP))
        text_parts.append(line.text)
        boxes.extend(line.boxes)
    return Line("".join(text_parts), boxes, row[0].x0, min(line.top for line in row), max(line.x1 for line in row),
                max(line.bottom for line in row), max(line.size for line in row), True)


def unfinished(line: Line) -> bool:
    """The line stops inside a sentence (its paragraph or cell goes on after it)."""
    text = line.text.rstrip()
    return bool(text) and text[-1] not in SENTENCE_END


_NUMBERED = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÀ-ÖØ-Þ]")  # "2 Jaarrekening", "3.1 Balans"


def continues(line: Line) -> bool:
    """The line does not start a sentence: it goes on with a text before it. A numbered heading ("2 Jaarrekening"
    at the top of a page) starts one."""
    text = line.text.lstrip()
    return bool(text) and not text[0].isupper() and text[0] not in "—–•-·(" and not _NUMBERED.match(text)


# ------------------------------------------------------------------------------------------- characters

# A character as the layout reads it: (text, x0, top, x1, bottom, size), in pdfplumber's coordinates (x from the
# left, top and bottom from the top of the page); an engine may add more after these.
Char = tuple
TEXT, X0, TOP, X1, BOTTOM, SIZE = range(6)
_X0, _TOP, _BOTTOM, _SIZE = itemgetter(X0), itemgetter(TOP), itemgetter(BOTTOM), itemgetter(SIZE)
_SPACES = frozenset((" ", "\t"))
_REMAPPED = frozenset(HYPHENS) | frozenset(LIGATURES)  # characters read as another
_WORD_X0, _WORD_X1, _WORD_TOP, _WORD_BOTTOM, _WORD_SIZE = (attrgetter(name) for name in ("x0", "x1", "top", "bottom",
                                                                                   "size"))


def as_char(c: dict) -> Char:
    """A character as pdfplumber gives it (a dict of its text, box and size) as the layout reads it."""
    return c["text"], c["x0"], c["top"], c["x1"], c["bottom"], c["size"]


def words_of(chars: list[Char] | list[dict]) -> tuple[list[Word], float, list[tuple[float, float]]]:
    """Clean characters and group them into words; also return the body font size and the visual rows.
    `chars`: tuples (Char), or pdfplumber's dicts."""
    if not chars:
        return [], 0.0, []
    if isinstance(chars[0], dict):
        chars = [as_char(c) for c in chars]
    size = statistics.median(map(_SIZE, chars)) or 10.0
    tolerance = ROW_TOLERANCE * size
    gap = WORD_GAP * size
    touching = TOUCHING * size
    middles = [c[TOP] + c[BOTTOM] for c in chars]  # twice each middle
    rows: list[list[Char]] = []
    anchor = None
    for at in sorted(range(len(chars)), key=middles.__getitem__):  # top to bottom (stable)
        middle = middles[at] / 2
        if anchor is None or middle - anchor > tolerance:
            row = []
            rows.append(row)
            anchor = middle
        row.append(chars[at])
    rows = _raised_into_line(rows)
    words: list[Word] = []
    spans: list[tuple[float, float]] = []
    spaces, remapped = _SPACES, _REMAPPED
    for index, row in enumerate(rows):
        row.sort(key=_X0)
        spans.append((min(map(_TOP, row)), max(map(_BOTTOM, row))))
        word: Word | None = None
        space = None
        previous = None  # the last glyph drawn (fake bold)
        letter_x1 = None  # where the last character that is not a space ends
        word_x1 = word_top = word_bottom = 0.0  # the word's, kept here while it grows
        word_chars: list[str] = []
        word_boxes: list[float] = []
        for c in row:
            text, x0, top, x1, bottom = c[0], c[1], c[2], c[3], c[4]
            if text in spaces:
                space = (x0, top, x1, bottom)
                continue
            if (previous is not None and text == previous[0] and x0 - previous[1] < 1.0
                    and abs(top - previous[2]) < 1.0):
                continue  # the same glyph drawn again a hair to the side: fake bold
            previous = c
            if word is not None:
                if space is not None and letter_x1 is not None and x0 - letter_x1 < touching:
                    space = None  # a space glyph under touching letters (kerning, an unused soft hyphen): no break
                # a gap is a space for the body's size, or for the letter's own when larger: a title set in
                # spaced capitals ("S T A T U T E N", 20 pt, 2.4 pt between its letters) is one word a word
                if space is not None or x0 - word_x1 > max(gap, WORD_GAP * c[SIZE]):
                    word.x1, word.top, word.bottom = word_x1, word_top, word_bottom
                    word = None
            if word is None:
                word_chars, word_boxes = [], []
                word = Word(word_chars, word_boxes, x0, top, x1, bottom, index, space, c[SIZE])
                words.append(word)
                word_x1, word_top, word_bottom = x1, top, bottom
            space = None
            letter_x1 = x1
            if len(text) == 1 and text not in remapped:
                word_chars.append(text)
                word_boxes += (x0, top, x1, bottom)
            else:
                text = HYPHENS.get(text, text)
                # One box per character of the text: a ligature's letters, and a glyph its font maps to no
                # Unicode ("(cid:5)", as pdfminer writes it), share the glyph's box cut in equal parts; the
                # boxes flat, four floats a character.
                letters = LIGATURES.get(text) or (text if len(text) > 1 else None)
                if letters:
                    step = (x1 - x0) / len(letters)
                    for i, letter_text in enumerate(letters):
                        word_chars.append(letter_text)
                        word_boxes += (x0 + i * step, top, x0 + (i + 1) * step, bottom)
                else:
                    word_chars.append(text)
                    word_boxes += (x0, top, x1, bottom)
            if x1 > word_x1:
                word_x1 = x1
            if top < word_top:
                word_top = top
            if bottom > word_bottom:
                word_bottom = bottom
        if word is not None:
            word.x1, word.top, word.bottom = word_x1, word_top, word_bottom
    return words, size, spans


def _raised(c: Char, body: float, top: float, bottom: float) -> bool:
    """Set raised or lowered beside a line spanning top..bottom: smaller and overlapping it, or overlapping
    it by a good part of its height (groff raises a same-size "2" by half an em)."""
    overlap = min(c[BOTTOM], bottom) - max(c[TOP], top)
    height = c[BOTTOM] - c[TOP]
    return overlap > 0 and (c[SIZE] < RAISED_SIZE * body or overlap >= RAISED_OVERLAP * height)


def _raised_into_line(rows: list[list[Char]]) -> list[list[Char]]:
    """The characters of a row of a few, set raised or lowered beside a letter of a row of text (the "2" of
    "m²", a footnote mark), belong to that row, not to a line of their own."""
    merged: list[list[Char]] = []
    for index, row in enumerate(rows):
        if len(row) > RAISED_CHARS:
            merged.append(row)
            continue
        others = [other for other in (merged[-1] if merged else None, rows[index + 1] if index + 1 < len(rows)
                                      else None) if other is not None and len(other) > RAISED_CHARS]
        spans = [(statistics.median(c[SIZE] for c in other), min(c[TOP] for c in other),
                  max(c[BOTTOM] for c in other)) for other in others]
        rest = []
        for c in row:
            for other, (body, top, bottom) in zip(others, spans):
                if _raised(c, body, top, bottom) and any(abs(c[X0] - o[X1]) < 0.3 * body for o in other):
                    other.append(c)
                    break
            else:
                rest.append(c)
        if rest:
            merged.append(rest)
    return merged


def make_lines(words: list[Word]) -> list[Line]:
    """The lines of one block: its words grouped by visual row, left to right, spaces between them."""
    by_row: dict[int, list[Word]] = {}
    for w in words:
        by_row.setdefault(w.row, []).append(w)
    lines = []
    for row in sorted(by_row):
        ws = sorted(by_row[row], key=_WORD_X0)
        chars: list[str] = []
        flat: list[float] = []
        for i, w in enumerate(ws):
            if i and w.apart:
                chars.append(CELL_GAP)
                flat.extend((NAN, NAN, NAN, NAN) * len(CELL_GAP))
            elif i:
                chars.append(" ")
                flat.extend(w.space if w.space else (NAN, NAN, NAN, NAN))
            chars.extend(w.chars)
            flat.extend(w.boxes)
        boxes = array("d", flat)
        if chars and chars[-1] == HYPHEN:
            chars[-1] = SOFT_HYPHEN  # a break the producer made (it writes hyphens of the text as "-")
        if HYPHEN in chars:
            chars = ["-" if ch == HYPHEN else ch for ch in chars]
        if SOFT_HYPHEN in chars[:-1]:  # a soft hyphen inside a line is invisible: drop it; before a digit it is
            # a hyphen its producer wrote so (Google Docs): "€\u00ad50" is minus fifty, "2013\u00ad14" a span of years
            chars = ["-" if ch == SOFT_HYPHEN and i + 1 < len(chars) and chars[i + 1].isdigit() else ch
                     for i, ch in enumerate(chars)]
            keep = [i for i, ch in enumerate(chars) if ch != SOFT_HYPHEN or i == len(chars) - 1]
            chars = [chars[i] for i in keep]
            boxes = array("d", [v for i in keep for v in boxes[4 * i:4 * i + 4]])
        lines.append(Line("".join(chars), boxes, ws[0].x0, min(map(_WORD_TOP, ws)),
                          max(map(_WORD_X1, ws)), max(map(_WORD_BOTTOM, ws)), max(map(_WORD_SIZE, ws))))
    if lines:
        lines[0].starts_block = True
    return lines


def _apart(words: list[Word], x0: float, x1: float) -> bool:
    """Every line with text on both sides of the gap x0..x1 has, right of it, a word set apart as a cell (see
    _cells_apart): a narrow gap between cells, which the lines read across, each cell kept apart."""
    first: dict[int, Word] = {}
    left: set[int] = set()
    for w in words:
        if w.x1 <= x0 + 0.01:
            left.add(w.row)
        elif w.x0 >= x1 - 0.01 and (w.row not in first or w.x0 < first[w.row].x0):
            first[w.row] = w
    both = [first[row] for row in first if row in left]
    return bool(both) and all(w.apart for w in both)


def _cells_apart(words: list[Word], size: float) -> None:
    """Mark the gaps between words that part two cells of a table. Headless Chromium sets the cells of a table
    with its default style (1 px of padding) as close as a word space, and writes no space glyph between them,
    where it writes one between the words of a cell: "612 688 741 803" would read as one number. On a page whose
    producer writes its spaces (the gaps between words of letters of the body carry a space glyph), a row with a gap without
    one between two cells of figures or periods ("612|688", "2021|2022") is a table's row: its gaps without a
    glyph before such a cell part the cells ("Eigen vermogen|402"). Producers that write no spaces (TeX, some justified text) and
    gaps in prose without a glyph ("uit 4|personen", "Aan:|De", which word processors leave) keep their space."""
    by_row: dict[int, list[Word]] = {}
    for w in words:
        by_row.setdefault(w.row, []).append(w)
    spaced = bare = 0
    rows: list[list[Word]] = []
    for row in by_row.values():
        row.sort(key=lambda w: w.x0)
        if len(row) > 1:
            rows.append(row)
        for a, b in zip(row, row[1:]):
            if a.chars and b.chars and a.chars[-1].isalpha() and b.chars[0].isalpha() \
                    and b.x0 - a.x1 < GUTTER * b.size and b.size >= BODY_SIZE * size:
                # a word space of the body text (not a column's gutter; not the small print of a browser's own
                # page header, its title set without space glyphs)
                if b.space is None:
                    bare += 1
                else:
                    spaced += 1
    if spaced < SPACED_GAPS or spaced < SPACED_SHARE * (spaced + bare):
        _wide_cells_apart(rows, size)
        return
    for row in rows:
        # a figure's cell, or the per cent sign set after its figure ("71 %"); asked only beside a gap without a
        # space glyph (few on such a page), each word once
        cellish = _Cellish(row)
        if any(row[k].space is None and cellish(k - 1) and cellish(k) for k in range(1, len(row))):
            cells = [w.space is None and _cell_word(w) for w in row]
            for k in range(1, len(row)):
                # a cell of a figure or a year after the gap, after another or before another ("Eigen
                # vermogen|402|388"; not "31 dec|2021", a space glyph the engine left out); a sign or a currency
                # stays with its amount ("€ - 363,00": glyphs set apart, no cells)
                row[k].apart = cells[k] and not _mark(row[k - 1]) and (
                    cellish(k - 1) or any(cells[k + 1:]))


class _Cellish:
    """Whether the k-th word of a row is a figure's cell, or the per cent sign set after one; each word asked
    once, when asked."""

    __slots__ = ("row", "known")

    def __init__(self, row: list[Word]) -> None:
        self.row = row
        self.known: dict[int, object] = {}

    def __call__(self, k: int) -> object:
        known = self.known
        if k not in known:
            w = self.row[k]
            known[k] = _cell_word(w) or (w.chars == ["%"] and k > 0 and _cell_word(self.row[k - 1]))
        return known[k]


def _wide_cells_apart(rows: list[list[Word]], size: float) -> None:
    """On a page whose spaces say nothing (a producer that writes none, or an engine that leaves the producer's
    out: pdfium drops the space glyphs of some of Chromium's fonts and gives its own), a row cut by gaps of an em
    or more into pieces that are each a figure or a column header, the first one perhaps a label ("keukenverhuur
    | 96,4 | 88,1", "2024 | 2023", "Boekjaar | Vorig boekjaar" in padded cells), is a table's row: those gaps
    part its cells. A word space, even in justified text, stays well under an em."""
    from extractor.document.tables import is_figure_cell, words as table_words

    for row in rows:
        starts = [k for k in range(1, len(row)) if row[k].x0 - row[k - 1].x1 >= CELL_EM * row[k].size
                  and row[k].space is None]
        if not starts:
            continue
        bounds = [0] + starts + [len(row)]
        pieces = [" ".join("".join(w.chars) for w in row[a:b]) for a, b in zip(bounds, bounds[1:])]
        cells = [is_figure_cell(p) or table_words.is_header_cell(p) for p in pieces]
        if all(cells[1:]) and (cells[0] or any(ch.isalpha() for ch in pieces[0])):
            for k in starts:
                row[k].apart = True


def _mark(word: Word) -> bool:
    """A word of signs or a currency alone, set before an amount: "€", "-", "-/-"."""
    return all(ch in SIGNS for ch in word.chars)


def _cell_word(word: Word) -> bool:
    """A word that is a cell of a figure or of a period by itself ("612", "-14", "2023", "31/12/2023"); not a
    list's number ("21."), not a unit word ("euro": "575.000|euro" is an amount, a gap without a glyph between)."""
    from extractor.document.tables import is_figure_cell, words as table_words

    text = "".join(word.chars)
    return not _mark(word) and any(ch.isdigit() for ch in text) and not text.endswith(".") \
        and (is_figure_cell(text) or table_words.is_header_cell(text))


# ------------------------------------------------------------------------------------------- XY-cut

def _gaps(intervals: list[tuple[float, float]], minimum: float) -> list[tuple[float, float]]:
    intervals.sort()
    gaps = []
    end = intervals[0][1]
    for start, stop in intervals[1:]:
        if start - end >= minimum:
            gaps.append((end, start))
        if stop > end:
            end = stop
    return gaps


def _item_rows(left: list[Word], right: list[Word], size: float) -> list[float] | None:
    """The tops of the rows of a block of labels and their values ("Naam   Stichting X", "Rechtsvorm   Stichting",
    "KvK-nummer   41234567"): every value has its label on its visual row, most labels a value (a group's heading
    has none: "Adresgegevens"), and every line on the left opens an item of its own (no line of the left goes on
    from the line above it, as the lines of a column of running text do); at least ALIGNED_ROWS rows with both.
    None for anything else."""
    by_row: dict[int, list[Word]] = {}
    for w in left:
        by_row.setdefault(w.row, []).append(w)
    valued = {w.row for w in right}
    if len(valued) < ALIGNED_ROWS or not valued <= set(by_row) or 2 * len(valued) < len(by_row):
        return None
    for row in by_row:
        chars = min(by_row[row], key=lambda w: w.x0).chars
        first = chars[0][:1] if chars else ""
        if not first or not (first.isupper() or first.isdigit()):
            return None
    values: dict[int, list[Word]] = {}
    for w in right:
        values.setdefault(w.row, []).append(w)
    worded = sum(any(c.isalpha() for w in row for c in "".join(w.chars)) for row in values.values())
    if 2 * worded <= len(values):
        return None  # values mostly figures, years, currency signs: the columns of a table of figures
    for row in values.values():  # one value a label: cells of figures beside a label are a table's row
        row.sort(key=lambda w: w.x0)
        if any(b.x0 - a.x1 > GUTTER * size for a, b in zip(row, row[1:])):
            return None
    for side in (left, right):  # an address or a list whose line goes on after its comma: blocks side by side
        ends: dict[int, Word] = {}
        for w in side:
            if w.row not in ends or w.x1 > ends[w.row].x1:
                ends[w.row] = w
        if any(w.chars and w.chars[-1].endswith(",") for w in ends.values()):
            return None
    return sorted(min(w.top for w in words) for words in by_row.values())


def _sentence_starts(words: list[Word]) -> list[float]:
    """Tops of the lines that start a sentence after a line that ended one."""
    by_row: dict[int, list[Word]] = {}
    for w in words:
        by_row.setdefault(w.row, []).append(w)
    tops, previous = [], None
    for row in sorted(by_row):
        ws = sorted(by_row[row], key=lambda w: w.x0)
        first = ws[0].chars[0] if ws[0].chars else ""
        if previous is None or (previous in SENTENCE_END and (first.isupper() or first.isdigit())):
            tops.append(min(w.top for w in ws))
        previous = ws[-1].chars[-1] if ws[-1].chars else ""
    return tops


def _intersect(a: list[tuple[float, float]], b: list[tuple[float, float]],
               minimum: float) -> list[tuple[float, float]]:
    """The parts of two gap lists that both have, at least `minimum` wide."""
    return [(max(x0, y0), min(x1, y1)) for x0, x1 in a for y0, y1 in b if min(x1, y1) - max(x0, y0) >= minimum]


def _crossed_beside(words: list[Word], x0: float, x1: float, rulings: list[tuple[float, float]]) -> bool:
    """A line with text on both sides of the gap, above or below every rule drawn down it: a line of prose
    whose word space happens to fall under the rule of a table over it, not a column."""
    left = {w.row for w in words if w.x1 <= x0 + 0.01}
    right = {w.row for w in words if w.x0 >= x1 - 0.01}
    for row in left & right:
        middle = next((w.top + w.bottom) / 2 for w in words if w.row == row)
        if not any(t <= middle <= b for t, b in rulings):
            return True
    return False


def _bands(words: list[Word], paragraph_gap: float) -> list[list[Word]]:
    """Split words at every horizontal gap taller than a paragraph gap, top to bottom."""
    cuts = [b for _, b in _gaps([(w.top, w.bottom) for w in words], paragraph_gap)]
    bands: list[list[Word]] = [[] for _ in range(len(cuts) + 1)]
    for w in words:
        bands[bisect_right(cuts, w.top)].append(w)  # the cuts at or above its top (they ascend)
    return [b for b in bands if b]


@dataclass(slots=True)
class Gutter:
    """A vertical run of whitespace through a region, and what shows it is a column boundary."""

    x0: float
    x1: float
    evidence: str  # "wide" | "ruling" | "aligned"
    start: float = NAN  # "aligned": where the lines right of it start
    rows: int = 0  # "aligned": lines with text on both sides

    def overlaps(self, other: Gutter) -> bool:
        if not (self.x0 < other.x1 and other.x0 < self.x1):
            return False
        if "aligned" in (self.evidence, other.evidence) and not (self.evidence == other.evidence == "aligned"
                                                                 and abs(self.start - other.start) <= ALIGNED_X):
            return self.evidence != "aligned" and other.evidence != "aligned"
        return True

    def narrowed(self, other: Gutter) -> Gutter:
        return Gutter(max(self.x0, other.x0), min(self.x1, other.x1), self.evidence, self.start,
                      self.rows + other.rows)


class PageLayout:
    def __init__(self, size: float, line_gap: float, rulings: list[tuple[float, float, float]] = (),
                 known: list[float] = ()) -> None:
        self.size = size
        self.paragraph_gap = line_gap + PARAGRAPH_GAP * size
        self.rulings = rulings  # vertical lines the producer drew: (x, top, bottom)
        self.known = list(known)  # where aligned columns started on the page before (a table going on)
        self.columns: list[float] = []  # where the aligned columns found on this page start

    def _known(self, start: float) -> bool:
        return any(abs(start - k) <= ALIGNED_X for k in self.known)

    def _gutter(self, words: list[Word], *, alone: bool = True) -> Gutter | None:
        """The best vertical gap that runs through all of `words` and is shown to part two columns.

        A gap is a column boundary when it is wide, when a drawn vertical line runs down it, or when the lines
        right of it all start at one x (a left-aligned column) while both sides hold wide text; `alone`
        asks for that alignment over several lines (a region judged by itself), not over its few lines only
        (a band judged with its neighbours)."""
        rows = len({w.row for w in words})
        wide = (GUTTER if rows > 1 else GUTTER_ONE_ROW) * self.size
        found: list[Gutter] = []
        for x0, x1 in _gaps([(w.x0, w.x1) for w in words], NARROW_GUTTER * self.size):
            if x1 - x0 >= wide:
                found.append(Gutter(x0, x1, "wide"))
                continue
            if _apart(words, x0, x1):
                continue  # cells the producer set apart on every line across it: its lines keep them apart
            top, bottom = min(w.top for w in words), max(w.bottom for w in words)
            down = [(t, b) for x, t, b in self.rulings if x0 <= x <= x1]
            if any(min(b, bottom) - max(t, top) >= RULED * (bottom - top) for t, b in down) \
                    and not _crossed_beside(words, x0, x1, down):
                found.append(Gutter(x0, x1, "ruling"))
                continue
            aligned = self._aligned(words, x0, x1)
            if aligned and (aligned[1] >= (ALIGNED_ROWS if alone else 1) or self._known(aligned[0])):
                found.append(Gutter(x0, x1, "aligned", *aligned))
        return max(found, key=lambda g: (g.evidence != "aligned", g.x1 - g.x0)) if found else None

    def _aligned(self, words: list[Word], x0: float, x1: float) -> tuple[float, int] | None:
        """(start, lines) when every line with text right of the gap starts it at one x; else None."""
        left = [w for w in words if w.x1 <= x0 + 0.01]
        right = [w for w in words if w.x0 >= x1 - 0.01]
        if not left or not right:
            return None
        if (max(w.x1 for w in left) - min(w.x0 for w in left) < SIDE_WIDTH * self.size
                or max(w.x1 for w in right) - min(w.x0 for w in right) < SIDE_WIDTH * self.size):
            return None  # a list marker or a label beside the text, not a column
        starts: dict[int, float] = {}
        for w in right:
            if w.row not in starts or w.x0 < starts[w.row]:
                starts[w.row] = w.x0
        if any(v - x1 > ALIGNED_X for v in starts.values()):
            return None
        both = len(set(starts) & {w.row for w in left})
        return (x1, both) if both else None

    def order(self, words: list[Word]) -> list[Unit]:
        if len(words) < 2:
            return [Unit("block", [make_lines(words)])]
        gutter = self._gutter(words)
        if gutter:
            return self._split(words, gutter)
        bands = _bands(words, self.paragraph_gap)
        if len(bands) == 1:
            return self._block(words)
        # Consecutive bands split by the same gutter are one two-column region (the rows of a table, or
        # columns whose paragraph gaps happen to line up): read them together, not band by band.
        units: list[Unit] = []
        group: list[list[Word]] = []
        shared: Gutter | None = None
        for band in bands + [[]]:
            gutter = self._gutter(band, alone=False) if len(band) > 1 else None
            if group and gutter and shared and shared.overlaps(gutter):
                group.append(band)
                shared = shared.narrowed(gutter)
                continue
            if len(group) > 1 and shared and (shared.evidence != "aligned" or shared.rows >= ALIGNED_ROWS
                                              or self._known(shared.start)):
                units += self._split([w for b in group for w in b], shared)
            else:
                for member in group:
                    units += self.order(member)
            group, shared = [band], gutter
        return units

    def _block(self, words: list[Word]) -> list[Unit]:
        """A region without paragraph gaps: one block, unless a run of its lines is split by a gutter (a table
        set right under the text before it, without space between its rows): that run is cut out."""
        by_row: dict[int, list[Word]] = {}
        for w in words:
            by_row.setdefault(w.row, []).append(w)
        rows = sorted(by_row)
        if len(rows) > ALIGNED_ROWS:
            minimum = NARROW_GUTTER * self.size
            gaps = [_gaps([(w.x0, w.x1) for w in by_row[row]], minimum) if len(by_row[row]) > 1 else []
                    for row in rows]
            i = 0
            while i + ALIGNED_ROWS <= len(rows):
                common, j = gaps[i], i + 1
                while j < len(rows) and common:
                    narrower = _intersect(common, gaps[j], minimum)
                    if not narrower:
                        break
                    common, j = narrower, j + 1
                if j - i >= ALIGNED_ROWS and j - i < len(rows):
                    run = [w for row in rows[i:j] for w in by_row[row]]
                    if self._gutter(run):
                        before = [w for row in rows[:i] for w in by_row[row]]
                        after = [w for row in rows[j:] for w in by_row[row]]
                        return ((self._block(before) if before else []) + self.order(run)
                                + (self.order(after) if after else []))
                i += 1
        return [Unit("block", [make_lines(words)])]

    def _cell(self, words: list[Word]) -> list[Line]:
        return [line for unit in self.order(words) for line in unit.lines()] if words else []

    def _row(self, left: list[Word], right: list[Word]) -> Unit:
        cells = [self._cell(left), self._cell(right)]
        return Unit("row", cells, [min((w.x0 for w in side), default=0.0) for side in (left, right)],
                    [max((w.x1 for w in side), default=0.0) for side in (left, right)])

    def _labelled(self, words: list[Word], middle: float) -> list[Unit]:
        """A region of labels and their values (_item_rows), band by band: in a band of such rows each label and
        its value are one line, as the page shows them; any other band (a running header over the block, a
        heading and its page number) is read column after column, as before."""
        units: list[Unit] = []
        tolerance = ALIGN * self.size
        for band in _bands(words, self.paragraph_gap):
            left = [w for w in band if w.x1 <= middle]
            right = [w for w in band if w.x1 > middle]
            tops = _item_rows(left, right, self.size) if left and right else None
            if tops is None:
                units += (self.order(left) if left else []) + (self.order(right) if right else [])
                continue
            for i, start in enumerate(tops):
                stop = tops[i + 1] - tolerance if i + 1 < len(tops) else float("inf")
                inside = [w for w in band if start - tolerance <= w.top < stop]
                row = self._row([w for w in inside if w.x1 <= middle], [w for w in inside if w.x1 > middle])
                if all(len(cell) == 1 for cell in row.cells):
                    row = Unit("block", [[joined_line([cell[0] for cell in row.cells])]])
                units.append(row)
        return units

    def _split(self, words: list[Word], gutter: Gutter) -> list[Unit]:
        if gutter.evidence == "aligned":
            self.columns.append(gutter.start)
        middle = (gutter.x0 + gutter.x1) / 2
        left = [w for w in words if w.x1 <= middle]
        right = [w for w in words if w.x1 > middle]
        left_bands, right_bands = _bands(left, self.paragraph_gap), _bands(right, self.paragraph_gap)
        tolerance = ALIGN * self.size
        right_tops = [min(w.top for w in b) for b in right_bands]
        starts = sorted({top for top in (min(w.top for w in b) for b in left_bands)
                         if any(abs(top - r) < tolerance for r in right_tops)})
        one_band = len(left_bands) == 1 and len(right_bands) == 1
        enough = len(starts) >= 2 and len(starts) >= TABLE_ROWS * min(len(left_bands), len(right_bands))
        if not enough:  # a table without space between its rows? rows start where both sides start a sentence
            left_starts = sorted(set(_sentence_starts(left)) | {min(w.top for w in b) for b in left_bands})
            right_starts = sorted(set(_sentence_starts(right)) | set(right_tops))
            common = sorted({top for top in left_starts if any(abs(top - r) < tolerance for r in right_starts)})
            if len(common) >= 3 and len(common) >= TABLE_ROWS * min(len(left_starts), len(right_starts)):
                starts, one_band, enough = common, False, True
        if not enough and _item_rows(left, right, self.size) is not None:
            return self._labelled(words, middle)  # "Naam   Stichting X" / "Rechtsvorm   Stichting"
        if one_band or enough:
            if one_band:
                left_units, right_units = self.order(left), self.order(right)
                last, first = left_units[-1].lines()[-1], right_units[0].lines()[0]
                if unfinished(last) and continues(first):  # running text flowing into the next column
                    first.starts_block = False
                    return left_units + right_units
                return [self._row(left, right)]
            # a table: rows start where both sides start a block at the same height
            region_top = min(w.top for w in words)
            if starts[0] - region_top > tolerance:
                starts.insert(0, region_top)
            units = []
            for i, start in enumerate(starts):
                stop = starts[i + 1] - tolerance if i + 1 < len(starts) else float("inf")
                inside = [w for w in words if start - tolerance <= w.top < stop]
                units.append(self._row([w for w in inside if w.x1 <= middle], [w for w in inside if w.x1 > middle]))
            return units
        left_units, right_units = self.order(left), self.order(right)
        last, first = left_units[-1].lines()[-1], right_units[0].lines()[0]
        if unfinished(last) and continues(first):
            first.starts_block = False
        return left_units + right_units


def page_units(chars: list[Char] | list[dict], rulings: list[tuple[float, float, float]] = (),
               known: list[float] = (), box: tuple[float, float] = (0.0, 0.0)) -> tuple[list[Unit], float, list[float]]:
    """The page's units of page_parts, one list."""
    parts, size, columns = page_parts(chars, rulings, known, box)
    return [unit for part in parts for unit in part], size, columns


def page_parts(chars: list[Char] | list[dict], rulings: list[tuple[float, float, float]] = (),
               known: list[float] = (), box: tuple[float, float] = (0.0, 0.0)) \
        -> tuple[list[list[Unit]], float, list[float]]:
    """The page's text in reading order, as blocks and table rows, in one part (two for a spread: the left
    printed page, then the right one); the body font size; where its aligned columns start (pass them as `known` for the next page: a table going on there needs less evidence).

    `rulings` are the vertical lines drawn on the page, (x, top, bottom): table rules between cells; `box` its
    width and height (0 when not known)."""
    words, size, rows = words_of(chars)
    if not words:
        return [], size, []
    _cells_apart(words, size)
    rows.sort()
    gaps = [b[0] - a[1] for a, b in zip(rows, rows[1:]) if b[0] > a[1]]
    line_gap = statistics.median(gaps) if gaps else 0.2 * size
    line_gap = min(line_gap, size)  # a page of a few scattered lines has no usual line gap
    layout = PageLayout(size, line_gap, rulings, known)
    halves = spread_halves(words, box)
    if halves is not None:  # two printed pages side by side: each read as a page of its own
        return [layout.order(halves[0]), layout.order(halves[1])], size, layout.columns
    return [layout.order(words)], size, layout.columns


SPREAD_GAP = 0.03  # of the page's width: the empty band around the fold of a spread is at least this wide
SPREAD_SIDE_ROWS = 3  # lines of text each printed page of a spread holds at least


def spread_halves(words: list[Word], box: tuple[float, float]) -> tuple[list[Word], list[Word]] | None:
    """A spread (a layout program's landscape export of two printed pages side by side, the report's pages
    two by two): no word crosses a band of the page's middle 3 % of its width wide, and each half holds lines of
    text. Read as one page, a line of the left page's charts and one of the right page's statement at one height
    were joined into one line, and the statement fell apart into fragments (SHAPES-REAL.md L-B1/L-B2). A
    portrait page, however its columns stand, is no spread."""
    width, height = box
    if width <= height or not words:
        return None
    middle, half = width / 2, SPREAD_GAP * width / 2
    if any(w.x0 < middle + half and w.x1 > middle - half for w in words):
        return None
    left = [w for w in words if w.x1 <= middle]
    right = [w for w in words if w.x0 >= middle]
    if len({w.row for w in left}) < SPREAD_SIDE_ROWS or len({w.row for w in right}) < SPREAD_SIDE_ROWS:
        return None
    return left, right
