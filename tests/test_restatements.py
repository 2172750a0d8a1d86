"""A figure a report gives for an earlier year is checked against that year's report (across.previous_year_figure,
a restatement): equal, nothing; different, a warning with both values and both places. Planted in copies of the
energy cooperative's reports (tests/fixtures/dev-reports) and in small texts of another cooperative."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.diff import check_draft
from extractor.pipeline import extract_file, extract_text

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests/fixtures/dev-reports"
DEV_2021 = DEV / "windkracht-kempen-bijzonder-verslag-2021.txt"
DEV_2022 = DEV / "windkracht-kempen-bijzonder-verslag-2022.md"
DEV_2023 = DEV / "windkracht-kempen-bijzonder-verslag-2023.txt"
RULE = "across.previous_year_figure"


@pytest.fixture(scope="module")
def dev() -> dict[int, dict]:
    return {2021: extract_file(DEV_2021), 2022: extract_file(DEV_2022), 2023: extract_file(DEV_2023)}


def _planted(tmp_path: Path, source: Path, old: str, new: str) -> tuple[dict, int]:
    text = source.read_text(encoding="utf-8")
    assert text.count(old) == 1
    copy = tmp_path / source.name
    copy.write_text(text.replace(old, new), encoding="utf-8")
    return extract_file(copy), text[:text.index(old)].count("\n") + 1


def _restatements(findings) -> list:
    return [f for f in findings.sorted_findings() if f.rule == RULE]


def _places(finding) -> list[tuple[str, int, int]]:
    return [(Path(e.document).name[-8:], e.location["line"], e.location["column"]) for e in finding.evidence]


def test_the_dev_reports_restate_nothing_differently(dev):
    """The 2022 report's dividend over 2021 (4,5 %), the 2023 report's over 2022 (5 %) and its production of 2022
    (16.190 MWh) are what those years' reports said: no finding."""
    assert _restatements(check_draft(dev[2022], [dev[2021]])) == []
    assert _restatements(check_draft(dev[2023], [dev[2022], dev[2021]])) == []


def test_last_years_dividend_restated_differently(tmp_path, dev):
    draft, line = _planted(tmp_path, DEV_2022, "Over 2021 keerden we 4,5 %", "Over 2021 keerden we 4,2 %")
    [finding] = _restatements(check_draft(draft, [dev[2021]]))
    assert finding.severity == "info"  # only the words join it to this year's dividend: a note
    assert finding.values == {"year": 2021, "stated": 4.2, "earlier": 4.5}
    assert _places(finding) == [("-2022.md", line, 36), ("2021.txt", 116, 60)]
    assert finding.message == ("Het verslag 2022 geeft «4,2 %» voor 2021 («dividend»), maar het verslag 2021 "
                               "vermeldde «4,5 %».")


def test_a_figure_for_the_fiscal_year_named_in_words_restated_differently(tmp_path, dev):
    """"Voor het boekjaar 2022 werd 5,5 % uitgekeerd" in the 2023 report; the 2022 report proposed 5 %."""
    draft, line = _planted(tmp_path, DEV_2023, "boekjaar 2022 werd 5 %", "boekjaar 2022 werd 5,5 %")
    [finding] = _restatements(check_draft(draft, [dev[2022], dev[2021]]))
    assert finding.values == {"year": 2022, "stated": 5.5, "earlier": 5}
    assert _places(finding) == [("2023.txt", line, 39), ("-2022.md", 33, 92)]


def test_a_restatement_is_checked_against_the_report_of_that_year_only(tmp_path, dev):
    """The 2022 dividend restated in the 2023 report is not compared with the 2021 report (4 % for 2020 there)."""
    draft, _ = _planted(tmp_path, DEV_2023, "boekjaar 2022 werd 5 %", "boekjaar 2022 werd 4 %")
    assert _restatements(check_draft(draft, [dev[2021]])) == []
    [finding] = _restatements(check_draft(draft, [dev[2022], dev[2021]]))
    assert finding.values["earlier"] == 5


def _report(text: str, year: int, name: str) -> dict:
    data = extract_text(text, fiscal_year=year, name=name)
    data["document"]["sha256"] = f"{year:064d}"  # two texts held in memory: two reports, not one
    return data


LAST_YEAR = "Werkplaats\n\nDe werkplaats herstelde dit jaar {old} fietsen.\n"
THIS_YEAR = "Werkplaats\n\nDe werkplaats herstelde 2.315 fietsen, tegenover 1.980 vorig jaar.\n"


@pytest.mark.parametrize("old,found", [("1.980", False), ("1.890", True)])
def test_last_years_value_beside_this_years(old: str, found: bool) -> None:
    earlier = _report(LAST_YEAR.format(old=old), 2023, "fietsen-2023.txt")
    findings = _restatements(check_draft(_report(THIS_YEAR, 2024, "fietsen-2024.txt"), [earlier]))
    if not found:
        assert findings == []
        return
    [finding] = findings
    assert finding.severity == "info"  # "tegenover 1.980 vorig jaar": one sentence, no relation: a note
    assert finding.values == {"year": 2023, "stated": 1980, "earlier": 1890}
    assert _places(finding) == [("2024.txt", 3, 50), ("2023.txt", 3, 34)]
    assert finding.message == ("Het verslag 2024 geeft «1.980» voor 2023 («fietsen»), maar het verslag 2023 "
                               "vermeldde «1.890 fietsen».")


# ---- a table's column of last year (tests/fixtures/linking_tables: a food cooperative's balance sheet) ---------

TABLES = ROOT / "tests/fixtures/linking_tables"
FOOD_2022 = TABLES / "voedselteam-bijzonder-verslag-2022.txt"
FOOD_2023 = TABLES / "voedselteam-bijzonder-verslag-2023.txt"
LIQUID = "   Liquide middelen               141           122"  # columns 31/12/2023 and 31/12/2022, x € 1.000


def test_last_years_column_restated_differently(tmp_path):
    earlier = extract_file(FOOD_2022)
    assert _restatements(check_draft(extract_file(FOOD_2023), [earlier])) == []
    draft, line = _planted(tmp_path, FOOD_2023, LIQUID, LIQUID.replace("122", "125"))
    [finding] = _restatements(check_draft(draft, [earlier]))
    assert finding.severity == "info"  # two cells of one row, linked by the words of the row label: a note
    assert finding.values == {"year": 2022, "stated": 125000, "earlier": 122000}
    assert _places(finding) == [("2023.txt", line, 49), ("2022.txt", 18, 35)]


def test_a_column_of_last_year_gives_no_note_of_another_period():
    """The balance sheet's 31/12/2022 column in the 2023 report is a comparison the table makes on purpose: it is
    checked against the 2022 report, never noted as a figure of another year."""
    findings = check_draft(extract_file(FOOD_2023), [extract_file(FOOD_2022)])
    assert [f for f in findings.findings if f.rule == "internal.period_mismatch"] == []


def test_a_count_in_times_and_in_meetings_is_one_unit():
    """"De raad van bestuur vergaderde 8 keer" (2022) and "9 bestuursvergaderingen" (2023): counts of one thing,
    no unit change (days and hours still are one: tests/test_diff_corpus.py)."""
    findings = check_draft(extract_file(TABLES / "woonkracht-bijzonder-verslag-2023.md"),
                           [extract_file(TABLES / "woonkracht-bijzonder-verslag-2022.txt")])
    assert [f for f in findings.findings if f.rule == "across.unit_change"] == []



@pytest.mark.parametrize("old,found", [("124.837", False), ("126.200", True)])
def test_a_table_in_thousands_restates_what_its_last_digit_rounds(tmp_path, old: str, found: bool):
    """"122" in a balance sheet "x € 1.000" restates 121.500 to 122.499 euro: 124.837 is not 122 thousand
    rounded, but it is 125 thousand; 126.200 is neither."""
    earlier = _report(f"Balans\n\nDe liquide middelen bedroegen op 31 december 2022 {old} euro.\n", 2022,
                      "fiets-2022.txt")
    text = ("Balans (x € 1.000)\n\n"
            "                          31/12/2023    31/12/2022\n"
            "Liquide middelen                 141           125\n"
            "Voorraden                         38            34\n")
    findings = _restatements(check_draft(_report(text, 2023, "fiets-2023.txt"), [earlier]))
    assert [f.values["earlier"] for f in findings] == ([126200] if found else [])
