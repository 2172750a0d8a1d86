"""The review page of one report (`extract review REPORT [-o FILE]`): one self-contained HTML file with the full
text of a text or Markdown report, every figure, statute reference, legal reference and meeting highlighted in
place, and a panel listing each with its id, value, unit, period, qualifier and the rule that found it; a record
in the panel links to its place in the text and back.

Each highlight is a <mark> with `id="r<n>"`, `data-kind`, `data-line` and `data-column` (the record's location:
1-based line and column in the original file), spanning the record's text as written on that line (which may
begin before the location: "bijna 198 miljoen euro" is located at its number). A record whose
place is taken by another (overlapping text) is listed in the panel, marked as not highlighted.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

KINDS = (("indicators", "figure"), ("statute_references", "statute"), ("legal_references", "law"),
         ("meetings", "meeting"))

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#222;display:grid;
grid-template-columns:minmax(0,3fr) minmax(18rem,2fr);height:100vh}
main{overflow:auto;padding:1rem 1.5rem}aside{overflow:auto;border-left:1px solid #ddd;padding:1rem;background:#fafafa}
h1{font-size:1.2rem}pre{white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:.85rem;line-height:1.5}
.ln{color:#aaa;user-select:none;display:inline-block;width:3.5em;text-align:right;margin-right:.8em}
mark{border-radius:2px;padding:0 .1em}mark.figure{background:#ffe082}mark.statute{background:#c5e1a5}
mark.law{background:#b3e5fc}mark.meeting{background:#f8bbd0}mark:target,tr:target{outline:2px solid #c62828}
table{border-collapse:collapse;font-size:.8rem;width:100%}th,td{border-bottom:1px solid #eee;padding:.2rem .3rem;
text-align:left;vertical-align:top}td.n{text-align:right;font-variant-numeric:tabular-nums}
.missing{color:#999}
"""


@dataclass(frozen=True)
class Record:
    number: int
    kind: str  # figure | statute | law | meeting
    data: dict[str, Any]

    @property
    def anchor(self) -> str:
        return f"r{self.number}"

    @property
    def line(self) -> int | None:
        return (self.data.get("location") or {}).get("line")

    @property
    def column(self) -> int:
        return (self.data.get("location") or {}).get("column") or 1


def records(report: dict[str, Any]) -> list[Record]:
    found = []
    for key, kind in KINDS:
        for data in report.get(key, []):
            found.append(Record(len(found) + 1, kind, data))
    return found


def source_lines(path: Path) -> list[str]:
    """The report's lines as an editor numbers them (LF, CRLF or CR ends a line)."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _extent(line: str, start: int, raw: str) -> int | None:
    """Where the text `raw` ends in `line` when it begins at `start`: markup in the source (`m<sup>2</sup>` for
    "m2") and one kind of space for another (U+202F for " ") are passed over; None when it does not begin there."""
    i, j = start, 0
    while j < len(raw) and i < len(line):
        if line[i] == "<" and ">" in line[i:] and j:
            i = line.index(">", i) + 1
        elif line[i] == raw[j] or (line[i].isspace() and raw[j].isspace()):
            i, j = i + 1, j + 1
        else:
            return None
    if j < len(raw):
        return None
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
        location = record.data.get("location") or {}
        out.append(escape(line[last:start]))
        out.append(f'<a href="#p{record.number}"><mark class="{record.kind}" id="{record.anchor}" '
                   f'data-kind="{record.kind}" data-line="{location.get("line")}" '
                   f'data-column="{location.get("column")}">{escape(line[start:end])}</mark></a>')
        last = end
    out.append(escape(line[last:]))
    return "".join(out), {record.number for _, _, record in placed}


def _value(data: dict[str, Any]) -> str:
    if "value" in data:
        value = data["value"]
        return f"{value}–{data['value_max']}" if data.get("value_max") is not None else str(value)
    return str(data.get("date") or data.get("article") or "")


def _panel_row(record: Record, marked: bool) -> str:
    data = record.data
    location = data.get("location") or {}
    place = (f"p. {location['page']}, " if location.get("page") else "") + f"{location.get('line')}:{location.get('column')}"
    what = data.get("id") or data.get("instrument") or data.get("kind") or ""
    cells = [escape(record.kind), f"<code>{escape(str(what))}</code>", escape(str(data.get("raw", ""))),
             escape(_value(data)), escape(str(data.get("unit") or "")), escape(str(data.get("period") or "")),
             escape(str(data.get("qualifier") or data.get("precision") or "")), f"<code>{escape(str(data.get('rule') or ''))}</code>",
             (f'<a href="#{record.anchor}">{escape(place)}</a>' if marked
              else f'<span class="missing">{escape(place)} (not highlighted)</span>')]
    return f'<tr id="p{record.number}">' + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"


def render(report: dict[str, Any], source: Path) -> str:
    """The review page of `report`, whose text is read from `source` (text or Markdown)."""
    document = report["document"]
    all_records = records(report)
    by_line: dict[int, list[Record]] = {}
    for record in all_records:
        if record.line is not None and not (record.data.get("location") or {}).get("page"):
            by_line.setdefault(record.line, []).append(record)
    marked: set[int] = set()
    lines = []
    for number, line in enumerate(source_lines(source), start=1):
        shown, done = _spans(line, by_line.get(number, []))
        marked |= done
        lines.append(f'<span class="ln" id="l{number}">{number}</span>{shown}')
    header = "".join(f"<th>{h}</th>" for h in ("kind", "id", "as written", "value", "unit", "period", "qualifier",
                                               "rule", "location"))
    rows = "".join(_panel_row(record, record.number in marked) for record in all_records)
    title = f"{document.get('organisation') or ''} {document.get('fiscal_year') or ''} — {document['path']}".strip()
    return ("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(title)}</title><style>{CSS}</style></head><body>"
            f"<main><h1>{escape(title)}</h1><pre>{chr(10).join(lines)}</pre></main>"
            f"<aside><p>{len(marked)} of {len(all_records)} records highlighted</p>"
            f"<table><thead><tr>{header}</tr></thead><tbody>{rows}</tbody></table></aside></body></html>\n")
