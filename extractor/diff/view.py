"""A thin read-only view of one report dict (the report JSON contract), as the checks need it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from extractor.diff.findings import DocumentRef, Evidence
from extractor.document.headings import pdf_headings, remembered
from extractor.figures.periods import fiscal_year_of, is_split, stated_period

_YEAR = re.compile(r"\d{4}")
SNIPPET_WIDTH = 120  # characters of context either side of a record without a sentence
WRAP_LINES = 4  # a record's raw text spans at most this many lines of a wrapped text file
PARAGRAPH_LINES = 12  # lines of a hard-wrapped paragraph read either side of a record for its whole sentence
SENTENCE_LIMIT = 600  # a longer "sentence" (a list, a table run together) is trimmed around the record
# where a sentence ends: a full stop, ! or ? (or …) after a word, before a space and a capital or an opening quote;
# "art. 8:5", "20.892", "m.b.t. de" end none
_SENTENCE_START = re.compile(r"(?:(?<=[^\W\d_]{2}[.!?…])|(?<=[)”’\"'][.!?]))\s+(?=[\"“‘'(]?[A-ZÀ-Ý]|$)")
_SENTENCE_STOP = re.compile(r"(?:(?<=[^\W\d_]{2})|(?<=[)”’\"'])|(?<=\d))[.!?…](?=\s+[\"“‘'(]?[A-ZÀ-Ý]|\s*$)")
_MARKUP = re.compile(r"</?[a-zA-Z][^>]*>")
# a paragraph that opens with a few words and a full stop or colon before its first sentence: "Klanten. Het ..."
_RUN_IN = re.compile(r"^\**\s*([A-ZÀ-Ý][^\W\d]*(?:[ -][^\W\d]+){0,4})\s*[.:]\**\s+(?=\S)")
HEADING_WORDS = 8
PDF_TIMEOUT = 60.0  # seconds to read a PDF again for its headings
SECTION_LINES = 3  # a section heading wrapped over at most this many lines (text exported from PDF)
SECTION_WORDS = 25
_SENTENCE_END = (".", ",", ";", ":", "!", "?")
_URL = re.compile(r"://|^www\.", re.IGNORECASE)
_FIGURE = re.compile(r"\d")
_INNER_SENTENCE_END = re.compile(r"[^\W\d_]{2}[.!?]\s")  # "Stroomproductie. De drie windturbines ..."
_YEAR_OR_NUMBERING = re.compile(r"^\s*\d+(?:\.\d+)*[.)]?\s+|(?<!\d)(?:19|20)\d\d(?!\d)")  # "3. Wat we in 2023 deden"
_LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+\S.*[.:;,]\s*$")  # "1. **Dividend.** Volgens ... uit."
HEADING_LOOKBACK = 60
_PARAGRAPH_FORMATS = ("docx", "odt")  # one line a paragraph or table row (extractor/document/readers/office.py)


def _trim_start(text: str, width: int) -> str:
    """The last `width` characters of `text` or so, from a word's start, with "…" before them when cut."""
    if len(text) <= width:
        return text
    cut = text[-width:]
    return "…" + cut[cut.find(" ") + 1:] if " " in cut else "…" + cut


def _trim_end(text: str, width: int) -> str:
    """The first `width` characters of `text` or so, to a word's end, with "…" after them when cut."""
    if len(text) <= width:
        return text
    cut = text[:width]
    return (cut[:cut.rfind(" ")] if " " in cut else cut) + "…"


def _clean(text: str) -> str:
    """Text with HTML markup taken out and runs of white space made one space."""
    return re.sub(r"\s+", " ", _MARKUP.sub("", text)).strip()


def _heading_at(lines: list[str], index: int, limit: int) -> str | None:
    """The heading that starts at lines[index] (after a blank line) and ends before lines[limit], if it is one:
    its lines hold no end of a sentence, the last is followed by a blank line or a capital, and together they are
    short. A wrapped first line of a paragraph goes on with a small letter until a full stop: no heading."""
    parts: list[str] = []
    for k in range(index, min(index + SECTION_LINES, limit)):
        raw = lines[k]
        text = _clean(raw).strip("*_|").strip()
        if not text or "\t" in raw or _URL.search(text) or _LIST_ITEM.match(raw) or text.endswith(_SENTENCE_END) \
                or _FIGURE.search(_YEAR_OR_NUMBERING.sub("", text)) or _INNER_SENTENCE_END.search(text):
            return None  # a table row, a link, a list item, a sentence, a line that gives a figure
        parts.append(text)
        following = _clean(lines[k + 1]).strip("*_ ") if k + 1 < len(lines) else ""
        if not following or following[0].isupper() or following[0] in "-–—•*#":
            heading = " ".join(parts)
            return heading if len(heading.split()) <= SECTION_WORDS else None
    return None


def period_years(period: str | None) -> tuple[int | None, int | None] | None:
    """The first and last year an ISO 8601 period covers: "2021" -> (2021, 2021), "../2024" -> (None, 2024).

    None when there is no period or it names no year.
    """
    if not period:
        return None
    start, _, end = period.partition("/")
    if not end:
        end = start
    first = _YEAR.match(start)
    last = _YEAR.match(end)
    if first is None and last is None:
        return None
    return (int(first.group()) if first else None, int(last.group()) if last else None)


def location_order(record: dict) -> tuple:
    loc = record.get("location") or {}
    return (loc.get("page") or 0, loc.get("line") or 0, loc.get("column") or 0)


@dataclass
class Report:
    data: dict[str, Any]
    # results computed against another report (alignments), keyed by what and by that report's id()
    memo: dict[tuple[str, int], Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def document(self) -> dict[str, Any]:
        return self.data.get("document") or {}

    @property
    def path(self) -> str:
        return str(self.document.get("path") or "")

    @property
    def fiscal_year(self) -> int | None:
        return self.document.get("fiscal_year")

    @property
    def split(self) -> bool:
        """Whether its fiscal year runs across two calendar years (`document.fiscal_period` "2022/2023")."""
        return is_split(self.document.get("fiscal_period"))

    def stated_year(self, record: dict) -> int | None:
        """The fiscal year (the year it closes in) the text dates the figure to: "2022", "2022-06-30" or, where
        fiscal years run across two calendar years, "2021/2022" give 2022; None where the text states no period
        or one of several years ("sinds 2016")."""
        return fiscal_year_of(stated_period(record), self.split, self.document.get("fiscal_year_end"))

    def ref(self) -> DocumentRef:
        return DocumentRef(self.path, self.fiscal_year, self.document.get("sha256"),
                           self.document.get("fiscal_period") if self.split else None)

    @cached_property
    def indicators(self) -> list[dict]:
        """Indicators with a numeric value, in document order (a vague quantity without value is left out)."""
        records = [i for i in self.data.get("indicators") or []
                   if isinstance(i.get("value"), (int, float)) and not isinstance(i.get("value"), bool)]
        return sorted(records, key=location_order)

    @cached_property
    def statute_references(self) -> list[dict]:
        return sorted(self.data.get("statute_references") or [], key=location_order)

    @cached_property
    def meetings(self) -> list[dict]:
        return sorted(self.data.get("meetings") or [], key=location_order)

    @cached_property
    def relations(self) -> list[dict]:
        """The text's relations between its figures (report JSON `relations`; read from the figures when a
        report JSON predates them), each with `members`: (role, record) of its indicators."""
        raw = self.data.get("indicators") or []
        found = self.data.get("relations")
        if found is None:
            from extractor.figures.relations import to_json
            found = to_json(raw)
        out = []
        for relation in found:
            members = [(m["role"], raw[m["index"]]) for m in relation.get("indicators", [])
                       if 0 <= m.get("index", -1) < len(raw) and isinstance(raw[m["index"]].get("value"), (int, float))]
            if members:
                out.append({**relation, "members": members})
        return out

    @cached_property
    def _roles(self) -> dict[int, frozenset[str]]:
        roles: dict[int, set[str]] = {}
        for relation in self.relations:
            for role, record in relation["members"]:
                name = f"{relation['kind']}:{role}"
                if relation["kind"] == "share":
                    name += f":{relation.get('of', '')}"  # 6 % of the capital and 4 % of the profit differ
                roles.setdefault(id(record), set()).add(name)
        return {key: frozenset(value) for key, value in roles.items()}

    def roles(self, record: dict) -> frozenset[str]:
        """The record's roles in the text's relations: "part_whole:whole", "change:claim", ..."""
        return self._roles.get(id(record), frozenset())

    @cached_property
    def _claim_subjects(self) -> dict[int, dict]:
        return {id(claim): subject for relation in self.relations if relation["kind"] == "change"
                for role, claim in relation["members"] if role == "claim"
                for other, subject in relation["members"] if other == "to"}

    def claim_subject(self, record: dict) -> dict | None:
        """The figure a claimed change speaks of ("68 woningen" for "een groei met 15 %"), when the text says."""
        return self._claim_subjects.get(id(record))

    def previous_year_figures(self) -> set[int]:
        """id() of the records the text gives as the earlier figure of a from-to pair ("van 16.190 MWh in
        2022 naar ...") or as the base of a claimed change ("+9 % (vorig jaar: 320)"): last year's figures, to
        be linked with last year's report, not this year's."""
        return {id(record) for relation in self.relations if relation["kind"] in ("from_to", "change")
                for role, record in relation["members"] if role == "from"}

    def catalogued(self) -> list[dict]:
        """Indicators whose id comes from the catalogue (not derived for an unknown quantity)."""
        return [i for i in self.indicators if i.get("match", "catalogue") != "derived"]

    @cached_property
    def _catalogued_by_id(self) -> dict[str, list[dict]]:
        by_id: dict[str, list[dict]] = {}
        for record in self.catalogued():
            by_id.setdefault(record["id"], []).append(record)
        return by_id

    def occurrences(self, indicator_id: str) -> list[dict]:
        return list(self._catalogued_by_id.get(indicator_id, ()))

    def primary(self, indicator_id: str) -> dict | None:
        """The indicator's figure for the fiscal year: the first occurrence dated to it (or undated)."""
        found = self.occurrences(indicator_id)
        for record in found:
            if self.in_year(record):
                return record
        return found[0] if found else None

    def in_year(self, record: dict) -> bool:
        """True when the record's period is absent or overlaps the report's fiscal year."""
        years = period_years(record.get("period"))
        if years is None or self.fiscal_year is None:
            return True
        if self.split and (year := self.stated_year(record)) is not None:
            return year == self.fiscal_year  # "2022-12-31" where fiscal years run from 1 July to 30 June: 2023
        first, last = years
        return (first is None or first <= self.fiscal_year) and (last is None or self.fiscal_year <= last)

    @cached_property
    def source_lines(self) -> list[str] | None:
        """The lines of a text or Markdown source, when the file is where the report says; else None. A Word or
        OpenDocument source gives its paragraphs and table rows as lines (the report's line numbers), a heading
        with "# " before it, when the file is there unchanged."""
        if self.document.get("format") in _PARAGRAPH_FORMATS and self.path:
            try:
                from extractor.document.readers.office import read_office
                document = read_office(Path(self.path))
            except Exception:  # gone, changed or unreadable now: no source at hand
                return None
            if self.document.get("sha256") and document.sha256 != self.document["sha256"]:
                return None
            return [("# " if line.heading else "") + line.text.replace("\t", " | ") for line in document.lines]
        if self.document.get("format") not in ("text", "markdown") or not self.path:
            return None
        try:
            return Path(self.path).read_text(encoding="utf-8", errors="replace").split("\n")
        except OSError:
            return None

    def heading(self, record: dict) -> str:
        """The words that head the record's passage in a text or Markdown source: the run-in heading that
        opens its paragraph ("Vennoten en kapitaal. Het jaar ...", "**Klanten.** ..."), else the nearest
        heading line above it ("## Algemene vergaderingen", "3. Algemene vergaderingen"). Empty for PDF."""
        loc = record.get("location") or {}
        lines = self.source_lines
        line = loc.get("line") or 0
        if lines is None or loc.get("page") or not 1 <= line <= len(lines):
            return ""
        first = line - 1
        if self._paragraph_lines:  # Word, OpenDocument: one paragraph a line, its heading the nearest above
            run_in = _RUN_IN.match(_clean(lines[first]))
            if run_in and (loc.get("column") or 1) > len(run_in.group(0)):
                return run_in.group(1)
            return next((_clean(lines[index]).strip("#*|- ") for index in range(first - 1, max(first - HEADING_LOOKBACK,
                                                                                              -1), -1)
                         if lines[index].startswith("# ")), "")
        while first > 0 and lines[first - 1].strip():
            first -= 1
        found = []
        run_in = _RUN_IN.match(_clean(lines[first]))
        if run_in and first != line - 1 or run_in and (loc.get("column") or 1) > len(run_in.group(0)):
            return run_in.group(1)  # the most specific heading there is
        for index in range(first - 1, max(first - HEADING_LOOKBACK, -1), -1):
            text = _clean(lines[index]).strip("#*|- ")
            above = lines[index - 1].strip() if index > 0 else ""
            below = lines[index + 1].strip() if index + 1 < len(lines) else ""
            if text and not above and not below and len(text.split()) <= HEADING_WORDS and \
                    not text.endswith((".", ",", ";")):
                found.append(text)
                break
        return " ".join(found)

    @cached_property
    def _pdf_headings(self) -> list[tuple[tuple[int, int], str]]:
        """The section headings of a PDF source, read again when the file is where the report says and unchanged
        (the report JSON keeps no type sizes): ((page, line), text) in page order; none when it cannot be read."""
        if self.document.get("format") != "pdf" or not self.path:
            return []
        from extractor.document.readers.pdf_engine import selected

        known = remembered(self.document.get("sha256"), selected())
        if known is not None:  # read by this process a moment ago (the extract step)
            return known
        try:
            from extractor.document.readers.pdf import read_pdf
            document = read_pdf(Path(self.path), timeout_s=PDF_TIMEOUT)
        except Exception:  # gone, changed or unreadable now: the figures stand under no known heading
            return []
        if self.document.get("sha256") and document.sha256 != self.document["sha256"]:
            return []
        return pdf_headings(document.lines)

    @property
    def _paragraph_lines(self) -> bool:
        return self.document.get("format") in _PARAGRAPH_FORMATS

    @cached_property
    def _furniture_lines(self) -> set[int]:
        return {(f.get("location") or {}).get("line") for f in self.data.get("furniture") or []} - {None}

    def section(self, record: dict) -> str | None:
        """The heading of the section a record stands under in a text or Markdown source: the nearest heading
        above it ("## 3. Wat we in 2023 deden"; a short line after a blank one and before a blank line or a new
        sentence, wrapped over up to SECTION_LINES lines in text exported from PDF; in a PDF, the nearest line set
        in larger type), not a run-in heading; None when the source is not at hand."""
        loc = record.get("location") or {}
        lines = self.source_lines
        line = loc.get("line") or 0
        if loc.get("page"):
            here = (loc["page"], line)
            return next((text for at, text in reversed(self._pdf_headings) if at < here), None)
        if lines is None or not 1 <= line <= len(lines):
            return None
        if self._paragraph_lines:  # Word, OpenDocument: the nearest paragraph in a heading style above
            return next((_clean(lines[index]).strip("#*_ ").strip() or None for index in range(line - 2, -1, -1)
                         if lines[index].startswith("# ")), None)
        furniture = self._furniture_lines
        for index in range(line - 1, -1, -1):
            if index + 1 in furniture:
                continue  # a page footer, a page number, a URL on its own line
            if lines[index].lstrip().startswith("#"):
                return _clean(lines[index]).strip("#*_ ").strip() or None
            if index == line - 1 or (index > 0 and lines[index - 1].strip()) or not lines[index].strip():
                continue
            heading = _heading_at(lines, index, line - 1)
            if heading:
                return heading
        return None

    def context(self, record: dict) -> str | None:
        """The source text around a record (meetings and references carry no sentence): the whole sentence it
        stands in, read across the hard-wrapped lines of its paragraph (up to PARAGRAPH_LINES either side, never
        past a blank line), markup removed; a sentence longer than SENTENCE_LIMIT characters is trimmed to
        SNIPPET_WIDTH characters either side of the record, at word boundaries, with "…"."""
        loc = record.get("location") or {}
        lines = self.source_lines
        if lines is None or loc.get("page") or not 1 <= (loc.get("line") or 0) <= len(lines):
            return None
        raw = _clean(str(record.get("raw", "")))
        first = loc["line"] - 1
        before = lines[first][:max((loc.get("column") or 1) - 1, 0)]
        text = lines[first][len(before):]
        for previous in reversed(lines[max(first - PARAGRAPH_LINES, 0):first]):
            if not previous.strip() or _SENTENCE_START.search(_clean(before) + " "):
                break
            before = previous + " " + before
        for following in lines[first + 1:first + 1 + PARAGRAPH_LINES]:
            if not following.strip() or (raw in _clean(text) and _SENTENCE_STOP.search(_clean(text)[len(raw):])):
                break
            text += " " + following
        head, tail = _clean(before), _clean(text)
        starts = list(_SENTENCE_START.finditer(head + " "))
        if starts:
            head = head[starts[-1].end():]
        stop = _SENTENCE_STOP.search(tail, min(len(raw), len(tail)))
        if stop:
            tail = tail[:stop.start() + 1]
        if len(head) + len(tail) > SENTENCE_LIMIT:
            head = _trim_start(head, SNIPPET_WIDTH)
            tail = _trim_end(tail, len(raw) + SNIPPET_WIDTH)
        return (head + (" " if head else "") + tail).strip() or None

    def evidence(self, record: dict, raw: str | None = None) -> Evidence:
        snippet = record.get("sentence") or self.context(record) or record.get("raw")
        return Evidence(document=self.path, location=record.get("location"),
                        raw=raw if raw is not None else str(record.get("raw", "")),
                        snippet=snippet, fiscal_year=self.fiscal_year,
                        key=record.get("series") or record.get("id"))


def by_recency(reports: list[Report]) -> list[Report]:
    """Most recent fiscal year first; reports without a year last, in the order given."""
    return sorted(reports, key=lambda r: -(r.fiscal_year or -10**6))
