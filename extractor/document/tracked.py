"""Text that remembers, for every character, where in the source it came from."""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Callable
from dataclasses import dataclass

import numpy

from extractor.document.model import SYNTHETIC, pack


def positions_of(values: object = ()) -> array:
    """A compact run of packed source positions: 8 bytes a character (a list of ints takes 40)."""
    return array("q", values)  # type: ignore[arg-type]


def counting(start: int, count: int) -> array:
    """positions_of(range(start, start + count)), made by numpy's arange: an array made from a range takes each
    number as a Python int, a fifth of the time of normalising a report."""
    positions = positions_of()
    positions.frombytes(numpy.arange(start, start + count, dtype=numpy.int64).tobytes())
    return positions


@dataclass
class Tracked:
    text: str
    positions: array  # array("q"): one packed source position per character of `text`

    @classmethod
    def from_line(cls, line_index: int, text: str) -> Tracked:
        start = pack(line_index, 0)  # a line's positions are consecutive numbers
        return cls(text, counting(start, len(text)))

    @classmethod
    def synthetic(cls, text: str) -> Tracked:
        return cls(text, positions_of([SYNTHETIC]) * len(text))

    def __add__(self, other: Tracked) -> Tracked:
        return Tracked(self.text + other.text, self.positions + other.positions)

    def __len__(self) -> int:
        return len(self.text)

    def slice(self, start: int, end: int | None = None) -> Tracked:
        return Tracked(self.text[start:end], self.positions[start:end])

    def sub(self, pattern: re.Pattern[str], replacement: str | int | Callable[[re.Match[str]], str]) -> Tracked:
        """Replace every match by a literal (each character placed at the match's first source position),
        by what a function makes of the match (placed alike), or by one of its groups (an int: the group
        keeps its own positions)."""
        matches = pattern.finditer(self.text)
        first = next(matches, None)
        if first is None:
            return self  # nothing to replace: the common case, without copying the positions
        out_text: list[str] = []
        out_positions = positions_of()
        last = 0
        for match in (first, *matches):
            out_text.append(self.text[last:match.start()])
            out_positions.extend(self.positions[last:match.start()])
            if isinstance(replacement, int):
                start, end = match.span(replacement)
                if start >= 0:
                    out_text.append(self.text[start:end])
                    out_positions.extend(self.positions[start:end])
            elif replacement:
                made = replacement(match) if callable(replacement) else replacement
                anchor = self.positions[match.start()] if match.end() > match.start() else SYNTHETIC
                out_text.append(made)
                out_positions.extend(positions_of([anchor]) * len(made))
            last = match.end()
        if last == 0:
            return self
        out_text.append(self.text[last:])
        out_positions.extend(self.positions[last:])
        return Tracked("".join(out_text), out_positions)

    def strip(self) -> Tracked:
        start = len(self.text) - len(self.text.lstrip())
        end = len(self.text.rstrip())
        return self.slice(start, end) if (start, end) != (0, len(self.text)) else self

    def nfc(self) -> Tracked:
        """Compose combining marks with the character before them (NFC), keeping the base's position; a
        character NFC replaces by another on its own is replaced (U+037E, the Greek question mark some
        producers write for ";": "€890;gesubsidieerd")."""
        if self.text.isascii() or unicodedata.is_normalized("NFC", self.text):
            return self
        text: list[str] = []
        positions = positions_of()
        for ch, position in zip(self.text, self.positions):
            if text and unicodedata.combining(ch):
                composed = unicodedata.normalize("NFC", text[-1] + ch)
                if len(composed) == 1:
                    text[-1] = composed
                    continue
            if not unicodedata.is_normalized("NFC", ch):
                single = unicodedata.normalize("NFC", ch)
                ch = single if len(single) == 1 else ch
            text.append(ch)
            positions.append(position)
        return Tracked("".join(text), positions)
