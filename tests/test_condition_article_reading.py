"""across.condition_article fires on evidence that the article behind a condition changed, not on a reading of
the report's layout: an invented heat-network cooperative lists its conditions in a table in 2024 and tells them in
2025 in paragraphs with run-in headings, each paragraph speaking of two or three conditions (SHAPES2.md FA-7). The
recogniser gives a paragraph's later articles to the condition its heading names, so condition 1 reads articles 3
and 4, condition 3 reads 36 and 45: every one of those articles is cited by both reports, only read with another
condition, so no finding. An article cited in neither the other report nor for any other condition is a change and
is still reported."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT
from extractor.diff import check_draft
from extractor.pipeline import extract_file

OWN = ROOT / "tests" / "fixtures" / "conditions"
TABLE_2024 = OWN / "kolenmijn-bijzonder-verslag-2024.md"
PROSE_2025 = OWN / "kolenmijn-bijzonder-verslag-2025.md"


def _references(report: dict) -> list[tuple[int, list[str], int | None]]:
    return [(r["location"]["line"], r["articles"], r["condition"]) for r in report["statute_references"]]


def _condition_findings(new: dict, old: dict) -> list[tuple[str, str | None, list, list]]:
    return [(f.subject, f.severity, f.values["old_articles"], f.values["new_articles"])
            for f in check_draft(new, [old]).findings if f.rule.startswith("across.condition")]


def test_articles_read_with_the_neighbouring_condition_are_no_finding() -> None:
    old, new = extract_file(TABLE_2024.relative_to(ROOT)), extract_file(PROSE_2025.relative_to(ROOT))
    assert _references(old) == [(7, ["3"], 1), (8, ["4"], 2), (9, ["36"], 3), (10, ["45"], 4), (11, ["12"], 5),
                                (12, ["22"], 6), (13, ["28"], 7), (14, ["37"], 8), (15, ["40"], 9)]
    # each sentence of the paragraphs states its own condition (SHAPES-REFS R7b): the articles are read with
    # the conditions of the table (they went to the condition the run-in heading names, which the check forgave)
    assert _references(new) == [(5, ["3"], 1), (5, ["4"], 2), (7, ["36"], 3), (7, ["45"], 4), (9, ["12"], 5),
                                (9, ["22"], 6), (11, ["28"], 7), (11, ["37"], 8), (11, ["40"], 9)]
    assert _condition_findings(new, old) == []  # was four warnings: conditions 1, 3, 5 and 7


def test_an_article_no_report_cites_elsewhere_is_still_a_change(tmp_path: Path) -> None:
    draft = tmp_path / PROSE_2025.name
    draft.write_text(PROSE_2025.read_text(encoding="utf-8").replace("(artikel 36)", "(artikel 63)"), encoding="utf-8")
    old, new = extract_file(TABLE_2024.relative_to(ROOT)), extract_file(draft)
    assert _condition_findings(new, old) == [("condition:3", "warning", ["36"], ["63"])]
