"""A finding's fingerprint: what it is about, never where it stands, so that it stays the same when a report is
edited around it (lines added above, a sentence reworded) and changes when it is about something else.

It is made from the rule, the organisation (as reports of one organisation share it), the quantities the
evidence names (each figure's series id, the one the organisation keeps across its years; its indicator id
where no series id is written) or, for a finding about statute articles, meetings or conditions, the event
(the finding's subject: "article:1", "condition:6"), and the fiscal years of the reports involved. No line,
column, page, value or wording goes in: a baseline keyed on fingerprints (extractor/diff/baseline.py)
accepts a finding once and keeps accepting it while the text around it changes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from extractor.diff.findings import Finding

LENGTH = 12  # hex digits shown: 48 bits, plenty for the findings of one organisation


@dataclass(frozen=True)
class Parts:
    """What a fingerprint is made of, kept beside it in a baseline file so that a person can read it."""

    rule: str
    organisation: str
    subjects: tuple[str, ...]  # series ids of the figures, else the event
    years: tuple[int | None, ...]

    def fingerprint(self) -> str:
        canonical = json.dumps([self.rule, self.organisation, list(self.subjects), list(self.years)],
                               ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:LENGTH]


def parts(finding: Finding, organisation: str) -> Parts:
    """The parts of `finding`'s fingerprint; `organisation` is the key of the organisation of the reports
    (extractor.recognise.metadata.organisation_key)."""
    quantities = sorted({e.key for e in finding.evidence if e.key})
    subjects = tuple(quantities) if quantities else ((finding.subject,) if finding.subject else ())
    years = sorted({e.fiscal_year for e in finding.evidence}, key=lambda y: (y is None, y or 0))
    return Parts(finding.rule, organisation, subjects, tuple(years))


def stamp(findings: list[Finding], organisation: str) -> None:
    """Give each finding its fingerprint (and keep the parts it was made from)."""
    for finding in findings:
        made = parts(finding, organisation)
        finding.fingerprint = made.fingerprint()
        finding.fingerprint_parts = made
