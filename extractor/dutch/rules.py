"""Rule parameters declared once. A recogniser's rules are a frozen dataclass whose `key()` fields are entries of
its pattern file, each read the one way every recogniser reads that kind of entry:

- `Words`: a set of lower-case words; `Phrases`: lower-case word tuples, the longest first, so that "meer dan"
  is tried before "meer"; `Listed`: strings as written, in the file's order (symbols, words whose order counts);
- `Numbered`: lower-case words or phrases, each with a whole number (a month name and its number);
  `Groups`: names, each with its `Words` (a unit code and the words that name it); `Lists`: names, each with
  its strings as written, in the file's order (an act's name and the phrases that name it);
  `Pairs`: two strings as written ("tussen" and "en"); `Sets`: groups of two or more strings as written, each in
  the file's order (words that name one thing: kin);
- `TokenPatterns`: names, each with its spaCy Matcher token patterns (lists of token objects, as written);
- `Texts`: names, each with one string (a message's template by its rule id, a label by its key);
- `Amounts`: names, each with a number (a fixed expression and its value);
- `Text`: one string; `Whole`: one whole number; `Number`: one number (a margin, a factor); `Flag`: true or false;
- a section: a field whose type is itself such a dataclass is an object of the file, read the same way;
  `dict[str, Section]` is an object of named sections, each read so (a unit code and what the unit is), and
  `tuple[Section, ...]` a list of them, in the file's order (a header's pattern and the period it names); an
  optional section the file leaves out is None; a section's class variable `entries_at_least` bounds how many
  entries it gives (a section of optional entries that may not be empty).

`load` builds the record from the file, and `schema_properties` writes the part of the file's schema that
holds those entries: the dataclass is the one declaration, the schema is made from it.

To add a rule parameter: a field `name: Words = key()` (or another kind above; `key(low=1, high=12)` bounds a
number, `key(among=(1, -1))` lists the numbers it may be, `key(unique=True)` refuses a list that names an item
twice, `key(at_least=2, at_most=2)` bounds a list's count, `key(shortest=2)` and `key(longest=1)` each string's
length, `key(description=...)` says what it is) in the rules dataclass or its section, the entry in the YAML, then
`python -m extractor.dutch.rule_schemas` writes its schema, only what the declaration changes
(tests/test_rule_declarations.py fails until the schema and the declaration agree).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, NewType, TypeVar, get_args, get_origin, get_type_hints

Words = frozenset[str]
Phrases = tuple[tuple[str, ...], ...]
Numbered = dict[str, int]
Listed = tuple[str, ...]
Groups = dict[str, Words]
Lists = dict[str, Listed]
Pairs = tuple[tuple[str, str], ...]
Sets = NewType("Sets", tuple[tuple[str, ...], ...])  # a kind of its own: the same type as Phrases, read otherwise
TokenPatterns = dict[str, tuple[list[dict[str, Any]], ...]]
Texts = dict[str, str]
Text = str
Whole = int
Number = float
Amounts = dict[str, float]
Flag = bool
_KINDS = {"Words": Words, "Phrases": Phrases, "Numbered": Numbered, "Listed": Listed, "Groups": Groups, "Lists": Lists,
          "Pairs": Pairs, "Sets": Sets, "Text": Text, "Whole": Whole, "Number": Number, "Amounts": Amounts,
          "Flag": Flag, "TokenPatterns": TokenPatterns,
          "Texts": Texts}

_KEY = "pattern_key"  # a field's metadata: the key of its list in the pattern file ("" for its own name)
_SCHEMA = "pattern_schema"  # a field's metadata: what its schema adds (a _Given)
_WORD_LIST = {"$ref": "#/$defs/words"}  # the schema of a word list: $defs.words of the file's schema
_DEFS_WORDS = {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}
T = TypeVar("T")

DECLARED: dict[str, list[type]] = {}  # pattern file name -> the rules dataclasses that read it


def as_words(items: Iterable[str]) -> Words:
    return frozenset(item.lower() for item in items)


def as_phrases(items: Iterable[str]) -> Phrases:
    """Each phrase once, as its lower-case words; the longest first, then in alphabetical order."""
    return tuple(sorted({tuple(item.lower().split()) for item in items}, key=lambda words: (-len(words), words)))


def as_numbered(items: dict[str, int]) -> Numbered:
    return {str(item).lower(): int(number) for item, number in items.items()}


def _as_groups(items: dict[str, list[str]]) -> Groups:
    return {str(name): as_words(words) for name, words in items.items()}


def _as_lists(items: dict[str, list[str]]) -> Lists:
    return {str(name): tuple(map(str, words)) for name, words in items.items()}


_READ = {Words: as_words, Phrases: as_phrases, Numbered: as_numbered, Listed: lambda items: tuple(map(str, items)),
         Groups: _as_groups, Lists: _as_lists, Pairs: lambda items: tuple((str(a), str(b)) for a, b in items),
         Sets: lambda items: tuple(tuple(map(str, group)) for group in items),
         TokenPatterns: lambda items: {str(name): tuple(map(list, found)) for name, found in items.items()},
         Texts: lambda items: {str(name): str(text) for name, text in items.items()},
         Text: str, Whole: int, Number: float, Flag: bool,
         Amounts: lambda items: {str(name): float(number) for name, number in items.items()}}
_STRING = {"type": "string", "minLength": 1}
_SCHEMAS = {Words: _WORD_LIST, Phrases: _WORD_LIST, Listed: _WORD_LIST, Text: _STRING, Whole: {"type": "integer"},
            Number: {"type": "number"}, Flag: {"type": "boolean"},
            Numbered: {"type": "object", "additionalProperties": {"type": "integer"}},
            Amounts: {"type": "object", "additionalProperties": {"type": "number"}},
            Groups: {"type": "object", "additionalProperties": _WORD_LIST},
            Lists: {"type": "object", "additionalProperties": _WORD_LIST},
            Pairs: {"type": "array", "minItems": 1,
                    "items": {"type": "array", "items": _STRING, "minItems": 2, "maxItems": 2}},
            Sets: {"type": "array", "minItems": 1, "items": {"type": "array", "minItems": 2, "items": _STRING}},
            TokenPatterns: {"type": "object", "additionalProperties": {
                "type": "array", "minItems": 1,
                "items": {"type": "array", "minItems": 1, "items": {"type": "object"}}}},
            Texts: {"type": "object", "additionalProperties": _STRING}}


@dataclass(frozen=True)
class _Given:
    """What a field's `key()` says beyond its kind: what its schema adds, and whether the file may leave it out."""

    description: str | None = None
    at_least: int | None = None  # a list's or an object's least count
    at_most: int | None = None  # a list's greatest count
    bounds: tuple[tuple[str, float], ...] = ()  # ("minimum", 1), ("maximum", 12), ("exclusiveMinimum", 0)
    shortest: int | None = None  # each string of a list this long at least (1 unless said)
    longest: int | None = None  # each string of a list this long at most
    form: str | None = None  # a regular expression each string of a list (or a `Text`) matches
    unique: bool = False  # no item twice in the list
    optional: bool = False
    default: Any = None  # what an optional entry the file leaves out is read as (else empty)
    names: str | None = None  # a regular expression the names of an object's entries match
    among: tuple[Any, ...] = ()  # the numbers a number (or each of a `Numbered`'s) may be; a list's strings
    needs: tuple[str, ...] = ()  # the names an object (`Texts`, `Lists`) must give
    each: tuple[int, int] | None = None  # the least and the greatest count of each of a `Lists`' lists


def _sections(kind: Any) -> type | None:
    """The section's dataclass of a `dict[str, Section]` field (named sections); None for any other kind."""
    args = get_args(kind)
    return args[1] if get_origin(kind) is dict and len(args) == 2 and is_dataclass(args[1]) else None


def _records(kind: Any) -> type | None:
    """The section's dataclass of a `tuple[Section, ...]` field (a list of sections); None for any other kind."""
    args = get_args(kind)
    return args[0] if get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis \
        and is_dataclass(args[0]) else None


def key(name: str = "", *, low: float | None = None, high: float | None = None, above: float | None = None,
        at_least: int | None = None,
        at_most: int | None = None, shortest: int | None = None, longest: int | None = None, unique: bool = False,
        form: str | None = None, optional: bool = False, default: Any = None, names: str | None = None,
        among: tuple[Any, ...] = (), needs: tuple[str, ...] = (), each: tuple[int, int] | None = None,
        description: str | None = None) -> Any:
    """A field read from the pattern file: the entry under the field's own name, or under `name`. `low` and
    `high` bound a `Whole`, a `Number` or a `Numbered` field's numbers (`above`: a number greater than it), `at_least` a list's or an object's count and
    `at_most` a list's, `shortest` and `longest` the length of each string of a list (or of a `Text`), `form` a
    regular expression each matches; a `unique` list names each item once; an `optional` list or object may be
    left out of the file (it is then empty, or `default`); `names` is a regular expression the names of an
    object's entries match (`at_least`/`at_most` bound their count); `among` lists the numbers a number (or each
    of a `Numbered`'s) may be, or the strings each item of a list may be; `needs` the names an object must give;
    `each` the least and greatest count of each list of a `Lists` (whose strings `shortest`, `longest` and `form`
    bound); `shortest=0` lets a `Text` be empty; `description` goes into the schema."""
    bounds = tuple((k, v) for k, v in dict(minimum=low, maximum=high, exclusiveMinimum=above).items() if v is not None)
    return field(metadata={_KEY: name, _SCHEMA: _Given(description, at_least, at_most, bounds, shortest, longest,
                                                       form, unique, optional, default, names, among, needs,
                                                       each)})


def declares(pattern: str):
    """Class decorator: the dataclass's `key()` fields are lists of patterns/<pattern>.yaml."""
    def register(cls: type[T]) -> type[T]:
        DECLARED.setdefault(pattern, []).append(cls)
        return cls
    return register


def _declared(cls: type) -> list[tuple[str, str, Any]]:
    """(field name, key in the file, how it is read: a kind above or a section's dataclass) of every field the
    file gives."""
    hints = get_type_hints(cls, vars(sys.modules[cls.__module__]) | _KINDS)
    found = []
    for item in fields(cls):
        if _KEY in item.metadata:
            kind = hints[item.name]
            if kind not in _READ and not is_dataclass(kind) and _sections(kind) is None and _records(kind) is None:
                raise TypeError(f"{cls.__qualname__}.{item.name}: a pattern file's entry is read as Words, Phrases, "
                                "Listed, Numbered, Groups, Lists, Pairs, Sets, Amounts, Text, Whole, Number, Flag, "
                                "TokenPatterns, Texts or a section (a dataclass, named ones: dict[str, a dataclass], "
                                "or a list of them: tuple[a dataclass, ...])")
            found.append((item.name, item.metadata[_KEY] or item.name, kind))
    return found


def load(cls: type[T], data: dict[str, Any], **derived: Any) -> T:
    """The rules record: every `key()` field read from the file's `data` (a section from its own object), the
    others given as `derived`."""
    read = {}
    for name, at, kind in _declared(cls):
        if is_dataclass(kind):
            read[name] = load(kind, data[at]) if at in data or not _given(cls)[name].optional else None
        elif at not in data and _given(cls)[name].optional:  # an optional entry the file leaves out: empty
            read[name] = _given(cls)[name].default if _given(cls)[name].default is not None else \
                {} if kind in (Numbered, Groups, Lists, Amounts, Texts, TokenPatterns) or _sections(kind) else \
                "" if kind is Text else () if _records(kind) else _READ[kind]([])
        elif section := _sections(kind):
            read[name] = {str(each): load(section, entries) for each, entries in data[at].items()}
        elif section := _records(kind):
            read[name] = tuple(load(section, entries) for entries in data[at])
        else:
            read[name] = _READ[kind](data[at])
    return cls(**read, **derived)


def _given(cls: type) -> dict[str, _Given]:
    """What each field's `key()` says beyond its kind."""
    return {item.name: item.metadata.get(_SCHEMA, _Given()) for item in fields(cls)}


def schema_properties(cls: type) -> dict[str, dict]:
    """The schema of every entry the dataclass reads from its file, by key (a section: an object of its own)."""
    made = {}
    given = _given(cls)
    for name, at, kind in _declared(cls):
        said = given[name]
        if is_dataclass(kind):
            made[at] = _object_schema(kind)
        elif section := _sections(kind):
            made[at] = {"type": "object", "additionalProperties": _object_schema(section)}
        elif section := _records(kind):
            made[at] = {"type": "array", "minItems": 1, "items": _object_schema(section)}
        elif said.shortest is not None or said.longest or said.form or said.each:  # each string: not $defs.words
            least = 1 if said.shortest is None else said.shortest
            string = {"type": "string", **({"minLength": least} if least else {}),
                      **({"maxLength": said.longest} if said.longest else {}),
                      **({"pattern": said.form} if said.form else {})}
            listed = {"type": "array", "minItems": said.each[0] if said.each else 1,
                      **({"maxItems": said.each[1]} if said.each else {}), "items": string}
            made[at] = string if kind is Text else \
                {"type": "object", "additionalProperties": listed} if kind == Lists else listed
        else:
            made[at] = json.loads(json.dumps(_SCHEMAS[kind]))
        if said.bounds:
            (made[at]["additionalProperties"] if kind in (Numbered, Amounts) else made[at]).update(said.bounds)
        if said.among and kind in (Listed, Words):  # each item one of these
            made[at] = {"type": "array", "minItems": 1, "items": {"enum": list(said.among)}}
        elif said.among:
            (made[at]["additionalProperties"] if kind in (Numbered, Amounts) else made[at])["enum"] = list(said.among)
        if said.at_least is not None:
            made[at]["minProperties" if made[at].get("type") == "object" else "minItems"] = said.at_least
        if said.at_most is not None:
            made[at]["maxProperties" if made[at].get("type") == "object" else "maxItems"] = said.at_most
        if said.names:
            made[at]["propertyNames"] = {"pattern": said.names}
        if said.needs:
            made[at]["required"] = list(said.needs)
        if said.unique and kind in (Groups, Lists):  # each named list names an item once
            made[at]["additionalProperties"] = {**made[at]["additionalProperties"], "uniqueItems": True}
        elif said.unique:
            made[at]["uniqueItems"] = True
        if said.description:
            made[at]["description"] = said.description
    return made


def _object_schema(cls: type) -> dict[str, Any]:
    """A section's schema: its entries, those not `optional` required, nothing else; at least
    `entries_at_least` of them where the class says so (a section of optional entries that may not be empty)."""
    own = schema_properties(cls)
    given = _given(cls)
    required = [at for name, at, _ in _declared(cls) if not given[name].optional]
    least = getattr(cls, "entries_at_least", None)
    return {"type": "object", "additionalProperties": False, "required": required, "properties": own,
            **({"minProperties": least} if least else {})}


def with_declarations(schema: dict[str, Any], pattern: str) -> dict[str, Any]:
    """`schema` (of patterns/<pattern>.yaml) with the properties of its declarations written in, required unless
    optional."""
    schema = json.loads(json.dumps(schema))
    required = schema.setdefault("required", [])
    for cls in DECLARED.get(pattern, []):
        given = _given(cls)
        optional = {at for name, at, _ in _declared(cls) if given[name].optional}
        for at, property_schema in schema_properties(cls).items():
            schema.setdefault("properties", {})[at] = property_schema
            if at not in required and at not in optional:
                required.append(at)
    schema.setdefault("$defs", {}).setdefault("words", dict(_DEFS_WORDS))
    return schema
