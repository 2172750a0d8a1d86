"""Findings as Markdown: a summary, findings most serious first with their evidence, a table of changes."""

from __future__ import annotations

from extractor.diff import messages as nl
from extractor.diff.findings import Findings
from extractor.diff.renderers.common import change_cells, listed_changes, possible_changes, summary, where


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(findings: Findings) -> str:
    out = [f"# {nl.label('title')}", "", summary(findings), "", f"## {nl.label('documents')}", ""]
    for document in findings.documents:
        year = f" ({document.fiscal_year})" if document.fiscal_year is not None else ""
        out.append(f"- `{document.path}`{year}")
    out += ["", f"## {nl.label('findings')}", ""]
    ordered = findings.sorted_findings()
    if not ordered:
        out += [nl.label("no_findings"), ""]
    for finding in ordered:
        out.append(f"- **{nl.label(finding.severity)}** `{finding.rule}`: {finding.message}")
        for evidence in finding.evidence:
            out.append(f"  - `{where(evidence)}`: {evidence.raw}")
    out += ["", f"## {nl.label('changes')}", ""]
    shown = listed_changes(findings)
    if not shown:
        out += [nl.label("no_changes")]
    else:
        out.append(f"| {nl.label('indicator')} | {nl.label('before')} | {nl.label('after')} | "
                   f"{nl.label('delta')} | {nl.label('relative')} |")
        out.append("|---|---|---|---|---|")
        for change in shown:
            cells = (f"`{change.id}`",) + change_cells(change)
            out.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    possible = possible_changes(findings)
    if possible:
        out += ["", f"### {nl.label('possible')}", ""]
        for change in possible:
            before, after, delta, relative = change_cells(change)
            out.append(f"- `{change.id}`: {_cell(before)} → {_cell(after)} {_cell(delta)} {_cell(relative)}".rstrip())
    return "\n".join(out).rstrip() + "\n"
