"""Rule parameters are declared once: the word lists a recogniser reads are fields of its rules dataclass
(extractor/dutch/rules.py), and the schema of their pattern file is made from the declaration. This fails when
the two disagree: run `python -m extractor.dutch.rule_schemas` to write the schemas."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields

import pytest

from extractor.dutch import patterns, rules
from extractor.dutch.rule_schemas import declare_all

declare_all()  # every module that declares, imported: not only those the tests before this one happened to load
from extractor.dutch.rules import Phrases, Words, key


def _schema(name: str) -> dict:
    return json.loads((patterns.schemas_dir() / "patterns" / f"{name}.schema.json").read_text(encoding="utf-8"))


def test_the_rules_of_six_pattern_files_are_declared() -> None:
    assert {"meetings", "dates", "qualifiers", "units", "lexicon", "non_figures"} <= set(rules.DECLARED)


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
def test_every_declared_entry_is_read_from_the_file(name: str) -> None:
    data = patterns.load(name)
    for cls in rules.DECLARED[name]:
        for _, at, _ in rules._declared(cls):
            assert at in data
        if all(rules._KEY in item.metadata for item in fields(cls)):  # nothing built beside the entries: load it
            assert isinstance(rules.load(cls, data), cls)


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
        shares: list[float] = key()

    with pytest.raises(TypeError, match="Words, Phrases, Listed, Numbered, Groups, Lists, Pairs, Sets, Amounts, Text, "
                                        "Whole, Number, Flag, TokenPatterns, Texts or a section"):
        rules.load(Wrong, {"shares": [0.5]})


@dataclass(frozen=True)
class _Window:  # a section of a probe below: it must be found by name in this module, as a recogniser's is
    words: Phrases = key()
    within: rules.Whole = key(low=0, high=5)
    stops: Words = key(optional=True)


@dataclass(frozen=True)
class _Probe:
    window: _Window = key(description="a new section")
    units: rules.Groups = key()
    ranges: rules.Pairs = key()
    marks: rules.Listed = key(longest=1)
    separator: rules.Text = key()


def test_a_new_parameter_is_written_once_and_its_schema_and_loader_follow() -> None:
    """One field in one dataclass (here a whole section) is all the code a new parameter needs: the schema of
    the file gets its entry, required and typed, and the loader reads it; the file that lacks it fails."""
    from jsonschema import Draft202012Validator

    made = rules.with_declarations({"type": "object", "properties": {}}, "none")  # nothing declared: no entry
    assert "window" not in made["properties"]
    rules.DECLARED["probe"] = [_Probe]
    try:
        made = rules.with_declarations({"type": "object", "properties": {}}, "probe")
    finally:
        del rules.DECLARED["probe"]
    assert made["properties"]["window"] == {
        "type": "object", "additionalProperties": False, "required": ["words", "within"], "description": "a new section",
        "properties": {"words": {"$ref": "#/$defs/words"}, "within": {"type": "integer", "minimum": 0, "maximum": 5},
                       "stops": {"$ref": "#/$defs/words"}}}
    assert made["required"] == ["window", "units", "ranges", "marks", "separator"]
    data = {"window": {"words": ["Niet meer", "nooit"], "within": 3}, "units": {"EUR": ["Euro", "€"]},
            "ranges": [["tussen", "en"]], "marks": ["–", "-"], "separator": "/"}
    validator = Draft202012Validator(made)
    assert list(validator.iter_errors(data)) == []
    assert [e.message for e in validator.iter_errors({**data, "window": {"words": ["nooit"], "within": 9}})] == \
        ["9 is greater than the maximum of 5"]
    assert not validator.is_valid({**data, "marks": ["--"]})
    assert not validator.is_valid({key: value for key, value in data.items() if key != "separator"})
    probe = rules.load(_Probe, data)
    assert probe == _Probe(window=_Window(words=(("niet", "meer"), ("nooit",)), within=3, stops=frozenset()),
                           units={"EUR": frozenset({"euro", "€"})}, ranges=(("tussen", "en"),), marks=("–", "-"),
                           separator="/")


def test_every_entry_quantities_reads_of_its_three_files_is_declared() -> None:
    """The qualifiers, units and the rate words of figures/quantities.py are read from declarations, sections
    and all (issue 18): its schemas are made from them."""
    from extractor.figures import quantities

    assert {"qualifiers", "units", "lexicon"} <= set(rules.DECLARED)
    qualifiers = rules.load(quantities._QualifierWords, patterns.load("qualifiers"))
    assert qualifiers.negation.within == patterns.load("qualifiers")["negation"]["within"]
    assert ("nooit",) in qualifiers.negation.phrases and "±" in qualifiers.glued.approximately
    assert ("tussen", "en") in qualifiers.ranges
    schema = _schema("qualifiers")
    assert schema["properties"]["negation"]["properties"]["within"] == {"type": "integer", "minimum": 0, "maximum": 10}


def test_a_list_declared_unique_bounded_and_of_long_strings_gets_those_constraints_in_its_schema() -> None:
    @dataclass(frozen=True)
    class Probe:
        marks: rules.Listed = key(at_least=2, at_most=2, unique=True)
        labels: rules.Listed = key(shortest=2)
        dashes: rules.Listed = key(longest=1, unique=True)

    assert rules.schema_properties(Probe) == {
        "marks": {"$ref": "#/$defs/words", "minItems": 2, "maxItems": 2, "uniqueItems": True},
        "labels": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 2}},
        "dashes": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1, "maxLength": 1},
                   "uniqueItems": True}}


@dataclass(frozen=True)
class _Unit:  # a named section of a probe below: found by name in this module, as a recogniser's is
    dimension: rules.Text = key()
    pint: rules.Text = key(optional=True)


def test_named_sections_are_an_object_of_sections_each_read_and_closed_to_other_keys() -> None:
    from jsonschema import Draft202012Validator

    @dataclass(frozen=True)
    class Probe:
        vocabulary: dict[str, _Unit] = key(at_least=1)

    made = rules.schema_properties(Probe)
    assert made == {"vocabulary": {"type": "object", "minProperties": 1, "additionalProperties": {
        "type": "object", "additionalProperties": False, "required": ["dimension"],
        "properties": {"dimension": {"type": "string", "minLength": 1}, "pint": {"type": "string", "minLength": 1}}}}}
    schema = {"type": "object", "properties": made}
    assert Draft202012Validator(schema).is_valid({"vocabulary": {"MWh": {"dimension": "energy", "pint": "MWh"}}})
    assert not Draft202012Validator(schema).is_valid({"vocabulary": {"MWh": {"dimension": "energy", "size": 1}}})
    assert not Draft202012Validator(schema).is_valid({"vocabulary": {}})
    assert rules.load(Probe, {"vocabulary": {"MWh": {"dimension": "energy"}, "m2": {"dimension": "area",
                                                                                     "pint": "m²"}}}) == Probe(
        vocabulary={"MWh": _Unit("energy", ""), "m2": _Unit("area", "m²")})


def test_a_schema_written_from_its_declarations_keeps_the_layout_of_what_did_not_change() -> None:
    """`python -m extractor.dutch.rule_schemas` writes only what a declaration changes: a new entry and its name
    in `required` are the only lines that differ, in a file laid out by hand (compact lines) as in one laid out
    two spaces an indent; a file that agrees is left as it is, byte for byte."""
    import difflib

    from extractor.dutch.rule_schemas import patched

    for name in ("tables", "meetings"):
        text = (patterns.schemas_dir() / "patterns" / f"{name}.schema.json").read_text(encoding="utf-8")
        assert patched(text, json.loads(text)) == text
        after = json.loads(text)
        after["properties"]["planned"] = {"$ref": "#/$defs/words"}
        after["required"].append("planned")
        made = patched(text, after)
        assert json.loads(made) == after
        diff = list(difflib.ndiff(text.splitlines(), made.splitlines()))
        removed = [line for line in diff if line.startswith("- ")]
        added = [line for line in diff if line.startswith("+ ")]
        # gone: at most the lines of `required` and the last entry's line (a comma after it); added: those and
        # the new entry (one line in the compact file, three in the other)
        assert len(removed) <= 3 and len(added) <= 6, (name, removed, added)
        assert any('"planned"' in line for line in added), name
    text = (patterns.schemas_dir() / "patterns" / "tables.schema.json").read_text(encoding="utf-8")
    after = json.loads(text)
    after["properties"]["planned"] = {"$ref": "#/$defs/words"}
    assert '    "planned": {"$ref": "#/$defs/words"}\n' in patched(text, after)  # on one line, as its neighbours
    assert json.dumps(after, indent=2) not in patched(text, after)


@dataclass(frozen=True)
class _Header:
    pattern: rules.Text = key()
    offset: rules.Whole = key(low=-5, high=0)


def test_a_list_of_sections_is_an_array_of_closed_objects_read_in_the_files_order() -> None:
    @dataclass(frozen=True)
    class Probe:
        headers: tuple[_Header, ...] = key()

    assert rules.schema_properties(Probe) == {"headers": {"type": "array", "minItems": 1, "items": {
        "type": "object", "additionalProperties": False, "required": ["pattern", "offset"],
        "properties": {"pattern": {"type": "string", "minLength": 1},
                       "offset": {"type": "integer", "minimum": -5, "maximum": 0}}}}}
    read = rules.load(Probe, {"headers": [{"pattern": "boekjaar", "offset": 0}, {"pattern": "vorig", "offset": -1}]})
    assert read == Probe(headers=(_Header("boekjaar", 0), _Header("vorig", -1)))


@dataclass(frozen=True)
class _Weighted:
    words: rules.Listed = key()
    weight: rules.Whole = key(low=1, high=5, optional=True, default=1)


def test_named_sections_bound_their_names_and_count_and_an_optional_number_takes_its_default() -> None:
    @dataclass(frozen=True)
    class Probe:
        items: dict[str, _Weighted] = key(at_least=1, at_most=2, names="^[1-9]$")

    made = rules.schema_properties(Probe)["items"]
    assert (made["minProperties"], made["maxProperties"], made["propertyNames"]) == (1, 2, {"pattern": "^[1-9]$"})
    assert made["additionalProperties"]["required"] == ["words"]
    read = rules.load(Probe, {"items": {1: {"words": ["een"]}, 2: {"words": ["twee"], "weight": 3}}})
    assert read == Probe(items={"1": _Weighted(("een",), 1), "2": _Weighted(("twee",), 3)})


# The entries of each pattern file that no declaration reads yet: read by hand where they are used (issue 18's
# gap, here to see it shrink; a file declared in full is not listed). The description and the examples (any entry
# named *examples, as units.yaml's vocabulary_examples) are the file's own, never rules.
HAND_READ: dict[str, set[str]] = {}


def _finder_sections() -> set[str]:
    """The sections of non_figures.yaml that are a finder's own words: named after a module of
    extractor/non_figures/, listed by no declaration, read by `base.finder_words` as the schema's one open entry
    types them (lists of words; tests/test_non_figure_registry.py), so that a new finder is its module and its
    section (README, Extending)."""
    import pkgutil

    from extractor import non_figures

    modules = {m.name for m in pkgutil.iter_modules(non_figures.__path__)}
    return set(patterns.load("non_figures")) & modules - set(_schema("non_figures")["properties"])


def test_what_each_pattern_file_leaves_to_be_read_by_hand() -> None:
    """Every entry of every pattern file is declared (one field, its schema made from it) but those listed, and
    a finder's own section of words."""
    left = {}
    for name in patterns.pattern_names():
        declared = {at for cls in rules.DECLARED.get(name, []) for at in rules.schema_properties(cls)}
        rest = {at for at in patterns.load(name) if not at.endswith("examples")} - declared - {"description"}
        if name == "non_figures":
            rest -= _finder_sections()
        if rest:
            left[name] = rest
    assert left == HAND_READ, ("a pattern file's entry read by hand: declare it (a field with key() in the rules "
                               "dataclass of the module that reads it, extractor/dutch/rules.py), or list it here")
    assert _finder_sections() == {"forms"}  # non_figures/forms.py's month abbreviations


@dataclass(frozen=True)
class _Times:  # a section of the probe below (found by name in this module)
    suffixes: rules.Listed = key()


def test_numbers_of_a_set_amounts_flags_and_a_section_the_file_may_leave_out() -> None:
    """The kinds numerals.yaml needed: `among` (a number one of a few), `Amounts` (names with any number),
    `Flag`, and an optional section, None when the file leaves it out."""
    @dataclass(frozen=True)
    class Probe:
        signs: rules.Numbered = key(among=(1, -1))
        fixed: rules.Amounts = key(names=r"^[a-z]+( [a-z]+)*$")
        glued: rules.Flag = key(optional=True)
        times: _Times = key(optional=True)

    rules.DECLARED["probe"] = [Probe]
    try:
        made = rules.with_declarations({"type": "object", "properties": {}}, "probe")
    finally:
        del rules.DECLARED["probe"]
    assert made["properties"]["signs"]["additionalProperties"] == {"type": "integer", "enum": [1, -1]}
    assert made["properties"]["fixed"] == {"type": "object", "additionalProperties": {"type": "number"},
                                           "propertyNames": {"pattern": r"^[a-z]+( [a-z]+)*$"}}
    assert made["properties"]["glued"] == {"type": "boolean"} and made["required"] == ["signs", "fixed"]
    assert rules.load(Probe, {"signs": {"-": -1}, "fixed": {"de helft": 0.5, "twee": 2}}) == \
        Probe(signs={"-": -1}, fixed={"de helft": 0.5, "twee": 2.0}, glued=False, times=None)
    assert rules.load(Probe, {"signs": {}, "fixed": {}, "glued": True, "times": {"suffixes": ["maal"]}}) == \
        Probe(signs={}, fixed={}, glued=True, times=_Times(suffixes=("maal",)))


def _with_a_new_field(cls: type) -> type:
    """`cls` with one field more, as an engineer adds a rule parameter: `probe: Words = key(...)`."""
    from dataclasses import field, make_dataclass

    made = make_dataclass(cls.__name__, [("probe", rules.Words, field(kw_only=True, metadata=key(
        description="a new parameter").metadata))], bases=(cls,), frozen=True)
    made.__module__ = cls.__module__  # its other fields' types are named in its module
    return made


@pytest.mark.parametrize("name", sorted(rules.DECLARED))
def test_in_every_declared_pattern_file_a_new_parameter_is_one_field_and_its_entry(name: str) -> None:
    """For each pattern file: one field added to the dataclass that declares its rules, and its entry in the
    file, are all a new parameter needs; the schema made from the declarations requires the entry and types it,
    the file with it validates, without it fails, and the loader reads it into the record."""
    from dataclasses import fields

    from jsonschema import Draft202012Validator

    declaring = rules.DECLARED[name][0]
    probe = _with_a_new_field(declaring)
    rules.DECLARED[name] = [probe, *rules.DECLARED[name][1:]]
    try:
        schema = rules.with_declarations(_schema(name), name)
    finally:
        rules.DECLARED[name] = [declaring, *rules.DECLARED[name][1:]]
    assert schema["properties"]["probe"] == {"$ref": "#/$defs/words", "description": "a new parameter"}
    assert "probe" in schema["required"]
    data = {**patterns.load(name), "probe": ["nieuw", "woord"]}
    validator = Draft202012Validator(schema)
    assert list(validator.iter_errors(data)) == []
    assert [e.message for e in validator.iter_errors(patterns.load(name))] == ["'probe' is a required property"]
    derived = {item.name: None for item in fields(declaring) if "pattern_key" not in item.metadata}
    assert rules.load(probe, data, **derived).probe == frozenset({"nieuw", "woord"})
    assert rules.with_declarations(_schema(name), name) == _schema(name)  # the real declarations left as they were


def test_every_pattern_file_declares_its_entries() -> None:
    """Every pattern file has a dataclass that declares its entries, findings.yaml's wording (dutch/wording.py)
    as the recognisers' rules."""
    assert set(patterns.pattern_names()) - set(rules.DECLARED) == set()
