"""`extract completion bash|zsh|tcsh`: a shell completion script, generated from the commands' own parsers by
shtab (so it never lags behind an option): `extract completion bash > ~/.local/share/bash-completion/completions/extract`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

SHELLS = ("bash", "zsh", "tcsh")
EPILOG = """\
example:
  extract completion bash > ~/.local/share/bash-completion/completions/extract
  extract completion zsh > ~/.zfunc/_extract      (with fpath+=~/.zfunc in ~/.zshrc)
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = "Print a shell completion script for extract and its commands, made from their parsers."
    parser.epilog = EPILOG
    parser.add_argument("shell", choices=SHELLS, help="the shell: bash, zsh or tcsh")


@dataclass(frozen=True)
class Parsers:
    """What the command line (extractor/cli.py) builds its own parsers with, handed in so this module needs
    nothing of it: the main parser, the explain parser (each given stdout and stderr), the --lang option."""

    main: Callable[[TextIO, TextIO], argparse.ArgumentParser]
    explain: Callable[[TextIO, TextIO], argparse.ArgumentParser]
    add_language: Callable[[argparse.ArgumentParser], None]


def whole_parser(parsers: Parsers) -> argparse.ArgumentParser:
    """One parser holding every command as a subcommand, with the options and arguments each really takes."""
    import io

    import shtab

    from extractor.commands import baseline, compare, review, series

    quiet = io.StringIO()
    top = parsers.main(quiet, quiet)
    for action in list(top._actions):
        if action.dest == "paths":  # the commands take the first word; a report path falls back to the shell's
            top._remove_action(action)  # own file completion (complete -o bashdefault)
            top._positionals._group_actions.remove(action)
    commands = top.add_subparsers(dest="command", metavar="COMMAND", parser_class=argparse.ArgumentParser)
    for name in ("diff", "check"):
        sub = commands.add_parser(name, help=f"extract {name}")
        compare.add_arguments(sub, name)
        parsers.add_language(sub)
    sub = commands.add_parser("series", help="extract series")
    series.add_arguments(sub)
    parsers.add_language(sub)
    sub = commands.add_parser("baseline", help="extract baseline")
    baseline.add_arguments(sub)
    parsers.add_language(sub)
    explain = parsers.explain(quiet, quiet)
    sub = commands.add_parser("explain", help="extract explain", parents=[explain], add_help=False)
    sub = commands.add_parser("review", help="extract review")
    review.add_arguments(sub)
    parsers.add_language(sub)
    sub = commands.add_parser("completion", help="extract completion")
    add_arguments(sub)
    from extractor.runtime.language import localise

    localise(top, "extract")  # the options' descriptions (zsh, tcsh) in the language of the run
    for name, sub in commands.choices.items():
        localise(sub, name)
    for parser in [top, *commands.choices.values()]:
        for action in parser._actions:
            if action.option_strings == [] and action.dest in ("old", "new", "draft", "report", "paths", "corpus"):
                action.complete = shtab.FILE  # type: ignore[attr-defined]
            elif action.metavar in ("FILE", "DIR", "PATH", "CORPUS"):
                action.complete = shtab.FILE if action.metavar != "DIR" else shtab.DIRECTORY  # type: ignore
    return top


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, parsers: Parsers) -> int:
    try:
        import shtab
    except ImportError:
        from extractor.runtime.errors import UserError, error_line

        print(error_line(UserError(None, "usage.needs_shtab")), file=stderr)
        return 2
    stdout.write(shtab.complete(whole_parser(parsers), shell=args.shell))
    return 0
