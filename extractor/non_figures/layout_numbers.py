"""Numbers that order the text rather than count: list, agenda and table-row numbers ("2. Goedkeuring",
"| 3. Uitkeringen"), section numbers of headings ("3.2 Kwijting"), tables of contents (a title, dot
leaders, a page number), and the number of a row labelled with a condition of art. 8:5 WVV ("Voorwaarde 3
(beperkte uitkering)", the label words of patterns/conditions.yaml). They are found by their place in the layout: the start of a source line, a cell,
a heading, the end of a line of a table of contents.

A heading numbered without a dot ("1 Inleiding", "5 Algemene vergadering": a short line of its own, a number
then a capitalised word, no sentence end) is a section number when the numbers of such lines count up
through the document; "3 vrijwilligers hielpen mee." is a sentence.

A number at the start of a line is a list number only when the line before ended a sentence (or there is
none), or when its neighbours in the list are there too ("1." and "2."): in text with hard line breaks,
"steeg tot\\n40. Er kwamen" keeps its figure.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

from spacy.tokens import Doc

from extractor.document.model import SYNTHETIC, Block, unpack
from extractor.nlp.language import lower_words
from extractor.recognise import conditions
from extractor.non_figures.base import Finder, NonFigure, Site, number_tokens, texts, token_span, words

_LIST_NUMBER = re.compile(r"^\(?(\d{1,2})(?:\.\d{1,2}){0,3}[.)]?$")
_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\.?$")
_CLOSERS = frozenset({".", ")"})
_SENTENCE_END = ".:;!?|"
_PAGE = re.compile(r"^\d{1,3}$")
_SECTION = re.compile(r"^\d{1,2}$")
_HEADING_WORDS = 8  # at most this many words after the number of a heading
# dot leaders (". . . .", "......", "…", "____") before a page number
# a row's date cell (day and month), then a cell that opens with a number of one to five digits and a word
_ENTRY = re.compile(r"(?:^|\| )(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2]) \| (\d{1,5}) (?=[^\W\d_])")
_LEADERS = re.compile(r"(?:(?:\.[ \u00a0\u202f]?){3,}|…+|_{3,}|-{3,})[ \u00a0\u202f]*(\d{1,3})(?!\d|[.,]\d)")


def find(site: Site) -> list[NonFigure]:
    """The layout numbers of one block; `site.previous` is the block before it (a contents heading?), `site.starts`
    and `site.ends` where the block's source lines start and end (non_figure.line_edges)."""
    block, doc, previous = site.block, site.doc, site.previous
    starts, ends = site.starts, site.ends
    found = _list_numbers(block, doc, starts) + _condition_labels(block.text, doc)
    if " | " in block.text:
        found += _entry_numbers(block.text, doc)
    if "..." in block.text or ". . ." in block.text or "…" in block.text or "___" in block.text \
            or "---" in block.text:
        found += _leaders(block.text, doc)
    if _is_contents(previous) or _opens_contents(doc):
        found += _contents(doc, starts, ends)
    return found


def _list_numbers(block: Block, doc: Doc, starts: Container[int]) -> list[NonFigure]:
    candidates: list[tuple[int, int, int, bool]] = []  # (token, end, number, placed)
    lower: list[tuple[int, int, int]] = []  # line-start numbers closed before a word in lower case
    text = block.text
    words = texts(doc)
    for i in number_tokens(doc, text, "("):  # a list number opens with a digit or a bracket
        written = words[i]
        match = _LIST_NUMBER.match(written) if written[:1].isdigit() or written[:1] == "(" else None
        if not match:
            continue
        end = i + 1
        closed = written[-1] in _CLOSERS or (end < len(words) and words[end] in _CLOSERS)
        if not written[-1] in _CLOSERS and closed:
            end += 1
        sectioned = bool(_SECTION_NUMBER.match(written))
        idx = doc[i].idx
        at_start = i == 0 or idx in starts or (i > 0 and words[i - 1] == "|")
        if end < len(words) and words[end][:1].islower() and closed and at_start:
            lower.append((i, end, int(match.group(1))))
            continue
        alone = i == 0 and end == len(words) and closed  # "10." on a line of its own, its title on the next
        if not alone and (end >= len(words) or not _opens_item(words[end])
                          or not (closed or sectioned or block.kind == "heading" and i == 0)):
            continue
        before = text[:idx].rstrip()
        placed = at_start and (not before or before[-1] in _SENTENCE_END or block.kind == "heading")
        candidates.append((i, end, int(match.group(1)), placed or sectioned and at_start))
    numbers = {number for _, _, number, _ in candidates}
    found = []
    for i, end, number, placed in candidates:
        in_run = number + 1 in numbers or number - 1 in numbers
        if placed or in_run:
            found.append(NonFigure("list_number", i, end, "non_figure.list_number"
                                   + (".line_start" if placed else ".run")))
    # "  1. sociaal oogmerk ...... Artikel 2" over "  2. activiteiten ...": items in lower case number a list
    # where the lines above or below number on (a line of a hard-wrapped sentence, "40. daarna", stands alone)
    starting = {number for _, _, number in lower} | {number for _, _, number, placed in candidates if placed}
    for i, end, number in lower:
        if number + 1 in starting or number - 1 in starting:
            found.append(NonFigure("list_number", i, end, "non_figure.list_number.run"))
    return found


_ITEM_OPENER = re.compile(r"^(?:[^\W\d_]|\(|\d+[^\W\d_]{2,})")


def _opens_item(word: str) -> bool:
    """The first word of a list item's title: a capital ("Kwijting"), a bracket ("(Gebrek aan) werksfeer"), a
    name that opens with digits ("12urenloop"); never a number ("40. 250 leden")."""
    return bool(_ITEM_OPENER.match(word)) and (word[:1].isupper() or not word[:1].isalpha())


def _entry_numbers(text: str, doc: Doc) -> list[NonFigure]:
    """"31-1 | 41 Bankkosten 4e kwartaal 2012 | 29,82": a row of a cash book or a journal opens with its date in
    a cell, then the number of its bank statement or voucher before its description. That number orders the
    entries; it counts nothing."""
    found = []
    for match in _ENTRY.finditer(text):
        if (tokens := token_span(doc, match.start(1), match.end(1))) is not None:
            found.append(NonFigure("entry_number", *tokens, "non_figure.entry_number"))
    return found


def _condition_labels(text: str, doc: Doc) -> list[NonFigure]:
    """"Voorwaarde 3", "Criterium 3": the number names a condition of art. 8:5 WVV, it counts nothing."""
    found = []
    for start, end in conditions.labels(text):
        if (tokens := token_span(doc, start, end)) is not None:
            found.append(NonFigure("condition_label", *tokens, "non_figure.condition_label"))
    return found


def _leaders(text: str, doc: Doc) -> list[NonFigure]:
    found = []
    for match in _LEADERS.finditer(text):
        span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if span is not None:
            found.append(NonFigure("toc_page", span.start, span.end, "non_figure.toc_page.leaders"))
    return found


def _is_contents(block: Block | None) -> bool:
    return block is not None and block.text.strip().lower().rstrip(":") in words().contents_headings


def _opens_contents(doc: Doc) -> bool:
    lower = lower_words(doc)
    headings = words().contents_headings
    return any(" ".join(lower[:n]).rstrip(":") in headings for n in (1, 2, 3, 4))


def _contents(doc: Doc, starts: Container[int], ends: Container[int]) -> list[NonFigure]:
    """In a table of contents, the number that ends a line is its page."""
    found = []
    for i, token in enumerate(doc):
        last = token.idx + len(token.text) - 1
        if _PAGE.match(token.text) and last in ends and token.idx not in starts:
            found.append(NonFigure("toc_page", i, i + 1, "non_figure.toc_page.contents"))
    return found


def section_numbers(blocks: list[Block]) -> dict[int, NonFigure]:
    """Per block, the section number of a heading written without a dot, where the numbers of such headings
    count up: each has the number before it or the one after it next to it in the document. Read from the
    blocks' text, so that a report read in windows finds the same."""
    candidates = [(index, number) for index, block in enumerate(blocks)
                  if block.text[:1].isdigit() and (number := _undotted_heading(block)) is not None]
    found = {}
    for k, (index, number) in enumerate(candidates):
        before = candidates[k - 1][1] if k else None
        after = candidates[k + 1][1] if k + 1 < len(candidates) else None
        if before == number - 1 or after == number + 1:
            found[index] = NonFigure("section_number", 0, 1, "non_figure.section_number.undotted")
    return found


def _undotted_heading(block: Block) -> int | None:
    """The number of "3 Realisaties": a block of one short source line, a number, a capitalised word, no
    sentence end."""
    words = block.text.split()
    if block.kind not in ("heading", "paragraph", "item") or "|" in block.text \
            or not 2 <= len(words) <= _HEADING_WORDS + 1 \
            or not _SECTION.match(words[0]) or not words[1][:1].isupper() or not words[1][:1].isalpha() \
            or block.text.rstrip()[-1:] in _SENTENCE_END:
        return None
    lines = {unpack(p)[0] for p in block.positions if p != SYNTHETIC}
    return int(words[0]) if len(lines) == 1 else None


# The page numbers of a table of contents set as rows: "Samenvatting van het bestuur | 2", "Balans | 4-5",
# "Winst en verlies 2021-2022 | 6" (a PDF's aligned columns, tabs, a Markdown table). A row is a block of a title with letters,
# then one cell of a page number or a span of pages. A run of such rows (one short title between them without
# a page, "Bijlagen", does not end it) is a table of contents when its page numbers never go down, none lies
# past the document's last page, and either a contents heading (`contents_headings`) stands just before it or
# opens it ("Inhoud | 1"), or it is long (five rows and more, the pages rising, in a PDF whose page count
# bounds them). A table of figures whose values happen to rise ("Leden | 12", "Vrijwilligers | 35") has no
# such heading. Titles with dot leaders ("Inleiding ........ 3") are found block by block (`_leaders`).
_CONTENTS_ROW = re.compile(r"^(?:\|\s*)?(?P<title>[^|]*[^\W\d_][^|]*?) \| (?P<page>\d{1,3})(?:\s?[-–]\s?\d{1,3})?(?:\s*\|)?$")
_PAGES = re.compile(r"(?P<page>\d{1,3})(?:\s?[-–]\s?(?P<last>\d{1,3}))?")  # "4", "4-5"
_TITLE_ONLY = re.compile(r"^[^\W\d_][^\d|]{0,60}$")  # a title between rows whose page the layout lost
_LONG_RUN = 5  # rows of a run that needs no heading
_ROW_LENGTH = 200  # characters at most of a row of contents: a longer block is prose (and the row's expression
# would try every split of it: a paragraph of a million characters took minutes)
_HEADING_REACH = 3  # blocks before the first row where a contents heading may stand (a header row, a rule)


def contents_pages(blocks: list[Block], pages: int | None) -> dict[int, tuple[int, int]]:
    """Per block that holds the page of a row of a table of contents, the characters of its page number."""
    found: dict[int, tuple[int, int]] = {}
    run: list[_ContentsRow] = []
    gap = 0
    index = 0
    while index < len(blocks):
        row = _contents_row(blocks, index)
        if row is not None:
            run.append(row)
            gap, index = 0, row.page_block + 1
            continue
        if run and gap == 0 and _TITLE_ONLY.match(blocks[index].text.strip()):
            gap, index = 1, index + 1
            continue
        found.update(_accepted(blocks, run, pages))
        run, gap, index = [], 0, index + 1
    found.update(_accepted(blocks, run, pages))
    return found


@dataclass(frozen=True)
class _ContentsRow:
    title_block: int
    title: str
    page_block: int
    page: re.Match[str]
    offset: int  # of the page's match in its block's text


def _contents_row(blocks: list[Block], index: int) -> _ContentsRow | None:
    """A row of a title and a page: one block ("Balans | 4-5", a PDF's row), or a row of two table cells
    ("Balans", "4-5": tabs, a Markdown table)."""
    block = blocks[index]
    text = block.text.strip()
    offset = len(block.text) - len(block.text.lstrip())
    if block.kind != "cell":
        if len(text) > _ROW_LENGTH or "|" not in text:
            return None
        match = _CONTENTS_ROW.match(text)
        if match is None:
            return None
        page = _PAGES.match(text, match.start("page"))
        return None if page is None else _ContentsRow(index, match.group("title"), index, page, offset)
    if index + 1 >= len(blocks) or blocks[index + 1].kind != "cell" or blocks[index + 1].row != block.row \
            or (index + 2 < len(blocks) and blocks[index + 2].kind == "cell" and blocks[index + 2].row == block.row) \
            or not re.search(r"[^\W\d_]", text):
        return None
    following = blocks[index + 1]
    page = _PAGES.fullmatch(following.text.strip())
    if page is None:
        return None
    return _ContentsRow(index, text, index + 1, page, len(following.text) - len(following.text.lstrip()))


def _accepted(blocks: list[Block], run: list[_ContentsRow], pages: int | None) -> dict[int, tuple[int, int]]:
    if len(run) < 2:
        return {}
    numbers = [int(row.page.group("page")) for row in run]
    lasts = [int(row.page.group("last") or row.page.group("page")) for row in run]
    if any(b < a for a, b in zip(lasts, numbers[1:])) or any(first > last for first, last in zip(numbers, lasts)):
        return {}
    if pages is not None and max(lasts) > pages:
        return {}
    headings = words().contents_headings
    first = run[0].title_block
    titled = run[0].title.strip().lower().rstrip(":") in headings or any(
        blocks[k].text.strip().lower().rstrip(":") in headings for k in range(max(0, first - _HEADING_REACH), first))
    rising = all(b > a for a, b in zip(numbers, numbers[1:]))
    if not titled and not (len(run) >= _LONG_RUN and rising and pages is not None):
        return {}
    return {row.page_block: (row.offset + row.page.start(), row.offset + row.page.end()) for row in run}


# list, heading and table-of-contents numbers
FINDER = Finder(rank=40, find=find)
