from __future__ import annotations

from pathlib import Path

import pytest

from extractor.pipeline import extract_file

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
REPORT_2021 = "corpus/smartcoop-bijzonder-verslag-2021.md"
REPORT_2024 = "corpus/smartcoop-bijzonder-verslag-2024.txt"


@pytest.fixture(autouse=True)
def _in_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    """Paths in outputs are relative to the repository: run every test from there."""
    monkeypatch.chdir(ROOT)


@pytest.fixture(scope="session")
def reports() -> dict[int, dict]:
    """The extraction of both corpus reports, done once for the whole session."""
    import os

    here = os.getcwd()
    os.chdir(ROOT)
    try:
        return {2021: extract_file(Path(REPORT_2021)), 2024: extract_file(Path(REPORT_2024))}
    finally:
        os.chdir(here)
