"""`extract review REPORT [-o FILE]`: the review page of one report (extractor/review/page.py)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

EPILOG = """\
example:
  extract review corpus/smartcoop-bijzonder-verslag-2024.txt -o review-2024.html
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("One self-contained HTML page of a report: its full text with every figure, statute "
                          "reference, legal reference and meeting highlighted, and a panel of them all.")
    parser.epilog = EPILOG
    parser.add_argument("report", type=Path, help="a text or Markdown report, or its JSON output")
    parser.add_argument("-o", "--out", type=Path, metavar="FILE", help="write the page to FILE (default: the screen)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no 'wrote FILE' line")
    parser.add_argument("--debug", action="store_true", help="show the traceback of an internal error")


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from extractor import api
    from extractor.review.page import render
    from extractor.runtime.errors import UserError, failed

    try:
        report = api.read(args.report).data
        if report["document"]["format"] == "pdf":
            raise UserError(args.report, "the review page shows text and Markdown reports only so far",
                            "review the report's text (pdftotext) or its JSON with extract explain")
        source = Path(report["document"]["path"])
        if not source.exists():
            raise UserError(source, "the report's source file is not there (the page shows its text)",
                            "run extract review in the folder the report was extracted from")
        page = render(report, source)
    except Exception as error:
        return failed(error, stderr, args.debug)
    if args.out is None:
        stdout.write(page)
        return 0
    from extractor.runtime.jsonio import write_text_atomic

    write_text_atomic(args.out, page)
    if not args.quiet:
        print(f"wrote {args.out}", file=stdout)
    return 0
