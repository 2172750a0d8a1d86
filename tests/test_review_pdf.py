"""The review page of a PDF report (issue 22, point 2): every page rendered to an embedded PNG, every record with a
box drawn over it where its location says, in percent of the page (so at any zoom), one file with no network.

The positions are read from the page's DOM as html.parser builds it; tests/test_review_browser.py checks them
again in Chromium, against the rendered page image."""

from __future__ import annotations

import base64
import html.parser
import io
import re
from pathlib import Path

import pytest

from conftest import ROOT
from extractor import cli
from extractor.review import anchor_of, records

pytestmark = pytest.mark.slow  # the PDF is read in a child process (the PDF guard)

PDF = "tests/fixtures/pdf/smartcoop-bijzonder-verslag-2024.pdf"


class _Page(html.parser.HTMLParser):
    """The page sections (size, image) and every <mark> with its section's number and its style."""

    def __init__(self) -> None:
        super().__init__()
        self.pages: dict[int, dict] = {}
        self.marks: list[dict] = []
        self._page: int | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = dict(attrs)
        if tag == "section" and attributes.get("class") == "page":
            self._page = int(attributes["data-page"])
            self.pages[self._page] = {**attributes, "images": []}
        elif tag == "img" and self._page is not None:
            self.pages[self._page]["images"].append(attributes["src"])
        elif tag == "mark":
            self.marks.append({**attributes, "in_page": self._page})

    def handle_endtag(self, tag: str) -> None:
        if tag == "section":
            self._page = None


def _style(style: str) -> dict[str, float]:
    return {key: float(value) for key, value in re.findall(r"([a-z]+):([\d.-]+)%", style)}


@pytest.fixture(scope="module")
def pdf_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict]:
    out = tmp_path_factory.mktemp("review") / "review.html"
    stdout, stderr = io.StringIO(), io.StringIO()
    assert cli.run(["review", PDF, "-o", str(out), "--lang", "nl"], stdout, stderr) == 0, stderr.getvalue()
    import extractor

    return out.read_text(encoding="utf-8"), extractor.read(ROOT / PDF).data


def test_every_page_is_an_embedded_png_and_nothing_is_fetched(pdf_page: tuple[str, dict]) -> None:
    page, report = pdf_page
    parser = _Page()
    parser.feed(page)
    assert sorted(parser.pages) == list(range(1, report["document"]["pages"] + 1)) == list(range(1, 9))
    for number, section in parser.pages.items():
        (source,) = section["images"]
        assert source.startswith("data:image/png;base64,")
        assert base64.b64decode(source.split(",", 1)[1])[:8] == b"\x89PNG\r\n\x1a\n"
        assert (float(section["data-width"]), float(section["data-height"])) == (595.276, 841.89)  # A4 upright
    assert "http:" not in page and "https:" not in page and 'src="data:' in page
    assert re.findall(r'src="(?!data:)', page) == []


def test_every_box_is_drawn_over_its_record_on_its_page(pdf_page: tuple[str, dict]) -> None:
    page, report = pdf_page
    parser = _Page()
    parser.feed(page)
    wanted = {record.anchor: record for record in records(report)}
    boxed = [record for record in wanted.values() if record.location.get("bbox")]
    assert len(boxed) == len(wanted) == 82  # every record of this PDF has a box
    assert sorted(mark["id"] for mark in parser.marks) == sorted(wanted)
    for mark in parser.marks:
        record = wanted[mark["id"]]
        location = record.data["location"]
        assert mark["in_page"] == location["page"] == int(mark["data-page"])
        assert mark["id"].split("-")[0] == anchor_of(location)
        x0, top, x1, bottom = location["bbox"]
        style = _style(mark["style"])
        assert style["left"] == pytest.approx(100 * (x0 - 1) / 595.276, abs=0.002)
        assert style["top"] == pytest.approx(100 * (top - 1) / 841.89, abs=0.002)
        assert style["width"] == pytest.approx(100 * (x1 - x0 + 2) / 595.276, abs=0.002)
        assert style["height"] == pytest.approx(100 * (bottom - top + 2) / 841.89, abs=0.002)
    persons = next(m for m in parser.marks if wanted[m["id"]].data.get("raw") == "20.892 personen")
    assert persons["data-page"] == str(wanted[persons["id"]].page) and persons["title"].startswith("20.892 personen")


def test_the_pdf_page_speaks_the_language_asked(pdf_page: tuple[str, dict], tmp_path: Path) -> None:
    page, _ = pdf_page
    assert '<html lang="nl">' in page and '<p class="count">82 van 82 gegevens aangeduid</p>' in page
    assert ">pagina 1</h2>" in page and ">cijfer</td>" in page
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(["review", PDF, "--lang", "en"], out, err) == 0, err.getvalue()
    english = out.getvalue()
    assert '<html lang="en">' in english and '<p class="count">82 of 82 records highlighted</p>' in english
    assert ">page 1</h2>" in english and ">figure</td>" in english and "pagina" not in english
