"""The README is the user's manual: its commands must be the real ones."""

from __future__ import annotations

import re

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_the_readmes_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = next(line for line in ci.splitlines() if line.startswith("python3 -m venv"))
    assert f"```sh\n{command}\n```" in README


def test_the_first_screen_has_the_two_commands() -> None:
    first_screen = "\n".join(README.splitlines()[:25])
    assert ".venv/bin/extract corpus/" in first_screen
    assert ".venv/bin/python -m pytest" in first_screen


def test_every_command_and_option_is_in_the_readme() -> None:
    import argparse
    import io

    from extractor import cli

    parser = cli._main_parser(io.StringIO(), io.StringIO())
    options = {o for action in parser._actions for o in action.option_strings if o.startswith("--")}
    options -= {"--help", "--version"}
    for option in sorted(options):
        assert option in README, option
    for command in ("extract explain", "extract diff", "extract check"):
        assert command in README, command
    assert isinstance(parser, argparse.ArgumentParser)


def test_the_readmes_json_example_is_real() -> None:
    import json

    example = re.search(r"```json\n(.*?)\n```", README, re.S).group(1)
    committed = json.loads((ROOT / "outputs" / "smartcoop-bijzonder-verslag-2024.json").read_text("utf-8"))
    assert json.loads(example) in committed["indicators"]


def test_every_package_is_in_the_distribution() -> None:
    """pyproject.toml lists packages by hand (patterns/ and schemas/ ship inside the package): none missing."""
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "extractor").rglob("__init__.py")}
    tracked = {p for p in on_disk if (ROOT / p.replace(".", "/")).exists()}
    assert tracked <= listed, sorted(tracked - listed)
