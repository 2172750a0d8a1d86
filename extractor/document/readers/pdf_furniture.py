"""Page furniture: running headers and footers, page numbers, URLs listed at the page bottom.

A line is furniture when it sits in the top or bottom band of its page and the same text, digits aside,
recurs in that band on many pages (a running header or footer; "—7SmartCoop erkende CVSO | ..."), when it
is only a page number there, or when it is a URL alone on a line in the bottom band, set smaller than the
body text (the real reports repeat their links' URLs at the page bottom; a browser prints the page's own
address there, "file:///…/verslag.html", beside the page number "1/2"). Furniture is taken out of the
text and returned, with its page and box, so that nothing is dropped silently.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from extractor.dutch import patterns, rules
from extractor.dutch.rules import Listed, key
from extractor.document.readers.pdf_layout import Line, Unit

TOP_BAND, BOTTOM_BAND = 0.12, 0.85  # fractions of the page height
REPEATED = 0.5  # a header or footer recurs on at least this share of the pages with text
_DIGITS = re.compile(r"\d+")
_URL = re.compile(r"(https?://|file://|www\.)\S+")


@rules.declares("layout")
@dataclass(frozen=True)
class _PageNumberWords:
    """The entries of patterns/layout.yaml read here (declared once: the schema is made from them)."""

    page_number_words: Listed = key()
    page_number_of: Listed = key()


@cache
def _page_number() -> re.Pattern[str]:
    """A furniture line that is only a page number ("#" stands for its digits); words from patterns/layout.yaml."""
    layout = rules.load(_PageNumberWords, patterns.load("layout"))
    words = "|".join(re.escape(w) for w in sorted(layout.page_number_words, key=len, reverse=True))
    of = "|".join(re.escape(w) for w in layout.page_number_of)
    return re.compile(rf"[\W_]*(?:{words})?\s*#(\s*(?:{of})\s*#)?[\W_]*", re.IGNORECASE)


@dataclass
class FurnitureLine:
    kind: str  # "header" | "footer" | "page_number" | "url" | "table_header"
    text: str
    page: int
    line: int  # the line's visual row on its page, as every other line's (pdf_visible): furniture counts
    bbox: tuple[float, float, float, float]
    column: int = 1  # 1-based, in that row (pdf_visible)


@dataclass
class PageText:
    number: int  # 1-based page index in the file
    height: float
    size: float  # body font size
    units: list[Unit]


def _key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.split()))


def _zone(line: Line, page: PageText) -> str | None:
    if line.bottom <= TOP_BAND * page.height:
        return "header"
    if line.top >= BOTTOM_BAND * page.height:
        return "footer"
    return None


def _box(line: Line, start: int = 0, stop: int | None = None) -> tuple[float, float, float, float]:
    values = line.boxes[4 * start:4 * stop if stop is not None else None]
    x0 = [v for v in values[0::4] if not math.isnan(v)]
    top = [v for v in values[1::4] if not math.isnan(v)]
    x1 = [v for v in values[2::4] if not math.isnan(v)]
    bottom = [v for v in values[3::4] if not math.isnan(v)]
    return (min(x0), min(top), max(x1), max(bottom)) if x0 else (line.x0, line.top, line.x1, line.bottom)


def remove_furniture(pages: list[PageText]) -> list[FurnitureLine]:
    """Find furniture on every page, take it out of the pages' units and return it."""
    repeated, numbered = _recurring(pages)
    found: list[FurnitureLine] = []
    for page in pages:
        on_page = _at_the_edge(_candidates(page, repeated, numbered), page)
        if on_page:
            _take_out(page, on_page)
            found += _furniture_lines(page, on_page)
    found += remove_repeated_header_rows(pages)
    found.sort(key=lambda f: (f.page, f.bbox[1]))
    return found


_NO_NUMBER = -10**9  # the offset of a line without a number


def _recurring(pages: list[PageText]) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """The (zone, line digits aside) of the lines at a page's top or bottom that recur on many pages with the
    numbers of furniture, and those of them whose number is the page's own, printed at one offset from its index
    throughout (a running footer that carries the page number)."""
    seen: dict[tuple[str, str], set[int]] = defaultdict(set)
    offsets: dict[tuple[str, str], set[int]] = defaultdict(set)  # printed number minus page index
    numbers: dict[tuple[str, str], list[tuple[int, tuple[int, ...]]]] = defaultdict(list)
    for page in pages:
        for unit in page.units:
            for line in unit.lines():
                zone = _zone(line, page)
                if zone:
                    key = (zone, _key(line.text))
                    seen[key].add(page.number)
                    match = _DIGITS.search(line.text)
                    offsets[key].add(int(match.group()) - page.number if match else _NO_NUMBER)
                    numbers[key].append((page.number, tuple(int(d) for d in _DIGITS.findall(line.text))))
    with_text = sum(1 for page in pages if page.units)
    repeated = {key for key, where in seen.items() if len(where) >= max(2, REPEATED * with_text)
                and _numbers_of_furniture(numbers[key])}
    numbered = {key for key in repeated if len(offsets[key]) == 1 and _NO_NUMBER not in offsets[key]}
    return repeated, numbered


def _candidates(page: PageText, repeated: set[tuple[str, str]], numbered: set[tuple[str, str]]
                ) -> list[tuple[Line, str]]:
    """The lines at the page's top or bottom that may be furniture, each with its kind: a page number, a header
    or footer that recurs (with "#" when it carries the page number), a web address in small print at the foot."""
    on_page: list[tuple[Line, str]] = []
    for unit in page.units:
        for line in unit.lines():
            zone = _zone(line, page)
            if zone is None:
                continue
            key = _key(line.text)
            if (found := _page_number().fullmatch(key)) and "#" in key and _pages(line.text, found):
                on_page.append((line, "page_number"))
            elif (zone, key) in repeated:
                on_page.append((line, zone + ("#" if (zone, key) in numbered else "")))
            elif zone == "footer" and _URL.fullmatch(line.text.strip()) and line.size < 0.95 * page.size:
                on_page.append((line, "url"))
    return on_page


SPREAD_PAGES = 1000  # two page numbers on one line (a spread's outer corners) are below this (no year, "2026   2025")


def _pages(text: str, found: re.Match[str]) -> bool:
    """A line of page numbers: one number, or "7 van 12", or two consecutive numbers of a spread ("14   15"); the
    year header of a table at the top of a page ("2026   2025") is none."""
    numbers = [int(d) for d in _DIGITS.findall(text)]
    if len(numbers) == 1 or found.group(1):
        return True
    return len(numbers) == 2 and numbers[1] == numbers[0] + 1 and numbers[1] < SPREAD_PAGES


def _take_out(page: PageText, on_page: list[tuple[Line, str]]) -> None:
    """The page's units without the furniture's lines (a unit left with none goes)."""
    gone = {id(line) for line, _ in on_page}
    for unit in page.units:
        unit.cells = [[line for line in cell if id(line) not in gone] for cell in unit.cells]
    page.units = [unit for unit in page.units if any(unit.cells)]


def _furniture_lines(page: PageText, on_page: list[tuple[Line, str]]) -> list[FurnitureLine]:
    """The furniture of one page, top to bottom; a running footer that carries the page number ("—7SmartCoop
    ...") gives that number as a furniture line of its own too."""
    found = []
    for line, kind in sorted(on_page, key=lambda item: item[0].top):
        found.append(FurnitureLine(kind.rstrip("#"), line.text, page.number, line.number, _box(line),
                                   line.offset + 1))
        if kind.endswith("#") and (match := _DIGITS.search(line.text)):
            found.append(FurnitureLine("page_number", match.group(), page.number, line.number,
                                       _box(line, match.start(), match.end()), line.offset + match.start() + 1))
    return found


def _at_the_edge(found: list[tuple[Line, str]], page: PageText) -> list[tuple[Line, str]]:
    """Furniture stands between the body and the page's edge, alone at its height: a footer has no line of the
    body under it, a header none over it (the label of a table's row that the page breaks under, "van de
    tuinen", recurs at the page bottom too, with the row's next line under it)."""
    candidates = {id(line) for line, _ in found}
    body = [line for unit in page.units for line in unit.lines() if id(line) not in candidates]
    kept = []
    for line, kind in found:
        if any(other.top < line.bottom and line.top < other.bottom for other in body):
            continue  # a number beside a line of the body: a header cell ("Post   2023   2022"), no page number
        if _zone(line, page) == "footer" and kind != "page_number" \
                and any(other.top >= line.bottom - 0.5 for other in body):
            continue
        if _zone(line, page) == "header" and kind != "page_number" \
                and any(other.bottom <= line.top + 0.5 for other in body):
            continue
        kept.append((line, kind))
    return kept


def _numbers_of_furniture(found: list[tuple[int, tuple[int, ...]]]) -> bool:
    """The numbers of a line that recurs on many pages, digits aside, are those of furniture when at most one
    of them changes from page to page and it counts up with the pages (a page number, "—7SmartCoop ..."); a
    table's row that the page breaks at ("Kostenpost 5   1.185   1.045", another row of it on the next page)
    changes in several, or not upwards."""
    found = sorted(found)
    if len(found) < 2:
        return True
    changing = [k for k in range(len(found[0][1])) if len({numbers[k] for _, numbers in found}) > 1]
    if not changing:
        return True
    if len(changing) > 1:
        return False
    values = [numbers[changing[0]] for _, numbers in found]
    return all(a < b for a, b in zip(values, values[1:]))


def _row_key(unit: Unit) -> tuple[str, ...]:
    return tuple(" ".join(" ".join(line.text for line in cell).split()) for cell in unit.cells)


def remove_repeated_header_rows(pages: list[PageText]) -> list[FurnitureLine]:
    """A table's header row that the producer repeats at the top of each page the table goes on to: the
    first row of a page whose cells read as a row that opened a table on the page before. The first one
    stays text (it heads the table); the repeats are taken out, so that the rows they split join up."""
    found: list[FurnitureLine] = []
    openers: set[tuple[str, ...]] = set()
    for page in pages:
        units = page.units
        if units and units[0].kind == "row" and _row_key(units[0]) in openers:
            row = units.pop(0)
            for line in row.lines():
                found.append(FurnitureLine("table_header", line.text, page.number, line.number, _box(line),
                                          line.offset + 1))
        openers = {_row_key(unit) for i, unit in enumerate(page.units) if unit.kind == "row"
                   and (i == 0 or page.units[i - 1].kind != "row")}
    return found
