"""Findings as a spreadsheet (`extract diff/check --format xlsx -o FILE`): a sheet per table.

- `findings`: one row per finding, most serious first: severity, rule, fingerprint, message, subject and the
  places of its evidence;
- `evidence`: one row per piece of evidence: its finding's fingerprint, the report, page, line, column, the text
  as written and the sentence around it;
- `changes`: one row per paired figure: both values as numbers, with unit, qualifier, raw text and place of each,
  the difference (a number), the status, the section, the marks and the reason when there is one.
Column names are ids, as in the CSV and JSON outputs; messages and reasons are in the run's language.
"""

from __future__ import annotations

from pathlib import Path

from extractor.diff import messages
from extractor.diff.findings import Findings, Side
from extractor.diff.renderers.common import where
from extractor.runtime.xlsx import Sheet, write

FINDING_COLUMNS = ["severity", "rule", "fingerprint", "message", "subject", "places"]
EVIDENCE_COLUMNS = ["fingerprint", "rule", "document", "fiscal_year", "page", "line", "column", "raw", "sentence"]
SIDE_COLUMNS = ["value", "unit", "qualifier", "raw", "document", "page", "line", "column"]
CHANGE_COLUMNS = (["id", "label", "status"] + [f"before_{c}" for c in SIDE_COLUMNS]
                  + [f"after_{c}" for c in SIDE_COLUMNS]
                  + ["delta", "relative", "section", "marks", "possible", "confidence", "reason"])


def _side(side: Side | None) -> list:
    if side is None:
        return [None] * len(SIDE_COLUMNS)
    location = side.location or {}
    return [side.value, side.unit, side.qualifier, side.raw, side.document, location.get("page"),
            location.get("line"), location.get("column")]


def sheets(findings: Findings) -> list[Sheet]:
    ordered = findings.sorted_findings()
    rows = [[messages.label(f.severity), f.rule, f.fingerprint, f.message, f.subject,
             "; ".join(where(e) for e in f.evidence)] for f in ordered]
    evidence = [[f.fingerprint, f.rule, e.document, e.fiscal_year, (e.location or {}).get("page"),
                 (e.location or {}).get("line"), (e.location or {}).get("column"), e.raw, e.snippet]
                for f in ordered for e in f.evidence]
    changes = []
    for change in findings.changes:
        alignment = change.alignment
        changes.append([change.id, change.label, change.status, *_side(change.before), *_side(change.after),
                        change.delta, change.relative, change.section, ";".join(change.marks),
                        bool(alignment and alignment.possible), alignment.confidence if alignment else None,
                        change.reason])
    return [Sheet("findings", FINDING_COLUMNS, rows), Sheet("evidence", EVIDENCE_COLUMNS, evidence),
            Sheet("changes", CHANGE_COLUMNS, changes)]


def write_xlsx(findings: Findings, path: Path) -> Path:
    return write(path, sheets(findings))
