"""Validation of findings JSON against schemas/findings.schema.json before it is written or printed."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

SCHEMA = "findings.schema.json"


class FindingsSchemaError(Exception):
    """Findings that do not match their schema: a bug in the differ, reported with the JSON path."""


def _schema_path() -> Path:
    try:
        from extractor.patterns import schemas_dir
    except ImportError:  # the differ used on its own, without the extractor's loader
        return Path(__file__).resolve().parents[2] / "schemas" / SCHEMA
    return schemas_dir() / SCHEMA


@cache
def validator() -> Draft202012Validator:
    schema = json.loads(_schema_path().read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def validate(data: dict[str, Any]) -> dict[str, Any]:
    errors = list(validator().iter_errors(data))
    if errors:
        error = best_match(errors)
        raise FindingsSchemaError(f"findings JSON at {error.json_path}: {error.message}"
                                  f" ({len(errors)} error{'s' if len(errors) > 1 else ''} in all)")
    return data
