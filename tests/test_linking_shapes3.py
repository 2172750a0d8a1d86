"""Linking one quantity across the years where the reports word it in the shapes of devsets/SHAPES3.md (issue 19):
each test writes the reports of one invented cooperative in its own words, extracts and links them, and asserts
the id and the series of each figure by its line and value."""

from __future__ import annotations

from linked_fixtures import written_and_linked


def _reports(tmp_path, texts: tuple[tuple[int, str], ...]) -> list[dict]:  # type: ignore[no-untyped-def]
    """The reports of one village library, a text per year, extracted and linked."""
    return written_and_linked(tmp_path, "De Leeshoek", texts)


def _figures(report: dict) -> list[tuple[int, float, str, str]]:
    return [(r["location"]["line"], r["value"], r["id"], r["series"]) for r in report["indicators"]]


def test_a_run_in_label_names_the_figures_of_its_sentence(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # SHAPES3 W8: "Label: N unit (vorig boekjaar: M unit), een daling met P %": N and M are the label's quantity
    # (not the unit's default noun, 'productie' for MWh), P is its change (not a quantity 'stijging'), as the
    # same label's row before leader dots or in a table next year
    first, second = _reports(tmp_path, (
        (2024, "Uitgeleende boeken: 12.400 (vorig jaar: 11.800), een stijging met 5,1 %.\n\n"
               "Warmteverbruik: 410 MWh (vorig boekjaar: 450 MWh), een daling met 8,9 %.\n"),
        (2025, "Kerncijfers\n\nUitgeleende boeken .................. 13.050\n"
               "Warmteverbruik ...................... 395 MWh\n\n"
               "| | 2025 | 2024 | Evolutie (%) |\n|---|---|---|---|\n| Uitgeleende boeken | 13.050 | 12.400 | +5,2 |\n")))
    books, heat = "other.boek.uitlenen", "other.warmteverbruik_energie"
    books_change, heat_change = "other.boek_procent.uitlenen.verandering", "other.warmteverbruik_procent.verandering"
    assert _figures(first) == [(3, 12400, books, books), (3, 11800, books, books), (3, 5.1, books_change, books_change),
                               (5, 410, heat, heat), (5, 450, heat, heat), (5, 8.9, heat_change, heat_change)]
    assert _figures(second) == [(5, 13050, books, books), (6, 395, heat, heat),
                                (10, 13050, books, books), (10, 12400, books, books),
                                (10, 5.2, books_change, books_change)]


def test_a_colon_after_a_clause_is_no_run_in_label(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # a sentence whose figures name their own quantities keeps them: "Conclusie:" names nothing
    (report,) = _reports(tmp_path, ((2024, "Conclusie: de omzet steeg met 5 % tot 450.000 euro.\n"),))
    assert [(line, value, key) for line, value, key, _ in _figures(report)] == [
        (3, 5, "other.omzet_procent.verandering"), (3, 450000, "other.omzet_euro")]


def test_a_compound_label_and_the_row_of_its_thing_with_one_value_are_one_quantity(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # "Warmteverbruik: 1.250 MWh" and the sub-row "warmte ... 1.250 MWh" of one report state one quantity (their
    # keys' heads: a compound and its first part, in one dimension): one series, last year's "1.310 MWh warmte"
    first, second = _reports(tmp_path, (
        (2024, "We verbruikten 2.050 MWh energie: 1.310 MWh warmte en 740 MWh elektriciteit.\n"),
        (2025, "Energieverbruik ................ 1.990 MWh\n   warmte ..................... 1.250 MWh\n\n"
               "Warmteverbruik: 1.250 MWh (vorig jaar: 1.310 MWh), een daling met 4,6 %.\n")))
    heat = "other.warmte_energie"
    assert [(line, value, series) for line, value, _, series in _figures(first) if line == 3][1] == (3, 1310, heat)
    assert [(line, value, key, series) for line, value, key, series in _figures(second) if value in (1250, 1310)] == [
        (4, 1250, "other.warmte_energie.energieverbruik", heat), (6, 1250, "other.warmteverbruik_energie", heat),
        (6, 1310, "other.warmteverbruik_energie", heat)]


def test_from_to_with_the_unit_after_the_second_number_is_one_quantity_in_that_unit(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # SHAPES3 W10: "ging van 85 naar 95 euro": 85 is in euro too, and of the quantity 95 is (the words before "van"
    # say what went from one to the other), linked to last year's "85 euro"; a from-figure is no change
    first, second = _reports(tmp_path, (
        (2024, "De lidmaatschapsbijdrage bedroeg 85 euro.\n"),
        (2025, "Op 1 maart steeg de lidmaatschapsbijdrage van 85 naar 95 euro.\n\n"
               "De huur van de zaal ging van 1.200 euro naar 1.300 euro.\n")))
    fee = "other.lidmaatschapsbijdrage_euro"
    assert _figures(first) == [(3, 85, fee, fee)]
    assert [(line, value, unit, key, series) for (line, value, key, series), unit in
            zip(_figures(second), [r["unit"] for r in second["indicators"]])] == [
        (3, 85, "EUR", fee, fee), (3, 95, "EUR", fee, fee),
        (5, 1200, "EUR", "other.huur_euro", "other.huur_euro"), (5, 1300, "EUR", "other.huur_euro", "other.huur_euro")]
