"""Rule parameters are declared once: the word lists a recogniser reads are fields of its rules dataclass
(extractor/dutch/rules.py), and the schema of their pattern file is made from the declaration. This fails when
the two disagree: run `python -m extractor.dutch.rule_schemas` to write the schemas."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

import extractor.pipeline  # noqa: F401 (every recogniser, and so every declaration)
from extractor.dutch import patterns, rules
from extractor.dutch.rules import Phrases, Words, key


def _schema(name: str) -> dict:
    return json.loads((patterns.schemas_dir() / "patterns" / f"{name}.schema.json").read_text(encoding="utf-8"))


def test_the_meetings_and_dates_rules_are_declared() -> None:
    assert {"meetings", "dates"} <= set(rules.DECLARED)


def test_a_numbered_field_is_an_object_of_bounded_whole_numbers_read_lower_case() -> None:
    @dataclass(frozen=True)
    class Probe:
        months: rules.Numbered = key(low=1, high=12, at_least=2, description="month names")

    assert rules.schema_properties(Probe) == {"months": {
        "type": "object", "additionalProperties": {"type": "integer", "minimum": 1, "maximum": 12},
        "minProperties": 2, "description": "month names"}}
    assert rules.load(Probe, {"months": {"Juni": 6, "juli": "7"}}) == Probe(months={"juni": 6, "juli": 7})


@pytest.mark.parametrize("name", sorted(rules.DECLARED))
def test_every_schema_holds_what_its_declarations_make(name: str) -> None:
    schema = _schema(name)
    assert rules.with_declarations(schema, name) == schema, \
        f"schemas/patterns/{name}.schema.json disagrees with its declarations: run python -m extractor.dutch.rule_schemas"


@pytest.mark.parametrize("name", sorted(rules.DECLARED))
def test_every_declared_list_is_read_from_the_file(name: str) -> None:
    data = patterns.load(name)
    for cls in rules.DECLARED[name]:
        for _, at, kind in rules._declared(cls):
            assert at in data
            assert kind in (Words, Phrases, rules.Numbered)


def test_a_new_field_is_a_new_required_list_of_the_schema_and_is_read_lower_case() -> None:
    @dataclass(frozen=True)
    class Probe:
        planned: Words = key()
        back: Phrases = key("references_back")
        built: int = 0

    schema = _schema("meetings")
    stripped = json.loads(json.dumps(schema))
    del stripped["properties"]["planned"]
    stripped["required"].remove("planned")
    rules.DECLARED["probe"] = [Probe]
    try:
        made = rules.with_declarations(stripped, "probe")
    finally:
        del rules.DECLARED["probe"]
    assert made["properties"]["planned"] == {"$ref": "#/$defs/words"} and "planned" in made["required"]
    assert made != stripped  # the test above fails on a schema that lacks a declared list
    probe = rules.load(Probe, {"planned": ["Zal", "gepland"], "references_back": ["die vergadering", "Deze"]},
                       built=3)
    assert probe == Probe(planned=frozenset({"zal", "gepland"}), back=(("die", "vergadering"), ("deze",)), built=3)


def test_a_field_of_another_type_cannot_be_read_from_a_file() -> None:
    @dataclass(frozen=True)
    class Wrong:
        within: int = key()

    with pytest.raises(TypeError, match="Words, Phrases or Numbered"):
        rules.load(Wrong, {"within": 3})
