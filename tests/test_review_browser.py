"""The review pages in a real headless browser (issue 22, point 2): where Chromium lays out each highlight.

A text report's highlight lies over its text: on the row of its line number, and its text the file's at its
column. A PDF report's highlight lies over its box on the page image: its rectangle, measured in the browser,
is the record's bbox scaled to the image as shown (within a pixel). The positions are read by a script added to
a copy of the page, which writes them into the DOM that --dump-dom prints. Screenshots of both pages are taken
too (UPDATE_SCREENSHOTS=1 writes them to docs/, where the README shows them).

Chromium comes from the system packages (.ci/run installs it); on CI a missing browser fails."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT
from extractor import cli

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [pytest.mark.slow,  # starts a headless browser, and reads a PDF in a child process
              pytest.mark.skipif(BROWSER is None and not os.environ.get("CI"),
                                 reason="no chromium here; CI installs it (apt-get install chromium)")]

TEXT = "corpus/smartcoop-bijzonder-verslag-2024.txt"
PDF = "tests/fixtures/pdf/smartcoop-bijzonder-verslag-2024.pdf"

MEASURE = """
<script>
window.addEventListener('load', function () {
  var out = [];
  document.querySelectorAll('mark').forEach(function (m) {
    var r = m.getBoundingClientRect(), item = {id: m.id, left: r.left, top: r.top, right: r.right,
                                               bottom: r.bottom, text: m.textContent};
    var page = m.closest('section.page');
    if (page) {
      var i = page.querySelector('img').getBoundingClientRect();
      item.image = {left: i.left, top: i.top, width: i.width, height: i.height,
                    natural: page.querySelector('img').naturalWidth};
      item.pageWidth = parseFloat(page.dataset.width); item.pageHeight = parseFloat(page.dataset.height);
    }
    var line = m.closest('.tl');
    if (line) {
      var n = line.querySelector('.ln').getBoundingClientRect(), b = line.getBoundingClientRect();
      item.number = line.querySelector('.ln').textContent; item.numberTop = n.top;
      item.lineTop = b.top; item.lineBottom = b.bottom; item.lineLeft = n.right;
    }
    out.push(item);
  });
  var pre = document.createElement('pre'); pre.id = 'measured'; pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>
"""


def _chromium(profile: Path, *arguments: str) -> subprocess.CompletedProcess:
    assert BROWSER is not None, "chromium is not installed: .ci/run installs it"
    return subprocess.run(
        [BROWSER, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
         "--hide-scrollbars", "--window-size=1600,1000", *arguments],
        capture_output=True, text=True, timeout=180, check=True)


def _review(report: str, out: Path, lang: str = "en") -> Path:
    stdout, stderr = io.StringIO(), io.StringIO()
    assert cli.run(["review", report, "-o", str(out), "--lang", lang], stdout, stderr) == 0, stderr.getvalue()
    return out


def _measure(page: Path, profile: Path) -> list[dict]:
    measured = page.with_name("measured-" + page.name)
    measured.write_text(page.read_text(encoding="utf-8").replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    dom = _chromium(profile, "--virtual-time-budget=10000", "--dump-dom", measured.as_uri()).stdout
    found = re.search(r'<pre id="measured">(.*?)</pre>', dom, re.S)
    assert found, "the measuring script did not run"
    import html

    return json.loads(html.unescape(found.group(1)))


def _screenshot(page: Path, profile: Path, name: str, tmp_path: Path) -> Path:
    target = (ROOT / "docs" / name) if os.environ.get("UPDATE_SCREENSHOTS") else tmp_path / name
    _chromium(profile, f"--screenshot={target}", page.as_uri())
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000  # a page with text and colour, not blank
    return target


def test_a_text_reports_highlights_lie_over_their_text(tmp_path: Path) -> None:
    page = _review(TEXT, tmp_path / "review-text.html")
    marks = _measure(page, tmp_path / "profile")
    lines = (ROOT / TEXT).read_text(encoding="utf-8").split("\n")
    assert len(marks) == 82
    for mark in marks:
        line, column = (int(part) for part in re.fullmatch(r"l(\d+)c(\d+)(?:-\d+)?", mark["id"]).groups())
        assert mark["number"] == str(line)
        # within its line (a long line wraps onto more rows), right of the line number
        assert mark["lineTop"] - 1 <= mark["top"] and mark["bottom"] <= mark["lineBottom"] + 1, mark
        assert mark["left"] >= mark["lineLeft"] and mark["lineTop"] == pytest.approx(mark["numberTop"], abs=2)
        assert mark["right"] > mark["left"] and mark["bottom"] > mark["top"]
        text = lines[line - 1]
        start = text.find(re.sub(r"\s+", " ", mark["text"]).split(" ")[0], max(0, column - 1 - 60))
        assert 0 <= start <= column - 1, (mark, text)
    persons = next(m for m in marks if m["text"] == "20.892 personen")
    assert persons["id"] == "l230c46"
    _screenshot(page, tmp_path / "profile", "review-text.png", tmp_path)


def test_a_pdf_reports_highlights_lie_over_their_boxes_on_the_page_images(tmp_path: Path) -> None:
    page = _review(PDF, tmp_path / "review-pdf.html")
    marks = _measure(page, tmp_path / "profile")
    import extractor
    from extractor.review import records

    wanted = {record.anchor: record for record in records(extractor.read(ROOT / PDF).data)}
    assert sorted(m["id"] for m in marks) == sorted(wanted) and len(marks) == 82
    for mark in marks:
        image, location = mark["image"], wanted[mark["id"]].location
        assert image["natural"] == round(mark["pageWidth"] * 1.5)  # rendered at 1.5 pixels a point
        scale = image["width"] / mark["pageWidth"]
        assert image["height"] / mark["pageHeight"] == pytest.approx(scale, rel=0.01)
        x0, top, x1, bottom = location["bbox"]
        # the highlight is the box, a point of margin around it, over the image as the browser shows it
        assert mark["left"] == pytest.approx(image["left"] + (x0 - 1) * scale, abs=1.0)
        assert mark["top"] == pytest.approx(image["top"] + (top - 1) * scale, abs=1.0)
        assert mark["right"] == pytest.approx(image["left"] + (x1 + 1) * scale, abs=1.0)
        assert mark["bottom"] == pytest.approx(image["top"] + (bottom + 1) * scale, abs=1.0)
    _screenshot(page, tmp_path / "profile", "review-pdf.png", tmp_path)
