"""What a review page shows of a report: its records (figures, statute references, legal references, meetings),
each with an anchor named after its location, so that a findings page can link to the place of its evidence
(`anchor_of(location)`) without knowing the report's records; and the panel that lists them."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from extractor.diff import messages

KINDS = (("indicators", "figure"), ("statute_references", "statute"), ("legal_references", "law"),
         ("meetings", "meeting"))
COLUMNS = ("kind", "id", "raw", "value", "period", "qualifier", "location")  # the rule under the id, the unit
# with the value


def anchor_of(location: dict[str, Any] | None) -> str:
    """The anchor of the record at `location` on its review page: "l230c46" for line 230, column 46 of a text,
    "p2l37c7" for page 2, line 37, column 7 of a PDF (the first record there when several share it)."""
    location = location or {}
    page = f"p{location['page']}" if location.get("page") else ""
    return f"{page}l{location.get('line')}c{location.get('column') or 1}"


@dataclass(frozen=True)
class Record:
    number: int
    kind: str  # figure | statute | law | meeting
    data: dict[str, Any]
    anchor: str  # the element id of its highlight: anchor_of(location), made unique with "-<number>"

    @property
    def location(self) -> dict[str, Any]:
        return self.data.get("location") or {}

    @property
    def line(self) -> int | None:
        return self.location.get("line")

    @property
    def column(self) -> int:
        return self.location.get("column") or 1

    @property
    def page(self) -> int | None:
        return self.location.get("page")


def records(report: dict[str, Any]) -> list[Record]:
    found: list[Record] = []
    taken: set[str] = set()
    for key, kind in KINDS:
        for data in report.get(key, []):
            number = len(found) + 1
            anchor = anchor_of(data.get("location"))
            if anchor in taken:
                anchor = f"{anchor}-{number}"
            taken.add(anchor)
            found.append(Record(number, kind, data, anchor))
    return found


def words() -> dict[str, str]:
    """The page's words in the language of the run (vocabulary.review of patterns/findings.yaml)."""
    return messages.vocabulary()["review"]


def place(location: dict[str, Any]) -> str:
    said = words()
    if location.get("page"):
        return said["located"].format(page=location["page"], line=location.get("line"), column=location.get("column"))
    return said["located_text"].format(line=location.get("line"), column=location.get("column"))


def _value(data: dict[str, Any]) -> str:
    if "value" in data:
        value = data["value"]
        shown = messages.number(value)
        return f"{shown}–{messages.number(data['value_max'])}" if data.get("value_max") is not None else shown
    if data.get("date"):
        return messages.date(data["date"], data.get("precision"))
    return str(data.get("article") or "")


def _panel_row(record: Record, marked: bool) -> str:
    data = record.data
    said = words()
    what = data.get("id") or data.get("instrument") or data.get("kind") or ""
    unit = messages.unit(data["unit"]) if data.get("unit") else ""
    period = messages.period(data["period"]) if data.get("period") else ""
    at = escape(place(record.location))
    rule = f'<br><code class="rule" title="{escape(said["rule"])}">{escape(str(data.get("rule") or ""))}</code>'
    cells = [escape(said[record.kind]), f"<code>{escape(str(what))}</code>{rule}", escape(str(data.get("raw", ""))),
             escape(" ".join(part for part in (_value(data), unit) if part)), escape(period),
             f"<code>{escape(str(data.get('qualifier') or data.get('precision') or ''))}</code>",
             (f'<a href="#{record.anchor}">{at}</a>' if marked
              else f'<span class="missing">{at} ({escape(said["not_highlighted"])})</span>')]
    return (f'<tr id="row-{record.anchor}" data-kind="{record.kind}">'
            + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")


def panel(all_records: list[Record], marked: set[int]) -> str:
    said = words()
    header = "".join(f"<th>{escape(said[column])}</th>" for column in COLUMNS)
    rows = "".join(_panel_row(record, record.number in marked) for record in all_records)
    count = said["highlighted"].format(marked=len(marked), total=len(all_records))
    return (f'<p class="count">{escape(count)}</p>'
            f"<table><thead><tr>{header}</tr></thead><tbody>{rows}</tbody></table>")


def mark(record: Record, content: str, style: str = "") -> str:
    """A record's highlight: a <mark> with its anchor, kind and location, linking to its row of the panel."""
    location = record.location
    page = f' data-page="{location["page"]}"' if location.get("page") else ""
    box = (f' data-bbox="{",".join(f"{v:g}" for v in location["bbox"])}"' if location.get("bbox") else "")
    title = escape(f"{record.data.get('raw', '')} — {record.data.get('id') or record.data.get('instrument') or ''}")
    styled = f' style="{style}"' if style else ""
    return (f'<a href="#row-{record.anchor}"><mark class="{record.kind}" id="{record.anchor}" '
            f'data-kind="{record.kind}"{page} data-line="{location.get("line")}" '
            f'data-column="{location.get("column")}"{box} title="{title}"{styled}>{content}</mark></a>')


CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#222;display:grid;
grid-template-columns:minmax(0,1fr) minmax(18rem,1fr);height:100vh}
main{overflow:auto;padding:1rem 1.5rem}aside{overflow:auto;border-left:1px solid #ddd;padding:1rem;background:#fafafa}
h1{font-size:1.2rem}pre{white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:.85rem;line-height:1.5}
.tl{display:block;padding-left:4.3em;text-indent:-4.3em;min-height:1.5em}
.ln{color:#aaa;user-select:none;display:inline-block;width:3.5em;text-align:right;margin-right:.8em;text-indent:0}
mark{border-radius:2px;padding:0 .1em}mark.figure{background:#ffe082}mark.statute{background:#c5e1a5}
mark.law{background:#b3e5fc}mark.meeting{background:#f8bbd0}mark:target,tr:target{outline:2px solid #c62828}
table{border-collapse:collapse;font-size:.8rem;width:100%}th,td{border-bottom:1px solid #eee;padding:.2rem .3rem;
text-align:left;vertical-align:top}code.rule{color:#777;font-size:.7rem}td.n{text-align:right;font-variant-numeric:tabular-nums}
.missing{color:#999}
.page{position:relative;margin:0 0 1.5rem;box-shadow:0 0 0 1px #ccc,0 2px 6px rgba(0,0,0,.15);max-width:100%}
.page img{display:block;width:100%;height:auto}.page h2{font-size:.8rem;color:#666;margin:.2rem 0;position:absolute;
top:-1.3rem}.page mark{position:absolute;display:block;padding:0;opacity:.45;mix-blend-mode:multiply;
box-sizing:border-box;border:1px solid rgba(0,0,0,.35)}.pages .page{margin-top:1.6rem}
"""


def shell(title: str, main: str, aside: str) -> str:
    """The whole page: one self-contained file, no network."""
    return (f"<!DOCTYPE html>\n<html lang=\"{messages.language()}\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(title)}</title><style>{CSS}</style></head><body>"
            f"<main><h1>{escape(title)}</h1>{main}</main><aside>{aside}</aside></body></html>\n")


def title(report: dict[str, Any]) -> str:
    document = report["document"]
    name = messages.report_name(document.get("fiscal_year"), document["path"])
    return words()["review_of"].format(report=name) + " — " + " ".join(
        part for part in (document.get("organisation") or "", document["path"]) if part)
