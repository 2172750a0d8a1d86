"""Every "niet vergelijkbaar" and every "mogelijk" in the changed-figures tables says why, in one sentence
(issue 22, point 4): another unit in each report, or a pairing below the confidence threshold."""

from __future__ import annotations

import json

from extractor.diff import diff_reports, render


def test_every_incomparable_and_possible_change_says_why(reports) -> None:
    findings = diff_reports(reports[2021], reports[2024])
    incomparable = [c for c in findings.changes if c.status == "incomparable"]
    possible = [c for c in findings.changes if c.alignment is not None and c.alignment.possible]
    assert incomparable and possible
    for change in incomparable + possible:
        assert change.reason and change.reason.endswith(".") and change.reason.count(". ") == 0, change.id
    training = next(c for c in incomparable if c.id == "training.staff.volume")
    assert training.reason == ("Het verslag 2021 telt dit in dagen, het verslag 2024 in uren; bij andere eenheden "
                               "valt geen verschil te berekenen.")
    below = [c for c in possible if c.status != "incomparable"]
    assert below and all(c.reason.startswith("De koppeling is maar ") and "vanaf 0,45" in c.reason for c in below)


def test_the_reason_is_in_every_format(reports) -> None:
    findings = diff_reports(reports[2021], reports[2024])
    sentence = "Het verslag 2021 telt dit in dagen, het verslag 2024 in uren"
    for fmt in ("text", "markdown", "html"):
        assert sentence in render(findings, fmt, show_all=True), fmt
    data = json.loads(render(findings, "json"))
    change = next(c for c in data["changes"] if c["id"] == "training.staff.volume")
    assert change["status"] == "incomparable" and change["reason"].startswith(sentence)
    assert all("reason" not in c for c in data["changes"] if c["status"] == "changed"
               and not (c["alignment"] or {}).get("possible"))


def test_every_message_says_why_in_one_sentence() -> None:
    """Every rule's message, in both languages, is one sentence that ends in a full stop: a note that only asked
    ("gaat het om hetzelfde begrip?", "werd het cijfer bijgewerkt?") now says why it is raised."""
    from extractor.diff.messages import patterns

    data = patterns()
    for language, templates in (("nl", data["messages"]), ("en", data["english"]["messages"])):
        for rule, template in templates.items():
            assert template.endswith(".") and "?" not in template, (language, rule, template)
            assert ". " not in template.replace("8:5 ", ""), (language, rule, template)
    reasons = [data["vocabulary"]["labels"][key] for key in ("reason_unit", "reason_possible", "reason_possible_claims")]
    reasons += [data["english"]["vocabulary"]["labels"][key]
                for key in ("reason_unit", "reason_possible", "reason_possible_claims")]
    assert all(reason.endswith(".") and ". " not in reason for reason in reasons)
