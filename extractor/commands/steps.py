"""The steps of `extract corpus/` after extraction: the diff of each pair of consecutive fiscal years (of
one organisation), and the indicator-by-year series. Both go through the cache: a rerun on an unchanged
corpus recomputes nothing and rewrites nothing."""

from __future__ import annotations

import hashlib
import json
import shlex
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TextIO

from extractor.commands.corpus_run import (Extracted, Options, Progress, Workers, WriteFailed, cache_store, parallel,
                                           step_end, write_if_changed)
from extractor.commands.facts import DIFF_FACTS, SEVERITIES, counts_text, diff_facts, remembered
from extractor.recognise.metadata import organisation_key
from extractor.runtime.errors import UserError, error_line, internal_error
from extractor.runtime.inputs import consecutive, diff_name, not_compared
from extractor.runtime.names import shown


def pairs(done: list[Extracted]) -> list[tuple[Extracted, Extracted]]:
    return consecutive(done, lambda item: item.organisation, lambda item: item.fiscal_year,
                       lambda item: item.source, lambda item: item.source.parent,
                       kind=lambda item: item.kind, figures=lambda item: item.figures)


@dataclass
class Totals:
    """The findings of every diff of a run, counted: by severity, and errors and warnings by report."""

    diffs: int = 0
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SEVERITIES, 0))
    by_report: dict[str, list[int]] = field(default_factory=dict)
    accepted: int = 0  # findings a baseline accepted (not counted above)
    seen: set[str] = field(default_factory=set)  # the fingerprints of every finding of the run
    scopes: list[tuple[str, set]] = field(default_factory=list)  # (organisation key, years) of each diff

    def add(self, facts: dict) -> None:
        """Count a diff in, from its facts (extractor/commands/facts.py); with a baseline, `facts` are those
        of `unaccepted`."""
        self.diffs += 1
        for severity, n in facts["counts"].items():
            self.counts[severity] = self.counts.get(severity, 0) + n
        for document, severity in facts["places"]:
            tally = self.by_report.setdefault(document, [0, 0])
            tally[0 if severity == "error" else 1] += 1


def unaccepted(facts: dict, baseline) -> tuple[dict, int]:
    """The facts of a diff without the findings `baseline` accepts, and how many it accepted."""
    if baseline is None:
        return facts, 0
    counts = dict.fromkeys(SEVERITIES, 0)
    places, lines, accepted = [], [], 0
    for fingerprint, severity, document, line in facts["items"]:
        if baseline.accepts(fingerprint):
            accepted += 1
            continue
        counts[severity] += 1
        if document is not None:
            places.append([document, severity])
        if line is not None:
            lines.append(line)
    return {**facts, "counts": counts, "places": places, "lines": lines}, accepted


def gone(totals: Totals, baseline) -> list:
    """The entries of `baseline` that some diff of the run could have found, and none did."""
    if baseline is None:
        return []
    return [entry for fingerprint, entry in sorted(baseline.entries.items())
            if fingerprint not in totals.seen
            and any(entry.in_scope(organisation, years, None) for organisation, years in totals.scopes)]


def corpus_diff(done: list[Extracted], options: Options, stdout: TextIO, stderr: TextIO,
                workers: Workers | None = None, started: float | None = None, totals: Totals | None = None,
                ) -> tuple[int, list[tuple[Extracted, Extracted, Path]]]:
    """Diff each pair, through the same executor and cache as the reports: a pair whose two report JSONs
    are unchanged is not diffed again. Returns the exit code and the findings JSON file of each pair; the
    findings are counted into `totals`, when given. A cached diff is read when its turn comes (the plan holds no text: a rerun over
    thousands of pairs holds one at a time)."""

    cache, fingerprint = cache_store(options, "diffs")
    facts_store, _ = cache_store(options, "facts")

    def entry_of(old: Extracted, new: Extracted) -> str | None:
        if cache is None:
            return None
        from extractor.runtime.cache import key

        return key("diff", _output_digest(old), _output_digest(new), fingerprint, options.language)

    for item in not_compared(done, lambda item: item.organisation):
        print(error_line(UserError(item.source, "compare.unknown_organisation"), "warning"), file=stderr)
    # the plan holds the pairs and whether the cache has them, no more: its entries and targets are made again
    # when each pair's turn comes (a rerun over thousands of pairs keeps little per pair)
    planned = [(old, new, cache is not None and cache.get(entry_of(old, new)) is not None)
               for old, new in pairs(done)]
    misses = [(old, new) for old, new, hit in planned if not hit]
    own = workers is None
    workers = workers or Workers(options)
    runner = workers.for_diffs(len(misses))
    arguments = ((old.output.read_text(encoding="utf-8"), new.output.read_text(encoding="utf-8"), options.language)
                 for old, new in misses)
    outcomes = runner.map(parallel().diff_task, arguments) if runner is not None \
        else (parallel().diff_task(*args) for args in arguments)
    code = 0
    results = []
    totals = totals if totals is not None else Totals()
    progress = Progress(len(planned), stderr, "diff", started)
    used: set[str] = set()
    with step_end(workers, own, progress):
        for old, new, hit in planned:
            progress.step(f"{old.source} → {new.source}")
            target = options.out / diff_name(_relative(old.output, options.out), _relative(new.output, options.out))
            while target.as_posix().casefold() in used:  # two pairs whose names join alike ("a--b" + "c", "a" + "b--c")
                target = target.with_name(target.stem + "-2.json")
            used.add(target.as_posix().casefold())
            entry = entry_of(old, new)
            text = cache.get(entry) if hit else None
            if text is None and hit:  # the entry went since the plan: diffed here
                hit = False
                status, *rest = parallel().diff_task(old.output.read_text(encoding="utf-8"),
                                                     new.output.read_text(encoding="utf-8"), options.language)
            elif text is None:
                status, *rest = next(outcomes)
            if text is None:
                if status != "ok":
                    if options.debug:
                        stderr.write(rest[1])
                        raise RuntimeError(rest[0])
                    progress.clear()
                    print(internal_error(rest[0], f"diff {old.source} → {new.source}"), file=stderr)
                    code = 1
                    continue
                text = rest[0]
                if cache is not None and entry:
                    cache.put(entry, text)
            try:
                write_if_changed(target, text)
            except OSError as error:
                raise WriteFailed(target, error) from error
            results.append((old, new, target))
            facts = remembered(facts_store, entry, text, diff_facts, DIFF_FACTS)
            del text
            totals.seen.update(item[0] for item in facts["items"] if item[0])
            totals.scopes.append((organisation_key(new.organisation or old.organisation),
                                  {old.fiscal_year, new.fiscal_year}))
            facts, accepted = unaccepted(facts, options.baseline)
            totals.accepted += accepted
            totals.add(facts)
            if not options.quiet:
                progress.clear()
                print(summary(old, new, target, facts, accepted if options.baseline is not None else None),
                      file=stdout)
    return code, results


def _relative(output: Path, out: Path) -> str:
    """A report's output name, as output_names gave it (relative to the output folder)."""
    try:
        return output.relative_to(out).as_posix()
    except ValueError:
        return output.name


def _read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _output_digest(item: Extracted) -> str:
    """The sha256 of a report's JSON: known when this run wrote or checked it, else read from the file."""
    return item.output_digest or _digest(item.output)


def _digest(path: Path) -> str:
    stat = path.stat()
    return _file_digest(str(path), stat.st_ino, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_size)


@lru_cache(maxsize=4096)
def _file_digest(path: str, *version: int) -> str:
    """The sha256 of a file as it is now (`version`: its inode, times and size; outputs are replaced by
    renaming, so a rewritten file has a new inode): the series and the diffs key on the same report JSONs.
    Read a block at a time: the series files grow with the corpus (series.json is some 50 KB a report), and
    a rerun checks them all."""
    with open(path, "rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def summary(old: Extracted, new: Extracted, target: Path, facts: dict, accepted: int | None = None) -> str:
    """A few lines for the screen, in the run's language: counts (and with a baseline how many it accepted),
    then each error and warning on a line of its own."""
    from extractor.diff import messages as words

    run = words.vocabulary()["run"]
    labels = words.vocabulary()["labels"]
    statuses = ", ".join(f"{n} {labels.get(status) if status != 'changed' else run['changed']}"
                         for status, n in sorted(facts["statuses"].items()))
    lines = [run["diff"].format(old=old.fiscal_year, new=new.fiscal_year, target=target),
             run["counts"].format(counts=counts_text(facts["counts"]), statuses=statuses,
                                  accepted=run["accepted"].format(n=accepted) if accepted is not None else ""),
             *facts["lines"],
             run["all_of_it"].format(old=shlex.quote(str(old.output)), new=shlex.quote(str(new.output)))]
    return "\n".join(lines)


class SeriesStep:
    """The series of the reports just extracted. The files are written one organisation at a time
    (extractor.series.writer), in a thread that starts before the diffs and runs while the workers diff;
    the findings go into the SQLite file last, when the diffs are done. A series is a function of the reports
    (the findings are too), so when no report changed since the files were written and they are still as
    written, nothing is recomputed."""

    def __init__(self, done: list[Extracted], options: Options) -> None:
        self.done = done
        self.options = options
        self._cache, fingerprint = cache_store(options, "series")
        self._entry = None
        if self._cache is not None:
            from extractor.runtime.cache import key

            self._entry = key("series", options.out.resolve().as_posix(), fingerprint,
                              *[_output_digest(item) for item in done])
        self.unchanged = self._entry is not None and _unchanged(self._cache.get(self._entry))
        self._writer = None
        self._error: BaseException | None = None
        self._thread = None
        if not self.unchanged:
            self._thread = threading.Thread(target=self._write_tables, name="series tables")
            self._thread.start()

    def _write_tables(self) -> None:
        from extractor.series.table import Corpus
        from extractor.series.writer import write_organisations

        try:
            corpus = Corpus.of(item.document for item in self.done)
            extracted = {item.document["path"]: item for item in self.done}
            self._writer = write_organisations(self.options.out, corpus,
                                               lambda document: _for_series(extracted[document["path"]].report))
        except BaseException as error:  # noqa: BLE001 - handed to finish(), in the main thread
            self._error = error

    def abort(self) -> None:
        """The run stopped before finish(): wait for the thread, and leave no temporary file behind."""
        if self._thread is not None:
            self._thread.join()
        if self._writer is not None:
            self._writer.abort()
            self._writer = None

    def finish(self, diffs: list[tuple[Extracted, Extracted, Path]], diffs_complete: bool, stdout: TextIO,
               stderr: TextIO) -> int:
        """Put the findings of `diffs` into the SQLite file and the four files in place; remembered in the
        cache only when every diff was made (`diffs_complete`)."""
        from extractor.series.writer import METADATA, NAMES

        options = self.options
        if self.unchanged:
            if not options.quiet:
                from extractor.diff import messages as words

                stdout.write(words.vocabulary()["run"]["series_unchanged"].format(
                    files=", ".join(str(options.out / n) for n in [*NAMES.values(), METADATA])) + "\n")
            return 0
        self._thread.join()
        try:
            if self._error is not None:
                raise self._error
            findings = ({**finding, "old": shown(old.source), "new": shown(new.source)}  # a file at a time
                        for old, new, path in diffs for finding in _read_json(path)["findings"])
            written = self._writer.finish(findings)
        except OSError as error:
            if options.debug:
                raise
            stderr.write(error_line(UserError(None, "write.series", file=error.filename or options.out,
                                              cause=error.strerror or error)) + "\n")
            return 1
        except Exception as error:
            if options.debug:
                raise
            stderr.write(internal_error(error, "series") + "\n")
            return 1
        if self._cache is not None and self._entry and diffs_complete:
            self._cache.put(self._entry, json.dumps({path.as_posix(): _digest(path) for path in written},
                                                    sort_keys=True))
        if not options.quiet:
            from extractor.diff import messages as words

            stdout.write(words.vocabulary()["run"]["series"].format(files=", ".join(str(path) for path in written))
                         + "\n")
        return 0


# What the series reads of a report; the rest (sentences, entities, furniture, the conditions table) is most
# of its size, and the series of a large corpus holds every report at once.
_SERIES_PARTS = ("schema_version", "document", "statute_references", "legal_references", "meetings", "warnings")


def _for_series(report: dict) -> dict:
    slim = {key: report[key] for key in _SERIES_PARTS if key in report}
    slim["indicators"] = [{key: value for key, value in indicator.items() if key != "sentence"}
                          for indicator in report["indicators"]]
    return slim


def _unchanged(recorded: str | None) -> bool:
    """The files a series run wrote are all still there, as it wrote them."""
    if recorded is None:
        return False
    try:
        return all(Path(path).exists() and _digest(Path(path)) == digest
                   for path, digest in json.loads(recorded).items())
    except (OSError, ValueError):
        return False
