"""The development reports (tests/fixtures/dev-reports, the same copies as ../shared/dev-reports): no number
that gold.json lists as no figure is reported as one, and each exclusion is named at its place."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from extractor.pipeline import extract_file

HERE = Path(__file__).resolve().parent / "fixtures" / "dev-reports"
GOLD = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))


@cache
def _report(name: str) -> dict:
    return extract_file(HERE / name)


def _unmatched(name: str) -> list[dict]:
    """The indicators of a report that no gold figure accounts for (line ±1 and value, as score.py)."""
    indicators = _report(name)["indicators"]
    used: set[int] = set()
    for figure in GOLD["files"][name]["figures"]:
        for i, found in enumerate(indicators):
            values = {found["value"], found.get("value_max")}
            if i not in used and abs(found["location"]["line"] - figure["line"]) <= 1 and (
                    figure["value"] in values or figure.get("value_max") in values - {None}):
                used.add(i)
                break
    return [found for i, found in enumerate(indicators) if i not in used]


NOT_FIGURES = [(name, item) for name, data in GOLD["files"].items() for item in data["not_figures"]]


@pytest.mark.parametrize("name,item", NOT_FIGURES,
                         ids=[f"{n[-8:]}:L{i['line']}:{i['snippet'][:24]}" for n, i in NOT_FIGURES])
def test_no_not_figure_is_reported(name: str, item: dict) -> None:
    taken = [found["raw"] for found in _unmatched(name) if found["location"]["line"] == item["line"]
             and (found["raw"].strip() in item["snippet"] or item["snippet"] in found["raw"])]
    assert taken == [], item["why"]


# (file, label, text, line, column): the exclusions this module names in the dev reports
NAMED = [
    ("windkracht-kempen-bijzonder-verslag-2021.txt", "ADDRESS", "Kasteelstraat 14", 3, 1),
    ("windkracht-kempen-bijzonder-verslag-2021.txt", "POSTCODE", "2440 Geel", 3, 19),
    ("windkracht-kempen-bijzonder-verslag-2021.txt", "ENTERPRISE_NUMBER", "BE 0712.345.630", 3, 50),
    ("windkracht-kempen-bijzonder-verslag-2021.txt", "LIST_NUMBER", "1.", 8, 1),
    ("windkracht-kempen-bijzonder-verslag-2021.txt", "LAW_TEXT", "negen voorwaarden", 18, 25),
    ("windkracht-kempen-bijzonder-verslag-2021.txt", "LIST_NUMBER", "1.", 21, 1),
    ("windkracht-kempen-bijzonder-verslag-2021.txt", "LIST_NUMBER", "9.", 88, 1),
    ("windkracht-kempen-bijzonder-verslag-2021.txt", "LAW_TEXT", "een tiende uit van de stemmen", 71, 31),
    ("windkracht-kempen-bijzonder-verslag-2021.txt", "VOTING_RULE", "1 vennoot = 1", 76, 1),
    ("windkracht-kempen-bijzonder-verslag-2021.txt", "TIME", "10u", 131, 30),
    ("windkracht-kempen-bijzonder-verslag-2021.txt", "PHONE", "014 58 21 90", 147, 13),
    ("windkracht-kempen-bijzonder-verslag-2021.txt", "TIME", "12u", 147, 51),
    ("windkracht-kempen-bijzonder-verslag-2021.txt", "IBAN", "BE04 7350 6182 2431", 148, 63),
    ("windkracht-kempen-bijzonder-verslag-2022.md", "LIST_NUMBER", "7.", 21, 3),
    ("windkracht-kempen-bijzonder-verslag-2022.md", "LAW_TEXT", "een tiende van de stemmen", 21, 33),
    ("windkracht-kempen-bijzonder-verslag-2022.md", "TIME_SPAN", "Na twee coronajaren", 37, 15),
    ("windkracht-kempen-bijzonder-verslag-2022.md", "ADDRESS", "Werft 32", 41, 104),
    ("windkracht-kempen-bijzonder-verslag-2022.md", "POSTCODE", "2440 Geel", 41, 114),
    ("windkracht-kempen-bijzonder-verslag-2022.md", "TIME", "19u30", 43, 51),
    ("windkracht-kempen-bijzonder-verslag-2022.md", "PHONE", "014 58 21 90", 49, 10),
    ("windkracht-kempen-bijzonder-verslag-2022.md", "IBAN", "BE04 7350 6182 2431", 49, 54),
    ("windkracht-kempen-bijzonder-verslag-2023.txt", "VOTING_RULE", "één stem per", 55, 13),
    ("windkracht-kempen-bijzonder-verslag-2023.txt", "NAMED_NUMBER", "Turbine 2", 76, 34),
    ("windkracht-kempen-bijzonder-verslag-2023.txt", "NAMED_NUMBER", "turbine 2", 87, 1),
    ("windkracht-kempen-bijzonder-verslag-2023.txt", "PHONE", "014 58 21 90", 112, 15),
    ("windkracht-kempen-bijzonder-verslag-2023.txt", "IBAN", "BE04 7350 6182 2431", 113, 1),
]


@pytest.mark.parametrize("name,label,text,line,column", NAMED, ids=[f"{n[-8:]}:L{l}:{t}" for n, _, t, l, _ in NAMED])
def test_each_exclusion_is_named_at_its_place(name: str, label: str, text: str, line: int, column: int) -> None:
    entities = [(e["label"], e["text"], e["location"]["line"], e["location"]["column"])
                for e in _report(name)["entities"]]
    assert (label, text, line, column) in entities
