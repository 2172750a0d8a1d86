"""Loading the Dutch language data in patterns/: every file is validated against its schema when it loads.

Each pattern file is YAML with a `description`, its data, `examples` (texts with what must be found in
them) and `negative_examples` (texts in which nothing of that kind may be found). tests/test_patterns.py
runs every example of every file. The schema of `patterns/<name>.yaml` is `schemas/patterns/<name>.schema.json`.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from extractor.errors import PatternError


def _data_dir(installed: str, checkout: str) -> Path:
    """A data folder: inside the installed package (a wheel), else at the top of the repository."""
    here = Path(__file__).resolve().parent
    for candidate in (here / installed, here.parent / checkout):
        if candidate.is_dir():
            return candidate
    raise PatternError(f"{here.parent / checkout}: folder missing; reinstall the package")


@cache
def patterns_dir() -> Path:
    return _data_dir("_patterns", "patterns")


@cache
def schemas_dir() -> Path:
    return _data_dir("_schemas", "schemas")


def pattern_names() -> list[str]:
    return sorted(p.stem for p in patterns_dir().glob("*.yaml"))


# libyaml's loader when PyYAML was built with it: the same data, eight times faster (a worker's start-up)
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load(name: str) -> dict[str, Any]:
    """The validated content of patterns/<name>.yaml (cached: the files do not change during a run)."""
    path = patterns_dir() / f"{name}.yaml"
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except FileNotFoundError:
        raise PatternError(f"{path}: no such pattern file") from None
    except yaml.YAMLError as exc:
        raise PatternError(f"{path}: not valid YAML: {exc}") from None
    schema_path = schemas_dir() / "patterns" / f"{name}.schema.json"
    if not schema_path.exists():
        raise PatternError(f"{path}: no schema at {schema_path}; every pattern file needs one")
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    errors = list(Draft202012Validator(schema).iter_errors(data))
    if errors:
        error = best_match(errors)
        raise PatternError(f"{path}: at {error.json_path}: {error.message}"
                           f" ({len(errors)} error{'s' if len(errors) > 1 else ''} in all)")
    return data


def fingerprint() -> str:
    """A digest of every pattern file: what a cache of results must be keyed by."""
    import hashlib

    digest = hashlib.sha256()
    for name in pattern_names():
        digest.update(name.encode())
        digest.update((patterns_dir() / f"{name}.yaml").read_bytes())
    return digest.hexdigest()
