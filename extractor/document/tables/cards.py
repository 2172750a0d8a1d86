"""Key-figure cards: a grid of boxes, each a big number with its label under it or over it, a unit line over the
number ("in euro", "in km") and a small line of an earlier period's figure ("vorig jaar: 41", "2022: 3.100"), as
web pages show key figures and their printed PDFs keep them. The reader gives the cards one after the other (a
card's first line stands higher on the page than the line before it, or a blank line parts two cards).

Each card is a row of a table of its own shape: its label the row's, its big number in the first column (the
report's period), the small line's figure in the column of that line's period ("vorig jaar", "2022"), the unit
line the row's unit and scale. Cards are read here only when one of them has a unit line or an earlier period's
line; boxes of a number and a label alone are boxes.py's."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor.document.tables import words
from extractor.document.tables.cells import bare, is_figure_cell
from extractor.document.tables.kinds import Kind
from extractor.document.tables.model import Cell, Column, Row, Table

MAX_LABEL_LINES = 3  # a card's label wraps onto three lines at most
CARD_GAP = 1.5  # (PDF) a line farther than this many heights of the line before under it is of the next card
TITLE_GAP = 1.0  # (PDF) a label line farther than this many of its heights over the card's next line is no card's

# "vorig jaar: 41", "2022: € 3.100", "(2022: 298)", "vorig jaar   95 %": a period, a colon or a gap, a figure
_EARLIER = re.compile(r"^\s*\(?\s*(?P<head>[^:()]{2,30}?)(?:\s*:\s*|\s{2,})(?P<value>[^\s()]"
                      r"(?:[^()]*[^\s()])?)\s*\)?\s*$")
# a unit line over the number, or a scale word the number wrapped onto the next line ("€ 1,2" over "miljoen")
_CARD_SHAPES = (re.compile(r"^(?P<unit>U?)N(?P<after>U?)(?P<labels>L+)(?P<earlier>P?)$"),
                re.compile(r"^(?P<labels>L+)(?P<unit>U?)N(?P<after>U?)(?P<earlier>P?)$"))


@dataclass
class _Card:
    number: Kind
    labels: list[Kind]
    unit: Kind | None = None
    earlier: tuple[Kind, str, int, int, str] | None = None  # the line, its period as written, the figure's span
    lines: list[int] = field(default_factory=list)


def cards_at(kinds: list[Kind], i: int) -> tuple[Table, int] | None:
    """The grid of cards that starts at line i (a title line over it may be its first line), and the line after
    it; None when none starts there."""
    segments = _segments(kinds, i)
    if not segments:
        return None
    title: Kind | None = None
    if len(segments) > 1 and len(segments[0]) == 1 and segments[0][0].kind == "label":
        title, segments = segments[0][0], segments[1:]  # a heading over the grid, apart from its first card
    elif len(segments[0]) > 1 and segments[0][0].kind == "label" and _apart(segments[0][0], segments[0][1]):
        title, segments[0] = segments[0][0], segments[0][1:]
    cards: list[_Card] = []
    for segment in segments:
        card = _card(segment)
        if card is None:
            break
        cards.append(card)
    if len(cards) < 2 or not any(card.unit or card.earlier for card in cards):
        return None
    return _table(cards, title), max(line for card in cards for line in card.lines) + 1


def _segments(kinds: list[Kind], i: int) -> list[list[Kind]]:
    """The lines from i that may be cards' lines, cut where a card ends: at a blank line, or (PDF) where a line
    stands higher on its page than the one before it or on another page."""
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
        if _type(k) is None:
            break
        last = segments[-1][-1] if segments[-1] else None
        if last is not None and (blanks or _next_card(last, k)):
            segments.append([])
        segments[-1].append(k)
        blanks = 0
        j += 1
    return [segment for segment in segments if segment]


def _next_card(last: Kind, k: Kind) -> bool:
    """(PDF) A line of the next card: on another page, higher on the page than the line before it (the card beside),
    or far under it (the first card of the grid's next row)."""
    if last.page != k.page:
        return True
    if last.top is None or last.bottom is None or k.top is None:
        return False
    return k.top < last.top - 1.0 or k.top - last.bottom > CARD_GAP * (last.bottom - last.top)


def _apart(line: Kind, following: Kind) -> bool:
    """(PDF) A label line far over the next line: a heading over the cards, no label of the first."""
    if line.top is None or line.bottom is None or following.top is None:
        return False
    return following.top - line.bottom > TITLE_GAP * (line.bottom - line.top)


def _type(k: Kind) -> str | None:
    """N a big number, L a label line, U a unit line ("in euro"), P a line of an earlier period's figure."""
    if _earlier(k) is not None:
        return "P"
    if k.kind == "loose" and k.split is not None and len(k.split.cells) == 1:
        return "N"
    if k.kind == "header" and k.split is not None and len(k.split.cells) == 1:
        found = words.heading(k.split.cells[0][2])
        return "U" if found.period is None and (found.unit or found.scale) else None
    if k.kind == "label":
        return "L"
    return None


def _earlier(k: Kind) -> tuple[str, int, int, str] | None:
    """(period as written, start, end, figure) of a line "vorig jaar: 41" or "2022: 3.100"."""
    if k.kind not in ("colon", "other", "row", "loose") or k.split is None:
        return None
    found = _EARLIER.match(k.line)
    if found is None or not is_figure_cell(found.group("value")):
        return None
    head = found.group("head").strip()
    heading = words.heading(head)
    if heading.period is None or not words.is_header_cell(head):
        return None
    return head, found.start("value"), found.end("value"), found.group("value")


def _card(segment: list[Kind]) -> _Card | None:
    types = "".join(_type(k) or "?" for k in segment)
    for shape in _CARD_SHAPES:
        found = shape.match(types)
        if found is None or len(found.group("labels")) > MAX_LABEL_LINES:
            continue
        number = segment[types.index("N")]
        labels = [k for k, t in zip(segment, types) if t == "L"]
        unit = next((k for k, t in zip(segment, types) if t == "U"), None)
        earlier = next((k for k, t in zip(segment, types) if t == "P"), None)
        card = _Card(number, labels, unit, lines=[k.split.index for k in segment if k.split is not None])
        if earlier is not None:
            head, start, end, text = _earlier(earlier)  # type: ignore[misc]
            card.earlier = (earlier, head, start, end, text)
        return card
    return None


def _table(cards: list[_Card], title: Kind | None) -> Table:
    table = Table(0, "cards", [Column("")], [], [])
    columns: dict[str, int] = {}
    for card in cards:
        assert card.number.split is not None
        start, end, text = card.number.split.cells[0]
        cells = [Cell(card.number.split.index, start, end, 0, text)]
        if card.earlier is not None:
            line, head, first, last, written = card.earlier
            if head.lower() not in columns:
                columns[head.lower()] = len(table.columns)
                table.columns.append(Column(head, period=words.heading(head).period))
            assert line.split is not None
            cells.append(Cell(line.split.index, first, last, columns[head.lower()], written))
            table.header.append((line.split.index, line.split.cells[0][0], first))
        label = " ".join(bare(k.split.cells[0][2]) for k in card.labels if k.split is not None)
        row = Row(label, None, cells, sorted(card.lines))
        if card.unit is not None and card.unit.split is not None:
            found = words.heading(card.unit.split.cells[0][2])
            row.unit, row.scale = found.unit, found.scale
            table.header.append((card.unit.split.index, card.unit.split.cells[0][0], card.unit.split.cells[0][1]))
        table.rows.append(row)
    if title is not None and title.split is not None:
        table.title = bare(title.split.cells[0][2])
        table.header.append((title.split.index, title.split.cells[0][0], title.split.cells[0][1]))
    return table
