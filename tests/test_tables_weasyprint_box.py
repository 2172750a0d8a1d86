"""A WeasyPrint key-figure box built from divs, "Kerncijfers (x € 1.000)" over a header row of two years, opening page 2
after a page full of two-column prose (SHAPES4 T9), and the results table "(in euro)" under it with sub-rows and
negatives in parentheses (tests/make_weasyprint_box_pdf.py builds the PDF): per cell its page, line, value as written
and read, unit, period, row label, parent, column header, scale and whether it is a total row.

The box's year line "2026   2025" stands in the band at the top of the page where page numbers stand: it was taken
for a page number and dropped as furniture, so the box had no header (every column "", last year's column this year's
period, which then took last year's series). A line of two numbers is a page number only as a spread's two
consecutive page numbers, or "7 van 12"."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.pipeline import extract_file
from table_cells import cells as _cells

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


@pytest.fixture(scope="module")
def report() -> dict:
    return extract_file(FIXTURES / "uitleen-weasyprint-2026.pdf")


def test_a_box_of_key_figures_opening_a_page_keeps_its_year_header(report) -> None:
    assert report["document"]["fiscal_year"] == 2026
    assert [f["text"] for f in report["furniture"]] == []
    assert _cells(report, 1) == [
        (2, 3, '81,4', 81400, 'EUR', '2026', 'Giften', None, '2026', 1000, False),
        (2, 3, '77,9', 77900, 'EUR', '2025', 'Giften', None, '2025', 1000, False),
        (2, 4, '42,6', 42600, 'EUR', '2026', 'Lidgelden', None, '2026', 1000, False),
        (2, 4, '40,1', 40100, 'EUR', '2025', 'Lidgelden', None, '2025', 1000, False),
        (2, 5, '118,3', 118300, 'EUR', '2026', 'Huur van toestellen', None, '2026', 1000, False),
        (2, 5, '104,7', 104700, 'EUR', '2025', 'Huur van toestellen', None, '2025', 1000, False),
        (2, 6, '(4,2)', -4200, 'EUR', '2026', 'Resultaat', None, '2026', 1000, False),
        (2, 6, '3,1', 3100, 'EUR', '2025', 'Resultaat', None, '2025', 1000, False),
        (2, 7, '212,0', 212000, 'EUR', '2026-12-31', 'Eigen vermogen', None, '2026', 1000, False),
        (2, 7, '216,2', 216200, 'EUR', '2025-12-31', 'Eigen vermogen', None, '2025', 1000, False),
    ]


def test_results_table_under_the_box_sub_rows_and_negatives_in_parentheses(report) -> None:
    assert _cells(report, 2) == [
        (2, 10, '242.300', 242300, 'EUR', '2026', 'Opbrengsten', None, '2026', None, False),
        (2, 10, '222.700', 222700, 'EUR', '2025', 'Opbrengsten', None, '2025', None, False),
        (2, 11, '81.400', 81400, 'EUR', '2026', 'giften', 'Opbrengsten', '2026', None, False),
        (2, 11, '77.900', 77900, 'EUR', '2025', 'giften', 'Opbrengsten', '2025', None, False),
        (2, 12, '42.600', 42600, 'EUR', '2026', 'lidgelden', 'Opbrengsten', '2026', None, False),
        (2, 12, '40.100', 40100, 'EUR', '2025', 'lidgelden', 'Opbrengsten', '2025', None, False),
        (2, 13, '118.300', 118300, 'EUR', '2026', 'huur van toestellen', 'Opbrengsten', '2026', None, False),
        (2, 13, '104.700', 104700, 'EUR', '2025', 'huur van toestellen', 'Opbrengsten', '2025', None, False),
        (2, 14, '(246.500)', -246500, 'EUR', '2026', 'Kosten', None, '2026', None, False),
        (2, 14, '(219.600)', -219600, 'EUR', '2025', 'Kosten', None, '2025', None, False),
        (2, 15, '(4.200)', -4200, 'EUR', '2026', 'Resultaat', None, '2026', None, False),
        (2, 15, '3.100', 3100, 'EUR', '2025', 'Resultaat', None, '2025', None, False),
    ]
    wholes = [[(i["role"], i["raw"]) for i in r["indicators"]] for r in report["relations"]
              if r["kind"] == "part_whole" and r.get("table") == 2]
    assert [("whole", "242.300"), ("part", "81.400"), ("part", "42.600"), ("part", "118.300")] in wholes
