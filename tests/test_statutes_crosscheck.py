"""The cross-check of a report's statute articles against the organisation's statutes (issue 20, point 4): where
the statutes are among the documents a report is checked against, each article the report cites for a condition
of art. 8:5 WVV must exist in them (a warning when not) and its title must speak of the condition (a note when
not). The statutes are tests/fixtures/statutes/smartcoop-statuten.txt, written for the test; the report is the
corpus's 2024 report, whose conditions rest on articles 3, 4, 20, 23, 37, 43 and 46."""

from __future__ import annotations

import io
import json
import shutil
from functools import cache
from pathlib import Path

import pytest

from conftest import REPORT_2021, REPORT_2024
from extractor.cli import run
from extractor.diff import check_draft
from extractor.pipeline import extract_file

STATUTES = Path("tests/fixtures/statutes/smartcoop-statuten.txt")
REPORT_JSON = Path("outputs/smartcoop-bijzonder-verslag-2024.json")


@cache
def _statutes() -> dict:
    return extract_file(STATUTES)


def test_the_statutes_are_statutes_with_their_articles_and_titles() -> None:
    statutes = _statutes()
    assert (statutes["document"]["kind"], statutes["document"]["organisation"],
            statutes["document"]["fiscal_year"]) == ("statutes", "SmartCoop", None)
    assert [(a["article"], a["title"], a["location"]["line"]) for a in statutes["articles"]] == [
        ("1", "Naam", 9), ("2", "Zetel", 12), ("3", "Voorwerp en maatschappelijk doel", 15),
        ("4", "Waarden en maatschappelijke impact", 18), ("5", "Duur", 21), ("20", "Uittreding van vennoten", 24),
        ("23", "Bezoldiging van de bestuurders", 27), ("37", "Zetel van de raad van bestuur", 30),
        ("43", "Bestemming van de winst en dividend", 33)]
    # their own headings are no references to the statutes, nor figures; no warning that figures are missing
    assert statutes["statute_references"] == [] and statutes["indicators"] == []
    assert [w["code"] for w in statutes["warnings"]] == []


def test_each_article_cited_for_a_condition_is_checked_against_the_statutes() -> None:
    report = json.loads(REPORT_JSON.read_text(encoding="utf-8"))
    findings = check_draft(report, [_statutes()])
    found = [(f.rule, f.severity, f.values["article"], f.values["condition"],
              [(e.location or {}).get("line") for e in f.evidence]) for f in findings.findings]
    assert found == [
        # article 46 (condition 4, the liquidation balance) is not in the statutes
        ("across.statute_article_missing", "warning", "46", 4, [69]),
        # article 3 'Voorwerp en maatschappelijk doel' cited for the limited dividend (3); article 37 'Zetel van de
        # raad van bestuur' for the limited voting right (7): their titles do not speak of those conditions
        ("across.statute_article_title", "info", "3", 3, [54, 15]),
        ("across.statute_article_title", "info", "37", 7, [123, 30])]
    # every other citation fits: 3 and 4 for conditions 1 and 2, 20 'Uittreding' for 5, 23 'Bezoldiging' for 6,
    # 43 'Bestemming van de winst en dividend' for 3 and 8; the statutes are read, never compared as a report
    assert findings.changes == []


def test_without_statutes_at_hand_nothing_is_checked() -> None:
    report = json.loads(REPORT_JSON.read_text(encoding="utf-8"))
    assert not [f for f in check_draft(report, []).findings if f.rule.startswith("across.statute_article")]


@pytest.mark.slow
def test_check_against_a_folder_with_the_statutes_beside_the_reports(tmp_path: Path) -> None:
    folder = tmp_path / "smartcoop"
    folder.mkdir()
    for source in (REPORT_2021, STATUTES):
        shutil.copy(source, folder / Path(source).name)
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(["check", REPORT_2024, "--against", str(folder), "--format", "json", "--lang", "en"], stdout, stderr)
    assert code == 1, stderr.getvalue()
    findings = json.loads(stdout.getvalue())["findings"]
    statutes = [(f["kind"], f["severity"], f["message"]) for f in findings if f["kind"].startswith("statute_article")]
    assert statutes[0] == ("statute_article_missing", "warning",
                           f"The 2024 report cites article 46 of the statutes for condition 4 of article 8:5 of the "
                           f"company code, but the statutes {folder / STATUTES.name} have no such article.")
    assert [kind for kind, _, _ in statutes] == ["statute_article_missing", "statute_article_title",
                                                 "statute_article_title"]
    # the 2021 report is still compared: its two EGM dates that differ are errors
    assert [f["kind"] for f in findings if f["severity"] == "error"] == ["event_date", "event_date"]


def test_statutes_under_a_cover_that_names_the_organisation_first(tmp_path: Path) -> None:
    """A cover "De Vonk vzw" / "Ondernemingsnummer ..." / "STATUTEN" over titled articles: statutes, though the
    title word is not the first line and the articles set out the conditions a report table would."""
    text = STATUTES.read_text(encoding="utf-8").replace("STATUTEN\n\nSmartCoop\n\nCoöperatieve vennootschap",
                                                        "SmartCoop cv\n\nOndernemingsnummer 0712.345.630\n\n"
                                                        "Zetel: Brussel\n\nSTATUTEN")
    (tmp_path / "statuten.txt").write_text(text, encoding="utf-8")
    statutes = extract_file(tmp_path / "statuten.txt")
    assert (statutes["document"]["kind"], statutes["document"]["organisation"],
            statutes["document"]["enterprise_number"]) == ("statutes", "SmartCoop", "0712.345.630")
    assert [a["article"] for a in statutes["articles"]] == ["1", "2", "3", "4", "5", "20", "23", "37", "43"]
