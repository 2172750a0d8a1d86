"""Where the tool's data files are: patterns/ and schemas/, inside the installed package (a wheel) or at the
top of the repository (a checkout), and a digest of the pattern files for the caches' keys."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractor.runtime.errors import PatternError


def _data_dir(installed: str, checkout: str) -> Path:
    """A data folder: inside the installed package (a wheel), else at the top of the repository."""
    here = Path(__file__).resolve().parents[1]  # the package extractor/
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


def fingerprint() -> str:
    """A digest of every pattern file: what a cache of results must be keyed by."""
    import hashlib

    digest = hashlib.sha256()
    for name in pattern_names():
        digest.update(name.encode())
        digest.update((patterns_dir() / f"{name}.yaml").read_bytes())
    return digest.hexdigest()
