"""`extract diff`, `extract check`, and the diff step of `extract corpus/`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from extractor.corpus import collect, display_path
from extractor.errors import InputError
from extractor.jsonio import SchemaViolation, validate, write_json
from extractor.pipeline import extract_file

if TYPE_CHECKING:
    from extractor.commands.extract import Extracted

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
            earlier = [load_report(path) for path in _corpus(args.against, stderr)]
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


def _corpus(paths: list[Path], stderr: TextIO) -> list[Path]:
    """Reports and JSON outputs named by --against; a JSON output stands in for the report it came from."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.json") if not p.name.startswith(".") and _is_report(p))
            selection = collect([path])
            files.extend(found or selection.files)
            if not found and selection.errors:
                raise selection.errors[0]
        elif path.exists():
            files.append(path)
        else:
            raise InputError(path, "no such file or folder", "check the path given to --against")
    return files


def _is_report(path: Path) -> bool:
    """In a folder of outputs, the report JSONs (not the diffs and series beside them)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(data, dict) and "document" in data and "indicators" in data


def load_report(path: Path) -> dict:
    """A report dict from a report file (extracted now) or from its JSON output (validated)."""
    if path.suffix.lower() != ".json":
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


def corpus_diff(done: list[Extracted], out: Path, stdout: TextIO, stderr: TextIO, debug: bool = False,
                quiet: bool = False) -> int:
    """The diff step of `extract corpus/`: each pair of consecutive fiscal years, written to `out` and
    summarised on screen in a few lines (the whole diff is one `extract diff` away)."""
    from extractor import diff

    dated = sorted((item for item in done if item.report["document"]["fiscal_year"] is not None),
                   key=lambda item: (item.report["document"]["fiscal_year"], str(item.source)))
    code = 0
    for old, new in zip(dated, dated[1:]):
        try:
            findings = diff.findings_to_json(diff.diff_reports(old.report, new.report))
            target = out / f"diff-{old.output.stem}--{new.output.stem}.json"
            write_json(target, findings, "findings")
        except Exception as error:
            if debug:
                raise
            print(f"error: diff {old.source} → {new.source}: internal error ({type(error).__name__}: {error}); "
                  "rerun with --debug and report it", file=stderr)
            code = 1
            continue
        if not quiet:
            print(summary(old, new, target, findings), file=stdout)
    return code


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def summary(old: Extracted, new: Extracted, target: Path, findings: dict) -> str:
    years = f"{old.report['document']['fiscal_year']} → {new.report['document']['fiscal_year']}"
    counts = {level: sum(1 for f in findings["findings"] if f["severity"] == level) for level in LEVELS[:3]}
    statuses: dict[str, int] = {}
    for change in findings["changes"]:
        statuses[change.get("status", "changed")] = statuses.get(change.get("status", "changed"), 0) + 1
    lines = [f"diff {years} → {target}",
             f"  {_count(counts['error'], 'error')}, {_count(counts['warning'], 'warning')}, "
             f"{_count(counts['info'], 'note')}; "
             + ", ".join(f"{n} {status}" for status, n in sorted(statuses.items()))]
    for finding in findings["findings"]:
        if finding["severity"] in ("error", "warning"):
            where = finding["evidence"][0] if finding["evidence"] else None
            place = f"{where['document']}:{where['location']['line']}" if where and where.get("location") else ""
            message = finding["message"] if len(finding["message"]) <= 140 else finding["message"][:139] + "…"
            lines.append(f"  {finding['severity']:<7} {place}  {message}")
    lines.append(f"  all of it: extract diff {old.output} {new.output}")
    return "\n".join(lines)
