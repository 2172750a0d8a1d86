"""The units of the conditions' table: every block cut into the pieces a condition may be stated or answered
in (its cells between Markdown pipes, the rows of a numbered or labelled list the layout joined into one
paragraph, the items of a list, the lines that each cite an article, or, for prose, its sentences), each with
the article it cites, its number or label and the short lead-in a condition's name may fill."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.document.model import SYNTHETIC, Block, unpack
from extractor.non_figures.base import line_edges
from extractor.recognise.conditions.layout import GridRows
from extractor.recognise.conditions.words import Rules, label_of, load_rules
from extractor.recognise.window import Span


@dataclass(frozen=True)
class Unit:
    span: Span
    text: str
    row: tuple | None  # units of one table row share this key
    cites: int | None  # character offset (in text) of the first statute article cited, if any
    kind: str
    number: int | None = None  # the row's number in a numbered list ("3. Dividend", a Markdown item "3.")
    label: int | None = None  # the condition the row is labelled with ("Voorwaarde 3", "8:5, §1, 3°")
    head: str | None = None  # the short text a name of a condition may fill ("Beperkt dividend")


def cut_units(blocks: list[Block], rules: Rules, sentences: bool = False,
              grid: GridRows | None = None) -> list[Unit]:
    """The units of the blocks; `sentences`: a paragraph of several sentences is cut into them (prose); `grid`:
    line index → row of a PDF table read column by column (layout.py), whose blocks are cut into its cells."""
    units: list[Unit] = []
    for index, block in enumerate(blocks):
        pieces = _grid_pieces(block, grid) if grid else []
        if pieces:
            for start, end, row in pieces:
                piece = block.text[start:end].rstrip()
                kind = "numbered" if row is not None and _ROW_NUMBER.match(piece) else block.kind
                units.append(_unit(Span(index, start, start + len(piece)), piece, row, kind, rules))
        else:
            units.extend(_block_units(index, block, rules, sentences))
    return units


def _grid_row(grid: GridRows, position: int) -> tuple[int, int, int] | None:
    if position == SYNTHETIC:
        return None
    line, column = unpack(position)
    return next((row for start, end, row in grid.get(line, ()) if start <= column < end), None)


def _grid_pieces(block: Block, grid: GridRows) -> list[tuple[int, int, tuple | None]]:
    """(start, end, row key) of the runs of the block's text that stand in one row of a PDF table read column by
    column (None: text outside the table); [] when no line of the block stands in such a table."""
    # by row, not by cell: the reader may put a row's cells on one line, its wrapped condition on the next
    rows = [row[:2] if (row := _grid_row(grid, position)) else None for position in block.positions]
    if not any(rows):
        return []
    pieces: list[tuple[int, int, tuple | None]] = []
    start, current = None, None
    for offset, char in enumerate(block.text):
        if block.positions[offset] == SYNTHETIC or char.isspace():
            continue
        row = rows[offset]
        if start is None or row != current:
            if start is not None:
                pieces.append((start, offset, current))
            start, current = offset, row
    if start is not None:
        pieces.append((start, len(block.text), current))
    return [(a, b, ("grid", *row) if row is not None else None) for a, b, row in pieces]


def _block_units(index: int, block: Block, rules: Rules, sentences: bool) -> list[Unit]:
    """The units of one block, by the first of its shapes that holds: Markdown pipes, rows numbered or labelled
    one after another, a list, sentences (prose, when asked), cells joined by the layout, or the block whole."""
    text = block.text
    if text.count("|") >= 2:
        return _pipe_cells(index, block, rules)
    if block.kind != "cell" and (len(cuts := _numbered_rows(text)) >= 3
                                 or len(cuts := _labelled_rows(text, rules)) >= 2):
        return _pieces(index, text, cuts, "numbered", rules)
    if block.kind != "cell" and (listed := _listed_rows(block)):
        # a list in a paragraph: "- Beperkt stemrecht: artikel 28", "(3) beperkte dividenduitkering: ..."
        units = []
        for start, end, number in listed:
            piece = text[start:end].rstrip()
            units.append(_unit(Span(index, start, start + len(piece)), piece, None,
                               "numbered" if number is not None or start > 0 else block.kind, rules, number))
        return units
    if sentences and block.kind in ("paragraph", "item") and len(cuts := _sentences(text)) >= 2:
        # conditions stated in running prose, a sentence each: "Het stemrecht is beperkt tot ... (artikel 27)"
        return _pieces(index, text, cuts, "sentence", rules)
    if block.kind != "cell" and len(cuts := _article_lines(block, rules)) >= 2:
        # cells of a table copied without blank lines, joined by the layout: "... concreet maakt Art. 33"
        return _pieces(index, text, cuts, block.kind, rules)
    row_key = ("cell", block.row) if block.kind == "cell" else None
    kind = "numbered" if block.kind == "item" or _ROW_NUMBER.match(text) else block.kind
    return [_unit(Span(index, 0, len(text)), text, row_key, kind, rules,
                  block.number if block.kind == "item" else None)]


def _pieces(index: int, text: str, cuts: list[int], kind: str, rules: Rules) -> list[Unit]:
    """The units of a block cut where each of `cuts` begins, each to the next (its trailing space left out)."""
    units = []
    for start, end in zip(cuts, cuts[1:] + [len(text)]):
        piece = text[start:end].rstrip()
        units.append(_unit(Span(index, start, start + len(piece)), piece, None, kind, rules))
    return units


def _pipe_cells(index: int, block: Block, rules: Rules) -> list[Unit]:
    """The cells of a block of Markdown pipes, each a unit keyed on its row ("| |" ends a row; a rule row of
    dashes is no cell)."""
    text = block.text
    units = []
    row = 0
    start = 0
    for part in re.finditer(r"[^|]*", text):
        piece = part.group(0)
        if not piece.strip():
            if part.start() > start:  # "| |": a row ends, the next begins
                row += 1
            continue
        if re.fullmatch(r"\s*:?-{2,}:?\s*", piece):
            continue
        lead = len(piece) - len(piece.lstrip())
        span = Span(index, part.start() + lead, part.start() + len(piece.rstrip()))
        cell = text[span.start:span.end]
        # a cell that opens with the row's number ("6. Kosteloos bestuur") is a numbered row: its head follows
        kind = "numbered" if _ROW_NUMBER.match(cell) else block.kind
        units.append(_unit(span, cell, (index, row), kind, rules))
        start = part.end()
    return units


# a mark that opens an item of a list: a bullet, or a number "3.", "3)", "(3)", "3°"
_LIST_MARK = re.compile(r"(?:[-*\u2022\u00b7\u25aa\u25e6\u2013\u2014]|\(?([1-9]\d?)[.)\u00b0]|\(([1-9]\d?)\))(?:\s+|$)")


_LIST_MIN = 3  # items: fewer are no list


def _listed_rows(block: Block) -> list[tuple[int, int, int | None]]:
    """The items of a list that the layout joined into one paragraph: each opens a source line with a bullet or
    a number ("- Beperkt stemrecht: artikel 28", "(3) beperkte dividenduitkering: artikel 34"), or, written
    in one run, with bracketed numbers counting up from (1). (start, end, number) of the text before the first
    item, if any, and of each item after its mark; [] when there are fewer than three items."""
    text = block.text
    starts, _ = line_edges(block)
    marks = [m for m in _LIST_MARK.finditer(text)
             if (m.start() == 0 or text[m.start() - 1].isspace()) and m.start() in starts and m.end() < len(text)]
    bulleted = [m for m in marks if m.group(1) is None and m.group(2) is None]
    numbered = [m for m in marks if m not in bulleted]
    items = bulleted if len(bulleted) >= len(numbered) else numbered
    if len(items) < _LIST_MIN:
        items = _counted(text)
    if len(items) >= _LIST_MIN:
        cuts = [(mark.start(), mark.end(), int(n) if (n := mark.group(1) or mark.group(2)) else None)
                for mark in items]
    else:  # bullets the PDF reader set apart in a column of their own: the items are lines that each cite
        cuts = [(start, start, None) for start in _citing_lines(block)]
        if len(cuts) < _LIST_MIN:
            return []
    found: list[tuple[int, int, int | None]] = []
    if text[:cuts[0][0]].strip():
        found.append((0, cuts[0][0], None))
    for k, (_, start, number) in enumerate(cuts):
        found.append((start, cuts[k + 1][0] if k + 1 < len(cuts) else len(text), number))
    return found


def _citing_lines(block: Block) -> list[int]:
    """Where the block's source lines begin, from the first that cites a statute article on, when every one
    of them does ("Beperkt stemrecht: artikel 25 van de statuten" a line): [] otherwise."""
    text = block.text
    article = load_rules().article
    if article.search(text) is None:
        return []  # no line cites: the lines are not looked for (a test of each word's start is slow)
    starts, _ = line_edges(block)
    lines = [k for k in _word_starts(text) if k in starts]
    if len(lines) < _LIST_MIN:
        return []
    ends = lines[1:] + [len(text)]
    cite = [article.search(text, a, b) is not None for a, b in zip(lines, ends)]
    first = cite.index(True) if True in cite else len(cite)
    return lines[first:] if all(cite[first:]) and len(cite) - first >= _LIST_MIN else []


_WORD_START = re.compile(r"(?<!\S)\S")  # a character after a space or at the start (\s is str.isspace)


def _word_starts(text: str) -> list[int]:
    """Where the words of `text` begin: the offsets a line can start at (the block's other characters are never
    a line's start: _LineEdges), found by the regular expression engine, not by a test of each character."""
    return [match.start() for match in _WORD_START.finditer(text)]


_BRACKETED = re.compile(r"(?<!\S)\(([1-9]\d?)\)\s+(?=\S)")


def _counted(text: str) -> list[re.Match[str]]:
    """Bracketed numbers in one run of text that count up from (1): "(1) ... (2) ... (3) ..."."""
    found: list[re.Match[str]] = []
    for match in _BRACKETED.finditer(text):
        if int(match.group(1)) == len(found) + 1:
            found.append(match)
    return found


_SENTENCE_END = re.compile(r"(?:(?<=[.!?])\s+(?=[(\"'\u201c]?[A-Z\u00c0-\u00dd])|(?<=;)\s+(?=[^\W\d_]))")


def sentence_starts(text: str) -> list[int]:
    """Where the sentences of a paragraph begin (see _sentences)."""
    return _sentences(text)


def _sentences(text: str) -> list[int]:
    """Where the sentences of a paragraph begin: after a full stop (or ! ? ;) and a space, at a letter; a full
    stop before a number ("art. 3") ends none."""
    return [0, *(match.end() for match in _SENTENCE_END.finditer(text))]


def _article_lines(block: Block, rules: Rules) -> list[int]:
    """Where a block holds cells that the layout joined: a source line that opens with a statute article,
    capitalised ("Art. 33, eerste lid"), is a cell of its own, and so is the capitalised line after it. [0] and
    the offsets where such cells begin, or []."""
    starts, _ = line_edges(block)
    text = block.text
    cuts: set[int] = set()
    for match in rules.article.finditer(text):
        if not (text[match.start()].isupper() and match.start() in starts):
            continue
        # a cell of its own when the article's line ends within a few words ("Art. 33, eerste lid"), unlike a
        # line of prose that opens with one ("Artikel 43 over de bestemming van de resultaten herhaalt ...")
        following = next((offset for offset in range(match.end(), min(len(text), match.end() + _ARTICLE_LINE))
                          if offset in starts), None)
        if following is None and len(text) - match.end() > _ARTICLE_LINE:
            continue
        if match.start() > 0:
            cuts.add(match.start())
        if following is not None and text[following].isupper():
            cuts.add(following)  # the next line, capitalised, is the condition's cell
    return [0, *sorted(cuts)] if cuts else []


_ARTICLE_LINE = 40  # characters after the article's number that its own line may still hold ("derde lid")


_ROW_NUMBER = re.compile(r"\(?(\d{1,2})[.)]\s+(?=\S)")


_ROW_HINT = re.compile(r"\d[.)]\s")


_ROW_NUMBER_INSIDE = re.compile(r"(?:^|(?<=[.;:!?)\s]))\s*\(?(\d{1,2})[.)]\s+(?=[A-Z])")


# where the short lead-in of a row ends: "Dividend.", "Dividend:", "Dividend (artikel 32)", "Dividend – ..."
_HEAD_END = re.compile(r"[.:;(\t]|\s[-–—]\s")


_HEAD_TRIM = " *_\"'“”‘’«»-–—"


def _numbered_rows(text: str) -> list[int]:
    """Where the rows "1. ... 2. ... 3. ..." of a numbered list joined into one paragraph begin: numbers
    that count up by one from the block's start."""
    if not _ROW_HINT.search(text):
        return []
    cuts: list[int] = []
    expected = None
    for match in _ROW_NUMBER_INSIDE.finditer(text):
        number = int(match.group(1))
        if expected is None:
            if match.start() > 0 and text[:match.start()].strip():
                return []
        elif number != expected:
            continue
        cuts.append(match.start() + len(match.group(0)) - len(match.group(0).lstrip()))
        expected = number + 1
    return cuts


def _labelled_rows(text: str, rules: Rules) -> list[int]:
    """Where the rows "Voorwaarde 1 ... Voorwaarde 2 ..." joined into one paragraph begin: labels written
    with a capital (a row's first word, "Voorwaarde 2" after "artikel 3" of a line joined to it) that count
    up by one from the block's start."""
    cuts: list[int] = []
    expected = None
    for match in rules.label.finditer(text):
        before = text[:match.start()].rstrip()
        if not text[match.start()].isupper():
            continue
        number = int(match.group(1))
        if expected is None:
            if before:
                return []
        elif number != expected:
            continue
        cuts.append(match.start())
        expected = number + 1
    return cuts


def _unit(span: Span, text: str, row: tuple | None, kind: str, rules: Rules,
          number: int | None = None) -> Unit:
    cited = rules.article.search(text)
    cites = cited.start() if cited else None
    start = 0
    if kind == "numbered" and (lead := _ROW_NUMBER.match(text)):
        number, start = int(lead.group(1)), lead.end()
    label = label_of(text[start:], rules)
    if label is None and kind == "sentence" and len(found := rules.label.findall(text)) == 1:
        # a sentence of prose that numbers its condition after the clause: "Artikel 38 beperkt ... (voorwaarde 3)."
        label = int(found[0])
    head = None
    if label is None:
        end = len(text) if cites is None else cites
        stop = _HEAD_END.search(text, start, end)
        head = text[start:stop.start() if stop else end].strip(_HEAD_TRIM)
        if not head or len(head.split()) > rules.max_name_words or len(text) > rules.max_named_length:
            head = None
    return Unit(span, text, row, cites, kind, number, label, head)
