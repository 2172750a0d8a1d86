"""The review page of one report (`extract review REPORT [-o FILE]`): one self-contained HTML file showing the
report as it is, with every figure, statute reference, legal reference and meeting highlighted in place, and a
panel listing each with its id, value, unit, period, qualifier and the rule that found it; a record in the panel
links to its place and back. A text or Markdown report shows its text (text_page.py), a PDF its pages as images
with the records' boxes drawn (pdf_page.py). Every highlight's id is its location's anchor (records.anchor_of),
which a findings page links to.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extractor.review.records import Record, anchor_of, records
from extractor.review.text_page import source_lines

__all__ = ["Record", "anchor_of", "page_name", "records", "render", "source_lines"]


def render(report: dict[str, Any], source: Path) -> str:
    """The review page of `report`, read from its source file `source` (the report's text, or the PDF)."""
    if report["document"]["format"] == "pdf":
        from extractor.review.pdf_page import render as render_pdf

        return render_pdf(report, source)
    from extractor.review.text_page import render as render_text

    return render_text(report, source)


def page_name(report_path: str) -> str:
    """The file name of a report's review page written beside a findings page: "review-verslag-2024.html"."""
    return f"review-{Path(report_path).stem}.html"
