"""What every check shares: the `Rule` record and the way a rule turns its observations into a `Finding`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from extractor.diff import messages
from extractor.diff.align import IndicatorPair, align_indicators
from extractor.diff.findings import Alignment, Evidence, Finding, Severity
from extractor.diff.view import Report


def report_name(report: Report) -> str:
    """How messages name a report (vocabulary.report: the fiscal year, else the file name)."""
    return messages.report_name(report.fiscal_year, report.path, report.split)


@dataclass(frozen=True)
class Rule:
    id: str  # "<family>.<kind>": "internal.parts_sum"; its message is patterns/findings.yaml messages.<id>
    severity: Severity
    check: Callable[..., list[Finding]]
    description: str  # what it looks for, in English, for developers and --explain

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]

    def finding(self, evidence: list[Evidence], *, subject: str | None = None,
                values: dict[str, Any] | None = None, alignment: Alignment | None = None,
                severity: Severity | None = None, **message_values: Any) -> Finding:
        return Finding(rule=self.id, severity=severity or self.severity,
                       message=messages.message(self.id, **message_values), evidence=evidence,
                       subject=subject, values=values or {}, alignment=alignment)


def latest_pairs(new: Report, earlier: list[Report]) -> tuple[Report | None, list[IndicatorPair]]:
    """The most recent earlier report and the indicators confidently aligned with it on both sides (computed
    once): a "possible" pair is shown apart and is never the ground of a finding."""
    if not earlier:
        return None, []
    old = earlier[0]
    key = ("indicator_pairs", id(old))
    if key not in new.memo:
        new.memo[key] = [p for p in align_indicators(old, new)
                         if p.old and p.new and p.alignment is not None and p.alignment.confident]
    return old, new.memo[key]
