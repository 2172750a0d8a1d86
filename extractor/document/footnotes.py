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
_ANY_SUPERSCRIPT = re.compile(f"[{_SUPERSCRIPT_DIGITS}]")
_BRACKET = re.compile(r"\[")
_SMALLER = 0.8  # a marker's glyphs are at most this share of the line's usual height
_RAISED = 0.2  # and its bottom at least this share of that height above the line's baseline
_LONGEST = 3  # digits of a marker
_ASCII_DIGIT = re.compile(r"[0-9]")


def markers(text: str, boxes: CharBoxes | None) -> list[tuple[int, int]]:
    """The (start, end) columns of the footnote markers of one source line, in order, not overlapping."""
    # each pattern only where its mark is in the line at all: one quick look, not a lookbehind at every character
    found = [match.span() for pattern, mark in ((_UNICODE_MARKER, _ANY_SUPERSCRIPT), (_BRACKETED_MARKER, _BRACKET))
             if mark.search(text) for match in pattern.finditer(text)]
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
    if not _ASCII_DIGIT.search(text):
        return []
    flat = boxes.values  # x0, top, x1, bottom per character; x0 NaN: no box
    heights, bottoms = [], []
    for i, char in enumerate(text):
        if char.isalpha() and flat[4 * i] == flat[4 * i]:
            heights.append(flat[4 * i + 3] - flat[4 * i + 1])
            bottoms.append(flat[4 * i + 3])
    if len(heights) < 3:
        return []  # too few letters to know the line's size: nothing is called raised
    height, baseline = statistics.median(heights), statistics.median(bottoms)
    if height <= 0:
        return []
    smaller, raised = _SMALLER * height, baseline - _RAISED * height

    def small_raised_digit(i: int) -> bool:
        char = text[i]
        if not (char.isascii() and char.isdigit()) or flat[4 * i] != flat[4 * i]:
            return False
        top, bottom = flat[4 * i + 1], flat[4 * i + 3]
        return bottom - top <= smaller and bottom <= raised

    runs: list[tuple[int, int]] = []
    for match in _ASCII_DIGIT.finditer(text):
        i = match.start()
        if runs and i < runs[-1][1]:
            continue
        if not small_raised_digit(i):
            continue
        j = i
        while j < len(text) and small_raised_digit(j):
            j += 1
        runs.append((i, j))
    return [(i, j) for i, j in runs if j - i <= _LONGEST and not (i and text[i - 1] in "mM")]
