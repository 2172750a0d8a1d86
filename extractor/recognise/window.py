"""What every recogniser the pipeline runs shares: the `Window` it reads (the blocks of one window, their dates,
the conditions table) and writes to (`Found`, what the recognisers found so far, kind by kind), and the
`Recogniser` record each declares. The order they run in is stated once, in pipeline.RECOGNISERS."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from extractor.dutch.dates import DatesByBlock
from extractor.records import Entity, Indicator, Meeting
from extractor.recognise.context import Context

if TYPE_CHECKING:  # the recognisers' own records; they import this module
    from extractor.recognise.conditions import ConditionMatch
    from extractor.recognise.references import Found as FoundReference


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
