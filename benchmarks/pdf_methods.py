"""What each column-finding method of pdf_layout contributes (not a test): `python benchmarks/pdf_methods.py`.

On every producer fixture (tests/fixtures/pdf/producers/), counts how many of the 18 cells of the
nine-conditions table come out whole and in table order (left cell, right cell, next row: a table read
column by column gets about half), page by page (a row broken across a page is joined later, in pdf.py),
with the page layout as shipped and with one method switched off at a time: the drawn rules, the aligned
left edges, the cutting of a table out of the block above it, the rows of a gapless table found by sentence
starts; and with only the wide gap (1.2 x the body size) of old.
"""

from __future__ import annotations

import re
import sys
from contextlib import ExitStack
from pathlib import Path
from unittest import mock

import pdfplumber

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

import make_producer_pdfs  # noqa: E402

from extractor.document.readers import pdf_layout  # noqa: E402
from extractor.document.readers.pdf import _vertical_rulings  # noqa: E402


def _one_block(self, words):
    return [pdf_layout.Unit("block", [pdf_layout.make_lines(words)])]


OFF = {
    "rules": [],
    "aligned": [mock.patch.object(pdf_layout.PageLayout, "_aligned", lambda self, words, x0, x1: None)],
    "table cut from block": [mock.patch.object(pdf_layout.PageLayout, "_block", _one_block)],
    "sentence rows": [mock.patch.object(pdf_layout, "_sentence_starts", lambda words: [])],
}
VARIANTS = {"all methods": (set(), True)} | {f"without {name}": ({name}, name != "rules") for name in OFF} | {
    "wide gap only": (set(OFF), False)}


def cells(year: int) -> list[str]:
    table = next(e for e in make_producer_pdfs.elements(year) if e.kind == "table")
    return [re.sub(r"[\s\u00ad-]", "", cell) for row in table.rows for cell in row]


def whole(pages: list[tuple[list[dict], list]], wanted: list[str], off: set[str], rulings: bool) -> int:
    with ExitStack() as stack:
        for name in off:
            for patch in OFF[name]:
                stack.enter_context(patch)
        known: list[float] = []
        lines = []
        for chars, rules in pages:
            units, _, known = pdf_layout.page_units(chars, rules if rulings else [], known)
            lines += [line.text for unit in units for line in unit.lines()]
    text = re.sub(r"[\s\u00ad-]", "", "".join(lines))
    found, at = 0, 0
    for cell in wanted:  # whole and in table order: left cell, right cell, next row...
        where = text.find(cell, at)
        if where >= 0:
            found, at = found + 1, where + len(cell)
    return found


def main() -> None:
    names = list(VARIANTS)
    print(f"{'fixture':28} " + " ".join(f"{name:>22}" for name in names))
    for producer, year in [(p, y) for p in make_producer_pdfs.PRODUCERS for y in (2021, 2024)]:
        path = make_producer_pdfs.fixture(producer, year)
        with pdfplumber.open(path) as pdf:
            pages = [(page.chars, _vertical_rulings(page)) for page in pdf.pages]
        wanted = cells(year)
        counts = [whole(pages, wanted, *VARIANTS[name]) for name in names]
        print(f"{path.name:28} " + " ".join(f"{count:>19}/18" for count in counts))


if __name__ == "__main__":
    main()
