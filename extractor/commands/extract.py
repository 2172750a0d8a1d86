"""`extract PATH... [--out DIR]`: one validated JSON per report, and a summary on screen."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from extractor.corpus import collect, display_path, output_names
from extractor.errors import InputError
from extractor.jsonio import write_json
from extractor.pipeline import extract_file


@dataclass
class Extracted:
    source: Path
    output: Path
    report: dict


@dataclass
class Options:
    paths: list[Path]
    out: Path
    fiscal_year: int | None = None
    organisation: str | None = None
    debug: bool = False
    quiet: bool = False


def run(options: Options, stdout: TextIO, stderr: TextIO) -> tuple[int, list[Extracted]]:
    selection = collect(options.paths)
    for error in selection.errors:
        print(f"error: {error.line()}", file=stderr)
    names = output_names(selection.files)
    done: list[Extracted] = []
    failed = len(selection.errors)
    progress = _Progress(len(selection.files), stderr)
    for path in selection.files:
        shown = display_path(path)
        progress.step(shown)
        try:
            report = extract_file(shown, options.fiscal_year, options.organisation)
            output = options.out / names[path]
            write_json(output, report, "report")
        except InputError as error:
            progress.clear()
            print(f"error: {error.line()}", file=stderr)
            failed += 1
            continue
        except Exception as error:  # a bug: say so in one line, unless asked for the traceback
            if options.debug:
                raise
            progress.clear()
            print(f"error: {shown}: internal error ({type(error).__name__}: {error}); rerun with --debug "
                  "for the traceback and report it", file=stderr)
            failed += 1
            continue
        done.append(Extracted(shown, output, report))
    progress.clear()
    if not options.quiet:
        for item in done:
            print(summary(item), file=stdout)
    if not selection.files and not selection.errors:
        print("error: no reports given; name report files or folders (extract corpus/)", file=stderr)
        return 2, done
    return (1 if failed else 0), done


def summary(item: Extracted) -> str:
    report = item.report
    document = report["document"]
    indicators = report["indicators"]
    catalogued = sum(1 for i in indicators if i.get("match") != "derived")
    year = document["fiscal_year"] if document["fiscal_year"] is not None else "unknown"
    lines = [f"{item.source} → {item.output}",
             f"  {document['organisation'] or 'organisation unknown'}, fiscal year {year} ({document['format']}): "
             f"{len(indicators)} figures ({catalogued} catalogued), "
             f"{len(report['statute_references'])} statute references, "
             f"{len(report['legal_references'])} legal references, {len(report['meetings'])} meetings"]
    for warning in report["warnings"]:
        lines.append(f"  warning: {warning['message']}")
    return "\n".join(lines)


class _Progress:
    """A one-line progress display on a terminal for runs of several reports; silent when piped."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.stream = stream
        self.active = total > 1 and hasattr(stream, "isatty") and stream.isatty()
        self.count = 0
        self.started = time.monotonic()

    def step(self, path: Path) -> None:
        self.count += 1
        if self.active:
            elapsed = time.monotonic() - self.started
            self.stream.write(f"\r\033[K[{self.count}/{self.total}] {elapsed:5.1f}s {path}")
            self.stream.flush()

    def clear(self) -> None:
        if self.active:
            self.stream.write("\r\033[K")
            self.stream.flush()


