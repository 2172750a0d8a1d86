"""A table whose rows are years, set in columns by where they stand (issue 19, SHAPES-REAL2 T1): "Jaar | Opbrengsten
€ | Kosten € | saldo *" over "2026 | 48.000 | 46.500 | 1.500" in a PDF or a text file. Each cell takes its row's
year as period and its column's header as label, unit and scale. Was: the year rows were no table rows (a year is
no figure, and no label of words), the header line was no header, so every amount was labelled 'getal' with no
table. Asserted per cell (row, column, period, unit, scale, value, label) on a Chromium PDF and a LibreOffice PDF
(tests/make_year_row_tables.py) and on a text report; the negatives: a table with the years as columns beside it,
a table whose rows are labelled by words under a line of labels, rows labelled by a day."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.pipeline import extract_file

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _cells(result: dict, table: int) -> list[tuple]:
    return [(i["table"]["row"], i["table"]["column"], i["period"], i["unit"], i["table"].get("scale"), i["value"],
             i["label"]) for i in result["indicators"] if "table" in i and i["table"]["table"] == table]


@pytest.fixture(scope="module")
def chromium() -> dict:
    return extract_file(FIXTURES / "werkplaats-jaren-als-rijen-2026.pdf")


@pytest.fixture(scope="module")
def libreoffice() -> dict:
    return extract_file(FIXTURES / "sportclub-jaren-als-rijen-2024.pdf")


def test_chromium_year_rows_under_names_with_a_currency_sign(chromium: dict) -> None:
    assert _cells(chromium, 1) == [
        ("2026", "Opbrengsten €", "2026", "EUR", None, 52400, "Opbrengsten €"),
        ("2026", "Kosten €", "2026", "EUR", None, 49900, "Kosten €"),
        ("2026", "saldo", "2026", None, None, 2500, "saldo"),  # the footnote's mark is no part of the name
        ("2027", "Opbrengsten €", "2027", "EUR", None, 55100, "Opbrengsten €"),
        ("2027", "Kosten €", "2027", "EUR", None, 51300, "Kosten €"),
        ("2027", "saldo", "2027", None, None, 3800, "saldo"),
        ("2028", "Opbrengsten €", "2028", "EUR", None, 57600, "Opbrengsten €"),
        ("2028", "Kosten €", "2028", "EUR", None, 54200, "Kosten €"),
        ("2028", "saldo", "2028", None, None, 3400, "saldo")]
    assert all(i["table"].get("transposed") for i in chromium["indicators"] if i.get("table", {}).get("table") == 1)
    # the years as columns, beside it: as before
    assert _cells(chromium, 2) == [
        ("Vrijwilligers", "2025", "2025", None, None, 34, "Vrijwilligers"),
        ("Vrijwilligers", "2026", "2026", None, None, 39, "Vrijwilligers"),
        ("Herstelde fietsen", "2025", "2025", None, None, 1120, "Herstelde fietsen"),
        ("Herstelde fietsen", "2026", "2026", None, None, 1260, "Herstelde fietsen")]
    ids = {i["table"]["column"]: i["id"] for i in chromium["indicators"] if i.get("table", {}).get("table") == 1}
    assert ids == {"Opbrengsten €": "other.opbrengst_euro", "Kosten €": "other.kost_euro", "saldo": "other.saldo"}


def test_libreoffice_season_rows_with_a_scale_in_a_column_header(libreoffice: dict) -> None:
    assert _cells(libreoffice, 1) == [
        ("2021-2022", "Leden", "2021/2022", None, None, 276, "Leden"),
        ("2021-2022", "Wedstrijden", "2021/2022", None, None, 35, "Wedstrijden"),
        ("2021-2022", "Omzet (k€)", "2021/2022", "EUR", 1000, 88000, "Omzet (k€)"),
        ("2022-2023", "Leden", "2022/2023", None, None, 298, "Leden"),
        ("2022-2023", "Wedstrijden", "2022/2023", None, None, 38, "Wedstrijden"),
        ("2022-2023", "Omzet (k€)", "2022/2023", "EUR", 1000, 94000, "Omzet (k€)"),
        ("2023-2024", "Leden", "2023/2024", None, None, 312, "Leden"),
        ("2023-2024", "Wedstrijden", "2023/2024", None, None, 41, "Wedstrijden"),
        ("2023-2024", "Omzet (k€)", "2023/2024", "EUR", 1000, 101000, "Omzet (k€)")]
    # rows labelled by words under a line of labels: no table of years, each cell its row's label
    teams = [(row, value, label) for row, _, _, _, _, value, label in _cells(libreoffice, 2)]
    assert teams == [("Jeugd", 84, "Jeugd"), ("Jeugd", 9, "Jeugd"), ("Dames", 31, "Dames"), ("Dames", 3, "Dames"),
                     ("Heren", 46, "Heren"), ("Heren", 4, "Heren")]
    assert not any(i["table"].get("transposed") for i in libreoffice["indicators"]
                   if i.get("table", {}).get("table") == 2)


TEXT = """Meerjarenbegroting 2025 - 2027 van Repair Café Noord cv

Jaar        Bezoekers    Herstellingen
2025              640              410
2026              700              455
2027              760              500

Stand van de kas
Datum          Saldo
31/12/2024    4.210
31/12/2025    4.980
"""


def test_text_year_rows_and_day_rows(tmp_path: Path) -> None:
    path = tmp_path / "repaircafe-2025.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = extract_file(path)
    assert _cells(result, 1) == [
        ("2025", "Bezoekers", "2025", None, None, 640, "Bezoekers"),
        ("2025", "Herstellingen", "2025", None, None, 410, "Herstellingen"),
        ("2026", "Bezoekers", "2026", None, None, 700, "Bezoekers"),
        ("2026", "Herstellingen", "2026", None, None, 455, "Herstellingen"),
        ("2027", "Bezoekers", "2027", None, None, 760, "Bezoekers"),
        ("2027", "Herstellingen", "2027", None, None, 500, "Herstellingen")]
    # rows labelled by a day are no rows of years: the days stay as they were read
    days = [i for i in result["indicators"] if i["value"] in (4210, 4980)]
    assert len(days) == 2 and all(not i.get("table", {}).get("transposed") for i in days)
