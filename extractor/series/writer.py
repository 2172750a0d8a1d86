"""The four series files of a corpus (long and wide CSV, JSON, SQLite, with the database's Datasette metadata
beside it), written one organisation at a time.

Every series, and every check on it, stays within one organisation (extractor.series.table). So the files
are written organisation by organisation, in the order of the tables, from that organisation's reports
alone: memory holds one organisation's reports and series, whatever the size of the corpus. What concerns
the whole corpus (which reports count, the fiscal years, the warnings) comes first, from the reports'
`document` objects (Corpus). Each file grows beside its target; finish() renames all four over their
targets, abort() removes them: a failed or interrupted run leaves the previous files as they were.
"""

from __future__ import annotations

import csv
import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from extractor.series import csv_out, json_out, sqlite_out
from extractor.series.files import Pending
from extractor.series.table import Corpus, SeriesTable, organisation_table

NAMES = {"long": "series-long.csv", "wide": "series-wide.csv", "json": "series.json", "sqlite": "series.sqlite"}
METADATA = "series.metadata.json"  # beside series.sqlite, for Datasette (extractor/series/datasette.py)


def write_organisations(out: Path, corpus: Corpus, report_of: Callable[[dict[str, Any]], dict[str, Any]]) \
        -> SeriesWriter:
    """Start the files in `out` and write every organisation's tables into them; `report_of` gives the report
    of a kept document, asked for when its organisation is written. Returns the writer, to be finished with
    the findings (or aborted)."""
    writer = SeriesWriter(out, corpus)
    try:
        for name, documents in corpus.organisations():
            reports = [report_of(document) for document in documents]
            writer.add(organisation_table(corpus, name, reports), reports)
    except BaseException:
        writer.abort()
        raise
    return writer


class SeriesWriter:
    def __init__(self, out: Path, corpus: Corpus) -> None:
        self._targets = {kind: out / name for kind, name in NAMES.items()} | {"metadata": out / METADATA}
        self._pending = {}
        self._streams = []
        try:
            for kind, name in NAMES.items():
                if kind != "sqlite":
                    with self._naming(kind):
                        self._pending[kind] = Pending(out / name)
            long_stream = self._open("long", "w", encoding="utf-8", newline="")
            self._long = csv.writer(long_stream, lineterminator="\n")
            self._long.writerow(csv_out.LONG_COLUMNS)
            wide_stream = self._open("wide", "w", encoding="utf-8", newline="")
            self._wide = csv.writer(wide_stream, lineterminator="\n")
            self._wide.writerow(csv_out.wide_header(corpus.years))
            self._json = json_out.SeriesJson(self._open("json", "wb"), corpus.documents, corpus.years,
                                             corpus.warnings)
            with self._naming("sqlite"):
                self._database = sqlite_out.Database(out / NAMES["sqlite"], corpus.years, corpus.documents)
        except BaseException:
            self.abort()
            raise
        self._warnings = list(corpus.warnings)
        self._documents = corpus.documents

    def _open(self, kind: str, mode: str, **options: Any):
        stream = open(self._pending[kind].temporary, mode, **options)
        self._streams.append(stream)
        return stream

    def add(self, table: SeriesTable, reports: list[dict[str, Any]]) -> None:
        """One organisation's table and the reports it kept, in the corpus' order."""
        with self._naming("long"):
            self._long.writerows(csv_out.long_rows(table))
        with self._naming("wide"):
            self._wide.writerows(csv_out.wide_rows(table))
        with self._naming("json"):
            self._json.add(table)
        with self._naming("sqlite"):
            self._database.add(table, reports)

    @contextmanager
    def _naming(self, kind: str) -> Iterator[None]:
        """A write that fails (a full disk) names the file it was for: an OSError with that file's path."""
        try:
            yield
        except OSError as error:
            if error.filename is None or str(error.filename).endswith(".tmp"):
                raise OSError(error.errno, error.strerror, str(self._targets[kind])) from None
            raise
        except sqlite3.OperationalError as error:  # "database or disk is full"
            if "full" in str(error) or "disk" in str(error):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self._targets[kind])) from None
            raise

    def finish(self, findings: Iterable[dict[str, Any]], warnings: list[str] = ()) -> list[Path]:
        """Close the files, the findings (with their `old` and `new` paths) and warnings into the database
        last, and put all four in place; returns their paths."""
        try:
            with self._naming("json"):
                self._json.finish()
            for kind, stream in zip(("long", "wide", "json"), self._streams):
                with self._naming(kind):
                    stream.close()
            with self._naming("sqlite"):
                database = self._database.finish(findings, self._warnings + list(warnings))
        except BaseException:
            self.abort()
            raise
        written = [self._pending[kind].commit() for kind in ("long", "wide", "json")] + [database]
        from extractor.series.datasette import write_metadata

        with self._naming("metadata"):
            return written + [write_metadata(database, self._documents)]  # Datasette: descriptions, units

    def abort(self) -> None:
        """Remove every temporary file, even when closing a stream fails (a full disk: its last buffer
        cannot be written)."""
        for stream in self._streams:
            try:
                stream.close()
            except OSError:
                pass
        for pending in self._pending.values():
            pending.abort()
        database = getattr(self, "_database", None)
        if database is not None:
            database.abort()
