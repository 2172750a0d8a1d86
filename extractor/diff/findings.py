"""What the differ produces: changes between reports and findings about them, with their evidence.

Field names follow the findings JSON contract (DESIGN.md §3); `to_json` gives the contract's dict. Extra keys
(`rule`, `family`, `subject`, `values`, `alignment`, `snippet`) are additions the schema allows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")  # most serious first


def severity_rank(severity: str) -> int:
    """0 for the most serious; used to sort findings and to compare with --fail-on."""
    return SEVERITIES.index(severity)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Evidence:
    """One place in one report that a finding rests on: enough for an editor to jump there."""

    document: str  # the report's path, as in Findings.documents
    location: dict | None  # the record's location (Location.to_json shape)
    raw: str  # the text as written
    snippet: str | None = None  # the sentence around it, for side-by-side display
    fiscal_year: int | None = None
    key: str | None = None  # a figure's series id (its indicator id where none is written): for fingerprints

    def sort_key(self) -> tuple:
        loc = self.location or {}
        return (self.document, loc.get("page") or 0, loc.get("line") or 0, loc.get("column") or 0, self.raw)

    def to_json(self) -> dict:
        out: dict[str, Any] = {"document": self.document, "location": self.location, "raw": self.raw}
        if self.snippet is not None:
            out["snippet"] = self.snippet
        if self.fiscal_year is not None:
            out["fiscal_year"] = self.fiscal_year
        return out


@dataclass(frozen=True)
class Alignment:
    """How two records were paired: the method and, for fuzzy pairing, the score (0..100)."""

    method: str  # "id" | "fuzzy" | "condition" | "event"
    score: float | None = None  # fuzzy: how alike the labels are
    key: str | None = None  # what they were paired on: an indicator id, "condition:3", "article:1/amended"
    context: float | None = None  # fuzzy: how alike the sentences around the two figures are
    confidence: float | None = None  # indicators: 0..1, how sure the pairing is (align.py)
    possible: bool = False  # below the confidence threshold: shown apart, never the ground of a warning

    @property
    def confident(self) -> bool:
        return not self.possible

    def to_json(self) -> dict:
        out: dict[str, Any] = {"method": self.method, "score": self.score}
        if self.key is not None:
            out["key"] = self.key
        if self.context is not None:
            out["context"] = self.context
        if self.confidence is not None:
            out["confidence"] = self.confidence
        if self.possible:
            out["possible"] = True
        return out


@dataclass
class Finding:
    rule: str  # "internal.parts_sum", "across.event_date", ...
    severity: Severity
    message: str  # Dutch, rendered from patterns/findings.yaml
    evidence: list[Evidence]
    subject: str | None = None  # what it is about: an indicator id, "article:1", "condition:6"
    values: dict[str, Any] = field(default_factory=dict)  # the numbers the rule computed with
    alignment: Alignment | None = None
    fingerprint: str | None = None  # what it is about, never where (extractor/diff/fingerprints.py)
    fingerprint_parts: Any = None  # fingerprints.Parts: what the fingerprint was made from

    @property
    def kind(self) -> str:
        return self.rule.split(".", 1)[1]

    @property
    def family(self) -> str:
        return self.rule.split(".", 1)[0]

    def sort_key(self) -> tuple:
        first = self.evidence[0].sort_key() if self.evidence else ()
        return (severity_rank(self.severity), self.rule, first, self.subject or "", self.message)

    def to_json(self) -> dict:
        out: dict[str, Any] = {"kind": self.kind, "rule": self.rule, "family": self.family,
                               "severity": self.severity, "message": self.message,
                               "subject": self.subject, "values": self.values,
                               "evidence": [e.to_json() for e in self.evidence]}
        if self.alignment is not None:
            out["alignment"] = self.alignment.to_json()
        if self.fingerprint is not None:
            out["fingerprint"] = self.fingerprint
        return out


@dataclass(frozen=True)
class Side:
    """One side of a change: the figure as one report gives it."""

    value: float | int
    raw: str
    document: str
    location: dict | None
    qualifier: str = "exact"
    unit: str | None = None

    def to_json(self) -> dict:
        return {"value": self.value, "raw": self.raw, "document": self.document, "location": self.location,
                "qualifier": self.qualifier, "unit": self.unit}


ChangeStatus = Literal["changed", "unchanged", "added", "dropped", "incomparable"]


@dataclass
class Change:
    id: str
    label: str
    unit: str | None
    before: Side | None
    after: Side | None
    delta: float | int | None
    relative: float | None  # delta / before, None when before is 0 or the sides are not comparable
    status: ChangeStatus
    approximate: bool  # one side is approximate ("bijna", "circa"): compared as approximate
    alignment: Alignment | None
    section: str | None = None  # the heading the figure stands under: in the new report, else the old one
    marks: tuple[str, ...] = ()  # "unit", "definition": what a finding says changed between the two sides
    reason: str | None = None  # one plain sentence: why the two are not comparable, or only possibly one quantity

    @property
    def paired(self) -> bool:
        """Both sides there, confidently aligned: a row of the changed-figures table."""
        return self.before is not None and self.after is not None and self.alignment is not None \
            and self.alignment.confident

    def to_json(self) -> dict:
        return {"id": self.id, "label": self.label, "unit": self.unit,
                "before": self.before.to_json() if self.before else None,
                "after": self.after.to_json() if self.after else None,
                "delta": self.delta, "relative": self.relative, "status": self.status,
                "approximate": self.approximate,
                "alignment": self.alignment.to_json() if self.alignment else None,
                "section": self.section, "marks": list(self.marks),
                **({"reason": self.reason} if self.reason is not None else {})}


@dataclass(frozen=True)
class DocumentRef:
    path: str
    fiscal_year: int | None
    sha256: str | None
    fiscal_period: str | None = None  # "2022/2023": a fiscal year across two calendar years

    @property
    def year_name(self) -> str | None:
        """The fiscal year as reports write it: "2023", "2022-2023"."""
        if self.fiscal_year is None:
            return None
        return self.fiscal_period.replace("/", "-") if self.fiscal_period else str(self.fiscal_year)

    def to_json(self) -> dict:
        out = {"path": self.path, "fiscal_year": self.fiscal_year, "sha256": self.sha256}
        if self.fiscal_period:
            out["fiscal_period"] = self.fiscal_period
        return out


@dataclass
class Pairing:
    """A statute reference or meeting of one report paired with its counterpart in another."""

    kind: str  # "statute_reference" | "meeting"
    alignment: Alignment
    before: Evidence | None
    after: Evidence | None

    def to_json(self) -> dict:
        return {"kind": self.kind, "alignment": self.alignment.to_json(),
                "before": self.before.to_json() if self.before else None,
                "after": self.after.to_json() if self.after else None}


@dataclass
class Findings:
    documents: list[DocumentRef]
    changes: list[Change] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    pairings: list[Pairing] = field(default_factory=list)
    organisation: str = ""  # the organisation's key (metadata.organisation_key): the scope of a baseline
    focus_year: int | None = None  # check: the draft's year, which every finding involves
    baseline: Any = None  # baseline.Outcome: what --baseline accepted (the findings are the new ones only)

    def sorted_findings(self) -> list[Finding]:
        return sorted(self.findings, key=lambda f: f.sort_key())

    def counts(self) -> dict[str, int]:
        return {s: sum(1 for f in self.findings if f.severity == s) for s in SEVERITIES}

    def to_json(self) -> dict:
        return {"schema_version": "1",
                "documents": [d.to_json() for d in self.documents],
                "changes": [c.to_json() for c in self.changes],
                "findings": [f.to_json() for f in self.sorted_findings()],
                "pairings": [p.to_json() for p in self.pairings],
                "summary": self.counts(),
                **({"baseline": self.baseline.to_json()} if self.baseline is not None else {})}
