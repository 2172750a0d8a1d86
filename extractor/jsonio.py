"""Every JSON the tool writes is validated against its schema first, then written atomically."""

from __future__ import annotations

import json
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from extractor.patterns import schemas_dir


class SchemaViolation(Exception):
    """Output that breaks its schema: a bug in the tool, reported with the JSON path; nothing is written."""


@cache
def validator(name: str) -> Draft202012Validator:
    schema = json.loads((schemas_dir() / f"{name}.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def validate(data: Any, schema: str) -> None:
    errors = list(validator(schema).iter_errors(data))
    if errors:
        error = best_match(errors)
        raise SchemaViolation(f"output breaks schemas/{schema}.schema.json at {error.json_path}: {error.message}"
                              f" ({len(errors)} error{'s' if len(errors) > 1 else ''} in all)")


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def write_json(path: Path, data: Any, schema: str) -> None:
    """Validate, then write to a temporary file beside `path` and rename it over: never a partial file."""
    validate(data, schema)
    write_text_atomic(path, dumps(data))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(handle, 0o666 & ~_umask())  # mkstemp makes files private; outputs are ordinary files
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
