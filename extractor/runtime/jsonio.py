"""Every JSON the tool writes is validated against its schema first, then written atomically.

python-jsonschema is the reference; jsonschema-rs, a Rust implementation of the same Draft 2020-12, checks
first because it is about a hundred times faster (validation was a third of a corpus run). A document it
accepts is valid; any other goes to python-jsonschema, which says what is wrong and where, and decides.

The text is the standard library's `json.dumps(data, ensure_ascii=False, indent=2)` and a newline. orjson
writes the same bytes about twenty times faster, except for a float below 1e-4 (orjson "1e-5", json "1e-05"),
a non-string key or an integer beyond 64 bits: output where one of those could be is encoded by json instead.
"""

from __future__ import annotations

import json
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extractor.runtime.folders import temporary_prefix
from extractor.dutch.patterns import schemas_dir
from extractor.runtime.terminal import whole_write

if TYPE_CHECKING:  # python-jsonschema loads only when jsonschema-rs is missing or a document breaks its schema
    from jsonschema import Draft202012Validator


class SchemaViolation(Exception):
    """Output that breaks its schema: a bug in the tool, reported with the JSON path; nothing is written."""


@cache
def validator(name: str) -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    schema = json.loads((schemas_dir() / f"{name}.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(inline_definitions(schema))


def inline_definitions(schema: dict) -> dict:
    """The schema with every local "#/$defs/..." reference replaced by the definition it names.

    The same schema, checked faster: jsonschema resolves a $ref at every use (a quarter of the time of
    validating a report). Our schemas have no recursive definitions; a deep chain would stop inlining
    and keep its $ref."""
    definitions = schema.get("$defs", {})

    def inline(node: Any, depth: int) -> Any:
        if isinstance(node, list):
            return [inline(item, depth) for item in node]
        if not isinstance(node, dict):
            return node
        reference = node.get("$ref")
        if isinstance(reference, str) and reference.startswith("#/$defs/") and depth < 20:
            target = inline(definitions[reference[len("#/$defs/"):]], depth + 1)
            rest = {key: inline(value, depth) for key, value in node.items() if key != "$ref"}
            return {"allOf": [target], **rest} if rest else target
        return {key: inline(value, depth) for key, value in node.items()}

    return inline(schema, 0)


@cache
def fast_validator(name: str) -> Any | None:
    """The jsonschema-rs validator of a schema, or None when that package is not installed."""
    try:
        import jsonschema_rs
    except ImportError:
        return None
    schema = json.loads((schemas_dir() / f"{name}.schema.json").read_text(encoding="utf-8"))
    return jsonschema_rs.validator_for(schema)


def validate(data: Any, schema: str) -> None:
    fast = fast_validator(schema)
    if fast is not None and fast.is_valid(data):
        return
    errors = list(validator(schema).iter_errors(data))
    if errors:
        from jsonschema.exceptions import best_match

        error = best_match(errors)
        raise SchemaViolation(f"output breaks schemas/{schema}.schema.json at {error.json_path}: {error.message}"
                              f" ({len(errors)} error{'s' if len(errors) > 1 else ''} in all)")


try:
    import orjson
except ImportError:  # an optional speed-up: json gives the same text
    orjson = None


def encode(data: Any) -> bytes:
    """The UTF-8 JSON text of `data`, indented by two spaces, ending in a newline."""
    if orjson is not None:
        try:
            encoded = orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
        except TypeError:  # a non-string key, an integer beyond 64 bits: json writes it
            encoded = None
        if encoded is not None and not _may_hold_a_tiny_float(encoded):
            return encoded
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _may_hold_a_tiny_float(encoded: bytes) -> bool:
    """Whether orjson's text may hold a number json writes otherwise: one below 1e-4, which orjson writes as
    "0.00001" or "1e-7". "0.0000", or "e-" after a digit ("1e-7", not "sociale-"), anywhere; a match inside a
    string only costs the slower encoder."""
    if b"0.0000" in encoded:
        return True
    at = encoded.find(b"e-")
    while at != -1:
        if at and encoded[at - 1] in b"0123456789":
            return True
        at = encoded.find(b"e-", at + 2)
    return False


class UnreadableJson(ValueError):
    """A JSON text a user gave that cannot be read: its reason says why, in words."""


def _not_json(constant: str) -> Any:
    raise UnreadableJson(f"it holds {constant}, which JSON does not allow")


def loads_given(text: str | bytes) -> Any:
    """A JSON text a user gave (a report JSON, a baseline): NaN and Infinity, which Python's json accepts, are
    refused; so is a text nested too deep for the parser. Raises UnreadableJson with the reason, or
    json.JSONDecodeError / UnicodeDecodeError as json does."""
    try:
        return json.loads(text, parse_constant=_not_json)
    except RecursionError:
        raise UnreadableJson("it is nested too deep for a report JSON (arrays or objects within each other "
                             "thousands of times)") from None


def dumps(data: Any) -> str:
    return encode(data).decode("utf-8")


def write_json(path: Path, data: Any, schema: str) -> None:
    """Validate, then write to a temporary file beside `path` and rename it over: never a partial file."""
    validate(data, schema)
    write_atomic(path, encode(data))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text_atomic(path: Path, text: str) -> None:
    write_atomic(path, text.encode("utf-8"))


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` into a temporary file beside `path`, then rename it over: never a partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with whole_write():  # a signal meanwhile is acted on once the file is in place
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=temporary_prefix(path.name), suffix=".tmp")
        try:
            os.fchmod(handle, 0o666 & ~_umask())  # mkstemp makes files private; outputs are ordinary files
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, path)
        except BaseException as error:
            Path(temporary).unlink(missing_ok=True)
            if isinstance(error, OSError) and error.filename in (None, temporary):  # a write: name the target
                raise OSError(error.errno, error.strerror, str(path)) from None  # (the same OSError subclass)
            raise
