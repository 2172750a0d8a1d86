"""Tables of a district-heating cooperative whose fiscal years run from 1 July to 30 June, in the layouts of its three
reports (tests/make_split_year_tables.py builds them): per cell its page, line, value as written and read, unit,
period, row label, parent, column header, scale and whether it is a total row.

- a python-docx table in a LibreOffice PDF: the equal grid wraps row labels ("Saldo van het" / "boekjaar", whose
  last word is a header's word: was a header that ended the table, so the rows after it lost their years and
  scale); split fiscal years as columns; an indented sub-row that wraps to its cell's left edge (was a group
  label of the rows after it); a merged header cell "Boekjaar" over the years (was the fiscal year of the middle
  column); a unit column "Eenheid" (was no table: "MWh" is no figure); a title with its unit after 8 words;
- a text report with "Boekjaar" / "Vorig boekjaar" and leader dots;
- an HTML page in a LibreOffice PDF: year headers with a unit, "2024-2025 (MWh)", joined by single spaces (was no
  header: every column "", last year's column this year's period), a change column "Evolutie (%)" (its cells no
  part of a total), sub-rows under their total; "Boekjaar 2024-2025" headers (were no header cells) over a label
  column as narrow as its labels, the first figure joined to its label by one space (was the label's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.pipeline import extract_file
from table_cells import cells as _cells

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


@pytest.fixture(scope="module")
def word() -> dict:
    return extract_file(FIXTURES / "warmte-word-2022-2023.pdf")


@pytest.fixture(scope="module")
def text() -> dict:
    return extract_file(FIXTURES / "warmte-2023-2024.txt")


@pytest.fixture(scope="module")
def html() -> dict:
    return extract_file(FIXTURES / "warmte-html-2024-2025.pdf")


def _wholes(result: dict, table: int) -> list[tuple[str, ...]]:
    return [tuple(i["raw"] for i in r["indicators"]) for r in result["relations"]
            if r["kind"] == "part_whole" and r.get("table") == table]


def test_split_years_as_columns_with_wrapped_labels_under_a_caption_scale(word) -> None:
    assert word["document"]["fiscal_year"] == 2023
    assert _cells(word, 1) == [
        (1, 7, '1.812', 1812000, 'EUR', '2020/2021', 'Omzet uit de warmteverkoop', None, '2020-2021', 1000, False),
        (1, 7, '2.046', 2046000, 'EUR', '2021/2022', 'Omzet uit de warmteverkoop', None, '2021-2022', 1000, False),
        (1, 7, '2.391', 2391000, 'EUR', '2022/2023', 'Omzet uit de warmteverkoop', None, '2022-2023', 1000, False),
        (1, 9, '96', 96000, 'EUR', '2020/2021', 'Saldo van het boekjaar', None, '2020-2021', 1000, False),
        (1, 9, '121', 121000, 'EUR', '2021/2022', 'Saldo van het boekjaar', None, '2021-2022', 1000, False),
        (1, 9, '(43)', -43000, 'EUR', '2022/2023', 'Saldo van het boekjaar', None, '2022-2023', 1000, False),
        (1, 11, '2.210', 2210000, 'EUR', '2020/2021', 'Eigen vermogen', None, '2020-2021', 1000, False),
        (1, 11, '2.331', 2331000, 'EUR', '2021/2022', 'Eigen vermogen', None, '2021-2022', 1000, False),
        (1, 11, '2.288', 2288000, 'EUR', '2022/2023', 'Eigen vermogen', None, '2022-2023', 1000, False),
    ]


def test_a_unit_column_gives_each_row_its_unit(word) -> None:
    assert _cells(word, 2) == [
        (1, 15, '1.084', 1084, None, '2022/2023', 'Aangesloten woningen', None, '2022-2023', None, False),
        (1, 15, '1.012', 1012, None, '2021/2022', 'Aangesloten woningen', None, '2021-2022', None, False),
        (1, 17, '17,6', 17.6, 'km', '2022/2023', 'Lengte van het net', None, '2022-2023', None, False),
        (1, 17, '16,9', 16.9, 'km', '2021/2022', 'Lengte van het net', None, '2021-2022', None, False),
        (1, 19, '13,1', 13.1, '%', '2022/2023', 'Warmteverlies', None, '2022-2023', None, False),
        (1, 19, '13,9', 13.9, '%', '2021/2022', 'Warmteverlies', None, '2021-2022', None, False),
    ]


def test_balance_with_dated_columns_and_wrapped_indented_sub_rows(word) -> None:
    assert _cells(word, 3) == [
        (1, 23, '6.418.200', 6418200, 'EUR', '2023-06-30', 'Vaste activa', None, '30/06/2023', None, False),
        (1, 23, '6.102.950', 6102950, 'EUR', '2022-06-30', 'Vaste activa', None, '30/06/2022', None, False),
        (1, 24, '5.902.100', 5902100, 'EUR', '2023-06-30', 'Leidingen en onderstations', 'Vaste activa', '30/06/2023', None, False),
        (1, 24, '5.611.400', 5611400, 'EUR', '2022-06-30', 'Leidingen en onderstations', 'Vaste activa', '30/06/2022', None, False),
        (1, 26, '516.100', 516100, 'EUR', '2023-06-30', 'Meters', 'Vaste activa', '30/06/2023', None, False),
        (1, 26, '491.550', 491550, 'EUR', '2022-06-30', 'Meters', 'Vaste activa', '30/06/2022', None, False),
        (1, 27, '1.284.600', 1284600, 'EUR', '2023-06-30', 'Vlottende activa', None, '30/06/2023', None, False),
        (1, 27, '1.137.400', 1137400, 'EUR', '2022-06-30', 'Vlottende activa', None, '30/06/2022', None, False),
        (1, 28, '7.702.800', 7702800, 'EUR', '2023-06-30', 'Totaal der activa', None, '30/06/2023', None, True),
        (1, 28, '7.240.350', 7240350, 'EUR', '2022-06-30', 'Totaal der activa', None, '30/06/2022', None, True),
        (1, 29, '2.288.400', 2288400, 'EUR', '2023-06-30', 'Eigen vermogen', None, '30/06/2023', None, False),
        (1, 29, '2.331.100', 2331100, 'EUR', '2022-06-30', 'Eigen vermogen', None, '30/06/2022', None, False),
        (1, 30, '1.104.900', 1104900, 'EUR', '2023-06-30', 'Reserves en overgedragen resultaat', 'Eigen vermogen', '30/06/2023', None, False),
        (1, 30, '1.162.400', 1162400, 'EUR', '2022-06-30', 'Reserves en overgedragen resultaat', 'Eigen vermogen', '30/06/2022', None, False),
        (1, 32, '1.183.500', 1183500, 'EUR', '2023-06-30', 'Kapitaal', 'Eigen vermogen', '30/06/2023', None, False),
        (1, 32, '1.168.700', 1168700, 'EUR', '2022-06-30', 'Kapitaal', 'Eigen vermogen', '30/06/2022', None, False),
    ]
    assert _wholes(word, 3) == [("7.702.800", "6.418.200", "1.284.600"), ("6.418.200", "5.902.100", "516.100"),
                                ("7.240.350", "6.102.950", "1.137.400"), ("6.102.950", "5.611.400", "491.550"),
                                ("2.288.400", "1.104.900", "1.183.500"), ("2.331.100", "1.162.400", "1.168.700")]


def test_a_merged_fiscal_year_cell_over_dated_columns_dates_none(word) -> None:
    assert _cells(word, 4) == [
        (2, 4, '6', 6, None, '2020/2021', 'Medewerkers', None, '2020-2021', None, False),
        (2, 4, '7', 7, None, '2021/2022', 'Medewerkers', None, '2021-2022', None, False),
        (2, 4, '9', 9, None, '2022/2023', 'Medewerkers', None, '2022-2023', None, False),
        (2, 5, '14', 14, None, '2020/2021', 'Vrijwilligers', None, '2020-2021', None, False),
        (2, 5, '17', 17, None, '2021/2022', 'Vrijwilligers', None, '2021-2022', None, False),
        (2, 5, '16', 16, None, '2022/2023', 'Vrijwilligers', None, '2022-2023', None, False),
        (2, 6, '120', 120, None, '2020/2021', 'Opleidingsuren', None, '2020-2021', None, False),
        (2, 6, '96', 96, None, '2021/2022', 'Opleidingsuren', None, '2021-2022', None, False),
        (2, 6, '144', 144, None, '2022/2023', 'Opleidingsuren', None, '2022-2023', None, False),
    ]


def test_text_report_this_and_last_fiscal_year_and_leader_dots(text) -> None:
    assert text["document"]["fiscal_year"] == 2024
    assert _cells(text, 1) == [
        (None, 9, '2.612.400', 2612400, 'EUR', '2023/2024', 'Omzet warmteverkoop', None, 'Boekjaar', None, False),
        (None, 9, '2.391.250', 2391250, 'EUR', '2022/2023', 'Omzet warmteverkoop', None, 'Vorig boekjaar', None, False),
        (None, 10, '148.900', 148900, 'EUR', '2023/2024', 'Aansluitingsbijdragen', None, 'Boekjaar', None, False),
        (None, 10, '162.300', 162300, 'EUR', '2022/2023', 'Aansluitingsbijdragen', None, 'Vorig boekjaar', None, False),
        (None, 11, '158.700', 158700, 'EUR', '2023/2024', 'Bedrijfsresultaat', None, 'Boekjaar', None, False),
        (None, 11, '143.100', 143100, 'EUR', '2022/2023', 'Bedrijfsresultaat', None, 'Vorig boekjaar', None, False),
    ]
    assert _cells(text, 2) == [
        (None, 15, '1.146', 1146, None, '2023/2024', 'Aangesloten woningen', None, '', None, False),
        (None, 16, '18,4 km', 18.4, 'km', '2023/2024', 'Lengte van het net', None, '', None, False),
        (None, 17, '21.380 MWh', 21380, 'mwh', '2023/2024', 'Geleverde warmte', None, '', None, False),
    ]


def test_html_year_headers_with_a_unit_and_a_change_column(html) -> None:
    assert html["document"]["fiscal_year"] == 2025
    assert _cells(html, 1) == [
        (2, 4, '22.940', 22940, 'MWh', '2024/2025', 'Geleverde warmte', None, '2024-2025 (MWh)', None, False),
        (2, 4, '21.380', 21380, 'MWh', '2023/2024', 'Geleverde warmte', None, '2023-2024 (MWh)', None, False),
        (2, 4, '+7,3', 7.3, '%', '2024/2025', 'Geleverde warmte', None, 'Evolutie (%)', None, False),
        (2, 5, '18.310', 18310, 'MWh', '2024/2025', 'aan woningen', 'Geleverde warmte', '2024-2025 (MWh)', None, False),
        (2, 5, '17.260', 17260, 'MWh', '2023/2024', 'aan woningen', 'Geleverde warmte', '2023-2024 (MWh)', None, False),
        (2, 5, '+6,1', 6.1, '%', '2024/2025', 'aan woningen', 'Geleverde warmte', 'Evolutie (%)', None, False),
        (2, 6, '4.630', 4630, 'MWh', '2024/2025', 'aan de school en het zwembad', 'Geleverde warmte', '2024-2025 (MWh)', None, False),
        (2, 6, '4.120', 4120, 'MWh', '2023/2024', 'aan de school en het zwembad', 'Geleverde warmte', '2023-2024 (MWh)', None, False),
        (2, 6, '+12,4', 12.4, '%', '2024/2025', 'aan de school en het zwembad', 'Geleverde warmte', 'Evolutie (%)', None, False),
    ]
    # the changes of the parts do not add up to the total's change: no relation of them
    assert _wholes(html, 1) == [("22.940", "18.310", "4.630"), ("21.380", "17.260", "4.120")]


def test_html_sub_rows_indented_under_their_total(html) -> None:
    assert _cells(html, 2) == [
        (2, 10, '2.904.500', 2904500, 'EUR', '2024/2025', 'Bedrijfsopbrengsten', None, '2024-2025 (EUR)', None, False),
        (2, 10, '2.761.300', 2761300, 'EUR', '2023/2024', 'Bedrijfsopbrengsten', None, '2023-2024 (EUR)', None, False),
        (2, 11, '2.748.100', 2748100, 'EUR', '2024/2025', 'warmteverkoop', 'Bedrijfsopbrengsten', '2024-2025 (EUR)', None, False),
        (2, 11, '2.612.400', 2612400, 'EUR', '2023/2024', 'warmteverkoop', 'Bedrijfsopbrengsten', '2023-2024 (EUR)', None, False),
        (2, 12, '156.400', 156400, 'EUR', '2024/2025', 'aansluitingsbijdragen', 'Bedrijfsopbrengsten', '2024-2025 (EUR)', None, False),
        (2, 12, '148.900', 148900, 'EUR', '2023/2024', 'aansluitingsbijdragen', 'Bedrijfsopbrengsten', '2023-2024 (EUR)', None, False),
        (2, 13, '2.731.200', 2731200, 'EUR', '2024/2025', 'Bedrijfskosten', None, '2024-2025 (EUR)', None, False),
        (2, 13, '2.602.600', 2602600, 'EUR', '2023/2024', 'Bedrijfskosten', None, '2023-2024 (EUR)', None, False),
        (2, 14, '173.300', 173300, 'EUR', '2024/2025', 'Resultaat van het boekjaar', None, '2024-2025 (EUR)', None, False),
        (2, 14, '158.700', 158700, 'EUR', '2023/2024', 'Resultaat van het boekjaar', None, '2023-2024 (EUR)', None, False),
    ]
    assert _wholes(html, 2) == [("2.904.500", "2.748.100", "156.400"), ("2.761.300", "2.612.400", "148.900")]


def test_html_fiscal_year_headers_and_a_first_figure_joined_to_its_label(html) -> None:
    # "Boekjaar 2024-2025 Boekjaar 2023-2024 Verschil (%)" one line; "Waterverbruik 8.410" one word apart; the line
    # of prose over the table's caption stands before it (the left edges of the rows' figures make them one table,
    # pdf_rows: was read after the tables of the page)
    assert _cells(html, 3) == [
        (2, 18, '8.410', 8410, None, '2024/2025', 'Waterverbruik', None, 'Boekjaar 2024-2025', None, False),
        (2, 18, '7.960', 7960, None, '2023/2024', 'Waterverbruik', None, 'Boekjaar 2023-2024', None, False),
        (2, 18, '+5,7', 5.7, '%', '2024/2025', 'Waterverbruik', None, 'Verschil (%)', None, False),
        (2, 19, '6.020', 6020, None, '2024/2025', 'ketels', 'Waterverbruik', 'Boekjaar 2024-2025', None, False),
        (2, 19, '5.700', 5700, None, '2023/2024', 'ketels', 'Waterverbruik', 'Boekjaar 2023-2024', None, False),
        (2, 19, '+5,6', 5.6, '%', '2024/2025', 'ketels', 'Waterverbruik', 'Verschil (%)', None, False),
        (2, 20, '2.390', 2390, None, '2024/2025', 'spoelen', 'Waterverbruik', 'Boekjaar 2024-2025', None, False),
        (2, 20, '2.260', 2260, None, '2023/2024', 'spoelen', 'Waterverbruik', 'Boekjaar 2023-2024', None, False),
        (2, 20, '+5,8', 5.8, '%', '2024/2025', 'spoelen', 'Waterverbruik', 'Verschil (%)', None, False),
    ]
    assert _wholes(html, 3) == [("8.410", "6.020", "2.390"), ("7.960", "5.700", "2.260")]


def test_html_table_over_two_pages_its_header_read_after_its_rows(html) -> None:
    # the reader gives the header line ("Omschrijving 2024-2025 (EUR) 2023-2024 (EUR)") after the rows of the
    # first page; the rows on the next page are a table of their own, of the same columns
    import make_split_year_tables

    expected = []
    for label, this_year, last_year in make_split_year_tables.COSTS[1:]:
        expected += [(this_year, int(this_year.replace(".", "")), "EUR", "2024/2025", label, "2024-2025 (EUR)"),
                     (last_year, int(last_year.replace(".", "")), "EUR", "2023/2024", label, "2023-2024 (EUR)")]
    got = [(raw, value, unit, period, row, column) for table in (4, 5)
           for _, _, raw, value, unit, period, row, _, column, _, _ in _cells(html, table)]
    assert got == expected
    pages = {cell[0] for cell in _cells(html, 4)}, {cell[0] for cell in _cells(html, 5)}
    assert pages == ({2}, {3})
