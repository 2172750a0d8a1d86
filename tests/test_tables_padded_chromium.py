"""Ruled and padded HTML tables printed by headless Chromium in DejaVu Sans (tests/make_padded_chromium_tables.py
builds the PDF; the HTML is kept beside it), read with the default engine, pdfium, which gives Chromium's space
glyphs of that font as spaces of its own: the page seemed to write no spaces, so the gap between two cells of
figures ("58,3" and "51,9", 23 pt apart) read as a word space and the row's figures as one cell; the key-figure
rows under a group row with empty cells were no table rows at all (their figures unscaled, labelled after a
word further down), and the header cells "Boekjaar" and "Vorig boekjaar" one cell, no header. A gap of an em
or more between pieces that are each a figure or a column header now parts two cells. The title over the results
says its unit beside it ("Verkorte resultatenrekening (in euro)"): every amount is in euro. "Totale
opbrengsten" totals the group over it and closes it. The costs indented between "Bedrijfsopbrengsten" and
"Bedrijfskosten" add up to the row under them: no breakdown of the revenue (which raised internal.parts_sum).
Per cell: page, line, value as written and read, unit, period, row, parent, column, scale, total."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extractor.diff import check_draft
from extractor.pipeline import extract_file
from table_cells import cells as _cells

PDF = Path(__file__).parent / "fixtures" / "tables" / "repaircafe-chromium-2024.pdf"


@pytest.fixture(scope="module")
def report() -> dict:
    return extract_file(PDF)


def test_key_figures_under_a_scale_paragraph_with_a_group_row_and_its_total(report) -> None:
    group = "Opbrengsten"
    assert _cells(report, 1) == [
        (1, 9, "58,3", 58300, "EUR", "2024", "herstelbijdragen", group, "2024", 1000, False),
        (1, 9, "51,9", 51900, "EUR", "2023", "herstelbijdragen", group, "2023", 1000, False),
        (1, 10, "21,4", 21400, "EUR", "2024", "verkoop onderdelen", group, "2024", 1000, False),
        (1, 10, "19,2", 19200, "EUR", "2023", "verkoop onderdelen", group, "2023", 1000, False),
        (1, 11, "79,7", 79700, "EUR", "2024", "Totale opbrengsten", group, "2024", 1000, True),
        (1, 11, "71,1", 71100, "EUR", "2023", "Totale opbrengsten", group, "2023", 1000, True),
        (1, 12, "146,2", 146200, "EUR", "2024-12-31", "Eigen vermogen", None, "2024", 1000, False),
        (1, 12, "139,8", 139800, "EUR", "2023-12-31", "Eigen vermogen", None, "2023", 1000, False),
        (1, 13, "40,0", 40000, "EUR", "2024", "Geleende middelen", None, "2024", 1000, False),
        (1, 13, "45,0", 45000, "EUR", "2023", "Geleende middelen", None, "2023", 1000, False)]


def test_results_in_fiscal_year_columns_of_header_cells_under_a_title_with_its_unit(report) -> None:
    this, last, revenue = "Boekjaar", "Vorig boekjaar", "Bedrijfsopbrengsten"
    assert _cells(report, 2) == [
        (1, 18, "58.300", 58300, "EUR", "2024", "Herstelbijdragen", None, this, None, False),
        (1, 18, "51.900", 51900, "EUR", "2023", "Herstelbijdragen", None, last, None, False),
        (1, 19, "21.400", 21400, "EUR", "2024", "Verkoop onderdelen", None, this, None, False),
        (1, 19, "19.200", 19200, "EUR", "2023", "Verkoop onderdelen", None, last, None, False),
        (1, 20, "79.700", 79700, "EUR", "2024", revenue, None, this, None, False),
        (1, 20, "71.100", 71100, "EUR", "2023", revenue, None, last, None, False),
        # indented under the revenue by the layout; their total is the row under them
        (1, 21, "-/- 24.600", -24600, "EUR", "2024", "Onderdelen en gereedschap", revenue, this, None, False),
        (1, 21, "-/- 22.800", -22800, "EUR", "2023", "Onderdelen en gereedschap", revenue, last, None, False),
        (1, 22, "-/- 14.400", -14400, "EUR", "2024", "Huur werkplaats", revenue, this, None, False),
        (1, 22, "-/- 14.400", -14400, "EUR", "2023", "Huur werkplaats", revenue, last, None, False),
        (1, 23, "-/- 31.900", -31900, "EUR", "2024", "Personeelskosten", revenue, this, None, False),
        (1, 23, "-/- 30.100", -30100, "EUR", "2023", "Personeelskosten", revenue, last, None, False),
        (1, 24, "-/- 70.900", -70900, "EUR", "2024", "Bedrijfskosten", None, this, None, False),
        (1, 24, "-/- 67.300", -67300, "EUR", "2023", "Bedrijfskosten", None, last, None, False),
        (1, 25, "8.800", 8800, "EUR", "2024", "Resultaat van het boekjaar", None, this, None, False),
        (1, 25, "3.800", 3800, "EUR", "2023", "Resultaat van het boekjaar", None, last, None, False)]


def test_every_figure_is_a_cell_and_the_scale_paragraph_no_figure(report) -> None:
    assert [i["raw"] for i in report["indicators"] if "table" not in i] == []
    assert len(report["indicators"]) == 26


def test_the_group_total_adds_up_and_the_costs_over_their_total_are_no_breakdown_of_the_revenue(report) -> None:
    wholes = [[m["raw"] for m in r["indicators"]] for r in report["relations"] if r["kind"] == "part_whole"]
    assert wholes == [["79,7", "58,3", "21,4"], ["71,1", "51,9", "19,2"]]
    assert not [f for f in check_draft(report, []).findings if f.rule == "internal.parts_sum"]


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("chromium") or shutil.which("chromium-browser")), reason="Chromium is missing")
def test_the_fixture_is_rebuilt_the_same_way(tmp_path) -> None:
    import make_padded_chromium_tables

    built = make_padded_chromium_tables.build(tmp_path)
    assert [(i["raw"], i["period"], i["table"]["row"], i["table"]["column"]) for i in
            extract_file(built)["indicators"]] == \
        [(i["raw"], i["period"], i["table"]["row"], i["table"]["column"]) for i in extract_file(PDF)["indicators"]]
