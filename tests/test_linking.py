"""Linking figures across years (extractor/diff/link.py): one series id per quantity per organisation.

tests/fixtures/linking/ holds three reports of a bicycle-courier cooperative written for this, in wordings
other than the development set's, with the quantity of every figure (gold.json). The measure is the one of
the issue: a quantity stated in two consecutive reports carries ONE series id in both, shared with no other
quantity of those two reports. KNOWN_GAPS lists the pairs that are not linked yet, each with the reason: a
strict xfail, so linking one makes its test fail until it is taken off the list.
"""

from __future__ import annotations

import json
from functools import cache

import pytest

from conftest import ROOT
from extractor.diff.link import add_series, assign, link
from extractor.pipeline import extract_file

FIXTURES = ROOT / "tests" / "fixtures" / "linking"
GOLD = json.loads((FIXTURES / "gold.json").read_text(encoding="utf-8"))["files"]
FILES = sorted(GOLD, key=lambda name: name.rsplit("-", 1)[1])

# (key, earlier file's year) -> why the pair is not linked yet
KNOWN_GAPS: dict[tuple[str, str], str] = {}


@cache
def _reports() -> tuple[dict, ...]:
    reports = [extract_file(FIXTURES / name) for name in FILES]
    add_series(reports)
    return tuple(reports)


def _series_of(report: dict, line: int, value: float) -> str | None:
    for record in report["indicators"]:
        if record["location"]["line"] == line and record["value"] == value:
            return record["series"]
    return None


@cache
def _series() -> dict[tuple[str, str], str | None]:
    """(file, key) -> the series id of its figure."""
    return {(name, key): _series_of(report, line, value)
            for name, report in zip(FILES, _reports()) for line, value, key in GOLD[name]}


PAIRS = [(key, a, b) for a, b in zip(FILES, FILES[1:])
         for key in sorted({k for _, _, k in GOLD[a]} & {k for _, _, k in GOLD[b]})]


def _year(name: str) -> str:
    return name.rsplit("-", 1)[1].split(".")[0]


@pytest.mark.parametrize("key,a,b", [
    pytest.param(key, a, b, marks=pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[(key, _year(a))]))
    if (key, _year(a)) in KNOWN_GAPS else (key, a, b)
    for key, a, b in PAIRS], ids=[f"{key}:{_year(a)}-{_year(b)}" for key, a, b in PAIRS])
def test_one_quantity_one_series_in_consecutive_reports(key: str, a: str, b: str) -> None:
    series = _series()
    found_a, found_b = series[(a, key)], series[(b, key)]
    assert found_a is not None and found_b is not None, "figure not found"
    others = {series[(name, other)] for name in (a, b) for _, _, other in GOLD[name] if other != key}
    assert found_a == found_b, f"{key}: {found_a} in {_year(a)}, {found_b} in {_year(b)}"
    assert found_a not in others, f"{key}: {found_a} is shared with another quantity"


def test_two_quantities_of_one_report_never_share_a_series() -> None:
    for name, report in zip(FILES, _reports()):
        keys_by_series: dict[str, set[str]] = {}
        for line, value, key in GOLD[name]:
            keys_by_series.setdefault(_series_of(report, line, value), set()).add(key)
        assert {s: k for s, k in keys_by_series.items() if len(k) > 1} == {}, name


def test_series_ids_are_deterministic_and_keep_the_human_readable_id() -> None:
    again = [extract_file(FIXTURES / name) for name in FILES]
    ids = [[record["id"] for record in report["indicators"]] for report in again]
    add_series(again)
    assert [[r["series"] for r in report["indicators"]] for report in again] == \
        [[r["series"] for r in report["indicators"]] for report in _reports()]
    assert [[record["id"] for record in report["indicators"]] for report in again] == ids
    # the series id sits right after the id (a line of its own in the JSON text)
    assert list(again[0]["indicators"][0])[:2] == ["id", "series"]


def test_the_assignment_pairs_each_figure_once_and_is_global() -> None:
    import numpy as np

    # greedy would take the best pair (0, 0) first and leave row 1 with nothing; the global assignment pairs
    # 0-1 and 1-0 for a larger total
    weights = np.array([[0.9, 0.8], [0.7, 0.0]])
    assert sorted(assign(weights)) == [(0, 1), (1, 0)]
    assert assign(np.zeros((0, 3))) == []
    assert assign(np.array([[0.0, -1.0]])) == []


def test_a_figure_for_last_year_shares_the_series_of_its_quantity() -> None:
    # "groeide tot 55, tegenover 48 vorig jaar": the 48 is last year's value of the couriers, one series
    report = _reports()[2]
    by_value = {r["value"]: r for r in report["indicators"] if r["location"]["line"] == 6}
    assert by_value[48]["period"] == "2022"
    assert by_value[48]["series"] == by_value[55]["series"] == _series()[(FILES[1], "couriers")]


def test_one_report_alone_gets_a_series_per_quantity() -> None:
    report = extract_file(FIXTURES / FILES[0])
    (names,) = link([report])
    assert len(names) == len(report["indicators"]) and None not in names
    # the profit and the part of it put into the fund: one key, two quantities, two series
    profit = {r["value"]: name for r, name in zip(report["indicators"], names) if r["id"] == "other.winst_euro"}
    assert profit == {38400: "other.winst_euro", 5000: "other.winst_euro~2"}


def test_a_catalogued_figure_one_year_links_with_an_uncatalogued_one_the_next() -> None:
    from extractor.pipeline import extract_text

    old = extract_text("Groencoop was in 2022 werkgever van 64 personen, samen 51,3 voltijds equivalenten. "
                       "De coöperatie telde 1.480 vennoten.", 2022)
    new = extract_text("Het team van Groencoop telde 69 medewerkers (54,0 VTE). Eind 2023 had de coöperatie "
                       "1.530 coöperanten.", 2023)
    add_series([old, new])
    ids = {r["value"]: (r["id"], r["series"]) for report in (old, new) for r in report["indicators"]}
    assert ids[64][0] == "employment.persons" and ids[69][0] == "other.werknemer"
    assert ids[64][1] == ids[69][1] == "employment.persons"
    assert ids[51.3][1] == ids[54][1] == "employment.fte"
    assert ids[1480][1] == ids[1530][1] not in {ids[64][1], ids[51.3][1]}
