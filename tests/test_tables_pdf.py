"""Tables of figures in PDFs: a LibreOffice PDF made for the test (tests/make_table_pdfs.py) and real PDFs of
tests/fixtures/real-pdfs/ (copied from ../shared/real-pdfs/). Each cell's figure keeps its row although the
page's reading order reads the columns one after the other; per cell: page, line, value, unit, period, row,
parent and column."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extractor.pipeline import extract_file

FIXTURES = Path(__file__).parent / "fixtures"
MADE = FIXTURES / "tables" / "kerncijfers-libreoffice-2023.pdf"
REAL = FIXTURES / "real-pdfs"


def _cells(result: dict, page: int) -> list[tuple]:
    return [(i["location"]["line"], i["raw"], i["value"], i["unit"], i["period"], i["table"]["row"],
             i["table"]["parent"], i["table"]["column"], i["table"].get("total", False))
            for i in result["indicators"] if "table" in i and i["location"]["page"] == page]


@pytest.fixture(scope="module")
def made() -> dict:
    return extract_file(MADE)


@pytest.fixture(scope="module")
def zeist() -> dict:
    return extract_file(REAL / "nl-stadslab-zeist-jaarrekening-2023-ocr.pdf")


def test_libreoffice_key_figures_in_year_columns_with_a_caption_scale(made) -> None:
    assert [c for c in _cells(made, 1) if c[0] <= 8] == [
        (6, "1.812", 1812000, "EUR", "2021", "Omzet", None, "2021", False),
        (6, "2.047", 2047000, "EUR", "2022", "Omzet", None, "2022", False),
        (6, "2.390", 2390000, "EUR", "2023", "Omzet", None, "2023", False),
        (7, "944", 944000, "EUR", "2021", "Loonkosten", None, "2021", False),
        (7, "1.020", 1020000, "EUR", "2022", "Loonkosten", None, "2022", False),
        (7, "1.131", 1131000, "EUR", "2023", "Loonkosten", None, "2023", False),
        (8, "21", 21, None, "2021-12-31", "Aantal werknemers", None, "2021", False),
        (8, "24", 24, None, "2022-12-31", "Aantal werknemers", None, "2022", False),
        (8, "27", 27, None, "2023-12-31", "Aantal werknemers", None, "2023", False),
    ]


def test_libreoffice_balance_sheet_fiscal_year_and_year_before(made) -> None:
    assert [c for c in _cells(made, 1) if c[0] > 8] == [
        (14, "815.400", 815400, "EUR", "2023-12-31", "Gebouwen", "Vaste activa", "Boekjaar", False),
        (14, "842.100", 842100, "EUR", "2022-12-31", "Gebouwen", "Vaste activa", "Vorig boekjaar", False),
        (15, "126.250", 126250, "EUR", "2023-12-31", "Installaties", "Vaste activa", "Boekjaar", False),
        (15, "131.900", 131900, "EUR", "2022-12-31", "Installaties", "Vaste activa", "Vorig boekjaar", False),
        (16, "941.650", 941650, "EUR", "2023-12-31", "Totaal vaste activa", "Vaste activa", "Boekjaar", True),
        (16, "974.000", 974000, "EUR", "2022-12-31", "Totaal vaste activa", "Vaste activa", "Vorig boekjaar", True),
        (18, "18.300", 18300, "EUR", "2023-12-31", "Voorraden", "Vlottende activa", "Boekjaar", False),
        (18, "16.750", 16750, "EUR", "2022-12-31", "Voorraden", "Vlottende activa", "Vorig boekjaar", False),
        (19, "240.120", 240120, "EUR", "2023-12-31", "Liquide middelen", "Vlottende activa", "Boekjaar", False),
        (19, "198.640", 198640, "EUR", "2022-12-31", "Liquide middelen", "Vlottende activa", "Vorig boekjaar", False),
        (20, "258.420", 258420, "EUR", "2023-12-31", "Totaal vlottende activa", "Vlottende activa", "Boekjaar", True),
        (20, "215.390", 215390, "EUR", "2022-12-31", "Totaal vlottende activa", "Vlottende activa", "Vorig boekjaar",
         True),
    ]


def test_libreoffice_header_years_and_the_caption_are_no_figures(made) -> None:
    assert len(made["indicators"]) == 21
    assert all("table" in i for i in made["indicators"])


def test_libreoffice_totals_are_parts_and_wholes(made) -> None:
    totals = [(r["cue"], [(m["role"], m["raw"]) for m in r["indicators"]]) for r in made["relations"] if "table" in r]
    assert totals == [
        ("Totaal vaste activa", [("whole", "941.650"), ("part", "815.400"), ("part", "126.250")]),
        ("Totaal vaste activa", [("whole", "974.000"), ("part", "842.100"), ("part", "131.900")]),
        ("Totaal vlottende activa", [("whole", "258.420"), ("part", "18.300"), ("part", "240.120")]),
        ("Totaal vlottende activa", [("whole", "215.390"), ("part", "16.750"), ("part", "198.640")]),
    ]


def test_real_pdf_balance_summary_amount_and_share_columns(zeist) -> None:
    # "31 dec2023" over "€" and "%": every cell of the summary of the balance keeps its row
    assert [c for c in _cells(zeist, 5) if c[0] <= 18] == [  # the rows as pdftotext -layout prints them
        (11, "27.647", 27647, "EUR", "2023-12-31", "Materiële vaste activa", "Activa", "31 dec2023 €", False),
        (11, "31,0%", 31, "%", "2023-12-31", "Materiële vaste activa", "Activa", "%", False),
        (12, "41.011", 41011, "EUR", "2023-12-31", "Vorderingen en overlopende activa", "Activa", "31 dec2023 €",
         False),
        (12, "46,1%", 46.1, "%", "2023-12-31", "Vorderingen en overlopende activa", "Activa", "%", False),
        (13, "20.387", 20387, "EUR", "2023-12-31", "Liquide middelen", "Activa", "31 dec2023 €", False),
        (13, "22,9%", 22.9, "%", "2023-12-31", "Liquide middelen", "Activa", "%", False),
        (14, "89.045", 89045, "EUR", "2023-12-31", "Activa", None, "31 dec2023 €", True),
        (14, "100,0%", 100, "%", "2023-12-31", "Activa", None, "%", True),
        (16, "60.008", 60008, "EUR", "2023-12-31", "Eigen vermogen", "Passiva", "31 dec2023 €", False),
        (16, "67,4%", 67.4, "%", "2023-12-31", "Eigen vermogen", "Passiva", "%", False),
        (17, "29.037", 29037, "EUR", "2023-12-31", "Kortlopende schulden", "Passiva", "31 dec2023 €", False),
        (17, "32,6%", 32.6, "%", "2023-12-31", "Kortlopende schulden", "Passiva", "%", False),
        (18, "89.045", 89045, "EUR", "2023-12-31", "Passiva", None, "31 dec2023 €", True),
        (18, "100,0%", 100, "%", "2023-12-31", "Passiva", None, "%", True),
    ]


def test_real_pdf_balance_sheet_items_and_their_subtotals(zeist) -> None:
    # the items in one column, the subtotal of each group in the next, the balance total last (lines as
    # pdftotext -layout prints the page)
    assert _cells(zeist, 8) == [
        (8, "27.647", 27647, None, "2023-12-31", "Vervoermiddelen Stadslab op Wielen", "Materiële vaste activa",
         "31 dec 2023", False),
        (9, "27.647", 27647, None, "2023-12-31", "Materiële vaste activa", "Vaste activa", "31 dec 2023", True),
        (12, "29.402", 29402, None, "2023-12-31", "Debiteuren", "Vorderingen en overlopende activa", "31 dec 2023",
         False),
        (13, "10.744", 10744, None, "2023-12-31", "Belastingen en premies sociale verzekeringen",
         "Vorderingen en overlopende activa", "31 dec 2023", False),
        (14, "865", 865, None, "2023-12-31", "Overige vorderingen", "Vorderingen en overlopende activa",
         "31 dec 2023", False),
        (15, "41.011", 41011, None, "2023-12-31", "Vorderingen en overlopende activa", "Vlottende activa",
         "31 dec 2023", True),
        (17, "20.387", 20387, None, "2023-12-31", "Rekening courant bank", "Liquide middelen", "31 dec 2023", False),
        (18, "20.387", 20387, None, "2023-12-31", "Liquide middelen", None, "31 dec 2023", True),
        (19, "89.045", 89045, None, "2023-12-31", None, None, "31 dec 2023", True),
    ]
    totals = [[m["raw"] for m in r["indicators"]] for r in zeist["relations"]
              if "table" in r and r["indicators"][0]["location"]["page"] == 8]
    assert totals == [["89.045", "27.647", "41.011", "20.387"],
                      ["41.011", "29.402", "10.744", "865"]]


def test_real_pdf_table_of_contents_is_no_table(zeist) -> None:
    assert not [i for i in zeist["indicators"] if i["location"]["page"] == 2 and "table" in i]


def test_real_pdf_equity_statement_keeps_rows_and_the_sign() -> None:
    result = extract_file(REAL / "nl-slni-jaarverslag-2021-2022.pdf")
    # (the visual rows of the page, as pdftotext -layout prints it: the lines of undecodable glyphs beside the
    # table's rows share their rows)
    # "Eigen Vermogen" over every row is the statement's title, no row's parent
    assert [c[:7] for c in _cells(result, 5) if c[0] >= 17] == [
        (17, "€8.259,87", 8259.87, "EUR", "2020-07-01", "Stand 1 juli 2020", None),
        (18, "€ 406,07(-)", -406.07, "EUR", "2020/2021", "Resultaat 2020-2021", None),
        (20, "€7.853,80", 7853.8, "EUR", "2021-06-30", "Stand 30 juni 2021", None),
    ]
    assert {i["table"].get("title") for i in result["indicators"]
            if "table" in i and i["location"]["page"] == 5 and i["location"]["line"] >= 17} == {"Eigen Vermogen"}


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")), reason="LibreOffice is missing")
def test_the_libreoffice_fixture_is_rebuilt_the_same_way(tmp_path) -> None:
    import make_table_pdfs

    rebuilt = make_table_pdfs.build(tmp_path)
    assert [(i["raw"], i["period"], i["table"]["row"]) for i in extract_file(rebuilt)["indicators"]] == \
        [(i["raw"], i["period"], i["table"]["row"]) for i in extract_file(MADE)["indicators"]]
