"""The language of what the commands say (--lang nl|en): given, else the locale's, Dutch when it is unknown."""

from __future__ import annotations

import os
from collections.abc import Mapping

LANGUAGES = ("nl", "en")
DEFAULT = "nl"


def from_locale(environ: Mapping[str, str] | None = None) -> str:
    """"en" or "nl" from the first of LC_ALL, LC_MESSAGES and LANG that is set (en_GB.UTF-8 -> en); Dutch
    when none is, or it names another language or none ("C", "POSIX")."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            code = value.split(".")[0].split("@")[0].split("_")[0].lower()
            return code if code in LANGUAGES else DEFAULT
    return DEFAULT


def use(code: str | None) -> str:
    """Render everything from now on in `code`, else in the locale's language; returns the language used."""
    from extractor.diff.messages import use_language

    chosen = code or from_locale()
    use_language(chosen)
    return chosen
