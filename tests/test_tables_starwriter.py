"""Tables of an HTML page that LibreOffice imports as a Writer document (--infilter="HTML (StarWriter)"), in its PDF
(tests/make_starwriter_tables.py builds it): per cell its page, line, value as written and read, unit, period, row
label, parent, column header, scale and whether it is a total row.

LibreOffice sets each header cell centred in a cell as wide as its text, so the reader joins the header cells with
single spaces, and the cell over the row labels with them:
- "Omschrijving 2025 (aantal) 2024 (aantal) Evolutie (%)" on one line of one cell (was no header: every column "",
  every cell the fiscal year, last year's column too);
- "Kengetal" apart, "2025 (%) 2024 (%)" joined (was no header either);
- a table cut by a page break before its last row: the reader gives the corner "Omschrijving" alone before the rows
  and the header line after them (was: "Omschrijving" a row without figures and the table's title), and the last
  row alone at the top of page 2 with a short line of prose under it (was: no table, so no column, period or unit)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.pipeline import extract_file
from table_cells import cells as _cells

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


@pytest.fixture(scope="module")
def report() -> dict:
    return extract_file(FIXTURES / "speelbos-starwriter-2025.pdf")


def test_corner_joined_to_year_headers_with_a_unit(report) -> None:
    assert report["document"]["fiscal_year"] == 2025
    assert _cells(report, 1) == [
        (1, 5, '18.240', 18240, None, '2025', 'Bezoekers', None, '2025 (aantal)', None, False),
        (1, 5, '16.910', 16910, None, '2024', 'Bezoekers', None, '2024 (aantal)', None, False),
        (1, 5, '+7,9', 7.9, '%', '2024/2025', 'Bezoekers', None, 'Evolutie (%)', None, False),
        (1, 6, '212', 212, None, '2025', 'Verjaardagsfeestjes', None, '2025 (aantal)', None, False),
        (1, 6, '198', 198, None, '2024', 'Verjaardagsfeestjes', None, '2024 (aantal)', None, False),
        (1, 6, '+7,1', 7.1, '%', '2024/2025', 'Verjaardagsfeestjes', None, 'Evolutie (%)', None, False),
        (1, 7, '46', 46, None, '2025', 'Kampdagen in de zomer', None, '2025 (aantal)', None, False),
        (1, 7, '40', 40, None, '2024', 'Kampdagen in de zomer', None, '2024 (aantal)', None, False),
        (1, 7, '+15,0', 15, '%', '2024/2025', 'Kampdagen in de zomer', None, 'Evolutie (%)', None, False),
    ]
    assert _corner(1) == "Omschrijving"


def test_corner_apart_from_joined_year_headers(report) -> None:
    assert _cells(report, 2) == [
        (1, 11, '88,5', 88.5, '%', '2025', 'Bezetting van de kampen', None, '2025 (%)', None, False),
        (1, 11, '84,0', 84, '%', '2024', 'Bezetting van de kampen', None, '2024 (%)', None, False),
        (1, 12, '31,2', 31.2, '%', '2025', 'Solvabiliteit', None, '2025 (%)', None, False),
        (1, 12, '29,8', 29.8, '%', '2024', 'Solvabiliteit', None, '2024 (%)', None, False),
    ]


def test_a_table_cut_before_its_last_row_by_a_page_break() -> None:
    report = extract_file(FIXTURES / "speelbos-starwriter-breuk-2025.pdf")
    assert _cells(report, 1) == [
        (1, 32, '412.300', 412300, 'EUR', '2025', 'Bedrijfsopbrengsten', None, '2025 (EUR)', None, False),
        (1, 32, '398.100', 398100, 'EUR', '2024', 'Bedrijfsopbrengsten', None, '2024 (EUR)', None, False),
        (1, 33, '188.200', 188200, 'EUR', '2025', 'Personeelskosten', None, '2025 (EUR)', None, False),
        (1, 33, '176.900', 176900, 'EUR', '2024', 'Personeelskosten', None, '2024 (EUR)', None, False),
        (1, 34, '97.400', 97400, 'EUR', '2025', 'Werkingskosten', None, '2025 (EUR)', None, False),
        (1, 34, '92.800', 92800, 'EUR', '2024', 'Werkingskosten', None, '2024 (EUR)', None, False),
        (1, 35, '41.300', 41300, 'EUR', '2025', 'Afschrijvingen', None, '2025 (EUR)', None, False),
        (1, 35, '38.700', 38700, 'EUR', '2024', 'Afschrijvingen', None, '2024 (EUR)', None, False),
        (2, 1, '85.400', 85400, 'EUR', '2025', 'Resultaat van het boekjaar', None, '2025 (EUR)', None, False),
        (2, 1, '89.700', 89700, 'EUR', '2024', 'Resultaat van het boekjaar', None, '2024 (EUR)', None, False),
    ]
    assert not any("title" in i["table"] for i in report["indicators"] if i.get("table"))
    assert _corner(1, "speelbos-starwriter-breuk-2025.pdf") == "Omschrijving"


def _corner(table: int, name: str = "speelbos-starwriter-2025.pdf") -> str | None:
    """The table's corner as the tables module reads it from the PDF."""
    from extractor.document.readers import read_document
    from extractor.document.tables import find_tables

    found = find_tables(read_document(FIXTURES / name))
    return next(t.corner for t in found.tables if t.number == table)
