"""What the PDF tests share: the digits (or numeral) a figure's box must show, and the text inside a box."""

from __future__ import annotations

import re

import pdfplumber

from extractor.dutch.numbers import parse_words


def number_text(raw: str) -> str:
    """The part of a figure's raw text that its box must hold: its digits, else its written numeral."""
    digits = re.search(r"\d[\d.,/]*\d|\d", raw)
    if digits:
        return digits.group(0)
    words = raw.split()
    for i in range(len(words)):
        numeral = parse_words([w.lower() for w in words[i:]])
        if numeral is not None:
            return " ".join(words[i:i + numeral.length])
    raise AssertionError(f"no number in {raw!r}")


def text_in_box(document: pdfplumber.PDF, location: dict) -> str:
    """The text pdfplumber finds inside a record's box (a point of slack on each side: the boxes of the two
    engines agree within a point; pdfium sets the glyphs after a justified line's word spaces up to half a
    point left of where pdfminer and poppler set them, tests/test_pdf_engines.py)."""
    x0, top, x1, bottom = location["bbox"]
    page = document.pages[location["page"] - 1]
    return page.within_bbox((x0 - 1.0, top - 1.0, x1 + 1.0, bottom + 1.0)).extract_text()
