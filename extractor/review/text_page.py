"""The review page of a text or Markdown report: its full text, every figure, statute reference, legal reference and meeting highlighted in
place, and a panel listing each with its id, value, unit, period, qualifier and the rule that found it; a record
in the panel links to its place in the text and back.

Each highlight is a <mark> with the record's anchor as id (records.anchor_of: "l230c46"), `data-kind`, `data-line` and `data-column` (the record's location:
1-based line and column in the original file), spanning the record's text as written on that line (which may
begin before the location: "bijna 198 miljoen euro" is located at its number). A record whose
place is taken by another (overlapping text) is listed in the panel, marked as not highlighted.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from extractor.review.records import Record, mark, panel, records, shell, title


def source_lines(path: Path) -> list[str]:
    """The report's lines as an editor numbers them (LF, CRLF or CR ends a line); of a Word or OpenDocument
    report, its paragraphs and table rows (cells apart by tabs), as its locations number them."""
    from extractor.document.readers import OFFICE_SUFFIXES

    if path.suffix.lower() in OFFICE_SUFFIXES:
        from extractor.document.readers.office import read_office

        return [line.text for line in read_office(path).lines]
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _extent(line: str, start: int, raw: str) -> int | None:
    """Where the text `raw` ends in `line` when it begins at `start`: markup in the source (`m<sup>2</sup>` for
    "m2") and one kind of space for another (U+202F for " ") are passed over; a text that goes on on the next
    line (hard-wrapped, or hyphenated there) ends at the end of this one; None when it does not begin there."""
    i, j = start, 0
    end = len(line.rstrip())
    while j < len(raw) and i < len(line):
        if line[i] == "<" and ">" in line[i:] and j:
            i = line.index(">", i) + 1
        elif line[i] == raw[j] or (line[i].isspace() and raw[j].isspace()):
            i, j = i + 1, j + 1
        elif j and i == end - 1 and line[i] == "-":  # the word goes on on the next line
            return end
        else:
            return None
    if j < len(raw):
        return end if j and i >= end and (raw[j].isspace() or raw[j - 1].isspace()) else None
    while i < len(line) and line.startswith("</", i) and ">" in line[i:]:
        i = line.index(">", i) + 1  # the closing tag of markup the text ends in
    return i


def _place(line: str, start: int, raw: str) -> tuple[int, int]:
    """(start, end) of the record's text on its line: the location is the figure's number, and its text as
    written may begin before it ("bijna 198 miljoen euro"); when the text is not found, the number alone."""
    for begin in range(max(0, start - 2 * len(raw)), start + 1):
        end = _extent(line, begin, raw) if raw else None
        if end is not None and end > start:
            return begin, end
    end = start + 1
    while end < len(line) and not line[end].isspace():
        end += 1
    return start, end


def _spans(line: str, items: list[Record]) -> tuple[str, set[int]]:
    """The line, escaped, with each record's text marked where it stands; the records that could be marked."""
    placed: list[tuple[int, int, Record]] = []
    for record in sorted(items, key=lambda r: (r.column, r.number)):
        raw = str(record.data.get("raw") or "").split("\n")[0]
        if record.column - 1 >= len(line):
            continue
        start, end = _place(line, record.column - 1, raw)
        if placed and start < placed[-1][1]:
            continue  # overlapping a record marked already
        placed.append((start, end, record))
    out, last = [], 0
    for start, end, record in placed:
        out.append(escape(line[last:start]))
        out.append(mark(record, escape(line[start:end])))
        last = end
    out.append(escape(line[last:]))
    return "".join(out), {record.number for _, _, record in placed}


def render(report: dict[str, Any], source: Path) -> str:
    """The review page of `report`, whose text is read from `source` (text or Markdown)."""
    all_records = records(report)
    by_line: dict[int, list[Record]] = {}
    for record in all_records:
        if record.line is not None and not record.page:
            by_line.setdefault(record.line, []).append(record)
    marked: set[int] = set()
    lines = []
    for number, line in enumerate(source_lines(source), start=1):
        shown, done = _spans(line, by_line.get(number, []))
        marked |= done
        lines.append(f'<span class="tl"><span class="ln" id="l{number}">{number}</span>{shown}</span>')
    return shell(title(report), f"<pre>{''.join(lines)}</pre>", panel(all_records, marked))
