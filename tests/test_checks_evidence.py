"""The checks fire only on evidence a careful auditor accepts: an invented tool library's two reports
(tests/fixtures/checks-evidence), consistent in every figure, in the shapes that gave false alarms (SHAPES2.md
T3, FA-4, FA-6, FA-8), give no finding but the note on last year's figure; the same shapes with a planted error
each still give their finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from extractor.diff import check_draft
from extractor.pipeline import extract_file

OWN = ROOT / "tests" / "fixtures" / "checks-evidence"
REPORT_2025 = OWN / "de-hamer-jaarverslag-2025.md"
REPORT_2026 = OWN / "de-hamer-jaarverslag-2026.md"


def _findings(new: dict, earlier: list[dict]) -> list[tuple[str, str, str | None, int]]:
    return [(f.rule, f.subject, f.severity, f.evidence[0].location["line"])
            for f in check_draft(new, earlier).sorted_findings()]


def _planted(tmp_path: Path, source: Path, old: str, new: str) -> dict:
    text = source.read_text(encoding="utf-8")
    assert text.count(old) == 1
    draft = tmp_path / source.name
    draft.write_text(text.replace(old, new), encoding="utf-8")
    return extract_file(draft)


@pytest.fixture(scope="module")
def reports() -> tuple[dict, dict]:
    return extract_file(REPORT_2025.relative_to(ROOT)), extract_file(REPORT_2026.relative_to(ROOT))


def test_consistent_reports_give_no_alarm(reports) -> None:
    old, new = reports
    # before: internal.percentage_range on '-18,6' (a change column read as a level), internal.parts_sum
    # '30 + 22 = 52, maar 47' (last year's comparison figure as the whole) and '2 + 2 = 4, maar 7' (the
    # enumeration's last part, 'drie onafhankelijke bestuurders', left out), across.previous_year_figure
    # '€ 59.000 voor 2025, maar 42.000 euro' (last year's subsidy given in two parts, 42.000 + 17.000)
    assert _findings(old, []) == [("internal.period_mismatch", "other.herstelcafés", "info", 13)]
    assert _findings(new, [old]) == []


def test_a_level_percentage_above_100_is_still_out_of_range(tmp_path) -> None:
    old = _planted(tmp_path, REPORT_2025, "Er werden 14.200 uitleningen geregistreerd.",
                   "Er werden 14.200 uitleningen geregistreerd. De werkplaats was voor 112 % bezet.")
    assert ("internal.percentage_range", "error") in [(f.rule, f.severity) for f in check_draft(old, []).findings]


def test_parts_that_miss_this_years_whole_are_still_reported(tmp_path) -> None:
    old = _planted(tmp_path, REPORT_2025, "30 fietsherstelcafés", "28 fietsherstelcafés")
    assert [(f.rule, f.values["total"], f.values["parts"]) for f in check_draft(old, []).findings
            if f.rule == "internal.parts_sum"] == [("internal.parts_sum", 52, [28, 22])]


def test_an_enumeration_that_exceeds_its_total_is_still_reported(tmp_path) -> None:
    old = _planted(tmp_path, REPORT_2025, "telt zeven bestuurders", "telt drie bestuurders")
    assert [(f.rule, f.values["total"], f.values["parts"]) for f in check_draft(old, []).findings
            if f.rule == "internal.parts_sum"] == [("internal.parts_sum", 3, [2, 2])]


def test_a_restated_figure_no_sum_of_last_years_parts_gives_is_still_reported(tmp_path, reports) -> None:
    old, _ = reports
    new = _planted(tmp_path, REPORT_2026, "(vorig jaar € 59.000)", "(vorig jaar € 59.500)")
    assert [(f.rule, f.values["stated"], f.values["earlier"]) for f in check_draft(new, [old]).findings] == [
        ("across.previous_year_figure", 59500, 42000)]


INVESTMENTS = OWN / "de-hamer-investeringen-2025.md"


def test_amounts_listed_in_one_passage_are_no_duplicate_and_no_parts_of_another_total() -> None:
    report = extract_file(INVESTMENTS.relative_to(ROOT))
    # before: internal.duplicate_value 'bedrag van de renteloze leningen ... 36.000 euro (regel 9), 12.000 euro
    # (regel 10), 9.000 euro (regel 10)' and internal.parts_sum '36.000 + 12.000 + 9.000 = 57.000, maar 6.200'
    assert _findings(report, []) == [("internal.period_mismatch", "other.werknemer", "info", 5),
                                     ("internal.period_mismatch", "employment.fte", "info", 5)]
    # the total of two earlier sentences that count what it counts is a breakdown, and it adds up
    assert [[m["raw"] for m in r["indicators"]] for r in report["relations"] if r["cue"] == "samen"] == [
        ["6.200 euro", "36.000 euro", "12.000 euro", "9.000 euro"], ["1.050 toestellen", "640 toestellen", "410 toestellen"]]


def test_a_total_of_earlier_sentences_counting_the_same_thing_is_still_checked(tmp_path) -> None:
    report = _planted(tmp_path, INVESTMENTS, "Samen herstelden we 1.050 toestellen.", "Samen herstelden we 1.150 toestellen.")
    assert [(f.rule, f.severity, f.values["total"], f.values["parts"]) for f in check_draft(report, []).findings
            if f.rule == "internal.parts_sum"] == [("internal.parts_sum", "warning", 1150, [640, 410])]


def test_one_indicator_with_two_values_in_two_passages_is_still_a_duplicate(tmp_path) -> None:
    report = _planted(tmp_path, INVESTMENTS, "Samen herstelden we 1.050 toestellen.",
                      "Samen herstelden we 1.050 toestellen.\n\n## 4. Schulden\n\n"
                      "De renteloze lening van de gemeente bedraagt 21.000 euro.")
    assert [(f.rule, f.values["values"]) for f in check_draft(report, []).findings
            if f.rule == "internal.duplicate_value"] == [("internal.duplicate_value", [36000, 12000, 9000, 21000])]


def test_last_years_figure_quoted_in_brackets_after_this_years_is_checked_as_a_restatement(tmp_path, reports) -> None:
    """"Er werden 15.100 uitleningen geregistreerd (2025: 14.200)": the bracketed figure quotes last year's value
    of the quantity it follows (the same key), so a restatement of it is a warning, whichever series the linker
    gave it (the planted error of devsets/L2, '(2024: 93.200)' for 92.300, got another quantity's series); before,
    a note at most."""
    old, _ = reports
    new = _planted(tmp_path, REPORT_2026, "(2025: 14.200)", "(2025: 14.020)")
    assert [(f.rule, f.severity, f.values["stated"], f.values["earlier"]) for f in check_draft(new, [old]).findings
            if f.rule == "across.previous_year_figure"] == [("across.previous_year_figure", "warning", 14020, 14200)]
