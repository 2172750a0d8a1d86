"""Every figure of both corpus reports: value, unit, qualifier, id, period and the place in the file."""

from __future__ import annotations

import pytest

from conftest import REPORT_2021, REPORT_2024, ROOT
from corpus_expected import (FIGURES_2021, FIGURES_2024, NOT_FIGURES_2021, NOT_FIGURES_2024,
                                   RECURRING)

CASES = [(2021, row) for row in FIGURES_2021] + [(2024, row) for row in FIGURES_2024]


def _by_place(report: dict) -> dict[tuple[int, int], dict]:
    return {(i["location"]["line"], i["location"]["column"]): i for i in report["indicators"]}


@pytest.mark.parametrize("year,row", CASES, ids=[f"{y}:{r[0]}:{r[3]}" for y, r in CASES])
def test_figure(reports: dict[int, dict], year: int, row: tuple) -> None:
    line, column, _, raw, value, value_max, unit, qualifier, id_, period = row
    found = _by_place(reports[year]).get((line, column))
    assert found is not None, f"no figure at line {line}, column {column} ({raw})"
    assert (found["raw"], found["value"], found.get("value_max"), found["unit"], found["qualifier"],
            found["id"], found["period"]) == (raw, value, value_max, unit, qualifier, id_, period)
    assert type(found["value"]) is type(value)  # 18894 stays an int, 159.5 a float


@pytest.mark.parametrize("year,path,rows", [(2021, REPORT_2021, FIGURES_2021), (2024, REPORT_2024, FIGURES_2024)])
def test_location_shows_the_number_in_the_original_file(year: int, path: str, rows: list) -> None:
    lines = (ROOT / path).read_text(encoding="utf-8").split("\n")
    for line, column, at, raw, *_ in rows:
        assert lines[line - 1][column - 1:].startswith(at), (line, column, at)
        assert at in raw or raw.startswith(("tussen", "Om en bij", "meer dan", "Meer dan", "zowat", "bijna",
                                            "circa", "een", "tot")), raw


@pytest.mark.parametrize("year,rows", [(2021, FIGURES_2021), (2024, FIGURES_2024)])
def test_no_other_figures(reports: dict[int, dict], year: int, rows: list) -> None:
    found = sorted((i["location"]["line"], i["location"]["column"], i["raw"]) for i in reports[year]["indicators"])
    assert found == sorted((r[0], r[1], r[3]) for r in rows)


NOT_CASES = [(2021, REPORT_2021, r) for r in NOT_FIGURES_2021] + [(2024, REPORT_2024, r) for r in NOT_FIGURES_2024]


@pytest.mark.parametrize("year,path,row", NOT_CASES, ids=[f"{y}:{r[0]}:{r[1]}" for y, _, r in NOT_CASES])
def test_not_a_figure(reports: dict[int, dict], year: int, path: str, row: tuple) -> None:
    line, text = row
    source = (ROOT / path).read_text(encoding="utf-8").split("\n")[line - 1]
    start = source.index(text) + 1
    end = start + len(text)
    on_it = [i for i in reports[year]["indicators"]
             if i["location"]["line"] == line and start <= i["location"]["column"] < end]
    assert on_it == [], f"{text!r} on line {line} is not a figure"


def test_recurring_quantities_have_one_id_in_both_years(reports: dict[int, dict]) -> None:
    for id_ in RECURRING:
        for year in (2021, 2024):
            assert any(i["id"] == id_ for i in reports[year]["indicators"]), (id_, year)


def test_every_catalogued_id_is_known(reports: dict[int, dict]) -> None:
    from extractor.figures.catalogue import catalogue

    known = {entry.id for entry in catalogue().entries}
    for report in reports.values():
        for indicator in report["indicators"]:
            if indicator["match"] == "derived":
                assert indicator["id"].startswith("other.")
            else:
                assert indicator["id"] in known


def test_unknown_quantity_still_gets_a_record(reports: dict[int, dict]) -> None:
    bigre = [i for i in reports[2021]["indicators"] if i["location"]["line"] == 85]
    assert [(i["id"], i["label"], i["value"]) for i in bigre] == [
        ("other.deelnemer", "deelnemers", 250), ("other.animator", "animatoren", 85),
        ("other.workshop", "workshops", 100), ("other.debat_duur", "debatten", 200),
        ("other.liveradio_duur", "liveradio", 6), ("other.zon_duur", "zon", 300)]


def test_sentence_is_the_figures_sentence(reports: dict[int, dict]) -> None:
    persons = next(i for i in reports[2024]["indicators"] if i["id"] == "employment.persons")
    assert persons["sentence"] == ("In 2024 was Smart in België werkgever van 20.892 personen, die zo toegang "
                                   "kregen tot de sociale zekerheid voor werknemers.")
