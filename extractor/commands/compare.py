"""`extract diff`, `extract check`, and the diff step of `extract corpus/`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO

from extractor.corpus import display_path, report_inputs
from extractor.errors import InputError
from extractor.jsonio import SchemaViolation, validate

FORMATS = ("text", "markdown", "json", "html")
LEVELS = ("error", "warning", "info", "never")

DIFF_EPILOG = """\
example:
  extract diff corpus/smartcoop-bijzonder-verslag-2021.md corpus/smartcoop-bijzonder-verslag-2024.txt
  extract diff outputs/smartcoop-bijzonder-verslag-2021.json outputs/smartcoop-bijzonder-verslag-2024.json --format html > diff.html
"""
CHECK_EPILOG = """\
exit codes: 0 nothing at or above --fail-on; 1 a finding at or above it; 2 a usage or input error.

example:
  extract check draft.pdf --against corpus/
  extract check corpus/smartcoop-bijzonder-verslag-2024.txt --against corpus/ --format markdown
"""


def dispatch(argv: list[str], parser: argparse.ArgumentParser, stdout: TextIO, stderr: TextIO) -> int:
    command = argv[0]
    parser.epilog = DIFF_EPILOG if command == "diff" else CHECK_EPILOG
    if command == "diff":
        parser.description = "Changed figures and inconsistencies between two reports (or their JSON outputs)."
        parser.add_argument("old", type=Path, help="the earlier report, or its JSON output")
        parser.add_argument("new", type=Path, help="the later report, or its JSON output")
        fail_on_default = "never"
    else:
        parser.description = ("What is wrong or suspicious in a draft report: checks on the draft alone and "
                              "against every earlier report of CORPUS, most serious first.")
        parser.add_argument("draft", type=Path, help="the draft report (PDF, .txt, .md) or its JSON output")
        parser.add_argument("--against", type=Path, nargs="+", required=True, metavar="CORPUS",
                            help="earlier reports: files or folders (reports or their JSON outputs)")
        fail_on_default = "error"
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument("--fail-on", choices=LEVELS, default=fail_on_default,
                        help=f"exit 1 when a finding at or above this level exists (default: {fail_on_default})")
    parser.add_argument("--out", type=Path, metavar="FILE", help="write to FILE instead of the screen")
    parser.add_argument("--debug", action="store_true", help="show the traceback of an internal error")
    args = parser.parse_args(argv[1:])
    from extractor import diff

    try:
        if command == "diff":
            findings = diff.diff_reports(load_report(args.old), load_report(args.new))
        else:
            draft = load_report(args.draft)
            earlier = [load_report(path) for path in report_inputs(args.against, "--against")]
            findings = diff.check_draft(draft, earlier)
        color = args.out is None and args.format == "text" and hasattr(stdout, "isatty") and stdout.isatty()
        text = diff.render(findings, args.format, color=color)
    except InputError as error:
        print(f"error: {error.line()}", file=stderr)
        return 2
    except Exception as error:
        if args.debug:
            raise
        print(f"error: internal error ({type(error).__name__}: {error}); rerun with --debug and report it",
              file=stderr)
        return 2
    if args.out is not None:
        from extractor.jsonio import write_text_atomic

        write_text_atomic(args.out, text)
    else:
        stdout.write(text)
    return diff.exit_code(findings, args.fail_on) if args.fail_on != "never" else 0


def load_report(path: Path) -> dict:
    """A report dict from a report file (extracted now) or from its JSON output (validated)."""
    if path.suffix.lower() != ".json":
        from extractor.pipeline import extract_file  # spaCy only when a report must be extracted

        return extract_file(display_path(path))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, "no such file", "check the path") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(path, f"not a readable JSON file ({error})", "pass a report or an output of `extract`") \
            from None
    try:
        validate(data, "report")
    except SchemaViolation as error:
        raise InputError(path, f"not a report JSON ({error})", "pass a report or an output of `extract`") \
            from None
    return data
