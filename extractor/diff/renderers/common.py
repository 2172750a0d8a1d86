"""What the renderers share: where a piece of evidence is, and the changes worth listing."""

from __future__ import annotations

from extractor.diff import messages as nl
from extractor.diff.findings import Change, Evidence, Findings


def where(evidence: Evidence | None) -> str:
    """"corpus/x.md:58:5" for text files (what editors open); the file, page and line for PDF."""
    if evidence is None:
        return ""
    return place(evidence.document, evidence.location)


def place(document: str, location: dict | None) -> str:
    if not location:
        return document
    if location.get("page"):
        return f"{document}, {nl.label('page')} {location['page']}, {nl.label('line')} {location.get('line')}"
    column = location.get("column")
    return f"{document}:{location.get('line')}" + (f":{column}" if column else "")


def summary(findings: Findings) -> str:
    counts = findings.counts()
    words = {severity: nl.counted(severity, n) for severity, n in counts.items()}
    return nl.label("summary").format(errors=words["error"], warnings=words["warning"], infos=words["info"])


def listed_changes(findings: Findings) -> list[Change]:
    """Changes worth a line: changed, added, dropped and incomparable figures (unchanged ones are left out);
    a pair the aligner is not sure of is listed apart (possible_changes)."""
    return [c for c in findings.changes if c.status != "unchanged" and not _possible(c)]


def possible_changes(findings: Findings) -> list[Change]:
    """Changes between figures that may be the same quantity: shown apart, never the ground of a finding."""
    return [c for c in findings.changes if _possible(c)]


def _possible(change: Change) -> bool:
    return change.alignment is not None and change.alignment.possible


def change_cells(change: Change) -> tuple[str, str, str, str]:
    """(before, after, delta, relative) as Dutch text."""
    before = change.before.raw if change.before else "—"
    after = change.after.raw if change.after else "—"
    if change.status in ("added", "dropped", "incomparable"):
        return before, after, nl.label(change.status), ""
    delta = ("+" if (change.delta or 0) > 0 else "") + nl.number(change.delta)
    relative = nl.percent(change.relative * 100, 1) if change.relative is not None else ""
    if change.approximate:
        relative = f"{relative} ({nl.label('approximate')})".strip()
    return before, after, delta, relative
