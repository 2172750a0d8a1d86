"""The kind of a document (report, accounts, statutes, minutes, other) and, in statutes, their articles.

A document that is itself statutes has "Artikel N" headings: those are its articles, recorded with their
titles ("Artikel 3 - Doel" → article "3", title "Doel"), never references to its own statutes. The kind comes
from the words of the opening blocks (patterns/document.yaml, `document_kinds`); a heading is a source line
that opens with an article word and a number ("Artikel 9bis", "Art. 4: Zetel"), alone or with a short title.
Statutes set as a chapter of a larger text ("Hoofdstuk 1" / "Statuten") may number their articles by the chapter
alone ("1.1 Naam, zetel en duur", "1.15 Vereffening"): those headings are its articles too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractor.document.model import Block, Document, Location
from extractor.document.tables.cells import LEADER
from extractor.recognise.metadata import document_kinds, entries as document_entries, name_before_title
from extractor.recognise.references import article_suffixes

_TITLE_LONGEST = 80  # characters of a heading's title: a longer rest of the line is the article's text
_TITLE_SHORT = 50  # characters of a title on the line under its heading: a longer line is the article's text
_OPENING_BLOCKS = 8
_TITLE_BLOCKS = 2
_STATUTE_ARTICLES = 5  # article headings a document of statutes has at least


@dataclass(frozen=True)
class Article:
    article: str  # "3", "9bis"
    title: str | None
    location: Location

    def to_json(self) -> dict:
        return {"article": self.article, "title": self.title, "location": self.location.to_json()}


@cache
def _kinds() -> tuple[tuple[str, re.Pattern[str]], ...]:
    found = []
    for kind, entries in document_kinds():
        words = "|".join(re.escape(w) for w in sorted(entries, key=len, reverse=True))
        found.append((kind, re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)))
    return tuple(found)


@cache
def _heading() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(document_entries().article_headings, key=len, reverse=True))
    return re.compile(rf"^\s*(?:{words})\s*(?P<number>\d{{1,3}}(?:\.\d{{1,2}})?(?:[a-z]{{1,6}})?|(?-i:[IVXLC]{{1,7}}))\b\s*"
                      rf"[.:\-–—]?\s*(?P<title>.*?)\s*$", re.IGNORECASE)


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


@cache
def _chapter() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a chapter heading with its number, perhaps its title after it; the statutes' word as a whole title)."""
    words = "|".join(re.escape(w) for w in sorted(document_entries().chapter_headings or [], key=len, reverse=True))
    statutes = dict(document_kinds())["statutes"]
    title = "|".join(re.escape(w) for w in sorted(statutes, key=len, reverse=True))
    return (re.compile(rf"^\s*(?:{words})\s+(?P<number>\d{{1,2}})\b\s*[.:\-–—]?\s*(?P<title>.*?)\s*$", re.IGNORECASE)
            if words else re.compile(r"(?!)"),
            re.compile(rf"^\s*(?:{title})\s*$", re.IGNORECASE))


# "1.1 Naam, zetel en duur": a chapter's number, the article's, and a title that opens with a capital
_NUMBERED = re.compile(r"^\s*(?P<chapter>\d{1,2})\.(?P<article>\d{1,2})\.?\s+(?P<title>[^\W\d_].*?)\s*$")


def _numbered_articles(lines: list) -> list[Article]:
    """The headings "N.M Title" under a chapter heading titled statutes ("Hoofdstuk 1 Statuten", or "Hoofdstuk 1"
    with "Statuten" on the next line), whose N is that chapter's number, until the next chapter: the articles of
    statutes numbered without an article word. A line of a table of contents (a page number after the title,
    leader dots) is none; neither is a sentence (a title too long, lower-case, or ending in a full stop)."""
    heading, statutes = _chapter()
    found: dict[str, Article] = {}
    chapter: str | None = None
    for index, line in enumerate(lines):
        if (match := heading.match(line.text)) is not None \
                and (not match.group("title") or match.group("title")[:1].isupper()):  # no "deel 2 van de leden"
            title = match.group("title") or (lines[index + 1].text if index + 1 < len(lines) else "")
            chapter = match.group("number") if statutes.match(title) else None
            continue
        if chapter is None or (match := _NUMBERED.match(line.text)) is None or match.group("chapter") != chapter:
            continue
        title = match.group("title")
        if len(title) > _TITLE_LONGEST or not title[:1].isupper() or title[-1:] in ".;:," \
                or title[-1:].isdigit() or LEADER.search(title):
            continue
        number = f"{match.group('chapter')}.{match.group('article')}"
        found.setdefault(number, Article(number, title, Location(line.page, line.number, line.offset + 1)))
    return list(found.values())


def _arabic(number: str) -> str:
    """"IV" → "4": statutes that number their articles in roman numerals name the same articles as "Artikel 4"."""
    if not number or any(ch not in _ROMAN for ch in number):
        return number
    values = [_ROMAN[ch] for ch in number]
    return str(sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values)))


def document_kind(blocks: list[Block], conditions_table: bool = False, document: Document | None = None) -> str:
    """The kind the opening blocks name, in the order of patterns/document.yaml; else "other". Statutes need
    more than their word: article headings (at least `_STATUTE_ARTICLES`) and no table of the conditions of a
    report ("Statuten" heading a column of "Artikel 2", "Artikel 17" is a report's table)."""
    # the title: one of the first blocks opens with the kind's word ("STATUTEN", "Besluitenlijst van de
    # raadsvergadering"); a sentence that speaks of statutes ("Conform artikel 6 van de statuten stelt het bestuur
    # een beleidsplan vast"), a table's header ("Voorwaarde | Statuten") names no kind
    for kind, words in _kinds():
        if any((found := words.search(block.text)) and (not block.text[:found.start()].strip(" -–|:")
                                                         or name_before_title(block.text)
                                                         or _after_separator(block.text, found.start()))
               for block in blocks[:_TITLE_BLOCKS] if block.kind != "cell" and block.row is None):
            if kind == "statutes" and not _statutes(document, conditions_table):
                continue
            return kind
    # statutes under a cover that names the organisation first ("De Vonk vzw" / "Ondernemingsnummer ..." /
    # "STATUTEN"): a short opening block of its own, with the articles under it; not where the title names another
    # kind (a report titled "bijzonder verslag" whose conditions table, read as paragraphs, opens "Statuten")
    words = dict(_kinds())["statutes"]
    if any(words.match(block.text.strip()) and len(block.text.split()) <= 6 for block in blocks[:_OPENING_BLOCKS]
           if block.kind != "cell" and block.row is None) and _statutes(document, conditions_table):
        return "statutes"
    # a title set in a longer opening block ("SmartCoop erkende CVSO | Bijzonder verslag betreffende ..."): the
    # kinds a passing sentence does not name by accident (a policy plan speaks of its statutes)
    whole = " | ".join(block.text for block in blocks[:_OPENING_BLOCKS])
    for kind, words in _kinds()[2:]:
        if words.search(whole):
            return kind
    if document is None:
        return "other"
    # a title only in the running header or footer ("SmartCoop erkende CVSO | Bijzonder verslag ..."), else the
    # file's name as its publisher named it ("kasboek-2013.pdf", "statuten_2020.pdf")
    running = " | ".join(dict.fromkeys(f.text for f in document.furniture))
    for kind, words in _kinds()[2:]:
        if words.search(running):
            return kind
    name = re.sub(r"[-_.]+", " ", document.path.stem)
    for kind, words in _kinds():
        if words.search(name):
            if kind == "statutes" and not _statutes(document, conditions_table):
                continue
            return kind
    return "other"


_TITLE_WORDS = 12  # words of a title line that sets a name before its kind ("Het Herstelkot cv – bijzonder verslag")
_SEPARATORS = "-–—|:"


def _after_separator(text: str, start: int) -> bool:
    """A short title line whose kind's word follows a name and a dash, bar or colon: "Het Herstelkot cv –
    bijzonder verslag 2025", "De Vonk vzw | Jaarverslag 2023"; not a sentence ("Dit is het verslag – ...")."""
    before = text[:start].rstrip()
    return bool(before) and before[-1] in _SEPARATORS and len(text.split()) <= _TITLE_WORDS \
        and not text.rstrip().endswith(".")


def _statutes(document: Document | None, conditions_table: bool) -> bool:
    """A document titled statutes is statutes when it has article headings; where the conditions' recogniser
    read a table of the nine conditions in it (statutes of a social enterprise set out the same conditions),
    when its articles have titles ("Artikel 20 – Uittreding"), which the cells of a report's table of the
    conditions ("Artikel 23") do not."""
    if document is None:
        return False
    found = articles(document)
    if len(found) < _STATUTE_ARTICLES:
        return False
    return not conditions_table or sum(1 for a in found if a.title) >= _STATUTE_ARTICLES


def articles(document: Document) -> list[Article]:
    """The article headings of a document of statutes, in reading order; a number seen before (a cross-reference
    set alone on a line) is kept once, at its first heading. A line of the table of contents ("ARTIKEL 1 – NAAM
    VAN DE VERENIGING   3", "Artikel 7.Toetreding ....... 9") is no heading: the article's heading is in the text.
    A paragraph numbered under its article ("Art. 1.1. De vereniging draagt de naam ...", under "ARTIKEL 1") is
    part of that article, no article of its own."""
    return _scan(document)[0]


def contents_lines(document: Document) -> set[tuple[int | None, int]]:
    """(page, line) of the lines of a table of contents that list articles: no references to them."""
    return _scan(document)[1]


# a contents line's title ends in its page number, after leader dots, a tab or a wide gap
_PAGE_AFTER_TITLE = re.compile(r"(?:\s{2,}|\t|\s*(?:\.{3,}|…+|(?:\. ){3,}|_{3,})\s*)\d{1,3}\s*$")


def _scan(document: Document) -> tuple[list[Article], set[tuple[int | None, int]]]:
    found: dict[str, Article] = {}
    contents: set[tuple[int | None, int]] = set()
    lines = document.lines
    markdown = document.format == "markdown"
    for index, line in enumerate(lines):
        match = _heading().match(_plain(line.text) if markdown else line.text)
        if match is None:
            continue
        if _PAGE_AFTER_TITLE.search(match.group("title")) and match.group("title")[:1].strip():
            contents.add((line.page, line.number))
            continue
        title = match.group("title").strip(" .:-–—") or None
        number = _arabic(match.group("number").lower())
        if title is not None and title.split()[0].lower() in article_suffixes() and number.isdigit():
            number += title.split()[0].lower()  # "ART. 6 BIS": article 6bis
            title = title[len(title.split()[0]):].strip(" .:-–—") or None
        if title is not None and (len(title) > _TITLE_LONGEST or title[:1].islower() or title[:1].isdigit()):
            continue  # "Artikel 3 van de statuten bepaalt ...": a sentence about an article, no heading
        main = number.split(".")[0]
        if main != number and main in found:
            continue  # "Art. 1.1." under "ARTIKEL 1": a paragraph of article 1
        if title is None and _wrapped_reference(lines, index):
            continue  # "... onpartijdig moet blijven binnen de Beperkte Homeraad conform" / "Artikel 34.": text
        if title is None:  # "Artikel 2" / "Zetel": the title on the next line
            title = _title_below(lines, index)
        if title is None and markdown:  # "## Doel" / "### Artikel 2": the section heading right above it
            title = _heading_above(lines, index)
        found.setdefault(number, Article(number, title, Location(line.page, line.number, line.offset + 1)))
    return list(found.values()) or _numbered_articles(lines), contents


_SENTENCE_LINE = 50  # characters of a line of running text, longer than a title above a heading


def _wrapped_reference(lines: list, index: int) -> bool:
    """A bare "Artikel 34." that ends a sentence the line above began: that line is running text (long) and
    breaks off mid-sentence (no closing mark), so the article is cited, not headed; a heading under a title
    ("Naam en zetel" / "Artikel 1.") or under the end of the article before ("... van de vereniging." / "Artikel
    2.") is a heading."""
    text = lines[index].text.strip()
    if not text.endswith((".", ",", ";")) or index == 0:
        return False
    above = lines[index - 1].text.rstrip()
    return lines[index - 1].page == lines[index].page and len(above) >= _SENTENCE_LINE \
        and above[-1:].isalpha() and above[-1:].islower()


# Markdown's marks around a heading's words: "### Artikel 1", "**Artikel 3**: Doel", "#### Artikel 1. Benaming"
_HEADING_MARKS = re.compile(r"^\s*#{1,6}\s+")
_EMPHASIS = re.compile(r"(?<!\w)(?:\*\*|__|\*|_)|(?:\*\*|__|\*|_)(?!\w)")


def _plain(text: str) -> str:
    """A Markdown line's words without its heading marks and emphasis."""
    return _EMPHASIS.sub("", _HEADING_MARKS.sub("", text))


def _heading_above(lines: list, index: int) -> str | None:
    """The Markdown heading right above a bare article heading, of a higher level ("## Naam en zetel" over
    "### Artikel 1"): the title of the section the article opens. A heading of the same level or lower, text
    between the two, or another article heading is none."""
    here = _HEADING_MARKS.match(lines[index].text)
    above = next((k for k in range(index - 1, max(-1, index - 4), -1) if lines[k].text.strip()), None)
    if here is None or above is None or (mark := _HEADING_MARKS.match(lines[above].text)) is None \
            or len(mark.group().strip()) >= len(here.group().strip()):
        return None
    text = _plain(lines[above].text).strip().rstrip(":")
    if not text or len(text) > _TITLE_SHORT or _heading().match(text) or _chapter()[1].match(text):
        return None
    return text


def _title_below(lines: list, index: int) -> str | None:
    """The line under a bare article heading when it is a title: short, capitalised, no sentence, no heading,
    and the article's text after it (in a table of names and articles read cell after cell, "Artikel 3" /
    "Voorwerp" / "Artikel 4", the name under an article is the next row's)."""
    following = [k for k in range(index + 1, min(len(lines), index + 5)) if lines[k].text.strip()]
    if len(following) < 2 or lines[following[0]].page != lines[index].page:
        return None
    text = lines[following[0]].text.strip()
    if len(text) > _TITLE_SHORT or not text[:1].isupper() or text[-1:] in ".;:," or _heading().match(text) \
            or _heading().match(lines[following[1]].text):
        return None
    return text
