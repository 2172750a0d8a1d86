"""Run a PDF parse in a child process with a time and a memory limit that grow with the page count.

A malicious or broken PDF can make pdfminer loop or inflate a stream to gigabytes. The parse runs in a
forked child whose address space is capped (RLIMIT_AS: its size at the fork plus the memory limit), and the
parent waits at most the time limit for its answer, then kills it. Both limits are a base plus an amount per
page (`Limits`): the child reports the page count as soon as it has opened the file, and then raises its
memory cap and the parent its deadline, so that a genuine 1,000-page report is not taken for a hostile file.
The limits come from `read_pdf`'s arguments or from the environment (EXTRACT_PDF_SECONDS,
EXTRACT_PDF_SECONDS_PER_PAGE, EXTRACT_PDF_MEMORY_MB, EXTRACT_PDF_MEMORY_MB_PER_PAGE).

Every way the child can fail becomes an InputError, except a bug in our own code, which is raised as what it
is. Where fork is not available (Windows), the parse runs in this process, without the limits.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from extractor.runtime.errors import InputError, UserError

_OUR_CODE = str(Path(__file__).resolve().parent)
ENVIRONMENT = {"seconds": "EXTRACT_PDF_SECONDS", "seconds_per_page": "EXTRACT_PDF_SECONDS_PER_PAGE",
               "memory_mb": "EXTRACT_PDF_MEMORY_MB", "memory_mb_per_page": "EXTRACT_PDF_MEMORY_MB_PER_PAGE"}


@dataclass(frozen=True)
class Limits:
    """Time and memory a parse may take: a base, plus so much per page once the page count is known."""

    seconds: float = 120.0
    seconds_per_page: float = 5.0
    memory_mb: float = 2048.0
    memory_mb_per_page: float = 2.0

    def timeout(self, pages: int = 0) -> float:
        return self.seconds + self.seconds_per_page * pages

    def memory(self, pages: int = 0) -> float:
        return self.memory_mb + self.memory_mb_per_page * pages

    @classmethod
    def from_environment(cls, environ: dict[str, str] | None = None) -> Limits:
        """The default limits, each replaced by its environment variable where set (a positive number)."""
        environ = os.environ if environ is None else environ
        values: dict[str, float] = {}
        for field, name in ENVIRONMENT.items():
            raw = environ.get(name, "").strip()
            if not raw:
                continue
            try:
                value = float(raw)
            except ValueError:
                value = -1.0
            if value < 0:
                raise UserError(name, "pdf.bad_limit", raw=raw, name=name, example=f"{getattr(cls, field):g}")
            values[field] = value
        return cls(**values)

    def names(self, kind: str) -> dict[str, str]:
        """The two variables that set a limit, for the remedy of its error line (vocabulary.errors.pdf.too_*)."""
        return {"name": ENVIRONMENT[kind], "per_page": ENVIRONMENT[kind + "_per_page"]}


def _address_space() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


class _MemoryCap:
    """RLIMIT_AS of this (child) process: the address space at the start plus the limit for the pages."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.start = _address_space()
        self.set(0)

    def set(self, pages: int) -> None:
        if not self.limits.memory(pages):
            return
        import resource

        limit = self.start + int(self.limits.memory(pages) * 1024 * 1024)
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _child(conn, function: Callable, args: tuple, limits: Limits) -> None:
    from extractor.runtime.orphans import die_with_parent

    die_with_parent()  # a worker killed mid-PDF takes its parse with it
    # Everything the parent held at the fork (spaCy's model, the patterns: millions of objects) is out of
    # the cycle collector's reach here: the parse makes a dict per character, and each full collection
    # would walk all of the parent's objects again (7 % of the whole job's CPU on a 69-page report).
    gc.freeze()
    try:
        cap = _MemoryCap(limits)

        def on_pages(count: int) -> None:
            cap.set(count)
            conn.send(("pages", count))

        conn.send(("ok", function(*args, on_pages=on_pages)))
    except InputError as error:
        conn.send(("input", error))  # worded in the parent, in its language
    except MemoryError:
        conn.send(("memory", None))
    except Exception as error:  # noqa: BLE001 - sorted below into a damaged file or a bug of ours
        if _out_of_memory(error):
            conn.send(("memory", None))
            return
        frames = traceback.extract_tb(error.__traceback__)
        ours = bool(frames) and frames[-1].filename.startswith(_OUR_CODE)
        conn.send(("bug" if ours else "broken", f"{type(error).__name__}: {error}"
                   + ("\n" + traceback.format_exc() if ours else "")))
    finally:
        conn.close()


def _out_of_memory(error: BaseException | None) -> bool:
    """pdfminer wraps failed allocations (zlib: "Unable to allocate output buffer") in its own errors."""
    seen = 0
    while error is not None and seen < 10:
        if isinstance(error, MemoryError) or "allocate" in str(error).lower():
            return True
        inner = error.args[0] if error.args and isinstance(error.args[0], BaseException) else None
        error = error.__cause__ or error.__context__ or inner
        seen += 1
    return False


def _pages(count: int) -> str:
    """" (12 pagina's)" / " (12 pages)" in the language of this process, after the limit an error line names."""
    if not count:
        return ""
    from extractor.diff.messages import counted

    return f" ({counted('page', count)})"


def run_limited(function: Callable[..., Any], args: tuple, *, path: Path, limits: Limits) -> Any:
    """`function(*args, on_pages=...)` in a child process; its result, or an InputError naming `path`."""
    try:
        context = multiprocessing.get_context("fork")
    except ValueError:
        return _in_process(function, args, path)
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(sender, function, args, limits), daemon=True)
    start = time.monotonic()
    child.start()
    sender.close()
    pages = 0
    try:
        while True:
            left = start + limits.timeout(pages) - time.monotonic()
            if left <= 0 or not receiver.poll(left):
                raise InputError(path, "pdf.too_slow", seconds=f"{limits.timeout(pages):g}", pages=_pages(pages),
                                 **limits.names("seconds"))
            try:
                status, payload = receiver.recv()
            except (EOFError, OSError):
                child.join(5)
                if child.exitcode == -signal.SIGABRT and limits.memory(pages):
                    # pdfium aborts the process when an allocation fails under the memory cap
                    raise InputError(path, "pdf.too_big", megabytes=f"{limits.memory(pages):g}", pages=_pages(pages),
                                     **limits.names("memory_mb")) from None
                raise InputError(path, "pdf.parser_stopped", code=child.exitcode,
                                 name=ENVIRONMENT["memory_mb"]) from None
            if status != "pages":
                break
            pages = payload
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()
    if status == "ok":
        return payload
    if status == "input":
        raise payload.at(path)
    if status == "memory":
        raise InputError(path, "pdf.too_big", megabytes=f"{limits.memory(pages):g}", pages=_pages(pages),
                         **limits.names("memory_mb"))
    if status == "broken":
        raise InputError(path, "pdf.damaged", cause=payload)
    raise RuntimeError(f"bug in the PDF reader while reading {path}: {payload}")


def _in_process(function: Callable[..., Any], args: tuple, path: Path) -> Any:
    try:
        return function(*args, on_pages=lambda count: None)
    except InputError:
        raise
    except MemoryError:
        raise InputError(path, "pdf.out_of_memory") from None
    except Exception as error:  # noqa: BLE001
        frames = traceback.extract_tb(error.__traceback__)
        if frames and frames[-1].filename.startswith(_OUR_CODE):
            raise
        raise InputError(path, "pdf.damaged", cause=f"{type(error).__name__}: {error}") from None

