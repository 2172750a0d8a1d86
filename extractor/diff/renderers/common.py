"""What the renderers share: where a piece of evidence is, and the changes worth listing.

The changed-figures table holds the confidently aligned quantities only, grouped by the section heading they
stand under, each row with the place of both sides and the marks of a unit or definition change (the same
pairs the unit-change and definition-change findings name). With `all`, the rest follows apart: unchanged
figures, "possible" pairs (marked as possible) and figures that have no counterpart.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractor.diff import messages as nl
from extractor.diff.findings import Change, Evidence, Findings, Side


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
    line = nl.label("summary").format(errors=words["error"], warnings=words["warning"], infos=words["info"])
    if findings.baseline is not None:
        line += "; " + nl.label("accepted").format(n=findings.baseline.accepted, file=findings.baseline.path)
    return line


def gone_heading(findings: Findings) -> str | None:
    """The heading over the accepted findings a baseline holds that this comparison no longer finds."""
    if findings.baseline is None or not findings.baseline.gone:
        return None
    return nl.label("gone").format(file=findings.baseline.path)


def listed_changes(findings: Findings) -> list[Change]:
    """The rows of the changed-figures table: confidently aligned quantities that changed, or whose unit or
    definition changed (marked), in the new report's order."""
    return [c for c in findings.changes if c.paired and (c.status != "unchanged" or c.marks)]


def unchanged_changes(findings: Findings) -> list[Change]:
    """Confidently aligned quantities with the same value in both reports (shown with `all`)."""
    return [c for c in findings.changes if c.paired and c.status == "unchanged" and not c.marks]


def possible_changes(findings: Findings) -> list[Change]:
    """Changes between figures that may be the same quantity: shown apart, never the ground of a finding."""
    return [c for c in findings.changes if c.alignment is not None and c.alignment.possible]


def unpaired_changes(findings: Findings) -> list[Change]:
    """Figures of one report with no counterpart in the other: new or dropped (shown with `all`)."""
    return [c for c in findings.changes if c.before is None or c.after is None]


def more_with_all(findings: Findings) -> str:
    """The line that says what `all` would add."""
    return nl.label("more_with_all").format(unchanged=len(unchanged_changes(findings)),
                                            possible=len(possible_changes(findings)),
                                            unpaired=len(unpaired_changes(findings)))


def shown_section(section: str) -> str:
    """A section heading as a renderer shows it: the report's own heading marked as its text («…»; the HTML page
    makes it <q lang="nl">), the word for no section as it is."""
    return section if section == nl.label("no_section") else nl.quoted(section)


def by_section(changes: list[Change]) -> list[tuple[str, list[Change]]]:
    """The changes grouped by their section heading, the sections in the order of their first change."""
    groups: dict[str, list[Change]] = {}
    for change in changes:
        groups.setdefault(change.section or nl.label("no_section"), []).append(change)
    return list(groups.items())


@dataclass(frozen=True)
class Row:
    """One change as the tables show it: Dutch text for every cell."""

    change: Change
    before: str
    after: str
    delta: str
    relative: str
    before_at: str  # file:line (page and line for PDF) of the earlier figure
    after_at: str
    note: str  # the marks: another unit, another definition, a possible pair


def _at(side: Side | None) -> str:
    return place(side.document, side.location) if side is not None else ""


def row(change: Change) -> Row:
    before, after, delta, relative = change_cells(change)
    notes = [nl.label(f"mark_{mark}") for mark in change.marks]
    if change.alignment is not None and change.alignment.possible:
        notes.append(nl.label("mark_possible"))
    return Row(change, before, after, delta, relative, _at(change.before), _at(change.after), ", ".join(notes))


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
