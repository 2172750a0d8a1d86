"""Build one very large text report from the real ones, for the memory benchmark (generated, never committed).

    python benchmarks/make_large.py FILE MEGABYTES

The reports of corpus/, of tests/fixtures/gold-other-sectors/ and, when present, of the development set
(/work/shared/dev-reports/) are written one after the other, again and again, each copy with its figures
multiplied by a factor of its own (benchmarks/make_corpus.py `perturb`) and its organisation renamed, until
the file holds MEGABYTES million characters or more. The same arguments always give the same file.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_corpus import perturb, rename  # noqa: E402

_FOLDERS = (ROOT / "corpus", ROOT / "tests" / "fixtures" / "gold-other-sectors", Path("/work/shared/dev-reports"))


def sources(folders: tuple[Path, ...] = _FOLDERS) -> list[str]:
    """The text of every real report found in `folders`, in a fixed order."""
    paths = sorted(p for folder in folders if folder.is_dir() for p in folder.iterdir()
                   if p.suffix in (".txt", ".md") and "verslag" in p.name)
    return [p.read_text(encoding="utf-8") for p in paths]


def large_text(characters: int, folders: tuple[Path, ...] = _FOLDERS) -> str:
    """At least `characters` characters of real reports, copy after copy, each renumbered."""
    texts = sources(folders)
    parts: list[str] = []
    total, copy = 0, 0
    while total < characters:
        text = texts[copy % len(texts)]
        part = rename(perturb(text, random.Random(copy).uniform(0.8, 1.25)), copy).strip("\n") + "\n\n"
        parts.append(part)
        total += len(part)
        copy += 1
    return "".join(parts)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    text = large_text(int(float(sys.argv[2]) * 1_000_000))
    Path(sys.argv[1]).write_text(text, encoding="utf-8")
    print(f"{len(text):,} characters in {sys.argv[1]}")
