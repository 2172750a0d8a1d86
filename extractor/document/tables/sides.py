"""(PDF) A two-sided statement: a balance sheet with its assets on the left and its liabilities on the right of the
same text lines ("Goodwill   1.200   1.450   Eigen vermogen   98.400   90.100"), each half under its own header
("Activa (x EUR 1.000)  2024  2023  |  Passiva (x EUR 1.000)  2024  2023"). Read as one table, the right half's
amounts took the left half's row labels and every cell the fiscal year. Three lines or more of one page that each
hold a label, figures, a second label starting at one place across the page, and figures again, are two tables:
the page is read twice, once with what stands right of that place blanked, once with only what stands right of it,
on those lines (the source positions stay those of the document's lines)."""

from __future__ import annotations

from dataclasses import replace

from extractor.document.model import SourceLine
from extractor.document.tables import words
from extractor.document.tables.cells import WORDLIKE, empty_cell, is_figure_cell, reference_cell
from extractor.document.tables.kinds import classify

MIN_LINES = 3  # lines of a two-sided statement at least
ALIGN = 3.0  # points: the right half's labels start in one place within this


def halves(lines: list[SourceLine], taken: set[int]) -> tuple[list[SourceLine], list[SourceLine]] | None:
    """The document's lines as the left halves' (every other line as it is) and as the right halves' (only those),
    where a page has a two-sided statement; None where none has."""
    found: dict[int, list[tuple[int, float]]] = {}  # page → (line, x where its second label starts)
    for index, line in enumerate(lines):
        if index in taken or line.char_boxes is None or line.page is None or "  " not in line.text:
            continue
        second = _second_label(index, line)
        if second is not None:
            found.setdefault(line.page, []).append((index, second))
    blocks: list[tuple[int, int, float]] = []  # first line, last line, gutter
    for page in sorted(found):
        xs = sorted(x for _, x in found[page])
        middle = xs[len(xs) // 2]
        members = [index for index, x in found[page] if abs(x - middle) <= ALIGN]
        if len(members) >= MIN_LINES:
            blocks.append((min(members), max(members), min(x for _, x in found[page] if abs(x - middle) <= ALIGN)))
    if not blocks:
        return None
    left, right = list(lines), [replace(line, text="", char_boxes=None) for line in lines]
    for first, last, gutter in blocks:
        for index in range(first, last + 1):
            line = lines[index]
            if index in taken or line.char_boxes is None or line.page != lines[first].page:
                continue
            left[index] = _masked(line, lambda x0: x0 >= gutter - 1.0)
            right[index] = _masked(line, lambda x0: x0 < gutter - 1.0)
    return left, right


def _second_label(index: int, line: SourceLine) -> float | None:
    """Where the second label of a two-sided line starts: label, figures (or periods), label, figures."""
    kind = classify(index, line)
    split = kind.split
    if split is None or len(split.cells) < 4:
        return None
    texts = split.texts()
    labels = [k for k, text in enumerate(texts) if not _amount(text)]
    if len(labels) != 2 or labels[0] != 0 or labels[1] < 2 or labels[1] == len(texts) - 1:
        return None
    if not all(WORDLIKE.search(texts[k]) for k in labels):
        return None
    return split.x0[labels[1]]


def _amount(text: str) -> bool:
    """A cell of figures or of a column's period ("2024" in the header of each half)."""
    if is_figure_cell(text) or empty_cell(text) or reference_cell(text):
        return True
    return words.heading(text).period is not None and words.is_header_cell(text) and not WORDLIKE.search(text)


def _masked(line: SourceLine, out) -> SourceLine:  # type: ignore[no-untyped-def]
    """The line with the characters whose box starts where `out` says blanked (their places kept)."""
    boxes = line.char_boxes
    assert boxes is not None
    chars = [" " if (box := boxes[p]) is not None and out(box.x0) else ch for p, ch in enumerate(line.text)]
    return replace(line, text="".join(chars))
