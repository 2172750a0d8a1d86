"""The chain of an organisation's years is made of its reports: a README, minutes or statutes kept beside them
in the same folder, dated by their text to one of the reports' years, take no report's place. Before, a README
of the development set (organisation and year read from its text, no figure) stood in for the 2023 report: the
diff 2022 → 2023 was never made, the 2022 report was diffed against the README, and the member count fell
apart into two series."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from extractor.cli import run
from extractor.runtime.inputs import chained, consecutive

DEV = ROOT / "tests" / "fixtures" / "dev-reports"
REPORTS = ("windkracht-kempen-bijzonder-verslag-2021.txt", "windkracht-kempen-bijzonder-verslag-2022.md",
           "windkracht-kempen-bijzonder-verslag-2023.txt")
# a note a team keeps beside its reports: it names the organisation and the years, and holds no figure
README = """# Windkracht Kempen cv: de bijzondere verslagen

De bijzondere verslagen over de boekjaren 2021, 2022 en 2023 van Windkracht Kempen cv, zoals de raad van
bestuur ze aan de algemene vergadering voorlegde. Laatst bijgewerkt in 2023.
"""


def _item(kind: str | None, figures: int, name: str) -> dict:
    return {"kind": kind, "figures": figures, "name": name, "organisation": "Windkracht Kempen", "year": 2023}


def test_chained_keeps_reports_accounts_and_unnamed_documents_with_figures() -> None:
    items = [_item("report", 40, "verslag"), _item("accounts", 12, "jaarrekening"), _item("other", 9, "brochure"),
             _item(None, 3, "oud"), _item("other", 0, "README"), _item("statutes", 5, "statuten"),
             _item("minutes", 2, "notulen")]
    kept = chained(items, lambda i: i["kind"], lambda i: i["figures"])
    assert [i["name"] for i in kept] == ["verslag", "jaarrekening", "brochure", "oud"]


def test_an_organisation_with_only_minutes_is_chained_as_it_is() -> None:
    items = [_item("minutes", 2, "notulen-2022"), _item("minutes", 0, "notulen-2023")]
    assert chained(items, lambda i: i["kind"], lambda i: i["figures"]) == items


def test_a_readme_of_the_last_year_takes_no_report_s_place_in_the_pairs() -> None:
    items = [{"name": "verslag-2022", "year": 2022, "kind": "report", "figures": 40},
             {"name": "README", "year": 2023, "kind": "other", "figures": 0},
             {"name": "verslag-2023", "year": 2023, "kind": "report", "figures": 41}]
    read = dict(organisation=lambda i: "Windkracht Kempen", fiscal_year=lambda i: i["year"], name=lambda i: i["name"])
    assert [(a["name"], b["name"]) for a, b in consecutive(items, **read)] == [("verslag-2022", "README")]  # before
    pairs = consecutive(items, **read, kind=lambda i: i["kind"], figures=lambda i: i["figures"])
    assert [(a["name"], b["name"]) for a, b in pairs] == [("verslag-2022", "verslag-2023")]


def _run(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(list(argv), stdout, stderr)
    return code, stdout.getvalue(), stderr.getvalue()


@pytest.mark.slow  # three whole reports, extracted
def test_a_readme_beside_the_reports_changes_no_diff_and_no_series(tmp_path: Path) -> None:
    given = tmp_path / "verslagen"
    given.mkdir()
    for name in REPORTS:
        shutil.copy(DEV / name, given / name)
    (given / "README.md").write_text(README, encoding="utf-8")
    out = tmp_path / "out"
    code, _, stderr = _run(str(given), "-o", str(out), "--no-cache")
    assert code in (0, 1), stderr  # 1: the planted errors of the development set are found
    readme = json.loads((out / "README.json").read_text(encoding="utf-8"))["document"]
    assert (readme["organisation"], readme["fiscal_year"], readme["kind"]) == ("Windkracht Kempen", 2023, "other")
    assert sorted(p.name for p in out.glob("diff-*.json")) == [
        "diff-windkracht-kempen-bijzonder-verslag-2021--windkracht-kempen-bijzonder-verslag-2022.json",
        "diff-windkracht-kempen-bijzonder-verslag-2022--windkracht-kempen-bijzonder-verslag-2023.json"]
    with (out / "series-long.csv").open(encoding="utf-8", newline="") as handle:
        members = [(row["fiscal_year"], row["value"], row["raw"], row["unit"], row["series"])
                   for row in csv.DictReader(handle) if row["id"] == "other.vennoot"]
    # "1.842 vennoten" (2021), "Het aantal coöperanten steeg tot 2.015" (2022), "2.136 aandeelhouders" (2023)
    assert members == [("2021", "1842", "1.842 vennoten", "persons", "other.vennoot@persons"),
                       ("2022", "2015", "2.015", "persons", "other.vennoot@persons"),
                       ("2023", "2136", "2.136 aandeelhouders", "persons", "other.vennoot@persons")]


@pytest.mark.slow  # two whole reports, extracted
def test_check_compares_a_draft_with_last_year_s_report_not_with_a_readme_of_that_year(tmp_path: Path) -> None:
    against = tmp_path / "corpus"
    against.mkdir()
    shutil.copy(DEV / REPORTS[1], against / REPORTS[1])
    (against / "README.md").write_text(README.replace("2023", "2022"), encoding="utf-8")
    code, stdout, stderr = _run("check", str(DEV / REPORTS[2]), "--against", str(against), "--format", "json")
    assert code in (0, 1), stderr
    findings = json.loads(stdout)
    changed = {(c["before"]["raw"], c["after"]["raw"]) for c in findings["changes"] if c.get("before") and c.get("after")}
    assert ("2.015", "2.136 aandeelhouders") in changed
