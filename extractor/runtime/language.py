"""The language of what the commands say (--lang nl|en): given, else the locale's, Dutch when it is unknown."""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping

LANGUAGES = ("nl", "en")
DEFAULT = "nl"
_current = [DEFAULT]  # the language of this process's messages (extractor/diff/messages.py reads it)


def current() -> str:
    return _current[0]


def set_current(code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; expected one of {', '.join(LANGUAGES)}")
    _current[0] = code


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


class using:  # noqa: N801 - used as `with using(lang):`, like a function
    """Render in `code` inside the `with` block, else in the locale's language (Dutch when it is unknown), as
    --lang does for a command; the language before it holds again after (the Python API's `lang=`)."""

    def __init__(self, code: str | None) -> None:
        self.code = code or from_locale()
        if self.code not in LANGUAGES:
            raise ValueError(f"unknown language {code!r}; expected one of {', '.join(LANGUAGES)}")

    def __enter__(self) -> str:
        self.before = current()
        set_current(self.code)
        return self.code

    def __exit__(self, *exc: object) -> None:
        set_current(self.before)


def use(code: str | None) -> str:
    """Render everything from now on in `code`, else in the locale's language; returns the language used."""
    chosen = code or from_locale()
    set_current(chosen)
    return chosen


def help_words() -> dict:
    """vocabulary.help of patterns/findings.yaml in the language of this process (read without the differ, which
    would load spaCy: --help stays quick)."""
    from extractor.dutch.patterns import load

    findings = load("findings")
    return (findings if current() == "nl" else findings["english"])["vocabulary"]["help"]


def localise(parser: argparse.ArgumentParser, command: str) -> None:
    """A command's parser in the language of this process: its description, examples (epilog), every option's
    help by the option's dest, and argparse's titles (vocabulary.help.commands.<command>)."""
    words = help_words()
    found = words["commands"].get(command)
    if found is not None:
        parser.description, parser.epilog = found["description"], found.get("epilog")
        for action in parser._actions:
            action.help = found["options"].get(action.dest, action.help)
    parser._positionals.title, parser._optionals.title = words["positionals"], words["options"]
