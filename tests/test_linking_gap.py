"""A quantity the reports in between leave out is one series across the gap (issue 19, SHAPES5 E10-A4): two figures
with one key that names what they are, in one unit, link over any number of reports that do not state it, whatever
their values ("Het aantal ritten steeg met 35 %" in 2021 and "met 9 %" in 2024: a rate of change varies freely);
a bare number's key does not, and two quantities of one report never share a series."""

from __future__ import annotations

from linked_fixtures import written_and_linked


def _series(report: dict) -> list[tuple[str, str]]:
    return [(r["raw"], r["series"]) for r in report["indicators"]]


def test_a_quantity_left_out_for_two_years_is_one_series(tmp_path) -> None:  # type: ignore[no-untyped-def]
    first, second, third, fourth = written_and_linked(tmp_path, "De Rijdende Raap", (
        (2021, "Het aantal ritten steeg met 35 %. We telden 412 leden. Er waren 14 laadpalen. Dat waren er 7."
               "\n"),
        (2022, "We telden 450 leden.\n"),
        (2023, "We telden 470 leden.\n"),
        (2024, "Het aantal ritten steeg met 9 %. We telden 503 leden. Er waren 14 laadpalen. Dat waren er 31. "
               "De omzet steeg met 9 %.\n")))
    rides, members, chargers, number = [series for _, series in _series(first)]
    assert [series for _, series in _series(second) + _series(third)] == [members, members]
    assert _series(fourth)[:3] == [("9 %", rides), ("503 leden", members), ("14 laadpalen", chargers)]
    last = [series for _, series in _series(fourth)]
    assert last[3] != number  # a bare number's key names nothing: no link over the gap
    assert len(set(last)) == len(last)  # the turnover's change is its own series


def test_a_quantity_left_out_for_one_year_links_whatever_its_values(tmp_path) -> None:  # type: ignore[no-untyped-def]
    first, second, third = written_and_linked(tmp_path, "De Groene Pan", (
        (2022, "De omzet steeg met 35 %. Er werken 12 vrijwilligers.\n"),
        (2023, "Er werken 14 vrijwilligers.\n"),
        (2024, "De omzet steeg met 9 %. Er werken 15 vrijwilligers.\n")))
    turnover, volunteers = [series for _, series in _series(first)]
    assert _series(second) == [("14 vrijwilligers", volunteers)]
    assert _series(third) == [("9 %", turnover), ("15 vrijwilligers", volunteers)]
