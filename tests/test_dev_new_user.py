"""The energy cooperative's three reports (tests/fixtures/dev-reports, copies of ../shared/dev-reports) tried as a
new user would (issue 19): extracted, linked as `extract` links them, diffed, checked and turned into series.
The member count is one series; no figure is compared with another year's; no note comes from a law's date;
the series show every linked quantity, each in a unit of the one vocabulary."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.diff import check_draft, diff_reports
from extractor.diff.link import add_series
from extractor.diff.view import Report
from extractor.pipeline import extract_file
from extractor.series.table import build
from extractor.series.units import in_vocabulary

DEV = Path(__file__).resolve().parent / "fixtures/dev-reports"
NAMES = {2021: "windkracht-kempen-bijzonder-verslag-2021.txt", 2022: "windkracht-kempen-bijzonder-verslag-2022.md",
         2023: "windkracht-kempen-bijzonder-verslag-2023.txt"}


@pytest.fixture(scope="module")
def reports() -> dict[int, dict]:
    found = {year: extract_file(DEV / name) for year, name in NAMES.items()}
    add_series(list(found.values()))
    return found


@pytest.fixture(scope="module")
def table(reports):
    return build(list(reports.values()))


def _at(reports: dict[int, dict], year: int, line: int, raw: str) -> dict:
    [record] = [r for r in reports[year]["indicators"] if r["location"]["line"] == line and r["raw"] == raw]
    return record


def _where(side) -> tuple[str, int, int]:
    return Path(side.document).name[-8:], side.location["line"], side.location["column"]


# ---- the member count is one series ------------------------------------------------------------------------

MEMBERS = [(2021, 109, "1.842 vennoten"), (2022, 29, "2.015"), (2023, 80, "2.136 aandeelhouders")]


def test_the_member_count_is_one_series(reports, table):
    linked = {_at(reports, year, line, raw)["series"] for year, line, raw in MEMBERS}
    assert len(linked) == 1
    [series] = [s for s in table.series if s.rows[0].linked in linked]
    assert (series.unit, series.dimension, series.noun) == ("persons", "people", "aandeelhouders")
    assert {year: cell.rows[0].value for year, cell in series.cells().items()} == {2021: 1842, 2022: 2015, 2023: 2136}
    assert [(row.fiscal_year, row.line, row.raw, row.unit) for row in series.rows] == [
        (2021, 109, "1.842 vennoten", "persons"), (2022, 29, "2.015", "persons"),
        (2023, 80, "2.136 aandeelhouders", "persons")]
    assert series in table.wide()


def test_the_member_count_is_compared_across_the_years(reports):
    """1.842 vennoten → 2.015 (the noun away from the number) → 2.136 aandeelhouders: one unit, a difference."""
    first = [c for c in diff_reports(reports[2021], reports[2022]).changes if c.after and c.after.raw == "2.015"]
    second = [c for c in diff_reports(reports[2022], reports[2023]).changes if c.after and c.after.raw ==
              "2.136 aandeelhouders"]
    assert [(c.before.raw, c.delta, c.status) for c in first] == [("1.842 vennoten", 173, "changed")]
    assert [(c.before.raw, c.delta, c.status) for c in second] == [("2.015", 121, "changed")]


def test_the_members_present_at_the_meeting_are_compared_in_one_unit(reports, table):
    """"Er waren 214 vennoten aanwezig of vertegenwoordigd" (2022) → "met 187 aanwezige of vertegenwoordigde
    vennoten" (2023): a count of persons both years, compared (was "niet vergelijkbaar": 'aanwezige' as a unit)."""
    found = [(c.before.raw, c.after.raw, c.delta, c.status) for c in diff_reports(reports[2022], reports[2023]).changes
             if c.before and c.after and c.id == "other.vennoot.aanwezig"]
    assert found == [("214 vennoten", "187 aanwezige of vertegenwoordigde vennoten", -27, "changed")]
    for old, new in ((2021, 2022), (2022, 2023)):
        assert [c.id for c in diff_reports(reports[old], reports[new]).changes if c.status == "incomparable"] == []


# ---- no figure is compared with another year's ------------------------------------------------------------

# figures the text gives for an earlier year: compared with that year's report only (tests/test_restatements.py)
EARLIER = [(2021, 116, 14), (2022, 33, 36), (2023, 86, 39), (2023, 72, 40)]


@pytest.mark.parametrize("old,new", [(2021, 2022), (2022, 2023)])
def test_no_figure_is_compared_with_another_years(reports, old: int, new: int):
    changes = [c for c in diff_reports(reports[old], reports[new]).changes if c.before and c.after]
    views = {old: Report(reports[old]), new: Report(reports[new])}
    for change in changes:
        for year, side in ((old, change.before), (new, change.after)):
            [record] = [r for r in reports[year]["indicators"] if r["location"] == side.location]
            assert views[year].in_year(record), (change.id, side.raw, record["period"])
    places = {_where(side) for change in changes for side in (change.before, change.after)}
    earlier = {(NAMES[year][-8:], line, column) for year, line, column in EARLIER}
    assert not places & earlier


def test_the_dividend_of_each_year_is_compared_with_the_next_years(reports):
    """"Voor 2021 stelt de raad 4,5 % voor" (2021) → "Voor 2022 stelt de raad 5 % voor" (2022) → "stelt de raad
    voor 2023 een dividend van 3,5 % voor" (2023): never the 2022 report's "Over 2021 ... 4,5 %"."""
    found = []
    for old, new in ((2021, 2022), (2022, 2023)):
        found += [(_where(c.before), _where(c.after)) for c in diff_reports(reports[old], reports[new]).changes
                  if c.before and c.after and c.after.unit == "%" and "dividend" in c.id and "maximum" not in c.id]
    assert found == [(("2021.txt", 116, 60), ("-2022.md", 33, 92)), (("-2022.md", 33, 92), ("2023.txt", 88, 5))]


# ---- no note from a law's date ------------------------------------------------------------------------------

def test_notes_of_another_year_come_only_from_what_the_text_says_of_the_figure(reports):
    notes = []
    for year in NAMES:
        earlier = [reports[y] for y in NAMES if y < year]
        findings = check_draft(reports[year], earlier)
        assert not any(".." in f.message or "1955" in f.message for f in findings.findings)
        notes += [(Path(e.document).name[-8:], e.location["line"], f.values["period"])
                  for f in findings.findings if f.rule == "internal.period_mismatch" for e in f.evidence]
    # "voor het boekjaar 2020 een dividend van 4 %", "Over 2021 keerden we 4,5 %", "Voor het boekjaar 2022 werd 5 %"
    assert notes == [("2021.txt", 116, "2020"), ("-2022.md", 33, "2021"), ("2023.txt", 86, "2022")]
    dated_by_law = [r for data in reports.values() for r in data["indicators"] if "1955" in str(r.get("period"))]
    assert dated_by_law == []


# ---- series: every linked quantity, units from the vocabulary ----------------------------------------------

SERIES = [  # linked quantity, unit, dimension, noun, values by year
    ("other.productie_energie", "MWh", "energy", None, {2021: 14820, 2022: 16190, 2023: 17480}),
    ("other.vermogen.zon", "kWp", "power", None, {2022: 1050, 2023: 1270}),
    ("other.kapitaal_euro", "EUR", "money", None, {2021: 2401000, 2022: 2597000, 2023: 2737500}),
    ("other.dividend_procent", "%", "share", None, {2021: 4.5, 2022: 5, 2023: 3.5}),
    ("other.gezin.ondersteund", "count", "count", "gezinnen", {2021: 12, 2022: 20, 2023: 31}),
    ("other.klant", "count", "count", "aansluitingen", {2021: 1136, 2022: 1345, 2023: 1700}),
    ("other.werknemer", "persons", "people", "medewerkers", {2021: 3, 2022: 4, 2023: 4}),
    ("employment.fte", "FTE", "labour", None, {2021: 2.4, 2022: 3.2, 2023: 3.4}),
    ("other.vergadering.bestuur", "count", "count", "keer", {2021: 11, 2022: 10, 2023: 9}),
    ("other.vennoot.aanwezig", "persons", "people", "vennoten", {2022: 214, 2023: 187}),
]


@pytest.mark.parametrize("quantity,unit,dimension,noun,values", SERIES, ids=[s[0] for s in SERIES])
def test_a_linked_quantity_in_the_series(table, quantity, unit, dimension, noun, values):
    [series] = [s for s in table.series if s.rows[0].quantity == quantity]
    assert (series.unit, series.dimension, series.noun) == (unit, dimension, noun)
    assert {year: cell.rows[0].value for year, cell in series.cells().items()} == values
    assert series in table.wide()


def test_series_show_every_linked_quantity_in_a_unit_of_the_vocabulary(table):
    assert table.wide() == table.series  # every figure of these reports is linked: every series is shown
    assert all(s.unit is None or in_vocabulary(s.unit) for s in table.series)
    assert all(row.unit is None or in_vocabulary(row.unit) for row in table.rows)
    assert not {row.unit for row in table.rows} & {"members", "times", "gezinnen", "klanten", "mwh", "kwp"}


# ---- pairs below the bar: shown as possible, never merged ---------------------------------------------------

POSSIBLE = [  # (year, line, raw) of both figures of a pair the linker scores below its bar
    ((2021, 125, "14 rondleidingen"), (2022, 37, "22 klassen")),  # guided tours one year, school classes the next
    ((2021, 102, "4.200 gezinnen"), (2022, 31, "ruim 400 gezinnen")),  # the consumption of 4.200 households, 400 waiting
    ((2021, 126, "386 deelnemers"), (2023, 94, "circa 450 leerlingen")),  # over a year that leaves them out
]


@pytest.mark.parametrize("first,second", POSSIBLE, ids=[p[0][2] for p in POSSIBLE])
def test_a_possible_pair_is_shown_on_both_sides_and_never_merged(reports, table, first, second):
    a, b = _at(reports, *first), _at(reports, *second)
    assert a["series"] != b["series"]
    assert [p["series"] for p in a["possible_series"]] == [b["series"]]
    assert [p["series"] for p in b["possible_series"]] == [a["series"]]
    assert a["possible_series"][0]["confidence"] == b["possible_series"][0]["confidence"] < 0.6
    by_quantity = {s.rows[0].quantity: s for s in table.series}
    assert by_quantity[a["series"]].possible == (b["series"],)
    assert by_quantity[b["series"]].possible == (a["series"],)


def test_figures_linked_confidently_have_no_possible_series(reports):
    for year, line, raw in MEMBERS:
        assert "possible_series" not in _at(reports, year, line, raw)
