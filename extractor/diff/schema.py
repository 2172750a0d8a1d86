"""Validation of findings JSON against schemas/findings.schema.json before it is written or printed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from extractor.runtime.jsonio import SchemaViolation
from extractor.runtime.jsonio import validate as validate_against
from extractor.runtime.jsonio import validator as validator_for

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator


class FindingsSchemaError(SchemaViolation):
    """Findings that do not match their schema: a bug in the differ, reported with the JSON path."""


def validator() -> Draft202012Validator:
    return validator_for("findings")


def validate(data: dict[str, Any]) -> dict[str, Any]:
    try:
        validate_against(data, "findings")
    except SchemaViolation as error:
        raise FindingsSchemaError(f"findings JSON: {error}") from None
    return data
