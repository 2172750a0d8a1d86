"""Tables of a report written in Word and saved as PDF by LibreOffice (tests/make_word_table_pdfs.py builds it
from the .docx beside it): per cell its page, line, value as written and read, unit, period, table, row label,
parent, column header, scale and whether it is a total row."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extractor.document.readers import read_document
from extractor.pipeline import extract_file
from table_cells import cells as _cells

MADE = Path(__file__).parent / "fixtures" / "tables" / "jaarverslag-word-2023.pdf"


@pytest.fixture(scope="module")
def word() -> dict:
    return extract_file(MADE)


def test_row_labels_that_wrap_in_their_cell_are_whole(word) -> None:
    # the labels wrap onto two more lines; the years stand left in their cells, the amounts right
    assert _cells(word, 1) == [
        (1, 7, "1.240", 1240000, "EUR", "2022", "Omzet uit de verkoop van groentepakketten aan leden en winkels",
         None, "2022", 1000, False),
        (1, 7, "1.385", 1385000, "EUR", "2023", "Omzet uit de verkoop van groentepakketten aan leden en winkels",
         None, "2023", 1000, False),
        (1, 10, "85", 85000, "EUR", "2022", "Subsidies van de provincie voor de tuinen", None, "2022", 1000, False),
        (1, 10, "92", 92000, "EUR", "2023", "Subsidies van de provincie voor de tuinen", None, "2023", 1000, False),
        # the table's last row, its label wrapped too, under the caption's scale and in its own column
        (1, 13, "64", 64000, "EUR", "2022", "Bedrijfsresultaat na afschrijvingen en waardeverminderingen", None,
         "2022", 1000, False),
        (1, 13, "71", 71000, "EUR", "2023", "Bedrijfsresultaat na afschrijvingen en waardeverminderingen", None,
         "2023", 1000, False),
    ]


def test_results_table_costs_negative_and_the_bold_result_a_total(word) -> None:
    assert _cells(word, 2) == [
        (1, 20, "1.385", 1385000, "EUR", "2023", "Omzet", None, "2023", 1000, False),
        (1, 20, "1.240", 1240000, "EUR", "2022", "Omzet", None, "2022", 1000, False),
        (1, 21, "(610)", -610000, "EUR", "2023", "Aankopen", None, "2023", 1000, False),
        (1, 21, "(560)", -560000, "EUR", "2022", "Aankopen", None, "2022", 1000, False),
        (1, 22, "(590)", -590000, "EUR", "2023", "Personeelskosten", None, "2023", 1000, False),
        (1, 22, "(520)", -520000, "EUR", "2022", "Personeelskosten", None, "2022", 1000, False),
        (1, 23, "-/- 114", -114000, "EUR", "2023", "Afschrijvingen", None, "2023", 1000, False),
        (1, 23, "-/- 96", -96000, "EUR", "2022", "Afschrijvingen", None, "2022", 1000, False),
        (1, 24, "71", 71000, "EUR", "2023", "Resultaat", None, "2023", 1000, True),
        (1, 24, "64", 64000, "EUR", "2022", "Resultaat", None, "2022", 1000, True),
    ]
    wholes = [(r["indicators"][0]["raw"], len(r["indicators"]) - 1) for r in word["relations"]
              if r["kind"] == "part_whole" and r.get("table") == 2]
    assert wholes == [("71", 4), ("64", 4)]


def test_a_table_over_two_pages_is_one_table_its_total_sums_all_its_rows(word) -> None:
    cells = _cells(word, 3)
    assert len(cells) == 2 * 41  # 40 posts and the total, in two columns
    assert cells[:2] == [(1, 29, "1.037", 1037, "EUR", "2023", "Zaaigoed", None, "2023", None, False),
                         (1, 29, "929", 929, "EUR", "2022", "Zaaigoed", None, "2022", None, False)]
    # the last row of page 1, the first of page 2 (under the repeated header row, whose years are no figures)
    assert cells[12:16] == [
        (1, 35, "1.259", 1259, "EUR", "2023", "Gas voor de serres", None, "2023", None, False),
        (1, 35, "1.103", 1103, "EUR", "2022", "Gas voor de serres", None, "2022", None, False),
        (2, 2, "1.296", 1296, "EUR", "2023", "Brandstof", None, "2023", None, False),
        (2, 2, "1.132", 1132, "EUR", "2022", "Brandstof", None, "2022", None, False)]
    assert cells[-2:] == [(2, 35, "70.340", 70340, "EUR", "2023", "Totaal", None, "2023", None, True),
                          (2, 35, "59.780", 59780, "EUR", "2022", "Totaal", None, "2022", None, True)]
    assert not [i for i in word["indicators"] if i["location"]["page"] == 2 and i["location"]["line"] == 1]
    wholes = [(r["indicators"][0]["raw"], len(r["indicators"]) - 1) for r in word["relations"]
              if r["kind"] == "part_whole" and "70.340" in [m["raw"] for m in r["indicators"]]]
    assert wholes == [("70.340", 40)]


def test_split_fiscal_years_and_dated_columns(word) -> None:
    assert _cells(word, 4) == [
        (2, 40, "1.204", 1204, None, "2022/2023", "Leden", None, "2022-23", None, False),
        (2, 40, "1.391", 1391, None, "2023/2024", "Leden", None, "2023-24", None, False),
        (2, 41, "38", 38, None, "2022/2023", "Vrijwilligers", None, "2022-23", None, False),
        (2, 41, "42", 42, None, "2023/2024", "Vrijwilligers", None, "2023-24", None, False),
    ]
    assert _cells(word, 5) == [
        (2, 44, "915.300", 915300, None, "2023-06-30", "Vaste activa", None, "30/06/2023", None, False),
        (2, 44, "948.700", 948700, None, "2022-06-30", "Vaste activa", None, "30/06/2022", None, False),
        (2, 45, "212.450", 212450, None, "2023-06-30", "Vlottende activa", None, "30/06/2023", None, False),
        (2, 45, "187.900", 187900, None, "2022-06-30", "Vlottende activa", None, "30/06/2022", None, False),
        (2, 46, "1.127.750", 1127750, None, "2023-06-30", "Totaal der activa", None, "30/06/2023", None, True),
        (2, 46, "1.136.600", 1136600, None, "2022-06-30", "Totaal der activa", None, "30/06/2022", None, True),
    ]


def test_a_prose_line_under_a_ruled_table_is_read_whole(word) -> None:
    # its word space falls under the rule between the table's columns: no column of its own
    sentences = {i["sentence"] for i in word["indicators"] if i["location"]["page"] == 2}
    assert not [s for s in sentences if "vergadering" in s]
    lines = [line.text for line in read_document(MADE).lines if line.page == 2]
    assert "Alle kosten bleven binnen het budget dat de algemene vergadering" in lines


def test_key_figure_box_with_dot_leaders_bare_numbers_and_percentages(word) -> None:
    assert [c[:7] for c in _cells(word, 6)] == [
        (3, 2, "1.391", 1391, None, "2023-12-31", "Leden"),
        (3, 3, "8,7 %", 8.7, "%", "2022/2023", "Groei"),  # a growth: over 2022-2023
        (3, 4, "14", 14, None, "2023", "Afhaalpunten"),
        (3, 5, "1,4 miljoen euro", 1400000, "EUR", "2023", "Omzet"),
    ]


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")), reason="LibreOffice is missing")
def test_the_word_fixture_is_rebuilt_the_same_way(tmp_path) -> None:
    pytest.importorskip("docx")
    import make_word_table_pdfs

    rebuilt = make_word_table_pdfs.build(tmp_path)
    assert [(i["raw"], i["period"], i.get("table")) for i in extract_file(rebuilt)["indicators"]] == \
        [(i["raw"], i["period"], i.get("table")) for i in extract_file(MADE)["indicators"]]
