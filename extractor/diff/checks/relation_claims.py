"""What the checks on the relations the text states between its figures (report JSON `relations`) share, in
both families: a relation's members, the range a claimed change allows and whether two figures give it, the
confident pairs of two reports, the report of a year.

Nothing here knows an organisation or a catalogue id: the relations come from the text's own words
(patterns/relations.yaml) and the figures of two reports meet through the aligner's confident pairs.
"""

from __future__ import annotations

from extractor.diff import messages as nl
from extractor.diff.align import align_indicators
from extractor.diff.bounds import highest, lowest
from extractor.diff.view import Report
from extractor.figures.relations import cues


def members(relation: dict, role: str) -> list[dict]:
    return [record for r, record in relation["members"] if r == role]


def one(relation: dict, role: str) -> dict | None:
    found = members(relation, role)
    return found[0] if found else None


def raw(record: dict) -> str:
    return str(record.get("raw", ""))


def claim_range(relation: dict) -> tuple[float, float]:
    """The changes (in %, or as a factor) the claim allows, from its last digit and its qualifier."""
    c = cues()
    claimed = float(relation["claimed"])
    if relation.get("claim_unit") == "factor":
        return claimed * (1 - c.written_margin), claimed * (1 + c.written_margin)
    half = 0.5 * 10 ** -int(relation.get("claim_decimals") or 0)
    width = max(abs(claimed) * c.margin_relative, c.margin_points)
    qualifier = relation.get("claim_qualifier", "exact")
    # "bijna 12 %": a little under 12; "ruim 12 %": a little over; "ongeveer": either way (in size)
    if qualifier == "below":
        low, high = abs(claimed) - width, abs(claimed) + half
    elif qualifier == "above":
        low, high = abs(claimed) - half, abs(claimed) + width
    elif qualifier == "around":
        low, high = abs(claimed) - width, abs(claimed) + width
    else:
        low, high = abs(claimed) - half - 0.01, abs(claimed) + half + 0.01
    if claimed < 0:
        return -high, -low
    return low, high


def computed_change(relation: dict, before: float, after: float) -> float | None:
    if not before:
        return None
    if relation.get("claim_unit") == "factor":
        return after / before
    return (after - before) / before * 100


def holds(relation: dict, before: dict, after: dict) -> bool:
    """True when some values the two figures allow give a change within the claim's range; for a direction
    claimed by a verb alone ("steeg"), a change in that direction."""
    if "claimed" not in relation:
        if relation.get("direction") == "up":
            return highest(after) > lowest(before)
        return lowest(after) < highest(before)
    low, high = claim_range(relation)
    values = [computed_change(relation, b, a) for b in (lowest(before), highest(before), before["value"])
              for a in (lowest(after), highest(after), after["value"])
              if abs(b) != float("inf") and abs(a) != float("inf")]
    values = [v for v in values if v is not None]
    if not values:
        return True
    return min(values) <= high and max(values) >= low


def claim_text(relation: dict, claim: dict | None) -> str:
    """The change the report claims, as a message names it: the figure of the claim ("+7,19 %"), or for a
    direction claimed by a verb alone ("steeg") the rise or fall in the run's language."""
    if claim is not None:
        return nl.quoted(raw(claim))  # the report's own text, marked as such (messages.REPORT_TEXT_VALUES)
    direction = relation.get("direction")
    if "claimed" not in relation and direction in ("up", "down"):
        return nl.vocabulary()["directions"][direction]
    return nl.quoted(str(relation.get("cue", "")))


def computed_text(relation: dict, value: float) -> str:
    if relation.get("claim_unit") == "factor":
        return "×" + nl.number(value, 2)
    return nl.percent(value)


def confident_pairs(new: Report, old: Report) -> dict[int, dict]:
    """id() of a new record -> the old record confidently aligned with it (computed once per pair)."""
    key = ("confident_map", id(old))
    if key not in new.memo:
        new.memo[key] = {id(p.new): p.old for p in align_indicators(old, new)
                         if p.old and p.new and p.alignment and p.alignment.confident}
    return new.memo[key]


def report_of_year(earlier: list[Report], year: int | None) -> Report | None:
    return next((r for r in earlier if year is not None and r.fiscal_year == year), None)


def cumulatives(report: Report) -> list[dict]:
    return [record for relation in report.relations if relation["kind"] == "cumulative"
            for record in members(relation, "total")]
