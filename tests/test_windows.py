"""A large report is read window by window (extractor/pipeline.py): the report must be the one the whole
document gives, wherever the windows cut (through a conditions table, between a whole and its parts given in
the next block, through meetings and their sections), and no more than one window's Docs may be alive at once.
"""

from __future__ import annotations

import gc
import sys
import weakref
from pathlib import Path

import pytest

from extractor import pipeline
from extractor.document.model import Block, Document, SourceLine
from extractor.document.normalise import normalise
from extractor.pipeline import extract_document, windows

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_large import large_text, sources  # noqa: E402

REAL = (ROOT / "corpus", ROOT / "tests" / "fixtures" / "gold-other-sectors", ROOT / "tests" / "fixtures" / "dev-reports")


def _document(text: str, name: str = "groot-verslag.txt") -> Document:
    lines = [SourceLine(page=None, number=i, text=line) for i, line in enumerate(text.split("\n"), start=1)]
    return Document(path=Path(name), format="text", sha256="0" * 64, lines=lines)


def _report(text: str, window: int) -> dict:
    return extract_document(_document(text), window=window)


def _blocks(text: str) -> list[Block]:
    return normalise(_document(text))


# a sports cooperative's table of the conditions, one row a paragraph, then a whole and its parts in two blocks
TABLE = """Sportcoöperatie De Ronde Bal cv – bijzonder verslag over het boekjaar 2024

Hoe onze statuten aan de voorwaarden van artikel 8:5 WVV voldoen

1. Het voornaamste doel is een positieve maatschappelijke impact: artikel 3 van de statuten.

2. Het voordeel voor de aandeelhouders is beperkt tot een gematigd dividend: artikel 31.

3. Er wordt geen vermogensvoordeel uitgekeerd aan de bestuurders: artikel 18.

4. Bij vereffening krijgt het liquidatiesaldo een bestemming die het doel dient: artikel 40.

5. Een aandeelhouder die uittreedt krijgt ten hoogste het gestorte bedrag terug: artikel 12.

6. Het stemrecht op de algemene vergadering is beperkt tot een tiende van de stemmen: artikel 26.

7. Het bestuur brengt jaarlijks een bijzonder verslag uit over de werking: artikel 22.

In 2024 speelden 312 jongeren bij onze clubs.

Van hen waren er 190 jongens en 122 meisjes.

Algemene vergadering

De jaarlijkse algemene vergadering kwam samen op zaterdag 9 maart. Ze keurde artikel 26 van de statuten goed.
"""


# windows

@pytest.mark.parametrize("size", [1, 50, 100, 250, 10_000])
def test_windows_cover_every_block_exactly_once_in_order(size: int) -> None:
    blocks = _blocks(TABLE)
    runs = windows(blocks, size)
    assert [index for run in runs for index in run] == list(range(len(blocks)))
    for run in runs[:-1]:  # every window but the last holds at least `size` characters ...
        assert sum(len(blocks[i].text) for i in run) >= size
        # ... and would hold fewer without its last block
        assert sum(len(blocks[i].text) for i in run[:-1]) < size


def test_a_document_shorter_than_a_window_is_one_window() -> None:
    blocks = _blocks(TABLE)
    assert windows(blocks, sum(len(b.text) for b in blocks) + 1) == [range(len(blocks))]
    assert windows([], 10) == [range(0)]


def test_a_block_longer_than_the_window_is_a_window_of_its_own() -> None:
    blocks = _blocks("Kort.\n\n" + "lang " * 100 + "\n\nKort.")
    assert windows(blocks, 50) == [range(0, 2), range(2, 3)]


# the window of each block, from the setting

def test_the_window_size_is_a_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(pipeline.WINDOW_VARIABLE, "1234")
    assert pipeline.window_chars() == 1234
    monkeypatch.setenv(pipeline.WINDOW_VARIABLE, "nonsense")
    assert pipeline.window_chars() == pipeline.WINDOW_CHARS
    monkeypatch.delenv(pipeline.WINDOW_VARIABLE)
    assert pipeline.window_chars() == pipeline.WINDOW_CHARS


# cuts through a table, a whole and its parts, a meeting under its heading

def test_a_cut_inside_the_conditions_table_and_inside_a_split_changes_nothing() -> None:
    whole = _report(TABLE, window=10**9)
    blocks = _blocks(TABLE)
    assert len(windows(blocks, 10**9)) == 1
    # the table, its articles and the split are found at all (else the comparison proves little)
    # row 2 words condition 3 ("voordeel voor de aandeelhouders ... beperkt ... dividend"); row 3, a gain
    # for the board, none
    assert [c["location"]["line"] for c in whole["conditions"]] == [5, 7, 11, 13, 15, 17]
    assert [(r["article"], r["condition"]) for r in whole["statute_references"][:7]] == \
        [("3", 1), ("31", 3), ("18", None), ("40", 4), ("12", 5), ("26", 7), ("22", 9)]
    assert [(r["kind"], [m["raw"] for m in r["indicators"]]) for r in whole["relations"]] == \
        [("part_whole", ["312 jongeren", "190 jongens", "122 meisjes"])]
    assert [(m["date"], m["year_source"], m["articles"]) for m in whole["meetings"]] == [("2024-03-09", "weekday", ["26"])]
    whole_block = next(i for i, b in enumerate(blocks) if "312" in b.text)
    fourth_row = next(i for i, b in enumerate(blocks) if b.text.startswith("4."))

    def through(last: int) -> int:  # the window size whose first window ends with block `last`
        return sum(len(b.text) for b in blocks[:last + 1])

    for size in (1, through(fourth_row), through(whole_block)):
        runs = windows(blocks, size)
        window_of = {index: k for k, run in enumerate(runs) for index in run}
        rows = [i for i, b in enumerate(blocks) if b.text[:2] in ("1.", "4.", "7.")]
        if size != through(whole_block):
            assert len({window_of[i] for i in rows}) > 1, "a window boundary lies inside the table"
        if size != through(fourth_row):
            assert window_of[whole_block] != window_of[whole_block + 1], "the whole and its parts are cut apart"
        assert _report(TABLE, window=size) == whole


@pytest.mark.slow  # reports of millions of characters
def test_windows_through_every_real_report_give_the_whole_report() -> None:
    text = "\n\n".join(sources(REAL))  # every real report once, one after the other
    whole = _report(text, window=10**9)
    assert len(whole["indicators"]) > 250 and len(whole["meetings"]) > 20 and len(whole["conditions"]) > 30 \
        and len(whole["relations"]) > 30  # all of it found, else the comparison proves little
    for size in (1, 3_000):
        assert len(windows(_blocks(text), size)) > 20
        assert _report(text, window=size) == whole


@pytest.mark.slow  # reports of millions of characters
def test_a_report_of_two_million_characters_is_the_same_in_windows() -> None:
    text = large_text(2_000_000, REAL)
    whole = _report(text, window=10**9)
    assert len(whole["indicators"]) > 5_000
    windowed = _report(text, window=150_000)
    assert windowed == whole


# memory: the Docs of one window at a time

@pytest.mark.slow  # reports of millions of characters
def test_no_more_than_one_windows_docs_are_alive_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    text = large_text(1, REAL)
    size = 5_000
    runs = windows(_blocks(text), size)
    largest = max(len(run) for run in runs)
    made: list[weakref.ref] = []
    alive: list[int] = []
    analyse = pipeline.analyse

    def counting(texts):  # type: ignore[no-untyped-def]
        gc.collect()
        alive.append(sum(1 for ref in made if ref() is not None))
        docs = analyse(texts)
        made.extend(weakref.ref(doc) for doc in docs)
        return docs

    monkeypatch.setattr(pipeline, "analyse", counting)
    _report(text, window=size)
    assert len(alive) == 2 * len(runs)  # a light pass and a recognising pass, each window analysed once in each
    assert len(made) == 2 * sum(len(run) for run in runs)
    assert max(alive) == 0 < largest, "a window's Docs are let go before the next window's are made"


def test_a_recogniser_may_not_read_the_doc_of_a_block_outside_its_window() -> None:
    from extractor.recognise.context import Context
    from extractor.nlp.language import analyse

    blocks = _blocks(TABLE)
    docs = analyse(b.text for b in blocks[3:6])
    context = Context(_document(TABLE), blocks, docs, 2024, first=3)
    assert [index for index, _ in context.analysed()] == [3, 4, 5]
    assert context.doc(4) is docs[1] and sorted(context.excluded) == [3, 4, 5]
    assert context.locate_tokens(3, 0, 1).line == 7  # "2." opens line 7 of the text
    with pytest.raises(IndexError, match="block 6 is outside the window of blocks 3-5"):
        context.doc(6)
    with pytest.raises(IndexError, match="block 2 is outside"):
        context.locate_tokens(2, 0, 1)


# the source positions of a long report: 8 bytes a character

def test_block_positions_are_a_compact_array() -> None:
    from array import array

    blocks = _blocks(TABLE)
    assert all(isinstance(b.positions, array) and b.positions.itemsize == 8 for b in blocks)
    given = Block("ab", [5, 6])
    assert isinstance(given.positions, array) and list(given.positions) == [5, 6]
