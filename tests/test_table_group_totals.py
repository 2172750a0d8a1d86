"""A total row at the indent of a table's group labels ("Totaal passiva" under "Eigen vermogen" and "Schulden",
each over its indented rows) is a sibling of the groups, not a row of the last one: it has no parent and totals
the rows of the groups at its own level (extractor/document/tables/aligned.py and grids.py, `_rows` and
`_fill_rows`; extractor/figures/table_relations.py). Its parts are then not the last group's rows alone, so the
check of parts and whole (internal.parts_sum) raises no false warning. A land-trust cooperative's balance, written
for this test in each layout a table of figures is written in; and the committed fixture's "Totaal activa"."""

from __future__ import annotations

import pytest

from conftest import ROOT
from extractor.diff import check_draft
from extractor.pipeline import extract_file, extract_text

# label, indent, this year, last year (a group label has no figures)
ROWS = [("Eigen vermogen", 0, "", ""), ("Kapitaal", 1, "50.000", "48.000"), ("Reserves", 1, "12.500", "10.000"),
        ("Schulden", 0, "", ""), ("Leveranciers", 1, "7.300", "6.900"), ("Banken", 1, "20.000", "25.000"),
        ("Totaal passiva", 0, "89.800", "89.900")]
HEAD = "Jaarverslag 2024 van Grondkracht cv\n\nBalans op 31 december 2024 (in euro)\n\n"
TAIL = "\n\nDe algemene vergadering keurde de jaarrekening goed.\n"
FIRST = {"aligned": 6, "pipes": 7, "tabs": 6}  # the line of the first group label


def _aligned(rows) -> str:
    lines = [" " * 30 + "2024        2023"]
    lines += [f"{'    ' * depth + label:<28}{a:>8}{b:>12}".rstrip() for label, depth, a, b in rows]
    return HEAD + "\n".join(lines) + TAIL


def _pipes(rows) -> str:
    lines = ["| Passiva | 2024 | 2023 |", "|---|---:|---:|"]
    lines += [f"| {'&nbsp;&nbsp;&nbsp;&nbsp;' * depth}{label} | {a} | {b} |" for label, depth, a, b in rows]
    return "# " + HEAD + "\n".join(lines) + TAIL


def _tabs(rows) -> str:
    return HEAD + "\n".join(["\t2024\t2023"] + [f"{'    ' * depth}{label}\t{a}\t{b}".rstrip()
                                                 for label, depth, a, b in rows]) + TAIL


LAYOUTS = {"aligned": (_aligned, "text"), "pipes": (_pipes, "markdown"), "tabs": (_tabs, "text")}


def _report(layout: str, rows=ROWS) -> dict:
    write, fmt = LAYOUTS[layout]
    return extract_text(write(rows), fmt=fmt, name="grondkracht-jaarverslag-2024." + ("md" if fmt == "markdown" else "txt"))


def _rows(report: dict) -> list[tuple]:
    return [(i["location"]["line"], i["raw"], i["table"]["row"], i["table"]["parent"], i["table"].get("total", False))
            for i in report["indicators"] if "table" in i]


def _sums(report: dict) -> list[str]:
    return [f.message for f in check_draft(report, []).sorted_findings() if f.rule == "internal.parts_sum"]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_total_row_at_the_indent_of_the_group_labels_is_no_row_of_the_last_group(layout: str) -> None:
    first = FIRST[layout]
    assert _rows(_report(layout)) == [
        (first + 1, "50.000", "Kapitaal", "Eigen vermogen", False),
        (first + 1, "48.000", "Kapitaal", "Eigen vermogen", False),
        (first + 2, "12.500", "Reserves", "Eigen vermogen", False),
        (first + 2, "10.000", "Reserves", "Eigen vermogen", False),
        (first + 4, "7.300", "Leveranciers", "Schulden", False),
        (first + 4, "6.900", "Leveranciers", "Schulden", False),
        (first + 5, "20.000", "Banken", "Schulden", False),
        (first + 5, "25.000", "Banken", "Schulden", False),
        (first + 6, "89.800", "Totaal passiva", None, True),
        (first + 6, "89.900", "Totaal passiva", None, True)]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_the_total_of_the_groups_sums_the_rows_of_both_groups(layout: str) -> None:
    wholes = [[i["raw"] for i in r["indicators"]] for r in _report(layout)["relations"] if r["kind"] == "part_whole"]
    assert wholes == [["89.800", "50.000", "12.500", "7.300", "20.000"],
                      ["89.900", "48.000", "10.000", "6.900", "25.000"]]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_the_total_of_the_groups_raises_no_false_parts_sum(layout: str) -> None:
    assert _sums(_report(layout)) == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_rows_set_at_their_labels_own_indent_stay_its_rows(layout: str) -> None:
    # no indentation at all: every row under a label is that label's, up to the next label
    flat = [(label, 0, a, b) for label, _, a, b in ROWS[:-1]]
    first = FIRST[layout]
    assert [(line, row, parent) for line, _, row, parent, _ in _rows(_report(layout, flat))][::2] == [
        (first + 1, "Kapitaal", "Eigen vermogen"), (first + 2, "Reserves", "Eigen vermogen"),
        (first + 4, "Leveranciers", "Schulden"), (first + 5, "Banken", "Schulden")]


def test_the_fixture_balance_total_of_all_assets_is_of_no_group_and_sums_them() -> None:
    # "Vaste activa" and "Vlottende activa" over their indented rows, then "Totaal activa   426   381"
    report = extract_file(ROOT / "tests/fixtures/linking_tables/voedselteam-bijzonder-verslag-2023.txt")
    assert [row for row in _rows(report) if row[0] >= 14][::2] == [
        (14, "232", "Materiële vaste activa", "Vaste activa", False),
        (15, "15", "Financiële vaste activa", "Vaste activa", False),
        (17, "38", "Voorraden", "Vlottende activa", False),
        (18, "141", "Liquide middelen", "Vlottende activa", False),
        (19, "426", "Totaal activa", None, True)]
    assert _sums(report) == []
    wholes = [[i["raw"] for i in r["indicators"]] for r in report["relations"] if r["kind"] == "part_whole"]
    assert wholes == [["426", "232", "15", "38", "141"], ["381", "210", "15", "34", "122"]]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_total_of_the_groups_that_misses_their_rows_is_reported(layout: str) -> None:
    # 50.000 + 12.500 + 7.300 + 20.000 = 89.800, the balance says 98.800 (a typo); last year's adds up
    wrong = ROWS[:-1] + [("Totaal passiva", 0, "98.800", "89.900")]
    assert _sums(_report(layout, wrong)) == [
        "De delen van «Totaal passiva» tellen niet op tot het totaal: 50.000 + 12.500 + 7.300 + 20.000 = 89.800, "
        "maar het verslag vermeldt 98.800."]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_total_after_two_flat_groups_that_does_not_name_the_last_totals_both(layout: str) -> None:
    # no indentation: "Totaal passiva" names neither group, so it totals both, not "Schulden" alone
    flat = [(label, 0, a, b) for label, _, a, b in ROWS]
    report = _report(layout, flat)
    assert _rows(report)[-2:] == [(FIRST[layout] + 6, "89.800", "Totaal passiva", None, True),
                                  (FIRST[layout] + 6, "89.900", "Totaal passiva", None, True)]
    assert _sums(report) == []


ASSETS_AND_LIABILITIES = [("Vaste activa", 0, "", ""), ("Terreinen", 1, "60.000", "60.000"),
                          ("Vlottende activa", 0, "", ""), ("Kas", 1, "29.800", "29.900"),
                          ("Totaal activa", 0, "89.800", "89.900")] + ROWS


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_the_second_total_of_groups_in_one_table_totals_the_groups_after_the_first(layout: str) -> None:
    # assets then liabilities in one table: "Totaal passiva" is no total of the assets' rows too
    report = _report(layout, ASSETS_AND_LIABILITIES)
    wholes = [[i["raw"] for i in r["indicators"]] for r in report["relations"] if r["kind"] == "part_whole"]
    assert wholes == [["89.800", "60.000", "29.800"], ["89.900", "60.000", "29.900"],
                      ["89.800", "50.000", "12.500", "7.300", "20.000"],
                      ["89.900", "48.000", "10.000", "6.900", "25.000"]]
    assert _sums(report) == []


def test_a_bare_total_under_rows_that_miss_it_is_reported_a_named_one_of_other_rows_is_not() -> None:
    # "Totaal" alone totals the rows over it; "Totaal omzet" under counts of people names its own quantity
    report = extract_text("Kerncijfers 2024 van Grondkracht cv\n\n                2024     2023\nMannen            20       18\n"
                          "Vrouwen           25       22\nTotaal            48       40\n\nBeleggers\n\n"
                          "                2024     2023\nLeden            412      380\nKlanten          640      590\n"
                          "Totaal omzet     900      800\n", fiscal_year=2024)
    assert _sums(report) == ["De delen van «Totaal» tellen niet op tot het totaal: 20 + 25 = 45, maar het verslag "
                             "vermeldt 48."]
