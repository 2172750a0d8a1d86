"""Every general meeting of the development reports (an energy cooperative, three years) with its date.

The reports are copies of ../shared/dev-reports (tests/fixtures/dev-reports); gold.json there lists nine
meetings, each found here at the line where its raw text begins (the gold's line, or the line before it when
the meeting's name wraps). The articles they amended depend on the statute references found, asserted by
their own tests. The 2023 report dates the extraordinary meeting 29 November 2022 where the 2022 report says
22 November: a planted inconsistency the differ must see, so both dates must be read as written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.pipeline import extract_file

FIXTURES = Path(__file__).parent / "fixtures" / "dev-reports"

# (line, kind, form, date, precision, planned, year_inferred)
EXPECTED = {
    "windkracht-kempen-bijzonder-verslag-2021.txt": [
        (16, "extraordinary", "extraordinary", "2021-05-08", "day", False, False),  # "herschreven op de BAV van"
        (130, "extraordinary", "extraordinary", "2021-05-08", "day", False, False),  # "van zaterdag\n8 mei 2021"
        (136, "general", "ordinary", "2021-06-19", "day", False, False),  # "kwam op zaterdag 19 juni 2021 samen"
    ],
    "windkracht-kempen-bijzonder-verslag-2022.md": [
        (19, "extraordinary", "extraordinary", "2022-11-22", "day", False, False),  # in the conditions table
        (41, "general", "ordinary", "2022-06-18", "day", False, False),  # "vond plaats op zaterdag 18 juni 2022"
        (43, "extraordinary", "extraordinary", "2022-11-22", "day", False, False),  # "Op dinsdag 22 november ..."
    ],
    "windkracht-kempen-bijzonder-verslag-2023.txt": [
        (43, "extraordinary", "extraordinary", "2022-11-29", "day", False, False),  # planted: 29, not 22
        (98, "general", "ordinary", "2023-06-17", "day", False, False),
        (103, "extraordinary", "extraordinary", "2022-11-29", "day", False, False),  # "29 november 2022, toen de"
    ],
}


@pytest.fixture(scope="module")
def reports() -> dict[str, dict]:
    return {name: extract_file(FIXTURES / name) for name in EXPECTED}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_meeting_with_its_date(reports: dict[str, dict], name: str) -> None:
    found = [(m["location"]["line"], m["kind"], m["form"], m["date"], m["precision"], m["planned"],
              m["year_inferred"]) for m in reports[name]["meetings"]]
    assert found == EXPECTED[name]


def test_a_meeting_denied_is_none(reports: dict[str, dict]) -> None:
    # 2023, line 102: "Er vond in 2023 geen buitengewone algemene vergadering plaats."
    report = reports["windkracht-kempen-bijzonder-verslag-2023.txt"]
    assert all(m["location"]["line"] != 102 for m in report["meetings"])
    assert [e["location"]["line"] for e in report["entities"] if e["label"] == "MEETING"] == []


def test_meetings_mentioned_without_a_date_stay_entities(reports: dict[str, dict]) -> None:
    report = reports["windkracht-kempen-bijzonder-verslag-2021.txt"]
    assert [(e["location"]["line"], e["text"]) for e in report["entities"] if e["label"] == "MEETING"] == [
        (63, "algemene vergadering"), (71, "algemene vergadering"), (85, "algemene vergadering"),
        (115, "gewone algemene vergadering")]
