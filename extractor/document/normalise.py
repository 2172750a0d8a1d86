"""Source lines → clean blocks of text, each character still pointing at its place in the original.

What is handled: Markdown and stray HTML, tab-separated table cells, list bullets, hard line wraps, words
hyphenated across lines (joined, unless the hyphen belongs to the word), paragraphs broken by page furniture
(footers, page numbers, URLs on their own lines: taken out and recorded in `Document.furniture`), every kind
of space, zero-width characters, soft hyphens, typographic apostrophes inside a word, NFC. The Dutch facts it needs come from patterns/layout.yaml.
"""

from __future__ import annotations

import html
import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Literal

from extractor.dutch import patterns, rules
from extractor.dutch.rules import Listed, Text, key
from extractor.document import footnotes
from extractor.document.model import Block, Document, Furniture, Location
from extractor.document.tables import Tables
from extractor.document.tracked import Tracked, positions_of

_SPACES = re.compile(r"[\t\u00a0\u202f\u2000-\u200a\u3000\f\v]")
# An apostrophe inside a word as writers and PDF producers type it ("thema’s", "zoʼn", "auto`s", "café´s"):
# U+2019, U+2018, U+02BC, U+0060, U+00B4 and U+2032, one character each, become the straight one the tokenizer
# keeps inside a word ("thema's" is one token, "thema’s" three). Quotation marks ("de ‘sociale’ erkenning")
# never stand between two letters and stay.
_APOSTROPHES = re.compile(r"(?<=[^\W\d_])[\u2019\u2018\u02bc\u0060\u00b4\u2032](?=[^\W\d_])")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\ufffe]")
# a character that one of _tidy's substitutions (_SPACES, _COLUMN_GAP, _RUNS_OF_SPACES, the soft hyphens,
# _APOSTROPHES) needs: a line without one is left as it is by all of them (keep it in step with them)
_TIDY_MARKS = re.compile(r"[\t\u00a0\u202f\u2000-\u200a\u3000\f\v\u00ad\u2019\u2018\u02bc\u0060\u00b4\u2032]| {2}")
_RUNS_OF_SPACES = re.compile(r" {2,}")
# three spaces or more before a number, after other text: the columns of a table aligned with spaces
# ("Oogst groenten (ton)          118           126"), kept apart as cells ("... | 118 | 126"), so that two
# columns never read as one number grouped by a space and the row's label names its figures
# "-/-   1.500" is one amount; "12.345 -/-   8.000" two, the mark the first one's
# and "€      1.500" or "-€     1.500" one amount too (the currency set apart by a spreadsheet's accounting format)
_COLUMN_GAP = re.compile(r"(?<=\S)(?<!-/-)(?<!€)(?<!€ [-−–]) {3,}(?=[\d€+\-−±])|(?<=\d -/-) {3,}(?=[\d€+\-−±])")
_INNER_SOFT_HYPHEN = re.compile(r"\u00ad(?!$)(?![0-9])")
# a soft hyphen before a digit is a hyphen its producer wrote so (Google Docs): "€\u00ad50", "2013\u00ad14"
_DIGIT_SOFT_HYPHEN = re.compile(r"\u00ad(?=[0-9])")
# a date written with hyphens, broken at one of them across two lines ("balans per 31-" / "12-2023")
_DATE_HEAD = re.compile(r"(?:^|\s)(?:\d{1,2}-){1,2}$")
_DATE_TAIL = re.compile(r"(?:\d{1,2}-)?(?:19|20)\d\d(?![\d-])")
_DATE = re.compile(r"\d{1,2}-\d{1,2}-(?:19|20)\d\d")
_URL_ONLY = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
_PAGE_NUMBER_ONLY = re.compile(r"^\s*\d{1,3}\s*$")
_URL_AT_END = re.compile(r"(?:https?://|www\.)\S*$")
_URL_GOES_ON = re.compile(r"^[a-z0-9/?=&%._#-]")
_TERMINAL = ".!?:;…"
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

# Markdown and HTML, in the order they are taken out.
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_ITEM = re.compile(r"^\s*(?:[-*+]|(\d{1,2})[.)])\s+")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_HTML_SUP = re.compile(r"<su[bp]>(.*?)</su[bp]>", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
# a tag that starts or ends a block (a paragraph, a line break, a list item, a table row) parts the words on
# either side ("bomen</div><div>en" is two words); an inline tag (<b>, <span>, <sup>) parts nothing
_HTML_BLOCK_TAG = re.compile(r"</?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|tr|table|thead|tbody|tfoot|caption|h[1-6]|"
                             r"section|article|header|footer|blockquote|pre|center)\b[^<>]*>", re.IGNORECASE)
# any character reference: named ("&euro;", "&nbsp;"), decimal ("&#8364;") or hexadecimal ("&#x20AC;")
_HTML_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _decoded(match: re.Match[str]) -> str:
    """The character a reference names (html.unescape: every HTML5 name); one it does not know stays."""
    return html.unescape(match.group())

LineKind = Literal["text", "heading", "item", "cells", "blank", "furniture"]


@dataclass
class _Line:
    kind: LineKind
    body: Tracked = field(default_factory=lambda: Tracked("", positions_of()))
    cells: list[Tracked] = field(default_factory=list)
    starts_block: bool = False
    number: int | None = None  # the number of a numbered list item, which the text no longer holds
    length: int = 0  # length of the source line, for telling headings from wrapped lines
    row: tuple[int, int] | None = None  # (table, row) of a table of figures: the row is a block of its own


@dataclass(frozen=True)
class _Rules:
    footers: tuple[re.Pattern[str], ...]
    bullet: re.Pattern[str]
    hyphen_prefixes: frozenset[str]
    vowels: frozenset[str]
    elliptic: frozenset[str]
    continuation_words: frozenset[str]
    enumeration: re.Pattern[str] | None  # "1° ...": an item of a legal enumeration, its number kept


@rules.declares("layout")
@dataclass(frozen=True)
class _LayoutWords:
    """The entries of patterns/layout.yaml read here (declared once: the schema is made from them)."""

    footer_patterns: Listed = key()  # regular expressions
    bullets: Listed = key(longest=1)
    hyphen_prefixes: Listed = key(form="^[a-zà-ÿ]+$")
    vowels: Text = key(shortest=5)
    elliptic_conjunctions: Listed = key()
    continuation_words: Listed = key()
    enumeration_marks: Listed = key(optional=True, description="Marks after a number that open an item of a legal "
                                                               "enumeration at the start of a line ('1° ...').")


@cache
def _rules() -> _Rules:
    data = rules.load(_LayoutWords, patterns.load("layout"))
    bullets = "".join(re.escape(b) for b in data.bullets)
    return _Rules(
        footers=tuple(re.compile(p) for p in data.footer_patterns),
        bullet=re.compile(rf"^\s*[{bullets}]\s*"),
        hyphen_prefixes=frozenset(data.hyphen_prefixes),
        vowels=frozenset(data.vowels),
        elliptic=frozenset(data.elliptic_conjunctions),
        continuation_words=frozenset(data.continuation_words),
        enumeration=re.compile(r"^\s*\d{1,2}\s?(?:" + "|".join(re.escape(m) for m in data.enumeration_marks) + r")\s")
        if data.enumeration_marks else None,
    )


# the cells of a row of a table of figures, kept apart in its block: tabs, and the end of an HTML cell
_ROW_TABS = re.compile(r"\t+")
_HTML_CELL_END = re.compile(r"</t[dh]>", re.IGNORECASE)


def normalise(document: Document, tables: Tables | None = None) -> list[Block]:
    """The document's clean blocks in reading order; furniture found on the way goes to the document.

    `tables` (extractor/document/tables/): each row of a table of figures, and its header, is a block of
    its own, its cells apart (" | "), and no cell of it is page furniture."""
    rules = _rules()
    rows = tables.row_lines if tables else {}
    # the clean lines are made one at a time as the assembler takes them: a long report's lines and their
    # source positions are never all held beside its blocks
    lines = (_clean_line(document, index, rules, rows.get(index), tables.cell_spans(index) if tables else (),
                         bool(tables) and index in tables.two_sided)  # type: ignore[union-attr]
             for index in range(len(document.lines)))
    return _Assembler(document, rules).run(lines)


def _without_footnote_markers(document: Document, index: int, tracked: Tracked) -> Tracked:
    """The line without its footnote markers (extractor/document/footnotes.py), each recorded as furniture."""
    source = document.lines[index]
    spans = footnotes.markers(source.text, source.char_boxes)
    if not spans:
        return tracked
    kept, last = Tracked("", positions_of()), 0
    for start, end in spans:
        document.furniture.append(Furniture("footnote_marker", source.text[start:end],
                                            Location(source.page, source.number, source.offset + start + 1)))
        kept, last = kept + tracked.slice(last, start), end
    return kept + tracked.slice(last)


def _clean_line(document: Document, index: int, rules: _Rules, row: tuple[int, int] | None = None,
                cells: Sequence[tuple[int, int]] = (), sided: bool = False) -> _Line:
    source = document.lines[index]
    text = _cells_apart(source.text, cells, sided) if row is not None and document.format == "pdf" else source.text
    tracked = _without_footnote_markers(document, index, Tracked.from_line(index, text)).sub(_INVISIBLE, "")
    flat = _SPACES.sub(" ", tracked.text).strip()
    if not flat:
        return _Line("blank", length=0)
    if row is not None:
        return _row_line(document, tracked, row, len(flat))
    furniture = _furniture_kind(flat, rules)
    if furniture:
        document.furniture.append(Furniture(furniture, flat, Location(source.page, source.number, source.offset + 1)))
        return _Line("furniture", length=len(flat))
    kind: LineKind = "heading" if source.heading else "text"  # Word's and OpenDocument's heading styles
    number = None
    if document.format == "markdown":
        if _MD_HEADING.match(tracked.text):
            kind, tracked = "heading", tracked.sub(_MD_HEADING, "")
        elif item := _MD_ITEM.match(tracked.text):
            number = int(item.group(1)) if item.group(1) else None
            kind, tracked = "item", tracked.sub(_MD_ITEM, "")
        tracked = tracked.sub(_MD_LINK, 1).sub(_MD_EMPHASIS, "")
    if kind == "text" and rules.bullet.match(tracked.text):
        kind, tracked = "item", tracked.sub(rules.bullet, "")
    elif kind == "text" and rules.enumeration is not None and rules.enumeration.match(tracked.text):
        kind = "item"  # "1° Positieve maatschappelijke impact": a block of its own, its number kept
    elif kind == "text" and document.format != "markdown" and _COLUMN_GAP.search(tracked.text.strip()):
        kind = "item"  # a row of a table aligned with spaces: a block of its own, never joined to the next row
    if "<" in tracked.text or "&" in tracked.text:  # every tag opens with "<", every reference with "&"
        if document.format == "markdown":  # an HTML cell ends where a tab would: the line is a row of cells
            tracked = tracked.sub(_HTML_CELL_END, "\t")
        tracked = tracked.sub(_HTML_SUP, 1).sub(_HTML_BLOCK_TAG, " ").sub(_HTML_TAG, "").sub(_HTML_ENTITY, _decoded)
    tracked = tracked.strip()
    if "\t" in tracked.text and document.format != "pdf":
        cells = [_tidy(cell) for cell in _split_cells(tracked)]
        cells = [cell for cell in cells if cell.text]
        if len(cells) > 1:
            return _Line("cells", cells=cells, length=len(flat))
    body = _tidy(tracked)
    if not body.text:
        return _Line("blank", length=0)
    return _Line(kind, body=body, starts_block=source.starts_block, number=number, length=len(flat))


def _cells_apart(text: str, cells: Sequence[tuple[int, int]], sided: bool = False) -> str:
    """A PDF row whose reader set one space between two cells of figures ("Gebouwen 500 520", the cells' boxes
    wide apart): that space is a tab, so the cells stay apart (" | ") and "500 520" is never one number. On a line
    of two tables side by side (`sided`), the gap after a cell before the other table's row label is one too
    ("2.650   Groepsvermogen": never the count of a noun)."""
    for (_, end), (start, _) in zip(cells, cells[1:]):
        if start == end + 1 and text[end] == " ":
            text = text[:end] + "\t" + text[start:]
    if sided:
        for _, end in reversed(cells):
            gap = len(text[end:]) - len(text[end:].lstrip(" "))
            if gap >= 2 and end + gap < len(text) and text[end + gap].isalpha():
                text = text[:end] + "\t" * gap + text[end + gap:]
    return text


def _row_line(document: Document, tracked: Tracked, row: tuple[int, int], length: int) -> _Line:
    """A line of a row of a table of figures: its markup out, its cells apart."""
    if document.format == "markdown":
        tracked = tracked.sub(_MD_LINK, 1).sub(_MD_EMPHASIS, "")
    tracked = tracked.sub(_ROW_TABS, " | ").sub(_HTML_CELL_END, " | ").sub(_HTML_SUP, 1).sub(_HTML_BLOCK_TAG, " ")
    tracked = tracked.sub(_HTML_TAG, "").sub(_HTML_ENTITY, _decoded)
    body = _tidy(tracked)
    if not body.text.strip(" |"):
        return _Line("blank", length=0)
    return _Line("item", body=body, length=length, row=row)


def _furniture_kind(flat: str, rules: _Rules) -> str | None:
    if any(footer.match(flat) for footer in rules.footers):
        return "footer"
    if _URL_ONLY.match(flat):
        return "url"
    if _PAGE_NUMBER_ONLY.match(flat):
        return "page_number"
    return None


def _split_cells(tracked: Tracked) -> list[Tracked]:
    cells, start = [], 0
    for i, ch in enumerate(tracked.text):
        if ch == "\t":
            cells.append(tracked.slice(start, i))
            start = i + 1
    cells.append(tracked.slice(start))
    return cells


def _tidy(tracked: Tracked) -> Tracked:
    if _TIDY_MARKS.search(tracked.text):  # most lines hold nothing the substitutions below change
        tracked = tracked.sub(_SPACES, " ").sub(_COLUMN_GAP, " | ").sub(_RUNS_OF_SPACES, " ") \
            .sub(_INNER_SOFT_HYPHEN, "").sub(_DIGIT_SOFT_HYPHEN, "-").sub(_APOSTROPHES, "'")
    return tracked.strip().nfc()


# a numbered heading that opens a line: "3 Realisaties in 2023", "3.1 Tewerkstelling", "4. Vennoten"
_NUMBERED_HEADING = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s+([^\W\d_])")


class _Assembler:
    """Groups clean lines into blocks: wraps joined, paragraphs split, broken paragraphs rejoined."""

    def __init__(self, document: Document, rules: _Rules) -> None:
        self.document = document
        self.rules = rules
        lengths = [len(line.text.strip()) for line in document.lines if line.text.strip()]
        self.short = 0.6 * statistics.median(lengths) if lengths else 0
        self.blocks: list[Block] = []
        self.current: _Parts | None = None
        self.current_kind: Literal["heading", "paragraph", "item", "cell"] = "paragraph"
        self.current_number: int | None = None
        self.row = 0
        self.lines_in_current = 0
        self.first_line_length = 0
        self.current_row: tuple[int, int] | None = None  # the table row the current block is

    def run(self, lines: Iterable[_Line]) -> list[Block]:
        broken = False  # a blank line or furniture since the last text line
        previous: _Line | None = None
        for line in lines:
            if line.kind in ("blank", "furniture"):
                broken = True
                continue
            if line.row is not None or self.current_row is not None:
                if line.row is not None and self.current is not None and line.row == self.current_row:
                    self.current.append(Tracked.synthetic(" | "))  # a row on two lines: a box's label and figure
                    self.current.append(line.body)
                    continue
                self.flush()
                if line.row is not None:
                    self.start(line)
                    self.current_row = line.row
                    previous, broken = line, False
                    continue
            if line.kind == "cells":
                self.flush()
                for column, cell in enumerate(line.cells):
                    self.emit(cell, "cell", row=self.row, cell=column)
                self.row += 1
            elif line.kind == "heading":
                self.flush()
                self.emit(line.body, "heading")
            elif self.current is None:
                self.start(line)
            elif line.kind == "text" and not broken and not line.starts_block and self.row_then_heading(previous, line):
                self.flush()  # "4   Vaststelling   18" (a row of contents), then "1 Algemeen" atop the next page
                self.start(line)
            elif line.kind == "text" and not broken and not line.starts_block:
                ending = self.ending(previous, line)
                if ending:
                    self.flush(kind="heading" if ending == "heading" else None)
                    self.start(line)
                else:
                    self.join(self.current, line.body)
                    self.lines_in_current += 1
            elif self.continues(line.body):
                self.join(self.current, line.body)
                self.lines_in_current += 1
            else:
                self.flush()
                self.start(line)
            broken = False
            previous = line
        self.flush()
        return self.blocks

    def start(self, line: _Line) -> None:
        self.current = _Parts(line.body)
        self.current_kind = "item" if line.kind == "item" else "paragraph"
        self.current_number = line.number if line.kind == "item" else None
        self.lines_in_current = 1
        self.first_line_length = line.length

    def flush(self, kind: Literal["heading"] | None = None) -> None:
        if self.current is not None:
            if kind is None and self.looks_like_heading():
                kind = "heading"
            emitted = kind or self.current_kind
            self.emit(self.current.tracked(), emitted, number=self.current_number if emitted == "item" else None)
        self.current = None
        self.current_row = None

    def looks_like_heading(self) -> bool:
        """A paragraph of one short line with no closing punctuation ("Co-ontwikkeling")."""
        assert self.current is not None
        return (self.document.format == "text" and self.current_row is None and self.current_kind == "paragraph"
                and self.lines_in_current == 1 and self.first_line_length < self.short
                and self.current.tail()[-1:] not in _TERMINAL + ",")

    def emit(self, tracked: Tracked, kind: Literal["heading", "paragraph", "item", "cell"],
             row: int | None = None, cell: int | None = None, number: int | None = None) -> None:
        tracked = tracked.sub(re.compile("\u00ad$"), "").strip()
        if tracked.text:
            self.blocks.append(Block(tracked.text, tracked.positions, kind, row, cell, number))

    def row_then_heading(self, previous: _Line | None, line: _Line) -> bool:
        """A numbered heading ("1 Algemeen") after a row aligned with spaces: never the row's continuation."""
        return (previous is not None and previous.kind == "item" and " | " in previous.body.text
                and _NUMBERED_HEADING.match(line.body.text) is not None and line.body.text[-1:] not in _TERMINAL)

    def continues(self, body: Tracked) -> bool:
        """After a break, a line that starts in lower case goes on with an unfinished sentence."""
        assert self.current is not None
        tail = self.current.tail()
        if self.current_kind == "cell" or not tail or self.document.format in ("docx", "odt"):
            return False  # a Word or OpenDocument paragraph is whole: the next one is another
        return tail[-1] not in _TERMINAL and body.text[:1].islower()

    def ending(self, previous: _Line | None, line: _Line) -> Literal["heading", "paragraph"] | None:
        """In plain text, a short line can end a block though no blank line follows it: a heading (no
        closing punctuation, "Wettelijke verplichtingen") or a paragraph's last line (closing punctuation),
        when the next line starts with a capital. Markdown says this with blank lines and #."""
        if self.document.format != "text" or previous is None or self.current is None:
            return None  # Markdown marks blocks with blank lines and #, the PDF reader with starts_block
        heading = _NUMBERED_HEADING.match(line.body.text)
        if previous.length >= self.short or not (line.body.text[:1].isupper() or heading and heading.group(1).isupper()):
            return None
        text = self.current.tail()
        if text[-1] in ".!?":
            return "paragraph"
        last_word = text.rsplit(" ", 1)[-1].lower()
        if text[-1] not in _TERMINAL + ",-" and last_word not in self.rules.continuation_words:
            return "heading"
        return None

    def join(self, parts: _Parts, right: Tracked) -> None:
        """Add the next line of a block to its parts: the decisions read the block's last word only, so a
        paragraph of thousands of lines is joined in linear time."""
        left = parts.tail()
        if left.endswith("\u00ad"):
            parts.drop_last_character()
            parts.append(right)
            return
        url = _URL_AT_END.search(left)
        if url and _URL_GOES_ON.match(right.text) and (left.endswith(("/", "-", ".", "_", "=")) or
                                                        url.group().endswith("://")):
            parts.append(right)
            return
        if (head := _DATE_HEAD.search(left)) and (tail := _DATE_TAIL.match(right.text)) \
                and _DATE.fullmatch(head.group().strip() + tail.group()):  # "per 31-" / "12-2023": one date
            parts.append(right)
            return
        if left.endswith("-") and left[-2:-1].isalpha() and right.text[:1].isalpha():
            decision = self.hyphen(left[:-1], right.text)
            if decision == "join":
                parts.drop_last_character()
                parts.append(right)
                return
            if decision == "keep":
                parts.append(right)
                return
        parts.append(Tracked.synthetic(" "))
        parts.append(right)

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """The document's words (_vocabulary), read only when a line ends in a hyphen that the rules above leave
        open: most documents have none."""
        return _vocabulary(self.document)

    def hyphen(self, left: str, right: str) -> Literal["join", "keep", "keep_space"]:
        """Decide a hyphen at a line end: "allereer-ste" joins, "productie-eenheden" keeps it."""
        left_word = left.rsplit(" ", 1)[-1]
        right_word = re.split(r"[^\w-]", right, maxsplit=1)[0]
        if right_word.lower() in self.rules.elliptic:
            return "keep_space"
        if right_word[:1].isupper():
            return "keep"
        if left_word.rsplit("-", 1)[-1].lower() in self.rules.hyphen_prefixes:
            return "keep"
        if left_word[-1:].lower() in self.rules.vowels and right_word[:1].lower() in self.rules.vowels:
            return "keep"
        if f"{left_word}-{right_word}".lower() in self.vocabulary:
            return "keep"
        return "join"


class _Parts:
    """The lines of a block being assembled, joined once when it is emitted."""

    def __init__(self, first: Tracked) -> None:
        self.parts = [first]

    def append(self, part: Tracked) -> None:
        self.parts.append(part)

    def tail(self) -> str:
        """The end of the block's text, back to and with the last part that holds a space: its last word whole."""
        texts = []
        for part in reversed(self.parts):
            texts.append(part.text)
            if " " in part.text:
                break
        return "".join(reversed(texts))

    def drop_last_character(self) -> None:
        for i in range(len(self.parts) - 1, -1, -1):
            if self.parts[i].text:
                self.parts[i] = self.parts[i].slice(0, -1)
                return

    def tracked(self) -> Tracked:
        if len(self.parts) == 1:
            return self.parts[0]
        positions = positions_of()
        for part in self.parts:
            positions.extend(part.positions)
        return Tracked("".join(part.text for part in self.parts), positions)


def _vocabulary(document: Document) -> frozenset[str]:
    """Every word of the document as written, hyphenated compounds included: evidence for line-end hyphens."""
    # one search over the lines joined by a line break (no word runs across one), each distinct word lowered once
    written = set(_WORD.findall("\n".join(line.text for line in document.lines)))
    return frozenset(word.lower() for word in written)
