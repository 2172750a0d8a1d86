"""The differ: changed figures and inconsistencies between reports (DESIGN.md §4).

    diff_reports(old, new)       two report dicts (the report JSON contract) -> Findings
    check_draft(draft, earlier)  a draft against itself and every earlier report -> Findings
    render(findings, fmt)        "text" | "markdown" | "json" | "html"; show_all=True: every change
    findings_to_json(findings)   the findings JSON, validated against schemas/findings.schema.json
    exit_code(findings, fail_on) 1 when a finding is at or above fail_on ("error" | "warning" | "info"), else 0
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extractor.diff.align import align_conditions, align_events, align_indicators
from extractor.diff.changes import changes as compute_changes, mark
from extractor.diff.checks import REGISTRY, run_across, run_internal
from extractor.diff.findings import SEVERITIES, Alignment, Findings, Pairing, severity_rank
from extractor.diff.fingerprints import stamp
from extractor.diff.view import Report, by_recency
from extractor.diff.schema import FindingsSchemaError, validate
from extractor.runtime.inputs import chained
from extractor.runtime.jsonio import dumps

__all__ = ["REGISTRY", "Findings", "FindingsSchemaError", "check_draft", "diff_reports", "exit_code",
           "findings_to_json", "render"]

FORMATS = ("text", "markdown", "json", "html")


def _pairings(old: Report, new: Report) -> list[Pairing]:
    out = []
    for pair in align_conditions(old, new):
        alignment = Alignment("condition", None, f"condition:{pair.condition}")
        out.append(Pairing("statute_reference", alignment,
                           old.evidence(pair.old[0]) if pair.old else None,
                           new.evidence(pair.new[0]) if pair.new else None))
    for pair in align_events(old, new):
        out.append(Pairing("meeting", Alignment("event", None, pair.key),
                           old.evidence(pair.old[0]), new.evidence(pair.new[0])))
    return out


def diff_reports(old: dict[str, Any], new: dict[str, Any]) -> Findings:
    """Changes from `old` to `new`, findings on each report alone and on `new` against `old`."""
    before, after = Report(old), Report(new)
    findings = run_internal(before) + run_internal(after) + run_across(after, [before])
    organisation = _organisation(after) or _organisation(before) or ""
    stamp(findings, organisation)
    return Findings(documents=[before.ref(), after.ref()],
                    changes=mark(compute_changes(before, after, align_indicators(before, after)), findings),
                    findings=findings, pairings=_pairings(before, after), organisation=organisation)


def check_draft(draft: dict[str, Any], earlier: list[dict[str, Any]]) -> Findings:
    """Findings on `draft` alone and against every earlier report of the same organisation (those of an
    earlier fiscal year, or all when the draft's year is unknown), compared most recent first; changes against
    the most recent one."""
    report = Report(draft)
    others = [Report(e) for e in earlier]
    own = report.document.get("sha256")
    others = [r for r in others if not own or r.document.get("sha256") != own]  # not the draft itself
    if report.fiscal_year is not None:
        others = [r for r in others if r.fiscal_year is None or r.fiscal_year < report.fiscal_year]
    own_organisation = _organisation(report)
    if own_organisation:  # a corpus of several cooperatives: the draft is compared with its own only
        others = [r for r in others if _organisation(r) in (None, own_organisation)]
    others = by_recency(others)
    findings = run_internal(report) + run_across(report, others)
    stamp(findings, own_organisation or "")
    # statutes are read, not compared; a README or minutes of the year before is no last year's report
    reports = [r for r in chained(others, lambda r: r.document.get("kind"), lambda r: len(r.indicators))
               if r.document.get("kind") != "statutes"]
    changes = mark(compute_changes(reports[0], report), findings) if reports else []
    pairings = _pairings(reports[0], report) if reports else []
    return Findings(documents=[report.ref()] + [r.ref() for r in others], changes=changes,
                    findings=findings, pairings=pairings, organisation=own_organisation or "",
                    focus_year=report.fiscal_year)


def _organisation(report: Report) -> str | None:
    """The organisation's name as reports of one organisation share it (metadata.organisation_key)."""
    from extractor.recognise.metadata import organisation_key
    return organisation_key(report.document.get("organisation")) or None


def findings_to_json(findings: Findings) -> dict[str, Any]:
    return validate(findings.to_json())


def render(findings: Findings, fmt: str, *, color: bool = False, show_all: bool = False,
           base: Path | None = None, reviews: dict[str, str] | None = None) -> str:
    """The findings in `fmt`; the changed-figures table holds the confidently aligned quantities that changed,
    by section; `show_all` adds the rest apart: unchanged figures, possible pairs, figures without counterpart
    (the JSON always holds every change)."""
    if fmt == "json":
        return dumps(findings_to_json(findings))
    findings_to_json(findings)  # nothing invalid is shown, in any format
    if fmt == "text":
        from extractor.diff.renderers.text import render_text
        return render_text(findings, color=color, show_all=show_all)
    if fmt == "markdown":
        from extractor.diff.renderers.markdown import render_markdown
        return render_markdown(findings, show_all=show_all)
    if fmt == "html":
        from extractor.diff.renderers.html import render_html
        return render_html(findings, show_all=show_all, base=base, reviews=reviews)  # links relative to `base`
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def exit_code(findings: Findings, fail_on: str) -> int:
    if fail_on == "never":
        return 0
    if fail_on not in SEVERITIES:
        raise ValueError(f"unknown --fail-on level {fail_on!r}; expected error, warning, info or never")
    threshold = severity_rank(fail_on)
    return 1 if any(severity_rank(f.severity) <= threshold for f in findings.findings) else 0
