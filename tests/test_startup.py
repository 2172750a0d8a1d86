"""Start-up of a command: what a warm `extract check` loads, spaCy without its own command line
(extractor/nlp/spacy_import.py), and a report named twice extracted once."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPORT_2021, REPORT_2024, ROOT

pytestmark = pytest.mark.slow  # starts the command as a process and measures start-up


def _python(code: str, **environment: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**os.environ, **environment},
                          capture_output=True, text=True)


def test_spacy_loads_without_its_command_line_which_still_works_when_asked_for() -> None:
    done = _python("import sys, extractor, spacy\n"
                   "print('typer' in sys.modules, 'spacy.cli' in sys.modules, callable(spacy.info))\n"
                   "print([t.text for t in spacy.blank('nl')('o.a. blz. 3')])\n"
                   "print(callable(spacy.cli.download), 'typer' in sys.modules)\n"
                   "import spacy.cli.info\n"
                   "print(spacy.info()['spacy_version'] == spacy.__version__)\n")
    assert done.stdout == "False False True\n['o.a.', 'blz.', '3']\nTrue True\nTrue\n", done.stderr


def test_spacy_loaded_before_the_tool_is_left_as_it_is() -> None:
    done = _python("import sys, spacy, extractor\nfrom extractor.nlp import spacy_import\n"
                   "print('typer' in sys.modules, spacy_import._FINDER in sys.meta_path)\n")
    assert done.stdout == "True False\n", done.stderr


def test_a_warm_check_loads_neither_simplemma_nor_yaml_nor_jsonschema_nor_spacys_command_line(
        tmp_path: Path) -> None:
    probe = ("import io, sys\nfrom extractor.cli import run\n"
             f"code = run(['check', {REPORT_2024!r}, '--against', {REPORT_2021!r}, '--fail-on', 'never'],"
             " io.StringIO(), io.StringIO())\n"
             "print(code, sorted(m for m in ('simplemma', 'yaml', 'jsonschema', 'typer', 'weasel') "
             "if m in sys.modules))\n")
    _python(probe, EXTRACTOR_CACHE_DIR=str(tmp_path))
    done = _python(probe, EXTRACTOR_CACHE_DIR=str(tmp_path))
    assert done.stdout == "0 []\n", done.stderr


def test_check_against_its_own_folder_extracts_the_draft_once(monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    from extractor import pipeline
    from extractor.runtime import cache
    from extractor.cli import run
    from extractor import api

    seen: list[str] = []
    original = pipeline.extract_file

    def counting(path, *args):
        seen.append(Path(path).name)
        return original(path, *args)

    monkeypatch.setattr(pipeline, "extract_file", counting)
    monkeypatch.setattr(api, "_EXTRACTED", {})
    monkeypatch.setattr(cache, "_startup_root", tmp_path / "cache")  # empty: no report comes from the cache
    stdout, stderr = io.StringIO(), io.StringIO()
    assert run(["check", REPORT_2024, "--against", "corpus/", "--fail-on", "never", "--format", "json", "--lang", "en"],
               stdout, stderr) == 0
    assert sorted(seen) == ["smartcoop-bijzonder-verslag-2021.md", "smartcoop-bijzonder-verslag-2024.txt"]
    assert f"warning: {REPORT_2024} is the draft itself: left out" in stderr.getvalue()
    seen.clear()
    again = io.StringIO()
    monkeypatch.setattr(api, "_EXTRACTED", {})
    run(["check", REPORT_2024, "--against", REPORT_2021, "--fail-on", "never", "--format", "json", "--lang", "en"],
        again, io.StringIO())
    assert again.getvalue() == stdout.getvalue()


def test_a_report_changed_between_two_loads_is_extracted_again(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from extractor import api

    monkeypatch.setattr(api, "_EXTRACTED", {})
    report = tmp_path / "verslag-2024.txt"
    text = (ROOT / REPORT_2024).read_text(encoding="utf-8")
    report.write_text(text, encoding="utf-8")
    first = api.load_report(report)
    first["indicators"].clear()  # a caller's copy: changing it changes nothing kept
    assert api.load_report(report)["indicators"]
    report.write_text(text + "\nIn 2024 telden we 77 vrijwilligers.\n",
                      encoding="utf-8")
    values = [i["value"] for i in api.load_report(report)["indicators"]]
    assert 77 in values


def test_check_takes_a_report_from_the_result_cache_that_extract_fills(tmp_path: Path) -> None:
    """`extract corpus/` fills the result cache; a later `check` against those reports extracts only the draft."""
    environment = {"EXTRACTOR_CACHE_DIR": str(tmp_path / "cache")}
    run = subprocess.run([sys.executable, "-m", "extractor.cli", REPORT_2021, "--out", str(tmp_path / "out")],
                         cwd=ROOT, env={**os.environ, **environment}, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    done = _python("import extractor.pipeline as p\n"
                   "seen = []\n"
                   "extract = p.extract_file\n"
                   "p.extract_file = lambda path, *a, **k: seen.append(str(path)) or extract(path, *a, **k)\n"
                   "import io, sys\n"
                   "from extractor.cli import run\n"
                   f"run(['check', {REPORT_2024!r}, '--against', {REPORT_2021!r}], io.StringIO(), sys.stderr)\n"
                   "print(seen)\n", **environment)
    assert done.stdout.strip().splitlines()[-1] == f"[{REPORT_2024!r}]", done.stdout + done.stderr
