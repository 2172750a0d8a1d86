"""Linking one quantity across the years where the reports word it in the wording shapes of devsets/SHAPES4.md
(issue 19), and the relations those wordings must not make: each test writes the reports of one invented
cooperative in its own words, extracts (and links) them, and asserts the id and series of each figure by its line
and value."""

from __future__ import annotations

from linked_fixtures import written_and_linked


def _reports(tmp_path, texts: tuple[tuple[int, str], ...]) -> list[dict]:  # type: ignore[no-untyped-def]
    """The reports of one invented tool library, a text per year, extracted and linked."""
    return written_and_linked(tmp_path, "De Gereedschapskist", texts)


def _figures(report: dict) -> list[tuple[int, float, str, str]]:
    return [(r["location"]["line"], r["value"], r["id"], r["series"]) for r in report["indicators"]]


def test_amounts_each_in_brackets_after_their_noun_are_no_whole_and_parts(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # SHAPES4 FA-10: "zaalhuur (€ 12.300), catering (€ 8.100) en lidgelden (€ 2.600)": the first bracketed
    # amount closes its brackets before the next noun: it is no whole of the amounts after it (a parts_sum
    # false alarm "8.100 + 2.600 ≠ 12.300" before)
    (report,) = _reports(tmp_path, (
        (2024, "De opbrengsten stegen tot € 23.000. Dat bedrag is opgebouwd uit zaalhuur (€ 12.300), "
               "catering (€ 8.100) en lidgelden (€ 2.600).\n"),))
    assert [(line, value) for line, value, _, _ in _figures(report)] == [
        (3, 23000), (3, 12300), (3, 8100), (3, 2600)]
    assert [relation for relation in report["relations"] if relation["kind"] == "part_whole"] == []
