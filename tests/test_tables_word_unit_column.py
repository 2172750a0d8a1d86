"""A Word key-figure table (python-docx, read as .docx) with a unit column "eenheid" and footnote marks on row labels
(SHAPES4 S4, tests/make_word_unit_column.py builds it): per cell its line, value as written and read, unit, period,
row label, parent, column header, scale and whether it is a total row; and the keys of its rows.

Was: "dagen" and "ton" in the unit column named no unit (the tables' unit words were money, shares, counts, energy,
power, length, area and volume only), and the mark stayed in the label ("Herstelde toestellen¹"), so the row's key
was not the key of the same quantity in the report's text."""

from __future__ import annotations

from pathlib import Path

from extractor.pipeline import extract_file
from table_cells import cells as _cells

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def test_a_unit_column_of_time_and_weight_and_footnote_marks_on_row_labels() -> None:
    report = extract_file(FIXTURES / "herstel-word-2024.docx")
    assert report["document"]["fiscal_year"] == 2024
    assert _cells(report, 1) == [
        (None, 5, '1.312', 1312, None, '2024', 'Herstelde toestellen', None, '2024', None, False),
        (None, 5, '1.190', 1190, None, '2023', 'Herstelde toestellen', None, '2023', None, False),
        (None, 6, '6,5', 6.5, 'days', '2024', 'Gemiddelde wachttijd', None, '2024', None, False),
        (None, 6, '8,0', 8, 'days', '2023', 'Gemiddelde wachttijd', None, '2023', None, False),
        (None, 7, '9,4', 9.4, 'ton', '2024', 'Vermeden afval', None, '2024', None, False),
        (None, 7, '8,1', 8.1, 'ton', '2023', 'Vermeden afval', None, '2023', None, False),
        (None, 8, '71', 71, '%', '2024', 'Slaagkans', None, '2024', None, False),
        (None, 8, '68', 68, '%', '2023', 'Slaagkans', None, '2023', None, False),
        (None, 9, '12.400', 12400, 'EUR', '2024', 'Giften', None, '2024', None, False),
        (None, 9, '11.050', 11050, 'EUR', '2023', 'Giften', None, '2023', None, False),
    ]
    assert [(i["label"], i["id"]) for i in report["indicators"]][::2] == [
        ("Herstelde toestellen", "other.toestel.herstellen"), ("Gemiddelde wachttijd", "other.wachttijd_duur.gemiddeld"),
        ("Vermeden afval", "other.afval_gewicht.vermeden"), ("Slaagkans", "other.slaagkans_procent"),
        ("Giften", "other.gift_euro")]
