"""The multi-year fixtures the linking tests share (tests/fixtures/linking_*/): each folder holds the reports of a
few cooperatives, named '<organisation>-…-<year>.<ext>', and a gold.json whose "files" says what each holds."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from extractor.diff.link import add_series
from extractor.pipeline import extract_file


def gold_files(folder: Path) -> dict[str, dict]:
    return json.loads((folder / "gold.json").read_text(encoding="utf-8"))["files"]


def organisation_of(name: str) -> str:
    return name.split("-", 1)[0]


def year_of(name: str) -> str:
    return name.rsplit("-", 1)[1].split(".")[0]


def in_order(names) -> list[str]:
    """The file names by organisation, then year."""
    return sorted(names, key=lambda name: (organisation_of(name), year_of(name)))


@cache
def linked_reports(folder: Path) -> dict[str, dict]:
    """file name -> its report, the reports of each organisation of `folder` linked together (once per session)."""
    files = in_order(gold_files(folder))
    out: dict[str, dict] = {}
    for organisation in sorted({organisation_of(name) for name in files}):
        names = [name for name in files if organisation_of(name) == organisation]
        reports = [extract_file(folder / name) for name in names]
        add_series(reports)
        out.update(zip(names, reports))
    return out


def written_and_linked(folder: Path, name: str, texts: tuple[tuple[int, str], ...]) -> list[dict]:
    """The reports of one made-up cooperative, a text per year headed "<name> cv - Jaarverslag <year>" and
    written to `folder`, extracted and linked as `extract corpus/` links them."""
    reports = []
    slug = name.split()[-1].lower()
    for year, text in texts:
        path = folder / f"{slug}-jaarverslag-{year}.txt"
        path.write_text(f"{name} cv - Jaarverslag {year}\n\n{text}", encoding="utf-8")
        reports.append(extract_file(path))
    add_series(reports)
    return reports
