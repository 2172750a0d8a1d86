"""Tables whose figures are put in columns by where they stand: cells apart by spaces or leader dots (and a
PDF's rows, which its reader writes so), key-figure boxes, "label: value" lines."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from extractor.document.model import SourceLine
from extractor.document.tables import words
from extractor.document.tables.cells import (COLON, joined_marks, LABEL_LINE, LEADER, SENTENCE_END, WORDLIKE, GAP, Split, apart, bare, cut,
                                             empty_cell, is_figure_cell, plain, trimmed, vertical, xs)
from extractor.document.tables.model import Cell, Column, Row, Table


# ---- aligned with spaces or leader dots, key-figure boxes, "label: value" lists

@dataclass
class _Kind:
    # "row" | "loose" | "header" | "label" | "labels" | "colon" | "blank" | "other"; in a table: "more" (a row's
    # label going on), "repeat" (its header row again, on the next page), "under" (a header's second line)
    kind: str
    split: Split | None = None
    line: str = ""
    page: int | None = None
    top: float | None = None  # PDF: the line's top and bottom on its page
    bottom: float | None = None


def _classify(index: int, line: SourceLine) -> _Kind:
    text = plain(line.text)
    if not _CONTENT.search(text):
        return _Kind("blank")  # white space, or a rule drawn with characters ("________", "( (")
    cells = cut(text, GAP)
    if line.char_boxes is not None:
        cells = [piece for cell in cells for piece in apart(line, cell)]
    cells = joined_marks(text, cells)
    if not cells:
        return _Kind("blank")
    x0, x1, indent = xs(line, cells)
    split = Split(index, cells, x0, x1, indent)
    kind = _kind(text, split)
    kind.line = text
    kind.page = line.page
    if line.char_boxes is not None:
        kind.top, kind.bottom = vertical(line)
    return kind


def _kind(text: str, split: Split) -> _Kind:
    cells, index, indent = split.cells, split.index, split.indent
    texts = split.texts()
    figures = [is_figure_cell(t) or empty_cell(t) for t in texts]
    if len(cells) >= 2 and any(figures[1:]) and all(figures[1:]) and not is_figure_cell(texts[0]) \
            and len(texts[0]) <= 100 and not (figures[0] and not empty_cell(texts[0])) \
            and WORDLIKE.search(texts[0]):
        return _Kind("row", split)
    if all(figures) and any(is_figure_cell(t) for t in texts):
        return _Kind("loose", split)
    if colon := COLON.match(text):
        value = colon.group(2)
        if is_figure_cell(value) and not SENTENCE_END.search(colon.group(1)):
            start = colon.start(2)
            label = trimmed(text, colon.start(1), colon.end(1))
            end = start + len(value)
            split = Split(index, [label, (start, end, value)] if label else [(start, end, value)],
                           [0.0, float(start)], [0.0, float(end)], indent)
            return _Kind("colon", split)
    if len(texts) == 1 and len(texts[0]) > PROSE_CHARS:
        return _Kind("other", split)  # a line of prose: the common case, decided without reading its words
    if (len(texts) >= 2 and all(words.is_header_cell(t) for t in texts[1:])) or \
            (len(texts) == 1 and words.is_header_cell(texts[0])):
        return _Kind("header", split)
    if len(texts) >= 2 and all(LABEL_LINE.match(t) and len(t.split()) <= 6 for t in texts):
        return _Kind("labels", split)
    if len(texts) == 1 and LABEL_LINE.match(texts[0]) and len(texts[0].split()) <= 8 \
            and not SENTENCE_END.search(texts[0]):
        return _Kind("label", split)
    return _Kind("other", split)


def aligned_tables(lines: list[SourceLine], taken: set[int]) -> list[Table]:
    kinds = [_Kind("other") if i in taken else _classify(i, line) for i, line in enumerate(lines)]
    _wrapped_headers(kinds)
    tables: list[Table] = []
    i = 0
    while i < len(kinds):
        table, end = _table_from(kinds, i)
        if table is not None:
            tables.append(table)
            i = end
        else:
            i += 1
    return tables


_CONTENT = re.compile(r"[^\W_]|[€%$£]")
_DATA = ("row", "loose")
PROSE_CHARS = 80  # a line of one cell longer than this is prose (a label, a caption or a header is shorter)


def _table_from(kinds: list[_Kind], i: int) -> tuple[Table | None, int]:
    kind = kinds[i].kind
    if kind == "colon":
        j = i
        while j < len(kinds) and kinds[j].kind == "colon":
            j += 1
        if j - i < 2:
            return None, i + 1
        return _colon_table(kinds[i:j]), j
    if kind == "loose" and len(kinds[i].split.cells) > 1:  # type: ignore[union-attr]
        box = _labels_under(kinds, i)
        if box is not None:
            return box
    if kind in ("label", "loose"):
        blocks = _blocks(kinds, i)
        if blocks is not None:
            return blocks
    if kind == "labels":
        following = _next(kinds, i)
        if following is not None and kinds[following].kind == "loose" and \
                len(kinds[following].split.cells) == len(kinds[i].split.cells):  # type: ignore[union-attr]
            return _box_table(kinds[i], kinds[following]), following + 1
    if kind == "label":
        pairs, j = [], i
        while j < len(kinds) and kinds[j].kind == "label":
            following = _next(kinds, j, 1)
            if following is None or kinds[following].kind != "loose" or \
                    len(kinds[following].split.cells) != 1:  # type: ignore[union-attr]
                break
            pairs.append((kinds[j], kinds[following]))
            after = _next(kinds, following, 1)
            if after is None:
                j = following + 1
                break
            j = after
        if len(pairs) >= 2:
            return _pairs_table(pairs), pairs[-1][1].split.index + 1  # type: ignore[union-attr]
    if kind not in ("header", "row", "label"):
        return None, i + 1
    # a run of header lines, then rows with label lines and blank lines between them
    members: list[_Kind] = []
    j, blanks = i, 0
    seen_row = False
    leaders_seen = False
    while j < len(kinds):
        k = kinds[j].kind
        if k == "blank":
            blanks += 1
            if blanks > (2 if seen_row else 4):  # a header may stand further above the first row
                break
            j += 1
            continue
        if k == "header" and seen_row:
            if not _repeated_header(kinds[j], members):
                break
            kinds[j].kind = "repeat"  # the header row again, over the rest of the table on the next page
        if k in ("row", "loose"):
            leader = bool(LEADER.search(kinds[j].line))
            if seen_row and k == "row" and leader != leaders_seen:
                break  # leader dots after columns, or columns after leader dots: another table
            leaders_seen = leader if k == "row" else leaders_seen
            seen_row = True
        elif k == "label" and _continues(kinds[j], members):
            kinds[j].kind = "more"  # the row label over it goes on on this line
        elif k == "label":
            following = _next(kinds, j, 2)
            if following is None or kinds[following].kind not in ("row", "label", "loose"):
                break
        elif k not in ("header", "under"):
            break
        members.append(kinds[j])
        blanks = 0
        j += 1
    while members and members[-1].kind not in _DATA + ("more",):
        members.pop()
    rows = [m for m in members if m.kind == "row"]
    headers = [m for m in members if m.kind == "header"]
    if not rows or (len(rows) < 2 and not headers) or (members and members[0].kind == "loose"):
        return None, i + 1
    if members[0].kind == "label" and not headers and len(rows) < 2:
        return None, i + 1
    end = members[-1].split.index + 1  # type: ignore[union-attr]
    leaders = any(LEADER.search(m.line) for m in rows)
    return _positional(members, "leaders" if leaders else "aligned"), end


MAX_LABEL_LINES = 3  # a key figure's label wraps onto three lines at most


def _blocks(kinds: list[_Kind], i: int) -> tuple[Table, int] | None:
    """Key figures one under the other, each a number alone on its line with its label on the lines right under
    it ("1.391" over "vennoten") or right over it ("Vennoten" over "455"), a blank line between two figures or
    (PDF) each in a box of its own beside the one before, whose lines the reader gives one box after the other.
    Label lines over the first figure that the figures' side of their labels leaves over ("Kerncijfers") are
    the title. None when the lines are not such a box, or hold fewer than two figures."""
    segments: list[list[_Kind]] = [[]]
    j, blanks = i, 0
    while j < len(kinds):
        k = kinds[j]
        if k.kind == "blank":
            blanks += 1
            if blanks > 1:
                break
            j += 1
            continue
        if not (k.kind == "label" or k.kind == "loose" and k.split is not None and len(k.split.cells) == 1):
            break
        if segments[-1] and (blanks or _beside(segments[-1][-1], k)):
            segments.append([])
        segments[-1].append(k)
        blanks = 0
        j += 1
    if len(segments) == 1:
        found = _unseparated(segments[0])
    else:
        found = _separated(segments)
    if found is None:
        return None
    title, figures = found
    figures = _aligned_labels(figures)
    if len(figures) < 2 or any(not labels or len(labels) > MAX_LABEL_LINES for labels, _ in figures):
        return None
    table = Table(0, "pairs", [Column("")], [], [])
    for labels, value in figures:
        assert value.split is not None
        start, end, _ = value.split.cells[0]
        lines = sorted([m.split.index for m in labels if m.split is not None] + [value.split.index])
        label = " ".join(bare(m.split.cells[0][2]) for m in labels if m.split is not None)
        table.rows.append(Row(label, None, [Cell(value.split.index, start, end, 0)], lines))
    if title:
        table.title = " ".join(bare(m.split.cells[0][2]) for m in title if m.split is not None)
        table.header += [(m.split.index, m.split.cells[0][0], m.split.cells[0][1]) for m in title
                         if m.split is not None]
    last = max(line for row in table.rows for line in row.lines)
    return table, last + 1


def _aligned_labels(figures: _Figures) -> _Figures:
    """Each figure's label lines stand where it stands across the page; the last figure's lines that do not (a
    heading after the box) are none of its, and no figure after a figure whose label lines do not is kept."""
    kept: _Figures = []
    for labels, value in figures:
        assert value.split is not None
        x0, x1 = value.split.x0[0], value.split.x1[0]
        near = value.split.index
        ordered = sorted(labels, key=lambda m: abs((m.split.index if m.split else near) - near))
        own: list[_Kind] = []
        for label in ordered:
            if label.split is None or not (label.split.x0[0] < x1 and x0 < label.split.x1[0]):
                break
            own.append(label)
        kept.append((sorted(own, key=lambda m: m.split.index if m.split else 0), value))
        if len(own) < len(labels):
            break
    return kept


def _beside(above: _Kind, line: _Kind) -> bool:
    """(PDF) A line that stands higher on its page than the line before it, or on another page: the reader went on
    with the next box or column."""
    if above.page != line.page:
        return True
    return above.top is not None and line.top is not None and line.top < above.top - 1.0


_Figures = list[tuple[list[_Kind], _Kind]]


def _side(segment: list[_Kind]) -> tuple[list[_Kind], _Kind, list[_Kind]] | None:
    """A segment of one number: the label lines before it, the number, the label lines after it."""
    numbers = [k for k, m in enumerate(segment) if m.kind == "loose"]
    if len(numbers) != 1:
        return None
    return segment[:numbers[0]], segment[numbers[0]], segment[numbers[0] + 1:]


def _separated(segments: list[list[_Kind]]) -> tuple[list[_Kind], _Figures] | None:
    """Figures each in a segment of its own: all with their labels under them, or all with them over them; the
    first segment may be a title alone, or a title over the first number (its labels under it)."""
    title: list[_Kind] = []
    if all(m.kind == "label" for m in segments[0]):
        title, segments = segments[0], segments[1:]
    sides = []
    for segment in segments:
        side = _side(segment)
        if side is None:
            break
        sides.append(side)
    if len(sides) < 2:
        return None
    under = all(not before for before, _, after in sides[1:]) and all(after for _, _, after in sides)
    over = all(before for before, _, _ in sides) and all(not after for _, _, after in sides[:-1])
    if under and not over:
        if sides[0][0]:
            title = title + sides[0][0]
        return title, [(after, number) for _, number, after in sides]
    if over and not under and not title:
        return [], [(before, number) for before, number, _ in sides]
    return None


def _unseparated(segment: list[_Kind]) -> tuple[list[_Kind], _Figures] | None:
    """Figures with no blank line or box between them: their labels under them when the lines end with a label
    (the labels over the first number are the title), over them when they end with a number."""
    numbers = [k for k, m in enumerate(segment) if m.kind == "loose"]
    if len(numbers) < 2:
        return None
    if segment[-1].kind == "label":
        bounds = numbers + [len(segment)]
        return segment[:numbers[0]], [(segment[a + 1:b], segment[a]) for a, b in zip(bounds, bounds[1:])]
    if numbers[0] == 0:
        return None  # a number first and a number last: which label is whose is not said
    starts = [-1] + numbers
    return [], [(segment[a + 1:b], segment[b]) for a, b in zip(starts, starts[1:])]


def _labels_under(kinds: list[_Kind], i: int) -> tuple[Table, int] | None:
    """A line of figures over a line of their labels, each label under its figure ("1.391   2.450 MWh" over
    "vennoten   geproduceerde stroom"), the labels' lines that wrap under it going on with the label they
    stand under."""
    figures = kinds[i].split
    following = _next(kinds, i)
    if figures is None or following is None or kinds[following].kind != "labels":
        return None
    labels = kinds[following].split
    assert labels is not None
    if len(labels.cells) != len(figures.cells) or not all(
            lx0 < fx1 and fx0 < lx1 for lx0, lx1, fx0, fx1 in zip(labels.x0, labels.x1, figures.x0, figures.x1)):
        return None
    texts = [[bare(text)] for _, _, text in labels.cells]
    lines = [[figures.index, labels.index] for _ in labels.cells]
    end = following + 1
    while end < len(kinds) and kinds[end].kind in ("label", "labels") and kinds[end].split is not None \
            and end - following < MAX_LABEL_LINES:
        more = kinds[end].split
        assert more is not None
        under = [[k for k in range(len(labels.cells)) if labels.x0[k] < mx1 and mx0 < labels.x1[k]]
                 for mx0, mx1 in zip(more.x0, more.x1)]
        if not all(len(u) == 1 for u in under):
            break
        for (_, _, text), (k,) in zip(more.cells, under):
            texts[k].append(bare(text))
            lines[k].append(more.index)
        end += 1
    table = Table(0, "box", [Column("")], [], [])
    for (start, stop, _), words_of, rows_lines in zip(figures.cells, texts, lines):
        table.rows.append(Row(" ".join(words_of), None, [Cell(figures.index, start, stop, 0)], sorted(set(rows_lines))))
    return table, end


def _wrapped_headers(kinds: list[_Kind]) -> None:
    """Header cells that wrap onto a second line ("Vorig" over "boekjaar", "31 december" over "2023"): the
    second line's cells join the cells they stand under, and the first line is the header when every cell
    but the first then says a period, unit or scale; the second line is kept as "under" (its text is header)."""
    for first, second in zip(kinds, kinds[1:]):
        if first.kind not in ("labels", "label", "header", "other", "loose") or second.kind != "header" \
                or first.page != second.page or first.split is None:
            continue
        a, b = first.split, second.split
        assert a is not None and b is not None
        if not all(any(bx0 < ax1 and ax0 < bx1 for ax0, ax1 in zip(a.x0, a.x1)) for bx0, bx1 in zip(b.x0, b.x1)):
            continue
        cells = []
        for (start, end, text), ax0, ax1 in zip(a.cells, a.x0, a.x1):
            under = [t for (_, _, t), bx0, bx1 in zip(b.cells, b.x0, b.x1) if bx0 < ax1 and ax0 < bx1]
            cells.append((start, end, " ".join([text] + under)))
        texts = [text for _, _, text in cells]
        if len(texts) < 2 or not all(words.is_header_cell(text) for text in texts[1:]) or texts == a.texts() \
                or (first.kind == "loose" and not words.is_header_cell(texts[0])):  # "31 december" looks a figure
            continue
        first.kind, first.split = "header", Split(a.index, cells, a.x0, a.x1, a.indent)
        second.kind = "under"


def _repeated_header(header: _Kind, members: list[_Kind]) -> bool:
    """A header line that says again what a header line of the table said (a header row repeated at the top
    of each page the table runs over)."""
    said = [" ".join(m.split.texts()) for m in members if m.kind == "header" and m.split is not None]
    return header.split is not None and " ".join(header.split.texts()) in said


INDENT_SLACK = 0.5  # points (PDF) or characters (text): two labels start in one place when this close
WRAP_TIGHTER = 0.3  # points: a label's next line in its cell stands this much closer than the next row does


def _continues(label: _Kind, members: list[_Kind]) -> bool:
    """A line of a label alone, right under a row with a label (or a line that goes on with it), is the rest of
    that row's label, wrapped in its cell: it starts in lower case ("Omzet uit de verkoop / van pakketten"), or
    (PDF) it stands closer to the line over it than the rows of the table stand to what is over them; never when
    it starts further left than that row's label (a group label under an indented row)."""
    if not members or members[-1].kind not in ("row", "more") or label.split is None:
        return False
    if members[-1].split is not None and label.split.indent < members[-1].split.indent - INDENT_SLACK:
        return False  # set further left than the label over it: a group label ("Vlottende activa"), no wrap
    text = label.split.cells[0][2]
    if text[:1].islower():
        return True
    above = members[-1]
    gap = _gap(above, label)
    if gap is None:
        return False
    rows = [_gap(members[k - 1], m) for k, m in enumerate(members) if k and m.kind == "row"]
    rows = sorted(g for g in rows if g is not None)
    return bool(rows) and gap < rows[len(rows) // 2] - WRAP_TIGHTER


def _gap(above: _Kind, below: _Kind) -> float | None:
    if above.bottom is None or below.top is None or above.page != below.page:
        return None
    return below.top - above.bottom


def _next(kinds: list[_Kind], i: int, blanks: int = 1) -> int | None:
    """The next line after i that is not blank, with at most `blanks` blank lines between."""
    j, seen = i + 1, 0
    while j < len(kinds) and kinds[j].kind == "blank":
        seen += 1
        j += 1
    if j >= len(kinds) or seen > blanks:
        return None
    return j


def _positional(members: list[_Kind], shape: str) -> Table:
    """Rows whose figures are put in columns by where they stand across the page (their right edges)."""
    data = [m.split for m in members if m.kind in _DATA]
    edges: list[tuple[float, float]] = []
    for split in data:
        assert split is not None
        start = 1 if split.cells and not is_figure_cell(split.cells[0][2]) and not empty_cell(split.cells[0][2]) \
            and (len(split.cells) > 1) else 0
        for c in range(start, len(split.cells)):
            edges.append((split.x0[c], split.x1[c]))
    widths = [x1 - x0 for x0, x1 in edges if x1 > x0]
    tolerance = (sorted(widths)[len(widths) // 2] if widths else 3.0) * 0.6
    tolerance = max(tolerance, 2.0)
    rights = sorted(x1 for _, x1 in edges)
    clusters: list[list[float]] = []
    for x in rights:
        if clusters and x - clusters[-1][-1] <= tolerance:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    centres = [sum(c) / len(c) for c in clusters]
    columns = [Column("") for _ in centres]
    table = Table(0, shape, columns, [], [])

    def column_of(x0: float, x1: float) -> int:
        return min(range(len(centres)), key=lambda k: abs(centres[k] - x1))

    while members and members[0].kind == "label" and words.is_caption(members[0].line.strip()):
        # "Financiën (in duizend euro)" over the rows: the table's unit and scale, no parent row
        head = words.heading(members[0].line)
        table.unit, table.scale = table.unit or head.unit, table.scale or head.scale
        split = members[0].split
        assert split is not None
        table.caption.append((split.index, 0, len(members[0].line)))
        members = members[1:]
    for member in members:
        if member.kind in ("repeat", "under") and member.split is not None:
            table.header += [(member.split.index, start, end) for start, end, _ in member.split.cells]
    headers = [m.split for m in members if m.kind == "header"]
    periods_in_headers = 0
    for split in headers:
        assert split is not None
        over: list[int] = []  # the header cells that stand over columns of figures
        periods = len(split.cells) == len(columns) > 1 and \
            all(words.heading(text).period is not None for _, _, text in split.cells)
        for c, (start, end, text) in enumerate(split.cells):
            table.header.append((split.index, start, end))
            head = words.heading(text)
            if periods:  # "2022   2023" over two columns, whatever their place
                over.append(c)
                continue
            if c == 0 and len(split.cells) > 1 and not words.is_header_cell(text):
                continue
            if len(split.cells) == 1 and head.period is None:  # "(in duizend euro)" over the table
                table.unit = table.unit or head.unit
                table.scale = table.scale or head.scale
                continue
            if c == 0 and len(split.cells) > 1 and (split.x1[c] < min(centres) - 4 * tolerance or (
                    head.period is None and any(words.heading(t).period for _, _, t in split.cells[1:]))):
                # over the row labels, or the first of a row of periods ("Bedragen in euro   2022   2021"):
                # the unit and scale of the whole table
                table.unit = table.unit or head.unit
                table.scale = table.scale or head.scale
                continue
            over.append(c)
        # as many header cells as columns: one over each, in order (Word leaves a header left in its cell, over
        # amounts set right: by its place alone it stands nearer the column before)
        in_order = len(over) == len(columns) and len(over) > 1
        for k, c in enumerate(over):
            text = split.cells[c][2]
            head = words.heading(text)
            column = columns[k if in_order else _header_column(split.x0[c], split.x1[c], centres)]
            column.header = f"{column.header} {text}".strip()
            column.period = column.period or head.period
            column.unit = column.unit or head.unit
            column.scale = column.scale or head.scale
            periods_in_headers += head.period is not None
    # one period over several columns (a balance's "31 dec 2023" over the items and their subtotals)
    stated = [c for c in columns if c.period is not None]
    if len(stated) == 1:
        for column in columns:
            column.period = column.period or stated[0].period
            column.header = column.header or stated[0].header
    body = [m for m in members if m.kind not in ("header", "repeat", "under")]
    _rows(table, body, column_of)
    _title(table, body)
    return table


def _title(table: Table, body: list[_Kind]) -> None:
    """A label line over every row of the table, the only one, with no row indented under it and no total that
    names it ("Kerncijfers" over "Omzet ....... 2,6 miljoen euro"), is the table's title: what a reader takes it
    for, not a group of some rows apart from others. Its rows have no parent; a total row without a label of its
    own stays without one."""
    labels = [m for m in body if m.kind == "label"]
    if len(labels) != 1 or body[0] is not labels[0] or labels[0].split is None:
        return
    indent = labels[0].split.indent
    if any(m.split is not None and m.split.indent > indent + 0.5 for m in body if m.kind in _DATA):
        return
    title = table.rows[0].label
    if title is None or any(row.label and row.label != title and words.is_total(row.label)
                            and title.lower() in row.label.lower() for row in table.rows):
        return
    table.title = title
    for row in table.rows[1:]:
        if row.parent == title:
            row.parent = None
        elif row.label == title and row.total:
            row.label = None


def _header_column(x0: float, x1: float, centres: list[float]) -> int:
    """The column a header cell stands over: the one whose figures' right edge is inside it (the nearest its
    own right edge, when a wide header spans two), else the one whose space, from the right edge of the column
    before to its own, the header starts in (a header set left in its cell), else the nearest."""
    inside = [k for k, c in enumerate(centres) if x0 - 1 <= c <= x1 + 1]
    if inside:
        return min(inside, key=lambda k: abs(centres[k] - x1))
    for k, c in enumerate(centres):
        if x0 <= c and (k == 0 or x0 > centres[k - 1]) and x1 <= c:
            return k
    return min(range(len(centres)), key=lambda k: abs(centres[k] - x1))


def _rows(table: Table, members: list[_Kind], column_of: Callable[[float, float], int]) -> None:
    """Label lines are parents of the rows under them (a row indented less than its parent ends it); a row
    with figures is the parent of the rows indented deeper under it ("Werknemers 42" over "  vrouwen 25"; a row
    indented as deep or less ends it); a row without a label or named a total is a total row. A label whose rows
    stand indented under it ends at a total row at its own indent or less that does not name it: that row
    ("Totaal activa" after "Vaste activa" and "Vlottende activa", each over its indented rows) totals the groups,
    it is no row of the last ("Totaal vlottende activa" is; rows set at a label's own indent stay its rows, unless
    two labels or more stood over them: a total that does not name the last then totals the groups too)."""
    stack: list[tuple[float, str, bool]] = []  # (indent, label, the parent row has figures of its own)
    indented: set[int] = set()  # the labels (their places in the stack) whose rows stand indented under them
    previous = ""
    groups = 0  # the label lines seen
    for member in members:
        split = member.split
        assert split is not None
        if member.kind == "more":  # the wrapped rest of the label of the row over it
            row = table.rows[-1]
            row.label = f"{row.label} {bare(split.cells[0][2])}"
            row.lines.append(split.index)
            continue
        if member.kind == "label":
            label = bare(split.cells[0][2])
            if previous != "label":  # a label right under a label is its child; else a sibling or an uncle
                while stack and stack[-1][0] >= split.indent - 0.5:
                    _pop(stack, indented)
            previous = "label"
            groups += 1
            stack.append((split.indent, label, False))
            table.rows.append(Row(label, stack[-2][1] if len(stack) > 1 else None, [], [split.index]))
            continue
        previous = member.kind
        labelled = member.kind == "row"
        named = bare(split.cells[0][2]) if labelled else ""
        while labelled and stack and (stack[-1][0] > split.indent + 0.5
                                      or (stack[-1][2] or (len(stack) - 1 in indented or groups > 1)
                                          and _of_groups(named, stack))
                                      and stack[-1][0] >= split.indent - 0.5):
            _pop(stack, indented)
        if labelled and stack and not stack[-1][2] and split.indent > stack[-1][0] + 0.5:
            indented.add(len(stack) - 1)  # a label's row indented under it: the label's group ends at its indent
        cells = []
        for c in range(1 if labelled else 0, len(split.cells)):
            start, end, text = split.cells[c]
            if empty_cell(text):
                continue
            cells.append(Cell(split.index, start, end, column_of(split.x0[c], split.x1[c]), text))
        if labelled:
            label = bare(split.cells[0][2])
            total = words.is_total(label)
            parent = stack[-1][1] if stack else None
            table.rows.append(Row(label, parent, cells, [split.index], total))
            if cells and not total:
                stack.append((split.indent, label, True))  # the rows indented under it are its parts
        else:
            while stack and stack[-1][2]:
                _pop(stack, indented)  # a total without a label closes the group over the rows, not a row of it
            label = stack[-1][1] if stack else None
            parent = stack[-2][1] if len(stack) > 1 else None
            table.rows.append(Row(label, parent, cells, [split.index], True))
            if stack:
                _pop(stack, indented)  # the total closes its group


def _of_groups(label: str, stack: list[tuple[float, str, bool]]) -> bool:
    """A row named a total that does not name the group over it ("Totaal activa" after "Vlottende activa", not
    "Totaal vlottende activa"): at the group label's indent it totals the groups of that level."""
    return words.is_total(label) and stack[-1][1].lower() not in label.lower()


def _pop(stack: list[tuple[float, str, bool]], indented: set[int]) -> None:
    indented.discard(len(stack) - 1)
    stack.pop()


def _colon_table(members: list[_Kind]) -> Table:
    table = Table(0, "colon", [Column("")], [], [])
    for member in members:
        split = member.split
        assert split is not None
        label = bare(split.cells[0][2]) if len(split.cells) > 1 else None
        start, end, _ = split.cells[-1]
        table.rows.append(Row(label, None, [Cell(split.index, start, end, 0)], [split.index]))
    return table


def _pairs_table(pairs: list[tuple[_Kind, _Kind]]) -> Table:
    table = Table(0, "pairs", [Column("")], [], [])
    for label, value in pairs:
        assert label.split is not None and value.split is not None
        start, end, _ = value.split.cells[0]
        table.rows.append(Row(bare(label.split.cells[0][2]), None, [Cell(value.split.index, start, end, 0)],
                              [label.split.index, value.split.index]))
    return table


def _box_table(labels: _Kind, values: _Kind) -> Table:
    """A line of labels over a line of figures: each figure's label is the one over it."""
    assert labels.split is not None and values.split is not None
    table = Table(0, "box", [Column("")], [], [])
    for (ls, le, text), (vs, ve, _) in zip(labels.split.cells, values.split.cells):
        table.rows.append(Row(bare(text), None, [Cell(values.split.index, vs, ve, 0)],
                              [labels.split.index, values.split.index]))
        table.header.append((labels.split.index, ls, le))
    return table
