"""The cache: an unchanged report is not extracted again; a change to its bytes, its options, patterns/ or
the code is; a damaged or half-written entry is ignored and rewritten, never trusted, never a crash."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest

from extractor.runtime import cache, data_files
from extractor.dutch import patterns
from extractor.commands import extract

pytestmark = pytest.mark.usefixtures("in_english")  # the English wording of the error lines


@pytest.fixture
def folder(two_reports: Path) -> Path:
    return two_reports


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The reports actually extracted (in this process: --jobs 1)."""
    seen: list[str] = []
    original = extract.extract_file

    def counting(path, *args):
        seen.append(Path(path).name)
        return original(path, *args)

    monkeypatch.setattr(extract, "extract_file", counting)
    return seen


def _run(folder: Path, tmp_path: Path, **options) -> tuple[int, str]:
    options.setdefault("cache_dir", tmp_path / "cache")
    stderr = io.StringIO()
    code, _ = extract.run(extract.Options([folder], tmp_path / "out", jobs=1, quiet=True, **options),
                          io.StringIO(), stderr)
    return code, stderr.getvalue()


def _outputs(tmp_path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((tmp_path / "out").iterdir())}


@pytest.mark.slow
def test_an_unchanged_report_is_not_extracted_again(folder: Path, tmp_path: Path, calls: list[str]) -> None:
    assert _run(folder, tmp_path) == (0, "")
    first = _outputs(tmp_path)
    mtimes = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "out").iterdir()}
    assert sorted(calls) == ["a-2021.md", "b-2024.txt"]
    calls.clear()
    assert _run(folder, tmp_path) == (0, "")
    assert calls == []
    assert _outputs(tmp_path) == first
    assert {p.name: p.stat().st_mtime_ns for p in (tmp_path / "out").iterdir()} == mtimes  # not even rewritten


def test_a_deleted_output_is_written_again_from_the_cache(folder: Path, tmp_path: Path, calls: list[str]) -> None:
    _run(folder, tmp_path)
    first = _outputs(tmp_path)
    (tmp_path / "out" / "a-2021.json").unlink()
    calls.clear()
    _run(folder, tmp_path)
    assert calls == [] and _outputs(tmp_path) == first


@pytest.mark.slow  # a corpus run of two reports, twice, with a cache of its own
def test_an_entry_that_goes_during_the_run_is_extracted_again(folder: Path, tmp_path: Path, calls: list[str],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The plan found the entry; by the time the report is written it is gone (another run cleaned the
    cache): the report is extracted here, and the output is the same."""
    _run(folder, tmp_path)
    first = _outputs(tmp_path)
    calls.clear()
    original = cache.Cache.get
    seen: set[str] = set()

    def vanishing(self, entry):
        if self.folder.name != "reports" or entry not in seen:
            seen.add(entry)
            return original(self, entry)
        return None

    monkeypatch.setattr(cache.Cache, "get", vanishing)
    assert _run(folder, tmp_path) == (0, "")
    assert sorted(calls) == ["a-2021.md", "b-2024.txt"] and _outputs(tmp_path) == first


@pytest.mark.slow  # a corpus run of two reports, twice, with a cache of its own
def test_a_changed_report_is_extracted_again(folder: Path, tmp_path: Path, calls: list[str]) -> None:
    _run(folder, tmp_path)
    calls.clear()
    path = folder / "b-2024.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("20.892 personen", "20.893 personen"), encoding="utf-8")
    _run(folder, tmp_path)
    assert calls == ["b-2024.txt"]
    assert b'"raw": "20.893 personen"' in (tmp_path / "out" / "b-2024.json").read_bytes()


@pytest.mark.slow  # a corpus run of two reports, twice, with a cache of its own
def test_other_options_are_other_entries(folder: Path, tmp_path: Path, calls: list[str]) -> None:
    _run(folder, tmp_path)
    calls.clear()
    _run(folder, tmp_path, organisation="Andere Coop")
    assert sorted(calls) == ["a-2021.md", "b-2024.txt"]
    assert b'"organisation": "Andere Coop"' in (tmp_path / "out" / "a-2021.json").read_bytes()


@pytest.mark.slow  # a corpus run of two reports, twice, with a cache of its own
def test_no_cache_extracts_everything(folder: Path, tmp_path: Path, calls: list[str]) -> None:
    _run(folder, tmp_path)
    calls.clear()
    _run(folder, tmp_path, cache=False)
    assert sorted(calls) == ["a-2021.md", "b-2024.txt"]


@pytest.mark.slow  # a corpus run of two reports, twice, with a cache of its own
def test_a_change_to_patterns_invalidates_the_entries(folder: Path, tmp_path: Path, calls: list[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _run(folder, tmp_path)
    calls.clear()
    monkeypatch.setattr(data_files, "fingerprint", lambda: "patterns changed")
    cache.code_fingerprint.cache_clear()
    try:
        _run(folder, tmp_path)
    finally:
        cache.code_fingerprint.cache_clear()
    assert sorted(calls) == ["a-2021.md", "b-2024.txt"]


def test_the_fingerprint_follows_every_pattern_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "patterns"
    shutil.copytree(patterns.patterns_dir(), copy)
    monkeypatch.setattr(data_files, "patterns_dir", lambda: copy)
    prints = set()
    for name in ("units.yaml", "meetings.yaml"):
        cache.code_fingerprint.cache_clear()
        before = cache.code_fingerprint()
        with (copy / name).open("a", encoding="utf-8") as stream:
            stream.write("\n# a comment is a change too\n")
        cache.code_fingerprint.cache_clear()
        prints.update({before, cache.code_fingerprint()})
    cache.code_fingerprint.cache_clear()
    assert len(prints) == 3


@pytest.mark.slow  # a corpus run of two reports, twice, with a cache of its own
@pytest.mark.parametrize("damage", ["truncate", "flip", "empty", "garbage"])
def test_a_damaged_entry_is_ignored_and_rewritten(folder: Path, tmp_path: Path, calls: list[str],
                                                  damage: str) -> None:
    _run(folder, tmp_path)
    first = _outputs(tmp_path)
    entries = sorted((tmp_path / "cache" / "reports").rglob("*.json"))
    assert len(entries) == 2
    for entry in entries:
        data = entry.read_bytes()
        entry.write_bytes({"truncate": data[:len(data) // 2], "flip": data[:-20] + b"X" + data[-19:],
                           "empty": b"", "garbage": os.urandom(100)}[damage])
    (tmp_path / "out" / "a-2021.json").unlink()
    calls.clear()
    assert _run(folder, tmp_path) == (0, "")
    assert sorted(calls) == ["a-2021.md", "b-2024.txt"]
    assert _outputs(tmp_path) == first
    calls.clear()
    _run(folder, tmp_path)
    assert calls == []  # rewritten whole


def test_an_interrupted_write_leaves_no_entry_and_no_litter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = cache.Cache(tmp_path, "reports")
    store.put("ab" * 32, "old")

    def interrupted(source, target):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        store.put("ab" * 32, "new")
    with pytest.raises(KeyboardInterrupt):
        store.put("cd" * 32, "new")
    monkeypatch.undo()
    assert store.get("ab" * 32) == "old" and store.get("cd" * 32) is None
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == [f"{'ab' * 32}.json"]


@pytest.mark.slow  # a corpus run of two reports, twice, with a cache of its own
def test_an_unwritable_cache_costs_only_the_cache(folder: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be")
    assert _run(folder, tmp_path, cache_dir=blocked) == (0, "")
    assert sorted(_outputs(tmp_path)) == ["a-2021.json", "b-2024.json"]


def test_the_key_keeps_parts_apart() -> None:
    assert cache.key("ab", "c") != cache.key("a", "bc")
    assert cache.key(None) != cache.key("")


@pytest.mark.slow
def test_an_interrupted_corpus_run_keeps_the_previous_series_and_leaves_no_litter(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C while the diffs run (and the series files are being written): the series files of the run
    before stay as they were, and no temporary file is left in the outputs."""
    from extractor.cli import run
    from extractor.commands import steps

    out = tmp_path / "out"
    assert run([str(folder), "--out", str(out), "--quiet", "--no-cache"], io.StringIO(), io.StringIO()) == 0
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    assert "series.sqlite" in before and "series.json" in before

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(steps, "corpus_diff", interrupted)
    errors = io.StringIO()
    assert run([str(folder), "--out", str(out), "--quiet", "--no-cache"], io.StringIO(), errors) == 130
    assert "interrupted" in errors.getvalue()
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before


@pytest.mark.slow  # a corpus run of two reports, twice, with a cache of its own
def test_series_files_that_cannot_be_written_cost_one_line_not_the_reports(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from extractor.cli import run
    from extractor.series import files

    def refused(self, path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(files.Pending, "__init__", refused)
    out = tmp_path / "out"
    errors = io.StringIO()
    assert run([str(folder), "--out", str(out), "--quiet", "--no-cache"], io.StringIO(), errors) == 1
    assert errors.getvalue() == (f"error: series: cannot write {out / 'series-long.csv'} (Permission denied); "
                                 "check the folder, its permissions and the free space\n")
    assert sorted(path.name for path in out.iterdir()) == ["a-2021.json", "b-2024.json",
                                                           "diff-a-2021--b-2024.json"]
