"""What the recognisers of numbers that are no figures share: the record of one such number, the words of
patterns/non_figures.yaml, and where the source lines of a block begin and end."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from extractor import patterns
from extractor.model import SYNTHETIC, Block, unpack


@dataclass(frozen=True)
class NonFigure:
    """Tokens [start, end) of a block that hold a number which is not a figure, and what that number is."""

    kind: str  # "phone", "iban", "enterprise_number", "address", "postcode", "list_number", "toc_page", ...
    start: int
    end: int
    rule: str  # "non_figure.<kind>" or a finer "non_figure.<kind>.<how>"
    value: str | None = None  # the normalised identifier, where there is one (+3222051720, BE04735061822431)


@dataclass(frozen=True)
class Words:
    """The Dutch words of patterns/non_figures.yaml the recognisers in code read, lower case."""

    cues: dict[str, frozenset[str]]
    streets: tuple[str, ...]
    house_number_box: frozenset[str]
    postcode_after: frozenset[str]
    not_municipalities: frozenset[str]
    contents_headings: frozenset[str]
    name_heads: frozenset[str]
    name_head_counters: frozenset[str]
    not_name_acronyms: frozenset[str]


@cache
def words() -> Words:
    data = patterns.load("non_figures")

    def lower(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in data[key])

    return Words(
        cues={kind: frozenset(w.lower() for w in ws) for kind, ws in data["cues"].items()},
        streets=tuple(sorted({w.lower() for w in data["streets"]}, key=len, reverse=True)),
        house_number_box=lower("house_number_box"), postcode_after=lower("postcode_after"),
        not_municipalities=lower("not_municipalities"), contents_headings=lower("contents_headings"),
        name_heads=lower("name_heads"), name_head_counters=lower("name_head_counters"),
        not_name_acronyms=lower("not_name_acronyms"))


def token_span(doc: Doc, start_char: int, end_char: int) -> tuple[int, int] | None:
    """The tokens that cover characters [start_char, end_char) of `doc`, or None."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    return (span.start, span.end) if span is not None and len(span) else None


def line_edges(block: Block) -> tuple[frozenset[int], frozenset[int]]:
    """The offsets in `block.text` of the first and of the last non-space character of every source line
    the block was made of (a table row's cells and a PDF's wrapped lines each count as their lines)."""
    starts: set[int] = set()
    ends: set[int] = set()
    previous_line, last = None, None
    for offset, (char, position) in enumerate(zip(block.text, block.positions)):
        if position == SYNTHETIC or char.isspace():
            continue
        line = unpack(position)[0]
        if line != previous_line:
            starts.add(offset)
            if last is not None:
                ends.add(last)
            previous_line = line
        last = offset
    if last is not None:
        ends.add(last)
    return frozenset(starts), frozenset(ends)


def cue_before(lower: list[str], start: int, cues: frozenset[str], window: int = 4) -> bool:
    """One of `cues` stands among the `window` words before token `start` ("Bel 014 58 21 90")."""
    return any(word.rstrip(":") in cues or word in cues for word in lower[max(0, start - window):start])
