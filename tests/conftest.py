from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from extractor.pipeline import extract_file

ROOT = Path(__file__).resolve().parent.parent

# The tests' own cache folder, for them and the commands they start: never the user's (~/.cache/extractor),
# whose entries would let a test pass or fail by what an earlier run left there.
if "EXTRACTOR_CACHE_DIR" not in os.environ:
    os.environ["EXTRACTOR_CACHE_DIR"] = tempfile.mkdtemp(prefix="extractor-test-cache-")
    atexit.register(shutil.rmtree, os.environ["EXTRACTOR_CACHE_DIR"], ignore_errors=True)
CORPUS = ROOT / "corpus"
REPORT_2021 = "corpus/smartcoop-bijzonder-verslag-2021.md"
REPORT_2024 = "corpus/smartcoop-bijzonder-verslag-2024.txt"


@pytest.fixture(autouse=True)
def _in_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    """Paths in outputs are relative to the repository: run every test from there."""
    monkeypatch.chdir(ROOT)


@pytest.fixture(autouse=True)
def _in_the_default_language():
    """A command run in a test with --lang en sets the process's language: every test starts in the default
    (Dutch) and leaves it so, whatever ran before it."""
    from extractor.runtime import language

    language.set_current(language.DEFAULT)
    yield
    language.set_current(language.DEFAULT)


@pytest.fixture
def in_english(monkeypatch: pytest.MonkeyPatch) -> None:
    """An English locale for the commands a test runs without --lang (in this process and the ones it starts):
    for the tests that hold the English wording of error lines (tests/test_command_languages.py holds both)."""
    from extractor.runtime import language

    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    language.set_current("en")  # and for what a test calls directly (a reader's error line)


@pytest.fixture
def two_reports(tmp_path: Path) -> Path:
    """A folder of this test's own holding both corpus reports, under other names."""
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(ROOT / REPORT_2021, folder / "a-2021.md")
    shutil.copy(ROOT / REPORT_2024, folder / "b-2024.txt")
    return folder


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
