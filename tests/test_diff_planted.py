"""Planted errors for the checks tests/test_diff_corpus.py leaves untested: each test copies a real corpus report,
plants one realistic error in a real sentence, runs the copy through extractor.pipeline.extract_file and the
checks, and asserts the rule fires with its severity at the planted line (and, across reports, at the other
report's line too), and that it stays silent on the copy without the planted error.

The cumulative rules need two reports that both give the running totals of the interest-free loans, which only
the 2024 report does: they compare the real 2024 report with a "2025" copy of it, made consistent (81 projects and
262.400 euro in 2025; 253 + 81 = 334 projects and 1.001.063 + 262.400 = 1.263.463 euro since the launch)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from extractor import pipeline
from extractor.diff import check_draft, findings_to_json

ROOT = Path(__file__).resolve().parents[1]
MD_2021 = ROOT / "corpus/smartcoop-bijzonder-verslag-2021.md"
TXT_2024 = ROOT / "corpus/smartcoop-bijzonder-verslag-2024.txt"

# The 2024 report as a consistent "2025" report: its loans of the year and the running totals moved on.
YEAR_2025 = [
    ("In 2024 werden in totaal 70 projecten", "In 2025 werden in totaal 81 projecten"),
    ("236.510 euro", "262.400 euro"),
    ("al 253 projecten", "al 334 projecten"),
    ("1.001.063 euro", "1.263.463 euro"),
]


_EXTRACTED: dict[tuple, dict] = {}  # the copies already extracted in this session, by what they are made of


def _plant(tmp_path: Path, source: Path, replacements: list[tuple[str, str]], name: str,
           fiscal_year: int | None = None) -> dict:
    """Extract a copy of `source`, saved as tmp_path/name, with each `old` replaced by `new` (each `old` once).
    A copy made alike before in the session (the real reports most tests compare with) is extracted once: its
    report (a copy of it) names the file first written, which stays in place for the session."""
    made = (source, tuple(replacements), name, fiscal_year)
    if made in _EXTRACTED:
        return copy.deepcopy(_EXTRACTED[made])
    text = source.read_text(encoding="utf-8")
    for old, new in replacements:
        assert text.count(old) == 1, f"{old!r} must occur once in {source.name}"
        text = text.replace(old, new)
    written = tmp_path / name
    written.write_text(text, encoding="utf-8")
    _EXTRACTED[made] = pipeline.extract_file(written, fiscal_year=fiscal_year)
    return copy.deepcopy(_EXTRACTED[made])


def _line(report: dict, text: str) -> int:
    """The 1-based line of the report's source where `text` (which occurs once) begins."""
    source = Path(report["document"]["path"]).read_text(encoding="utf-8")
    assert source.count(text) == 1, f"{text!r} must occur once in {report['document']['path']}"
    return source[:source.index(text)].count("\n") + 1


def _fired(findings, rule: str) -> list:
    return [f for f in findings.sorted_findings() if f.rule == rule]


def _one(findings, rule: str, severity: str):
    """The one finding of `rule`, with the rule's severity; the findings JSON stays valid."""
    findings_to_json(findings)
    found = _fired(findings, rule)
    assert len(found) == 1, [(f.rule, f.subject, f.message) for f in findings.sorted_findings()]
    assert found[0].severity == severity
    return found[0]


def _places(finding) -> set[tuple[str, int]]:
    return {(Path(e.document).name, (e.location or {}).get("line")) for e in finding.evidence}


def _at(report: dict, line: int) -> tuple[str, int]:
    return Path(report["document"]["path"]).name, line


# ---- internal: one report -------------------------------------------------------------------------------------

@pytest.mark.slow  # a whole report extracted with its plant
def test_planted_fte_workdays_ratio(tmp_path):
    # planted: 739.505 workdays for 2.284 FTE (one digit wrong): 323,8 days per FTE, more than the 312 of a
    # six-day week (the real 639.505 give 280)
    real = _plant(tmp_path, TXT_2024, [], "real-2024.txt", 2024)
    assert _fired(check_draft(real, []), "internal.fte_workdays_ratio") == []
    draft = _plant(tmp_path, TXT_2024, [("639.505 aangegeven werkdagen", "739.505 aangegeven werkdagen")],
                   "planted-2024.txt", 2024)
    finding = _one(check_draft(draft, []), "internal.fte_workdays_ratio", "warning")
    assert _at(draft, _line(draft, "739.505 aangegeven")) in _places(finding)
    assert _at(draft, 232) in _places(finding)
    assert finding.values["workdays"] == 739505 and finding.values["ratio"] == 323.8


def test_planted_duplicate_value(tmp_path):
    # planted: a later sentence says the planning was made with "de 9 kantoren", where the report said 8 before
    real = _plant(tmp_path, TXT_2024, [], "real-2024.txt", 2024)
    assert _fired(check_draft(real, []), "internal.duplicate_value") == []
    draft = _plant(tmp_path, TXT_2024, [("In samenspraak met de verschillende kantoren",
                                         "In samenspraak met de 9 kantoren")], "planted-2024.txt", 2024)
    finding = _one(check_draft(draft, []), "internal.duplicate_value", "warning")
    assert finding.subject == "offices.count" and finding.values == {"values": [8, 9]}
    line = _line(draft, "de 9 kantoren")
    assert line == 378
    assert _places(finding) == {_at(draft, 98), _at(draft, line)}


@pytest.mark.slow  # a whole report extracted with its plant
def test_planted_percentage_range(tmp_path):
    # planted: the translated share of the publications written as "125 %" (a typo for 12,5 %)
    real = _plant(tmp_path, MD_2021, [], "real-2021.md", 2021)
    assert _fired(check_draft(real, []), "internal.percentage_range") == []
    draft = _plant(tmp_path, MD_2021, [("(waarvan een vierde in", "(waarvan 125 % in")], "planted-2021.md", 2021)
    finding = _one(check_draft(draft, []), "internal.percentage_range", "error")
    assert finding.subject == "publications.translated_share" and finding.values == {"value": 125}
    line = _line(draft, "waarvan 125 %")
    assert line == 73
    assert _places(finding) == {_at(draft, line)}


# ---- across: meetings and statute articles, the 2024 report against the 2021 one --------------------------------

@pytest.mark.slow  # a whole report extracted with its plant
def test_planted_event_kind(tmp_path):
    # planted: article 37 amended by the "gewone" (ordinary) general meeting of June 2020; the 2021 report says
    # the extraordinary one (same date, so only the kind of meeting differs)
    earlier = _plant(tmp_path, MD_2021, [], "real-2021.md", 2021)
    real = _plant(tmp_path, TXT_2024, [], "real-2024.txt", 2024)
    assert _fired(check_draft(real, [earlier]), "across.event_kind") == []
    draft = _plant(tmp_path, TXT_2024, [("de buitengewone algemene vergadering van \njuni 2020",
                                         "de gewone algemene vergadering van \njuni 2020")], "planted-2024.txt", 2024)
    finding = _one(check_draft(draft, [earlier]), "across.event_kind", "warning")
    assert finding.subject == "article:37"
    assert finding.values == {"old_kinds": ["extraordinary"], "new_kinds": ["general"]}
    line = _line(draft, "gewone algemene vergadering van \njuni 2020")
    assert line == 124
    assert _places(finding) == {_at(draft, line), _at(earlier, 26)}


@pytest.mark.slow  # a whole report extracted with its plant
def test_planted_condition_dropped(tmp_path):
    # planted: condition 5 (withdrawal at nominal value) answered without its article: "vermeld in de statuten"
    # where the 2021 report (and the real 2024 one) cites article 20
    earlier = _plant(tmp_path, MD_2021, [], "real-2021.md", 2021)
    real = _plant(tmp_path, TXT_2024, [], "real-2024.txt", 2024)
    assert _fired(check_draft(real, [earlier]), "across.condition_dropped") == []
    draft = _plant(tmp_path, TXT_2024, [("vermeld in artikel 20 van de \nstatuten", "vermeld in de \nstatuten")],
                   "planted-2024.txt", 2024)
    finding = _one(check_draft(draft, [earlier]), "across.condition_dropped", "warning")
    assert finding.subject == "condition:5" and finding.values == {"condition": 5, "old_articles": ["20"]}
    assert _at(earlier, 23) in _places(finding)


def test_planted_condition_dropped_points_at_the_new_report(tmp_path):
    earlier = _plant(tmp_path, MD_2021, [], "real-2021.md", 2021)
    draft = _plant(tmp_path, TXT_2024, [("vermeld in artikel 20 van de \nstatuten", "vermeld in de \nstatuten")],
                   "planted-2024.txt", 2024)
    finding = _one(check_draft(draft, [earlier]), "across.condition_dropped", "warning")
    line = _line(draft, "Dat principe is vermeld in de")
    assert line == 78
    assert _at(draft, line) in _places(finding)


# ---- across: figures --------------------------------------------------------------------------------------------

@pytest.mark.slow  # a whole report extracted with its plant
def test_planted_unit_change(tmp_path):
    # planted: the members' training of "2025" given in hours ("672 uur opleiding"), in days ("84 dagen") in 2024
    # (the corpus's own unit change, of the staff training from 2021 to 2024, is another indicator)
    earlier = _plant(tmp_path, TXT_2024, [], "real-2024.txt", 2024)
    base = _plant(tmp_path, TXT_2024, YEAR_2025, "base-2025.txt", 2025)
    assert _fired(check_draft(base, [earlier]), "across.unit_change") == []
    draft = _plant(tmp_path, TXT_2024, YEAR_2025 + [("(84 dagen opleiding", "(672 uur opleiding")],
                   "planted-2025.txt", 2025)
    finding = _one(check_draft(draft, [earlier]), "across.unit_change", "warning")
    assert finding.subject == "training.members.volume"
    assert finding.values == {"old_unit": "days", "new_unit": "hours"}
    line = _line(draft, "672 uur opleiding")
    assert line == 249
    assert _places(finding) == {_at(draft, line), _at(earlier, 249)}


@pytest.mark.slow  # a whole report extracted with its plant
def test_planted_definition_change(tmp_path):
    # planted: the legal service of "2025" counts its "consultaties" (2.150), where 2024 counted 674
    # "aanvragen/dossiers": declared synonyms, but a figure three times larger: maybe another definition (the
    # sentence dated to 2025 too: a figure the draft dates to 2024 is compared with the 2024 report's own)
    earlier = _plant(tmp_path, TXT_2024, [], "real-2024.txt", 2024)
    base = _plant(tmp_path, TXT_2024, YEAR_2025, "base-2025.txt", 2025)
    assert _fired(check_draft(base, [earlier]), "across.definition_change") == []
    draft = _plant(tmp_path, TXT_2024,
                   YEAR_2025 + [("arbeidsrecht enz. In 2024 werden", "arbeidsrecht enz. In 2025 werden"),
                                ("er 674 aanvragen/dossiers behandeld", "er 2.150 consultaties gegeven")],
                   "planted-2025.txt", 2025)
    finding = _one(check_draft(draft, [earlier]), "across.definition_change", "info")
    assert finding.subject == "legal.requests"
    assert (finding.values["old_words"], finding.values["new_words"]) == ("aanvragen/dossiers", "consultaties")
    line = _line(draft, "2.150 consultaties")
    assert line == 259
    assert _places(finding) == {_at(draft, line), _at(earlier, 259)}


@pytest.mark.slow  # a whole report extracted with its plant
def test_planted_stale_sentence(tmp_path):
    # planted: the 2021 sentence on the onboarding of new staff ("een gezamenlijk traject van twee weken") copied
    # word for word into the 2024 report, after its own training sentence
    earlier = _plant(tmp_path, MD_2021, [], "real-2021.md", 2021)
    real = _plant(tmp_path, TXT_2024, [], "real-2024.txt", 2024)
    assert _fired(check_draft(real, [earlier]), "across.stale_sentence") == []
    copied = MD_2021.read_text(encoding="utf-8").split("220 deelnemers. ", 1)[1].split("\n", 1)[0]
    assert copied.startswith("Het integratietraject") and "twee weken" in copied
    draft = _plant(tmp_path, TXT_2024, [("564 deelnemers in totaal). ", "564 deelnemers in totaal). " + copied)],
                   "planted-2024.txt", 2024)
    finding = _one(check_draft(draft, [earlier]), "across.stale_sentence", "warning")
    assert finding.values["value"] == 2
    line = _line(draft, "Het integratietraject")
    assert line == 250
    assert _places(finding) == {_at(draft, line), _at(earlier, 60)}


# ---- across: cumulative totals ----------------------------------------------------------------------------------

@pytest.mark.slow  # a whole report extracted with its plant
def test_planted_cumulative_shrinks(tmp_path):
    # planted: "2025" says 243 projects since the launch, fewer than the 253 of 2024
    earlier = _plant(tmp_path, TXT_2024, [], "real-2024.txt", 2024)
    base = _plant(tmp_path, TXT_2024, YEAR_2025, "base-2025.txt", 2025)
    assert _fired(check_draft(base, [earlier]), "across.cumulative_shrinks") == []
    draft = _plant(tmp_path, TXT_2024, YEAR_2025[:2] + [("al 253 projecten", "al 243 projecten")] + YEAR_2025[3:],
                   "planted-2025.txt", 2025)
    finding = _one(check_draft(draft, [earlier]), "across.cumulative_shrinks", "error")
    assert finding.subject == "loans.cumulative_projects" and finding.values == {"old": 253, "new": 243}
    line = _line(draft, "al 243 projecten")
    assert line == 190
    assert _places(finding) == {_at(draft, line), _at(earlier, 190)}


@pytest.mark.slow  # a whole report extracted with its plant
def test_planted_cumulative_growth(tmp_path):
    # planted: "2025" says 324 projects since the launch: 253 until 2024 and 81 in 2025 make 334
    earlier = _plant(tmp_path, TXT_2024, [], "real-2024.txt", 2024)
    base = _plant(tmp_path, TXT_2024, YEAR_2025, "base-2025.txt", 2025)
    assert _fired(check_draft(base, [earlier]), "across.cumulative_growth") == []
    draft = _plant(tmp_path, TXT_2024, YEAR_2025[:2] + [("al 253 projecten", "al 324 projecten")] + YEAR_2025[3:],
                   "planted-2025.txt", 2025)
    finding = _one(check_draft(draft, [earlier]), "across.cumulative_growth", "error")
    assert finding.subject == "loans.cumulative_projects"
    assert finding.values == {"cumulative": 324, "old": 253, "sum": 81, "expected": 334, "years": [2025]}
    line = _line(draft, "al 324 projecten")
    assert line == 190
    assert {_at(draft, line), _at(earlier, 190), _at(draft, 188)} <= _places(finding)


@pytest.mark.slow  # a whole report extracted with its plant
def test_planted_cumulative_below_sum(tmp_path):
    # planted: the 2024 report says 135 projects since the launch: fewer than the 72 of 2021 and the 70 of 2024
    # together (142); each year alone is less, so the report on its own raises nothing
    earlier = _plant(tmp_path, MD_2021, [], "real-2021.md", 2021)
    real = _plant(tmp_path, TXT_2024, [], "real-2024.txt", 2024)
    assert _fired(check_draft(real, [earlier]), "across.cumulative_below_sum") == []
    draft = _plant(tmp_path, TXT_2024, [("al 253 projecten", "al 135 projecten")], "planted-2024.txt", 2024)
    assert _fired(check_draft(draft, []), "internal.cumulative_below_year") == []
    finding = _one(check_draft(draft, [earlier]), "across.cumulative_below_sum", "error")
    assert finding.subject == "loans.cumulative_projects"
    assert finding.values == {"cumulative": 135, "sum": 142, "years": [2021, 2024]}
    line = _line(draft, "al 135 projecten")
    assert line == 190
    assert _places(finding) == {_at(draft, line), _at(earlier, 40), _at(draft, 188)}


@pytest.mark.slow  # a whole report extracted with its plant
def test_a_cumulative_given_as_at_least_is_no_error(tmp_path):
    # not an error: "2025" rounds its running total down to "meer dan 300 projecten" (253 + 81 = 334)
    earlier = _plant(tmp_path, TXT_2024, [], "real-2024.txt", 2024)
    draft = _plant(tmp_path, TXT_2024, YEAR_2025[:2] + [("al 253 projecten", "al meer dan 300 projecten")]
                   + YEAR_2025[3:], "rounded-2025.txt", 2025)
    assert _fired(check_draft(draft, [earlier]), "across.cumulative_growth") == []
    # and a floor below the last total is no shrinking either: "meer dan 250" after 253
    floor = _plant(tmp_path, TXT_2024, YEAR_2025[:2] + [("al 253 projecten", "al meer dan 250 projecten")]
                   + YEAR_2025[3:], "floor-2025.txt", 2025)
    assert _fired(check_draft(floor, [earlier]), "across.cumulative_shrinks") == []


def test_a_condition_the_new_report_leaves_out_is_a_note_not_a_warning(tmp_path):
    # planted: the 2022 table of the energy cooperative without its row for condition 6 (Artikel 21 in 2021)
    dev = ROOT / "tests/fixtures/dev-reports"
    earlier = _plant(tmp_path, dev / "windkracht-kempen-bijzonder-verslag-2021.txt", [], "real-2021.txt", 2021)
    row = ("| 6. Onbezoldigd bestuursmandaat, behoudens een beperkte onkostenvergoeding of presentiegeld "
           "| Artikel 21 |\n")
    real = _plant(tmp_path, dev / "windkracht-kempen-bijzonder-verslag-2022.md", [], "real-2022.md", 2022)
    assert _fired(check_draft(real, [earlier]), "across.condition_dropped") == []
    draft = _plant(tmp_path, dev / "windkracht-kempen-bijzonder-verslag-2022.md", [(row, "")], "left-out-2022.md",
                   2022)
    finding = _one(check_draft(draft, [earlier]), "across.condition_dropped", "info")
    assert finding.subject == "condition:6" and finding.values["old_articles"] == ["21"]
