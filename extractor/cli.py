"""The `extract` command: argument parsing and dispatch. `run(argv, stdout, stderr) -> int` is the testable
core; `main()` wraps it for the console script."""

from __future__ import annotations

import argparse
import difflib
import importlib
import sys
from pathlib import Path
from typing import TextIO

if __name__ == "__main__":  # python -m extractor.cli: quiet on Ctrl-C while the modules below load
    from extractor.runtime.terminal import quiet_while_loading

    quiet_while_loading()

from extractor import __version__
from extractor.commands import extract
from extractor.document.readers import pdf_engine
from extractor.runtime.errors import UserError, error_line
from extractor.runtime.terminal import (EXIT_INTERRUPTED, EXIT_TERMINATED, exit_code_of,
                                       exit_without_waiting_on_pools, install_signal_handlers, interrupted_line,
                                       output_failed, silence_stdout, stop_at_once_on_signal)

COMMANDS = ("diff", "check", "series", "explain", "baseline", "completion", "review")

MAIN_EPILOG = """\
other commands (each has --help):
  extract diff OLD NEW            changed figures and inconsistencies between two reports
  extract check DRAFT --against CORPUS
                                  what is wrong or suspicious in a draft, against earlier reports
  extract series CORPUS           indicator-by-year tables (CSV, JSON, SQLite) and charts
  extract explain REPORT LINE     why each figure on a line of a report was extracted
  extract baseline CORPUS -o FILE accept the findings the corpus has now (read by --baseline FILE)
  extract completion bash|zsh     a shell completion script, made from the parsers
  extract review REPORT -o FILE   the report's text with every figure, reference and meeting highlighted

example:
  extract corpus/                 one JSON per report in outputs/, and a summary
  extract corpus/ --out /tmp/out  the same, written elsewhere
"""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit code 2, like every other user error."""

    def __init__(self, *args, stdout: TextIO, stderr: TextIO, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._stdout = stdout
        self._stderr = stderr

    def error(self, message: str) -> None:  # type: ignore[override]
        from extractor.diff.messages import usage_message
        from extractor.runtime.errors import error_line

        line = UserError(None, "usage.argument", message=usage_message(message), prog=self.prog)
        self._stderr.write(error_line(line) + "\n")
        raise SystemExit(2)

    def format_help(self) -> str:
        """The help in the language of the run (vocabulary.help of patterns/findings.yaml)."""
        from extractor.runtime.language import localise

        localise(self, self.prog.rpartition(" ")[2])
        return super().format_help()

    def _get_formatter(self) -> argparse.HelpFormatter:
        """argparse's formatter, with the usage line's prefix in the language of the run."""
        formatter = super()._get_formatter()
        from extractor.runtime.language import help_words

        add_usage, prefix = formatter.add_usage, help_words()["usage"]
        formatter.add_usage = lambda usage, actions, groups, _prefix=None: add_usage(usage, actions, groups, prefix)
        return formatter

    def _print_message(self, message: str, file: TextIO | None = None) -> None:
        if message:  # help and version to the injected stdout, everything else to the injected stderr
            (self._stdout if file is sys.stdout else self._stderr).write(message)


def _main_parser(stdout: TextIO, stderr: TextIO) -> _Parser:
    parser = _Parser(prog="extract", stdout=stdout, stderr=stderr, formatter_class=argparse.RawDescriptionHelpFormatter,
                     description="Extract figures, statute references and general meetings from Dutch "
                                 "social-enterprise reports (PDF, .txt, .md) into validated JSON.",
                     epilog=MAIN_EPILOG)
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                        help="a report file, or a folder walked for .pdf, .txt and .md reports; "
                             "- reads a text report from standard input")
    parser.add_argument("-o", "--out", type=Path, default=Path("outputs"), metavar="DIR",
                        help="where the JSON files go (default: outputs/)")
    parser.add_argument("--fiscal-year", type=int, metavar="YEAR",
                        help="the fiscal year the reports cover, when the text does not say it clearly")
    parser.add_argument("--organisation", metavar="NAME", help="the organisation, when the text does not name it")
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary on screen")
    parser.add_argument("--debug", action="store_true", help="show the traceback of an internal error")

    def positive(text: str) -> int:
        if not text.isdigit() or int(text) < 1:
            raise argparse.ArgumentTypeError(f"must be a whole number, 1 or more, not {text!r}")
        return int(text)

    parser.add_argument("-j", "--jobs", type=positive, metavar="N",
                        help="extract N reports at a time, in N processes (default: one per core); "
                             "the output is the same for every N")
    parser.add_argument("--no-cache", dest="cache", action="store_false",
                        help="extract every report again, even one unchanged since the last run")
    parser.add_argument("--cache-dir", type=Path, metavar="DIR",
                        help="where unchanged reports are remembered (default: $XDG_CACHE_HOME/extractor, "
                             "else ~/.cache/extractor)")
    parser.add_argument("--executor", choices=("local", "dask"), default="local",
                        help="where reports are extracted: local processes, or an existing Dask cluster "
                             "(needs pip install 'extractor[dask]')")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="the Dask scheduler, with --executor dask (tcp://HOST:8786)")
    parser.add_argument("--fail-on", choices=("error", "warning", "info", "never"), default=None,
                        help="exit 1 when a diff finding at or above this level exists (default: never; with "
                             "--baseline, error: a new error fails the run)")
    parser.add_argument("--baseline", type=Path, metavar="FILE",
                        help="accepted findings (extract baseline): report and fail on the others only")
    add_language(parser)
    pdf_engine.add_argument(parser)
    parser.add_argument("-V", "--version", action="version", version=f"extract {__version__}")
    return parser


def add_language(parser: argparse.ArgumentParser) -> None:
    """--lang, the same on every command."""
    parser.add_argument("--lang", choices=("nl", "en"), metavar="nl|en",
                        help="the language of findings, summaries and table headers (default: the locale's, "
                             "Dutch when it is unknown)")


def _explain_parser(stdout: TextIO, stderr: TextIO) -> _Parser:
    parser = _Parser(prog="extract explain", stdout=stdout, stderr=stderr, formatter_class=argparse.RawDescriptionHelpFormatter,
                     description="Show, for every figure on a line of a report, its value, unit, qualifier, id, "
                                 "the rule that produced it and where it stands (page, line, column, box).",
                     epilog="example:\n  extract explain corpus/smartcoop-bijzonder-verslag-2024.txt 230")
    parser.add_argument("report", type=Path, help="a report file (PDF, .txt, .md)")
    parser.add_argument("line", type=int, help="the line (for PDF: the line within --page)")
    parser.add_argument("--page", type=int, help="the page, for a PDF")
    parser.add_argument("-o", "--out", type=Path, metavar="FILE", help="write to FILE instead of the screen")
    parser.add_argument("-q", "--quiet", action="store_true", help="with -o: no line naming the file written")
    add_language(parser)
    pdf_engine.add_argument(parser)
    parser.add_argument("--debug", action="store_true", help="show the traceback of an internal error")
    return parser


def run(argv: list[str], stdout: TextIO, stderr: TextIO) -> int:
    from extractor.runtime.language import current, set_current

    before = current()  # --lang holds for this command only: a caller in the same process keeps its own
    try:
        _language(_language_given(argv))  # before the parse: its usage errors are in that language too
        return _dispatch(argv, stdout, stderr)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    except UserError as error:  # raised by a later step (an unreachable Dask scheduler, say): one line
        stderr.write(error_line(error) + "\n")
        return 2
    except KeyboardInterrupt as interrupt:  # Ctrl-C, or SIGTERM (extractor.runtime.terminal.Terminated)
        stop_at_once_on_signal(exit_code_of(interrupt))  # a second signal: no second line
        stderr.write(interrupted_line(interrupt))
        return exit_code_of(interrupt)
    finally:
        set_current(before)


# the commands whose module gives `add_arguments(parser)` and `run(args, stdout, stderr)`, with --lang and
# --pdf-engine: a new one of that kind is a module of extractor/commands/ and its name here
_COMMANDS = ("series", "review", "baseline")


def _dispatch(argv: list[str], stdout: TextIO, stderr: TextIO) -> int:
    command = argv[0] if argv else None
    if command == "explain":
        from extractor.commands import explain

        args = _explain_parser(stdout, stderr).parse_args(argv[1:])
        _language(args.lang)
        pdf_engine.choose(args.pdf_engine)
        return explain.run(args.report, args.line, args.page, stdout, stderr, debug=args.debug, out=args.out,
                           quiet=args.quiet)
    if command in _COMMANDS:
        module = importlib.import_module(f"extractor.commands.{command}")
        parser = _command_parser(command, stdout, stderr)
        module.add_arguments(parser)
        add_language(parser)
        pdf_engine.add_argument(parser)
        args = parser.parse_args(argv[1:])
        _language(args.lang)
        pdf_engine.choose(args.pdf_engine)
        return module.run(args, stdout, stderr)
    if command == "completion":
        from extractor.commands import completion

        parser = _command_parser(command, stdout, stderr)
        completion.add_arguments(parser)
        add_language(parser)
        parsers = completion.Parsers(_main_parser, _explain_parser, add_language)
        return completion.run(parser.parse_args(argv[1:]), stdout, stderr, parsers)
    if command in ("diff", "check"):
        from extractor.commands import compare

        parser = _command_parser(command, stdout, stderr)
        add_language(parser)
        return compare.dispatch(argv, parser, stdout, stderr)
    mistyped = _mistyped_command(argv)
    if mistyped:
        stderr.write(error_line(UserError(None, "usage.unknown_command", command=argv[0], guess=mistyped)) + "\n")
        return 2
    args = _main_parser(stdout, stderr).parse_args(argv)
    pdf_engine.choose(args.pdf_engine)
    from extractor.runtime.folders import usable_folder

    cache_dir = args.cache_dir
    if args.cache and cache_dir is None and _env_cache_dir():
        cache_dir = _env_cache_dir()
    out = usable_folder(args.out, "--out")
    if args.cache and cache_dir is not None:
        cache_dir = usable_folder(cache_dir, "--cache-dir" if args.cache_dir is not None else "$EXTRACTOR_CACHE_DIR")
    options = extract.Options(paths=args.paths, out=out, fiscal_year=args.fiscal_year,
                              organisation=args.organisation, debug=args.debug, quiet=args.quiet,
                              jobs=args.jobs, cache=args.cache, cache_dir=cache_dir,
                              executor=args.executor, scheduler=args.scheduler,
                              fail_on=_fail_on(args.fail_on, args.baseline),
                              baseline=_baseline(args.baseline), language=_language(args.lang))
    return extract.run_corpus(options, stdout, stderr)


def _fail_on(given: str | None, baseline: Path | None) -> str:
    from extractor.commands.compare import fail_on

    return fail_on(given, baseline)


def _command_parser(command: str, stdout: TextIO, stderr: TextIO) -> argparse.ArgumentParser:
    return _Parser(prog=f"extract {command}", stdout=stdout, stderr=stderr,
                   formatter_class=argparse.RawDescriptionHelpFormatter)


def _language_given(argv: list[str]) -> str | None:
    """The language --lang names in `argv` (`--lang en`, `--lang=en`), if it names one we have."""
    from extractor.runtime.language import LANGUAGES

    for at, argument in enumerate(argv):
        if argument == "--":
            break
        value = argument.partition("=")[2] if argument.startswith("--lang=") else (
            argv[at + 1] if argument == "--lang" and at + 1 < len(argv) else None)
        if value in LANGUAGES:
            return value
    return None


def _language(code: str | None) -> str:
    from extractor.runtime.language import use

    return use(code)


def _baseline(path: Path | None):
    """The accepted findings of --baseline FILE (read before any work: a bad file is a usage error)."""
    if path is None:
        return None
    from extractor.diff.baseline import load

    return load(path)


def _env_cache_dir() -> Path | None:
    import os

    value = os.environ.get("EXTRACTOR_CACHE_DIR")
    return Path(value) if value else None


def _mistyped_command(argv: list[str]) -> str | None:
    """The command `argv[0]` was probably meant to be ("chek" → "check"), when it is no path that exists."""
    if not argv or argv[0].startswith("-") or argv[0] in COMMANDS:
        return None
    word = argv[0]
    if Path(word).exists() or any(ch in word for ch in "/\\.") or word != word.lower():
        return None
    matches = difflib.get_close_matches(word, COMMANDS, n=1, cutoff=0.6)
    return matches[0] if matches else None


def main() -> None:
    install_signal_handlers()  # Ctrl-C is KeyboardInterrupt from here on, SIGTERM Terminated
    from extractor.runtime.names import escape_streams

    escape_streams(sys.stdout, sys.stderr)  # a file name that is not UTF-8 is shown escaped, never a crash
    try:
        code = run(sys.argv[1:], sys.stdout, sys.stderr)
        # from here on a signal ends the process at once: with its line and code, or after an interruption
        # that run() said, quietly with its code
        stop_at_once_on_signal(code if code in (EXIT_INTERRUPTED, EXIT_TERMINATED) else None)
        sys.stdout.flush()
    except OSError as error:  # the standard output: a pipe closed early, a full disk
        stop_at_once_on_signal()
        silence_stdout()
        _language(_language_given(sys.argv[1:]))  # run() gave back the process's language: its line in --lang
        code = output_failed(error, sys.stderr)
    except KeyboardInterrupt as interrupt:  # between run() and the flush
        stop_at_once_on_signal(exit_code_of(interrupt))  # a second signal: the same code, no second line
        silence_stdout()
        sys.stderr.write(interrupted_line(interrupt))
        code = exit_code_of(interrupt)
    exit_without_waiting_on_pools(code)
    sys.exit(code)


if __name__ == "__main__":
    main()
