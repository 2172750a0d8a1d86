"""internal.meeting_date: one meeting given two dates inside one report. Planted in a copy of the energy
cooperative's 2023 report (tests/fixtures/dev-reports/) and in a bakery cooperative's report written for this
test (tests/fixtures/checks/graanschuur-bijzonder-verslag-2023.txt: the EGM that amended article 12 is dated
14 and 21 March 2023, the general meeting 10 and 17 June 2023); silent on the clean reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from extractor.diff import check_draft
from extractor.pipeline import extract_file, extract_text

DEV = ROOT / "tests" / "fixtures" / "dev-reports"
CLEAN = [DEV / "windkracht-kempen-bijzonder-verslag-2021.txt", DEV / "windkracht-kempen-bijzonder-verslag-2022.md",
         DEV / "windkracht-kempen-bijzonder-verslag-2023.txt", ROOT / "corpus" / "smartcoop-bijzonder-verslag-2021.md",
         ROOT / "corpus" / "smartcoop-bijzonder-verslag-2024.txt",
         ROOT / "tests" / "fixtures" / "other-sector" / "woonkoop-leie-bijzonder-verslag-2023.txt"]
BAKERY = ROOT / "tests" / "fixtures" / "checks" / "graanschuur-bijzonder-verslag-2023.txt"


def _dated(report: dict) -> list[tuple[str, str, list[int]]]:
    return [(f.severity, f.message, [e.location["line"] for e in f.evidence])
            for f in check_draft(report, []).sorted_findings() if f.rule == "internal.meeting_date"]


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_a_report_that_dates_each_meeting_alike_is_not_flagged(path: Path) -> None:
    assert _dated(extract_file(path.relative_to(ROOT))) == []


def test_the_egm_dated_twice_in_the_energy_report_is_flagged(tmp_path: Path) -> None:
    source = DEV / "windkracht-kempen-bijzonder-verslag-2023.txt"
    text = source.read_text(encoding="utf-8")
    planted = "dus nog steeds die zoals gewijzigd op 29 november 2022"
    assert text.count(planted) == 1
    copy = tmp_path / source.name
    copy.write_text(text.replace(planted, planted.replace("29 november", "6 december")), encoding="utf-8")
    assert _dated(extract_file(copy)) == [(
        "warning", "Dit verslag geeft de buitengewone algemene vergadering die artikel 13 van de statuten "
        "wijzigde, twee data: 29 november 2022 (regel 43) en 6 december 2022 (regel 103).", [43, 103])]


def test_an_egm_and_a_general_meeting_each_dated_twice_are_flagged() -> None:
    assert _dated(extract_file(BAKERY.relative_to(ROOT))) == [
        ("warning", "Dit verslag geeft de buitengewone algemene vergadering die artikel 12 van de statuten "
         "wijzigde, twee data: 14 maart 2023 (regel 7) en 21 maart 2023 (regel 17).", [7, 17]),
        ("warning", "Dit verslag geeft de algemene vergadering twee data: 10 juni 2023 (regel 13) en 17 juni 2023 "
         "(regel 21).", [13, 21])]


def test_a_year_apart_is_an_error() -> None:
    text = BAKERY.read_text(encoding="utf-8").replace("21 maart 2023", "21 maart 2022")
    found = _dated(extract_text(text, name=BAKERY.name))
    assert [(severity, lines) for severity, _, lines in found] == [("error", [7, 17]), ("warning", [13, 21])]


@pytest.mark.parametrize("text", [
    # one sentence, two events: amended in 2020 and again in 2022
    "Verslag 2023.\n\nDe buitengewone algemene vergadering wijzigde artikel 12 in juni 2020 en in juni 2022.",
    # the same article amended again years later: two events
    "Verslag 2023.\n\nDe buitengewone algemene vergadering van 8 mei 2019 wijzigde artikel 12.\n\n"
    "De buitengewone algemene vergadering van 14 maart 2023 wijzigde artikel 12 opnieuw.",
    # a date at the month and the same date at the day agree
    "Verslag 2023.\n\nDe buitengewone algemene vergadering van maart 2023 wijzigde artikel 12.\n\n"
    "Artikel 12 werd gewijzigd door de buitengewone algemene vergadering van 14 maart 2023.",
    # an ordinary and an extraordinary meeting on other days: two meetings
    "Verslag 2023.\n\nDe algemene vergadering van 10 juni 2023 keurde de rekeningen goed.\n\n"
    "De buitengewone algemene vergadering van 24 juni 2023 wijzigde artikel 12.",
])
def test_two_meetings_are_not_one_meeting_with_two_dates(text: str) -> None:
    assert _dated(extract_text(text, name="verslag-2023.txt")) == []
