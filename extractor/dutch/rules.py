"""Rule parameters declared once. A recogniser's rules are a frozen dataclass; a field made with `key()` is a
word list of its pattern file, read the one way every recogniser reads them: `Words` (a set of lower-case
words) or `Phrases` (lower-case word tuples, the longest first, so that "meer dan" is tried before "meer").
`load` builds the record from the file, and `schema_properties` writes the part of the file's schema that
holds those lists: the dataclass is the one declaration, the schema is made from it.

To add a rule parameter: a field `name: Words = key()` (or `Phrases`) in the rules dataclass, the list in the
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

_KEY = "pattern_key"  # a field's metadata: the key of its list in the pattern file ("" for its own name)
_WORD_LIST = {"$ref": "#/$defs/words"}  # the schema of a word list: $defs.words of the file's schema
_DEFS_WORDS = {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}
T = TypeVar("T")

DECLARED: dict[str, list[type]] = {}  # pattern file name -> the rules dataclasses that read it


def as_words(items: Iterable[str]) -> Words:
    return frozenset(item.lower() for item in items)


def as_phrases(items: Iterable[str]) -> Phrases:
    """Each phrase once, as its lower-case words; the longest first, then in alphabetical order."""
    return tuple(sorted({tuple(item.lower().split()) for item in items}, key=lambda words: (-len(words), words)))


def key(name: str = "") -> Any:
    """A field read from the pattern file: the word list under the field's own name, or under `name`."""
    return field(metadata={_KEY: name})


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
            if kind not in (Words, Phrases):
                raise TypeError(f"{cls.__qualname__}.{item.name}: a pattern file's list is read as Words or Phrases")
            found.append((item.name, item.metadata[_KEY] or item.name, kind))
    return found


def load(cls: type[T], data: dict[str, Any], **derived: Any) -> T:
    """The rules record: every `key()` field read from the file's `data`, the others given as `derived`."""
    read = {name: (as_words if kind == Words else as_phrases)(data[at]) for name, at, kind in _declared(cls)}
    return cls(**read, **derived)


def schema_properties(cls: type) -> dict[str, dict]:
    """The schema of every list the dataclass reads from its file, by key."""
    return {at: dict(_WORD_LIST) for _, at, _ in _declared(cls)}


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
