"""`extract diff`, `extract check`, and the diff step of `extract corpus/`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO

from extractor.document.readers import pdf_engine
from extractor.runtime.inputs import display_path, report_inputs
from extractor.runtime.errors import InputError, failed

FORMATS = ("text", "markdown", "json", "html", "xlsx")
LEVELS = ("error", "warning", "info", "never")

DIFF_EPILOG = """\
example:
  extract diff corpus/smartcoop-bijzonder-verslag-2021.md corpus/smartcoop-bijzonder-verslag-2024.txt
  extract diff outputs/smartcoop-bijzonder-verslag-2021.json outputs/smartcoop-bijzonder-verslag-2024.json --format html > diff.html
  extract diff corpus/smartcoop-bijzonder-verslag-2021.md corpus/smartcoop-bijzonder-verslag-2024.txt --all
"""
CHECK_EPILOG = """\
exit codes: 0 nothing at or above --fail-on; 1 a finding at or above it; 2 a usage or input error.

example:
  extract check draft.pdf --against corpus/
  extract check corpus/smartcoop-bijzonder-verslag-2024.txt --against corpus/ --format markdown
"""


def dispatch(argv: list[str], parser: argparse.ArgumentParser, stdout: TextIO, stderr: TextIO) -> int:
    command = argv[0]
    add_arguments(parser, command)
    args = parser.parse_args(argv[1:])
    return run(command, args, stdout, stderr)


def add_arguments(parser: argparse.ArgumentParser, command: str) -> None:
    """The arguments of `extract diff` or `extract check` (also read by `extract completion`)."""
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
        parser.add_argument("--fiscal-year", type=int, metavar="YEAR",
                            help="the draft's fiscal year, when its text does not say it")
        fail_on_default = "error"
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument("--fail-on", choices=LEVELS, default=None,
                        help=f"exit 1 when a finding at or above this level exists (default: {fail_on_default}"
                             + ("; with --baseline, error)" if fail_on_default == "never" else ")"))
    parser.add_argument("--all", dest="show_all", action="store_true",
                        help="list every figure: also the unchanged ones, the possible pairs and those without "
                             "counterpart (the changed-figures table alone by default)")
    parser.add_argument("-o", "--out", type=Path, metavar="FILE", help="write to FILE instead of the screen")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="nothing on the screen but errors and warnings: the exit code (and --out) say it")
    parser.add_argument("--baseline", type=Path, metavar="FILE",
                        help="accepted findings (extract baseline): report, and exit on, the others only")
    parser.add_argument("--debug", action="store_true", help="show the traceback of an internal error")
    pdf_engine.add_argument(parser)


def fail_on(given: str | None, baseline: Path | None, default: str = "never") -> str:
    """--fail-on as given, else `default`; with --baseline, "error": accepted findings are what a CI job keys on,
    so a run that names a baseline fails on a new error (issue 22: "exit codes follow the new findings only")."""
    if given is not None:
        return given
    return "error" if baseline is not None else default


def run(command: str, args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from extractor.runtime.language import use

    use(args.lang)
    args.fail_on = fail_on(args.fail_on, args.baseline, "never" if command == "diff" else "error")
    _QUIET[0] = args.quiet
    pdf_engine.choose(args.pdf_engine)
    from extractor import api, diff

    from extractor.runtime.terminal import use_colour

    try:
        if args.format == "xlsx":
            if args.out is None:
                raise InputError(None, "usage.screen_xlsx", file="findings.xlsx")
            from extractor.runtime.xlsx import need_openpyxl

            need_openpyxl()
        accepted = None
        if args.baseline is not None:
            from extractor.diff.baseline import load

            accepted = load(args.baseline)
        if command == "diff":
            old, new = api.load_report(args.old), api.load_report(args.new)
            old, new = _diff_order(args.old, old, args.new, new, stderr)
            findings = api.compare(old, new, lang=args.lang)
            reports = [old, new]
        else:
            draft = api.load_report(args.draft, args.fiscal_year)
            if draft["document"]["fiscal_year"] is None:
                raise InputError(args.draft, "usage.draft_without_year")
            earlier = [api.load_report(path) for path in report_inputs(args.against, "--against")]
            _say_what_is_checked(draft, earlier, stderr)
            findings = api.check(draft, earlier, lang=args.lang)
            reports = [draft, *earlier]
        if accepted is not None:
            from extractor.diff.baseline import apply

            apply(findings, accepted)
        color = args.out is None and args.format == "text" and use_colour(stdout)
        if args.format == "xlsx":
            from extractor.diff.renderers.xlsx import write_xlsx

            diff.findings_to_json(findings)  # nothing invalid is written, in any format
            write_xlsx(findings, args.out)
            text = None
        else:
            reviews = (write_reviews(reports, findings, args.out.parent)
                       if args.format == "html" and args.out is not None else None)
            text = diff.render(findings, args.format, color=color, show_all=args.show_all,
                               base=args.out.parent if args.out is not None else None, reviews=reviews)
    except Exception as error:
        return failed(error, stderr, args.debug)
    if text is None:
        pass  # written above (xlsx)
    elif args.out is not None:
        from extractor.runtime.jsonio import write_text_atomic

        write_text_atomic(args.out, text)
    elif not args.quiet:
        stdout.write(text)
    return diff.exit_code(findings, args.fail_on) if args.fail_on != "never" else 0


def write_reviews(reports: list[dict], findings, folder: Path) -> dict[str, str]:
    """The review page of every report the findings name, written beside the findings page (`folder`), whose
    source file is there to show: {report path: the page's file name}, for the findings page to link to."""
    from extractor.review import page_name, render
    from extractor.runtime.jsonio import write_text_atomic

    named = {document.path for document in findings.documents}
    written: dict[str, str] = {}
    for report in reports:
        path = report["document"]["path"]
        source = Path(path)
        if path not in named or path in written or not source.is_file():
            continue
        name = page_name(path)
        if name in written.values():  # two reports of one stem (a.txt, a.md): the whole name
            name = f"review-{source.name}.html"
        write_text_atomic(folder / name, render(report, source))
        written[path] = name
    return written


_QUIET = [False]  # -q of the command running: the lines that say what was compared are left out


def _said(key: str, **values: object) -> str:
    """A line of `diff` and `check` on standard error, in the language of the run (vocabulary.run)."""
    from extractor.diff import messages

    return messages.vocabulary()["run"][key].format(**values)


def _year(report: dict) -> str:
    """"2023"; "2022-2023" for a fiscal year across two calendar years."""
    year = report["document"]["fiscal_year"]
    if year is None:
        return _said("year_unknown")
    return str(report["document"].get("fiscal_period") or year).replace("/", "-")


def _diff_order(old_path: Path, old: dict, new_path: Path, new: dict, stderr: TextIO) -> tuple[dict, dict]:
    """The two reports of `diff`, earlier first, with a line saying what is compared. The same report twice
    is refused; reports given later-first are compared earlier → later (and said so); two of one year are
    compared with a warning."""
    if old["document"]["sha256"] == new["document"]["sha256"]:
        raise InputError(new_path, "usage.same_report", old=old_path)
    old_year, new_year = old["document"]["fiscal_year"], new["document"]["fiscal_year"]
    if old_year is not None and new_year is not None and old_year > new_year:
        print(_said("later_first", old=old_path, old_year=old_year, new=new_path, new_year=new_year), file=stderr)
        old_path, old, new_path, new = new_path, new, old_path, old
    elif old_year is not None and old_year == new_year:
        print(_said("same_year", year=old_year), file=stderr)
    if not _QUIET[0]:
        print(_said("compared", old=old_path, old_year=_year(old), new=new_path, new_year=_year(new)), file=stderr)
    return old, new


def _say_what_is_checked(draft: dict, earlier: list[dict], stderr: TextIO) -> None:
    """One line naming the draft and the earlier reports it is checked against; a warning for each report
    given that is left out (the draft itself, one of its year or later), and when none is left."""
    document = draft["document"]
    year = document["fiscal_year"]
    used = []
    for report in earlier:
        other = report["document"]
        if other["sha256"] == document["sha256"]:
            print(_said("draft_itself", path=other["path"]), file=stderr)
        elif other["fiscal_year"] is not None and other["fiscal_year"] >= year:
            key = "left_out_same_year" if other["fiscal_year"] == year else "left_out_later_year"
            print(_said(key, path=other["path"], year=other["fiscal_year"]), file=stderr)
        else:
            used.append(f"{other['path']} ({_year(report)})")
    if used and not _QUIET[0]:
        print(_said("checked", draft=document["path"], year=year, against=", ".join(used)), file=stderr)
    elif not used:
        print(_said("checked_alone", draft=document["path"], year=year), file=stderr)

