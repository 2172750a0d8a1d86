"""`extract series CORPUS... [--format csv|json|sqlite] [--out PATH] [--plot DIR]`: indicator-by-year tables
and charts for researchers, each value with its source; and the series step of `extract corpus/`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from extractor.runtime.inputs import report_inputs
from extractor.runtime.errors import UserError, error_line, failed
from extractor.series import SeriesTable, build, csv_out, json_out, sqlite_out
from extractor.series.sqlite_findings import consecutive_findings
from extractor.series.table import Corpus
from extractor.series.writer import NAMES, write_organisations

FORMATS = ("csv", "json", "sqlite", "xlsx")

DESCRIPTION = """\
Indicator-by-year tables of a corpus of reports (or their JSON outputs): a long table (one row per
figure, with document, page and line) and a wide table (indicators by year), as CSV, JSON or SQLite,
and PNG charts. A year without a figure is a gap, not a zero; a unit change makes a separate series;
values that are not exact (approximately, more than, at most, a range) are marked in every format."""
EPILOG = """\
--out PATH: for csv, a .csv file gets the long table and <name>-wide.csv beside it gets the wide table;
any other PATH is a folder that gets series-long.csv and series-wide.csv. For json and sqlite, a file
(or a folder that gets series.json / series.sqlite). Without --out, csv and json go to the screen.

examples:
  extract series corpus/                              long CSV on the screen
  extract series corpus/ --wide                       wide CSV (indicators by year) on the screen
  extract series outputs/ --out series/               series/series-long.csv and series/series-wide.csv
  extract series corpus/ --format sqlite --out series.sqlite
  extract series corpus/ --format json --out series.json --plot charts/
  extract series corpus/ --format xlsx -o series.xlsx  a sheet per table (long, wide, documents)
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = DESCRIPTION
    parser.epilog = EPILOG
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("corpus", nargs="+", type=Path, metavar="CORPUS",
                        help="reports (PDF, .txt, .md) or their JSON outputs: files or folders")
    parser.add_argument("--format", choices=FORMATS, default="csv", help="output format (default: csv)")
    parser.add_argument("-o", "--out", type=Path, metavar="PATH", help="write to PATH instead of the screen "
                        "(required for sqlite); see below")
    parser.add_argument("-q", "--quiet", action="store_true", help="no 'wrote FILE' lines")
    parser.add_argument("--baseline", type=Path, metavar="FILE",
                        help="accepted findings (extract baseline): left out of the SQLite findings table")
    parser.add_argument("--plot", type=Path, metavar="DIR",
                        help="also write one PNG chart per indicator stated in two or more years to DIR")
    parser.add_argument("--wide", action="store_true",
                        help="with --format csv and no --out: the wide table instead of the long one")
    parser.add_argument("--include-derived", action="store_true",
                        help="also put uncatalogued figures (ids other.*) in the wide table and the charts; "
                             "their ids are only a unit word and do not name the same thing across years")
    parser.add_argument("--debug", action="store_true", help="show the traceback of an internal error")


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    try:
        if args.format == "sqlite" and args.out is None:
            raise UserError(None, "usage.screen_sqlite")
        if args.format == "xlsx":
            if args.out is None:
                raise UserError(None, "usage.screen_xlsx", file="series.xlsx")
            from extractor.runtime.xlsx import need_openpyxl

            need_openpyxl()
        if args.plot is not None:
            _need_matplotlib()
        from extractor.commands.link_step import link_loaded

        reports = link_loaded([_load(path) for path in report_inputs(args.corpus, "`extract series`")])
        table = build(reports)
        messages = stderr if args.out is None else stdout
        written = _write(args, table, reports, stdout, stderr)
        if args.plot is not None:
            from extractor.series import charts

            written += charts.render_all(table, args.plot, args.include_derived)
        for warning in table.warnings:
            print(error_line(warning, "warning"), file=stderr)
        from extractor.diff.messages import vocabulary

        for path in written if not args.quiet else []:
            print(vocabulary()["run"]["wrote"].format(path=path), file=messages)
        return 0
    except OSError as error:
        print(error_line(UserError(error.filename or "", "write.series_file", cause=error.strerror or error)),
              file=stderr)
        return 2
    except Exception as error:
        return failed(error, stderr, args.debug)


def write_for_corpus(reports: list[dict], out: Path, findings: list[dict] | None = None) -> list[Path]:
    """The series step of `extract corpus/`: outputs/series-long.csv, series-wide.csv, series.json and
    series.sqlite from the reports just extracted, with the findings the diff step found (each with its
    `old` and `new` document; computed here when not given); returns the paths written."""
    corpus = Corpus.of(report["document"] for report in reports)
    report_of = {id(report["document"]): report for report in reports}
    writer = write_organisations(out, corpus, lambda document: report_of[id(document)])
    warnings: list[str] = []
    if findings is None:
        findings, warnings = consecutive_findings([report_of[id(document)] for document in corpus.documents])
    return writer.finish(findings, warnings)


def _write(args: argparse.Namespace, table: SeriesTable, reports: list[dict], stdout: TextIO,
           stderr: TextIO) -> list[Path]:
    out: Path | None = args.out
    if args.format == "csv":
        if out is None:
            stdout.write(csv_out.wide_csv(table, args.include_derived) if args.wide else csv_out.long_csv(table))
            return []
        if out.suffix.lower() == ".csv":
            long_path, wide_path = out, out.with_name(f"{out.stem}-wide.csv")
        else:
            long_path, wide_path = out / NAMES["long"], out / NAMES["wide"]
        return [csv_out.write_long(table, long_path),
                csv_out.write_wide(table, wide_path, args.include_derived)]
    if args.format == "json":
        if out is None:
            stdout.write(json_out.json_text(table))
            return []
        return [json_out.write(table, _file(out, ".json", NAMES["json"]))]
    if args.format == "xlsx":
        from extractor.series.xlsx_out import write_xlsx

        return [write_xlsx(table, _file(out, ".xlsx", "series.xlsx"), args.include_derived)]
    findings, warnings = _findings(table, reports)
    if args.baseline is not None:
        from extractor.diff.baseline import load

        accepted = load(args.baseline)
        findings = [finding for finding in findings if not accepted.accepts(finding.get("fingerprint"))]
    for warning in warnings:
        print(f"warning: {warning}", file=stderr)
    database = sqlite_out.write(table, reports, findings, _file(out, (".sqlite", ".db", ".sqlite3"), NAMES["sqlite"]),
                                warnings)
    from extractor.series.datasette import write_metadata

    return [database, write_metadata(database, table.documents)]  # Datasette: descriptions, units, sources


def _file(out: Path, suffixes: str | tuple[str, ...], default_name: str) -> Path:
    """`out` itself when it names a file of that kind, else `out` is a folder that gets `default_name`."""
    return out if out.suffix.lower() in ((suffixes,) if isinstance(suffixes, str) else suffixes) \
        else out / default_name


def _findings(table: SeriesTable, reports: list[dict]) -> tuple[list[dict], list[str]]:
    """Findings between consecutive fiscal years, for the reports the table kept (one per content)."""
    kept = {document["path"] for document in table.documents}
    return consecutive_findings([r for r in reports if r["document"]["path"] in kept])


def _load(path: Path) -> dict[str, Any]:
    from extractor.api import load_report

    return load_report(path)


def _need_matplotlib() -> None:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise UserError(None, "usage.needs_matplotlib") from None
