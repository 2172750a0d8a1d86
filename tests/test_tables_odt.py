"""OpenDocument (.odt) reports with tables, written by odfpy and saved again by LibreOffice (tests/make_odt_tables.py):
years under a caption "(in duizend euro)", sub-rows under a group label and a total; a balance with "Boekjaar /
Vorig boekjaar" and "x € 1.000" in its corner cell, its items after "- "; a unit column with an empty cell and a
sub-row indented by its paragraph style; closing dates each spanning two columns over "aantal" and "VTE", an empty
cell in a row; and a table of contacts and a meeting date, which holds no figures. Per cell: line, value as written
and read, unit, period, row label, parent, column header, scale, total.

Was: the reader dropped a spanning cell's covered cells and wrote empty cells once, so the cells after them moved a
column left ("31/12/2023" over the 2024 VTE column; "19" volunteers of 2023 as VTE); tabs between an office
table's cells collapsed as a text's alignment does; a second header row was read as another table; a paragraph
style's left indent was lost (the sub-row no part of its row); "m³" in a unit column named no unit."""

from __future__ import annotations

from pathlib import Path

from extractor.pipeline import extract_file
from table_cells import cells as _cells

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def test_a_caption_group_labels_a_total_and_a_balance_with_its_unit_in_the_corner() -> None:
    report = extract_file(FIXTURES / "odt-linde-2023.odt")
    assert report["document"]["fiscal_year"] == 2023
    assert _cells(report, 1) == [
        (None, 6, '1.318', 1318000, 'EUR', '2023', 'Huurinkomsten', None, '2023', 1000, False),
        (None, 6, '1.254', 1254000, 'EUR', '2022', 'Huurinkomsten', None, '2022', 1000, False),
        (None, 8, '402', 402000, 'EUR', '2023', 'onderhoud', 'Kosten', '2023', 1000, False),
        (None, 8, '377', 377000, 'EUR', '2022', 'onderhoud', 'Kosten', '2022', 1000, False),
        (None, 9, '288', 288000, 'EUR', '2023', 'personeel', 'Kosten', '2023', 1000, False),
        (None, 9, '270', 270000, 'EUR', '2022', 'personeel', 'Kosten', '2022', 1000, False),
        (None, 10, '96', 96000, 'EUR', '2023', 'intresten', 'Kosten', '2023', 1000, False),
        (None, 10, '101', 101000, 'EUR', '2022', 'intresten', 'Kosten', '2022', 1000, False),
        (None, 11, '786', 786000, 'EUR', '2023', 'Totaal kosten', 'Kosten', '2023', 1000, True),
        (None, 11, '748', 748000, 'EUR', '2022', 'Totaal kosten', 'Kosten', '2022', 1000, True),
        (None, 12, '532', 532000, 'EUR', '2023', 'Resultaat', None, '2023', 1000, False),
        (None, 12, '506', 506000, 'EUR', '2022', 'Resultaat', None, '2022', 1000, False),
    ]
    assert _cells(report, 2) == [
        (None, 15, '9.412', 9412000, 'EUR', '2023-12-31', 'Vaste activa', None, 'Boekjaar', 1000, False),
        (None, 15, '9.655', 9655000, 'EUR', '2022-12-31', 'Vaste activa', None, 'Vorig boekjaar', 1000, False),
        (None, 16, '8.960', 8960000, 'EUR', '2023-12-31', 'woningen', 'Vaste activa', 'Boekjaar', 1000, False),
        (None, 16, '9.180', 9180000, 'EUR', '2022-12-31', 'woningen', 'Vaste activa', 'Vorig boekjaar', 1000, False),
        (None, 17, '452', 452000, 'EUR', '2023-12-31', 'gemeenschappelijke ruimtes', 'Vaste activa', 'Boekjaar', 1000, False),
        (None, 17, '475', 475000, 'EUR', '2022-12-31', 'gemeenschappelijke ruimtes', 'Vaste activa', 'Vorig boekjaar', 1000, False),
        (None, 18, '615', 615000, 'EUR', '2023-12-31', 'Liquide middelen', None, 'Boekjaar', 1000, False),
        (None, 18, '488', 488000, 'EUR', '2022-12-31', 'Liquide middelen', None, 'Vorig boekjaar', 1000, False),
    ]
    # the contacts' table (a phone number, an enterprise number, a meeting date) gives no cell
    assert {i["table"]["table"] for i in report["indicators"] if "table" in i} == {1, 2}
    assert not [i for i in report["indicators"] if i["location"]["line"] >= 20]


def test_a_unit_column_an_indented_sub_row_and_dates_spanning_two_columns() -> None:
    report = extract_file(FIXTURES / "odt-bronwater-2024.odt")
    assert report["document"]["fiscal_year"] == 2024
    assert _cells(report, 1) == [
        (None, 4, '318.400', 318400, 'm3', '2024', 'Geleverd water', None, '2024', None, False),
        (None, 4, '305.900', 305900, 'm3', '2023', 'Geleverd water', None, '2023', None, False),
        (None, 5, '6,2', 6.2, '%', '2024', 'Waterverlies', None, '2024', None, False),
        (None, 5, '7,0', 7, '%', '2023', 'Waterverlies', None, '2023', None, False),
        (None, 6, '2.100', 2100, None, '2024', 'Aansluitingen', None, '2024', None, False),
        (None, 6, '2.046', 2046, None, '2023', 'Aansluitingen', None, '2023', None, False),
        (None, 7, '54', 54, None, '2024', 'waarvan nieuw', 'Aansluitingen', '2024', None, False),
        (None, 7, '61', 61, None, '2023', 'waarvan nieuw', 'Aansluitingen', '2023', None, False),
    ]
    assert _cells(report, 2) == [
        (None, 10, '14', 14, None, '2024-12-31', 'Werknemers', None, '31/12/2024 aantal', None, False),
        (None, 10, '11,4', 11.4, 'FTE', '2024-12-31', 'Werknemers', None, '31/12/2024 VTE', None, False),
        (None, 10, '13', 13, None, '2023-12-31', 'Werknemers', None, '31/12/2023 aantal', None, False),
        (None, 10, '10,8', 10.8, 'FTE', '2023-12-31', 'Werknemers', None, '31/12/2023 VTE', None, False),
        (None, 11, '23', 23, None, '2024-12-31', 'Vrijwilligers', None, '31/12/2024 aantal', None, False),
        (None, 11, '19', 19, None, '2023-12-31', 'Vrijwilligers', None, '31/12/2023 aantal', None, False),
    ]
