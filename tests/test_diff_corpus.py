"""The differ on the extractor's real output: outputs/*.json of the corpus, and planted errors in copies of the
corpus reports run through extractor.pipeline.extract_file (each finding must point at the planted line)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import pipeline
from extractor.diff import check_draft, diff_reports, findings_to_json, render

ROOT = Path(__file__).resolve().parents[1]
OUT_2021 = ROOT / "outputs/smartcoop-bijzonder-verslag-2021.json"
OUT_2024 = ROOT / "outputs/smartcoop-bijzonder-verslag-2024.json"
MD_2021 = ROOT / "corpus/smartcoop-bijzonder-verslag-2021.md"
TXT_2024 = ROOT / "corpus/smartcoop-bijzonder-verslag-2024.txt"

def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def corpus_findings():
    return diff_reports(load(OUT_2021), load(OUT_2024))


def test_real_outputs_exact_findings(corpus_findings):
    """The whole list: the two real inconsistencies (errors), the unit change of staff training, and three
    notes; evidence always from both reports, the newer first."""
    assert [(f.severity, f.rule, f.subject, [(Path(e.document).suffix, e.location["line"]) for e in f.evidence])
            for f in corpus_findings.sorted_findings()] == [
        ("error", "across.event_date", "article:1", [(".txt", 9), (".md", 11)]),
        ("error", "across.event_date", "article:23", [(".txt", 113), (".md", 25)]),
        ("warning", "across.unit_change", "training.staff.volume", [(".txt", 249), (".md", 60)]),
        ("info", "across.definition_change", "training.members.participants", [(".txt", 250), (".md", 91)]),
        ("info", "across.definition_change", "legal.requests", [(".txt", 259), (".md", 61)]),
        ("info", "internal.period_mismatch", "diversity.actions", [(".md", 105)]),
    ]


def test_real_outputs_event_dates(corpus_findings):
    dated = [f for f in corpus_findings.sorted_findings() if f.rule == "across.event_date"]
    assert [f.values["old_dates"] + f.values["new_dates"] for f in dated] == [
        ["2022-06-21", "2023-06-20"], ["2020-06", "2022-06"]]
    assert [[e.raw for e in f.evidence] for f in dated] == [
        ["buitengewone algemene vergadering van 20 juni 2023", "buitengewone algemene vergadering van 21 juni 2022"],
        ["buitengewone algemene vergadering van juni 2022", "buitengewone algemene vergadering van juni 2020"]]
    assert [f.message for f in dated] == [
        "De datum van de buitengewone algemene vergadering die artikel 1 van de statuten wijzigde, verschilt: "
        "21 juni 2022 in het verslag 2021, 20 juni 2023 in het verslag 2024.",
        "De datum van de buitengewone algemene vergadering die artikel 23 van de statuten wijzigde, verschilt: "
        "juni 2020 in het verslag 2021, juni 2022 in het verslag 2024."]


def test_real_outputs_unit_change_of_staff_training(corpus_findings):
    unit = [f for f in corpus_findings.findings if f.rule == "across.unit_change"]
    assert [(f.subject, f.values, [e.raw for e in f.evidence]) for f in unit] == [
        ("training.staff.volume", {"old_unit": "days", "new_unit": "hours"}, ["1.946,5 uur", "159,5 dagen"])]


def test_real_outputs_conditions_and_events_pair_alike(corpus_findings):
    """The nine-conditions table is read alike in both years: every condition pairs, no article differs."""
    assert [(p.kind, p.alignment.key) for p in corpus_findings.pairings] == [
        ("statute_reference", f"condition:{n}") for n in range(1, 9)] + [
        ("meeting", "article:1/amended"), ("meeting", "article:23/amended"), ("meeting", "article:37/amended")]


def test_real_outputs_changes(corpus_findings):
    changes = {c.id: c for c in corpus_findings.changes}
    assert [(c.before.value, c.after.value, c.delta, c.relative, c.status) for c in (
        changes["employment.persons"], changes["loans.projects"], changes["workspace.area"])] == [
        (18894, 20892, 1998, 0.105748, "changed"), (72, 70, -2, -0.027778, "changed"),
        (8700, 4800, -3900, -0.448276, "changed")]
    assert changes["workspace.area"].approximate is True
    assert changes["training.staff.volume"].status == "incomparable"
    assert changes["other.punt"].alignment.to_json() == {"method": "fuzzy", "score": 100.0, "key": "other.punt",
                                                            "context": 100.0, "confidence": 0.96}


def test_real_outputs_check_2024_against_2021_exit_code(corpus_findings):
    from extractor.diff import exit_code
    findings = check_draft(load(OUT_2024), [load(OUT_2021)])
    assert [f.rule for f in findings.sorted_findings() if f.severity == "error"] == ["across.event_date"] * 2
    assert (exit_code(findings, "error"), exit_code(findings, "never")) == (1, 0)


def test_real_outputs_snippets_show_the_whole_raw_text_without_markup(corpus_findings):
    """A meeting's raw text wraps over two lines in the 2024 text file; the 2021 Markdown has <p> markup."""
    evidence = [e for f in corpus_findings.findings for e in f.evidence]
    assert [e.raw for e in evidence if e.raw not in (e.snippet or "")] == []
    assert [e.snippet for e in evidence if "<p>" in (e.snippet or "")] == []
    first = corpus_findings.sorted_findings()[0].evidence[0]
    assert first.snippet.endswith("tijdens de buitengewone algemene vergadering van 20 juni 2023.")


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "html"])
def test_real_outputs_render(corpus_findings, fmt):
    findings_to_json(corpus_findings)
    assert render(corpus_findings, fmt)


# ---- planted errors, through the extractor ---------------------------------------------------------------

def _extract(tmp_path: Path, source: Path, old: str, new: str, fiscal_year: int) -> tuple[dict, int]:
    """Extract a copy of `source` with `old` replaced by `new` (once); also return the 1-based planted line."""
    text = source.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {source.name}"
    at = text.index(old)
    copy = tmp_path / source.name
    copy.write_text(text.replace(old, new), encoding="utf-8")
    return pipeline.extract_file(copy, fiscal_year=fiscal_year), text[:at].count("\n") + 1


def _real(source: Path, fiscal_year: int) -> dict:
    return pipeline.extract_file(source, fiscal_year=fiscal_year)


def _one(findings, rule: str):
    found = [f for f in findings.sorted_findings() if f.rule == rule]
    assert len(found) == 1, [(f.rule, f.message) for f in findings.findings]
    return found[0]


def test_planted_parts_sum(tmp_path):
    draft, line = _extract(tmp_path, MD_2021, "21 vrouwen", "20 vrouwen", 2021)
    finding = _one(check_draft(draft, []), "internal.parts_sum")
    assert finding.values["sum"] == 38 and finding.values["total"] == 39
    assert {e.location["line"] for e in finding.evidence} == {line}
    assert "20 + 18 = 38" in finding.message


def test_planted_loan_parts(tmp_path):
    draft, line = _extract(tmp_path, MD_2021, "9 projecten kregen", "19 projecten kregen", 2021)
    finding = _one(check_draft(draft, []), "internal.parts_sum")
    assert finding.values == {"total": 72, "parts": [63, 19], "sum": 82, "cue": ":"}
    assert finding.evidence[0].location["line"] == line


def test_planted_cumulative_below_year(tmp_path):
    draft, line = _extract(tmp_path, TXT_2024, "al 253 projecten", "al 53 projecten", 2024)
    finding = _one(check_draft(draft, []), "internal.cumulative_below_year")
    assert finding.evidence[0].location["line"] == line == 190


def test_planted_fte(tmp_path):
    draft, line = _extract(tmp_path, TXT_2024, "2.284 voltijds", "2.824 voltijds", 2024)
    finding = _one(check_draft(draft, []), "internal.fte_hours_ratio")
    assert finding.evidence[0].location["line"] == line == 233
    assert finding.values["ratio"] == 1598.0


@pytest.mark.slow  # a whole report extracted with its plant
def test_planted_factor_ten_against_2021(tmp_path):
    draft, line = _extract(tmp_path, TXT_2024, "34.945 aanmaningen", "349.450 aanmaningen", 2024)
    finding = _one(check_draft(draft, [_real(MD_2021, 2021)]), "across.outlier_factor")
    assert finding.evidence[0].location["line"] == line == 512
    assert finding.evidence[1].location["line"] == 114


@pytest.mark.slow  # a whole report extracted with its plant
def test_planted_stale_figure(tmp_path):
    draft, line = _extract(tmp_path, TXT_2024, "zo 13 publicaties", "zo 16 publicaties", 2024)
    finding = _one(check_draft(draft, [_real(MD_2021, 2021)]), "across.stale_figure")
    assert finding.evidence[0].location["line"] == line == 333


@pytest.mark.slow  # a whole report extracted with its plant
def test_corrected_date_removes_the_finding(tmp_path):
    draft, _ = _extract(tmp_path, TXT_2024, "vergadering van 20 juni 2023", "vergadering van 21 juni 2022", 2024)
    findings = check_draft(draft, [_real(MD_2021, 2021)])
    assert [f.subject for f in findings.findings if f.rule == "across.event_date"] == ["article:23"]


@pytest.mark.slow  # a whole report extracted with its plant
def test_planted_change_claim(tmp_path):
    earlier, _ = _extract(tmp_path, MD_2021, "18.894 personen", "17.000 personen", 2020)
    finding = _one(check_draft(_real(MD_2021, 2021), [earlier]), "across.change_claim")
    assert finding.values["computed"] == 11.14 and finding.values["claimed"] == 7.19
    assert finding.evidence[0].location["line"] == 58


@pytest.mark.slow  # a whole report extracted with its plant
def test_planted_event_date(tmp_path):
    draft, line = _extract(tmp_path, TXT_2024, "juni 2020 en bevestigd", "juni 2021 en bevestigd", 2024)
    findings = check_draft(draft, [_real(MD_2021, 2021)])
    dated = [f for f in findings.sorted_findings() if f.rule == "across.event_date"]
    assert [f.subject for f in dated] == ["article:1", "article:23", "article:37"]
    assert [(e.location["line"], e.raw) for e in dated[2].evidence] == [
        (124, "buitengewone algemene vergadering van juni 2021"),
        (26, "buitengewone algemene vergadering van juni 2020")]
    assert line == 125  # the planted year; the meeting's location is where its raw text begins


@pytest.mark.slow  # a whole report extracted with its plant
def test_planted_condition_article(tmp_path):
    draft, line = _extract(tmp_path, TXT_2024, "Artikel 23 van de statuten werd tijdens",
                           "Artikel 24 van de statuten werd tijdens", 2024)
    finding = _one(check_draft(draft, [_real(MD_2021, 2021)]), "across.condition_article")
    assert finding.subject == "condition:6"
    # the draft's own meeting of June 2022 amended article 24: the statutes may have changed, so a note
    assert finding.severity == "info"
    assert [(Path(e.document).suffix, e.location["line"], e.raw) for e in finding.evidence] == [
        (".txt", line, "Artikel 24 van de statuten"), (".md", 25, "Artikel 23 van de statuten")]


def test_planted_year_of_a_figure(tmp_path):
    draft, line = _extract(tmp_path, MD_2021, "In 2021 was Smart in België", "In 2020 was Smart in België", 2021)
    findings = check_draft(draft, [])
    dated = [(f.subject, f.severity, f.evidence[0].location["line"]) for f in findings.sorted_findings()
             if f.rule == "internal.period_mismatch" and f.evidence[0].location["line"] == line]
    assert ("employment.persons", "info", 58) in dated  # the sentence dates it on purpose: a note


@pytest.mark.slow
def test_pdf_draft_against_the_markdown_report():
    """A PDF draft: the same two real inconsistencies, its evidence located by page and line (and box)."""
    pdf = ROOT / "tests/fixtures/pdf/smartcoop-bijzonder-verslag-2024.pdf"
    findings = check_draft(_real(pdf, 2024), [_real(MD_2021, 2021)])
    dated = [f for f in findings.sorted_findings() if f.rule == "across.event_date"]
    assert [(f.severity, f.subject) for f in dated] == [("error", "article:1"), ("error", "article:23")]
    assert [(e.location["page"], e.location["line"], len(e.location["bbox"])) for e in (f.evidence[0] for f in dated)] \
        == [(1, 8, 4), (1, 45, 4)]  # the visible rows (a611afa): the right column shares its rows with the left
    text = render(findings, "text")
    assert "smartcoop-bijzonder-verslag-2024.pdf, pagina 1, regel 8: «buitengewone algemene vergadering van 20 juni 2023»" \
        in text
