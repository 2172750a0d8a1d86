"""A table whose YEARS ARE ROWS and whose quantities are columns (SHAPES4 T8): "| Jaar | Uitleningen | Leden |" over
"| 2024 | 4.480 | 336 |". Each cell's period is its row's year, its label (and key) the column's header, its unit the
header's unit ("(%)", "km"); the JSON marks the table transposed. Was: the first data row withheld as a garbled
passage (under the table's rule line "|---|---:|", which has neither letter nor digit), every other cell labelled by
its year and keyed `other.getal`, `other.getal~2`, so no cell linked to the same quantity in last year's report."""

from __future__ import annotations

from pathlib import Path

from extractor.diff.link import add_series
from extractor.pipeline import extract_file
from table_cells import cells as _cells

FIXTURES = Path(__file__).parent / "fixtures" / "tables"
REPORT = FIXTURES / "hamer-jaren-als-rijen-2025.md"


def test_years_as_rows_each_cell_its_rows_year_and_its_columns_quantity() -> None:
    report = extract_file(REPORT)
    assert report["warnings"] == []
    assert _cells(report, 1) == [
        (None, 11, '4.120', 4120, None, '2023', '2023', None, 'Uitleningen', None, False),
        (None, 11, '310', 310, None, '2023-12-31', '2023', None, 'Leden', None, False),
        (None, 11, '540', 540, None, '2023', '2023', None, 'Gereedschappen', None, False),
        (None, 11, '61', 61, '%', '2023', '2023', None, 'Bezettingsgraad (%)', None, False),
        (None, 11, '1.200', 1200, 'km', '2023', '2023', None, 'Gereden km', None, False),
        (None, 12, '4.480', 4480, None, '2024', '2024', None, 'Uitleningen', None, False),
        (None, 12, '336', 336, None, '2024-12-31', '2024', None, 'Leden', None, False),
        (None, 12, '575', 575, None, '2024', '2024', None, 'Gereedschappen', None, False),
        (None, 12, '64', 64, '%', '2024', '2024', None, 'Bezettingsgraad (%)', None, False),
        (None, 12, '1.350', 1350, 'km', '2024', '2024', None, 'Gereden km', None, False),
        (None, 13, '4.910', 4910, None, '2025', '2025', None, 'Uitleningen', None, False),
        (None, 13, '362', 362, None, '2025-12-31', '2025', None, 'Leden', None, False),
        (None, 13, '610', 610, None, '2025', '2025', None, 'Gereedschappen', None, False),
        (None, 13, '66,5', 66.5, '%', '2025', '2025', None, 'Bezettingsgraad (%)', None, False),
        (None, 13, '1.410', 1410, 'km', '2025', '2025', None, 'Gereden km', None, False),
    ]
    cells = [i for i in report["indicators"] if i.get("table")]
    assert all(i["table"]["transposed"] is True for i in cells)
    assert [(i["label"], i["id"]) for i in cells[:5]] == [
        ("Uitleningen", "other.uitlening"), ("Leden", "other.vennoot"), ("Gereedschappen", "other.gereedschap"),
        ("Bezettingsgraad (%)", "other.bezetting_procent"), ("Gereden km", "other.afstand")]


def test_a_year_row_links_to_last_years_figure_of_its_column(tmp_path) -> None:  # type: ignore[no-untyped-def]
    last = tmp_path / "hamer-jaarverslag-2024.txt"
    last.write_text("Gereedschapsbib De Hamer cv - Jaarverslag 2024\n\nIn 2024 waren er 4.480 uitleningen. Eind 2024 "
                    "telde de coöperatie 336 leden.\n", encoding="utf-8")
    this = tmp_path / "hamer-jaarverslag-2025.md"
    this.write_text(REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    reports = [extract_file(last), extract_file(this)]
    add_series(reports)
    before = {i["raw"]: i["series"] for i in reports[0]["indicators"]}
    after = {(i["table"]["row"], i["table"]["column"]): i["series"] for i in reports[1]["indicators"] if i.get("table")}
    assert before == {"4.480 uitleningen": "other.uitlening", "336 leden": "other.vennoot"}
    assert after[("2024", "Uitleningen")] == after[("2025", "Uitleningen")] == before["4.480 uitleningen"]
    assert after[("2024", "Leden")] == after[("2025", "Leden")] == before["336 leden"]
    assert len(set(after.values())) == 5  # one series per column
