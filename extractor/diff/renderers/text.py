"""Findings as plain text for a terminal: most serious first, ANSI colour only when asked (a TTY)."""

from __future__ import annotations

import textwrap

from extractor.diff import messages as nl
from extractor.diff.findings import Findings
from extractor.diff.renderers.common import change_cells, listed_changes, possible_changes, summary, where

COLOURS = {"error": "\033[1;31m", "warning": "\033[33m", "info": "\033[36m"}
RESET = "\033[0m"
WIDTH = 100


def render_text(findings: Findings, *, color: bool = False) -> str:
    lines = [f"{nl.label('title')}: {summary(findings)}"]
    for document in findings.documents:
        year = f" ({document.fiscal_year})" if document.fiscal_year is not None else ""
        lines.append(f"  {document.path}{year}")
    lines.append("")
    ordered = findings.sorted_findings()
    if not ordered:
        lines.append(nl.label("no_findings"))
    for finding in ordered:
        tag = nl.label(finding.severity)
        if color:
            tag = f"{COLOURS[finding.severity]}{tag}{RESET}"
        lines.append(f"{tag} [{finding.rule}]")
        lines.extend(textwrap.wrap(finding.message, WIDTH, initial_indent="  ", subsequent_indent="  "))
        for evidence in finding.evidence:
            lines.append(f"    {where(evidence)}: {evidence.raw}")
        lines.append("")
    shown = listed_changes(findings)
    if shown:
        lines.append(f"{nl.label('changes')}:")
        for change in shown:
            before, after, delta, relative = change_cells(change)
            lines.append(f"  {change.id}: {before} → {after}  {delta} {relative}".rstrip())
    possible = possible_changes(findings)
    if possible:
        lines.append("")
        lines.append(f"{nl.label('possible')}:")
        for change in possible:
            before, after, delta, relative = change_cells(change)
            lines.append(f"  {change.id}: {before} → {after}  {delta} {relative}".rstrip())
    return "\n".join(lines).rstrip() + "\n"
