"""What every recogniser the pipeline runs shares: the `Window` it reads (the blocks of one window, their dates,
the conditions table) and writes to (`Found`, what the recognisers found so far, kind by kind), and the
`Recogniser` record each declares. The order they run in is stated once, in pipeline.RECOGNISERS."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from extractor.dutch.dates import DatesByBlock
from extractor.records import Entity, Indicator, LegalReference, Meeting, StatuteReference
from extractor.recognise.context import Context


@dataclass(frozen=True)
class Span:
    """A piece of a block's clean text: characters [start, end)."""

    block: int
    start: int
    end: int


@dataclass(frozen=True)
class ConditionMatch:
    condition: int
    score: float  # the share (%) of the condition's content words that the statement carries (a name of the
    # condition weighs as much as the fewest words that state it, a label "Voorwaarde 3" as all of them)
    block: int  # the block that states the condition
    answer: int  # the (first) block that answers it
    statement: Span  # the text stating the condition
    answers: tuple[Span, ...]  # the text answering it: its statute articles back the condition
    prose: bool = False  # stated in the report's running prose (a sentence, a paragraph of several), not a row


@dataclass(frozen=True)
class FoundReference:
    """A reference with the tokens it spans, so meetings can find the articles of their sentence."""

    block: int
    start: int
    end: int
    record: StatuteReference | LegalReference


@dataclass
class Found:
    """What the recognisers found, kind by kind, in reading order."""

    entities: list[Entity] = field(default_factory=list)
    references: list[FoundReference] = field(default_factory=list)
    reference_entities: list[Entity] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    meeting_entities: list[Entity] = field(default_factory=list)

    def extend(self, other: Found) -> None:
        for name in self.__dataclass_fields__:
            getattr(self, name).extend(getattr(other, name))


@dataclass
class Window:
    """The blocks of one window as the recognisers see them, and what they found in it so far (a recogniser
    reads what the ones before it found: the meetings, this window's references)."""

    context: Context
    dates: DatesByBlock
    table: list[ConditionMatch]  # the rows of the conditions table whose statement is in this window
    answers: dict[int, list[tuple[int, int, int]]]  # per block, (start, end, condition) answering a condition
    found: Found = field(default_factory=Found)


@dataclass(frozen=True)
class Recogniser:
    """One recogniser: `run` reads the window and adds what it finds to `window.found` (or marks tokens that
    no later recogniser may take, `context.exclude`)."""

    name: str
    run: Callable[[Window], None]
