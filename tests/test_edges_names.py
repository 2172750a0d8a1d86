"""Issue 23, points 1 and 2: two inputs never share an output, no report's name reaches a series or diff
file, and a file name that is not UTF-8 is read, keyed and shown escaped."""

from __future__ import annotations

import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPORT_2021, REPORT_2024, ROOT
from extractor.cli import run
from extractor.runtime.inputs import STDIN, diff_name, output_names

pytestmark = pytest.mark.usefixtures("in_english")  # the English wording of the error lines


def _run(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(list(argv), stdout, stderr)
    return code, stdout.getvalue(), stderr.getvalue()


def _files(out: Path) -> list[str]:
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())


def _cooperative(folder: Path, name: str) -> None:
    """The two SmartCoop reports, as another cooperative's (`name`), as jaarverslag-2021.md and -2024.txt."""
    folder.mkdir(parents=True)
    for year, source in ((2021, REPORT_2021), (2024, REPORT_2024)):
        text = re.sub("(?i)smartcoop", name, (ROOT / source).read_text(encoding="utf-8"))
        (folder / f"jaarverslag-{year}{Path(source).suffix}").write_text(text, encoding="utf-8")


# ------------------------------------------------------------------------------------------ names that clash

@pytest.mark.slow  # whole reports, extracted
def test_two_cooperatives_folders_given_as_one_keep_every_report_and_diff_within_each(tmp_path: Path) -> None:
    given = tmp_path / "verslagen"
    _cooperative(given / "fietskoeriers", "Fietskoeriers")
    _cooperative(given / "zonnewind", "Zonnewind")
    out = tmp_path / "out"
    code, stdout, stderr = _run(str(given), "-o", str(out), "--no-cache", "--lang", "en")
    assert (code, stderr) == (0, "")
    assert _files(out) == [
        "fietskoeriers/diff-jaarverslag-2021--jaarverslag-2024.json",
        "fietskoeriers/jaarverslag-2021.json", "fietskoeriers/jaarverslag-2024.json",
        "series-long.csv", "series-wide.csv", "series.json", "series.metadata.json", "series.sqlite",
        "zonnewind/diff-jaarverslag-2021--jaarverslag-2024.json",
        "zonnewind/jaarverslag-2021.json", "zonnewind/jaarverslag-2024.json"]
    for cooperative in ("fietskoeriers", "zonnewind"):
        for year in (2021, 2024):
            report = json.loads((out / cooperative / f"jaarverslag-{year}.json").read_text(encoding="utf-8"))
            assert report["document"]["organisation"].casefold() == cooperative
            assert report["document"]["path"].endswith(f"verslagen/{cooperative}/jaarverslag-{year}"
                                                       f"{'.md' if year == 2021 else '.txt'}")
        diff = json.loads((out / cooperative / "diff-jaarverslag-2021--jaarverslag-2024.json")
                          .read_text(encoding="utf-8"))
        assert {document["path"].split("/")[-2] for document in diff["documents"]} == {cooperative}
    assert stdout.count("diff 2021 → 2024") == 2


def test_reports_of_no_known_organisation_are_not_compared(tmp_path: Path) -> None:
    """Only reports of one known organisation are diffed (issue 20): each of the others is listed as not
    compared, with the remedy."""
    given = tmp_path / "verslagen"
    (given / "a").mkdir(parents=True)
    (given / "b").mkdir()
    (given / "a" / "verslag-2021.txt").write_text("Jaarverslag 2021\n\nIn 2021 telden we 120 leden.\n", "utf-8")
    (given / "b" / "verslag-2022.txt").write_text("Jaarverslag 2022\n\nIn 2022 telden we 95 leden.\n", "utf-8")
    (given / "b" / "verslag-2023.txt").write_text("Jaarverslag 2023\n\nIn 2023 telden we 99 leden.\n", "utf-8")
    out = tmp_path / "out"
    code, _, stderr = _run(str(given), "-o", str(out), "--no-cache")
    assert code == 0
    assert [p.name for p in out.glob("diff-*.json")] == []
    assert [line.split(": not compared")[0] for line in stderr.splitlines() if "not compared" in line] == [
        f"warning: {given / 'a' / 'verslag-2021.txt'}", f"warning: {given / 'b' / 'verslag-2022.txt'}",
        f"warning: {given / 'b' / 'verslag-2023.txt'}"]
    assert "--organisation NAME" in stderr
    code, _, _ = _run(str(given), "-o", str(out), "--no-cache", "--organisation", "Buurtwerk")
    assert [p.name for p in sorted(out.glob("diff-*.json"))] == ["diff-verslag-2021--verslag-2022.json",
                                                                 "diff-verslag-2022--verslag-2023.json"]


@pytest.mark.slow  # whole reports, extracted
def test_a_report_named_like_a_series_or_diff_file_gets_a_name_of_its_own(tmp_path: Path) -> None:
    given = tmp_path / "in"
    given.mkdir()
    shutil.copy(ROOT / REPORT_2021, given / "diff-2021.md")
    shutil.copy(ROOT / REPORT_2024, given / "series.txt")
    out = tmp_path / "out"
    code, stdout, stderr = _run(str(given), "-o", str(out), "--no-cache")
    assert (code, stderr) == (0, "")
    assert _files(out) == ["diff-report-diff-2021--report-series.json", "report-diff-2021.json",
                           "report-series.json", "series-long.csv", "series-wide.csv", "series.json",
                           "series.metadata.json", "series.sqlite"]
    assert json.loads((out / "report-series.json").read_text(encoding="utf-8"))["document"]["fiscal_year"] == 2024
    assert len(json.loads((out / "series.json").read_text(encoding="utf-8"))["documents"]) == 2


@pytest.mark.slow  # whole reports, extracted
def test_a_clash_that_remains_names_both_inputs_and_writes_neither(tmp_path: Path) -> None:
    given = tmp_path / "in"
    given.mkdir()
    shutil.copy(ROOT / REPORT_2024, given / "Verslag-2024.txt")
    shutil.copy(ROOT / REPORT_2024, given / "verslag-2024.txt")  # one file on a case-insensitive disk
    shutil.copy(ROOT / REPORT_2021, given / "verslag-2021.md")
    out = tmp_path / "out"
    code, _, stderr = _run(str(given), "-o", str(out), "--no-cache", "-q")
    assert code == 1
    assert stderr == (f"error: {given / 'Verslag-2024.txt'}: its output Verslag-2024.txt.json would be that of "
                      f"{given / 'verslag-2024.txt'} too; rename one of the two, or extract them into different "
                      "--out folders; neither was extracted\n")
    assert _files(out) == ["verslag-2021.json"]


@pytest.mark.parametrize("files,expected", [
    # no clash: the stem, as always
    (["c/a-2021.md", "c/b-2024.txt"], ["a-2021.json", "b-2024.json"]),
    # one folder, one stem: the suffix tells them apart
    (["c/a.pdf", "c/a.txt"], ["a.pdf.json", "a.txt.json"]),
    # two folders, one name: the folder does, and only for those two
    (["x/a/j-2024.txt", "x/b/j-2024.txt", "x/b/k.md"], ["a/j-2024.json", "b/j-2024.json", "k.json"]),
    # the folders above as far as needed
    (["p/q/a/j.txt", "r/s/a/j.txt"], ["q/a/j.json", "s/a/j.json"]),
    # what a series or diff file would take
    (["c/series.txt", "c/Diff-x.md", "c/d/diff-y/z.txt", "c/e/z.txt"],
     ["report-series.json", "report-Diff-x.json", "report-diff-y/z.json", "e/z.json"]),
    # the series database's Datasette metadata
    (["c/series.metadata.txt"], ["report-series.metadata.json"]),
    # a report named like standard input's output
    (["-", "c/stdin.txt"], ["stdin.json", "stdin.txt.json"]),
])
def test_output_names(files: list[str], expected: list[str]) -> None:
    paths = [STDIN if name == "-" else Path("/data") / name for name in files]
    names, errors = output_names(paths)
    assert ([names[path] for path in paths], errors) == (expected, [])


def test_diff_names_stay_beside_their_reports() -> None:
    assert diff_name("a/j-2021.json", "a/j-2024.json") == "a/diff-j-2021--j-2024.json"
    assert diff_name("j-2021.json", "k-2024.json") == "diff-j-2021--k-2024.json"
    assert diff_name("a/j-2021.json", "b/j-2024.json") == "diff-a-j-2021--b-j-2024.json"


@pytest.mark.slow  # whole reports, extracted
def test_the_hint_to_see_a_whole_diff_is_shell_quoted(tmp_path: Path) -> None:
    given = tmp_path / "in"
    given.mkdir()
    shutil.copy(ROOT / REPORT_2021, given / "verslag van 2021 (def).md")
    shutil.copy(ROOT / REPORT_2024, given / "it's 2024.txt")
    out = tmp_path / "o u t"
    code, stdout, _ = _run(str(given), "-o", str(out), "--no-cache", "--lang", "en")
    assert code == 0
    hint = next(line for line in stdout.splitlines() if "all of it:" in line)
    assert shlex.split(hint.split("all of it: ", 1)[1]) == [
        "extract", "diff", str(out / "verslag van 2021 (def).json"), str(out / "it's 2024.json")]


# ------------------------------------------------------------------------------------------ names not UTF-8

LATIN_1 = os.fsdecode(b"verslag-caf\xe9-2024.txt")  # "café" as Latin-1: the byte 0xE9 is no UTF-8


@pytest.mark.slow  # whole reports, extracted
@pytest.mark.skipif(sys.platform != "linux", reason="a file name of any bytes needs a Linux file system")
def test_a_name_that_is_not_utf8_is_read_keyed_and_shown_escaped(tmp_path: Path) -> None:
    given = tmp_path / "in"
    given.mkdir()
    shutil.copy(ROOT / REPORT_2024, given / LATIN_1)
    shutil.copy(ROOT / REPORT_2021, given / os.fsdecode(b"verslag-caf\xe9-2021.md"))
    out, cache = tmp_path / "out", tmp_path / "cache"
    for _ in range(2):  # the second run from the cache, keyed by the name
        code, stdout, stderr = _run(str(given), "-o", str(out), "--cache-dir", str(cache))
        assert (code, stderr) == (0, "")
        assert "verslag-caf\\xe9-2024.txt → " in stdout
    report = json.loads((out / os.fsdecode(b"verslag-caf\xe9-2024.json")).read_text(encoding="utf-8"))
    assert report["document"]["path"].endswith("in/verslag-caf\\xe9-2024.txt")
    assert len(report["indicators"]) == 63
    assert (out / os.fsdecode(b"diff-verslag-caf\xe9-2021--verslag-caf\xe9-2024.json")).exists()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="a file name of any bytes needs a Linux file system")
def test_a_name_that_is_not_utf8_on_a_real_utf8_screen(tmp_path: Path) -> None:
    """sys.stdout of a real process encodes strictly: the name is shown as \\xe9 there too."""
    given = tmp_path / "in"
    given.mkdir()
    shutil.copy(ROOT / REPORT_2024, given / LATIN_1)
    done = subprocess.run([sys.executable, "-m", "extractor.cli", str(given), "-o", str(tmp_path / "out"),
                           "--no-cache"], cwd=ROOT, capture_output=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert (done.returncode, done.stderr) == (0, b"")
    assert b"verslag-caf\\xe9-2024.txt \xe2\x86\x92 " in done.stdout


@pytest.mark.slow  # whole reports, extracted
def test_a_killed_runs_temporaries_in_an_output_subfolder_go_with_the_next_run(tmp_path: Path) -> None:
    given = tmp_path / "verslagen"
    _cooperative(given / "fietskoeriers", "Fietskoeriers")
    _cooperative(given / "zonnewind", "Zonnewind")
    out = tmp_path / "out"
    (out / "zonnewind").mkdir(parents=True)
    dead = out / "zonnewind" / ".jaarverslag-2024.json.999999999-k3j4h5g6.tmp"  # no process has this id
    dead.write_text("partial", encoding="utf-8")
    code, _, stderr = _run(str(given), "-o", str(out), "--no-cache", "-q")
    assert (code, stderr) == (0, "")
    assert not dead.exists()
