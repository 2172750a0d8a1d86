"""Footnote markers: a raised or bracketed number after a figure or word refers to a footnote; it is never part
of the figure or word ("21" + a raised "14" is 21 with footnote 14, not 2114; "²De stichting" is "De stichting").

Found per source line, before the line is cleaned, so the markers' columns are the source's:

    PDF        digits set smaller than the line's text and raised above its baseline ("welzijn¹", "21¹⁴", a
               footnote line opened by its raised number)
    any text   superscript digits in Unicode ("vrijwilligers²"), bracketed numbers ("zorg[1]", "[1] Vanuit ...",
               "zie [2]")

A raised digit right after an "m" ("m²", "m³") is the power of a unit, no marker. The markers are taken out of
the clean text and recorded as furniture of kind "footnote_marker", so the footnote numbers stay findable.
"""

from __future__ import annotations

import re
import statistics

from extractor.document.model import CharBoxes

_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_UNICODE_MARKER = re.compile(rf"(?<=[^\W\d_]|[.,;:)])(?<![mM])[{_SUPERSCRIPT_DIGITS}]{{1,3}}|^[{_SUPERSCRIPT_DIGITS}]{{1,3}}(?=\s*\w)")
_BRACKETED_MARKER = re.compile(r"\[\d{1,3}\]")
_SMALLER = 0.8  # a marker's glyphs are at most this share of the line's usual height
_RAISED = 0.2  # and its bottom at least this share of that height above the line's baseline
_LONGEST = 3  # digits of a marker


def markers(text: str, boxes: CharBoxes | None) -> list[tuple[int, int]]:
    """The (start, end) columns of the footnote markers of one source line, in order, not overlapping."""
    found = [match.span() for pattern in (_UNICODE_MARKER, _BRACKETED_MARKER) for match in pattern.finditer(text)]
    if boxes is not None and len(boxes) == len(text):
        found += _raised(text, boxes)
    found.sort()
    kept: list[tuple[int, int]] = []
    for start, end in found:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def _raised(text: str, boxes: CharBoxes) -> list[tuple[int, int]]:
    """Runs of digits set smaller than the line's letters and raised above their baseline."""
    heights, bottoms = [], []
    for char, box in zip(text, boxes):
        if box is not None and char.isalpha():
            heights.append(box.bottom - box.top)
            bottoms.append(box.bottom)
    if len(heights) < 3:
        return []  # too few letters to know the line's size: nothing is called raised
    height, baseline = statistics.median(heights), statistics.median(bottoms)
    if height <= 0:
        return []
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        if not _small_raised_digit(text[i], boxes[i], height, baseline):
            i += 1
            continue
        j = i
        while j < len(text) and _small_raised_digit(text[j], boxes[j], height, baseline):
            j += 1
        if j - i <= _LONGEST and not (i and text[i - 1] in "mM"):
            runs.append((i, j))
        i = j
    return runs


def _small_raised_digit(char: str, box, height: float, baseline: float) -> bool:
    if not (char.isascii() and char.isdigit()) or box is None:
        return False
    return box.bottom - box.top <= _SMALLER * height and box.bottom <= baseline - _RAISED * height
