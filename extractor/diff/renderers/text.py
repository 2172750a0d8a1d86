"""Findings as plain text for a terminal: most serious first, ANSI colour only when asked (a TTY); then the
changed figures by section, each with the places of both sides; with `all` the rest apart."""

from __future__ import annotations

import textwrap

from extractor.diff import messages as nl
from extractor.diff.findings import Change, Findings
from extractor.diff.renderers.common import (by_section, shown_section, gone_heading, listed_changes, more_with_all,
                                             possible_changes, row, summary, unchanged_changes, unpaired_changes,
                                             where)

COLOURS = {"error": "\033[1;31m", "warning": "\033[33m", "info": "\033[36m"}
RESET = "\033[0m"
WIDTH = 100


def _rows(changes: list[Change], grouped: bool = True) -> list[str]:
    lines = []
    for section, items in (by_section(changes) if grouped else [("", changes)]):
        if grouped:
            lines.append(f"  § {shown_section(section)}")
        indent = "    " if grouped else "  "
        for change in items:
            shown = row(change)
            note = f"  [{shown.note}]" if shown.note else ""
            label = nl.shown_label(change.id, change.label)
            before, after = (nl.quoted(shown.before) if change.before else shown.before,
                             nl.quoted(shown.after) if change.after else shown.after)
            lines.append(f"{indent}{label} ({change.id}): {before} → {after}  {shown.delta} {shown.relative}".rstrip()
                         + note)
            places = " → ".join(p for p in (shown.before_at, shown.after_at) if p)
            if places:
                lines.append(f"{indent}    {places}")
            if change.reason:  # why not comparable, or only possibly one quantity
                lines.append(f"{indent}    {change.reason}")
    return lines


def render_text(findings: Findings, *, color: bool = False, show_all: bool = False) -> str:
    lines = [f"{nl.label('title')}: {summary(findings)}"]
    for document in findings.documents:
        year = f" ({document.year_name})" if document.fiscal_year is not None else ""
        lines.append(f"  {document.path}{year}")
    lines.append("")
    ordered = findings.sorted_findings()
    if not ordered:
        lines.append(nl.label("no_findings"))
    for finding in ordered:
        tag = nl.label(finding.severity)
        if color:
            tag = f"{COLOURS[finding.severity]}{tag}{RESET}"
        lines.append(f"{tag} [{finding.rule}] {finding.fingerprint or ''}".rstrip())
        lines.extend(textwrap.wrap(finding.message, WIDTH, initial_indent="  ", subsequent_indent="  "))
        for evidence in finding.evidence:
            lines.append(f"    {where(evidence)}: {nl.quoted(evidence.raw)}")  # the report's text, marked
        lines.append("")
    heading = gone_heading(findings)
    if heading:
        lines.append(f"{heading}:")
        for entry in findings.baseline.gone:
            lines.append(f"  {nl.label(entry.severity)} [{entry.rule}] {entry.fingerprint}")
            lines.extend(textwrap.wrap(entry.message, WIDTH, initial_indent="    ", subsequent_indent="    "))
        lines.append("")
    shown = listed_changes(findings)
    lines.append(f"{nl.label('changes')}:")
    lines.extend(_rows(shown) if shown else [f"  {nl.label('no_changes')}"])
    if show_all:
        for key, changes, grouped in (("unchanged_changes", unchanged_changes(findings), True),
                                      ("possible", possible_changes(findings), True),
                                      ("unpaired", unpaired_changes(findings), True)):
            if changes:
                lines += ["", f"{nl.label(key)}:"] + _rows(changes, grouped)
    elif findings.changes:
        lines += ["", more_with_all(findings)]
    return "\n".join(lines).rstrip() + "\n"
