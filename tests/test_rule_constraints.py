"""The constraints the pattern files' schemas held when they were written by hand hold now that the schemas are made
from the rules' declarations (extractor/dutch/rules.py: `key(unique=True)`, `at_most`, `shortest`, `longest`,
`form`): a copy of a real pattern file broken in one entry is refused by the loader, with that entry's place and the
reason."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

from extractor.dutch import patterns


def _twice(items: list[str] | None) -> list[str]:
    """The list with its first item again (a list the file leaves out: one item, twice)."""
    items = list(items or ["x"])
    return items + items[:1]


def _three(items: list[str]) -> list[str]:
    return items + items[:1]


def _one_character(items: list[str]) -> list[str]:
    return items + ["x"]


def _third(conditions: dict, **changed: Any) -> dict:
    """The conditions with condition 3 changed (the file's numbers are YAML integers)."""
    return {**conditions, 3: {**conditions[3], **changed}}


def _unknown_name(glued: dict[str, list[str]]) -> dict[str, list[str]]:
    return {**glued, "exactly": ["="]}


_TWICE = "has non-unique elements"
UNIQUE = [("qualifiers", path) for path in (
    "negation.words", "negation.not_before", "negation.stops", "negation.keep", "reach.determiners", "reach.links",
    "glued.approximately", "glued.at_least", "glued.at_most", "joiners", "ratio_joiners", "dashes", "changes",
    "negative.before", "negative.after", "negative.glued_after", "negative.words_before", "negative.dashes")] + [
    ("units", path) for path in (
        "people_pronouns.phrases", "comparison_links", "time_references.before", "time_references.periods",
        "time_references.after", "elision_links", "glued", "before", "people")] + [
    ("conditions", path) for path in ("own_figure_units", "own_figure_units_before")]
CASES = [(name, path, _twice, _TWICE) for name, path in UNIQUE] + [
    ("qualifiers", "negative.parentheses", _three, "is too long"),
    ("qualifiers", "glued", _unknown_name, "Additional properties are not allowed ('exactly' was unexpected)"),
    ("conditions", "labels", _one_character, "'x' is too short"),
    ("conditions", "numbering", _one_character, "'x' is too short"),
    ("layout", "vowels", lambda vowels: vowels[:2], "is too short"),
    ("layout", "hyphen_prefixes", lambda prefixes: [*prefixes, "Ex-"], "'Ex-' does not match"),
    ("layout", "bullets", lambda bullets: [*bullets, "->"], "'->' is too long"),
    # tables.yaml: lists of records (tuple[a section, ...]), each a closed object of its declared fields
    ("tables", "scales", lambda scales: [{**scales[0], "scale": 1}, *scales[1:]], "1 is less than the minimum of 2"),
    ("tables", "fiscal_year_headers", lambda headers: [{**headers[0], "year": 2023}, *headers[1:]],
     "Additional properties are not allowed ('year' was unexpected)"),
    ("tables", "units", lambda units: [{"pattern": units[0]["pattern"]}, *units[1:]], "'unit' is a required property"),
    # relations.yaml: numbers (`Number`) bounded, sections closed, cue lists not empty
    ("relations", "change.written", lambda written: [{**written[0], "factor": 0}, *written[1:]],
     "0 is less than or equal to the minimum of 0"),
    ("relations", "change.written_margin", lambda margin: 2, "2 is greater than the maximum of 1"),
    ("relations", "change.margin", lambda margin: {**margin, "relative": -0.5}, "-0.5 is less than the minimum of 0"),
    ("relations", "part_whole.gap_words", lambda words: 11, "11 is greater than the maximum of 10"),
    ("relations", "change.qualifiers", lambda qualifiers: {**qualifiers, "exactly": ["precies"]},
     "Additional properties are not allowed ('exactly' was unexpected)"),
    ("relations", "from_to.from", lambda cues: [], "should be non-empty"),
    # document.yaml: patterns that must name their group, a closed section of kinds, a bounded number
    ("document", "fiscal_year_patterns", lambda found: [*found, r"boekjaar (\d{4})"], "does not match"),
    ("document", "cover_name_pattern", lambda pattern: r"^(?:cv|vzw) (.+)$", "does not match"),
    ("document", "document_kinds", lambda kinds: {**kinds, "letters": ["brief"]},
     "Additional properties are not allowed ('letters' was unexpected)"),
    ("document", "title_blocks", lambda blocks: 0, "0 is less than the minimum of 1"),
    # conditions.yaml: the nine conditions themselves (named sections: their count and names bounded)
    ("conditions", "conditions", lambda conditions: {**conditions, 10: conditions[9]}, "has too many properties"),
    ("conditions", "conditions", lambda conditions: _third(conditions, concepts=[
        {**conditions[3]["concepts"][0], "weight": 6}, *conditions[3]["concepts"][1:]]),
     "6 is greater than the maximum of 5"),
    ("conditions", "conditions", lambda conditions: _third(conditions, concepts=conditions[3]["concepts"][:1]),
     "is too short"),
    ("conditions", "conditions", lambda conditions: _third(conditions, text="kort"), "'kort' is too short"),
    ("conditions", "conditions", lambda conditions: _third(conditions, weight=2),
     "Additional properties are not allowed ('weight' was unexpected)"),
    # numerals.yaml: numbers among the ones allowed or bounded, names of one lower-case word, closed sections
    ("numerals", "cardinals.tens", lambda tens: {**tens, "vijfentwintig": 25}, "25 is not one of"),
    ("numerals", "cardinals.units", lambda units: {**units, "tien": 10}, "10 is greater than the maximum of 9"),
    ("numerals", "digits.signs", lambda signs: {**signs, "+": 2}, "2 is not one of"),
    ("numerals", "digits.signs", lambda signs: {**signs, "--": -1}, "'--' does not match"),
    ("numerals", "digits.decimal_separator", lambda separator: ",,", "',,' is too long"),
    ("numerals", "multipliers", lambda multipliers: {**multipliers, "Miljoen": 1000000}, "'Miljoen' does not match"),
    ("numerals", "fractions", lambda fractions: {**fractions, "eentje": {"denominator": 1}},
     "1 is less than the minimum of 2"),
    ("numerals", "fractions", lambda fractions: {**fractions, "elfde": {"denominator": 11, "plural": "elfden"}},
     "Additional properties are not allowed ('plural' was unexpected)"),
    ("numerals", "fixed", lambda fixed: {**fixed, "de  helft": 0.5}, "'de  helft' does not match"),
    ("numerals", "times.suffixes", _twice, _TWICE),
    ("numerals", "groups", lambda groups: {"nouns": groups["nouns"]}, "'suffix' is a required property"),
    ("conditions", "law_numbers", lambda numbers: {**numbers, "10": ["10 %"]}, "'10' does not match"),
    ("conditions", "law_numbers", lambda numbers: {7: ["10 %", "10 %"]}, _TWICE),
    # meetings.yaml: the actions an amendment implies are actions of the differ's vocabulary; no kind without words
    ("meetings", "implied_actions", lambda actions: [*actions, "approved"], "'approved' is not one of"),
    ("meetings", "kinds", lambda kinds: {**kinds, "board": []}, "should be non-empty"),
    # indicators.yaml: the catalogue, a list of closed entries, each with rules that say something
    ("indicators", "indicators", lambda entries: [{**entries[0], "rules": [{}]}, *entries[1:]],
     "should be non-empty"),
    ("indicators", "indicators", lambda entries: [{**entries[0], "rules": [{"window": 61}]}, *entries[1:]],
     "61 is greater than the maximum of 60"),
    ("indicators", "indicators", lambda entries: [{**entries[0], "rules": [{"after": ["leden"], "near": 3}]},
                                                  *entries[1:]],
     "Additional properties are not allowed ('near' was unexpected)"),
    ("indicators", "indicators", lambda entries: [{**entries[0], "id": "Leden"}, *entries[1:]],
     "'Leden' does not match"),
    ("indicators", "indicators", lambda entries: [{**entries[0], "label_en": ""}, *entries[1:]],
     "'' should be non-empty"),
    ("indicators", "fuzzy_min_score", lambda score: 40, "40 is less than the minimum of 50"),
    # lexicon.yaml: concepts named as a key's part, each with words; units of a dimension so named; kin of two
    ("lexicon", "nouns", lambda nouns: {**nouns, "Klant2": nouns["klant"]}, "'Klant2' does not match"),
    ("lexicon", "nouns", lambda nouns: {**nouns, "klant": {**nouns["klant"], "words": []}}, "should be non-empty"),
    ("lexicon", "states", lambda states: {**states, "nieuw": {**states["nieuw"], "with_units": "ja"}},
     "'ja' is not of type 'boolean'"),
    ("lexicon", "units", lambda units: {**units, "mwh": {"dimension": "Energie"}}, "'Energie' does not match"),
    ("lexicon", "kin", lambda kin: [*kin, ["klant"]], "is too short"),
    ("lexicon", "roles", lambda roles: [{k: v for k, v in roles[0].items() if k != "as"}],
     "'as' is a required property"),
    ("lexicon", "compounds.head_letters", lambda letters: 1, "1 is less than the minimum of 2"),
    ("lexicon", "aspects.names", lambda names: {**names, "share": "deel van"}, "'deel van' does not match"),
    ("lexicon", "number_concept", lambda concept: "Getal", "'Getal' does not match"),
    # findings.yaml: the wording's placeholders, the names each object must give, its closed sections
    ("findings", "messages", lambda messages: {**messages, "Internal.x": "x"}, "'Internal.x' does not match"),
    ("findings", "vocabulary.counted", lambda counted: {**counted, "error": ["{n} fout"]}, "is too short"),
    ("findings", "vocabulary.counted", lambda counted: {**counted, "error": ["fout", "{n} fouten"]},
     "'fout' does not match"),
    ("findings", "vocabulary.errors", lambda errors: {**errors, "internal": ["interne fout", "meld het", "x"]},
     "is too long"),
    ("findings", "vocabulary.labels", lambda labels: {k: v for k, v in labels.items() if k != "summary"},
     "'summary' is a required property"),
    ("findings", "vocabulary.articles", lambda articles: "artikels {numbers}", "does not match"),
    ("findings", "vocabulary.periods", lambda periods: {**periods, "fiscal_year": "het boekjaar {start}"},
     "does not match"),
    ("findings", "vocabulary.help", lambda help: {**help, "commands": {}}, "should be non-empty"),
    ("findings", "english.vocabulary.months", lambda months: months[:11], "is too short"),
    # non_figures.yaml: no kind of token pattern or shape without one, no token pattern without a token
    ("non_figures", "patterns", lambda found: {**found, "postbox": [[]]}, "should be non-empty"),
    ("non_figures", "token_shapes", lambda shapes: {**shapes, "time": []}, "should be non-empty"),
]


def _broken(data: dict[str, Any], path: str, change: Callable[[Any], Any]) -> dict[str, Any]:
    data = copy.deepcopy(data)
    *parents, last = path.split(".")
    holder = data
    for part in parents:
        holder = holder[part]
    holder[last] = change(holder.get(last))
    return data


def _load_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, data: dict[str, Any]) -> dict[str, Any]:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's, where PyYAML has it: the same YAML, faster
    (tmp_path / f"{name}.yaml").write_text(yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False),
                                           encoding="utf-8")
    monkeypatch.setattr(patterns, "patterns_dir", lambda: tmp_path)
    patterns.load.cache_clear()
    try:
        return patterns.load(name)
    finally:
        patterns.load.cache_clear()


@pytest.mark.parametrize("name", sorted({case[0] for case in CASES}))
def test_a_copy_of_a_pattern_file_as_it_is_loads(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = patterns.load(name)
    assert _load_copy(tmp_path, monkeypatch, name, real) == real


@pytest.mark.parametrize(("name", "path", "change", "reason"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_a_pattern_file_that_breaks_a_declared_constraint_is_refused(
        name: str, path: str, change: Callable[[Any], Any], reason: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = patterns.load(name)  # its copy as it is loads (the test below): the change is what fails
    with pytest.raises(patterns.PatternError) as refused:
        _load_copy(tmp_path, monkeypatch, name, _broken(real, path, change))
    message = str(refused.value)
    assert message.startswith(str(tmp_path / f"{name}.yaml")), message
    assert f"at $.{path}" in message and reason in message and re.search(r"\(1 error in all\)$", message), message
