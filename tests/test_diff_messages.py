"""patterns/findings.yaml: it validates, every example renders exactly, every negative is refused, every rule
of the registry has a message that its values fill, and Dutch number formatting is exact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from extractor.diff import messages as nl
from extractor.diff.checks import REGISTRY
from extractor.diff.messages import MessageError

ROOT = Path(__file__).resolve().parents[1]
DATA = nl.patterns()


def test_pattern_file_validates_against_its_schema():
    schema = json.loads((ROOT / "schemas/patterns/findings.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    data = yaml.safe_load((ROOT / "patterns/findings.yaml").read_text(encoding="utf-8"))
    assert sorted(e.message for e in Draft202012Validator(schema).iter_errors(data)) == []


def test_schema_rejects_a_broken_file_with_a_json_path():
    schema = json.loads((ROOT / "schemas/patterns/findings.schema.json").read_text(encoding="utf-8"))
    broken = dict(DATA, vocabulary=dict(DATA["vocabulary"], months=["januari"]))
    errors = list(Draft202012Validator(schema).iter_errors(broken))
    assert [e.json_path for e in errors] == ["$.vocabulary.months"]


@pytest.fixture
def in_language():
    """Render in a given language for one test; Dutch again afterwards."""
    yield nl.use_language
    nl.use_language("nl")


@pytest.mark.parametrize("example", DATA["examples"], ids=lambda e: f"{e['rule']}-{e.get('lang', 'nl')}")
def test_example_renders_exactly(example, in_language):
    in_language(example.get("lang", "nl"))
    assert nl.message(example["rule"], **example["values"]) == example["text"]


@pytest.mark.parametrize("example", DATA["negative_examples"], ids=lambda e: f"{e['rule']}-{e.get('lang', 'nl')}")
def test_negative_example_is_refused(example, in_language):
    in_language(example.get("lang", "nl"))
    with pytest.raises(MessageError):
        nl.message(example["rule"], **example["values"])


def test_english_has_every_message_and_word_of_the_dutch():
    def keys(node, prefix=""):
        if isinstance(node, dict):
            return {k for key, value in node.items() for k in keys(value, f"{prefix}.{key}")} | {prefix}
        return {prefix}
    english = DATA["english"]
    assert sorted(english["messages"]) == sorted(DATA["messages"])
    for rule, template in DATA["messages"].items():
        assert nl.placeholders(english["messages"][rule]) == nl.placeholders(template), rule
    assert keys(english["vocabulary"]) == keys(DATA["vocabulary"])


@pytest.mark.parametrize("value, decimals, text", [(18894, None, "18,894"), (159.5, None, "159.5"),
                                                   (1979.4015, 1, "1,979.4"), (-53176, None, "-53,176")])
def test_english_number(value, decimals, text, in_language):
    in_language("en")
    assert nl.number(value, decimals) == text
    assert nl.date("2022-06-21", "day") == "21 June 2022"
    assert nl.articles(["3", "4"]) == "articles 3 and 4"


def test_every_rule_has_a_message_and_an_example_and_no_message_is_orphaned():
    assert sorted(DATA["messages"]) == sorted(REGISTRY)
    assert sorted({e["rule"] for e in DATA["examples"]}) == sorted(REGISTRY)


@pytest.mark.parametrize("value, decimals, text", [
    # thousands dot, decimal comma
    (18894, None, "18.894"),
    (4101304, None, "4.101.304"),
    (159.5, None, "159,5"),
    (1979.4015, 1, "1.979,4"),
    (7.19, None, "7,19"),
    (0, None, "0"),
    (-53176, None, "-53.176"),
    (3000000.0, None, "3.000.000"),
])
def test_number(value, decimals, text):
    assert nl.number(value, decimals) == text


@pytest.mark.parametrize("iso, precision, text", [
    ("2022-06-21", "day", "21 juni 2022"),
    ("2023-06-20", "day", "20 juni 2023"),
    ("2020-06", "month", "juni 2020"),
    ("2022", "year", "2022"),
    (None, None, "zonder datum"),
])
def test_date(iso, precision, text):
    assert nl.date(iso, precision) == text


@pytest.mark.parametrize("numbers, text", [
    (["1"], "artikel 1"),
    (["3", "4"], "artikels 3 en 4"),
    (["3", "4", "43"], "artikels 3, 4 en 43"),
    ([], "geen enkel artikel"),
])
def test_articles(numbers, text):
    assert nl.articles(numbers) == text


def test_percent_and_units():
    assert nl.percent(7.19) == "+7,19 %"
    assert nl.percent(-2.777, 1) == "-2,8 %"
    assert nl.unit("days") == "dagen"
    assert nl.unit("hours") == "uren"
    assert nl.unit("score/10") == "score/10"
    assert nl.quantity(159.5, "days") == "159,5 dagen"
