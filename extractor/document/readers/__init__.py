"""Readers turn a report file into a `Document`; `read_document` picks one by the file's suffix."""

from __future__ import annotations

from pathlib import Path

from extractor.runtime.errors import InputError
from extractor.document.model import Document
from extractor.document.readers.text import MARKDOWN_SUFFIXES, TEXT_SUFFIXES, read_text

PDF_SUFFIXES = {".pdf"}
OFFICE_SUFFIXES = {".docx", ".odt"}  # extractor/document/readers/office.py
# older or other word processors' formats: said so, with what to save them as
WORD_PROCESSOR_SUFFIXES = {".doc", ".docm", ".rtf", ".ott", ".wpd", ".pages", ".sxw"}
REPORT_SUFFIXES = PDF_SUFFIXES | TEXT_SUFFIXES | MARKDOWN_SUFFIXES | OFFICE_SUFFIXES


def read_document(path: Path) -> Document:
    if path == Path("-"):  # a text report on standard input
        return read_text(path)
    if path.is_dir():
        raise InputError(path, "input.folder_not_report")
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        from extractor.document.readers.pdf import read_pdf  # pdfplumber is only imported when a PDF comes

        return read_pdf(path)
    if suffix in TEXT_SUFFIXES | MARKDOWN_SUFFIXES:
        return read_text(path)
    if suffix in OFFICE_SUFFIXES:
        from extractor.document.readers.office import read_office  # python-docx, odfpy: only when one comes

        return read_office(path)
    if suffix in WORD_PROCESSOR_SUFFIXES:
        raise InputError(path, "input.word_processor_format", suffix=suffix)
    if not suffix:
        raise InputError(path, "input.no_suffix")
    raise InputError(path, "input.unknown_kind", suffix=suffix)
