"""Boxes of key figures: a label line then a number line ("Vennoten" over "455"), a number over its label
("1.391" over "vennoten", as web pages and their PDFs show key figures), a line of labels over a line of figures
or under it, and "label: value" lines."""

from __future__ import annotations

from extractor.document.tables.cells import Split, bare
from extractor.document.tables.kinds import Kind, next_line
from extractor.document.tables.model import Cell, Column, Row, Table


def box_at(kinds: list[Kind], i: int) -> tuple[Table, int] | None:
    """The box of key figures that starts at line i, and the line after it; None when none starts there."""
    kind = kinds[i].kind
    if kind == "colon":
        j = i
        while j < len(kinds) and kinds[j].kind == "colon":
            j += 1
        return (_colon_table(kinds[i:j]), j) if j - i >= 2 else None
    if kind == "loose" and len(kinds[i].split.cells) > 1:  # type: ignore[union-attr]
        box = _labels_under(kinds, i)
        if box is not None:
            return box
    if kind in ("label", "loose"):
        blocks = _blocks(kinds, i)
        if blocks is not None:
            return blocks
    if kind == "labels":
        following = next_line(kinds, i)
        if following is not None and kinds[following].kind == "loose" and \
                len(kinds[following].split.cells) == len(kinds[i].split.cells):  # type: ignore[union-attr]
            return _box_table(kinds[i], kinds[following]), following + 1
    if kind == "label":
        pairs, j = [], i
        while j < len(kinds) and kinds[j].kind == "label":
            following = next_line(kinds, j, 1)
            if following is None or kinds[following].kind != "loose" or \
                    len(kinds[following].split.cells) != 1:  # type: ignore[union-attr]
                break
            pairs.append((kinds[j], kinds[following]))
            after = next_line(kinds, following, 1)
            if after is None:
                j = following + 1
                break
            j = after
        if len(pairs) >= 2:
            return _pairs_table(pairs), pairs[-1][1].split.index + 1  # type: ignore[union-attr]
    return None


MAX_LABEL_LINES = 3  # a key figure's label wraps onto three lines at most


def _blocks(kinds: list[Kind], i: int) -> tuple[Table, int] | None:
    """Key figures one under the other, each a number alone on its line with its label on the lines right under
    it ("1.391" over "vennoten") or right over it ("Vennoten" over "455"), a blank line between two figures or
    (PDF) each in a box of its own beside the one before, whose lines the reader gives one box after the other.
    Label lines over the first figure that the figures' side of their labels leaves over ("Kerncijfers") are
    the title. None when the lines are not such a box, or hold fewer than two figures."""
    segments: list[list[Kind]] = [[]]
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
        own: list[Kind] = []
        for label in ordered:
            if label.split is None or not (label.split.x0[0] < x1 and x0 < label.split.x1[0]):
                break
            own.append(label)
        kept.append((sorted(own, key=lambda m: m.split.index if m.split else 0), value))
        if len(own) < len(labels):
            break
    return kept


def _beside(above: Kind, line: Kind) -> bool:
    """(PDF) A line that stands higher on its page than the line before it, or on another page: the reader went on
    with the next box or column."""
    if above.page != line.page:
        return True
    return above.top is not None and line.top is not None and line.top < above.top - 1.0


_Figures = list[tuple[list[Kind], Kind]]


def _side(segment: list[Kind]) -> tuple[list[Kind], Kind, list[Kind]] | None:
    """A segment of one number: the label lines before it, the number, the label lines after it."""
    numbers = [k for k, m in enumerate(segment) if m.kind == "loose"]
    if len(numbers) != 1:
        return None
    return segment[:numbers[0]], segment[numbers[0]], segment[numbers[0] + 1:]


def _separated(segments: list[list[Kind]]) -> tuple[list[Kind], _Figures] | None:
    """Figures each in a segment of its own: all with their labels under them, or all with them over them; the
    first segment may be a title alone, or a title over the first number (its labels under it)."""
    title: list[Kind] = []
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


def _unseparated(segment: list[Kind]) -> tuple[list[Kind], _Figures] | None:
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


def _labels_under(kinds: list[Kind], i: int) -> tuple[Table, int] | None:
    """A line of figures over a line of their labels, each label under its figure ("1.391   2.450 MWh" over
    "vennoten   geproduceerde stroom"), the labels' lines that wrap under it going on with the label they
    stand under; (PDF) more figures over their labels that stand beside these, as high on the page, which the
    reader gives right after them or a few lines further (a box of the same row read as a column of its own)."""
    band = _band(kinds, i, ("labels",))
    if band is None:
        return None
    table = Table(0, "box", [Column("")], [], [])
    after: int | None = None  # where the search for tables goes on: the end of the boxes read in order
    while band is not None:
        figures, texts, lines, end = band
        for (first, last, _), words_of, rows_lines in zip(figures.cells, texts, lines):
            table.rows.append(Row(" ".join(words_of), None, [Cell(figures.index, first, last, 0)],
                                  sorted(set(rows_lines))))
        beside = _band_beside(kinds, figures, end)
        band = _band(kinds, beside, ("labels", "label")) if beside is not None else None
        if band is not None and band[0].index > end and after is None:
            after = end  # the lines the reader put between boxes of one row (a caption under them) are no box's
    return table, end if after is None else after


BESIDE_LINES = 4  # the reader may put a few lines (a heading under the boxes) between the boxes of one row


def _band_beside(kinds: list[Kind], figures: Split, end: int) -> int | None:
    """(PDF) The line, among the next few, of figures that stand beside `figures` in their row of boxes: as high on
    the same page, to the right of them."""
    line = kinds[figures.index]
    for k in range(end, min(end + BESIDE_LINES, len(kinds))):
        other = kinds[k]
        if other.kind == "loose" and other.split is not None and other.page == line.page and \
                line.top is not None and other.top is not None and abs(other.top - line.top) <= 1.0 and \
                other.split.x0[0] > figures.x1[-1]:
            return k
    return None


def _band(kinds: list[Kind], i: int, first: tuple[str, ...]) -> tuple[Split, list[list[str]], list[list[int]], int] | None:
    """The figures of line i with the labels under them: (the figures' line, each figure's label words, each
    figure's lines, the line after them); None when the line under holds no label under each figure."""
    figures = kinds[i].split
    following = next_line(kinds, i)
    if figures is None or following is None or kinds[following].kind not in first:
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
            and end - following < MAX_LABEL_LINES and not _beside(kinds[end - 1], kinds[end]):
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
    return figures, texts, lines, end


def _colon_table(members: list[Kind]) -> Table:
    table = Table(0, "colon", [Column("")], [], [])
    for member in members:
        split = member.split
        assert split is not None
        label = bare(split.cells[0][2]) if len(split.cells) > 1 else None
        start, end, _ = split.cells[-1]
        table.rows.append(Row(label, None, [Cell(split.index, start, end, 0)], [split.index]))
    return table


def _pairs_table(pairs: list[tuple[Kind, Kind]]) -> Table:
    table = Table(0, "pairs", [Column("")], [], [])
    for label, value in pairs:
        assert label.split is not None and value.split is not None
        start, end, _ = value.split.cells[0]
        table.rows.append(Row(bare(label.split.cells[0][2]), None, [Cell(value.split.index, start, end, 0)],
                              [label.split.index, value.split.index]))
    return table


def _box_table(labels: Kind, values: Kind) -> Table:
    """A line of labels over a line of figures: each figure's label is the one over it."""
    assert labels.split is not None and values.split is not None
    table = Table(0, "box", [Column("")], [], [])
    for (ls, le, text), (vs, ve, _) in zip(labels.split.cells, values.split.cells):
        table.rows.append(Row(bare(text), None, [Cell(values.split.index, vs, ve, 0)],
                              [labels.split.index, values.split.index]))
        table.header.append((labels.split.index, ls, le))
    return table
