"""Rule parameters declared once. A recogniser's rules are a frozen dataclass; a field made with `key()` is a
word list of its pattern file, read the one way every recogniser reads them: `Words` (a set of lower-case
words), `Phrases` (lower-case word tuples, the longest first, so that "meer dan" is tried before "meer") or
`Numbered` (lower-case words or phrases, each with a whole number: a month name and its number).
`load` builds the record from the file, and `schema_properties` writes the part of the file's schema that
holds those lists: the dataclass is the one declaration, the schema is made from it.

To add a rule parameter: a field `name: Words = key()` (or `Phrases`, or `Numbered = key(low=1, high=12)`) in
the rules dataclass, the list in the
YAML, then `python -m extractor.dutch.rule_schemas` writes its schema (tests/test_rule_declarations.py fails until
the schema and the declaration agree).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import field, fields
from typing import Any, TypeVar, get_type_hints

Words = frozenset[str]
Phrases = tuple[tuple[str, ...], ...]
Numbered = dict[str, int]

_KEY = "pattern_key"  # a field's metadata: the key of its list in the pattern file ("" for its own name)
_SCHEMA = "pattern_schema"  # a field's metadata: what its schema adds (bounds, a least count, a description)
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


_READ = {Words: as_words, Phrases: as_phrases, Numbered: as_numbered}


def key(name: str = "", *, low: int | None = None, high: int | None = None, at_least: int | None = None,
        description: str | None = None) -> Any:
    """A field read from the pattern file: the list under the field's own name, or under `name`. `low` and
    `high` bound a `Numbered` field's numbers, `at_least` its count; `description` goes into the schema."""
    bounds = {k: v for k, v in dict(minimum=low, maximum=high).items() if v is not None}
    return field(metadata={_KEY: name, _SCHEMA: (description, at_least, bounds)})


def declares(pattern: str):
    """Class decorator: the dataclass's `key()` fields are lists of patterns/<pattern>.yaml."""
    def register(cls: type[T]) -> type[T]:
        DECLARED.setdefault(pattern, []).append(cls)
        return cls
    return register


def _declared(cls: type) -> list[tuple[str, str, Any]]:
    """(field name, key in the file, how it is read) of every field the file gives."""
    hints = get_type_hints(cls, vars(sys.modules[cls.__module__]) | {"Words": Words, "Phrases": Phrases})
    found = []
    for item in fields(cls):
        if _KEY in item.metadata:
            kind = hints[item.name]
            if kind not in _READ:
                raise TypeError(f"{cls.__qualname__}.{item.name}: a pattern file's list is read as Words, Phrases "
                                "or Numbered")
            found.append((item.name, item.metadata[_KEY] or item.name, kind))
    return found


def load(cls: type[T], data: dict[str, Any], **derived: Any) -> T:
    """The rules record: every `key()` field read from the file's `data`, the others given as `derived`."""
    read = {name: _READ[kind](data[at]) for name, at, kind in _declared(cls)}
    return cls(**read, **derived)


def schema_properties(cls: type) -> dict[str, dict]:
    """The schema of every list the dataclass reads from its file, by key."""
    made = {}
    given = {item.name: item.metadata.get(_SCHEMA, (None, None, {})) for item in fields(cls)}
    for name, at, kind in _declared(cls):
        description, at_least, bounds = given[name]
        if kind == Numbered:
            made[at] = {"type": "object", "additionalProperties": {"type": "integer", **bounds}}
            least = "minProperties"
        else:
            made[at] = dict(_WORD_LIST)
            least = "minItems"
        if at_least is not None:
            made[at][least] = at_least
        if description:
            made[at]["description"] = description
    return made


def with_declarations(schema: dict[str, Any], pattern: str) -> dict[str, Any]:
    """`schema` (of patterns/<pattern>.yaml) with the properties of its declarations written in, required."""
    schema = json.loads(json.dumps(schema))
    required = schema.setdefault("required", [])
    for cls in DECLARED.get(pattern, []):
        for at, property_schema in schema_properties(cls).items():
            schema.setdefault("properties", {})[at] = property_schema
            if at not in required:
                required.append(at)
    schema.setdefault("$defs", {}).setdefault("words", dict(_DEFS_WORDS))
    return schema
