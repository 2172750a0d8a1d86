"""Accepted findings: a baseline file (`extract baseline CORPUS -o FILE`) and what `--baseline FILE` does with it.

A baseline holds the findings a reviewer has accepted, keyed by their fingerprints (extractor/diff/fingerprints.py:
what a finding is about, never where it stands). With `--baseline`, `extract`, `check` and `diff` report the
findings that are not in it (and base their exit code on those alone), say how many were accepted, and list the
accepted findings that no longer occur, so that a fixed finding can leave the file. An accepted finding "no longer
occurs" only when the run could have found it: the same organisation, years all among the reports compared (and,
for `check`, the draft's year among them).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractor.diff.findings import SEVERITIES, Finding, Findings, severity_rank
from extractor.runtime.errors import InputError

SCHEMA = "baseline"


@dataclass(frozen=True)
class Accepted:
    """One accepted finding as the baseline file holds it: its fingerprint and, for people, what it was."""

    fingerprint: str
    rule: str
    severity: str
    organisation: str
    subjects: tuple[str, ...]
    years: tuple[int | None, ...]
    message: str
    where: tuple[str, ...] = ()  # the places of its evidence when it was accepted (for people; not compared)

    def to_json(self) -> dict[str, Any]:
        return {"fingerprint": self.fingerprint, "rule": self.rule, "severity": self.severity,
                "organisation": self.organisation, "subjects": list(self.subjects), "years": list(self.years),
                "message": self.message, "where": list(self.where)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Accepted":
        return cls(data["fingerprint"], data["rule"], data["severity"], data["organisation"],
                   tuple(data["subjects"]), tuple(data["years"]), data["message"], tuple(data.get("where", ())))

    def in_scope(self, organisation: str, years: set[int | None], focus: int | None) -> bool:
        """Whether a run over reports of `organisation` and `years` (`focus`: the draft's year, for check)
        could find it."""
        return self.organisation == organisation and set(self.years) <= years \
            and (focus is None or focus in self.years)


@dataclass
class Baseline:
    path: str
    entries: dict[str, Accepted] = field(default_factory=dict)

    def accepts(self, fingerprint: str | None) -> bool:
        return fingerprint is not None and fingerprint in self.entries


@dataclass
class Outcome:
    """What a baseline did to one run: how many findings it accepted, and its entries the run no longer finds."""

    path: str
    accepted: int
    gone: list[Accepted]

    def to_json(self) -> dict[str, Any]:
        return {"file": self.path, "accepted": self.accepted, "gone": [entry.to_json() for entry in self.gone]}


def accepted_of(finding: Finding, where: tuple[str, ...] = ()) -> Accepted:
    made = finding.fingerprint_parts
    if made is None or finding.fingerprint is None:
        raise ValueError(f"finding of rule {finding.rule} has no fingerprint")
    return Accepted(finding.fingerprint, finding.rule, finding.severity, made.organisation, made.subjects,
                    made.years, finding.message, where)


def at_or_above(finding: Finding, level: str) -> bool:
    return level != "never" and severity_rank(finding.severity) <= severity_rank(level)


def load(path: Path) -> Baseline:
    """The baseline file at `path`, validated; an InputError (one line) when it is missing or not a baseline."""
    from extractor.runtime.jsonio import SchemaViolation, loads_given, validate

    try:
        data = loads_given(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, "baseline.missing") from None
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise InputError(path, "baseline.unreadable", cause=error) from None
    try:
        validate(data, SCHEMA)
    except SchemaViolation as error:
        raise InputError(path, "baseline.invalid", cause=error) from None
    entries = [Accepted.from_json(item) for item in data["accepted"]]
    return Baseline(str(path), {entry.fingerprint: entry for entry in entries})


def document(entries: list[Accepted]) -> dict[str, Any]:
    """The baseline file's JSON: one entry per fingerprint, most serious first, then by rule and fingerprint."""
    unique = {entry.fingerprint: entry for entry in entries}
    ordered = sorted(unique.values(), key=lambda e: (SEVERITIES.index(e.severity), e.rule, e.organisation,
                                                     e.fingerprint))  # type: ignore[arg-type]
    return {"schema_version": "1", "accepted": [entry.to_json() for entry in ordered]}


def apply(findings: Findings, baseline: Baseline) -> None:
    """Keep only the findings `baseline` does not accept; record how many it accepted and which of its entries
    this run could have found but did not."""
    seen = {f.fingerprint for f in findings.findings}
    kept = [f for f in findings.findings if not baseline.accepts(f.fingerprint)]
    years = {d.fiscal_year for d in findings.documents}
    gone = [entry for fingerprint, entry in sorted(baseline.entries.items())
            if fingerprint not in seen and entry.in_scope(findings.organisation, years, findings.focus_year)]
    findings.baseline = Outcome(baseline.path, len(findings.findings) - len(kept), gone)
    findings.findings = kept
