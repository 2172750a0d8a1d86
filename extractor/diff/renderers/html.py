"""Findings as one self-contained HTML page: inline CSS and a little inline script, no external resources.

Every place is a link to the report, relative to the folder the page is written to (`file#page=N` for a PDF,
which browsers open at that page); the findings can be filtered by severity and by rule (the filters hide and show
findings in the page; without script every finding stays shown).

Each finding shows its evidence side by side, one column per report (the newest first, as the evidence is
ordered), the snippet around each figure with the figure marked and the other numbers highlighted.
"""

from __future__ import annotations

import os
import re
from html import escape
from pathlib import Path

from extractor.diff import messages as nl
from extractor.diff.findings import Change, Evidence, Finding, Findings
from extractor.diff.renderers.common import (by_section, shown_section, gone_heading, listed_changes, more_with_all,
                                             possible_changes, row, summary, unchanged_changes, unpaired_changes,
                                             where)

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
.rule,.fingerprint{font-family:ui-monospace,monospace;font-size:.8rem;color:#666}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:.8rem;margin-top:.6rem}
.side{background:#fafafa;border:1px solid #eee;border-radius:4px;padding:.5rem .7rem}
.side h3{font-size:.85rem;margin:0 0 .3rem;color:#444}
.where{font-family:ui-monospace,monospace;font-size:.8rem;color:#555;display:block}
a.where{color:#1a4d8f}.filters{margin:.5rem 0 1rem;font-size:.85rem}.filters label{margin-right:.8rem}
.snippet{margin:.2rem 0 .6rem}
mark{background:#ffe082;padding:0 .15em;border-radius:2px;font-weight:600}
.num{background:#e3f2fd;border-radius:2px}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid #eee;padding:.3rem .5rem;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}
td .where{text-align:right}tr.marked td.note{color:#b36b00;font-weight:600}
h3{font-size:1rem;margin:1.2rem 0 .3rem;color:#333}
.reason{font-size:.8rem;color:#6d4c00}code.id{font-size:.75rem;color:#777}
a.review{font-size:.8rem;margin-left:.4rem}
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


class Links:
    """Links to the reports, relative to the folder the page is written to (`base`); `reviews` names, per report
    path, its review page written beside the findings page (extract review), which a place links to as well,
    at its record's anchor."""

    def __init__(self, base: Path | None, reviews: dict[str, str] | None = None) -> None:
        self.base = (base or Path.cwd()).resolve()
        self.reviews = reviews or {}

    def review(self, document: str, location: dict | None) -> str:
        """A link to the place on the report's review page, when it has one."""
        page = self.reviews.get(document)
        if page is None or not location:
            return ""
        from extractor.review.records import anchor_of

        return (f' <a class="review" href="{escape(page)}#{escape(anchor_of(location))}">'
                f'{escape(nl.label("review"))}</a>')

    def href(self, document: str, location: dict | None) -> str:
        target = Path(document)
        try:
            relative = Path(os.path.relpath(target.resolve(), self.base)).as_posix()
        except ValueError:  # another drive (Windows): the path as given
            relative = target.as_posix()
        page = (location or {}).get("page")
        return relative + (f"#page={page}" if page else "")

    def shown(self, document: str) -> str:
        """A report's path as the page shows it: an absolute path relative to the page's folder (the link's
        path), so the tables do not repeat long absolute paths; a relative one as given."""
        return self.href(document, None) if Path(document).is_absolute() else document

    def place(self, text: str, document: str, location: dict | None, css: str = "where") -> str:
        if not text:
            return f'<span class="{css}"></span>'
        text = text.replace(document, self.shown(document), 1)
        return f'<a class="{css}" href="{escape(self.href(document, location))}">{escape(text)}</a>'


def _side(document: str, items: list[Evidence], title: str, links: Links) -> str:
    parts = [f'<div class="side"><h3>{escape(title)}</h3>']
    for evidence in items:
        snippet = evidence.snippet or evidence.raw
        parts.append(links.place(where(evidence), evidence.document, evidence.location)
                     + links.review(evidence.document, evidence.location)
                     + f'<p class="snippet">{highlight(snippet, evidence.raw)}</p>')
    parts.append("</div>")
    return "".join(parts)


def _finding(finding: Finding, names: dict[str, str], links: Links) -> str:
    by_document: dict[str, list[Evidence]] = {}
    for evidence in finding.evidence:
        by_document.setdefault(evidence.document, []).append(evidence)
    sides = "".join(_side(doc, items, names.get(doc, doc), links) for doc, items in by_document.items())
    return (f'<section class="finding {finding.severity}" data-severity="{finding.severity}" '
            f'data-rule="{escape(finding.rule)}">'
            f'<p><span class="tag">{escape(nl.label(finding.severity))}</span>{marked_text(finding.message)} '
            f'<span class="rule">{escape(finding.rule)}</span>'
            + (f' <span class="fingerprint" title="{escape(nl.label("fingerprint"))}">{escape(finding.fingerprint)}</span>'
               if finding.fingerprint else "") + '</p>'
            f'<div class="sides">{sides}</div></section>')


def _gone(findings: Findings) -> str:
    heading = gone_heading(findings)
    if not heading:
        return ""
    items = "".join(f'<li><span class="tag">{escape(nl.label(e.severity))}</span>{marked_text(e.message)} '
                    f'<span class="rule">{escape(e.rule)}</span> <span class="fingerprint">{escape(e.fingerprint)}</span></li>'
                    for e in findings.baseline.gone)
    return f'<section class="gone"><h2>{escape(heading)}</h2><ul>{items}</ul></section>'


def _tables(changes: list[Change], links: Links) -> str:
    """One table per section: the figure, both sides with their places, the change and the marks."""
    head = "".join(f"<th>{escape(nl.label(k))}</th>"
                   for k in ("indicator", "before", "after", "delta", "relative", "note"))
    parts = []
    for section, items in by_section(changes):
        rows = []
        for change in items:
            shown = row(change)
            marked = " marked" if change.marks else ""
            reason = f'<br><span class="reason">{marked_text(change.reason)}</span>' if change.reason else ""
            label = escape(nl.shown_label(change.id, change.label))
            if label != escape(nl.indicator_label(change.id, change.label)):  # the report's own words
                label = f'<q lang="nl">{escape(change.label)}</q>'
            before = _quoted(shown.before, change.before) + _side_place(shown.before_at, change.before, links)
            after = _quoted(shown.after, change.after) + _side_place(shown.after_at, change.after, links)
            rows.append(f'<tr class="change{marked}"><td>{label}<br><code class="id">{escape(change.id)}</code>'
                        f'{reason}</td><td class="n">{before}</td><td class="n">{after}</td>'
                        f'<td class="n">{escape(shown.delta)}</td><td class="n">{escape(shown.relative)}</td>'
                        f'<td class="note">{marked_text(shown.note)}</td></tr>')
        parts.append(f"<h3>{marked_text(shown_section(section))}</h3><table><thead><tr>{head}</tr></thead>"
                     f"<tbody>{''.join(rows)}</tbody></table>")
    return "".join(parts)


QUOTED = re.compile(r"«([^«»]*)»")  # the report's own text in a message (messages.quoted)


def marked_text(text: str) -> str:
    """A message or note as HTML: the report's own text it quotes («…», messages.quoted) marked as the report's
    (Dutch) words, <q lang="nl">, as a figure's text in the tables is."""
    return QUOTED.sub(lambda found: f'<q lang="nl">{found.group(1)}</q>', escape(text))


def _quoted(text: str, side) -> str:
    """A figure's text as the report writes it, marked as the report's (Dutch) words; a missing side as is."""
    return f'<q lang="nl">{escape(text)}</q>' if side is not None else escape(text)


def _side_place(text: str, side, links: Links) -> str:
    if side is None:
        return '<span class="where"></span>'
    return links.place(text, side.document, side.location) + links.review(side.document, side.location)


def _changes(findings: Findings, show_all: bool, links: Links) -> str:
    """The changed figures by section; the possible pairs in their own section; with `show_all` the unchanged
    figures and those without counterpart too."""
    shown = listed_changes(findings)
    out = [f"<h2>{escape(nl.label('changes'))}</h2>",
           _tables(shown, links) if shown else f"<p>{escape(nl.label('no_changes'))}</p>"]
    extra = [("possible", possible_changes(findings))]
    if show_all:
        extra = [("unchanged_changes", unchanged_changes(findings))] + extra + \
            [("unpaired", unpaired_changes(findings))]
    for key, changes in extra:
        if changes:
            out.append(f'<section class="{key}"><h2>{escape(nl.label(key))}</h2>{_tables(changes, links)}</section>')
    if not show_all and findings.changes:
        out.append(f"<p>{escape(more_with_all(findings))}</p>")
    return "".join(out)


SCRIPT = """
document.querySelectorAll('.filters input').forEach(function (box) {
  box.addEventListener('change', function () {
    var off = {};
    document.querySelectorAll('.filters input').forEach(function (b) { if (!b.checked) off[b.name + ':' + b.value] = 1; });
    document.querySelectorAll('section.finding').forEach(function (f) {
      f.hidden = !!(off['severity:' + f.dataset.severity] || off['rule:' + f.dataset.rule]);
    });
  });
});
"""


def _filters(findings: list[Finding]) -> str:
    """A checkbox per severity and per rule present: unticking one hides its findings (SCRIPT)."""
    if not findings:
        return ""
    severities = [s for s in ("error", "warning", "info") if any(f.severity == s for f in findings)]
    rules = sorted({f.rule for f in findings})
    boxes = [f'<label><input type="checkbox" name="severity" value="{s}" checked> {escape(nl.label(s))}</label>'
             for s in severities]
    boxes += [f'<label><input type="checkbox" name="rule" value="{escape(r)}" checked> <code>{escape(r)}</code></label>'
              for r in rules]
    return f'<form class="filters">{" ".join(boxes)}</form>'


def render_html(findings: Findings, *, show_all: bool = False, base: Path | None = None,
                reviews: dict[str, str] | None = None) -> str:
    """The page; `base` is the folder it is written to (links are relative to it; default: the working folder);
    `reviews`: the review page of each report written beside it (its file name, by report path), linked to."""
    links = Links(base, reviews)
    names = {d.path: f"{nl.report_name(d.fiscal_year, d.path, bool(d.fiscal_period))} — {links.shown(d.path)}" for d in findings.documents}
    ordered = findings.sorted_findings()
    body = "".join(_finding(f, names, links) for f in ordered) or f"<p>{escape(nl.label('no_findings'))}</p>"
    documents = "".join(f'<li><a href="{escape(links.href(d.path, None))}">{escape(names[d.path])}</a>'
                        + (f' — <a class="review" href="{escape(links.reviews[d.path])}">{escape(nl.label("review"))}</a>'
                           if d.path in links.reviews else "") + "</li>"
                        for d in findings.documents)
    return (f"<!DOCTYPE html>\n<html lang=\"{nl.language()}\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(nl.label('title'))}</title><style>{CSS}</style></head><body>"
            f"<h1>{escape(nl.label('title'))}</h1><p>{escape(summary(findings))}</p>"
            f"<h2>{escape(nl.label('documents'))}</h2><ul>{documents}</ul>"
            f"<h2>{escape(nl.label('findings'))}</h2>{_filters(ordered)}{body}{_gone(findings)}"
            f"{_changes(findings, show_all, links)}<script>{SCRIPT}</script></body></html>\n")
