"""A compound written as one word whose last part is a measure's unit word ("1.240 vrijwilligersuren",
"12.000 fietskilometers", "45 begeleidingsdagen") measures in that unit what its first part names: it links to the
same quantity written with the unit and the noun apart the next year ("1.300 uur vrijwilligerswerk", "13.500 km",
"51 dagen begeleiding"), and never to the count of the people its first part names (issue 19)."""

from __future__ import annotations

from linked_fixtures import written_and_linked


def _figures(report: dict) -> list[tuple[int, float, str, str]]:
    return [(r["location"]["line"], r["value"], r["unit"], r["series"]) for r in report["indicators"]]


def test_a_measure_written_as_one_compound_links_to_the_same_measure_written_apart(tmp_path) -> None:  # type: ignore[no-untyped-def]
    first, second = written_and_linked(tmp_path, "Fietsend Gent", (
        (2023, "In 2023 presteerden onze vrijwilligers samen 1.240 vrijwilligersuren. Er waren 48 vrijwilligers.\n"
               "Onze medewerkers volgden 350 opleidingsuren. De bakfietsen reden 12.000 fietskilometers.\n"
               "Er waren 45 begeleidingsdagen voor trajectanten.\n"),
        (2024, "Onze vrijwilligers presteerden samen 1.300 uur vrijwilligerswerk. Er waren 52 vrijwilligers.\n"
               "Het personeel volgde 410 uren opleiding. De bakfietsen legden 13.500 km af.\n"
               "De trajectanten kregen 51 dagen begeleiding.\n")))
    hours, people, training = "other.vrijwilliger_duur", "other.vrijwilliger", "other.opleiding_duur"
    distance, guidance = "other.afstand", "other.begeleiding_duur"
    assert _figures(first) == [(3, 1240, "hours", hours), (3, 48, "vrijwilligers", people),
                               (4, 350, "hours", training), (4, 12000, "km", distance), (5, 45, "days", guidance)]
    assert _figures(second) == [(3, 1300, "hours", hours), (3, 52, "vrijwilligers", people),
                                (4, 410, "hours", training), (4, 13500, "km", distance), (5, 51, "days", guidance)]


def test_words_that_merely_end_like_a_unit_keep_what_they_count(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # "facturen", "structuren", "avonturen" end in "uren" but have no first part of a compound; "zondagen" are no
    # days of "zon" (a word of the lexicon: solar power)
    (report,) = written_and_linked(tmp_path, "Fietsend Gent", (
        (2024, "We verstuurden 1.200 facturen, bouwden 14 structuren en beleefden 30 avonturen.\n"
               "De winkel was 12 zondagen open.\n"),))
    assert [(r["location"]["line"], r["value"], r["unit"]) for r in report["indicators"]] == [
        (3, 1200, "invoices"), (3, 14, "structuren"), (3, 30, "avonturen"), (4, 12, "zondagen")]
