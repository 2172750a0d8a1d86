"""Loading the Dutch language data in patterns/: every file is validated against its schema when it loads.

Each pattern file is YAML with a `description`, its data, `examples` (texts with what must be found in
them) and `negative_examples` (texts in which nothing of that kind may be found). tests/test_patterns.py
runs every example of every file. The schema of `patterns/<name>.yaml` is `schemas/patterns/<name>.schema.json`.

What a file loads to, once validated, is kept in the cache folder (`cache.startup_store()`), keyed on the
bytes of the file and of its schema and on the YAML parser's version: a later process loads it (marshal)
without parsing the YAML or validating it again. A changed file or schema is another key: parsed and
validated as before.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from extractor.runtime.data_files import fingerprint, pattern_names, patterns_dir, schemas_dir  # noqa: F401 (what callers use)
from extractor.runtime.errors import PatternError


@cache
def load(name: str) -> dict[str, Any]:
    """The validated content of patterns/<name>.yaml (cached: the files do not change during a run)."""
    path = patterns_dir() / f"{name}.yaml"
    schema_path = schemas_dir() / "patterns" / f"{name}.schema.json"
    try:
        text = path.read_bytes()
    except FileNotFoundError:
        raise PatternError(f"{path}: no such pattern file") from None
    try:
        schema_text = schema_path.read_bytes()
    except FileNotFoundError:
        raise PatternError(f"{path}: no schema at {schema_path}; every pattern file needs one") from None
    from extractor.runtime import cache as caches

    return caches.startup_table(("pattern file", name, text, schema_text, _yaml_version()),
                                lambda: _parsed(path, text, schema_text))


@cache
def _yaml_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("PyYAML")
    except metadata.PackageNotFoundError:
        return "-"


def safe_loader():
    """libyaml's loader when PyYAML was built with it: the same data, eight times faster."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parsed(path: Path, text: bytes, schema_text: bytes) -> dict[str, Any]:
    """The content of a pattern file, parsed and validated against its schema."""
    import yaml
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    try:
        data = yaml.load(text.decode("utf-8"), Loader=safe_loader())
    except UnicodeDecodeError as exc:
        raise PatternError(f"{path}: not UTF-8 text: {exc}") from None
    except yaml.YAMLError as exc:
        raise PatternError(f"{path}: not valid YAML: {exc}") from None
    schema = json.loads(schema_text.decode("utf-8"))
    errors = list(Draft202012Validator(schema).iter_errors(data))
    if errors:
        error = best_match(errors)
        raise PatternError(f"{path}: at {error.json_path}: {error.message}"
                           f" ({len(errors)} error{'s' if len(errors) > 1 else ''} in all)")
    return data


def __getattr__(name: str) -> Any:
    if name == "SAFE_LOADER":  # the loader, for the modules that read a YAML file of their own
        return safe_loader()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
