"""Findings as one self-contained HTML page: inline CSS, no scripts, no external resources.

Each finding shows its evidence side by side, one column per report (the newest first, as the evidence is
ordered), the snippet around each figure with the figure marked and the other numbers highlighted.
"""

from __future__ import annotations

import re
from html import escape

from extractor.diff import messages as nl
from extractor.diff.findings import Evidence, Finding, Findings
from extractor.diff.renderers.common import change_cells, listed_changes, summary, where

NUMBER = re.compile(r"[+-]?\d[\d.,\u202f]*\d|\d")

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;color:#222;
line-height:1.45;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ddd}
.finding{border:1px solid #ddd;border-left:6px solid #999;border-radius:4px;margin:1rem 0;padding:.6rem 1rem}
.finding.error{border-left-color:#c62828}.finding.warning{border-left-color:#ef8f00}
.finding.info{border-left-color:#1e88e5}
.tag{font-weight:700;font-size:.8rem;letter-spacing:.05em;margin-right:.5rem}
.error .tag{color:#c62828}.warning .tag{color:#b36b00}.info .tag{color:#1565c0}
.rule{font-family:ui-monospace,monospace;font-size:.8rem;color:#666}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:.8rem;margin-top:.6rem}
.side{background:#fafafa;border:1px solid #eee;border-radius:4px;padding:.5rem .7rem}
.side h3{font-size:.85rem;margin:0 0 .3rem;color:#444}
.where{font-family:ui-monospace,monospace;font-size:.8rem;color:#555;display:block}
.snippet{margin:.2rem 0 .6rem}
mark{background:#ffe082;padding:0 .15em;border-radius:2px;font-weight:600}
.num{background:#e3f2fd;border-radius:2px}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid #eee;padding:.3rem .5rem;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}
"""


def _numbers(text: str) -> str:
    """Escaped text with every number wrapped in <span class="num">."""
    out, last = [], 0
    for match in NUMBER.finditer(text):
        out.append(escape(text[last:match.start()]))
        out.append(f'<span class="num">{escape(match.group())}</span>')
        last = match.end()
    out.append(escape(text[last:]))
    return "".join(out)


def highlight(snippet: str, raw: str) -> str:
    """The snippet, escaped, with the first occurrence of `raw` marked and other numbers highlighted."""
    at = snippet.find(raw) if raw else -1
    if at < 0:
        return _numbers(snippet)
    return (_numbers(snippet[:at]) + f"<mark>{escape(raw)}</mark>" + _numbers(snippet[at + len(raw):]))


def _side(document: str, items: list[Evidence], title: str) -> str:
    parts = [f'<div class="side"><h3>{escape(title)}</h3>']
    for evidence in items:
        snippet = evidence.snippet or evidence.raw
        parts.append(f'<span class="where">{escape(where(evidence))}</span>'
                     f'<p class="snippet">{highlight(snippet, evidence.raw)}</p>')
    parts.append("</div>")
    return "".join(parts)


def _finding(finding: Finding, names: dict[str, str]) -> str:
    by_document: dict[str, list[Evidence]] = {}
    for evidence in finding.evidence:
        by_document.setdefault(evidence.document, []).append(evidence)
    sides = "".join(_side(doc, items, names.get(doc, doc)) for doc, items in by_document.items())
    return (f'<section class="finding {finding.severity}">'
            f'<p><span class="tag">{escape(nl.label(finding.severity))}</span>{escape(finding.message)} '
            f'<span class="rule">{escape(finding.rule)}</span></p>'
            f'<div class="sides">{sides}</div></section>')


def _changes(findings: Findings) -> str:
    shown = listed_changes(findings)
    if not shown:
        return f"<p>{escape(nl.label('no_changes'))}</p>"
    head = "".join(f"<th>{escape(nl.label(k))}</th>" for k in ("indicator", "before", "after", "delta", "relative"))
    rows = []
    for change in shown:
        cells = change_cells(change)
        rows.append(f"<tr><td><code>{escape(change.id)}</code><br>{escape(change.label)}</td>"
                    + "".join(f'<td class="n">{escape(c)}</td>' for c in cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def render_html(findings: Findings) -> str:
    names = {d.path: f"{nl.report_name(d.fiscal_year, d.path)} — {d.path}" for d in findings.documents}
    ordered = findings.sorted_findings()
    body = "".join(_finding(f, names) for f in ordered) or f"<p>{escape(nl.label('no_findings'))}</p>"
    documents = "".join(f"<li>{escape(names[d.path])}</li>" for d in findings.documents)
    return ("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(nl.label('title'))}</title><style>{CSS}</style></head><body>"
            f"<h1>{escape(nl.label('title'))}</h1><p>{escape(summary(findings))}</p>"
            f"<h2>{escape(nl.label('documents'))}</h2><ul>{documents}</ul>"
            f"<h2>{escape(nl.label('findings'))}</h2>{body}"
            f"<h2>{escape(nl.label('changes'))}</h2>{_changes(findings)}</body></html>\n")
