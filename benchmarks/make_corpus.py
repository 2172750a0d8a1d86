"""Build a corpus of N reports from the two real ones, for the benchmark (generated, never committed).

    python benchmarks/make_corpus.py DIR [N] [--pdf K]

Report i is one of the two corpus reports (2021 as Markdown, 2024 as text, alternately) with every figure
written with a thousands dot or a decimal comma ("18.894", "159,5") multiplied by a factor of its own between
0.8 and 1.25 and written back in the same Dutch format; years, days, article numbers stay as they are.
Names look like a corpus of many cooperatives: `coop-007-bijzonder-verslag-2024.txt`. K of the N reports
(default: N/20, 10 of 200) are PDFs typeset from the same perturbed text by tests/make_pdfs.py (A4, justified,
hyphenated, running footer): PDFs are slow to build and to read, and a real corpus is mostly text.
The same N and K always give the same files.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = {2021: ROOT / "corpus" / "smartcoop-bijzonder-verslag-2021.md",
           2024: ROOT / "corpus" / "smartcoop-bijzonder-verslag-2024.txt"}
_FIGURE = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+,\d+)(?![\d]|[.,]\d)")


def perturb(text: str, factor: float) -> str:
    """Every figure with a thousands dot or a decimal comma times `factor`, in the same format."""
    def scaled(match: re.Match[str]) -> str:
        raw = match.group(1)
        if "," in raw:
            whole, decimals = raw.split(",")
            value = float(whole.replace(".", "") + "." + decimals) * factor
            text = f"{value:.{len(decimals)}f}".replace(".", ",")
            return text
        value = round(int(raw.replace(".", "")) * factor)
        return f"{max(value, 1000):,}".replace(",", ".")
    return _FIGURE.sub(scaled, text)


def rename(text: str, coop: int) -> str:
    """Cooperative number `coop` publishes under a name of its own (its two years are one organisation)."""
    name = f"Coop{coop:03d}"
    return text.replace("SmartCoop", name).replace("SMARTCOOP", name.upper())


def build(folder: Path, count: int = 200, pdfs: int | None = None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    pdfs = count // 20 if pdfs is None else pdfs
    texts = {year: path.read_text(encoding="utf-8") for year, path in SOURCES.items()}
    every = max(2, count // pdfs) if pdfs else 0
    as_pdf = {k * every + k % 2 for k in range(pdfs)}  # spread out, alternately of 2021 and of 2024
    made: list[Path] = []
    for i in range(count):
        year = 2021 if i % 2 == 0 else 2024
        factor = random.Random(i).uniform(0.8, 1.25)
        stem = f"coop-{i // 2:03d}-bijzonder-verslag-{year}"
        if i in as_pdf:
            made.append(_pdf(folder / f"{stem}.pdf", year, factor))
        else:
            path = folder / (stem + SOURCES[year].suffix)
            path.write_text(rename(perturb(texts[year], factor), i // 2), encoding="utf-8")
            made.append(path)
    return made


def _pdf(path: Path, year: int, factor: float) -> Path:
    sys.path.insert(0, str(ROOT / "tests"))
    import make_pdfs

    elements = make_pdfs.elements_2021() if year == 2021 else make_pdfs.elements_2024()
    coop = int(path.name.split("-")[1])
    for element in elements:
        element.text = rename(perturb(element.text, factor), coop)
        if element.rows:
            element.rows = [tuple(rename(perturb(cell, factor), coop) for cell in row) for row in element.rows]
    options = {"hyphen": "\u00ad", "ligatures": True} if year == 2021 else {"first_page": 7, "break_row": 5}
    make_pdfs.typeset(elements, str(path), **options)
    return path


def words(paths: list[Path]) -> int:
    """Words of the text and Markdown reports (white-space separated), the measure of text throughput."""
    return sum(len(p.read_text(encoding="utf-8").split()) for p in paths if p.suffix != ".pdf")


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if not arguments or arguments[0].startswith("-"):
        raise SystemExit(__doc__)
    k = None
    if "--pdf" in arguments:
        at = arguments.index("--pdf")
        k = int(arguments[at + 1])
        del arguments[at:at + 2]
    built = build(Path(arguments[0]), int(arguments[1]) if len(arguments) > 1 else 200, k)
    print(f"{len(built)} reports in {arguments[0]} ({sum(p.suffix == '.pdf' for p in built)} PDF)")
