"""The closing total of the shorter side of a two-sided balance (issue 19, SHAPES-REAL2 T4): the liabilities on the
right end three rows before the assets do, so "Totaal passiva" stands at the foot across from "Totaal activa" with
empty cells over it. The right halves' view of the page (tables/sides.py) gave those lines blank, and four blank
lines ended the liabilities' table: the total fell out of it, labelled 'activa' (its words read as prose), both of
its amounts of the closing day. In a PDF no blank line parts two tables (the reader writes none; only the empty half
of a line or a rule of characters reads blank). Asserted per cell on a Chromium PDF (tests/make_two_sided_balance.py);
and, the negative, a text report's tables apart by blank lines stay two."""

from __future__ import annotations

from pathlib import Path

from extractor.pipeline import extract_file

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _cells(result: dict, table: int) -> list[tuple]:
    return [(i["table"]["row"], i["table"]["column"], i["period"], i["value"], i["label"], i["table"].get("total", False))
            for i in result["indicators"] if "table" in i and i["table"]["table"] == table]


def test_the_shorter_side_s_total_stays_in_its_table() -> None:
    result = extract_file(FIXTURES / "fietsherstel-balans-2025.pdf")
    assert _cells(result, 2) == [
        ("Eigen vermogen", "31-12-2025", "2025-12-31", 9385, "Eigen vermogen", False),
        ("Eigen vermogen", "31-12-2024", "2024-12-31", 8492, "Eigen vermogen", False),
        ("Crediteuren", "31-12-2025", "2025-12-31", 46215, "Crediteuren", False),
        ("Crediteuren", "31-12-2024", "2024-12-31", 4785, "Crediteuren", False),
        ("Totaal passiva", "31-12-2025", "2025-12-31", 55600, "Totaal passiva", True),
        ("Totaal passiva", "31-12-2024", "2024-12-31", 13277, "Totaal passiva", True)]
    assert _cells(result, 1)[-2:] == [
        ("Totaal activa", "31-12-2025", "2025-12-31", 55600, "Totaal activa", True),
        ("Totaal activa", "31-12-2024", "2024-12-31", 13277, "Totaal activa", True)]
    assert len([i for i in result["indicators"] if i["value"] in (55600, 13277)]) == 4  # no total read twice


TEXT = """Jaarverslag 2025 van Repair Café Noord cv

                     2025      2024
Bezoekers             640       590
Herstellingen         410       377



Totaal giften       1.240     1.090
Totaal subsidies    2.000     2.000
"""


def test_text_tables_apart_by_blank_lines_stay_apart(tmp_path: Path) -> None:
    path = tmp_path / "repaircafe-2025.txt"
    path.write_text(TEXT, encoding="utf-8")
    tables = {i["table"]["table"] for i in extract_file(path)["indicators"]
              if i.get("table") and i["table"]["row"].startswith("Totaal")}
    assert tables == {2}
