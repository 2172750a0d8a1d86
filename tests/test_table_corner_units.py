"""A table's unit said only beside the title over its row labels ("Resultatenrekening (in euro)", "Balans
[x € 1.000]", "Aankopen per productgroep, in duizend euro"): every cell takes it, so the row links with the
same row of next year's report that writes its unit in every cell ("€ 51.200"). LibreOffice's PDF of a table
whose corner cell holds the title reads so, a line of the title and the years over the rows (SHAPES.md 1)."""

from __future__ import annotations

from extractor.diff.link import add_series
from extractor.pipeline import extract_text

REPORT_2024 = """Jaarverslag 2024 van Fietsatelier De Spaak cv

Resultatenrekening (in euro)               2024            2023
Opbrengst verhuur fietsen                48.350          44.950
Personeelskosten                       (437.600)       (402.100)
Resultaat van het boekjaar                (2.150)          6.300

         Balans [x € 1.000]              31/12/2024       31/12/2023
Eigen vermogen                                121              118
Schulden op meer dan één jaar                  96               84

Leden (toelichting 4)                         2024             2023
Gebruikers                                     316              301
"""

REPORT_2025 = """# Jaarverslag 2025 van Fietsatelier De Spaak cv

| Resultatenrekening | 2025 | 2024 |
|---|---:|---:|
| Opbrengst verhuur fietsen | € 51.200 | € 48.350 |
| Personeelskosten | € -448.700 | € -437.600 |
| Resultaat van het boekjaar | € 4.870 | € -2.150 |
"""


def _cells(report: dict) -> list[tuple]:
    return [(r["location"]["line"], r["value"], r["unit"], r["period"], r["table"]["row"])
            for r in report["indicators"] if "table" in r]


def test_a_unit_beside_the_title_over_the_row_labels_is_every_cells() -> None:
    report = extract_text(REPORT_2024, fiscal_year=2024)
    assert _cells(report) == [
        (4, 48350, "EUR", "2024", "Opbrengst verhuur fietsen"),
        (4, 44950, "EUR", "2023", "Opbrengst verhuur fietsen"),
        (5, -437600, "EUR", "2024", "Personeelskosten"),
        (5, -402100, "EUR", "2023", "Personeelskosten"),
        (6, -2150, "EUR", "2024", "Resultaat van het boekjaar"),
        (6, 6300, "EUR", "2023", "Resultaat van het boekjaar"),
        (9, 121000, "EUR", "2024-12-31", "Eigen vermogen"),
        (9, 118000, "EUR", "2023-12-31", "Eigen vermogen"),
        (10, 96000, "EUR", "2024-12-31", "Schulden op meer dan één jaar"),
        (10, 84000, "EUR", "2023-12-31", "Schulden op meer dan één jaar"),
        # words in brackets that name no unit ("toelichting 4") give none
        (13, 316, None, "2024", "Gebruikers"),
        (13, 301, None, "2023", "Gebruikers"),
    ]


def test_a_row_with_its_unit_in_the_corner_links_with_the_row_that_writes_it_in_every_cell() -> None:
    old, new = extract_text(REPORT_2024, fiscal_year=2024), extract_text(REPORT_2025, fmt="markdown", fiscal_year=2025)
    add_series([old, new])
    for row in ("Opbrengst verhuur fietsen", "Personeelskosten", "Resultaat van het boekjaar"):
        series = {r["series"] for report in (old, new) for r in report["indicators"]
                  if (r.get("table") or {}).get("row") == row}
        assert len(series) == 1, (row, series)
    rows = {r["series"]: r["table"]["row"] for report in (old, new) for r in report["indicators"] if "table" in r}
    assert len(set(rows.values())) == len(rows), "two rows share a series"


RENAMED_2024 = """Jaarverslag 2024 van Fietsatelier De Spaak cv

Resultatenrekening (in euro)               2024            2023
Diensten en diverse goederen             52.950          49.800
Personeelskosten                        437.600         402.100
"""

RENAMED_2025 = """# Jaarverslag 2025 van Fietsatelier De Spaak cv

| Resultatenrekening | 2025 | 2024 |
|---|---:|---:|
| Werkingskosten | € 54.230 | € 52.950 |
| Bezoldigingen | € 448.700 | € 437.600 |
"""


def test_a_column_of_last_year_that_repeats_last_years_cell_links_a_renamed_row() -> None:
    # 'Diensten en diverse goederen' is 'Werkingskosten' next year: no word in common, but the column 2024 of
    # the 2025 report repeats last year's 52.950 to the euro (link.RESTATED)
    old = extract_text(RENAMED_2024, fiscal_year=2024)
    new = extract_text(RENAMED_2025, fmt="markdown", fiscal_year=2025)
    add_series([old, new])
    series = {(r["table"]["row"], r["value"]): r["series"] for report in (old, new) for r in report["indicators"]}
    assert series[("Werkingskosten", 54230)] == series[("Werkingskosten", 52950)] == \
        series[("Diensten en diverse goederen", 52950)] == series[("Diensten en diverse goederen", 49800)]
    assert series[("Bezoldigingen", 448700)] == series[("Personeelskosten", 437600)]
    assert series[("Werkingskosten", 54230)] != series[("Bezoldigingen", 448700)]
