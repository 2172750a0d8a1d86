"""Writing an output atomically: into a temporary file beside the target, then renamed over it, so a reader
never sees a partial file (as extractor.runtime.jsonio does for whole texts). `Pending` is a file being written, for
outputs made piece by piece (the series of a large corpus); `atomic_target` the same for one block of code."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from extractor.runtime.folders import temporary_prefix
from extractor.runtime.terminal import whole_write


class Pending:
    """A temporary file beside `path`: `commit()` renames it over `path`, `abort()` removes it."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with whole_write():  # not a signal between the file's making and its closing
            handle, name = tempfile.mkstemp(dir=path.parent, prefix=temporary_prefix(path.name), suffix=".tmp")
            os.close(handle)
        self.path = path
        self.temporary = Path(name)

    def commit(self) -> Path:
        with whole_write():
            with open(self.temporary, "rb+") as stream:
                os.fsync(stream.fileno())
            os.chmod(self.temporary, 0o666 & ~_umask())  # mkstemp makes it private; an output is ordinary
            os.replace(self.temporary, self.path)
        return self.path

    def abort(self) -> None:
        self.temporary.unlink(missing_ok=True)


@contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path` to write to; on success it replaces `path`, on error it goes."""
    pending = Pending(path)
    try:
        yield pending.temporary
        pending.commit()
    except BaseException:
        pending.abort()
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
