"""Tables of a cultural venue's cooperative, as its writers make them (issue 19 point 1): HTML printed by headless
Chromium with its own page header and footer, and next year's report written in Word with real tables
(tests/make_cultuurhuis_tables.py builds both; the HTML is kept beside the PDF).

The key-figure table is HTML in a browser's default style: plain <td> cells, no padding, left-aligned, so the
cells of a row stand as close as a word space and Chromium writes no space glyph between them. Read as text,
"Opbrengsten 612 688 741 803" gave one number per row, or none. Per cell: page, line, value as written and read
(the scale of "x € 1.000", "(in duizend euro)" applied, the sign of "-14", "-/- 1.012", "(9)"), unit, period,
row, parent row, column header, scale, total."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extractor.diff import check_draft
from extractor.document.readers import read_document
from extractor.pipeline import extract_file
from table_cells import cells as _cells

FIXTURES = Path(__file__).parent / "fixtures" / "tables"
CHROMIUM = FIXTURES / "cultuurhuis-chromium-2023.pdf"
WORD = FIXTURES / "cultuurhuis-word-2024.docx"


@pytest.fixture(scope="module")
def chromium() -> dict:
    return extract_file(CHROMIUM)


@pytest.fixture(scope="module")
def word() -> dict:
    return extract_file(WORD)


def test_key_figures_in_default_cells_each_in_its_year_under_the_scale_line(chromium) -> None:
    # "-9   7   22": the short "7", set left in its cell, is of the 2022 column (columns by left edges here)
    assert _cells(chromium, 1) == [
        (1, 8, "612", 612000, "EUR", "2020", "Opbrengsten", None, "2020", 1000, False),
        (1, 8, "688", 688000, "EUR", "2021", "Opbrengsten", None, "2021", 1000, False),
        (1, 8, "741", 741000, "EUR", "2022", "Opbrengsten", None, "2022", 1000, False),
        (1, 8, "803", 803000, "EUR", "2023", "Opbrengsten", None, "2023", 1000, False),
        (1, 9, "210", 210000, "EUR", "2020", "Subsidies", None, "2020", 1000, False),
        (1, 9, "225", 225000, "EUR", "2021", "Subsidies", None, "2021", 1000, False),
        (1, 9, "231", 231000, "EUR", "2022", "Subsidies", None, "2022", 1000, False),
        (1, 9, "240", 240000, "EUR", "2023", "Subsidies", None, "2023", 1000, False),
        (1, 10, "402", 402000, "EUR", "2020-12-31", "Eigen vermogen", None, "2020", 1000, False),
        (1, 10, "388", 388000, "EUR", "2021-12-31", "Eigen vermogen", None, "2021", 1000, False),
        (1, 10, "395", 395000, "EUR", "2022-12-31", "Eigen vermogen", None, "2022", 1000, False),
        (1, 10, "417", 417000, "EUR", "2023-12-31", "Eigen vermogen", None, "2023", 1000, False),
        (1, 11, "-14", -14000, "EUR", "2020", "Resultaat", None, "2020", 1000, False),
        (1, 11, "-9", -9000, "EUR", "2021", "Resultaat", None, "2021", 1000, False),
        (1, 11, "7", 7000, "EUR", "2022", "Resultaat", None, "2022", 1000, False),
        (1, 11, "22", 22000, "EUR", "2023", "Resultaat", None, "2023", 1000, False),
    ]


def test_results_in_fiscal_year_columns_with_their_signs_and_indented_items(chromium) -> None:
    # the table goes on to page 2 (its last row)
    assert _cells(chromium, 2) == [
        (1, 36, "1.043", 1043000, "EUR", "2023", "Bedrijfsopbrengsten", None, "Boekjaar", 1000, False),
        (1, 36, "966", 966000, "EUR", "2022", "Bedrijfsopbrengsten", None, "Vorig boekjaar", 1000, False),
        (1, 37, "512", 512000, "EUR", "2023", "Ticketverkoop", "Bedrijfsopbrengsten", "Boekjaar", 1000, False),
        (1, 37, "470", 470000, "EUR", "2022", "Ticketverkoop", "Bedrijfsopbrengsten", "Vorig boekjaar", 1000, False),
        (1, 38, "240", 240000, "EUR", "2023", "Werkingssubsidies", "Bedrijfsopbrengsten", "Boekjaar", 1000, False),
        (1, 38, "231", 231000, "EUR", "2022", "Werkingssubsidies", "Bedrijfsopbrengsten", "Vorig boekjaar", 1000,
         False),
        (1, 39, "291", 291000, "EUR", "2023", "Café", "Bedrijfsopbrengsten", "Boekjaar", 1000, False),
        (1, 39, "265", 265000, "EUR", "2022", "Café", "Bedrijfsopbrengsten", "Vorig boekjaar", 1000, False),
        (1, 40, "-/- 1.012", -1012000, "EUR", "2023", "Bedrijfskosten", None, "Boekjaar", 1000, False),
        (1, 40, "-/- 958", -958000, "EUR", "2022", "Bedrijfskosten", None, "Vorig boekjaar", 1000, False),
        (1, 41, "(9)", -9000, "EUR", "2023", "Financiële kosten", None, "Boekjaar", 1000, False),
        (1, 41, "(7)", -7000, "EUR", "2022", "Financiële kosten", None, "Vorig boekjaar", 1000, False),
        (2, 3, "22", 22000, "EUR", "2023", "Resultaat van het boekjaar", None, "Boekjaar", 1000, False),
        (2, 3, "1", 1000, "EUR", "2022", "Resultaat van het boekjaar", None, "Vorig boekjaar", 1000, False),
    ]


def test_balance_in_dated_columns_and_audience_in_default_cells(chromium) -> None:
    assert _cells(chromium, 3) == [
        (2, 7, "1.284.600", 1284600, "EUR", "2023-12-31", "Vaste activa", None, "31/12/2023", None, False),
        (2, 7, "1.312.900", 1312900, "EUR", "2022-12-31", "Vaste activa", None, "31/12/2022", None, False),
        (2, 8, "316.250", 316250, "EUR", "2023-12-31", "Vlottende activa", None, "31/12/2023", None, False),
        (2, 8, "287.400", 287400, "EUR", "2022-12-31", "Vlottende activa", None, "31/12/2022", None, False),
        (2, 9, "1.600.850", 1600850, "EUR", "2023-12-31", "Totaal activa", None, "31/12/2023", None, True),
        (2, 9, "1.600.300", 1600300, "EUR", "2022-12-31", "Totaal activa", None, "31/12/2022", None, True),
    ]
    assert _cells(chromium, 4) == [
        (2, 12, "142", 142, None, "2022", "Voorstellingen", None, "2022", None, False),
        (2, 12, "151", 151, None, "2023", "Voorstellingen", None, "2023", None, False),
        (2, 13, "18.450", 18450, None, "2022", "Bezoekers", None, "2022", None, False),
        (2, 13, "19.800", 19800, None, "2023", "Bezoekers", None, "2023", None, False),
        (2, 14, "71 %", 71, "%", "2022", "Bezettingsgraad", None, "2022", None, False),
        (2, 14, "76 %", 76, "%", "2023", "Bezettingsgraad", None, "2023", None, False),
    ]


def test_every_figure_is_a_cell_and_the_browsers_page_footer_no_figure(chromium) -> None:
    # Chromium prints the date and the title over each page, the file's address and "1/2" under it
    assert len(chromium["indicators"]) == 16 + 14 + 6 + 6
    assert all("table" in i for i in chromium["indicators"])
    furniture = [(f.kind, f.text) for f in read_document(CHROMIUM).furniture if f.location.page == 1]
    assert furniture[1:] == [("header", "Cultuurhuis De Nieuwe Zaal"), furniture[2], ("page_number", "1/2")]
    assert furniture[2][1].startswith("file:///") and furniture[2][1].endswith("cultuurhuis-chromium-2023.html")


def test_totals_of_the_results_and_the_balance_are_wholes_that_add_up(chromium) -> None:
    wholes = [[m["raw"] for m in r["indicators"]] for r in chromium["relations"] if r["kind"] == "part_whole"]
    assert wholes == [["1.043", "512", "240", "291"], ["966", "470", "231", "265"],
                      ["1.600.850", "1.284.600", "316.250"], ["1.600.300", "1.312.900", "287.400"]]
    assert not [f for f in check_draft(chromium, []).findings if f.rule == "internal.parts_sum"]


def test_word_tables_per_cell(word) -> None:
    assert _cells(word, 1) == [
        (None, 6, "688", 688000, "EUR", "2021", "Opbrengsten", None, "2021", 1000, False),
        (None, 6, "741", 741000, "EUR", "2022", "Opbrengsten", None, "2022", 1000, False),
        (None, 6, "803", 803000, "EUR", "2023", "Opbrengsten", None, "2023", 1000, False),
        (None, 6, "851", 851000, "EUR", "2024", "Opbrengsten", None, "2024", 1000, False),
        (None, 7, "225", 225000, "EUR", "2021", "Subsidies", None, "2021", 1000, False),
        (None, 7, "231", 231000, "EUR", "2022", "Subsidies", None, "2022", 1000, False),
        (None, 7, "240", 240000, "EUR", "2023", "Subsidies", None, "2023", 1000, False),
        (None, 7, "244", 244000, "EUR", "2024", "Subsidies", None, "2024", 1000, False),
        (None, 8, "-9", -9000, "EUR", "2021", "Resultaat", None, "2021", 1000, False),
        (None, 8, "7", 7000, "EUR", "2022", "Resultaat", None, "2022", 1000, False),
        (None, 8, "22", 22000, "EUR", "2023", "Resultaat", None, "2023", 1000, False),
        (None, 8, "-/- 5", -5000, "EUR", "2024", "Resultaat", None, "2024", 1000, False),
    ]
    assert _cells(word, 2) == [
        (None, 13, "1.101.400", 1101400, "EUR", "2024", "Bedrijfsopbrengsten", None, "Boekjaar", None, False),
        (None, 13, "1.043.200", 1043200, "EUR", "2023", "Bedrijfsopbrengsten", None, "Vorig boekjaar", None, False),
        (None, 14, "540.100", 540100, "EUR", "2024", "Ticketverkoop", "Bedrijfsopbrengsten", "Boekjaar", None, False),
        (None, 14, "512.300", 512300, "EUR", "2023", "Ticketverkoop", "Bedrijfsopbrengsten", "Vorig boekjaar", None,
         False),
        (None, 15, "244.000", 244000, "EUR", "2024", "Werkingssubsidies", "Bedrijfsopbrengsten", "Boekjaar", None,
         False),
        (None, 15, "240.000", 240000, "EUR", "2023", "Werkingssubsidies", "Bedrijfsopbrengsten", "Vorig boekjaar",
         None, False),
        (None, 16, "317.300", 317300, "EUR", "2024", "Café", "Bedrijfsopbrengsten", "Boekjaar", None, False),
        (None, 16, "290.900", 290900, "EUR", "2023", "Café", "Bedrijfsopbrengsten", "Vorig boekjaar", None, False),
        (None, 17, "(1.106.700)", -1106700, "EUR", "2024", "Bedrijfskosten", None, "Boekjaar", None, False),
        (None, 17, "(1.021.200)", -1021200, "EUR", "2023", "Bedrijfskosten", None, "Vorig boekjaar", None, False),
        (None, 18, "-/- 5.300", -5300, "EUR", "2024", "Resultaat van het boekjaar", None, "Boekjaar", None, False),
        (None, 18, "22.000", 22000, "EUR", "2023", "Resultaat van het boekjaar", None, "Vorig boekjaar", None, False),
    ]
    assert len(word["indicators"]) == 24
    assert not [f for f in check_draft(word, []).findings if f.rule == "internal.parts_sum"]


def test_word_processors_gaps_without_a_space_glyph_in_prose_stay_word_spaces() -> None:
    # a real report saved from Word: a few gaps of its prose carry no space glyph ("uit 4|personen",
    # "Nederland-Indonesië|(SLNI)"); no figure or header on both sides of one, so they are no cells
    lines = read_document(Path(__file__).parent / "fixtures" / "real-pdfs" / "nl-slni-jaarverslag-2021-2022.pdf").lines
    assert [line.text for line in lines if line.page == 3 and line.number == 10] == [
        "De Stichting Samenwerking Lions Nederland-Indonesië̈ (SLNI) heeft een bestuur bestaande uit 4 personen. "
        "Ons bestuur ziet"]


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("chromium") or shutil.which("chromium-browser")), reason="Chromium is missing")
def test_the_fixtures_are_rebuilt_the_same_way(tmp_path) -> None:
    import make_cultuurhuis_tables

    for built, kept in ((make_cultuurhuis_tables.build_chromium(tmp_path), CHROMIUM),
                        (make_cultuurhuis_tables.build_word(tmp_path), WORD)):
        assert [(i["raw"], i["period"], i["table"]["row"], i["table"]["column"]) for i in
                extract_file(built)["indicators"]] == \
            [(i["raw"], i["period"], i["table"]["row"], i["table"]["column"]) for i in extract_file(kept)["indicators"]]
