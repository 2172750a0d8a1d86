"""Normalisation keeps the way back: every character of clean text points at the character it came from."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from conftest import REPORT_2021, REPORT_2024, ROOT
from extractor.document.model import SYNTHETIC, Document, SourceLine, unpack
from extractor.document.normalise import normalise
from extractor.document.readers import read_document

SPACES = {"\t", "\u00a0", "\u202f", "\u2009", " "}
APOSTROPHES = {"\u2019", "\u2018", "\u02bc", "`", "\u00b4", "\u2032"}  # inside a word: the straight one


@pytest.mark.parametrize("path", [REPORT_2021, REPORT_2024, "tests/fixtures/pdf/smartcoop-bijzonder-verslag-2024.pdf"])
def test_every_clean_character_points_at_its_source(path: str) -> None:
    document = read_document(ROOT / path)
    blocks = normalise(document)
    assert blocks
    checked = 0
    for block in blocks:
        for char, position in zip(block.text, block.positions):
            if position == SYNTHETIC:
                assert char == " ", (block.text, char)  # only the spaces that join wrapped lines
                continue
            line, column = unpack(position)
            source = document.lines[line].text[column]
            assert (char == source or (char == " " and source in SPACES) or (char == "'" and source in APOSTROPHES)
                    or unicodedata.normalize("NFD", char)[0] == source), (path, line, column, char, source)
            checked += 1
    assert checked > 10_000


def _blocks(text: str, fmt: str = "text") -> list[str]:
    lines = [SourceLine(None, i, line) for i, line in enumerate(text.split("\n"), start=1)]
    return [b.text for b in normalise(Document(Path("x"), fmt, "0" * 64, lines))]  # type: ignore[arg-type]


@pytest.mark.parametrize("text,expected", [
    # line-end hyphens: a break is joined, a compound hyphen stays
    ("De allereer-\nste vergadering", ["De allereerste vergadering"]),
    ("van de actieve productie-\neenheden", ["van de actieve productie-eenheden"]),
    ("in Sint-\nGillis", ["in Sint-Gillis"]),
    ("de niet-\nuitkering", ["de niet-uitkering"]),
    ("de lobbying- en advocacy-activiteiten. Haar advocacy-\nactiviteiten", 
     ["de lobbying- en advocacy-activiteiten. Haar advocacy-activiteiten"]),
    # headings in plain text end a block without a blank line; a wrapped sentence does not
    ("Wettelijke verplichtingen\nDe voorwaarden om de nieuwe erkenning als sociale onderneming te verkrijgen, zijn hier.",
     ["Wettelijke verplichtingen",
      "De voorwaarden om de nieuwe erkenning als sociale onderneming te verkrijgen, zijn hier."]),
    # an apostrophe inside a word, however typed, is the straight one; quotation marks stay
    ("de risico\u2019s en zo\u02bcn 12 auto`s", ["de risico's en zo'n 12 auto's"]),
    ("5 caf\u00e9\u00b4s en 3 menu\u2018s", ["5 café's en 3 menu's"]),
    ("de \u2018sociale\u2019 erkenning", ["de \u2018sociale\u2019 erkenning"]),
    ("\u2019s avonds", ["\u2019s avonds"]),
    # NFC: a decomposed ë is composed
    ("driee\u0308ntwintig", ["drieëntwintig"]),
])
def test_normalised_text(text: str, expected: list[str]) -> None:
    assert _blocks(text) == expected


def test_markdown_table_cells_are_blocks_of_their_own() -> None:
    blocks = normalise(read_document(ROOT / REPORT_2021))
    cells = [(b.row, b.cell) for b in blocks if b.kind == "cell"]
    assert cells == [(row, cell) for row in range(9) for cell in (0, 1)]


def test_a_numbered_markdown_item_keeps_its_number() -> None:
    text = "1. **Doel.** Artikel 3.\n2. **Voorwerp.** Artikel 4.\n\n- **Dividend.** Artikel 30."
    lines = [SourceLine(None, i, line) for i, line in enumerate(text.split("\n"), start=1)]
    blocks = normalise(Document(Path("x.md"), "markdown", "0" * 64, lines))
    assert [(b.kind, b.number, b.text) for b in blocks] == [
        ("item", 1, "Doel. Artikel 3."), ("item", 2, "Voorwerp. Artikel 4."), ("item", None, "Dividend. Artikel 30.")]


def test_furniture_is_recorded_not_lost() -> None:
    document = read_document(ROOT / REPORT_2024)
    normalise(document)
    kinds = [(f.kind, f.location.line) for f in document.furniture]
    assert ("footer", 330) in kinds
    assert [line for kind, line in kinds if kind == "url"] == [256, 257, 258, 318, 319, 320, 321, 322, 323, 324,
                                                              325, 326, 327]


def test_a_line_without_the_marks_of_tidying_is_left_as_it_is_by_every_substitution() -> None:
    """_tidy skips its substitutions on a line without one of _TIDY_MARKS (most lines): the marks must cover
    every character that one of them changes. Each character of the first planes, alone and in runs, between
    letters, digits, a euro sign and spaces."""
    from extractor.document import normalise as module
    from extractor.document.tracked import Tracked

    def substituted(text: str) -> str:
        tracked = Tracked.from_line(0, text)
        for pattern, replacement in ((module._SPACES, " "), (module._COLUMN_GAP, " | "),
                                     (module._RUNS_OF_SPACES, " "), (module._INNER_SOFT_HYPHEN, ""),
                                     (module._DIGIT_SOFT_HYPHEN, "-"), (module._APOSTROPHES, "'")):
            tracked = tracked.sub(pattern, replacement)
        return tracked.text

    checked = 0
    for code in [*range(0x3100), 0xfeff, 0xfffe, 0x202f]:
        ch = chr(code)
        for text in (f"ab{ch}cd", f"1{ch}2", f"€{ch}{ch}{ch}5", f"x {ch} 9", f"{ch}", f"a{ch}{ch}{ch}{ch}1"):
            if not module._TIDY_MARKS.search(text):
                assert substituted(text) == text, repr(text)
                checked += 1
    assert checked > 50_000
    assert module._tidy(Tracked.from_line(0, "Omzet\u00a0 2023   1.250")).text == "Omzet 2023 | 1.250"
