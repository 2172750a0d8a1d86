"""The records of a relation between figures: a figure as it stands in its sentence, the sentence with its
figures, and the relation itself with the role each figure plays. The relations the text states are found by
extractor/figures/relations.py, the totals of tables by extractor/figures/table_relations.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Figure:
    index: int  # in the report's indicators
    record: dict
    start: int  # character offsets of the raw text in the sentence
    end: int


@dataclass
class Sentence:
    text: str
    figures: list[Figure]

    def gap_before(self, k: int) -> str:
        """The text between figure k-1 (or the sentence start) and figure k."""
        start = self.figures[k - 1].end if k else 0
        return self.text[start:self.figures[k].start]

    def gap_after(self, k: int) -> str:
        end = self.figures[k + 1].start if k + 1 < len(self.figures) else len(self.text)
        return self.text[self.figures[k].end:end]


@dataclass
class Relation:
    kind: str  # part_whole | change | from_to | cumulative | ratio | share
    cue: str
    members: list[tuple[str, Figure]]  # (role, figure)
    sentences: list[Sentence]
    details: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict:
        first = self.members[0][1].record if self.members else {}
        out = {"kind": self.kind, "cue": self.cue,
               "indicators": [{"role": role, "index": f.index, "raw": str(f.record.get("raw", "")),
                               "location": f.record.get("location")} for role, f in self.members],
               "evidence": {"text": " ".join(s.text for s in self.sentences), "location": first.get("location")}}
        out.update(self.details)
        return out
