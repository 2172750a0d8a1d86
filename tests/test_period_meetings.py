"""A count of the general meeting is of its day (issue 19, point 2; devsets SHAPES.md P3): "Er waren 64 leden
aanwezig of vertegenwoordigd" right after "De gewone algemene vergadering vond plaats op zaterdag 13 mei 2023" is
of 2023-05-13, not of the fiscal year, nor of the year of the accounts its sentence names ("Zij keurden de
jaarrekening 2022 goed"). A meeting without a day leaves the count of the year; a measure (a term of office in
years, an amount) is no count of the meeting. The report is made up for this test (patterns/dates.yaml
`meeting_counts`)."""

from __future__ import annotations

from functools import cache

import pytest

from extractor.pipeline import extract_text

REPORT = """DE SPAAK CV
Jaarverslag 2023

Algemene vergadering
De gewone algemene vergadering vond plaats op zaterdag 13 mei 2023 in de werkplaats. Er waren
64 leden aanwezig of vertegenwoordigd. Zij keurden de jaarrekening 2022 goed en herbenoemden
drie bestuurders voor vier jaar.

Er waren 51 leden aanwezig op de algemene vergadering.
In 2023 traden 41 nieuwe leden toe.
"""


@cache
def _figures() -> list[tuple]:
    return [(r["location"]["line"], r["raw"], r["period"], r["period_kind"], r["period_source"])
            for r in extract_text(REPORT)["indicators"]]


@pytest.mark.parametrize("expected", [
    # present at the meeting told the line before: its day
    (6, "64 leden", "2023-05-13", "point_in_time", "stated"),
    # reappointed there: its day, not the year of the accounts approved in the same sentence
    (7, "drie bestuurders", "2023-05-13", "point_in_time", "stated"),
    # a term of office is no count of the meeting: the year its sentence names stays
    (7, "vier jaar", "2022", "other_year", "stated"),
    # a meeting the text gives no day: the count stays of the year
    (9, "51 leden", "2023", "annual", "fiscal_year"),
    (10, "41 nieuwe leden", "2023", "annual", "stated"),
], ids=lambda e: f"{e[0]}:{e[1]}")
def test_a_count_of_the_meeting_is_of_its_day(expected: tuple) -> None:
    assert expected in _figures()


def test_nothing_else_is_found() -> None:
    assert len(_figures()) == 5


def test_a_meeting_of_another_year_makes_its_count_of_another_year() -> None:
    # the 2024 report tells the meeting of May 2025 that approved its accounts: that day, another year
    text = ("DE SPAAK CV\nJaarverslag 2024\n\nDe algemene vergadering van 10 mei 2025 keurde de jaarrekening goed.\n"
            "Er waren 78 leden aanwezig of vertegenwoordigd.\n")
    found = [(r["raw"], r["period"], r["period_kind"]) for r in extract_text(text)["indicators"]]
    assert found == [("78 leden", "2025-05-10", "other_year")]
