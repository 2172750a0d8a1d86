"""The review page of a report (issue 22, point 7, text and Markdown): every record highlighted where its location
says, the highlight's text the record's text as written there, and a panel that links to each.

The positions are checked on the page's DOM as html.parser builds it (each <mark>'s data-line and data-column and
the text before it on its line), against the report's source file."""

from __future__ import annotations

import html.parser
import io
import re
from pathlib import Path

import pytest

from conftest import ROOT
from extractor import cli
from extractor.review import anchor_of, records, source_lines


class _Marks(html.parser.HTMLParser):
    """Every <mark> of the text: its attributes, its text, and the text of its line before it."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict] = []
        self._line_text = ""
        self._in_mark: dict | None = None
        self._in_pre = False
        self._skip = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = dict(attrs)
        if tag == "pre":
            self._in_pre = True
        elif tag == "span" and attributes.get("class") == "ln":
            self._skip, self._line_text = True, ""
        elif tag == "mark" and self._in_pre:
            self._in_mark = {**attributes, "text": "", "before": self._line_text}

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre":
            self._in_pre = False
        elif tag == "span":
            self._skip = False
        elif tag == "mark" and self._in_mark is not None:
            self.marks.append(self._in_mark)
            self._in_mark = None

    def handle_data(self, data: str) -> None:
        if not self._in_pre or self._skip:
            return
        text = data.split("\n")[-1] if "\n" in data else data
        if "\n" in data:
            self._line_text = ""
        self._line_text += text
        if self._in_mark is not None:
            self._in_mark["text"] += data


@pytest.mark.parametrize("report", ["corpus/smartcoop-bijzonder-verslag-2024.txt",
                                    "corpus/smartcoop-bijzonder-verslag-2021.md"])
def test_every_highlight_stands_where_its_record_says(report: str, tmp_path: Path) -> None:
    page_path = tmp_path / "review.html"
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(["review", report, "-o", str(page_path)], out, err) == 0, err.getvalue()
    page = page_path.read_text(encoding="utf-8")
    parser = _Marks()
    parser.feed(page)
    lines = source_lines(ROOT / report)
    import extractor

    data = extractor.read(report).data
    wanted = {r.anchor: r for r in records(data)}
    assert len(parser.marks) >= len(wanted) - 2  # all but records whose text another record's covers
    kinds = {mark["data-kind"] for mark in parser.marks}
    assert kinds == {"figure", "statute", "law", "meeting"}
    for mark in parser.marks:
        line, column = int(mark["data-line"]), int(mark["data-column"])
        record = wanted[mark["id"]]
        assert (record.data["location"]["line"], record.data["location"]["column"]) == (line, column)
        start = len(mark["before"])
        assert lines[line - 1][:start] == mark["before"]  # the DOM's text before it is the file's
        assert lines[line - 1][start:].startswith(mark["text"]) and start <= column - 1 < start + len(mark["text"])
        plain = " ".join(str(record.data["raw"]).split())  # raw has ordinary spaces where the file has U+202F
        shown = " ".join(re.sub(r"<[^>]*>", "", mark["text"]).split())  # the source's markup (m<sup>2</sup>) aside
        assert plain.startswith(shown), (mark, plain)  # the record's text as written
        assert f'<tr id="row-{mark["id"]}" ' in page and f'href="#{mark["id"]}"' in page
        assert mark["id"] == anchor_of(record.data["location"]) or mark["id"].startswith(anchor_of(record.data["location"]) + "-")
    persons = next(m for m in parser.marks if m["text"] == "20.892 personen") if "2024" in report else None
    if persons is not None:
        assert (persons["data-line"], persons["data-column"]) == ("230", "46")


def test_the_page_is_self_contained() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(["review", "corpus/smartcoop-bijzonder-verslag-2024.txt", "--lang", "en"], out, err) == 0
    page = out.getvalue()
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    assert "src=" not in page and "http" not in page.split("</style>")[0]
    assert '<p class="count">82 of 82 records highlighted</p>' in page
