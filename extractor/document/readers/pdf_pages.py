"""The pages of one PDF read into their reading order, one after the other or by several worker processes.

A page's reading order depends on the page before it in one way only: where the aligned columns of a table
started there (`known`, pdf_layout.page_units), so that a table going on needs less evidence. Workers each
read a run of consecutive pages, the first of it as if nothing came before; once all are done, a run whose
first page had columns before it is read again from there in this process, page by page, until a page
gives the columns the worker found: the result is that of reading the pages in turn, byte for byte.

A worker is forked (this process may be the guarded child of pdf_guard, which limits its memory and time:
the workers inherit both) and opens the file anew (a file handle shared across processes shares its
position). It streams each page's result as it is done, in frames of a length and a pickle, and ends with
this process (die_with_parent). A worker that fails or dies leaves the rest of its pages to this process,
which then meets the same problem and reports it as a single process would. Memory stays bounded per page:
each process holds one page of the PDF at a time and the pages' text.
"""

from __future__ import annotations

import os
import pickle
import selectors
import struct
import time
from dataclasses import dataclass
from typing import Callable

from extractor.document.readers.pdf_furniture import PageText
from extractor.document.readers.pdf_layout import page_parts
from extractor.document.readers.pdf_rows import join_rows
from extractor.document.readers.pdf_visible import number_rows

PAGES_PER_WORKER = 4  # fewer pages than this each: no worker is worth its start
_FRAME = struct.Struct("<Q")


@dataclass(slots=True)
class PageResult:
    """One page in reading order, and what the reader noticed on it."""

    number: int
    unreadable: bool
    no_text: bool  # images but no characters (a scan)
    turned: int
    unmapped: int
    text: PageText
    columns: list[float]  # where aligned columns started on it (the next page's `known`)


def read_page(source, index: int, known: list[float]) -> PageResult:
    """Page `index` (from 0) of `source` (an engine's pages), `known` the columns of the page before."""
    read = source.page(index)
    parts, size, columns = page_parts(read.chars, read.rulings, known, (read.width, read.height))
    # a table of figures read row by row, each row one line; a spread's printed pages each on its own
    units = [unit for part in parts for unit in join_rows(part, size)]
    number_rows([line for unit in units for line in unit.lines()], size)
    return PageResult(read.number, read.unreadable, not read.chars and bool(read.images), read.turned,
                      read.unmapped, PageText(read.number, read.height, size, units), columns)


def read_pages(source, count: int, jobs: int, check_time: Callable[[], None]) -> list[PageResult]:
    """Every page of `source` in order, by `jobs` processes when the file is long enough for them;
    `check_time` raises when the time allowed is up."""
    workers = min(jobs, count // PAGES_PER_WORKER)
    if workers < 2 or not hasattr(os, "fork") or not hasattr(source, "twin"):
        return _in_turn(source, range(count), [], check_time)
    bounds = [count * k // workers for k in range(workers + 1)]
    runs = list(zip(bounds, bounds[1:]))
    source.prepare()  # what every page needs of the whole file, read once, before the fork
    results: dict[int, PageResult] = {}
    _in_workers(source, runs, results, check_time)
    pages: list[PageResult] = []
    for start, stop in runs:
        index = start
        while index < stop and index in results:
            known = pages[-1].columns if pages else []
            assumed = results[index - 1].columns if index > start else []  # what the worker read it with
            if known == assumed:
                break
            check_time()  # the worker read this page with other columns before it: read it again here
            pages.append(read_page(source, index, known))
            index += 1
        while index < stop and index in results:
            pages.append(results[index])
            index += 1
        if index < stop:  # the worker failed there: the rest of its pages in turn, here
            pages += _in_turn(source, range(index, stop), pages[-1].columns if pages else [], check_time)
    return pages


def _in_turn(source, indexes: range, known: list[float], check_time: Callable[[], None]) -> list[PageResult]:
    pages: list[PageResult] = []
    for index in indexes:
        check_time()
        page = read_page(source, index, known)
        known = page.columns
        pages.append(page)
    return pages


def _in_workers(source, runs: list[tuple[int, int]], results: dict[int, PageResult],
                check_time: Callable[[], None]) -> None:
    """Fork one worker per run of pages; collect what they send into `results` (page index -> result) until
    each has finished or stopped."""
    selector = selectors.DefaultSelector()
    children: list[int] = []
    try:
        for start, stop in runs:
            reader, writer = os.pipe()
            pid = os.fork()
            if pid == 0:  # the worker
                os.close(reader)
                _work(source, start, stop, writer)
            os.close(writer)
            children.append(pid)
            selector.register(reader, selectors.EVENT_READ, bytearray())
        while selector.get_map():
            check_time()
            for key, _ in selector.select(timeout=1.0):
                chunk = os.read(key.fd, 1 << 20)
                buffer: bytearray = key.data
                if not chunk:
                    selector.unregister(key.fd)
                    os.close(key.fd)
                    continue
                buffer += chunk
                while len(buffer) >= _FRAME.size:
                    (length,) = _FRAME.unpack_from(buffer)
                    if len(buffer) < _FRAME.size + length:
                        break
                    index, page = pickle.loads(bytes(buffer[_FRAME.size:_FRAME.size + length]))
                    del buffer[:_FRAME.size + length]
                    results[index] = page
    finally:
        for key in list(selector.get_map().values()):
            selector.unregister(key.fd)
            os.close(key.fd)
        selector.close()
        for pid in children:
            try:
                os.kill(pid, 9)  # done by now, unless this process stops early (time up, an error)
            except ProcessLookupError:
                pass
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass


def _work(source, start: int, stop: int, writer: int) -> None:
    """In a worker: read pages start..stop-1 with known columns [] at first, send each; never return."""
    try:
        from extractor.runtime.orphans import die_with_parent

        die_with_parent()
        twin = source.twin()
        known: list[float] = []
        with os.fdopen(writer, "wb") as out:
            for index in range(start, stop):
                page = read_page(twin, index, known)
                known = page.columns
                data = pickle.dumps((index, page), protocol=pickle.HIGHEST_PROTOCOL)
                out.write(_FRAME.pack(len(data)) + data)
                out.flush()
    except BaseException:  # noqa: BLE001 - the parent reads what is left itself and meets the same problem
        pass
    finally:
        os._exit(0)
