"""Where the per-report work runs: in this process, in a pool of local processes, or on a Dask cluster.

Every executor has one method, `map(function, argument_tuples)`, which yields the results in the order of
the arguments, whatever order they finish in, and keeps at most a few tasks per worker in flight (so a run
over thousands of reports holds a bounded number of results in memory). The tasks below are plain module
functions (a Dask worker or a spawned process imports them by name) and never raise: they return
`("ok", text)`, `("input", error)` for a file that cannot be read (the InputError, worded where it is shown, in
that process's language), or `("bug", "Type: message", traceback)`.

Local pool: `spawn` processes (the default on macOS and Windows too; no fork of a process that holds spaCy
and threads), each building the spaCy pipeline once, at start, in parallel with the others. Dask: the
report's bytes travel to the worker (no shared file system needed); workers need `extractor` installed and
should run one thread each and not be daemonic (`DASK_DISTRIBUTED__WORKER__DAEMON=False dask worker ADDRESS
--nthreads 1`: the PDF reader starts a guarded child process, which a daemonic worker may not do; a PDF sent
to one is refused with that remedy).
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import threading
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.context import SpawnContext, SpawnProcess
from pathlib import Path
from typing import Any

from extractor.runtime.errors import InputError, UserError

Outcome = tuple  # ("ok", text) | ("input", InputError or its line) | ("bug", summary, traceback)
IN_FLIGHT_PER_WORKER = 32  # results are written in input order: room for short tasks while a PDF runs


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


# ------------------------------------------------------------------------------------------------ tasks

def report_text(path: Path, fiscal_year: int | None, organisation: str | None) -> str:
    """The validated report JSON of one file, as written to outputs/."""
    from extractor.runtime.jsonio import dumps, validate
    from extractor.pipeline import extract_file

    report = extract_file(path, fiscal_year, organisation)
    validate(report, "report")
    return dumps(report)


def extract_task(shown: str, data: bytes | None, fiscal_year: int | None, organisation: str | None,
                 pdf_engine: str | None = None) -> Outcome:
    """Extract the report at `shown` (a path valid in this process), or from `data`, its bytes, when given;
    a PDF with `pdf_engine` (None: this process's; a Dask worker does not have the caller's environment)."""
    if pdf_engine is not None:
        from extractor.document.readers.pdf_engine import choose

        choose(pdf_engine)
    if Path(shown).suffix.lower() == ".pdf" and _daemonic():
        return ("input", InputError(shown, "dask.daemonic_worker"))  # worded by the parent, in its language
    try:
        if data is None:
            return ("ok", report_text(Path(shown), fiscal_year, organisation))
        return ("ok", _text_from_bytes(Path(shown), data, fiscal_year, organisation))
    except InputError as error:
        return ("input", error)  # an InputError pickles whole: the parent words it in its language
    except Exception as error:  # noqa: BLE001 - a bug: the parent reports it in one line, or raises with --debug
        return ("bug", f"{type(error).__name__}: {error}", traceback.format_exc())


def _daemonic() -> bool:
    import multiprocessing

    return bool(multiprocessing.current_process().daemon)


def _text_from_bytes(shown: Path, data: bytes, fiscal_year: int | None, organisation: str | None) -> str:
    """As report_text, for a file that exists only as bytes here: read from a copy of the same name, then
    named as the user sees it (the report's path, and any error, name `shown`)."""
    from extractor.runtime.jsonio import dumps, validate
    from extractor.pipeline import extract_document
    from extractor.document.readers import read_document

    with tempfile.TemporaryDirectory(prefix="extractor-") as folder:
        copy = Path(folder) / (shown.name if shown != Path("-") else "stdin.txt")
        copy.write_bytes(data)
        try:
            document = read_document(copy)
        except InputError as error:
            raise error.at(shown) from None
    document.path = shown
    report = extract_document(document, fiscal_year, organisation)
    validate(report, "report")
    return dumps(report)


def diff_task(old_text: str, new_text: str, language: str = "nl") -> Outcome:
    """The validated findings JSON of two report JSON texts, its messages in `language`."""
    try:
        import json

        from extractor import diff
        from extractor.diff.messages import use_language

        use_language(language)
        from extractor.runtime.jsonio import dumps

        findings = diff.findings_to_json(diff.diff_reports(json.loads(old_text), json.loads(new_text)))
        return ("ok", dumps(findings))  # findings_to_json validated it
    except Exception as error:  # noqa: BLE001
        return ("bug", f"{type(error).__name__}: {error}", traceback.format_exc())


def _start_worker(warm: bool, startup_cache: Path | None = None, parent: int | None = None) -> None:
    """Pool initializer: the worker dies with its parent (`parent`, its pid: extractor.runtime.orphans);
    Ctrl-C is the parent's to handle (it stops the workers: no traceback of their own); the start-up caches
    are the parent's (`startup_cache`, None: none); with `warm`, load spaCy, the patterns and the schemas
    before the first task."""
    from extractor.runtime import cache
    from extractor.runtime.orphans import die_with_parent
    from extractor.runtime.terminal import ignore_interrupts

    die_with_parent(parent)
    ignore_interrupts()
    cache.use_for_startup(startup_cache)
    if warm:
        _warm_up()


def _warm_up() -> None:
    """Load spaCy, the patterns and the schemas once per worker, before the first task."""
    from extractor.dutch import patterns
    from extractor.pipeline import extract_text

    extract_text(patterns.load("indicators")["examples"][0]["text"], 2024)  # any real sentence will do


# -------------------------------------------------------------------------------------------- executors

class InProcess:
    """Run each task here, one after the other."""

    workers = 1

    def map(self, function: Callable[..., Any], arguments: Iterable[tuple]) -> Iterator[Any]:
        for args in arguments:
            yield function(*args)

    def close(self, wait: bool = True, now: bool = False) -> None:
        pass


class LocalPool:
    """`jobs` spawned processes on this machine."""

    def __init__(self, jobs: int, warm: bool = True) -> None:
        from concurrent.futures import ProcessPoolExecutor

        self.workers = jobs
        # warm: load spaCy in each worker before the first task (extraction); a pool for diffs needs no spaCy
        _quiet_pool_threads()
        quiet_resource_tracker()
        self._pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_quiet_spawn_context(),
                                         initializer=_start_worker, initargs=(warm, _startup_cache(), os.getpid()))

    def map(self, function: Callable[..., Any], arguments: Iterable[tuple]) -> Iterator[Any]:
        return _windowed(lambda args: self._pool.submit(function, *args), arguments,
                         self.workers * IN_FLIGHT_PER_WORKER)

    def close(self, wait: bool = True, now: bool = False) -> None:
        """Stop the pool. `now` (an interruption): end the workers where they are first, since a worker
        blocked handing back a result nobody reads would keep the pool's shutdown waiting for ever."""
        if now:
            global _INTERRUPTED
            _INTERRUPTED = True  # from here on, any thread's broken pipe is the interruption's
            processes = list((getattr(self._pool, "_processes", None) or {}).values())
            for process in processes:
                if process.is_alive():
                    process.terminate()
            self._pool.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                process.join(timeout=5)
            _remove_temporaries_of({process.pid for process in processes if process.pid}, _startup_cache())
            return
        self._pool.shutdown(wait=wait, cancel_futures=True)


def quiet_resource_tracker() -> None:
    """Workers ended mid-task (a full disk, Ctrl-C) leave the pool's semaphores to the process that tracks them,
    which removes them and, started without this, warns of each on stderr at its exit, after the run's one
    line: "resource_tracker: There appear to be 1 leaked semaphore objects". It is started with the warning
    options of this interpreter (multiprocessing passes sys.warnoptions on), so set before it starts."""
    if _TRACKER_QUIET not in sys.warnoptions:
        sys.warnoptions.append(_TRACKER_QUIET)


_TRACKER_QUIET = "ignore:resource_tracker:UserWarning"


def _remove_temporaries_of(pids: set[int], root: Path | None) -> None:
    """The temporary files that workers ended mid-write left in the start-up cache (the one store they write):
    each names its writer's pid (extractor.runtime.folders)."""
    if root is None or not pids:
        return
    from extractor.runtime.folders import temporaries_of

    for path in temporaries_of(root / "startup", pids):
        path.unlink(missing_ok=True)


def _startup_cache() -> Path | None:
    from extractor.runtime import cache

    return cache.startup_root()


def _quiet_pool_threads() -> None:
    """Workers ended mid-task (Ctrl-C reaches the whole process group) close the pipes under the pool's own
    threads, which may then fail ("Bad file descriptor", a future set after it was cancelled) and print it
    before the main thread even hears of the signal: noise, the run is ending anyway. Only the pool's own
    threads are silenced, and only for those errors; installed with the pool, once."""
    global _HOOKED
    if _HOOKED:
        return
    _HOOKED = True
    from concurrent.futures import InvalidStateError
    from concurrent.futures.process import _ExecutorManagerThread

    previous = threading.excepthook

    def hook(args: threading.ExceptHookArgs) -> None:
        pool_thread = isinstance(args.thread, _ExecutorManagerThread) or "QueueFeederThread" in str(
            getattr(args.thread, "name", ""))
        if (pool_thread or _INTERRUPTED) and args.exc_type is not None and \
                issubclass(args.exc_type, (OSError, EOFError, ValueError, InvalidStateError)):
            return
        previous(args)

    threading.excepthook = hook


_HOOKED = False
_INTERRUPTED = False


class _QuietProcess(SpawnProcess):
    """A `spawn` process started with Ctrl-C ignored: a Python started with SIGINT ignored never turns it
    into KeyboardInterrupt, so a worker still importing spaCy when the user presses Ctrl-C prints no
    traceback (the parent stops it). Set while the process starts, in the main thread only."""

    def start(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return super().start()
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            super().start()
        finally:
            signal.signal(signal.SIGINT, previous)


class _QuietContext(SpawnContext):
    Process = _QuietProcess


def _quiet_spawn_context() -> SpawnContext:
    return _QuietContext()


class DaskCluster:
    """An existing Dask cluster, by its scheduler's address ("tcp://10.0.0.5:8786")."""

    ships_bytes = True

    def __init__(self, address: str, timeout_s: float = 10.0) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise UserError(None, "dask.not_installed") from None
        try:
            self._client = Client(address, timeout=timeout_s, set_as_default=False)
        except (OSError, TimeoutError) as error:
            raise UserError(None, "dask.unreachable", address=address, cause=str(error)) from None
        self.workers = max(1, sum(self._client.nthreads().values()))

    def map(self, function: Callable[..., Any], arguments: Iterable[tuple]) -> Iterator[Any]:
        return _windowed(lambda args: self._client.submit(function, *args, pure=False), arguments,
                         self.workers * IN_FLIGHT_PER_WORKER)

    def close(self, wait: bool = True, now: bool = False) -> None:
        if now:
            self._client.close(timeout=5)
        else:
            self._client.close()


def _windowed(submit: Callable[[tuple], Any], arguments: Iterable[tuple], window: int) -> Iterator[Any]:
    """Submit ahead, at most `window` tasks unfinished-or-unread, and yield results in submission order."""
    pending: deque = deque()
    arguments = iter(arguments)
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < window:
                args = next(arguments, None)
                if args is None:
                    exhausted = True
                else:
                    pending.append(submit(args))
            if not pending:
                return
            yield pending.popleft().result()
    finally:
        for future in pending:  # stopped early (an error with --debug, Ctrl-C): drop what is left
            future.cancel()


def executor(kind: str, jobs: int, scheduler: str | None, warm: bool = True):
    if kind == "dask":
        if not scheduler:
            raise UserError(None, "dask.no_scheduler")
        return DaskCluster(scheduler)
    return LocalPool(jobs, warm) if jobs > 1 else InProcess()
