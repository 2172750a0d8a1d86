"""Linking figures that stand in tables across years (extractor/diff/link.py, extractor/figures/keys.py).

tests/fixtures/linking_tables/ holds the reports of two cooperatives written for this (gold.json says which
layouts): key-figure boxes, years as columns, "Boekjaar" / "Vorig boekjaar", two dated columns of a balance, a
unit in the first header cell, leader dots under a caption in thousands of euro, and the same things in other
words each year. The
measure is the issue's: a quantity stated in two consecutive reports carries ONE series id in both, shared with
no other quantity of those two reports; here every figure of the quantity counts (a column of last year too).
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from linked_fixtures import gold_files, in_order, linked_reports, organisation_of, year_of

FIXTURES = ROOT / "tests" / "fixtures" / "linking_tables"
GOLD = gold_files(FIXTURES)
ORGANISATIONS = sorted({organisation_of(name) for name in GOLD})
FILES = in_order(GOLD)


def _all_reports() -> dict[str, dict]:
    return linked_reports(FIXTURES)


def _reports(organisation: str = "woonkracht") -> tuple[dict, ...]:
    return tuple(report for name, report in _all_reports().items() if name.startswith(organisation + "-"))


def _record(report: dict, line: int, value: float) -> dict:
    found = [r for r in report["indicators"] if r["location"]["line"] == line and r["value"] == value]
    assert len(found) == 1, (line, value, [(r["location"]["line"], r["value"]) for r in report["indicators"]])
    return found[0]


def _by_key(name: str, report: dict) -> dict[str, set[str]]:
    """gold key -> the series ids of all its figures in the report."""
    out: dict[str, set[str]] = {}
    for line, value, key, _ in GOLD[name]:
        out.setdefault(key, set()).add(_record(report, line, value)["series"])
    return out


PAIRS = [(key, a, b) for a, b in zip(FILES, FILES[1:]) if a.split("-", 1)[0] == b.split("-", 1)[0]
         for key in sorted({g[2] for g in GOLD[a]} & {g[2] for g in GOLD[b]})]


@pytest.mark.parametrize("key,a,b", PAIRS, ids=[f"{a.split('-')[0]}:{key}:{year_of(a)}-{year_of(b)}"
                                                 for key, a, b in PAIRS])
def test_one_quantity_one_series_in_consecutive_reports(key: str, a: str, b: str) -> None:
    reports = _all_reports()
    series_a, series_b = _by_key(a, reports[a]), _by_key(b, reports[b])
    assert len(series_a[key]) == 1 and series_a[key] == series_b[key], (series_a[key], series_b[key])
    others = {s for found in (series_a, series_b) for other, ids in found.items() if other != key for s in ids}
    assert not series_a[key] & others, f"{key}: shared with another quantity"


def test_every_figure_has_its_period() -> None:
    for name, report in _all_reports().items():
        for line, value, key, period in GOLD[name]:
            assert _record(report, line, value)["period"] == period, (name, line, value, key)


def test_a_key_figure_box_keys_each_line_by_its_own_label() -> None:
    # "Verhuurde woningen: 128" / "Wachtlijst: 86 kandidaat-huurders" / "Leegstand: 2,1 %" / "Vrijwilligers: 24"
    report = _reports()[0]
    found = [(r["location"]["line"], r["label"], r["id"], r["table"]["row"]) for r in report["indicators"]
             if r.get("table") and r["table"]["table"] == 1]
    assert found == [
        (12, "Verhuurde woningen", "other.woning.in_beheer", "Verhuurde woningen"),
        (13, "Wachtlijst", "other.kandidaat.wachtend", "Wachtlijst"),  # the cell names its own noun
        (14, "Leegstand", "other.leegstand_procent", "Leegstand"),
        (15, "Vrijwilligers", "other.vrijwilliger", "Vrijwilligers")]
    # a box of label lines over number lines (2024) keys its cells alike
    boxed = [(r["value"], r["id"]) for r in _reports()[2]["indicators"] if r["location"]["line"] <= 14]
    assert boxed == [(134, "other.woning.in_beheer"), (102, "other.wachtlijst"), (1.5, "other.leegstand_procent"),
                     (31, "other.vrijwilliger")]


def test_a_row_label_keys_its_cells_where_the_lexicon_does_not_know_it() -> None:
    # "| Huurinkomsten | 845.200 | 812.400 |" under "Bedragen in euro": no other.getal, the row's words and unit
    report = _reports()[1]
    cells = [(r["location"]["line"], r["value"], r["id"], r["unit"], r["period"], r["table"]["column"])
             for r in report["indicators"] if r["location"]["line"] >= 32]
    assert cells == [
        (32, 845200, "other.huurinkomsten_euro", "EUR", "2023", "Boekjaar"),
        (32, 812400, "other.huurinkomsten_euro", "EUR", "2022", "Vorig boekjaar"),
        (33, 151000, "other.onderhoudskosten_euro", "EUR", "2023", "Boekjaar"),
        (33, 143900, "other.onderhoudskosten_euro", "EUR", "2022", "Vorig boekjaar"),
        (34, 24300, "other.resultaat_euro", "EUR", "2023", "Boekjaar"),
        (34, 21700, "other.resultaat_euro", "EUR", "2022", "Vorig boekjaar")]
    assert not [r for r in report["indicators"] if r["id"].startswith("other.getal")]


def test_the_first_header_cell_of_a_row_of_years_gives_the_unit_of_every_column() -> None:
    # "Bedragen in euro          2022        2021": the 2021 column is in euro too, and is 2021's
    report = _reports()[0]
    cells = [(r["value"], r["unit"], r["period"], r["table"]["column"]) for r in report["indicators"]
             if r["location"]["line"] == 29]
    assert cells == [(812400, "EUR", "2022", "2022"), (786100, "EUR", "2021", "2021")]


def test_leader_dots_under_a_caption_are_figures_in_its_scale() -> None:
    # "Financiën (in duizend euro)" over "Huurinkomsten ..... 872": no page numbers, no figure "duizend euro"
    report = _reports()[2]
    found = [(r["location"]["line"], r["value"], r["unit"], r["label"], r["table"].get("scale"))
             for r in report["indicators"] if r["location"]["line"] >= 27]
    assert found == [(28, 872000, "EUR", "Huurinkomsten", 1000), (29, 160000, "EUR", "Onderhoudskosten", 1000),
                     (30, 26000, "EUR", "Resultaat", 1000)]


def test_a_column_of_last_year_links_to_last_years_report_and_steals_nothing() -> None:
    # 2023's "Vorig boekjaar" 812.400 is the 812.400 of the 2022 report; 845.200 is 2023's own figure of it
    old, new = _reports()[0], _reports()[1]
    assert _record(new, 32, 812400)["series"] == _record(old, 29, 812400)["series"] \
        == _record(new, 32, 845200)["series"]
    # the 2022 column of the key-figure table (2023) is 2022's box figure
    assert _record(new, 13, 128)["series"] == _record(old, 12, 128)["series"] == _record(new, 13, 131)["series"]


def test_one_quantity_stated_twice_in_a_report_is_one_node() -> None:
    # "128 woningen" in a sentence and "Verhuurde woningen: 128" in a box (2022); "134 woningen" and the box's
    # "134" (2024), keyed other.woning and other.woning.in_beheer
    old, last = _reports()[0], _reports()[2]
    assert _record(old, 7, 128)["series"] == _record(old, 12, 128)["series"]
    assert _record(last, 17, 134)["series"] == _record(last, 8, 134)["series"]


def test_a_balance_with_two_dated_columns_keys_its_rows_with_their_parents_and_its_total_without() -> None:
    # "Balans (x € 1.000)" over "31/12/2023    31/12/2022", "Vlottende activa" over "Voorraden", "Totaal activa"
    report = _reports("voedselteam")[1]
    found = [(r["location"]["line"], r["value"], r["id"], r["period"], r["table"].get("scale"))
             for r in report["indicators"] if r["location"]["line"] in (17, 19)]
    assert found == [
        (17, 38000, "other.voorraad_euro.activum", "2023-12-31", 1000),
        (17, 34000, "other.voorraad_euro.activum", "2022-12-31", 1000),
        (19, 426000, "other.activum_euro", "2023-12-31", 1000),  # the total of all assets, of no group
        (19, 381000, "other.activum_euro", "2022-12-31", 1000)]
    assert [r["table"]["parent"] for r in report["indicators"] if r["location"]["line"] == 17] == \
        ["Vlottende activa"] * 2


def test_a_claimed_change_whose_key_names_what_changed_links_across_years() -> None:
    # "De omzet steeg met 12,5 % tot 450.000 euro" / "De omzet bedroeg 498.000 euro, een groei van 10,7 %"
    old, new = _reports("voedselteam")
    assert _record(old, 9, 12.5)["series"] == _record(new, 9, 10.7)["series"] != _record(new, 9, 498000)["series"]
