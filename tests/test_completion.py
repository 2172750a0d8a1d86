"""Shell completion made from the parsers (`extract completion bash|zsh|tcsh`, issue 22 point 8): it knows every
command and each command's own options and choices, and bash completes with it."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from extractor import cli

pytestmark = pytest.mark.usefixtures("in_english")  # the English wording of the error lines


def _script(shell: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(["completion", shell], out, err) == 0 and err.getvalue() == ""
    return out.getvalue()


def test_the_scripts_know_every_command_and_option() -> None:
    bash = _script("bash")
    for word in ("diff", "check", "series", "explain", "baseline", "completion", "review", "--against", "--baseline",
                 "--lang", "--fail-on", "--format", "xlsx", "--level"):
        assert word in bash, word
    assert bash.rstrip().endswith("complete -o bashdefault -F _shtab_extract extract")
    assert _script("zsh").startswith("#compdef extract")


def test_an_unknown_shell_is_a_usage_error() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(["completion", "fish"], out, err) == 2
    assert "invalid choice: 'fish'" in err.getvalue()


@pytest.mark.slow  # starts bash
@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash")
@pytest.mark.parametrize("words, expected", [
    (["extract", "ch"], ["check"]),
    (["extract", "rev"], ["review"]),
    (["extract", "check", "--ag"], ["--against"]),
    (["extract", "--base"], ["--baseline"]),
    (["extract", "series", "corpus/", "--format", ""], ["csv", "json", "sqlite", "xlsx"]),
    (["extract", "diff", "a", "b", "--lang", ""], ["en", "nl"]),
])
def test_bash_completes_with_it(tmp_path: Path, words: list[str], expected: list[str]) -> None:
    script = tmp_path / "extract.bash"
    script.write_text(_script("bash"), encoding="utf-8")
    quoted = " ".join(f"'{w}'" for w in words)
    probe = (f"source {script}; COMP_WORDS=({quoted}); COMP_CWORD={len(words) - 1}; _shtab_extract; "
             'printf "%s\\n" "${COMPREPLY[@]}"')
    done = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, check=True)
    assert sorted(done.stdout.split()) == expected


@pytest.mark.parametrize("lang, said, not_said", [
    ("nl", "toon deze hulp en stop", "show this help message"),
    ("en", "show this help message and exit", "toon deze hulp")])
def test_zsh_describes_the_options_in_the_language_of_lang(lang: str, said: str, not_said: str) -> None:
    """The descriptions a zsh or tcsh script shows beside each option follow --lang (vocabulary.help), as
    --help does; the commands and options themselves are the same."""
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(["completion", "zsh", "--lang", lang], out, err) == 0, err.getvalue()
    script = out.getvalue()
    assert said in script and not_said not in script
    assert "--against" in script and "--fail-on" in script
