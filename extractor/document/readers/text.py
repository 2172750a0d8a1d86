"""Reading .txt and .md reports: bytes → lines, with the encoding found and said."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from extractor.runtime.errors import InputError
from extractor.document.model import Document, Format, Notice, SourceLine

MARKDOWN_SUFFIXES = {".md", ".markdown"}
TEXT_SUFFIXES = {".txt", ".text"}

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# A file with LF line ends breaks lines at LF (and CRLF) only: a lone CR inside it is no line break, as
# `grep -n` and editors count them; a file without any LF (old Mac) breaks them at CR.
_LF_BREAK = re.compile(r"\r?\n")
_CR_BREAK = re.compile(r"\r")
# nothing to read: white space of any kind, and the characters that show nothing (zero-width space and
# joiners, word joiner, byte-order mark, soft hyphen, Mongolian vowel separator, Braille blank, Hangul fillers)
_NOTHING_VISIBLE = re.compile(r"[\s\u00ad\u180e\u200b-\u200d\u2060\ufeff\u2800\u3164\u115f\u1160\uffa0]*")


def read_text(path: Path) -> Document:
    data = file_bytes(path)
    fmt: Format = "markdown" if path.suffix.lower() in MARKDOWN_SUFFIXES else "text"
    text, encoding, notices = decode(path, data)
    if _NOTHING_VISIBLE.fullmatch(text):
        raise InputError(path, "file.white_space")
    # Line numbers are those an editor shows: a line ends at LF or CRLF, or in a file without LF at a CR
    # (old Mac files, some exports); a stray form feed, or a lone CR among LF lines, stays inside its line.
    breaks = _LF_BREAK if "\n" in text else _CR_BREAK
    lines = [SourceLine(page=None, number=i, text=line)
             for i, line in enumerate(breaks.split(text), start=1)]
    return Document(path=path, format=fmt, sha256=hashlib.sha256(data).hexdigest(), lines=lines,
                    pages=None, encoding=encoding, notices=notices)


STDIN = Path("-")


def stdin_bytes() -> bytes:
    """The bytes of standard input, read once (the plan, the cache key and the reader all need them)."""
    global _stdin
    if _stdin is None:
        import sys

        _stdin = sys.stdin.buffer.read() if sys.stdin is not None else b""
    return _stdin


_stdin: bytes | None = None


def report_bytes(path: Path) -> bytes:
    """The bytes of a report file, or of standard input for `-`."""
    return stdin_bytes() if path == STDIN else path.read_bytes()


def file_bytes(path: Path) -> bytes:
    """The bytes of a report file (or of standard input for `-`), or the one line that says why they cannot be
    read: every reader of a file's bytes reads them here."""
    try:
        data = report_bytes(path)
    except FileNotFoundError:
        raise InputError(path, "file.missing") from None
    except IsADirectoryError:
        raise InputError(path, "file.folder") from None
    except PermissionError:
        raise InputError(path, "file.permission") from None
    except OSError as exc:
        raise InputError(path, "file.unreadable", cause=exc.strerror) from None
    if not data:
        raise InputError(path, "file.empty")
    return data


def decode(path: Path, data: bytes) -> tuple[str, str, list[Notice]]:
    """The text of a report file: UTF-8 expected; UTF-16 and cp1252 read with a warning; binary refused."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig", []
    if data.startswith(_UTF16_BOMS):
        return _fallback(path, data, "utf-16")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _fallback(path, data, utf16)
    if b"\x00" in data:
        raise _binary(path)
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    text, encoding, notices = _fallback(path, data, "cp1252")
    return text, encoding, notices


def _fallback(path: Path, data: bytes, encoding: str) -> tuple[str, str, list[Notice]]:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise _binary(path) from None
    if encoding == "utf-16" and text.startswith("\ufeff"):
        text = text[1:]
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(2, len(text) // 1000):
        raise _binary(path)
    notice = Notice.of("encoding.fallback", encoding=encoding)
    return text, encoding, [notice]


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark shows as a NUL in every other byte of ASCII text."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _binary(path: Path) -> InputError:
    return InputError(path, "file.binary")
