"""Relations the text states between its figures (extractor/figures/relations.py): every example of
patterns/relations.yaml, negative examples, and the relations of reports of other sectors written for the tests."""

from __future__ import annotations

import pytest

from extractor.dutch import patterns
from extractor.pipeline import extract_text

DATA = patterns.load("relations")


def _summary(relation: dict) -> dict:
    """A relation as the examples write it: kind, cue and, per role, the raw text of its figures."""
    out: dict = {"kind": relation["kind"], "cue": relation["cue"]}
    for member in relation["indicators"]:
        role = member["role"]
        if role == "part":
            out.setdefault("parts", []).append(member["raw"])
        else:
            out[role] = member["raw"]
    return out


def _relations(text: str, fiscal_year: int = 2023) -> list[dict]:
    return [_summary(r) for r in extract_text(text, fiscal_year=fiscal_year)["relations"]]


@pytest.mark.parametrize("index", range(len(DATA["examples"])))
def test_example(index: int) -> None:
    example = DATA["examples"][index]
    found = _relations(example["text"], example.get("fiscal_year", 2023))
    assert len(found) == len(example["relations"]), found
    for expected, got in zip(example["relations"], found):
        assert {k: got.get(k) for k in expected} == expected, got


@pytest.mark.parametrize("index", range(len(DATA["negative_examples"])))
def test_negative_example(index: int) -> None:
    example = DATA["negative_examples"][index]
    assert _relations(example["text"], example.get("fiscal_year", 2023)) == []


def test_relations_name_their_indicators_by_index_with_location() -> None:
    report = extract_text("Intro.\n\nDe vzw telt 48 werknemers, van wie 20 vrouwen en 25 mannen.", fiscal_year=2023)
    relation = report["relations"][0]
    assert [(m["role"], m["index"], m["location"]["line"], m["location"]["column"]) for m in relation["indicators"]] == [
        ("whole", 0, 3, 13), ("part", 1, 3, 36), ("part", 2, 3, 50)]
    assert [report["indicators"][m["index"]]["value"] for m in relation["indicators"]] == [48, 20, 25]
    assert relation["exhaustive"] is True
    assert relation["evidence"]["text"] == "De vzw telt 48 werknemers, van wie 20 vrouwen en 25 mannen."


def test_two_splits_of_one_whole_are_two_relations() -> None:
    text = "De coöperatie telt 39 leden, van wie 21 vrouwen en 18 mannen, en 26 voltijdse en 13 deeltijdse."
    found = _relations(text)
    assert [(r["whole"], r.get("parts")) for r in found if r["kind"] == "part_whole"] == [
        ("39 leden", ["21 vrouwen", "18 mannen"]), ("39 leden", ["26 voltijdse", "13 deeltijdse"])]


def test_claim_details_carry_its_precision_and_qualifier() -> None:
    report = extract_text("De productie klom van 16.190 MWh in 2022 naar 17.480 MWh, een stijging met bijna 12 %.",
                          fiscal_year=2023)
    change = next(r for r in report["relations"] if r["kind"] == "change")
    assert {k: change[k] for k in ("direction", "claimed", "claim_qualifier", "claim_decimals")} == {
        "direction": "up", "claimed": 12.0, "claim_qualifier": "below", "claim_decimals": 0}
    from_to = next(r for r in report["relations"] if r["kind"] == "from_to")
    assert from_to["from_year"] == 2022


@pytest.mark.parametrize("text,subject", [
    # the claim names what changed, and the sentence before does not: it speaks of no figure given
    ("De huur bedroeg 628 euro per maand. Het aantal huurders steeg met 8 %.", None),
    ("De investering bedroeg € 486.000. Het gemiddelde energieverbruik van die woningen daalde met 41 %.", None),
    # the claim names nothing, or what the sentence before names: it speaks of that sentence's figure
    ("De windturbines produceerden 17.480 MWh. Dat is een stijging met bijna 12 %.", "17.480 MWh"),
    ("De productie bedroeg 17.480 MWh. De productie steeg daarmee met bijna 12 %.", "17.480 MWh"),
    # the base beside the claim picks the subject in its unit, the whole of the parts before it
    ("We verhuren nu 68 woningen: 43 appartementen en 25 eengezinswoningen. Dat is een groei met 15 % tegenover "
     "vorig jaar (61 woningen).", "68 woningen"),
])
def test_a_claim_in_the_next_sentence_speaks_of_what_it_names(text: str, subject: str | None) -> None:
    change = next(r for r in _relations(text) if r["kind"] == "change")
    assert change.get("to") == subject, change


@pytest.mark.parametrize("text", [
    "Eind 2023 telde de coöperatie 612 vennoten: 41 nieuwe vennoten traden toe, 12 traden uit.",
    "Het team telt 35 mensen: 6 collega's kwamen erbij en 2 vertrokken.",
])
def test_what_came_in_and_went_out_is_no_split_of_the_whole(text: str) -> None:
    assert [r for r in _relations(text) if r["kind"] == "part_whole"] == []


def test_newcomers_alone_are_a_part_that_need_not_cover_the_whole() -> None:
    report = extract_text("De club telt 240 leden: 35 nieuwe leden en 12 jeugdleden.", fiscal_year=2023)
    relation = next(r for r in report["relations"] if r["kind"] == "part_whole")
    assert relation["exhaustive"] is False


@pytest.mark.parametrize("text", [
    # a total since the start is not the sum of this year's figures before it
    "We hielpen 820 gezinnen, tegenover 760 gezinnen in 2022. 150 gezinnen kwamen voor het eerst. Sinds de "
    "oprichting in 2012 hielpen we in totaal 4.100 gezinnen.",
    # last year's figure is no part of this year's total
    "De winkel in Gent ontving 2.100 klanten en die in Aalst 1.300 klanten, tegenover 2.900 klanten in 2022. "
    "Samen is dat 3.400 klanten.",
])
def test_a_total_adds_only_parts_of_its_own_period(text: str) -> None:
    wholes = [(r["whole"], r.get("parts")) for r in _relations(text) if r["kind"] == "part_whole"]
    assert all("760 gezinnen" not in (parts or []) and "2.900 klanten" not in (parts or []) for _, parts in wholes)
    assert all(whole != "4.100 gezinnen" for whole, _ in wholes)


def test_a_year_after_a_change_dates_the_change_not_the_figure_before_it() -> None:
    text = "De turbines haalden 8.200 MWh en de panelen 700 MWh. Samen is dat 8.900 MWh, +4,1 % tegenover 2022."
    periods = {i["raw"]: i["period"] for i in extract_text(text, fiscal_year=2023)["indicators"]}
    assert periods == {"8.200 MWh": "2023", "700 MWh": "2023", "8.900 MWh": "2023", "+4,1 %": "2022/2023"}  # by default;
    # the change runs from the year it is compared with to the fiscal year
    relations = _relations(text)
    assert {"kind": "part_whole", "cue": "samen is dat", "whole": "8.900 MWh", "parts": ["8.200 MWh", "700 MWh"]} \
        in relations


def test_a_from_to_pair_whose_second_figure_leaves_out_its_noun_and_is_dated_right_after() -> None:
    text = "De wachtlijst daalde met een derde: van 57 gezinnen eind 2023 naar 38 eind 2024."
    report = extract_text(text, fiscal_year=2024)
    assert [(i["raw"], i["id"], i["period"]) for i in report["indicators"]][1:] == [
        ("57 gezinnen", "other.gezin", "2023-12-31"), ("38", "other.gezin", "2024-12-31")]  # the end of a year
    assert {"kind": "from_to", "cue": "van … naar", "from": "57 gezinnen", "to": "38"} in _relations(text, 2024)
