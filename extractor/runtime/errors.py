"""Errors a user can act on: each names the file, the reason and the remedy, in one line."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO


class UserError(Exception):
    """An error caused by the input or the invocation, not by a bug: shown as one line, no traceback.

    `UserError(path, key, **values)`: `key` names the reason and the remedy in the catalogue of error lines
    (patterns/findings.yaml, vocabulary.errors, in Dutch and English), `values` fill them; the line is
    worded when it is shown, in the language of the command (--lang). `UserError(path, reason, remedy)`
    takes the two as text, for what the catalogue has no words for (another library's own message)."""

    def __init__(self, path: Path | str | None, reason: str, remedy: str | None = None, /, **values: object) -> None:
        self.path = str(path) if path is not None else None
        self.key = reason if remedy is None else None
        self.values = values
        self._text = None if remedy is None else (reason, remedy)
        super().__init__(path, reason, remedy)  # what pickling rebuilds it from (a worker's error)

    def __str__(self) -> str:
        return self.line()

    def _words(self) -> tuple[str, str]:
        if self._text is not None:
            return self._text
        from extractor.diff.messages import error_words

        return error_words(self.key, self.values)

    @property
    def reason(self) -> str:
        return self._words()[0]

    @property
    def remedy(self) -> str:
        return self._words()[1]

    def at(self, path: Path | str) -> UserError:
        """The same error, naming `path` (a copy's error, told of the file the user gave)."""
        moved = type(self)(path, *(self._text or (self.key,)), **self.values)
        return moved

    def line(self) -> str:
        where = f"{self.path}: " if self.path else ""
        reason, remedy = self._words()
        return f"{where}{reason}; {remedy}"


class InputError(UserError):
    """A file that cannot be read as a report (missing, empty, binary, encrypted, corrupt...)."""


class PatternError(Exception):
    """A pattern file that does not validate: a bug in the shipped data, reported with file and JSON path."""


def error_line(error: UserError | str, severity: str = "error") -> str:
    """The line on standard error, without its newline: "error: FILE: reason; remedy" ("fout: …" in Dutch);
    `severity` "warning" for a warning's."""
    from extractor.diff.messages import vocabulary

    return f"{vocabulary()['run'][severity]}: {error if isinstance(error, str) else error.line()}"


def internal_error(error: BaseException | str, where: str | None = None) -> str:
    """The one line that reports a bug (every command's: no traceback unless --debug), in the language of the
    command: "fout: WHERE: interne fout (KeyError: 'x'); voer het opnieuw uit met --debug …" / "error: WHERE:
    internal error (KeyError: 'x'); rerun with --debug for the traceback and report it" (vocabulary.errors.internal).
    `error`: the exception, or its summary when it happened in another process."""
    summary = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
    try:
        return error_line(UserError(where, "internal", summary=summary))  # in the language of the command
    except Exception:  # noqa: BLE001 - the vocabulary itself is what broke: say it in the code's own words
        place = f"{where}: " if where else ""
        return f"error: {place}internal error ({summary}); rerun with --debug for the traceback and report it"


def failed(error: Exception, stderr: TextIO, debug: bool) -> int:
    """A command's one line for an error it did not expect to finish with, and exit code 2: the user's
    error (file, reason, remedy) as it is, a bug as `internal_error` says it, or raised whole under --debug."""
    if isinstance(error, UserError):
        print(error_line(error), file=stderr)
        return 2
    if debug:
        raise error
    print(internal_error(error), file=stderr)
    return 2
