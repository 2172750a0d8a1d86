"""`extract baseline CORPUS [-o FILE] [--level LEVEL]`: the findings of a corpus now, written as accepted.

The findings are those `extract CORPUS` reports: each pair of consecutive fiscal years of one organisation
diffed. Those at or above LEVEL (default: error, the level a CI job fails on) go into FILE, keyed by their
fingerprints; `--baseline FILE` on `extract`, `check` and `diff` then reports only the findings not in it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from extractor.runtime.errors import UserError, error_line, failed

DEFAULT_FILE = Path("baseline.json")

EPILOG = """\
example:
  extract baseline corpus/ -o known.json        accept the errors the corpus has now
  extract corpus/ --baseline known.json --fail-on error
                                                fails on new errors only, and says how many were accepted
  extract check draft.txt --against corpus/ --baseline known.json
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Write the findings of a corpus as accepted: a baseline file that --baseline on extract, "
                          "check and diff reads, to report new findings only.")
    parser.epilog = EPILOG
    parser.add_argument("paths", nargs="+", type=Path, metavar="CORPUS",
                        help="report files or folders (reports, or the JSON outputs of extract)")
    parser.add_argument("-o", "--out", type=Path, default=DEFAULT_FILE, metavar="FILE",
                        help=f"the baseline file to write (default: {DEFAULT_FILE})")
    parser.add_argument("--level", choices=("error", "warning", "info"), default="error",
                        help="accept findings at or above this level (default: error, as --fail-on error)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary on screen")
    parser.add_argument("--debug", action="store_true", help="show the traceback of an internal error")


def corpus_findings(paths: list[Path]):
    """The Findings of each pair of consecutive fiscal years of one organisation among the reports at `paths`."""
    from extractor import diff
    from extractor.api import load_report
    from extractor.runtime.inputs import consecutive, report_inputs

    reports = [load_report(path) for path in report_inputs(paths, "extract baseline")]
    pairs = consecutive(reports, lambda r: r["document"].get("organisation"), lambda r: r["document"]["fiscal_year"],
                        lambda r: r["document"]["path"], kind=lambda r: r["document"].get("kind"),
                        figures=lambda r: len(r["indicators"]))
    return [diff.diff_reports(old, new) for old, new in pairs]


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from extractor.diff import baseline
    from extractor.diff.renderers.common import where
    from extractor.runtime.jsonio import write_json

    try:
        every = corpus_findings(args.paths)
    except Exception as error:
        return failed(error, stderr, args.debug)
    entries = [baseline.accepted_of(finding, tuple(where(e) for e in finding.evidence))
               for findings in every for finding in findings.findings if baseline.at_or_above(finding, args.level)]
    data = baseline.document(entries)
    try:
        write_json(args.out, data, baseline.SCHEMA)
    except OSError as error:
        print(error_line(UserError(None, "write.baseline", file=args.out, cause=error.strerror or error)), file=stderr)
        return 2
    if not args.quiet:
        from extractor.diff import messages as words

        run = words.vocabulary()["run"]
        print(run["baseline"].format(findings=words.counted("finding", len(data["accepted"])), level=run[args.level],
                                     diffs=words.counted("diff", len(every)), file=args.out), file=stdout)
    return 0
