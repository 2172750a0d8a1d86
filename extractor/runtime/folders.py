"""The folders a run writes to (--out, --cache-dir): checked before any work, and kept free of the
temporary files of an earlier run that was killed.

Every file the tool writes goes to a temporary file beside its target, named `.<target>.<pid>-<random>.tmp`,
and is renamed into place (extractor/runtime/jsonio.py, extractor/runtime/cache.py). A run stopped by SIGKILL, a power cut or
a full disk can leave one behind; the next run in that folder removes those whose process no longer exists
(or that are more than a day old: a file from another machine sharing the folder).
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from pathlib import Path

from extractor.runtime.errors import UserError

# .<name>.<pid>-<random>.tmp, and the form written before the pid was in the name: .<name>.<random>.tmp
_TEMPORARY = re.compile(r"^\..+\.(?:(?P<pid>\d+)-)?[A-Za-z0-9_]{6,}\.tmp$")
_STALE_AFTER_S = 24 * 3600
_OLD_FORM_STALE_AFTER_S = 3600


def temporary_prefix(target_name: str) -> str:
    """The prefix of a temporary file beside `target_name` (mkstemp adds the random part and the suffix)."""
    return f".{target_name}.{os.getpid()}-"


def usable_folder(path: Path, option: str) -> Path:
    """`path`, when it is a folder this run can write into or one it can create (it is created when first
    written to), else a UserError naming the option and the remedy. Checked by writing a probe file (and
    removing it) in the folder, or in its nearest existing parent: a read-only file system, a full disk and
    missing permissions all show."""
    existing = path
    while not existing.exists() and existing.parent != existing:
        if existing.is_symlink():  # a dangling link: mkdir would fail on it
            raise UserError(path, "folder.link_to_nothing", option=option)
        existing = existing.parent
    if not existing.is_dir():
        if existing == path:
            raise UserError(path, "folder.is_file", option=option)
        raise UserError(path, "folder.below_file", option=option, file=existing)
    try:
        handle, probe = tempfile.mkstemp(dir=existing, prefix=temporary_prefix("probe"), suffix=".tmp")
        os.close(handle)
        os.unlink(probe)
    except OSError as error:
        raise UserError(path, "folder.not_writable", option=option, cause=error.strerror or error) from None
    return path


def temporaries_of(folder: Path, pids: set[int]) -> list[Path]:
    """The temporary files that the processes `pids` wrote in `folder` and the folders below it."""
    found: list[Path] = []
    try:
        paths = list(folder.rglob(".*.tmp"))
    except OSError:
        return found
    for path in paths:
        match = _TEMPORARY.match(path.name)
        if match and match["pid"] and int(match["pid"]) in pids:
            found.append(path)
    return found


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove the temporary files an earlier, killed run left in `folder` (not below it); the removed."""
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMPORARY.match(entry.name)
        if match is None:
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            age = now - entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        pid = match.group("pid")
        if pid is None:
            stale = age > _OLD_FORM_STALE_AFTER_S
        else:
            stale = age > _STALE_AFTER_S or (int(pid) != os.getpid() and not _alive(int(pid)))
        if stale:
            try:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
            except OSError:
                pass
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True  # someone else's process: leave its files
    return True
