"""Tables set by groff's tbl (`groff -t -ms -Tpdf`; tests/make_groff_tables.py builds both PDFs from the ms source
beside them): tables centred on the page under section headings set in the margin, one boxed with a rule over its
total, one unruled with "Boekjaar / Vorig boekjaar" and an indented sub-row, one with every cell ruled and closing
dates over it under the heading "Balans (x € 1.000)"; a unit column "Eenheid" beside a corner cell "Kengetal"; a
table of meeting dates and a line of prose with numbers, which give no table cells. Per cell: page, line, value as
written and read, unit, period, row label, parent, column header, scale, total.

Was: the reader took the header line of the table over a heading ("Boekjaar   Vorig boekjaar", 15 lines of body
size up) for the header of the next table, made the three tables one region and read the headings after it (the
balance lost "x € 1.000": its amounts unscaled, no unit); "Kengetal   Eenheid   2023   2022" was no header line
(every column '', both columns this year's period)."""

from __future__ import annotations

from pathlib import Path

from extractor.pipeline import extract_file
from table_cells import cells as _cells

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _wholes(report: dict, table: int) -> list[list[tuple[str, str]]]:
    return [[(i["role"], i["raw"]) for i in r["indicators"]] for r in report["relations"]
            if r["kind"] == "part_whole" and r.get("table") == table]


def test_boxed_unruled_and_allbox_tables_under_headings_in_the_margin() -> None:
    report = extract_file(FIXTURES / "groff-korenaar-2024.pdf")
    assert report["document"]["fiscal_year"] == 2024
    assert _cells(report, 1) == [
        (1, 6, '1.412', 1412000, 'EUR', '2024', 'Omzet', None, '2024', 1000, False),
        (1, 6, '1.288', 1288000, 'EUR', '2023', 'Omzet', None, '2023', 1000, False),
        (1, 7, '(512)', -512000, 'EUR', '2024', 'Grondstoffen', None, '2024', 1000, False),
        (1, 7, '(486)', -486000, 'EUR', '2023', 'Grondstoffen', None, '2023', 1000, False),
        (1, 8, '(604)', -604000, 'EUR', '2024', 'Personeelskosten', None, '2024', 1000, False),
        (1, 8, '(571)', -571000, 'EUR', '2023', 'Personeelskosten', None, '2023', 1000, False),
        (1, 9, '296', 296000, 'EUR', '2024', 'Bedrijfsresultaat', None, '2024', 1000, True),
        (1, 9, '231', 231000, 'EUR', '2023', 'Bedrijfsresultaat', None, '2023', 1000, True),
    ]
    assert _cells(report, 2) == [
        (1, 12, '18', 18, None, '2024-12-31', 'Werknemers (aantal)', None, 'Boekjaar', None, False),
        (1, 12, '16', 16, None, '2023-12-31', 'Werknemers (aantal)', None, 'Vorig boekjaar', None, False),
        (1, 13, '7', 7, None, '2024', 'waarvan deeltijds', 'Werknemers (aantal)', 'Boekjaar', None, False),
        (1, 13, '6', 6, None, '2023', 'waarvan deeltijds', 'Werknemers (aantal)', 'Vorig boekjaar', None, False),
        (1, 14, '312', 312, None, '2024', 'Opleidingsuren', None, 'Boekjaar', None, False),
        (1, 14, '280', 280, None, '2023', 'Opleidingsuren', None, 'Vorig boekjaar', None, False),
    ]
    assert _cells(report, 3) == [
        (1, 19, '820', 820000, 'EUR', '2024-12-31', 'Gebouwen', 'Vaste activa', '31/12/2024', 1000, False),
        (1, 19, '845', 845000, 'EUR', '2023-12-31', 'Gebouwen', 'Vaste activa', '31/12/2023', 1000, False),
        (1, 20, '214', 214000, 'EUR', '2024-12-31', 'Ovens en machines', 'Vaste activa', '31/12/2024', 1000, False),
        (1, 20, '198', 198000, 'EUR', '2023-12-31', 'Ovens en machines', 'Vaste activa', '31/12/2023', 1000, False),
        (1, 22, '36', 36000, 'EUR', '2024-12-31', 'Voorraden', 'Vlottende activa', '31/12/2024', 1000, False),
        (1, 22, '31', 31000, 'EUR', '2023-12-31', 'Voorraden', 'Vlottende activa', '31/12/2023', 1000, False),
        (1, 23, '152', 152000, 'EUR', '2024-12-31', 'Liquide middelen', 'Vlottende activa', '31/12/2024', 1000, False),
        (1, 23, '118', 118000, 'EUR', '2023-12-31', 'Liquide middelen', 'Vlottende activa', '31/12/2023', 1000, False),
        (1, 24, '1.222', 1222000, 'EUR', '2024-12-31', 'Totaal activa', None, '31/12/2024', 1000, True),
        (1, 24, '1.192', 1192000, 'EUR', '2023-12-31', 'Totaal activa', None, '31/12/2023', 1000, True),
    ]
    assert _wholes(report, 1) == [[("whole", "296"), ("part", "1.412"), ("part", "(512)"), ("part", "(604)")],
                                  [("whole", "231"), ("part", "1.288"), ("part", "(486)"), ("part", "(571)")]]
    assert [("whole", "1.222"), ("part", "820"), ("part", "214"), ("part", "36"), ("part", "152")] \
        in _wholes(report, 3)


def test_a_unit_column_a_unit_in_the_corner_and_a_table_of_dates() -> None:
    report = extract_file(FIXTURES / "groff-waterweg-2023.pdf")
    assert report["document"]["fiscal_year"] == 2023
    assert _cells(report, 1) == [
        (1, 6, '4.120', 4120, 'MWh', '2023', 'Geproduceerde stroom', None, '2023', None, False),
        (1, 6, '3.860', 3860, 'MWh', '2022', 'Geproduceerde stroom', None, '2022', None, False),
        (1, 7, '96,4', 96.4, '%', '2023', 'Beschikbaarheid centrales', None, '2023', None, False),
        (1, 7, '93,1', 93.1, '%', '2022', 'Beschikbaarheid centrales', None, '2022', None, False),
        (1, 8, '1.904', 1904, None, '2023-12-31', 'Leden', None, '2023', None, False),
        (1, 8, '1.822', 1822, None, '2022-12-31', 'Leden', None, '2022', None, False),
    ]
    assert _cells(report, 2) == [
        (1, 11, '512.300', 512300, 'EUR', '2023', 'Verkoop van stroom', None, '2023', None, False),
        (1, 11, '478.900', 478900, 'EUR', '2022', 'Verkoop van stroom', None, '2022', None, False),
        (1, 12, '41.000', 41000, 'EUR', '2023', 'Subsidies', None, '2023', None, False),
        (1, 12, '39.500', 39500, 'EUR', '2022', 'Subsidies', None, '2022', None, False),
        (1, 13, '553.300', 553300, 'EUR', '2023', 'Totaal opbrengsten', None, '2023', None, True),
        (1, 13, '518.400', 518400, 'EUR', '2022', 'Totaal opbrengsten', None, '2022', None, True),
    ]
    # the meeting dates' table holds no figures; the shares of the closing line are the text's, no cell's
    assert {i["table"]["table"] for i in report["indicators"] if "table" in i} == {1, 2}
    assert [("table" in i) for i in report["indicators"] if i["raw"] == "1.904 aandelen"] == [False]


def test_columns_of_figures_set_left() -> None:
    # tbl's "l" columns: the figures of a row share their left edges with the rows over them, not their right ones
    # (was: "Vrijwilligers", "64" and "58" three lines, "58" a total row labelled "getal")
    report = extract_file(FIXTURES / "groff-kringloop-2023.pdf")
    assert report["document"]["fiscal_year"] == 2023
    assert _cells(report, 1) == [
        (1, 4, '1.412', 1412, 'ton', '2023', 'Ingezamelde goederen (ton)', None, '2023', None, False),
        (1, 4, '1.288', 1288, 'ton', '2022', 'Ingezamelde goederen (ton)', None, '2022', None, False),
        (1, 5, '86.400', 86400, None, '2023', 'Verkochte stuks', None, '2023', None, False),
        (1, 5, '79.950', 79950, None, '2022', 'Verkochte stuks', None, '2022', None, False),
        (1, 6, '64', 64, None, '2023', 'Vrijwilligers', None, '2023', None, False),
        (1, 6, '58', 58, None, '2022', 'Vrijwilligers', None, '2022', None, False),
    ]
    assert _cells(report, 2) == [
        (1, 9, '1.084', 1084000, 'EUR', '2023', 'Omzet winkels', None, 'Boekjaar', 1000, False),
        (1, 9, '996', 996000, 'EUR', '2022', 'Omzet winkels', None, 'Vorig boekjaar', 1000, False),
        (1, 10, '(702)', -702000, 'EUR', '2023', 'Loonkosten', None, 'Boekjaar', 1000, False),
        (1, 10, '(655)', -655000, 'EUR', '2022', 'Loonkosten', None, 'Vorig boekjaar', 1000, False),
    ]
