"""Damaged PDFs (their middle overwritten) and the time and memory limits that grow with the page count."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from extractor.runtime.errors import InputError, UserError
from extractor.document.readers.pdf import read_pdf
from extractor.document.readers.pdf_guard import Limits

pytestmark = pytest.mark.usefixtures("in_english")  # the English wording of the error lines

SOUND = ROOT / "tests/fixtures/pdf/producers/libreoffice-2024.pdf"  # 7 pages, one content stream each


def _overwritten(tmp_path: Path, start: float, length: int | None) -> Path:
    """A copy of the sound PDF with zeros written from `start` (a share of its size), `length` bytes long
    (None: to two thirds of the file)."""
    data = bytearray(SOUND.read_bytes())
    begin = int(start * len(data))
    end = begin + length if length is not None else 2 * len(data) // 3
    data[begin:end] = bytes(end - begin)
    path = tmp_path / "damaged.pdf"
    path.write_bytes(bytes(data))
    return path


@pytest.mark.slow
def test_pages_that_cannot_be_read_are_named_in_a_warning_and_the_rest_is_read(tmp_path):
    doc = read_pdf(_overwritten(tmp_path, 0.5, 3000))
    notice, = doc.notices
    assert notice.code == "pdf.unreadable_pages" and notice.location.page == 6
    assert notice.message.startswith("the PDF is damaged: pages 6, 7 could not be read whole")
    assert {line.page for line in doc.lines} == {1, 2, 3, 4, 5}
    assert doc.pages == 7


def test_a_pdf_whose_pages_mostly_cannot_be_read_is_refused(tmp_path):
    path = _overwritten(tmp_path, 1 / 3, None)
    with pytest.raises(InputError) as caught:
        read_pdf(path)
    assert caught.value.reason == "the PDF is damaged: 4 of its 7 pages cannot be read (pages 4, 5, 6, 7)"
    assert "qpdf" in caught.value.remedy


@pytest.mark.slow  # starts the command as a process
def test_nothing_of_pdfminers_log_reaches_the_user(tmp_path):
    path = _overwritten(tmp_path, 0.5, 3000)
    done = subprocess.run([sys.executable, "-m", "extractor", str(path), "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # pdfminer logs "Execute called on non-indirect object" for each lost page
    warnings = [line.strip() for line in done.stdout.splitlines() + done.stderr.splitlines() if "warning" in line]
    assert any("pages 6, 7 could not be read whole" in line for line in warnings), warnings
    refused = subprocess.run([sys.executable, "-m", "extractor", str(_overwritten(tmp_path, 1 / 3, None)),
                              "--out", str(tmp_path / "out")], capture_output=True, text=True, cwd=ROOT,
                             timeout=300)
    assert refused.returncode != 0
    assert refused.stderr.strip().count("\n") == 0 and "4 of its 7 pages cannot be read" in refused.stderr


# ---------------------------------------------------------------------------------------------- limits

def test_the_limits_grow_with_the_page_count():
    limits = Limits(seconds=60, seconds_per_page=2, memory_mb=2048, memory_mb_per_page=2)
    assert (limits.timeout(0), limits.timeout(1000)) == (60, 2060)
    assert (limits.memory(0), limits.memory(1000)) == (2048, 4048)


def test_the_limits_come_from_the_environment():
    limits = Limits.from_environment({"EXTRACT_PDF_SECONDS": "30", "EXTRACT_PDF_SECONDS_PER_PAGE": "0.5",
                                      "EXTRACT_PDF_MEMORY_MB": "", "EXTRACT_PDF_MEMORY_MB_PER_PAGE": "4"})
    assert limits == Limits(seconds=30, seconds_per_page=0.5, memory_mb=2048, memory_mb_per_page=4)
    with pytest.raises(UserError) as caught:
        Limits.from_environment({"EXTRACT_PDF_SECONDS": "lang"})
    assert caught.value.line() == ("EXTRACT_PDF_SECONDS: the PDF limit must be a number of 0 or more, not 'lang'; "
                                   "set EXTRACT_PDF_SECONDS to a number (e.g. 120) or unset it")


@pytest.mark.slow
def test_a_long_pdf_gets_time_for_each_of_its_pages():
    # no time at all stops the parse at once, whatever the machine's speed; 3 s to open the file and 10 s a
    # page let the 7 pages end
    with pytest.raises(InputError, match=r"longer than 0 s") as caught:
        read_pdf(SOUND, limits=Limits(seconds=0, seconds_per_page=0))
    assert "raise the PDF time limit (EXTRACT_PDF_SECONDS or EXTRACT_PDF_SECONDS_PER_PAGE)" in caught.value.remedy
    doc = read_pdf(SOUND, limits=Limits(seconds=3, seconds_per_page=10))
    assert doc.pages == 7 and doc.lines

