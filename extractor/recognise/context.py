"""Everything the recognisers share about one window of a document: all its blocks, the spaCy docs of the
window's blocks, the fiscal year.

A small document is one window: every block has its Doc. A large one is read window by window
(extractor/pipeline.py): `docs` are then the Docs of `blocks[first:first + len(docs)]` only, and a recogniser
walks them with `analysed()`. Every block's text stays at hand (`blocks`): what a recogniser reads of other
blocks is their text, never their Doc; `doc()` refuses a block outside the window, so a recogniser that
reached for one would fail loudly in the windowed tests rather than read the wrong block.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc

from extractor.document.model import SYNTHETIC, Block, Document, Location, unpack
from extractor.document.tables import Found, Tables


@dataclass
class Context:
    document: Document
    blocks: list[Block]
    docs: list[Doc]  # the Docs of blocks[first:first + len(docs)]
    fiscal_year: int | None = None
    first: int = 0  # the index (in blocks) of the block of docs[0]
    # per block of the window: token indices no figure may be taken from (dates, years, references, URLs, slogans)
    excluded: dict[int, set[int]] = field(default_factory=dict)
    tables: Tables = field(default_factory=lambda: Tables([]))  # the document's tables of figures
    fiscal_period: str | None = None  # "2022/2023": a fiscal year across two calendar years (recognise/metadata.py)
    fiscal_year_end: str | None = None  # "2023-06-30": the day such a fiscal year closes, where the text says

    def __post_init__(self) -> None:
        if not self.excluded:
            self.excluded = {index: set() for index, _ in self.analysed()}

    def analysed(self) -> Iterator[tuple[int, Doc]]:
        """(index of the block in `blocks`, its Doc) for every block of the window, in reading order."""
        return enumerate(self.docs, start=self.first)

    def doc(self, block: int) -> Doc:
        if not self.first <= block < self.first + len(self.docs):
            raise IndexError(f"block {block} is outside the window of blocks {self.first}"
                             f"-{self.first + len(self.docs) - 1}: only its text may be read")
        return self.docs[block - self.first]

    def locate(self, block: int, start_char: int, end_char: int) -> Location:
        return self.document.locate(self.blocks[block].positions[start_char:end_char])

    def locate_tokens(self, block: int, start: int, end: int) -> Location:
        doc = self.doc(block)
        return self.locate(block, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))

    def table_cell(self, block: int, token: int) -> Found | None:
        """The cell of a table of figures the token stands in, if any."""
        if not self.tables:
            return None
        position = self.blocks[block].positions[self.doc(block)[token].idx]
        return None if position == SYNTHETIC else self.tables.cell_at(*unpack(position))

    def exclude(self, block: int, start: int, end: int) -> None:
        self.excluded[block].update(range(start, end))
