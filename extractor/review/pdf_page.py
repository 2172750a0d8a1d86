"""The review page of a PDF report: every page rendered by pdfium to a PNG embedded as a data URI (the file stays
self-contained: no network, no files beside it), each record's box drawn over the page image where its location
says (`bbox`: x0, top, x1, bottom in PDF points from the top left of the page turned upright, as pdfium renders
it), and the panel of records.

A box is a <mark> placed in percent of the page's size, so it stays over its text at any zoom; it carries the
record's anchor as id ("p2l37c7"), `data-page`, `data-line`, `data-column` and `data-bbox`. A record without a
box is listed in the panel, marked as not highlighted.
"""

from __future__ import annotations

import base64
import io
from pathlib import Path
from typing import Any

from extractor.review.records import Record, mark, panel, records, shell, title, words

SCALE = 1.5  # pixels per PDF point of the page images (108 dpi): small print stays legible, pages stay small
COLOURS = 96  # the page image's palette: text and rules on white need few colours, and the PNG is 3-4x smaller


def page_images(source: Path, scale: float = SCALE) -> list[tuple[float, float, bytes]]:
    """(width, height in points, PNG bytes) of every page of the PDF, as pdfium renders it (turned upright)."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(source))
    try:
        pages = []
        for index in range(len(pdf)):
            page = pdf[index]
            width, height = page.get_size()
            image = page.render(scale=scale).to_pil().convert("RGB")
            image = image.quantize(colors=COLOURS)
            buffer = io.BytesIO()
            image.save(buffer, format="PNG", optimize=True)
            pages.append((width, height, buffer.getvalue()))
            page.close()
        return pages
    finally:
        pdf.close()


def _box_style(bbox: list[float], width: float, height: float) -> str:
    x0, top, x1, bottom = bbox
    pad = 1.0  # a point around the text, so the box does not cut the letters' edges
    return (f"left:{100 * (x0 - pad) / width:.3f}%;top:{100 * (top - pad) / height:.3f}%;"
            f"width:{100 * (x1 - x0 + 2 * pad) / width:.3f}%;height:{100 * (bottom - top + 2 * pad) / height:.3f}%")


def render(report: dict[str, Any], source: Path) -> str:
    """The review page of `report`, whose pages are rendered from the PDF `source`."""
    all_records = records(report)
    by_page: dict[int, list[Record]] = {}
    for record in all_records:
        if record.page and record.location.get("bbox"):
            by_page.setdefault(record.page, []).append(record)
    marked: set[int] = set()
    parts = []
    said = words()
    for number, (width, height, png) in enumerate(page_images(source), start=1):
        boxes = []
        for record in by_page.get(number, []):
            boxes.append(mark(record, "", _box_style(record.location["bbox"], width, height)))
            marked.add(record.number)
        data = base64.b64encode(png).decode("ascii")
        label = said["page"].format(page=number)
        parts.append(f'<section class="page" id="page{number}" data-page="{number}" data-width="{width:g}" '
                     f'data-height="{height:g}" style="aspect-ratio:{width:g}/{height:g}">'
                     f'<h2>{label}</h2><img alt="{label}" src="data:image/png;base64,{data}">'
                     f'{"".join(boxes)}</section>')
    return shell(title(report), f'<div class="pages">{"".join(parts)}</div>', panel(all_records, marked))
