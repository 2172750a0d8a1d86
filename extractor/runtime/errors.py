"""Errors a user can act on: each names the file, the reason and the remedy, in one line."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO


class UserError(Exception):
    """An error caused by the input or the invocation, not by a bug: shown as one line, no traceback."""

    def __init__(self, path: Path | str | None, reason: str, remedy: str) -> None:
        self.path = str(path) if path is not None else None
        self.reason = reason
        self.remedy = remedy
        super().__init__(self.line())

    def line(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{where}{self.reason}; {self.remedy}"


class InputError(UserError):
    """A file that cannot be read as a report (missing, empty, binary, encrypted, corrupt...)."""


class PatternError(Exception):
    """A pattern file that does not validate: a bug in the shipped data, reported with file and JSON path."""


def internal_error(error: BaseException | str, where: str | None = None) -> str:
    """The one line that reports a bug (every command's: no traceback unless --debug): "error: WHERE: internal
    error (KeyError: 'x'); rerun with --debug for the traceback and report it". `error`: the exception, or its
    summary when it happened in another process."""
    summary = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
    place = f"{where}: " if where else ""
    return f"error: {place}internal error ({summary}); rerun with --debug for the traceback and report it"


def failed(error: Exception, stderr: TextIO, debug: bool) -> int:
    """A command's one line for an error it did not expect to finish with, and exit code 2: the user's
    error (file, reason, remedy) as it is, a bug as `internal_error` says it, or raised whole under --debug."""
    if isinstance(error, UserError):
        print(f"error: {error.line()}", file=stderr)
        return 2
    if debug:
        raise error
    print(internal_error(error), file=stderr)
    return 2
