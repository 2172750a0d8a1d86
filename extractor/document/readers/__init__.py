"""Readers turn a report file into a `Document`; `read_document` picks one by the file's suffix."""

from __future__ import annotations

from pathlib import Path

from extractor.runtime.errors import InputError
from extractor.document.model import Document
from extractor.document.readers.text import MARKDOWN_SUFFIXES, TEXT_SUFFIXES, read_text

PDF_SUFFIXES = {".pdf"}
REPORT_SUFFIXES = PDF_SUFFIXES | TEXT_SUFFIXES | MARKDOWN_SUFFIXES


def read_document(path: Path) -> Document:
    if path == Path("-"):  # a text report on standard input
        return read_text(path)
    if path.is_dir():
        raise InputError(path, "is a folder, not a report", "name a report file (.pdf, .txt or .md)")
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        from extractor.document.readers.pdf import read_pdf  # pdfplumber is only imported when a PDF comes

        return read_pdf(path)
    if suffix in TEXT_SUFFIXES | MARKDOWN_SUFFIXES:
        return read_text(path)
    raise InputError(path, f"unknown kind of file ({suffix or 'no suffix'})",
                     "pass a .pdf, .txt or .md report")
