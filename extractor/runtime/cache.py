"""A cache of results keyed by content: an unchanged report is not extracted again.

Key of a report: sha256 of the file's bytes, the path as displayed (it is written into the report), the
options that change the result (--fiscal-year, --organisation), and `code_fingerprint()`: the digest of every
pattern file (`data_files.fingerprint()`), of the tool's own source and schemas, its version, and the versions
of the libraries that shape the result (spaCy's tokenizer, pdfium's and pdfplumber/pdfminer's text). The source digest is
there because during development the code changes without the version changing; hashing ~70 small files costs
a few milliseconds per run. A change to any pattern file invalidates every entry (the fingerprint covers all
files): simple, and safe whatever a pattern file influences.

An entry is the exact JSON text that was validated and written to outputs/, preceded by one line holding
the sha256 of that text. It is written to a temporary file beside it and renamed over: an interrupted run
leaves either the old entry, the new one, or nothing. An entry whose digest does not match (truncated,
edited, a disk error) is ignored and rewritten, never trusted and never a crash.

Location: `$EXTRACTOR_CACHE_DIR`, else `$XDG_CACHE_HOME/extractor`, else `~/.cache/extractor`; `--cache-dir`
overrides it. Entries are never evicted by the tool: delete the folder to reclaim the space.

Beside the results, the same folder keeps what every process would otherwise build again at start-up
(extractor/nlp/startup_cache.py: spaCy's tokenizer, the lemmas, the parsed pattern files), in `startup/`, as binary
entries with the same checksum line. `startup_store()` is that store, under the folder a command chose with
`use_for_startup()` (none with `--no-cache`: everything is built, nothing written).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from importlib import metadata
from pathlib import Path

import extractor
from extractor.runtime import data_files
from extractor.runtime.folders import remove_stale_temporaries, temporary_prefix
from extractor.runtime.terminal import whole_write

_LIBRARIES = ("spacy", "pdfplumber", "pdfminer.six", "pypdfium2", "rapidfuzz", "jsonschema")


def default_dir() -> Path:
    if os.environ.get("EXTRACTOR_CACHE_DIR"):
        return Path(os.environ["EXTRACTOR_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "extractor"


@cache
def code_fingerprint() -> str:
    """What, besides the input, a result depends on: patterns, source, schemas, version, libraries."""
    digest = hashlib.sha256()
    digest.update(f"extractor {extractor.__version__}\n".encode())
    for name in _LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name} {version}\n".encode())
    digest.update(data_files.fingerprint().encode())
    package = Path(extractor.__file__).resolve().parent
    for folder, suffix in ((package, ".py"), (data_files.schemas_dir(), ".json")):
        for path in sorted(folder.rglob(f"*{suffix}")):
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def key(*parts: str | bytes | None) -> str:
    """A key from parts (each one hashed on its own, so that no two different lists of parts collide)."""
    digest = hashlib.sha256()
    for part in parts:
        data = b"\xff" if part is None else (part if isinstance(part, bytes) else part.encode("utf-8", "surrogateescape"))
        digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


class Cache:
    """Entries of one kind ("reports", "diffs") under a folder, one file per key."""

    def __init__(self, root: Path, kind: str, suffix: str = ".json") -> None:
        self.folder = root / kind
        self.suffix = suffix
        self._tidied: set[Path] = set()

    def _path(self, entry: str) -> Path:
        return self.folder / entry[:2] / f"{entry}{self.suffix}"

    def get(self, entry: str) -> str | None:
        """The text stored under `entry`, or None when absent or damaged."""
        body = self.get_bytes(entry)
        if body is None:
            return None
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            return None

    def get_bytes(self, entry: str) -> bytes | None:
        """The bytes stored under `entry`, or None when absent or damaged."""
        try:
            data = self._path(entry).read_bytes()
        except OSError:
            return None
        head, _, body = data.partition(b"\n")
        if len(head) != 64 or hashlib.sha256(body).hexdigest().encode() != head:
            return None  # truncated or changed: a miss, rewritten by put()
        return body

    def put(self, entry: str, text: str) -> None:
        """Store `text` under `entry`: written beside, then renamed; a failure to write only loses the entry."""
        self.put_bytes(entry, text.encode("utf-8"))

    def put_bytes(self, entry: str, body: bytes) -> None:
        """Store `body` under `entry`, as put() does."""
        path = self._path(entry)
        if path.parent not in self._tidied:  # once per folder and run: what a killed run left there goes
            self._tidied.add(path.parent)
            remove_stale_temporaries(path.parent)
        head = hashlib.sha256(body).hexdigest().encode() + b"\n"
        with whole_write():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=temporary_prefix(entry[:16]),
                                                     suffix=".tmp")
            except OSError:
                return
            try:
                with os.fdopen(handle, "wb") as stream:
                    stream.write(head + body)
                os.replace(temporary, path)
            except BaseException as error:
                Path(temporary).unlink(missing_ok=True)
                if not isinstance(error, OSError):
                    raise


_UNSET = object()
_startup_root: object = _UNSET  # a Path, None (no cache), or not chosen yet (the default folder)


def use_for_startup(root: Path | None) -> None:
    """The folder of the start-up caches for the rest of this process (the command's cache folder), or None:
    build everything, read and write nothing (`--no-cache`)."""
    global _startup_root
    _startup_root = root


def startup_root() -> Path | None:
    """The folder chosen with use_for_startup(), else the default one."""
    return default_dir() if _startup_root is _UNSET else _startup_root  # type: ignore[return-value]


def startup_store() -> Cache | None:
    """The store of start-up data (binary entries), or None when the command runs without a cache."""
    root = startup_root()
    return None if root is None else Cache(root, "startup", ".bin")


def startup_table(parts: tuple[str | bytes | None, ...], build: Callable[[], dict]) -> dict:
    """The dict `build` makes, kept marshalled in the start-up store under the key of `parts` (and of marshal's
    and Python's versions): made again when the entry is missing or damaged, each time when the command runs
    without a cache, and not kept when marshal cannot hold one of its values."""
    store = startup_store()
    entry = key(*parts, str(marshal.version), sys.version) if store is not None else None
    stored = store.get_bytes(entry) if store is not None and entry is not None else None
    if stored is not None:
        try:
            table = marshal.loads(stored)
            if isinstance(table, dict):
                return table
        except (ValueError, EOFError, TypeError):
            pass
    table = build()
    if store is not None and entry is not None:
        try:
            store.put_bytes(entry, marshal.dumps(table))
        except ValueError:  # a value marshal cannot hold (a YAML date): made each time
            pass
    return table
