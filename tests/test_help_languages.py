"""--help in the language of --lang (issue 22, point 5): argparse's own titles, each command's description and
examples and every option's help come from vocabulary.help of patterns/findings.yaml, in Dutch and English; what
stays as it is are ids: the commands, options and their choices, and the placeholders (FILE, DIR, YEAR)."""

from __future__ import annotations

import io
import re

import pytest

from extractor import cli
from extractor.dutch.patterns import load

COMMANDS = ("", "diff", "check", "series", "explain", "baseline", "review", "completion")


def _help(command: str, lang: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(([command] if command else []) + ["--help", "--lang", lang], out, err) == 0, err.getvalue()
    return out.getvalue()


def _options(text: str) -> dict[str, str]:
    """Each option's help as shown (--lang, -o, …), its lines joined."""
    found: dict[str, str] = {}
    option = None
    for line in text.splitlines():
        start = re.match(r"  (-[\w-]+(?: \S+)?(?:, --[\w-]+(?: \S+)?)?|[a-z]\w*|[A-Z]+)(?:  +(.*))?$", line)
        if start:
            option = start.group(1).split(",")[-1].split()[0]
            found[option] = start.group(2) or ""
        elif option and line.startswith("      "):  # a wrapped line of its help
            found[option] = (found[option] + " " + line.strip()).strip()
        else:
            option = None
    return found


@pytest.mark.parametrize("command", COMMANDS)
def test_help_is_in_dutch_with_lang_nl(command: str) -> None:
    text = _help(command, "nl")
    assert text.startswith("gebruik: extract") and "\nopties:\n" in text and "usage:" not in text
    assert _options(text)["--help"] == "toon deze hulp en stop"
    words = load("findings")["vocabulary"]["help"]["commands"][command or "extract"]
    assert words["description"].split("\n")[0] in text


@pytest.mark.parametrize("command", COMMANDS)
def test_help_in_english_is_the_english_of_the_pattern_file(command: str) -> None:
    text = _help(command, "en")
    assert text.startswith("usage: extract") and "\noptions:\n" in text
    assert _options(text)["--help"] == "show this help message and exit"


def test_every_option_of_every_command_has_its_help_in_both_languages() -> None:
    """No option's help is left to the code's English: each dest of each parser is in both vocabularies."""
    findings = load("findings")
    dutch, english = (findings["vocabulary"]["help"]["commands"],
                      findings["english"]["vocabulary"]["help"]["commands"])
    for command in COMMANDS:
        text = _help(command, "nl")
        shown = _options(text)
        assert shown, command
        for option, words in shown.items():
            dutch_words = {re.sub(r"\s+", "", w) for w in dutch[command or "extract"]["options"].values()}
            assert words and re.sub(r"\s+", "", words) in dutch_words, (command, option, words)  # wrapped lines
    assert dutch.keys() == english.keys()
    assert all(dutch[c]["options"].keys() == english[c]["options"].keys() for c in dutch)
    assert _options(_help("diff", "nl"))["--lang"] == ("de taal van bevindingen, samenvattingen en tabelkoppen "
                                                       "(standaard: die van de locale, Nederlands als die onbekend is)")
