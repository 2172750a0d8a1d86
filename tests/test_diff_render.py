"""Renderers and the public API's JSON, validation and exit codes, on the corpus fixtures."""

from __future__ import annotations

import json
import re

import pytest
from test_diff_fixtures import MD_2021, ROOT, TXT_2024, report_2021, report_2024, variant

from extractor.diff import FindingsSchemaError, diff_reports, exit_code, findings_to_json, render
from extractor.diff.findings import Findings


@pytest.fixture(scope="module", autouse=True)
def in_repository():
    """Report paths are relative to the repository, as `extract corpus/` writes them: run from there."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        yield


@pytest.fixture(scope="module")
def findings(in_repository) -> Findings:
    return diff_reports(report_2021(), variant(report_2024(), **{"payment_reminders.count": 349450}))


def test_json_validates_and_keeps_the_contract(findings):
    data = findings_to_json(findings)
    assert list(data)[:4] == ["schema_version", "documents", "changes", "findings"]
    assert data["documents"][0]["path"] == MD_2021 and data["documents"][1]["fiscal_year"] == 2024
    assert [f["kind"] for f in data["findings"]] == ["event_date", "event_date", "outlier_factor", "unit_change",
                                                     "definition_change", "definition_change", "definition_change"]
    first = data["findings"][0]
    assert first["evidence"][0] == {
        "document": TXT_2024, "location": {"page": None, "line": 9, "column": 60, "bbox": None},
        "raw": "buitengewone algemene",
        "snippet": "…O/ SCES agréée). Die evolutie werd opgenomen in een wijziging van artikel 1 van de statuten van "
                   "de coöperatie tijdens de buitengewone algemene",
        "fiscal_year": 2024}
    assert data["summary"] == {"error": 3, "warning": 1, "info": 3}


def test_json_render_is_deterministic_utf8(findings):
    text = render(findings, "json")
    assert text == render(diff_reports(report_2021(), variant(report_2024(), **{"payment_reminders.count": 349450})),
                          "json")
    assert "coöperatie" in text and json.loads(text)["schema_version"] == "1"


def test_invalid_findings_are_refused_with_a_json_path(findings):
    broken = Findings(documents=findings.documents, findings=[findings.findings[0]])
    broken.findings[0] = type(broken.findings[0])(**{**broken.findings[0].__dict__, "evidence": []})
    with pytest.raises(FindingsSchemaError, match=r"^findings JSON: output breaks schemas/findings\.schema\.json at \$\.findings\[0\]\.evidence: "):
        findings_to_json(broken)


def test_text_most_serious_first_without_colour(findings):
    text = render(findings, "text")
    assert "\033[" not in text
    tags = re.findall(r"^(FOUT|WAARSCHUWING|OPMERKING) \[(\S+)\]$", text, re.M)
    assert tags == [("FOUT", "across.event_date"), ("FOUT", "across.event_date"),
                    ("FOUT", "across.outlier_factor"), ("WAARSCHUWING", "across.unit_change")] + \
        [("OPMERKING", "across.definition_change")] * 3
    assert text.splitlines()[0] == "Bevindingen: 3 fouten, 1 waarschuwing, 3 opmerkingen"
    assert f"    {TXT_2024}:9:60: buitengewone algemene" in text
    assert "  employment.persons: 18.894 personen → 20.892 personen  +1.998 +10,6 %" in text


def test_text_colour_only_when_asked(findings):
    text = render(findings, "text", color=True)
    assert "\033[1;31mFOUT\033[0m [across.event_date]" in text


def test_markdown(findings):
    text = render(findings, "markdown")
    assert text.startswith("# Bevindingen\n\n3 fouten, 1 waarschuwing, 3 opmerkingen\n")
    assert "- **FOUT** `across.event_date`: De datum van de buitengewone algemene vergadering die artikel 1" in text
    assert f"  - `{MD_2021}:11:611`: buitengewone algemene vergadering van 21 juni 2022" in text
    assert "| `payment_reminders.count` | 30.194 betalingsherinneringen | 34.945 aanmaningen | +319.256 |" in text


def test_html_is_self_contained_with_both_sides_highlighted(findings):
    page = render(findings, "html")
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    assert not re.search(r"""(src|href)\s*=|<script|<link|@import|url\(""", page)
    first = page.split('<section class="finding error">')[1].split("</section>")[0]
    assert first.count('<div class="side">') == 2
    assert "<h3>verslag 2024 — corpus/smartcoop-bijzonder-verslag-2024.txt</h3>" in first
    assert "<mark>buitengewone algemene vergadering van 21 juni 2022</mark>" in first
    assert '<span class="num">1</span>' in first  # "artikel 1" in the 2024 snippet


def test_unknown_format(findings):
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        render(findings, "pdf")


@pytest.mark.parametrize("fail_on, expected", [("error", 1), ("warning", 1), ("info", 1), ("never", 0)])
def test_exit_code(findings, fail_on, expected):
    assert exit_code(findings, fail_on) == expected


def test_exit_code_warnings_only():
    copy_2022 = variant(report_2021(), year=2022)  # last year's figures again: stale, a warning each
    copy_2022["indicators"] = [i for i in copy_2022["indicators"] if not i["id"].endswith("change_pct")]
    only_warnings = diff_reports(report_2021(), copy_2022)
    assert sorted({f.rule for f in only_warnings.findings}) == ["across.stale_figure", "across.stale_sentence"]
    assert (exit_code(only_warnings, "error"), exit_code(only_warnings, "warning")) == (0, 1)
    assert exit_code(diff_reports(report_2021(), report_2021()), "info") == 0
    with pytest.raises(ValueError):
        exit_code(only_warnings, "fatal")
