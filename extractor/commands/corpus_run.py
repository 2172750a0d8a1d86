"""What the steps of one `extract` run share: its options, the reports it wrote, its worker processes, its
cache stores, its progress line, and writing a file only when its text changed."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

from extractor.document.readers import pdf_engine

# Below this many bytes of reports to extract, the run stays in this process: starting worker processes
# (each imports spaCy, ~1 s) would cost more than it saves. Two text reports of the corpus are ~70 KB.
POOL_MIN_BYTES = 256 * 1024


class Extracted:
    """A report written: where from, where to, and the report itself, read back from `output` when asked for
    (the last few are kept) unless it was given. A corpus run holds one per report until its end, so it holds
    little: the report's `document` part as compressed JSON (300 bytes against 1,500 as a dict), read when
    asked for."""

    __slots__ = ("_source", "_output", "_report", "_document", "fiscal_year", "organisation", "figures",
                 "output_digest", "kind")

    def __init__(self, source: Path, output: Path, report: dict | None = None, *,
                 document: dict | None = None, figures: int | None = None, output_digest: str | None = None,
                 ) -> None:
        self.output_digest = output_digest  # the sha256 of `output` as written, when known
        self._source = str(source)  # a path as text: a third of a Path's size
        self._output = str(output)
        self._report = report
        document = document if report is None else report["document"]
        self._document = zlib.compress(json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode())
        self.fiscal_year = document["fiscal_year"]
        self.kind = document.get("kind")
        self.organisation = sys.intern(document["organisation"]) if document["organisation"] else None
        self.figures = figures if figures is not None else len(report["indicators"]) if report else 0

    @property
    def source(self) -> Path:
        return Path(self._source)

    @property
    def output(self) -> Path:
        return Path(self._output)

    @property
    def document(self) -> dict:
        """The report's `document` part (a new dict each time)."""
        return json.loads(zlib.decompress(self._document))

    @property
    def report(self) -> dict:
        if self._report is not None:
            return self._report
        stat = os.stat(self._output)
        return _read_report(self._output, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=4)
def _read_report(path: str, mtime_ns: int, size: int) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


@dataclass
class Options:
    paths: list[Path]
    out: Path
    fiscal_year: int | None = None
    organisation: str | None = None
    debug: bool = False
    quiet: bool = False
    jobs: int | None = None  # None: one per core
    cache: bool = True
    cache_dir: Path | None = None  # None: cache.default_dir()
    executor: str = "local"  # "local" | "dask"
    scheduler: str | None = None  # the Dask scheduler's address
    pool_min_bytes: int = POOL_MIN_BYTES
    fail_on: str = "never"  # "error" | "warning" | "info" | "never": exit 1 on a diff finding at that level
    baseline: Any = None  # extractor.diff.baseline.Baseline: accepted findings, neither shown nor counted
    language: str = "nl"  # of the findings' messages and the summary: "nl" | "en" (--lang)


class Workers:
    """The worker processes (or the Dask cluster) of one run, started when a step first needs them and
    shared by its steps: the diffs reuse the workers that extracted the reports."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self._runner = None

    def for_extraction(self, misses: list):
        """None: extract here; else the executor the reports go to."""
        options = self.options
        if self._runner is None:
            if options.executor == "dask":
                if misses:
                    self._runner = parallel().executor("dask", 0, options.scheduler)
            else:
                jobs = min(options.jobs or parallel().default_jobs(), len(misses))
                if jobs >= 2 and sum(item.size for item in misses) >= options.pool_min_bytes:
                    self._runner = parallel().executor("local", jobs, None)
        # reports extracted here: the pages of a long PDF are read by the --jobs processes (pdf_pages)
        pdf_engine.use_page_jobs(1 if self._runner is not None else options.jobs or parallel().default_jobs())
        return self._runner

    def for_diffs(self, misses: int):
        """None: diff here; else the executor the pairs go to (a new pool needs no spaCy)."""
        options = self.options
        if self._runner is None and misses:
            if options.executor == "dask":
                self._runner = parallel().executor("dask", 0, options.scheduler)
            elif misses >= 8 and (options.jobs or parallel().default_jobs()) > 1:
                self._runner = parallel().executor("local", min(options.jobs or parallel().default_jobs(),
                                                                misses), None, warm=False)
        return self._runner

    def close(self, wait: bool = True, now: bool = False) -> None:
        """Stop the workers; without `wait`, they finish exiting while this process goes on; `now` (an
        interruption) stops them where they are, dropping the work in flight."""
        if self._runner is not None:
            self._runner.close(wait, now=now) if now else self._runner.close(wait)
            self._runner = None


def parallel():
    from extractor.runtime import parallel as module

    return module


def cache_store(options: Options, kind: str):
    if not options.cache:
        return None, None
    from extractor.runtime import cache

    return cache.Cache(options.cache_dir or cache.default_dir(), kind), cache.code_fingerprint()


class WriteFailed(Exception):
    """An output could not be written (a full disk, a folder gone read-only): the run writes nothing more."""

    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(str(error))
        self.path = Path(error.filename) if error.filename else path
        self.error = error

    def line(self) -> str:
        from extractor.runtime.errors import UserError

        return UserError(None, "write.output", file=self.path, cause=self.error.strerror or self.error).line()


# a figure's series id in a report JSON: a line of its own, added by the link step after extraction
_SERIES_LINE = re.compile(rb'^ *"series": "[^"\n]*",\n', re.MULTILINE)
_POSSIBLE_SERIES = re.compile(rb'^( *)"possible_series": \[\n.*?\n\1\],\n', re.MULTILINE | re.DOTALL)


def write_if_changed(path: Path, text: str, linked: bool = False) -> str:
    """Write atomically, unless the file already holds exactly this text (a rerun touches nothing); `linked`:
    nor when it holds this text with the series ids and possible series the link step adds
    (extractor/commands/link_step.py).
    Returns the sha256 of the file's bytes."""
    data = text.encode("utf-8")
    try:
        size = path.stat().st_size
        if size == len(data) and path.read_bytes() == data:
            return hashlib.sha256(data).hexdigest()
        if linked and size > len(data):
            held = path.read_bytes()
            if _SERIES_LINE.sub(b"", _POSSIBLE_SERIES.sub(b"", held)) == data:
                return hashlib.sha256(held).hexdigest()
    except OSError:
        pass
    from extractor.runtime.jsonio import write_text_atomic  # jsonschema: not for `extract --help`

    write_text_atomic(path, text)
    return hashlib.sha256(data).hexdigest()


class Progress:
    """A one-line progress display on a terminal for runs of several items; silent when piped. The line says
    the step, the item, and the time since the run started, ticking while a slow item (or the start of the
    worker processes) is awaited."""

    TICK_S = 0.5

    def __init__(self, total: int, stream: TextIO, step: str = "extract", started: float | None = None) -> None:
        self.total = total
        self.stream = stream
        self.label = step
        self.active = total >= 1 and hasattr(stream, "isatty") and stream.isatty()
        self.count = 0
        self.started = time.monotonic() if started is None else started
        self._current = ""
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None

    def _draw(self) -> None:
        elapsed = time.monotonic() - self.started
        self.stream.write(f"\r\033[K{self.label} [{self.count}/{self.total}] {elapsed:5.1f}s {self._current}")
        self.stream.flush()

    def step(self, item: object) -> None:
        self.count += 1
        if self.active:
            with self._lock:
                self._current = str(item)
                self._draw()
            if self._ticker is None:
                self._ticker = threading.Thread(target=self._tick, name="progress", daemon=True)
                self._ticker.start()

    def _tick(self) -> None:
        while not self._stop.wait(self.TICK_S):
            with self._lock:
                if self._stop.is_set():
                    return
                try:
                    self._draw()
                except (OSError, ValueError):
                    return

    def clear(self) -> None:
        if self.active:
            with self._lock:
                self.stream.write("\r\033[K")
                self.stream.flush()

    def close(self) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join()
            self._ticker = None
        self.clear()


@contextmanager
def step_end(workers: Workers, own: bool, progress: Progress) -> Iterator[None]:
    """The end of a step of the corpus run (the extraction, the diffs): its progress line closed, and the worker
    processes it started closed too, at once (no waiting on the pool) when it leaves on an exception or a
    signal. Workers the step was given are its caller's to close."""
    try:
        yield
    except BaseException:
        if own:
            workers.close(wait=False, now=True)
            own = False
        raise
    finally:
        progress.close()
        if own:
            workers.close()
