"""`extract review REPORT [-o FILE]`: the review page of one report (extractor/review/)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

EPILOG = """\
example:
  extract review corpus/smartcoop-bijzonder-verslag-2024.txt -o review-2024.html
  extract review verslag-2024.pdf -o review-2024.html --lang en
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("One self-contained HTML page of a report: its full text (a PDF: its pages) with every "
                          "figure, statute reference, legal reference and meeting highlighted, and a panel of them "
                          "all.")
    parser.epilog = EPILOG
    parser.add_argument("report", type=Path, help="a report (PDF, .txt, .md), or its JSON output")
    parser.add_argument("-o", "--out", type=Path, metavar="FILE", help="write the page to FILE (default: the screen)")
    parser.add_argument("--format", choices=("html",), default="html", help="output format (only html)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no 'wrote FILE' line")
    parser.add_argument("--debug", action="store_true", help="show the traceback of an internal error")


def page(report_path: Path) -> str:
    """The review page of a report file or its JSON output (whose source file must be where it says)."""
    from extractor import api
    from extractor.review import render
    from extractor.runtime.errors import UserError

    report = api.read(report_path).data
    source = Path(report["document"]["path"])
    if not source.exists():
        raise UserError(source, "usage.review_source_missing")
    return render(report, source)


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from extractor.runtime.errors import failed

    try:
        html = page(args.report)
    except Exception as error:
        return failed(error, stderr, args.debug)
    if args.out is None:
        stdout.write(html)
        return 0
    from extractor.runtime.jsonio import write_text_atomic

    write_text_atomic(args.out, html)
    if not args.quiet:
        print(f"→ {args.out}", file=stdout)
    return 0
