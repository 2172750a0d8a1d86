"""What the recognisers of numbers that are no figures share: the record of one such number, the `Finder`
each module of this folder declares and the `Site` (one block) it reads, the words of patterns/non_figures.yaml,
and where the source lines of a block begin and end."""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass, field, fields
from functools import cache

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc

from extractor.dutch import patterns, rules
from extractor.dutch.rules import Words as Lower, key
from extractor.document.model import SYNTHETIC, Block, unpack
from extractor.nlp.language import digit_tokens


@dataclass(frozen=True)
class NonFigure:
    """Tokens [start, end) of a block that hold a number which is not a figure, and what that number is."""

    kind: str  # "phone", "iban", "enterprise_number", "address", "postcode", "list_number", "toc_page", ...
    start: int
    end: int
    rule: str  # "non_figure.<kind>" or a finer "non_figure.<kind>.<how>"
    value: str | None = None  # the normalised identifier, where there is one (+3222051720, BE04735061822431)


@dataclass(frozen=True)
class Site:
    """One block as every finder reads it: its text and Doc, the block before it, where its source lines start
    and end (`offset in site.starts`), and whether it holds a digit at all."""

    block: Block
    doc: Doc
    previous: Block | None
    digits: bool
    starts: Container[int] = field(repr=False)
    ends: Container[int] = field(repr=False)

    @property
    def text(self) -> str:
        return self.block.text


@dataclass(frozen=True)
class Finder:
    """A recogniser of numbers that are no figures. Each module of extractor/non_figures/ that finds some
    declares one as its `FINDER`; the registry finds them all (registry.finders) and runs them by `rank`."""

    rank: int  # lower runs first: the surer kind (a checksum before a shape) names a number two finders find
    find: Callable[[Site], list[NonFigure]]
    needs_digit: bool = True  # False: it also finds written numbers ("een vierde zaal"), in blocks without a digit


@dataclass(frozen=True)
class _Cues:
    """The words before an identifier that say what it is: a phone number, a bank account, ..."""

    phone: Lower = key()
    account: Lower = key()
    bic: Lower = key()
    enterprise: Lower = key()
    law: Lower = key()


@rules.declares("non_figures")
@dataclass(frozen=True)
class Words:
    """The Dutch words of patterns/non_figures.yaml the recognisers in code read, lower case (declared once: the
    schema of their entries is made from these fields)."""

    cue_words: _Cues = key("cues")
    street_words: Lower = key("streets")
    house_number_box: Lower = key()
    postcode_after: Lower = key()
    not_municipalities: Lower = key()
    contents_headings: Lower = key()
    name_heads: Lower = key()
    name_head_counters: Lower = key()
    not_name_acronyms: Lower = key()
    cues: dict[str, frozenset[str]]  # kind -> its cues: the entries of `cue_words` by name
    streets: tuple[str, ...]  # the street words, the longest first


@cache
def words() -> Words:
    data = patterns.load("non_figures")
    cues = rules.load(_Cues, data["cues"])
    streets = rules.as_words(data["streets"])
    return rules.load(Words, data, cues={item.name: getattr(cues, item.name) for item in fields(_Cues)},
                      streets=tuple(sorted(streets, key=lambda street: (-len(street), street))))


def finder_words(module: str) -> dict[str, frozenset[str]]:
    """The words of the section of patterns/non_figures.yaml named after a finder's module (a new finder's
    own words: the schema takes any section of lists of words), lower case."""
    return {key: frozenset(w.lower() for w in values)
            for key, values in patterns.load("non_figures").get(module, {}).items()}


def site(block: Block, doc: Doc, previous: Block | None, digits: bool) -> Site:
    starts, ends = line_edges(block)
    return Site(block, doc, previous, digits, starts, ends)


def token_span(doc: Doc, start_char: int, end_char: int) -> tuple[int, int] | None:
    """The tokens that cover characters [start_char, end_char) of `doc`, or None."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    return (span.start, span.end) if span is not None and len(span) else None


class _LineEdges:
    """Offsets of `block.text` where a source line starts (or ends), tested one at a time: `offset in edges`.
    Normalisation joins lines with a space, so a line changes between two words; a test looks at the
    character and its neighbour across the spaces, never at the whole block."""

    def __init__(self, block: Block, step: int) -> None:
        self.text = block.text
        self.positions = block.positions
        self.step = step  # -1: a start (compare with the word before), +1: an end (with the word after)

    def __contains__(self, offset: object) -> bool:
        if not isinstance(offset, int) or not 0 <= offset < len(self.text) or self.text[offset].isspace():
            return False
        other = offset + self.step
        if 0 <= other < len(self.text) and not self.text[other].isspace():
            return False  # inside a word
        while 0 <= other < len(self.text) and (self.text[other].isspace() or self.positions[other] == SYNTHETIC):
            other += self.step
        if not 0 <= other < len(self.text):
            return True  # the first (last) word of the block
        here, there = self.positions[offset], self.positions[other]
        if here == SYNTHETIC or there == SYNTHETIC:
            return False
        return unpack(here)[0] != unpack(there)[0]


def line_edges(block: Block) -> tuple[_LineEdges, _LineEdges]:
    """Where the source lines the block was made of start and end: the offsets in `block.text` of their
    first and of their last non-space character (`offset in starts`). A table row's cells and a PDF's
    wrapped lines each count as their lines."""
    return _LineEdges(block, -1), _LineEdges(block, +1)


def number_tokens(doc: Doc, text: str, mark: str) -> list[int]:
    """The tokens of a block (`text` its text) that hold a digit or open with `mark` ("(" of "(3)", "B" of
    "B-2440"), in order: the only tokens a finder of numbers that open so need test (its own test decides)."""
    digits = digit_tokens(doc)
    if mark not in text:
        return digits
    words = texts(doc, text)
    return sorted(set(digits).union(i for i, word in enumerate(words) if word[:1] == mark))


_TEXTS_KEY = "extractor.non_figure.texts"


def texts(doc: Doc, text: str | None = None) -> list[str]:
    """The text of every token of `doc`, made once per Doc from its text (`text`, when the caller has it:
    a Token object per token is slow, and so is `doc.text`)."""
    found = doc.user_data.get(_TEXTS_KEY)
    if found is None:
        text = doc.text if text is None else text
        found = doc.user_data[_TEXTS_KEY] = [text[start:start + length]
                                             for start, length in doc.to_array([IDX, LENGTH]).tolist()]
    return found


def cue_before(lower: list[str], start: int, cues: frozenset[str], window: int = 4) -> bool:
    """One of `cues` stands among the `window` words before token `start` ("Bel 014 58 21 90")."""
    return any(word.rstrip(":") in cues or word in cues for word in lower[max(0, start - window):start])


def cue_anywhere(lower: list[str], cues: frozenset[str]) -> bool:
    """One of `cues` stands among the words at all: without one, cue_before finds none before any token."""
    return any(word.rstrip(":") in cues or word in cues for word in lower)
