"""Issue 23, points 3 and 7: inputs that cannot be read are said (a damaged JSON among the outputs, a link to
nothing, a named pipe), and a JSON that is no JSON a report can be (NaN, nested 100,000 deep) is named with
what is wrong, never "internal error"."""

from __future__ import annotations

import io
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from conftest import REPORT_2024, ROOT
from extractor.cli import run

pytestmark = pytest.mark.usefixtures("in_english")  # the English wording of the error lines

OLD_JSON = "outputs/smartcoop-bijzonder-verslag-2021.json"
NEW_JSON = "outputs/smartcoop-bijzonder-verslag-2024.json"


def _run(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(list(argv), stdout, stderr)
    return code, stdout.getvalue(), stderr.getvalue()


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    """An outputs folder whose 2024 report JSON was cut off after 3,000 bytes (a disk that filled, a copy
    stopped halfway)."""
    folder = tmp_path / "outputs"
    folder.mkdir()
    shutil.copy(ROOT / OLD_JSON, folder)
    (folder / Path(NEW_JSON).name).write_bytes((ROOT / NEW_JSON).read_bytes()[:3000])
    return folder


def _json_error(data: bytes) -> str:
    """What the JSON reader says of the cut file (where it stops moves with every change to outputs/)."""
    try:
        json.loads(data)
    except json.JSONDecodeError as error:
        return str(error)
    raise AssertionError("the cut file still reads as JSON")


CUT = _json_error((ROOT / NEW_JSON).read_bytes()[:3000])
DAMAGED_LINE = (f"smartcoop-bijzonder-verslag-2024.json: cannot be read as JSON ({CUT}); "
                "run `extract` again to write the outputs anew, or remove the file\n")


def test_series_of_a_folder_with_a_damaged_report_json_names_it(damaged: Path) -> None:
    code, stdout, stderr = _run("series", str(damaged))
    assert (code, stdout, stderr) == (2, "", f"error: {damaged}/{DAMAGED_LINE}")


def test_check_against_a_folder_with_a_damaged_report_json_names_it(damaged: Path) -> None:
    code, stdout, stderr = _run("check", REPORT_2024, "--against", str(damaged))
    assert (code, stdout, stderr) == (2, "", f"error: {damaged}/{DAMAGED_LINE}")


def test_diff_of_a_damaged_report_json_names_it(damaged: Path) -> None:
    code, stdout, stderr = _run("diff", OLD_JSON, str(damaged / Path(NEW_JSON).name))
    assert code == 2 and stdout == ""
    assert stderr.startswith(f"error: {damaged}/smartcoop-bijzonder-verslag-2024.json: not a readable JSON file "
                             f"({CUT})")


def test_other_json_beside_the_outputs_is_no_report_and_no_error(tmp_path: Path) -> None:
    folder = tmp_path / "outputs"
    folder.mkdir()
    for name in (OLD_JSON, NEW_JSON, "outputs/series.json"):
        shutil.copy(ROOT / name, folder)
    (folder / "notes.json").write_text('{"note": "mine"}', encoding="utf-8")
    code, stdout, stderr = _run("series", str(folder), "--format", "json")
    assert (code, stderr) == (0, "")
    assert stdout.count('"fiscal_year": 2024') >= 1


def test_diff_of_a_json_holding_nan_says_so(tmp_path: Path) -> None:
    text = (ROOT / NEW_JSON).read_text(encoding="utf-8")
    assert '"value": 20892,' in text
    (tmp_path / "nan.json").write_text(text.replace('"value": 20892,', '"value": NaN,', 1), encoding="utf-8")
    code, _, stderr = _run("diff", OLD_JSON, str(tmp_path / "nan.json"))
    assert (code, stderr) == (2, f"error: {tmp_path / 'nan.json'}: not a readable JSON file (it holds NaN, which "
                                 "JSON does not allow); pass a report or an output of `extract`\n")


def test_diff_of_a_json_nested_100000_deep_says_so(tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    code, _, stderr = _run("diff", OLD_JSON, str(tmp_path / "deep.json"))
    assert (code, stderr) == (2, f"error: {tmp_path / 'deep.json'}: not a readable JSON file (it is nested too "
                                 "deep for a report JSON (arrays or objects within each other thousands of times)); "
                                 "pass a report or an output of `extract`\n")


def test_a_nan_among_the_outputs_of_a_series_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "outputs"
    folder.mkdir()
    shutil.copy(ROOT / OLD_JSON, folder)
    text = (ROOT / NEW_JSON).read_text(encoding="utf-8").replace('"value": 20892,', '"value": Infinity,', 1)
    (folder / "b.json").write_text(text, encoding="utf-8")
    code, _, stderr = _run("series", str(folder))
    assert (code, stderr) == (2, f"error: {folder / 'b.json'}: cannot be read as JSON (it holds Infinity, which "
                                 "JSON does not allow); run `extract` again to write the outputs anew, or remove "
                                 "the file\n")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_a_link_to_nothing_and_a_named_pipe_in_a_folder_are_counted_and_named(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "verslag-2024.txt").write_text("Jaarverslag 2024\n\nIn 2024 telden we 120 leden.\n", "utf-8")
    (folder / "verslag-2023.txt").symlink_to(tmp_path / "weg.txt")
    os.mkfifo(folder / "verslag-2022.txt")
    code, _, stderr = _run(str(folder), "-o", str(tmp_path / "out"), "--no-cache", "-q")
    assert code == 0
    assert stderr == (f"warning: skipped 2 entries that are no files: {folder / 'verslag-2022.txt'} (a named pipe), "
                      f"{folder / 'verslag-2023.txt'} (a link to nothing); replace a link with the file it names, "
                      "or remove them\n")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["verslag-2024.json"]
