"""File names that are not UTF-8 (a Latin-1 byte left by an old zip or a network share).

Python holds such a name as text with a "surrogate" character for each byte it could not decode
(os.fsdecode), which opens the file but cannot be encoded: not in a cache key, not in JSON, not on a UTF-8
screen. Such a byte is shown as `\\xe9`, as `ls -b` shows it; the file itself is opened by its own name.
"""

from __future__ import annotations

import codecs
import os
from pathlib import PurePath

ERRORS = "pathescape"  # the codec error handler registered below, for the screen's streams


def shown(path: PurePath | str) -> str:
    """The name as text anyone can encode: each byte that is not UTF-8 as `\\xNN`."""
    text = path.as_posix() if isinstance(path, PurePath) else path
    if text.isascii():
        return text
    return os.fsencode(text).decode("utf-8", "backslashreplace")


def _escape(error: UnicodeError) -> tuple[str, int]:
    """A byte of a name that was not UTF-8 (U+DC80..U+DCFF) as `\\xNN`; any other character that the
    stream cannot encode as Python's backslashreplace writes it."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    piece = error.object[error.start:error.end]
    text = "".join(f"\\x{ord(char) - 0xDC00:02x}" if 0xDC80 <= ord(char) <= 0xDCFF
                   else char.encode("ascii", "backslashreplace").decode("ascii") for char in piece)
    return text, error.end


codecs.register_error(ERRORS, _escape)


def escape_streams(*streams: object) -> None:
    """Make the standard streams show an undecodable name escaped instead of failing on it."""
    for stream in streams:
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors=ERRORS)
            except (ValueError, OSError):  # a stream already closed, or one that cannot change
                pass
