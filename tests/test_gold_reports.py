"""Reports of other cooperatives, written outside the extraction rules, with hand-checked answers (gold.json):
every figure with its value and line, no number that is none, every meeting with its date, every statute
reference with its condition. One test per item, so a regression names the item it lost.

Two sets, each a folder of reports with its gold.json: tests/fixtures/dev-reports/ (an energy cooperative, the
development set from ../shared/dev-reports/) and tests/fixtures/gold-other-sectors/ (our own: a housing
cooperative's two years and a food cooperative, other wording and layouts). Items listed in KNOWN_GAPS fail today for a reason written beside them: they are strict
xfails, so fixing one makes its test fail until it is taken off the list.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from conftest import ROOT
from extractor.pipeline import extract_file

FIXTURES = ROOT / "tests" / "fixtures"
SETS = ("dev-reports", "gold-other-sectors")

# (set, file, kind, line, snippet) → why it still fails
KNOWN_GAPS: dict[tuple[str, str, str, int, str], str] = {
}


@cache
def _gold(name: str) -> dict:
    return json.loads((FIXTURES / name / "gold.json").read_text(encoding="utf-8"))


@cache
def _report(name: str, file: str) -> dict:
    return extract_file(FIXTURES / name / file)


def _near(location: dict | None, line: int, slack: int = 1) -> bool:
    return bool(location) and isinstance(location.get("line"), int) and abs(location["line"] - line) <= slack


def _same(a: object, b: object) -> bool:
    try:
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def _cases(kind: str) -> list:
    cases = []
    for name in SETS:
        for file, spec in _gold(name)["files"].items():
            for item in spec[kind]:
                key = (name, file, kind, item["line"], item["snippet"])
                marks = [pytest.mark.xfail(reason=KNOWN_GAPS[key], strict=True)] if key in KNOWN_GAPS else []
                cases.append(pytest.param(name, file, item, marks=marks,
                                          id=f"{file.split('-bijzonder')[0][:18]}:L{item['line']}:{item['snippet'][:30]}"))
    return cases


@pytest.mark.parametrize("name,file,item", _cases("figures"))
def test_figure(name: str, file: str, item: dict) -> None:
    found = [i for i in _report(name, file)["indicators"] if _near(i["location"], item["line"])
             and (_same(i["value"], item["value"]) or _same(i.get("value_max"), item["value"]))]
    assert found, f"no figure {item['value']} near line {item['line']} ({item['snippet']!r})"
    if item.get("value_max") is not None:
        assert any(_same(i.get("value_max"), item["value_max"]) for i in found), found


@pytest.mark.parametrize("name,file,item", _cases("not_figures"))
def test_not_a_figure(name: str, file: str, item: dict) -> None:
    taken = [i["raw"] for i in _report(name, file)["indicators"] if _near(i["location"], item["line"], 0)
             and i["raw"].strip() and (i["raw"].strip() in item["snippet"] or item["snippet"] in i["raw"])]
    assert not taken, f"{taken} taken for figures: {item['why']}"


@pytest.mark.parametrize("name,file,item", _cases("meetings"))
def test_meeting(name: str, file: str, item: dict) -> None:
    meetings = [m for m in _report(name, file)["meetings"] if _near(m["location"], item["line"], 2)]
    assert any(str(m.get("date") or "").startswith(item["date"]) and m.get("kind") == item["kind"] for m in meetings), \
        f"no {item['kind']} meeting of {item['date']} near line {item['line']}: " \
        f"{[(m.get('kind'), m.get('date')) for m in meetings]}"


def _articles(reference: dict) -> set[str]:
    return {str(a) for a in reference.get("articles") or [reference["article"]]}


@pytest.mark.parametrize("name,file,item", _cases("statute_refs"))
def test_statute_reference(name: str, file: str, item: dict) -> None:
    near = [r for r in _report(name, file)["statute_references"] if _near(r["location"], item["line"], 2)]
    wanted = {str(a) for a in item["articles"]}
    found = [r for r in near if wanted <= _articles(r)]
    assert found, f"articles {sorted(wanted)} not found near line {item['line']}: {[sorted(_articles(r)) for r in near]}"
    if item["condition"] is not None:
        assert any(r.get("condition") == item["condition"] for r in found), \
            f"condition {item['condition']} wanted: {[r.get('condition') for r in found]}"
