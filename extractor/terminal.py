"""What the command does at the edges of its process: signals, colour, and a screen that goes away.

- SIGINT (Ctrl-C) is Python's KeyboardInterrupt; SIGTERM raises `Terminated`, a KeyboardInterrupt too, so
  one path cleans up after both and the exit code tells them apart (130 and 143: 128 + the signal).
- Colour only on a terminal, and never when `NO_COLOR` is set (https://no-color.org) or `TERM` is `dumb`.
- A pipe closed early (`extract corpus/ | head -1`) ends the run quietly with 141 (128 + SIGPIPE), as the
  shell's own tools do; a full disk under the standard output is one line and exit code 1.
"""

from __future__ import annotations

import errno
import os
import signal
import sys
from typing import TextIO

EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130
EXIT_TERMINATED = 128 + signal.SIGTERM  # 143
EXIT_BROKEN_PIPE = 128 + 13  # SIGPIPE; not in the signal module on every platform


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived: stopped as for Ctrl-C, with exit code 143."""


def _terminate(signum: int, frame: object) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second SIGTERM ends the process at once
    raise Terminated()


def install_signal_handlers() -> None:
    """In the main process of the command: SIGTERM raises Terminated (where Python can deliver it)."""
    try:
        signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread: leave the signals as they are
        pass


def quiet_while_loading() -> None:
    """Before the command's modules load (a second or more on a busy machine): Ctrl-C or SIGTERM then ends the
    process with the one line and exit code of any later interruption, not a traceback of the import.
    `install_signal_handlers` and Python's own Ctrl-C handling take over once `main` runs."""
    def stop(signum: int, frame: object) -> None:
        interrupt = Terminated() if signum == signal.SIGTERM else KeyboardInterrupt()
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
    the workers); a worker that raised KeyboardInterrupt would print a traceback of its own."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def exit_code_of(interrupt: KeyboardInterrupt) -> int:
    return EXIT_TERMINATED if isinstance(interrupt, Terminated) else EXIT_INTERRUPTED


def interrupted_line(interrupt: KeyboardInterrupt) -> str:
    what = "terminated" if isinstance(interrupt, Terminated) else "interrupted"
    return f"{what}; files already written are complete, nothing partial was left; run again to finish\n"


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
        stderr.write(f"error: cannot write the output ({error.strerror or error}); "
                     "free some space, or send the output elsewhere\n")
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
