"""The steps of `extract corpus/` after extraction: the diff of each pair of consecutive fiscal years (of
one organisation), and the indicator-by-year series. Both go through the cache: a rerun on an unchanged
corpus recomputes nothing and rewrites nothing."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TextIO

from extractor.commands.extract import Extracted, Options, Workers, cache_store, parallel, write_if_changed
from extractor.corpus import consecutive

SEVERITIES = ("error", "warning", "info")


def pairs(done: list[Extracted]) -> list[tuple[Extracted, Extracted]]:
    return consecutive(done, lambda item: item.organisation, lambda item: item.fiscal_year,
                       lambda item: item.source)


def corpus_diff(done: list[Extracted], options: Options, stdout: TextIO, stderr: TextIO,
                workers: Workers | None = None) -> tuple[int, list[tuple[Extracted, Extracted, str]]]:
    """Diff each pair, through the same executor and cache as the reports: a pair whose two report JSONs
    are unchanged is not diffed again. Returns the exit code and the findings JSON text of each pair."""
    cache, fingerprint = cache_store(options, "diffs")
    planned = []
    for old, new in pairs(done):
        target = options.out / f"diff-{old.output.stem}--{new.output.stem}.json"
        entry = None
        if cache is not None:
            from extractor.cache import key

            entry = key("diff", _digest(old.output), _digest(new.output), fingerprint)
        planned.append((old, new, target, entry, cache.get(entry) if entry else None))
    misses = [(old, new) for old, new, _, _, text in planned if text is None]
    own = workers is None
    workers = workers or Workers(options)
    runner = workers.for_diffs(len(misses))
    arguments = ((old.output.read_text(encoding="utf-8"), new.output.read_text(encoding="utf-8"))
                 for old, new in misses)
    outcomes = runner.map(parallel().diff_task, arguments) if runner is not None \
        else (parallel().diff_task(*args) for args in arguments)
    code = 0
    results = []
    try:
        for old, new, target, entry, text in planned:
            if text is None:
                status, *rest = next(outcomes)
                if status != "ok":
                    if options.debug:
                        stderr.write(rest[1])
                        raise RuntimeError(rest[0])
                    print(f"error: diff {old.source} → {new.source}: internal error ({rest[0]}); "
                          "rerun with --debug and report it", file=stderr)
                    code = 1
                    continue
                text = rest[0]
                if cache is not None and entry:
                    cache.put(entry, text)
            write_if_changed(target, text)
            results.append((old, new, text))
            if not options.quiet:
                print(summary(old, new, target, json.loads(text)), file=stdout)
    finally:
        if own:
            workers.close()
    return code, results


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def summary(old: Extracted, new: Extracted, target: Path, findings: dict) -> str:
    """A few lines for the screen: counts, then each error and warning on a line of its own."""
    years = f"{old.fiscal_year} → {new.fiscal_year}"
    counts = {level: sum(1 for f in findings["findings"] if f["severity"] == level) for level in SEVERITIES}
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


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def corpus_series(done: list[Extracted], diffs: list[tuple[Extracted, Extracted, str]], options: Options,
                  stdout: TextIO, stderr: TextIO) -> int:
    """The series of the reports just extracted, with the findings the diff step found. When no report and
    no diff changed since the files were written, nothing is recomputed."""
    from extractor.commands import series

    cache, fingerprint = cache_store(options, "series")
    entry = None
    if cache is not None:
        from extractor.cache import key

        entry = key("series", options.out.resolve().as_posix(), fingerprint,
                    *[_digest(item.output) for item in done], *[text for _, _, text in diffs])
        if _unchanged(cache.get(entry)):
            if not options.quiet:
                stdout.write("series → " + ", ".join(str(options.out / n) for n in series.DEFAULT_NAMES.values())
                             + " (unchanged)\n")
            return 0
    findings = [{**finding, "old": old.source.as_posix(), "new": new.source.as_posix()}
                for old, new, text in diffs for finding in json.loads(text)["findings"]]
    try:
        written = series.write_for_corpus([_for_series(item.report) for item in done], options.out, findings)
    except Exception as error:
        if options.debug:
            raise
        stderr.write(f"error: series: internal error ({type(error).__name__}: {error}); rerun with --debug "
                     "and report it\n")
        return 1
    if cache is not None and entry:
        cache.put(entry, json.dumps({path.as_posix(): _digest(path) for path in written}, sort_keys=True))
    if not options.quiet:
        stdout.write("series → " + ", ".join(str(path) for path in written) + "\n")
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
