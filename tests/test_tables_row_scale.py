"""A scale written in a table row's label (SHAPES5 E11-T1): "Omzet (x 1.000 euro) | 712 | 804" holds amounts in
thousands of euro, as a caption's or header's "(in duizend euro)" says of every row; asserted per cell, with its
row, column, period, unit, scale and value, in pipe and TAB tables, and with the negatives: a row without a scale
in a table with none, a count row beside a scaled one, a caption's scale over rows that name none."""

from __future__ import annotations

from linked_fixtures import written_and_linked


def _cells(report: dict) -> list[tuple[int, str, str, str, str | None, int | None, float]]:
    return [(r["location"]["line"], r["table"]["row"], r["table"]["column"], r["period"], r["unit"],
             r["table"].get("scale"), r["value"]) for r in report["indicators"] if r.get("table")]


def test_a_scale_in_a_row_label_multiplies_that_row_s_cells(tmp_path) -> None:  # type: ignore[no-untyped-def]
    first, second = written_and_linked(tmp_path, "De Broodkorf", (
        (2024, "| Kerncijfer | 2023 | 2024 |\n|---|---|---|\n| Leden (31/12) | 410 | 455 |\n"
               "| Omzet (x 1.000 euro) | 712 | 804 |\n| Resultaat (x € 1.000) | -3,5 | 12,6 |\n"
               "| Subsidies (k€) | 212 | 240,5 |\n| Giften (in euro) | 1.250 | 980 |\n"),
        (2025, "Tabel 1. Kerncijfers\n\t2024\t2025\nOmzet (in duizend euro)\t804\t871\n"
               "Investeringen (in miljoen euro)\t1,2\t0,4\nMaaltijden\t41.200\t43.840\n\n"
               "Tabel 2. Balans (x € 1.000)\n\n| | 2024 | 2025 |\n|---|---|---|\n| Eigen vermogen | 812 | 830 |\n")))
    assert _cells(first) == [
        (5, "Leden (31/12)", "2023", "2023-12-31", None, None, 410),
        (5, "Leden (31/12)", "2024", "2024-12-31", None, None, 455),
        (6, "Omzet (x 1.000 euro)", "2023", "2023", "EUR", 1000, 712000),
        (6, "Omzet (x 1.000 euro)", "2024", "2024", "EUR", 1000, 804000),
        (7, "Resultaat (x € 1.000)", "2023", "2023", "EUR", 1000, -3500),
        (7, "Resultaat (x € 1.000)", "2024", "2024", "EUR", 1000, 12600),
        (8, "Subsidies (k€)", "2023", "2023", "EUR", 1000, 212000),
        (8, "Subsidies (k€)", "2024", "2024", "EUR", 1000, 240500),
        (9, "Giften (in euro)", "2023", "2023", "EUR", None, 1250),
        (9, "Giften (in euro)", "2024", "2024", "EUR", None, 980)]
    assert _cells(second) == [
        (5, "Omzet (in duizend euro)", "2024", "2024", "EUR", 1000, 804000),
        (5, "Omzet (in duizend euro)", "2025", "2025", "EUR", 1000, 871000),
        (6, "Investeringen (in miljoen euro)", "2024", "2024", "EUR", 1000000, 1200000),
        (6, "Investeringen (in miljoen euro)", "2025", "2025", "EUR", 1000000, 400000),
        (7, "Maaltijden", "2024", "2024", None, None, 41200),
        (7, "Maaltijden", "2025", "2025", None, None, 43840),
        (13, "Eigen vermogen", "2024", "2024-12-31", "EUR", 1000, 812000),
        (13, "Eigen vermogen", "2025", "2025-12-31", "EUR", 1000, 830000)]
    # the row's amounts in thousands are the amounts of last year's row in thousands: one series
    revenue = {r["series"] for report in (first, second) for r in report["indicators"]
               if r.get("table") and r["table"]["row"].startswith("Omzet")}
    assert revenue == {"other.omzet_euro"}
