"""Findings as Markdown: a summary, findings most serious first with their evidence, then the changed figures:
one table per section, with the places of both sides and the marks; with `all` the rest apart."""

from __future__ import annotations

from extractor.diff import messages as nl
from extractor.diff.findings import Change, Findings
from extractor.diff.renderers.common import (by_section, shown_section, gone_heading, listed_changes, more_with_all,
                                             possible_changes, row, summary, unchanged_changes, unpaired_changes,
                                             where)

COLUMNS = ("indicator", "before", "after", "delta", "relative", "where_before", "where_after", "note")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _tables(changes: list[Change]) -> list[str]:
    out: list[str] = []
    for section, items in by_section(changes):
        out += [f"### {shown_section(section)}", "", "| " + " | ".join(nl.label(k) for k in COLUMNS) + " |",
                "|" + "---|" * len(COLUMNS)]
        for change in items:
            shown = row(change)
            cells = (f"{nl.shown_label(change.id, change.label)} (`{change.id}`)",
                     nl.quoted(shown.before) if change.before else shown.before,
                     nl.quoted(shown.after) if change.after else shown.after, shown.delta, shown.relative,
                     f"`{shown.before_at}`" if shown.before_at else "", f"`{shown.after_at}`" if shown.after_at else "",
                     shown.note)
            out.append("| " + " | ".join(_cell(c) for c in cells) + " |")
        out.append("")
        reasons = [f"- {nl.shown_label(change.id, change.label)} (`{change.id}`): {change.reason}"
                   for change in items if change.reason]
        if reasons:  # why not comparable, or only possibly one quantity
            out += reasons + [""]
    return out


def render_markdown(findings: Findings, *, show_all: bool = False) -> str:
    out = [f"# {nl.label('title')}", "", summary(findings), "", f"## {nl.label('documents')}", ""]
    for document in findings.documents:
        year = f" ({document.year_name})" if document.fiscal_year is not None else ""
        out.append(f"- `{document.path}`{year}")
    out += ["", f"## {nl.label('findings')}", ""]
    ordered = findings.sorted_findings()
    if not ordered:
        out += [nl.label("no_findings"), ""]
    for finding in ordered:
        fingerprint = f" `{finding.fingerprint}`" if finding.fingerprint else ""
        out.append(f"- **{nl.label(finding.severity)}** `{finding.rule}`: {finding.message}{fingerprint}")
        for evidence in finding.evidence:
            out.append(f"  - `{where(evidence)}`: {nl.quoted(evidence.raw)}")  # the report's text, marked
    heading = gone_heading(findings)
    if heading:
        out += ["", f"## {heading}", ""]
        out += [f"- **{nl.label(e.severity)}** `{e.rule}`: {e.message} `{e.fingerprint}`" for e in findings.baseline.gone]
    out += ["", f"## {nl.label('changes')}", ""]
    shown = listed_changes(findings)
    out += _tables(shown) if shown else [nl.label("no_changes"), ""]
    if show_all:
        for key, changes in (("unchanged_changes", unchanged_changes(findings)),
                             ("possible", possible_changes(findings)), ("unpaired", unpaired_changes(findings))):
            if changes:
                out += [f"## {nl.label(key)}", ""] + _tables(changes)
    elif findings.changes:
        out += [more_with_all(findings)]
    return "\n".join(out).rstrip() + "\n"
