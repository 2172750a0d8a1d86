"""Plain-text reports whose tables are TAB-separated (tests/make_tab_text_tables.py writes them): cells apart by
one TAB or several, empty cells, a header of years, of "Boekjaar / Vorig boekjaar" or of closing dates, a caption
over the table or alone under its header row ("x € 1.000", as a spreadsheet's second row), a unit column, sub-rows
under a group label or after "- ", a total row; and lines of prose or of an address whose words a TAB happens to
part, which are no table. Per cell: line, value as written and read, unit, period, row label, parent, column
header, scale and whether it is a total row.

Was: a caption alone under the header row cut the header off (every column '', both columns this year's period);
"- personeel" kept its mark as a word of its label (and stood at its group label's depth); a line of prose with a
TAB ("In 2024 bouwden we<TAB>4 nieuwe woningen<TAB>aan de Kerkstraat.") was a table of one row, its figure
labelled "In 2024 bouwden we"."""

from __future__ import annotations

from pathlib import Path

from extractor.pipeline import extract_file
from table_cells import cells as _cells

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _wholes(report: dict, table: int) -> list[list[tuple[str, str]]]:
    return [[(i["role"], i["raw"]) for i in r["indicators"]] for r in report["relations"]
            if r["kind"] == "part_whole" and r.get("table") == table]


def test_years_over_tab_cells_a_caption_over_them_and_sub_rows_after_a_dash() -> None:
    report = extract_file(FIXTURES / "tabtekst-hageland-2023.txt")
    assert report["document"]["fiscal_year"] == 2023
    assert _cells(report, 1) == [
        (None, 13, '1.245', 1245000, 'EUR', '2023', 'Omzet uit stroomverkoop', None, '2023', 1000, False),
        (None, 13, '1.118', 1118000, 'EUR', '2022', 'Omzet uit stroomverkoop', None, '2022', 1000, False),
        (None, 15, '312', 312000, 'EUR', '2023', 'aankoop onderhoud', 'Bedrijfskosten', '2023', 1000, False),
        (None, 15, '298', 298000, 'EUR', '2022', 'aankoop onderhoud', 'Bedrijfskosten', '2022', 1000, False),
        (None, 16, '210', 210000, 'EUR', '2023', 'personeel', 'Bedrijfskosten', '2023', 1000, False),
        (None, 16, '198', 198000, 'EUR', '2022', 'personeel', 'Bedrijfskosten', '2022', 1000, False),
        (None, 17, '405', 405000, 'EUR', '2023', 'afschrijvingen', 'Bedrijfskosten', '2023', 1000, False),
        (None, 17, '401', 401000, 'EUR', '2022', 'afschrijvingen', 'Bedrijfskosten', '2022', 1000, False),
        (None, 18, '927', 927000, 'EUR', '2023', 'Totaal bedrijfskosten', 'Bedrijfskosten', '2023', 1000, True),
        (None, 18, '897', 897000, 'EUR', '2022', 'Totaal bedrijfskosten', 'Bedrijfskosten', '2022', 1000, True),
        (None, 19, '318', 318000, 'EUR', '2023', 'Resultaat van het boekjaar', None, '2023', 1000, False),
        (None, 19, '221', 221000, 'EUR', '2022', 'Resultaat van het boekjaar', None, '2022', 1000, False),
    ]
    assert _cells(report, 2) == [
        (None, 22, '2.340', 2340, None, '2023-12-31', 'Aantal vennoten', None, 'Boekjaar', None, False),
        (None, 22, '2.115', 2115, None, '2022-12-31', 'Aantal vennoten', None, 'Vorig boekjaar', None, False),
        (None, 23, '260', 260, None, '2023', 'waarvan nieuwe vennoten', 'Aantal vennoten', 'Boekjaar', None, False),
        (None, 23, '198', 198, None, '2022', 'waarvan nieuwe vennoten', 'Aantal vennoten', 'Vorig boekjaar', None, False),
        (None, 24, '9.870', 9870, None, '2023-12-31', 'Aantal aandelen', None, 'Boekjaar', None, False),
        (None, 24, '9.015', 9015, None, '2022-12-31', 'Aantal aandelen', None, 'Vorig boekjaar', None, False),
    ]
    assert _wholes(report, 1) == [
        [("whole", "927"), ("part", "312"), ("part", "210"), ("part", "405")],
        [("whole", "897"), ("part", "298"), ("part", "198"), ("part", "401")]]
    # prose whose words a TAB parts, and a line of a phone number and an address apart by TABs: no table
    assert {i["table"]["table"] for i in report["indicators"] if "table" in i} == {1, 2}
    assert not [i for i in report["indicators"] if i["location"]["line"] in (7, 26)]


def test_closing_dates_over_a_caption_a_unit_column_and_indented_sub_rows() -> None:
    report = extract_file(FIXTURES / "tabtekst-dakgenoten-2024.txt")
    assert report["document"]["fiscal_year"] == 2024
    assert _cells(report, 1) == [
        (None, 7, '4.812', 4812000, 'EUR', '2024-12-31', 'Gebouwen', 'Vaste activa', '31/12/2024', 1000, False),
        (None, 7, '4.950', 4950000, 'EUR', '2023-12-31', 'Gebouwen', 'Vaste activa', '31/12/2023', 1000, False),
        (None, 8, '312', 312000, 'EUR', '2024-12-31', 'Installaties', 'Vaste activa', '31/12/2024', 1000, False),
        (None, 8, '344', 344000, 'EUR', '2023-12-31', 'Installaties', 'Vaste activa', '31/12/2023', 1000, False),
        (None, 10, '88', 88000, 'EUR', '2024-12-31', 'Vorderingen', 'Vlottende activa', '31/12/2024', 1000, False),
        (None, 10, '71', 71000, 'EUR', '2023-12-31', 'Vorderingen', 'Vlottende activa', '31/12/2023', 1000, False),
        (None, 11, '640', 640000, 'EUR', '2024-12-31', 'Liquide middelen', 'Vlottende activa', '31/12/2024', 1000, False),
        (None, 11, '512', 512000, 'EUR', '2023-12-31', 'Liquide middelen', 'Vlottende activa', '31/12/2023', 1000, False),
        (None, 12, '5.852', 5852000, 'EUR', '2024-12-31', 'Totaal activa', None, '31/12/2024', 1000, True),
        (None, 12, '5.877', 5877000, 'EUR', '2023-12-31', 'Totaal activa', None, '31/12/2023', 1000, True),
    ]
    assert _cells(report, 2) == [
        (None, 15, '64', 64, None, '2024', 'Verhuurde woningen', None, '2024', None, False),
        (None, 15, '61', 61, None, '2023', 'Verhuurde woningen', None, '2023', None, False),
        (None, 16, '97,5', 97.5, '%', '2024', 'Bezettingsgraad', None, '2024', None, False),
        (None, 16, '95,0', 95, '%', '2023', 'Bezettingsgraad', None, '2023', None, False),
        (None, 17, '418.300', 418300, 'EUR', '2024', 'Huurinkomsten', None, '2024', None, False),
        (None, 17, '402.150', 402150, 'EUR', '2023', 'Huurinkomsten', None, '2023', None, False),
    ]
    assert _cells(report, 3) == [
        (None, 20, '14', 14, None, '2024-12-31', 'Werknemers', None, '2024', None, False),
        (None, 20, '12', 12, None, '2023-12-31', 'Werknemers', None, '2023', None, False),
        (None, 21, '9', 9, None, '2024-12-31', 'bedienden', 'Werknemers', '2024', None, False),
        (None, 21, '8', 8, None, '2023-12-31', 'bedienden', 'Werknemers', '2023', None, False),
        (None, 22, '5', 5, None, '2024-12-31', 'arbeiders', 'Werknemers', '2024', None, False),
        (None, 22, '4', 4, None, '2023-12-31', 'arbeiders', 'Werknemers', '2023', None, False),
    ]
    assert _wholes(report, 3) == [[("whole", "14"), ("part", "9"), ("part", "5")],
                                  [("whole", "12"), ("part", "8"), ("part", "4")]]
    prose = [i for i in report["indicators"] if i["raw"] == "4 nieuwe woningen"]
    assert len(prose) == 1 and "table" not in prose[0]
