"""Benchmark of the PDF reader (not a test): time against pdfplumber's extract_words, and reading order.

    python benchmarks/pdf_bench.py [PDF]

Without PDF, builds a 50-page report (the 2024 corpus report repeated, tests/make_pdfs.py). Prints, best of
three runs each, the time of the whole `extract` on it (read, normalise, NLP, recognise, validate, write the
JSON; in this process, after one warm-up run that loads spaCy) and of `read_pdf` alone (child process,
clean-up, reading order, furniture), against bare pdfplumber `extract_words` over every page of the same
file. The target is 1.3x at most.
Then, on the 2024 fixture, how many of the 18 cells of the nine-conditions table each method reads
whole: pdfplumber's extract_text (line by line), extract_text(use_text_flow=True), and read_pdf.
"""

from __future__ import annotations

import io
import re
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import make_pdfs  # noqa: E402

from bench import best_of, pdfplumber_words  # noqa: E402
from extractor.cli import run  # noqa: E402
from extractor.document.readers.pdf import read_pdf  # noqa: E402


def _extract(path: Path, out: Path) -> None:
    if run([str(path), "--out", str(out), "--quiet", "--no-cache"], io.StringIO(), sys.stderr) != 0:
        raise SystemExit(f"extract failed on {path}")


def timing(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        pages = len(pdf.pages)
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        _extract(path, Path(out))  # warm-up: loads spaCy and the patterns once, as a corpus run does
        cold = time.perf_counter() - start
        times = best_of({"bare": lambda: pdfplumber_words(path), "reader": lambda: read_pdf(path),
                         "whole": lambda: _extract(path, Path(out))})
    bare, reader, whole = times["bare"], times["reader"], times["whole"]
    print(f"{path.name}: {pages} pages")
    print(f"  pdfplumber extract_words  {bare:7.3f} s  ({1000 * bare / pages:.1f} ms/page)")
    print(f"  read_pdf                  {reader:7.3f} s  ({1000 * reader / pages:.1f} ms/page)"
          f"  {reader / bare:5.2f}x")
    print(f"  extract (whole job)       {whole:7.3f} s  ({1000 * whole / pages:.1f} ms/page)"
          f"  {whole / bare:5.2f}x  (target <= 1.30x; first run with spaCy loading: {cold:.3f} s)")


def reading_order() -> None:
    path = make_pdfs.FIXTURES / "smartcoop-bijzonder-verslag-2024.pdf"
    if not path.exists():
        make_pdfs.build_fixtures()
    table = next(e for e in make_pdfs.elements_2024() if e.kind == "table")
    cells = [re.sub(r"[\s-]", "", cell) for row in table.rows for cell in row]

    def intact(text: str) -> int:
        text = re.sub(r"[\s-]", "", text)
        return sum(cell in text for cell in cells)

    with pdfplumber.open(path) as pdf:
        plain = "\n".join(page.extract_text() for page in pdf.pages)
        flow = "\n".join(page.extract_text(use_text_flow=True) for page in pdf.pages)
    ours = "\n".join(line.text for line in read_pdf(path).lines)
    print("nine-conditions table, 2024 fixture: cells read whole, of 18")
    print(f"  extract_text()                    {intact(plain):2d}")
    print(f"  extract_text(use_text_flow=True)  {intact(flow):2d}")
    print(f"  read_pdf (XY-cut + row alignment) {intact(ours):2d}")


def main(argv: list[str]) -> None:
    if argv:
        timing(Path(argv[0]))
    else:
        with tempfile.TemporaryDirectory() as folder:
            timing(make_pdfs.build_long(Path(folder) / "long-50-pages.pdf", pages=50))
    reading_order()


if __name__ == "__main__":
    main(sys.argv[1:])
