"""A conditions table inside a report set in two text columns (WeasyPrint 70, CSS `columns: 2`; built by
tests/make_weasyprint_conditions_pdf.py, a made-up repair cooperative): the reader follows the text columns, so
the table comes cell after cell, and its fifth row, broken at the foot of the first column, comes article first
("Artikel 47" / "Artikel 12" / "Wie uittreedt, ..." at the head of the second column). Every statute reference is
asserted with its page, line and condition; the report stays a report, its figures figures."""

from __future__ import annotations

from functools import cache

import pytest

from conftest import ROOT
from extractor.pipeline import extract_file

pytestmark = pytest.mark.slow  # a PDF, parsed in a child process

PDF = ROOT / "tests" / "fixtures" / "conditions" / "herstelkot-weasyprint-2025.pdf"


@cache
def _report() -> dict:
    return extract_file(PDF.relative_to(ROOT))


def test_the_row_broken_at_the_foot_of_a_column_backs_its_own_condition() -> None:
    """Line 28 'Artikel 12', read right after row 4's 'Artikel 47' (line 25) and before its condition (lines 2-4,
    higher up in the second column), backs condition 5 (withdrawal at nominal value); it backed 4 with 'Artikel
    47', and condition 5 had no article. (Lines: the visual rows, as pdftotext -layout prints the page; the
    records in the order of their locations, so the second column's rows, higher up, come first.)"""
    assert [(r["location"]["page"], r["location"]["line"], r["articles"], r["condition"])
            for r in _report()["statute_references"]] == [
        (1, 6, ['19'], 6),
        (1, 8, ['27'], 7),
        (1, 10, ['34'], 8),
        (1, 14, ['41'], 9),
        (1, 19, ['3'], 1),
        (1, 21, ['4'], 2),
        (1, 23, ['33'], 3),
        (1, 25, ['47'], 4),
        (1, 28, ['12'], 5),
    ]
    assert [(c["condition"], c["location"]["line"], c["answer"]["text"]) for c in _report()["conditions"]][3:5] == [
        (4, 25, 'Artikel 47'),
        (5, 2, 'Artikel 12'),
    ]


def test_a_report_whose_table_opens_with_statuten_stays_a_report() -> None:
    """The title 'Het Herstelkot cv – bijzonder verslag 2025' names a report after the name and a dash; the table's
    header cell 'Statuten', read as a short paragraph of its own, and its 'Artikel N' cells made the document
    statutes (kind 'statutes', no figures at all)."""
    report = _report()
    assert report["document"]["kind"] == "report"
    assert [(i["location"]["line"], i["raw"], i["value"]) for i in report["indicators"]] == [
        (19, "1.240 toestellen", 1240), (21, "35 bezoekers", 35), (22, "212 vennoten", 212)]
