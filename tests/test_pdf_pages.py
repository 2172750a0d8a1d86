"""The pages of one long PDF read by several processes (extractor/document/readers/pdf_pages.py) give what
reading them in turn gives, byte for byte: lines, boxes, furniture, notices; also where a table goes on across
the pages two workers split between them, and where a worker fails."""

from __future__ import annotations

import pickle

import pytest

from conftest import ROOT
from extractor.document.readers import pdf_engine, pdf_pages
from extractor.document.readers.pdf import _parse
from extractor.document.readers.pdf_guard import Limits

# the conditions table of the 2024 fixture has a row broken across a page; the audit has tables on most pages
FILES = [ROOT / "tests/fixtures/pdf/smartcoop-bijzonder-verslag-2024.pdf",
         ROOT / "tests/fixtures/pdf/producers/libreoffice-sections-2024.pdf",
         ROOT / "tests/fixtures/real-pdfs/nl-vws-wcag-onderzoek-2025.pdf"]  # the copy of ../shared's


def _read(path, engine: str = "pdfium", jobs: int = 1) -> bytes:
    saved = pdf_engine.page_jobs()
    pdf_engine.use_page_jobs(jobs)
    try:
        return pickle.dumps(_parse(str(path), Limits(), engine, on_pages=lambda count: None))
    finally:
        pdf_engine.use_page_jobs(saved)


@pytest.mark.slow
@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_pages_in_workers_read_as_in_turn(path, monkeypatch):
    alone = _read(path)
    assert _read(path, jobs=2) == alone
    # a worker per page: every page is the first of a worker's run, read as if no table came before it; the
    # pages after a table's page are read again here with its columns
    monkeypatch.setattr(pdf_pages, "PAGES_PER_WORKER", 1)
    again: list[int] = []
    read_page = pdf_pages.read_page

    def counted(source, index, known):
        again.append(index)
        return read_page(source, index, known)

    monkeypatch.setattr(pdf_pages, "read_page", counted)
    assert _read(path, jobs=64) == alone
    if path.name.startswith("smartcoop"):
        assert again, "a table going on across a page is read again with the columns of the page before"


@pytest.mark.slow
def test_pages_of_a_failed_worker_are_read_here(monkeypatch):
    from extractor.document.readers.pdfium_page import PdfiumPages

    path = FILES[0]
    alone = _read(path)

    def fails(self):
        raise RuntimeError("a worker that cannot open the file")

    monkeypatch.setattr(PdfiumPages, "twin", fails)
    assert _read(path, jobs=2) == alone


@pytest.mark.slow
def test_pdfplumber_pages_in_workers():
    path = FILES[0]
    assert _read(path, "pdfplumber", jobs=2) == _read(path, "pdfplumber")

