"""Statute-article references with their condition of art. 8:5 WVV, legal references and meetings."""

from __future__ import annotations

import pytest

from corpus_expected import (LEGAL_2021, LEGAL_2024, MEETINGS_2021, MEETINGS_2024, STATUTES_2021,
                                   STATUTES_2024)


@pytest.mark.parametrize("year,expected", [(2021, STATUTES_2021), (2024, STATUTES_2024)])
def test_statute_references(reports: dict[int, dict], year: int, expected: list) -> None:
    found = [(r["location"]["line"], r["articles"], r["condition"], r["implied"])
             for r in reports[year]["statute_references"]]
    assert found == expected
    assert len(found) == 11
    assert sum(1 for r in found if r[3]) == 1  # one with "statuten" implied


@pytest.mark.parametrize("year,expected", [(2021, LEGAL_2021), (2024, LEGAL_2024)])
def test_legal_references(reports: dict[int, dict], year: int, expected: list) -> None:
    found = [(r["location"]["line"], r["instrument"], r["article"], r["subdivision"], r["date"])
             for r in reports[year]["legal_references"]]
    assert found == expected


@pytest.mark.parametrize("year,expected", [(2021, MEETINGS_2021), (2024, MEETINGS_2024)])
def test_meetings(reports: dict[int, dict], year: int, expected: list) -> None:
    found = [(m["location"]["line"], m["kind"], m["date"], m["precision"], m["articles"], m["action"])
             for m in reports[year]["meetings"]]
    assert found == expected


def test_raw_text_of_references(reports: dict[int, dict]) -> None:
    statutes = reports[2021]["statute_references"]
    assert statutes[1]["raw"] == "artikels 3 en 4 van de statuten"
    assert statutes[4]["raw"] == "Artikel 43"
    assert reports[2021]["legal_references"][3]["raw"] == "artikel 8:5, 3 van het WVV"
    assert reports[2024]["meetings"][3]["raw"] == "buitengewone algemene vergadering van 2022"


@pytest.mark.parametrize("year,organisation,title", [
    (2021, "SmartCoop", 'Bijzonder verslag over de erkenning als "sociale onderneming"'),
    (2024, "SmartCoop", "Bijzonder verslag betreffende de erkenning als “sociale onderneming”"),
])
def test_metadata(reports: dict[int, dict], year: int, organisation: str, title: str) -> None:
    document = reports[year]["document"]
    assert (document["fiscal_year"], document["organisation"], document["title"]) == (year, organisation, title)
    assert document["fiscal_year_source"] == "text"
