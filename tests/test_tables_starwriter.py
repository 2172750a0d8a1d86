"""Tables of an HTML page that LibreOffice imports as a Writer document (--infilter="HTML (StarWriter)"), in its PDF
(tests/make_starwriter_tables.py builds it): per cell its page, line, value as written and read, unit, period, row
label, parent, column header, scale and whether it is a total row.

LibreOffice sets each header cell centred in a cell as wide as its text, so the reader joins the header cells with
single spaces, and the cell over the row labels with them:
- "Omschrijving 2025 (aantal) 2024 (aantal) Evolutie (%)" on one line of one cell (was no header: every column "",
  every cell the fiscal year, last year's column too);
- "Kengetal" apart, "2025 (%) 2024 (%)" joined (was no header either)."""

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
    assert _corner(report, 1) == "Omschrijving"


def test_corner_apart_from_joined_year_headers(report) -> None:
    assert _cells(report, 2) == [
        (1, 11, '88,5', 88.5, '%', '2025', 'Bezetting van de kampen', None, '2025 (%)', None, False),
        (1, 11, '84,0', 84, '%', '2024', 'Bezetting van de kampen', None, '2024 (%)', None, False),
        (1, 12, '31,2', 31.2, '%', '2025', 'Solvabiliteit', None, '2025 (%)', None, False),
        (1, 12, '29,8', 29.8, '%', '2024', 'Solvabiliteit', None, '2024 (%)', None, False),
    ]


def _corner(_result: dict, table: int) -> str | None:
    """The table's corner as the tables module reads it from the same PDF."""
    from extractor.document.readers import read_document
    from extractor.document.tables import find_tables

    found = find_tables(read_document(FIXTURES / "speelbos-starwriter-2025.pdf"))
    return next(t.corner for t in found.tables if t.number == table)
