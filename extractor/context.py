"""Everything the recognisers share about one document: its blocks, their spaCy docs, the fiscal year."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from extractor.model import Block, Document, Location


@dataclass
class Context:
    document: Document
    blocks: list[Block]
    docs: list[Doc]
    fiscal_year: int | None = None
    # per block: token indices no figure may be taken from (dates, years, references, URLs, slogans)
    excluded: list[set[int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.excluded:
            self.excluded = [set() for _ in self.docs]

    def locate(self, block: int, start_char: int, end_char: int) -> Location:
        return self.document.locate(self.blocks[block].positions[start_char:end_char])

    def locate_tokens(self, block: int, start: int, end: int) -> Location:
        doc = self.docs[block]
        return self.locate(block, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))

    def exclude(self, block: int, start: int, end: int) -> None:
        self.excluded[block].update(range(start, end))
