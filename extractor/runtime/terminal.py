"""What the command does at the edges of its process: signals, colour, and a screen that goes away.

- SIGINT (Ctrl-C) is Python's KeyboardInterrupt; SIGTERM raises `Terminated`, a KeyboardInterrupt too, so
  one path cleans up after both and the exit code tells them apart (130 and 143: 128 + the signal).
- A file write inside `whole_write()` (a temporary file written and renamed into place) is not cut in half: a
  signal that arrives during it is acted on when it ends.
- Colour only on a terminal, and never when `NO_COLOR` is set (https://no-color.org) or `TERM` is `dumb`.
- A pipe closed early (`extract corpus/ | head -1`) ends the run quietly with 141 (128 + SIGPIPE), as the
  shell's own tools do; a full disk under the standard output is one line and exit code 1.
"""

from __future__ import annotations

import errno
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130
EXIT_TERMINATED = 128 + signal.SIGTERM  # 143
EXIT_BROKEN_PIPE = 128 + 13  # SIGPIPE; not in the signal module on every platform


class Interrupted(KeyboardInterrupt):
    """Ctrl-C arrived. A subclass, not KeyboardInterrupt itself: when exactly KeyboardInterrupt leaves Python
    code that a C library ran while it loaded (PyRun_String), CPython notes it as unhandled and, at exit, kills
    the process with SIGINT, even after we caught it, printed our line and chose the exit code."""


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived: stopped as for Ctrl-C, with exit code 143."""


_installed = False  # install_signal_handlers() ran: this process is the command's
_writes = 0  # whole_write() sections under way in the main thread
_held: int | None = None  # the signal that arrived during one, acted on when the last one ends


def _on_signal(signum: int, frame: object) -> None:
    global _held
    if _writes:
        _held = _held or signum
        return
    _act_on(signum)


def _act_on(signum: int) -> None:
    if signum == signal.SIGTERM:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second SIGTERM ends the process at once
        raise Terminated()
    raise Interrupted()


@contextmanager
def whole_write() -> Iterator[None]:
    """Around the writing and renaming of one file: a SIGINT or SIGTERM that arrives meanwhile is acted on at
    the end, once the file is whole and in place (Python runs signal handlers in the main thread only, so a
    write in another thread needs no guard)."""
    global _writes, _held
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _writes += 1
    try:
        yield
    finally:
        _writes -= 1
        if not _writes and _held is not None:
            signum, _held = _held, None
            _act_on(signum)


def install_signal_handlers() -> None:
    """In the main process of the command: Ctrl-C raises KeyboardInterrupt and SIGTERM raises Terminated
    (where Python can deliver them), both held back during a whole_write()."""
    global _installed
    try:
        signal.signal(signal.SIGINT, _on_signal)
        signal.signal(signal.SIGTERM, _on_signal)
        _installed = True
    except ValueError:  # not the main thread: leave the signals as they are
        pass


def quiet_while_loading() -> None:
    """Before the command's modules load (a second or more on a busy machine): Ctrl-C or SIGTERM then ends the
    process with the one line and exit code of any later interruption, not a traceback of the import.
    `install_signal_handlers` and Python's own Ctrl-C handling take over once `main` runs."""
    def stop(signum: int, frame: object) -> None:
        interrupt = Terminated() if signum == signal.SIGTERM else Interrupted()
        try:
            sys.stderr.write(interrupted_line(interrupt))
            sys.stderr.flush()
        finally:
            os._exit(exit_code_of(interrupt))

    try:
        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread
        pass


def ignore_interrupts() -> None:
    """In a worker process: Ctrl-C goes to the whole process group, and the parent alone handles it (it stops
    the workers); a worker that raised KeyboardInterrupt would print a traceback of its own. SIGTERM, which
    the parent sends to stop it, ends it at once, wherever it is: the parent then removes what temporary file
    it left (extractor.runtime.parallel)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def exit_code_of(interrupt: KeyboardInterrupt) -> int:
    return EXIT_TERMINATED if isinstance(interrupt, Terminated) else EXIT_INTERRUPTED


def interrupted_line(interrupt: KeyboardInterrupt) -> str:
    what = "terminated" if isinstance(interrupt, Terminated) else "interrupted"
    return f"{what}; files already written are complete, nothing partial was left; run again to finish\n"


def stop_at_once_on_signal(code: int | None = None) -> None:
    """Once the run is over and the process only winds down: a SIGINT or SIGTERM ends it at once (os._exit),
    never a traceback ("Exception ignored ... Interrupted" from an exit hook) nor an exit code 0 after an
    interruption. With `code` None (the run ended on its own) the signal gets its one line and 130 or 143;
    else (an interruption already said) the process ends quietly with `code`. Only in a process whose
    handlers install_signal_handlers() set (the command's, not a test calling cli.run)."""
    if not _installed:
        return
    def stop(signum: int, frame: object) -> None:
        interrupt = Terminated() if signum == signal.SIGTERM else Interrupted()
        try:
            if code is None:
                for stream in (sys.stdout, sys.stderr):
                    try:
                        stream.flush()
                    except (OSError, ValueError):
                        pass
                sys.stderr.write(interrupted_line(interrupt))
                sys.stderr.flush()
        finally:
            os._exit(exit_code_of(interrupt) if code is None else code)

    try:
        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread
        pass


POOL_EXIT_S = 5.0  # how long the exit waits for a process pool's manager thread


def exit_without_waiting_on_pools(code: int) -> None:
    """Python's exit hook of concurrent.futures joins each process pool's manager thread with no time limit,
    after writing to a pipe that may be full: a pool whose worker was stopped mid-task (a full disk, an
    interruption) could keep the exit waiting for ever. Each is given POOL_EXIT_S; when one is still alive
    then, the process ends at once (os._exit) with `code`, its output flushed; the workers die with it
    (extractor.runtime.orphans)."""
    module = sys.modules.get("concurrent.futures.process")
    threads = list(getattr(module, "_threads_wakeups", {}).keys()) if module is not None else []
    deadline = _monotonic() + POOL_EXIT_S
    for thread in threads:
        thread.join(max(0.0, deadline - _monotonic()))
        if thread.is_alive():
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.flush()
                except (OSError, ValueError):
                    pass
            os._exit(code)


def _monotonic() -> float:
    import time

    return time.monotonic()


def use_colour(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR", "") != "" or os.environ.get("TERM") == "dumb":
        return False
    return hasattr(stream, "isatty") and stream.isatty()


FULL_DISK = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO}


def output_failed(error: OSError, stderr: TextIO) -> int:
    """The exit code, and the one line, when writing to the standard output failed."""
    if isinstance(error, BrokenPipeError) or error.errno == errno.EPIPE:
        return EXIT_BROKEN_PIPE
    try:
        from extractor.runtime.errors import UserError, error_line

        stderr.write(error_line(UserError(None, "write.screen", cause=error.strerror or error)) + "\n")
    except OSError:
        pass
    return 1


def silence_stdout() -> None:
    """After a failed write to the standard output, point it at /dev/null: the interpreter's last flush at
    exit would otherwise fail again and print 'Exception ignored'."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
