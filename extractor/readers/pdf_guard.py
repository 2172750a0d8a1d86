"""Run a PDF parse in a child process with a time and a memory limit.

A malicious or broken PDF can make pdfminer loop or inflate a stream to gigabytes. The parse runs in a
forked child whose address space is capped (RLIMIT_AS: its size at the fork plus `memory_mb`), and the
parent waits at most `timeout_s` for its answer, then kills it. Every way the child can fail becomes an
InputError, except a bug in our own code, which is raised as what it is. Where fork is not available
(Windows), the parse runs in this process, without the limits.
"""

from __future__ import annotations

import multiprocessing
import traceback
from pathlib import Path
from typing import Any, Callable

from extractor.errors import InputError

_OUR_CODE = str(Path(__file__).resolve().parent)
REPAIR = "repair or re-export it (e.g. `qpdf in.pdf out.pdf`), or export the report as text"


def _address_space() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _child(conn, function: Callable, args: tuple, memory_mb: int) -> None:
    try:
        if memory_mb:
            import resource

            limit = _address_space() + memory_mb * 1024 * 1024
            _, hard = resource.getrlimit(resource.RLIMIT_AS)
            if hard != resource.RLIM_INFINITY:
                limit = min(limit, hard)
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        conn.send(("ok", function(*args)))
    except InputError as error:
        conn.send(("input", (error.reason, error.remedy)))
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


def run_limited(function: Callable[..., Any], args: tuple, *, path: Path, timeout_s: float,
                memory_mb: int) -> Any:
    """`function(*args)` in a child process; its result, or an InputError naming `path`."""
    try:
        context = multiprocessing.get_context("fork")
    except ValueError:
        return _in_process(function, args, path)
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(sender, function, args, memory_mb), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout_s):
            raise InputError(path, f"reading the PDF took longer than {timeout_s:g} s "
                             "(a damaged or hostile file?)", f"{REPAIR}; or raise the PDF time limit")
        try:
            status, payload = receiver.recv()
        except (EOFError, OSError):
            child.join(5)
            raise InputError(path, f"the PDF parser stopped (exit code {child.exitcode}) while reading it",
                             f"{REPAIR}; if the file is very large, raise the PDF memory limit") from None
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()
    if status == "ok":
        return payload
    if status == "input":
        raise InputError(path, *payload)
    if status == "memory":
        raise InputError(path, f"reading the PDF needed more than {memory_mb} MB of memory "
                         "(a damaged or hostile file?)", f"{REPAIR}; or raise the PDF memory limit")
    if status == "broken":
        raise InputError(path, f"the PDF is damaged and cannot be parsed ({payload})", REPAIR)
    raise RuntimeError(f"bug in the PDF reader while reading {path}: {payload}")


def _in_process(function: Callable[..., Any], args: tuple, path: Path) -> Any:
    try:
        return function(*args)
    except InputError:
        raise
    except MemoryError:
        raise InputError(path, "reading the PDF ran out of memory", REPAIR) from None
    except Exception as error:  # noqa: BLE001
        frames = traceback.extract_tb(error.__traceback__)
        if frames and frames[-1].filename.startswith(_OUR_CODE):
            raise
        raise InputError(path, f"the PDF is damaged and cannot be parsed ({type(error).__name__}: {error})",
                         REPAIR) from None

