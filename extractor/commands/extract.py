"""`extract PATH... [--out DIR]`: one validated JSON per report, and a summary on screen.

Reports are extracted by `--jobs N` local processes (or a Dask cluster, `--executor dask`) and the results are
written in the order of the input, so the output does not depend on N. A report whose bytes, displayed path,
options, patterns and code are unchanged since it was last extracted is taken from the cache (extractor/runtime/cache.py)
instead; `--no-cache` turns that off. The loop holds no report in memory after writing it: `Extracted.report`
reads it back from its JSON when asked for, so memory does not grow with the number of reports.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from extractor.commands.facts import REPORT_FACTS, counts_text, remembered, report_facts, report_summary
from extractor.runtime.names import ERRORS as ESCAPE_NAMES
from extractor.runtime.inputs import STDIN, Selection, collect, display_path, not_files_line, output_names
from extractor.runtime.errors import InputError, UserError, error_line, internal_error
from extractor.runtime.stages import stage
from extractor.commands.corpus_run import (Extracted, Options, Progress, Workers, WriteFailed, cache_store,
                                           parallel, step_end, write_if_changed)
from extractor.document.readers import pdf_engine
from extractor.document.readers.text import report_bytes


def extract_file(path: Path, fiscal_year: int | None = None, organisation: str | None = None) -> dict:
    """extractor.pipeline.extract_file, imported when first needed: a run served by the cache, or by worker
    processes, never loads spaCy in this process."""
    from extractor.pipeline import extract_file as extract

    return extract(path, fiscal_year, organisation)



@dataclass(slots=True)
class _Planned:
    path: Path
    shown_text: str  # paths as text: a plan holds every report of the corpus at once
    output_text: str
    key: str | None = None  # None: not cacheable (unreadable now, or --no-cache)
    digest: str | None = None  # sha256 of the bytes the key was made from
    size: int = 0
    cached: bool = False  # the cache has its report JSON (read again when written: the plan holds no text)

    @property
    def shown(self) -> Path:
        return Path(self.shown_text)

    @property
    def output(self) -> Path:
        return Path(self.output_text)


class _WorkerBug(Exception):
    def __init__(self, summary: str, trace: str) -> None:
        super().__init__(summary)
        self.summary = summary
        self.trace = trace



def run(options: Options, stdout: TextIO, stderr: TextIO,
        workers: Workers | None = None, started: float | None = None,
        write_failures: list[OSError] | None = None) -> tuple[int, list[Extracted]]:
    """Extract the reports; a write that failed (said on stderr: the run writes nothing more) goes into
    `write_failures`, when given."""
    from extractor.runtime import cache

    cache.use_for_startup((options.cache_dir or cache.default_dir()) if options.cache else None)
    selection, names, failed = _select(options, stderr)
    done: list[Extracted] = []
    store, fingerprint = cache_store(options, "reports")
    facts_store, _ = cache_store(options, "facts")
    plan = [_plan(path, options.out / names[path], options, store, fingerprint) for path in selection.files]
    misses = [item for item in plan if not item.cached]
    own = workers is None
    workers = workers or Workers(options)
    try:
        runner = workers.for_extraction(misses)
    except UserError as error:
        print(error_line(error), file=stderr)
        return 2, done
    outcomes = runner.map(parallel().extract_task, _task_arguments(misses, options, runner)) \
        if runner is not None else iter(())
    progress = Progress(len(selection.files), stderr, "extract", started)
    # the summary lines wait for the end of the step (under the progress line), on disk once they are many
    lines = None if options.quiet else tempfile.SpooledTemporaryFile(64 * 1024, "w+", encoding="utf-8",
                                                                      errors=ESCAPE_NAMES)
    plan.reverse()  # taken from the end, so that a report's plan is gone once it is done
    with step_end(workers, own, progress):
        while plan:
            item = plan.pop()
            progress.step(item.shown)
            try:
                text, written, kept = _extract_and_write(item, options, store, outcomes, runner)
            except Exception as error:
                failed += 1
                if _said_failure(error, item, options, progress, stderr, write_failures):
                    continue
                break
            facts = remembered(facts_store, item.key if kept else None, text, report_facts, REPORT_FACTS)
            if lines is not None:
                lines.write(f"{item.shown} → {item.output}\n{report_summary(facts)}\n")
            done.append(Extracted(item.shown, item.output, document=facts["document"], figures=facts["figures"],
                                  output_digest=written))
    if lines is not None:  # the summary lines, once the progress line is gone
        lines.seek(0)
        shutil.copyfileobj(lines, stdout)
        lines.close()
    if not selection.files and not selection.errors:
        print(error_line(UserError(None, "usage.no_reports")), file=stderr)
        return 2, done
    return (1 if failed else 0), done


def _select(options: Options, stderr: TextIO) -> tuple[Selection, dict[Path, str], int]:
    """The report files named, each with its output's name; what cannot be read or named is said on stderr
    and counted (the third value)."""
    selection = collect(options.paths)
    for error in selection.errors:
        print(error_line(error), file=stderr)
    if selection.skipped:
        print(error_line(skipped_line(selection.skipped), "warning"), file=stderr)
    if selection.not_files:
        print(error_line(not_files_line(selection.not_files), "warning"), file=stderr)
    names, clashes = output_names(selection.files)  # before anything is written
    for error in clashes:
        print(error_line(error), file=stderr)
    selection.files = [path for path in selection.files if path in names]
    from extractor.runtime.folders import remove_stale_temporaries

    for folder in sorted({(options.out / name).parent for name in names.values()} - {options.out}):
        remove_stale_temporaries(folder)  # what a killed run left in the folders of reports that share a name
    return selection, names, len(selection.errors) + len(clashes)


def _extract_and_write(item: _Planned, options: Options, store, outcomes: Iterator,
                       runner) -> tuple[str, str, bool]:
    """The report of one planned file (from the cache, or extracted), written if changed: its text, what the
    write gave, and whether the report is in the cache."""
    text = store.get(item.key) if item.cached else None
    fresh = text is None
    if fresh:  # not cached, or the entry went since the plan (then extracted here)
        text = _extract(item, options, outcomes, None if item.cached else runner)
    try:
        with stage("write"):
            written = write_if_changed(item.output, text, linked=True)
    except OSError as error:
        raise _WriteFailed(error) from error
    stored = fresh and store is not None and item.key and f'"sha256": "{item.digest}"' in text
    if stored:
        store.put(item.key, text)  # only when the report is of the bytes the key was made from
    return text, written, bool(store is not None and item.key and (not fresh or stored))


def _said_failure(error: Exception, item: _Planned, options: Options, progress: Progress, stderr: TextIO,
                  write_failures: list[OSError] | None) -> bool:
    """Say in one line why a report failed (with --debug, a bug's traceback instead: the error is raised again);
    True when the run goes on with the next report, False when it stops."""
    if isinstance(error, InputError):
        progress.clear()
        print(error_line(error), file=stderr)
        return True
    if options.debug:
        if isinstance(error, _WorkerBug):
            progress.clear()
            stderr.write(f"{item.shown}: in the worker process:\n{error.trace}")
        raise error
    progress.clear()
    if isinstance(error, _WriteFailed):  # the output folder: full, gone read-only, a name it cannot hold
        failure = error.error
        print(error_line(UserError(None, "write.output", file=failure.filename or item.output,
                                   cause=failure.strerror or failure)), file=stderr)
        if write_failures is not None:
            write_failures.append(failure)
        return False
    if isinstance(error, _ExecutorFailed):
        print(f"error: {item.shown}: the worker processes failed ({error}); nothing more was extracted; "
              "rerun with --jobs 1, or with --debug for the traceback", file=stderr)
        return False
    summary = error.summary if isinstance(error, _WorkerBug) else f"{type(error).__name__}: {error}"
    print(internal_error(summary, item.shown), file=stderr)  # a bug: one line, unless asked for the traceback
    return True


def run_corpus(options: Options, stdout: TextIO, stderr: TextIO) -> int:
    """`extract PATH...`: the reports, the diff of each pair of consecutive years and the series, then one
    summary of the whole run. The workers are shared by the extraction and the diffs."""
    from extractor.diff.messages import use_language
    from extractor.runtime.folders import remove_stale_temporaries

    use_language(options.language)  # the summary speaks the language the diffs are written in
    remove_stale_temporaries(options.out)
    started = time.monotonic()
    workers = Workers(options)
    series = None
    diffs: list = []
    diff_code = 0
    totals = None
    done: list[Extracted] = []
    code = 0
    write_failures: list[OSError] = []
    try:
        code, done = run(options, stdout, stderr, workers, started=started, write_failures=write_failures)
        if done and not write_failures:
            from extractor.commands.link_step import link_reports

            link_reports(done)
        if len(done) >= 2 and not write_failures:  # after a failed write, nothing more is written
            from extractor.commands import steps

            series = steps.SeriesStep(done, options)  # its files are written while the workers diff
            totals = steps.Totals()
            diff_code, diffs = steps.corpus_diff(done, options, stdout, stderr, workers, started=started,
                                                 totals=totals)
            code = max(code, diff_code)
    except WriteFailed as failure:  # a diff's file: no series either, and no temporary file left
        if series is not None:
            series.abort()
            series = None
        if options.debug:
            raise
        print(error_line(failure), file=stderr)
        code = 1
    except BaseException:
        if series is not None:
            series.abort()
        workers.close(wait=False, now=True)
        raise
    finally:
        workers.close(wait=False)  # the workers wind down while the series is finished
    if series is not None:
        code = max(code, series.finish(diffs, diff_code == 0, stdout, stderr))
    if not options.quiet and (len(done) >= 2 or code):
        stdout.write(corpus_summary(done, totals, options.baseline) + "\n")
    if code == 0 and totals is not None and options.fail_on != "never":
        from extractor.commands.steps import SEVERITIES

        levels = SEVERITIES[:SEVERITIES.index(options.fail_on) + 1]
        if any(totals.counts[level] for level in levels):
            code = 1
    return code


def corpus_summary(done: list[Extracted], totals, baseline=None) -> str:
    """One paragraph for the whole run: reports, figures, findings by severity and where most of them are
    (no time: the screen output is the same for every --jobs, byte for byte); with a baseline, the new
    findings only, how many it accepted, and its entries no diff found any more. In the run's language."""
    from extractor.diff import messages as words

    run = words.vocabulary()["run"]
    figures = sum(item.figures for item in done)
    lines = [run["corpus"].format(reports=words.counted("report", len(done)), figures=words.counted("figure", figures))]
    if totals is not None:
        accepted = run["accepted_in"].format(n=totals.accepted, file=baseline.path) if baseline is not None else ""
        lines.append(run["findings"].format(diffs=words.counted("diff", totals.diffs), counts=counts_text(totals.counts))
                     + accepted)
        worst = sorted(totals.by_report.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))[:5]
        for report, (errors, warnings) in worst:
            if errors or warnings:
                lines.append(run["worst"].format(report=report, errors=words.counted("error", errors),
                                                 warnings=words.counted("warning", warnings)))
        from extractor.commands.steps import gone

        for entry in gone(totals, baseline):
            lines.append(run["gone"].format(file=baseline.path, severity=run[entry.severity], rule=entry.rule,
                                            fingerprint=entry.fingerprint, message=entry.message,
                                            years=", ".join(str(y) for y in entry.years)))
    return "\n".join(lines)



def skipped_line(skipped: list[Path]) -> str:
    from extractor.diff.messages import counted

    kinds = ", ".join(sorted({path.suffix.lower() for path in skipped}))
    shown = ", ".join(str(path) for path in skipped[:10])
    more = {"more": len(skipped) - 10} if len(skipped) > 10 else {}
    return UserError(None, "warn.skipped_more" if more else "warn.skipped", files=counted("file", len(skipped)),
                     kinds=kinds, shown=shown, **more).line()



def _plan(path: Path, output: Path, options: Options, store, fingerprint: str | None) -> _Planned:
    shown = display_path(path)
    item = _Planned(path, str(shown), str(output))
    try:
        data = report_bytes(path)
    except OSError:
        return item  # extracted (and refused) as before, with the reader's own message
    item.size = len(data)
    if store is None:
        return item
    from extractor.runtime.cache import key

    item.digest = hashlib.sha256(data).hexdigest()
    year = str(options.fiscal_year) if options.fiscal_year is not None else None
    item.key = key("report", item.digest, shown.as_posix(), year, options.organisation, fingerprint,
                   *pdf_engine.cache_parts(shown))
    item.cached = store.get(item.key) is not None
    return item


def _task_arguments(misses: list[_Planned], options: Options, runner) -> Iterator[tuple]:
    ships = getattr(runner, "ships_bytes", False)
    for item in misses:
        data = None
        if ships or item.path == STDIN:  # standard input is this process's alone
            try:
                data = report_bytes(item.path)
            except OSError:
                data = None  # the worker reports the file as unreadable, as a local run would
        yield (str(item.shown), data, options.fiscal_year, options.organisation, pdf_engine.selected())


def _extract(item: _Planned, options: Options, outcomes: Iterator, runner) -> str:
    if runner is None:
        from extractor.runtime.jsonio import dumps, validate

        report = extract_file(item.shown, options.fiscal_year, options.organisation)
        with stage("validate"):
            validate(report, "report")
            return dumps(report)
    try:
        status, *rest = next(outcomes)
    except Exception as error:  # the executor itself failed (a worker killed, the cluster gone)
        raise _ExecutorFailed(f"{type(error).__name__}: {error}".strip().splitlines()[0]) from error
    if status == "input":  # the worker's error, worded here in the run's language; a line as the worker said it
        raise rest[0] if isinstance(rest[0], InputError) else _Refused(rest[0])
    if status == "bug":
        raise _WorkerBug(rest[0], rest[1])
    return rest[0]


class _WriteFailed(Exception):
    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


class _ExecutorFailed(Exception):
    """The processes or the cluster the reports went to failed: the run stops, with one line."""


class _Refused(InputError):
    """An InputError that happened in a worker: its one line, as the worker wrote it."""

    def __init__(self, line: str) -> None:
        Exception.__init__(self, line)
        self._text = line

    def line(self) -> str:
        return self._text



def summary(item: Extracted) -> str:
    return _summary_line(item.source, item.output, item.report)


def _summary_line(source: Path, output: Path, report: dict) -> str:
    return f"{source} → {output}\n{report_summary(report_facts(report))}"


