"""Workers never outlive their parent.

A worker process (of the local pool, or the PDF reader's guarded child) whose parent is killed (`kill -9`,
the OOM killer) would otherwise live on: finishing its task, holding some 200 MB and the caller's pipe open
(a shell's `$(extract …)` waits for that pipe to close). On Linux the kernel sends the worker SIGKILL the
moment its parent dies (prctl PR_SET_PDEATHSIG); elsewhere a thread checks every second whether the
parent is still the one that started it, and ends the worker when not.
"""

from __future__ import annotations

import os
import signal
import sys
import threading

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
CHECK_EVERY_S = 1.0


def die_with_parent(parent: int | None = None) -> None:
    """In a child process: end it when its parent dies. `parent` is the pid of the process that started
    it (when known): a parent that died before this call already left the child to another parent."""
    parent = parent if parent is not None else os.getppid()
    if sys.platform.startswith("linux") and _prctl_death_signal(signal.SIGKILL):
        if os.getppid() != parent:  # died before prctl took effect
            os._exit(1)
        return
    if not hasattr(os, "getppid"):
        return
    watchdog = threading.Thread(target=_watch, args=(parent,), name="parent watchdog", daemon=True)
    watchdog.start()


def _prctl_death_signal(signum: int) -> bool:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(signum), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent: int) -> None:
    event = threading.Event()
    while not event.wait(CHECK_EVERY_S):
        if os.getppid() != parent:
            os._exit(1)
