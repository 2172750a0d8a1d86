"""Financial statements in PDFs read as tables (issue 19 Build 1, issue 20; SHAPES-REAL.md L-B1/L-B2/L-B3/L-C1a):
per cell its page, line, value as written and read, table, row label, column header and the year of its period.

Made up and typeset by LibreOffice (tests/make_statement_pdfs.py; tests/fixtures/statements/diag7 for the
diagnostician's probe):
- a statement of the Belgian model accounts: "Toel.  Codes  Boekjaar  Vorig boekjaar" over its first rows only,
  the results on the next page without a header; rows with a sign mark "(+)/(-)" (were no table rows: label a head
  word, "Vorig boekjaar" cells the fiscal year, the 4-digit rubric code "9901" taken as the row's figure) and a
  note number "6.4.1" in the "Toel." column; the rubric codes ("9901", "780", "3", "29/58") are no figures;
- a two-sided balance sheet, assets and liabilities on the same lines, each half under its own "(x EUR 1.000)
  2024  2023" (was: the right half's amounts took the left half's labels, "2.650 Groepsvermogen" one figure whose
  unit was the noun, every cell the fiscal year);
- an A3 spread (two printed pages on one PDF page): the right page's statement read as one table, apart from
  the left page's charts;
- a stair-stepped results statement (each year a detail and a subtotal column) whose line of years the reader
  gives after the rows (was: every column "", each cell the fiscal year), and the same with the years over the
  rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.pipeline import extract_file

FIXTURES = Path(__file__).parent / "fixtures" / "statements"


def _cells(result: dict) -> list[tuple]:
    """(page, line, raw, value, table, row, column, year of the period) of each figure, table or not."""
    found = []
    for i in result["indicators"]:
        table = i.get("table")
        found.append((i["location"]["page"], i["location"]["line"], i["raw"], i["value"],
                      table["table"] if table else None, table["row"] if table else None,
                      table["column"] if table else None, i["period"][:4]))
    return found


FORM = [
    (1, 4, '1.402.300', 1402300, 1, 'VASTE ACTIVA', 'Boekjaar', '2024'),
    (1, 4, '1.377.800', 1377800, 1, 'VASTE ACTIVA', 'Vorig boekjaar', '2023'),
    (1, 5, '1.390.100', 1390100, 1, 'Materiële vaste activa', 'Boekjaar', '2024'),
    (1, 5, '1.366.000', 1366000, 1, 'Materiële vaste activa', 'Vorig boekjaar', '2023'),
    (1, 6, '12.200', 12200, 1, 'Financiële vaste activa', 'Boekjaar', '2024'),
    (1, 6, '11.800', 11800, 1, 'Financiële vaste activa', 'Vorig boekjaar', '2023'),
    (1, 7, '311.650', 311650, 1, 'VLOTTENDE ACTIVA', 'Boekjaar', '2024'),
    (1, 7, '287.400', 287400, 1, 'VLOTTENDE ACTIVA', 'Vorig boekjaar', '2023'),
    (1, 8, '41.900', 41900, 1, 'Voorraden', 'Boekjaar', '2024'),
    (1, 8, '38.200', 38200, 1, 'Voorraden', 'Vorig boekjaar', '2023'),
    (1, 9, '96.350', 96350, 1, 'Vorderingen op ten hoogste een jaar', 'Boekjaar', '2024'),
    (1, 9, '90.100', 90100, 1, 'Vorderingen op ten hoogste een jaar', 'Vorig boekjaar', '2023'),
    (1, 10, '173.400', 173400, 1, 'Liquide middelen', 'Boekjaar', '2024'),
    (1, 10, '159.100', 159100, 1, 'Liquide middelen', 'Vorig boekjaar', '2023'),
    (2, 2, '58.900', 58900, 1, 'Bedrijfswinst (Bedrijfsverlies)', 'Boekjaar', '2024'),
    (2, 2, '-12.400', -12400, 1, 'Bedrijfswinst (Bedrijfsverlies)', 'Vorig boekjaar', '2023'),
    (2, 3, '3.100', 3100, 1, 'Financiële opbrengsten', 'Boekjaar', '2024'),
    (2, 3, '2.700', 2700, 1, 'Financiële opbrengsten', 'Vorig boekjaar', '2023'),
    (2, 4, '9.800', 9800, 1, 'Financiële kosten', 'Boekjaar', '2024'),
    (2, 4, '10.300', 10300, 1, 'Financiële kosten', 'Vorig boekjaar', '2023'),
    (2, 5, '12.500', 12500, 1, 'Belastingen op het resultaat', 'Boekjaar', '2024'),
    (2, 5, '1.900', 1900, 1, 'Belastingen op het resultaat', 'Vorig boekjaar', '2023'),
    (2, 6, '1.400', 1400, 1, 'Onttrekking aan de uitgestelde belas', 'Boekjaar', '2024'),
    (2, 6, '1.600', 1600, 1, 'Onttrekking aan de uitgestelde belas', 'Vorig boekjaar', '2023'),
    (2, 7, '41.100', 41100, 1, 'Winst (Verlies) van het boekjaar', 'Boekjaar', '2024'),
    (2, 7, '-20.300', -20300, 1, 'Winst (Verlies) van het boekjaar', 'Vorig boekjaar', '2023'),
]

BALANS = [
    (2, 2, '2.300', 2300000, 1, 'Immateriële vaste activa', '2024', '2024'),
    (2, 2, '2.650', 2650000, 1, 'Immateriële vaste activa', '2023', '2023'),
    (2, 2, '88.400', 88400000, 2, 'Groepsvermogen', '2024', '2024'),
    (2, 2, '81.100', 81100000, 2, 'Groepsvermogen', '2023', '2023'),
    (2, 3, '71.400', 71400000, 1, 'Bedrijfsgebouwen', '2024', '2024'),
    (2, 3, '69.900', 69900000, 1, 'Bedrijfsgebouwen', '2023', '2023'),
    (2, 3, '6.300', 6300000, 2, 'Voorzieningen', '2024', '2024'),
    (2, 3, '5.900', 5900000, 2, 'Voorzieningen', '2023', '2023'),
    (2, 4, '18.800', 18800000, 1, 'Machines en installaties', '2024', '2024'),
    (2, 4, '20.200', 20200000, 1, 'Machines en installaties', '2023', '2023'),
    (2, 4, '61.000', 61000000, 2, 'Langlopende schulden', '2024', '2024'),
    (2, 4, '63.500', 63500000, 2, 'Langlopende schulden', '2023', '2023'),
    (2, 5, '54.100', 54100000, 1, 'Voorraden', '2024', '2024'),
    (2, 5, '49.300', 49300000, 1, 'Voorraden', '2023', '2023'),
    (2, 5, '12.800', 12800000, 2, 'Kredietinstellingen', '2024', '2024'),
    (2, 5, '9.300', 9300000, 2, 'Kredietinstellingen', '2023', '2023'),
    (2, 6, '38.600', 38600000, 1, 'Handelsdebiteuren', '2024', '2024'),
    (2, 6, '35.200', 35200000, 1, 'Handelsdebiteuren', '2023', '2023'),
    (2, 6, '22.900', 22900000, 2, 'Handelscrediteuren', '2024', '2024'),
    (2, 6, '21.650', 21650000, 2, 'Handelscrediteuren', '2023', '2023'),
    (2, 7, '14.300', 14300000, 1, 'Liquide middelen', '2024', '2024'),
    (2, 7, '11.900', 11900000, 1, 'Liquide middelen', '2023', '2023'),
    (2, 7, '8.100', 8100000, 2, 'Overige schulden', '2024', '2024'),
    (2, 7, '7.700', 7700000, 2, 'Overige schulden', '2023', '2023'),
    (2, 8, '199.500', 199500000, 1, 'Totaal activa', '2024', '2024'),
    (2, 8, '189.150', 189150000, 1, 'Totaal activa', '2023', '2023'),
    (2, 8, '199.500', 199500000, 2, 'Totaal passiva', '2024', '2024'),
    (2, 8, '189.150', 189150000, 2, 'Totaal passiva', '2023', '2023'),
]

STAIR = [
    (2, 3, '640.900', 640900000, 1, 'Netto omzet', '2024', '2024'),
    (2, 3, '598.400', 598400000, 1, 'Netto omzet', '2023', '2023'),
    (2, 4, '-498.200', -498200000, 1, 'Kostprijs van de omzet', '2024', '2024'),
    (2, 4, '-467.300', -467300000, 1, 'Kostprijs van de omzet', '2023', '2023'),
    (2, 5, '142.700', 142700000, 1, 'Bruto omzetresultaat', '2024', '2024'),
    (2, 5, '131.100', 131100000, 1, 'Bruto omzetresultaat', '2023', '2023'),
    (2, 6, '-61.300', -61300000, 1, 'Verkoopkosten', '2024', '2024'),
    (2, 6, '-57.900', -57900000, 1, 'Verkoopkosten', '2023', '2023'),
    (2, 7, '-27.400', -27400000, 1, 'Algemene beheerskosten', '2024', '2024'),
    (2, 7, '-25.100', -25100000, 1, 'Algemene beheerskosten', '2023', '2023'),
    (2, 8, '-88.700', -88700000, 1, 'Som der kosten', '2024', '2024'),
    (2, 8, '-83.000', -83000000, 1, 'Som der kosten', '2023', '2023'),
    (2, 9, '54.000', 54000000, 1, 'Bedrijfsresultaat', '2024', '2024'),
    (2, 9, '48.100', 48100000, 1, 'Bedrijfsresultaat', '2023', '2023'),
    (2, 10, '-6.100', -6100000, 1, 'Rentelasten', '2024', '2024'),
    (2, 10, '-5.800', -5800000, 1, 'Rentelasten', '2023', '2023'),
    (2, 11, '-6.100', -6100000, 1, 'Financieel resultaat', '2024', '2024'),
    (2, 11, '-5.800', -5800000, 1, 'Financieel resultaat', '2023', '2023'),
    (2, 12, '47.900', 47900000, 1, 'Resultaat voor belastingen', '2024', '2024'),
    (2, 12, '42.300', 42300000, 1, 'Resultaat voor belastingen', '2023', '2023'),
    (2, 13, '-11.500', -11500000, 1, 'Belastingen', '2024', '2024'),
    (2, 13, '-10.200', -10200000, 1, 'Belastingen', '2023', '2023'),
    (2, 14, '36.400', 36400000, 1, 'Resultaat na belastingen', '2024', '2024'),
    (2, 14, '32.100', 32100000, 1, 'Resultaat na belastingen', '2023', '2023'),
]


@pytest.fixture(scope="module")
def form() -> dict:
    return extract_file(FIXTURES / "stmt-form-2024.pdf")


def test_a_model_accounts_statement_is_one_table_its_header_carried_to_the_next_page(form) -> None:
    assert form["document"]["fiscal_year"] == 2024
    assert _cells(form) == FORM


def test_rubric_codes_note_numbers_and_sign_marks_are_no_figures(form) -> None:
    raws = {i["raw"] for i in form["indicators"]}
    assert not raws & {"9901", "9904", "780", "3", "28", "6.3", "6.4", "6.4.1", "20/28", "67/77", "(+)/(-)"}
    assert all("(+)" not in i["label"] for i in form["indicators"])


def test_a_two_sided_balance_sheet_is_two_tables_each_half_with_its_own_labels_and_years() -> None:
    result = extract_file(FIXTURES / "stmt-balans-2024.pdf")
    assert _cells(result) == BALANS
    assert {i["unit"] for i in result["indicators"]} == {"EUR"}
    assert {i["table"]["scale"] for i in result["indicators"]} == {1000}


def test_stair_stepped_amounts_under_a_line_of_years_given_after_the_rows() -> None:
    assert _cells(extract_file(FIXTURES / "diag7" / "pl-stair-2024.pdf")) == STAIR


def test_stair_stepped_amounts_under_the_years_over_the_rows() -> None:
    cells = _cells(extract_file(FIXTURES / "stmt-trap-2024.pdf"))
    assert [(c[2], c[5], c[6], c[7]) for c in cells if c[5] in ("Personeelskosten", "Som der bedrijfskosten",
                                                                "Rentebaten")] == [
        ("-96.200", "Personeelskosten", "2024", "2024"), ("-91.800", "Personeelskosten", "2023", "2023"),
        ("-127.900", "Som der bedrijfskosten", "2024", "2024"), ("-121.200", "Som der bedrijfskosten", "2023", "2023"),
        ("1.200", "Rentebaten", "2024", "2024"), ("900", "Rentebaten", "2023", "2023")]
    assert len(cells) == 22 and all(c[4] == 1 for c in cells)


def test_a_spread_is_read_as_two_printed_pages_its_statement_one_table() -> None:
    """An A3 landscape spread (two text frames, one per A4 half): read as one page, a chart line of the left page
    and a statement row of the right page at one height were one line ("Personeel (in fte)   Brutomarge
    209.300   194.600"), the statement fell apart (labels "getal", last year's cells the fiscal year)."""
    result = extract_file(FIXTURES / "stmt-spread-2024.pdf")
    table = [c for c in _cells(result) if c[4] is not None]
    assert {c[4] for c in table} == {1} and len(table) == 22
    assert [(c[2], c[5], c[6], c[7]) for c in table if c[5] in ("Brutomarge", "Personeelskosten", "Rentebaten")] \
        == [("209.300", "Brutomarge", "2024", "2024"), ("194.600", "Brutomarge", "2023", "2023"),
            ("-96.200", "Personeelskosten", "2024", "2024"), ("-91.800", "Personeelskosten", "2023", "2023"),
            ("1.200", "Rentebaten", "2024", "2024"), ("900", "Rentebaten", "2023", "2023")]
    assert all(c[6] == c[7] for c in table)  # each cell its own column's year
    labels = {i["label"] for i in result["indicators"]}
    assert not any("Personeel (in fte)" in label and "Brutomarge" in label for label in labels)
