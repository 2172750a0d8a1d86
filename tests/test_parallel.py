"""--jobs N gives the output of --jobs 1, byte for byte and in the same order; bad files behave the same."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from conftest import REPORT_2021, REPORT_2024, ROOT
from extractor.commands import extract

pytestmark = pytest.mark.slow  # a pool of worker processes (--jobs)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _extract(paths: list[Path], out: Path, **options) -> tuple[int, list[extract.Extracted], str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code, done = extract.run(extract.Options(paths=paths, out=out, **options), stdout, stderr)
    return code, done, stdout.getvalue(), stderr.getvalue()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Six reports, one of them unreadable, in a folder below the repository (paths shown relative)."""
    folder = tmp_path_factory.mktemp("parallel") / "reports"
    folder.mkdir()
    for i in range(3):
        shutil.copy(ROOT / REPORT_2021, folder / f"coop-{i}-verslag-2021.md")
        shutil.copy(ROOT / REPORT_2024, folder / f"coop-{i}-verslag-2024.txt")
    (folder / "coop-9-verslag-2023.txt").write_bytes(b"")
    return folder


@pytest.mark.usefixtures("in_english")  # the English wording of the error lines
def test_jobs_2_writes_what_jobs_1_writes(corpus: Path, tmp_path: Path) -> None:
    one = _extract([corpus], tmp_path / "one", jobs=1, cache=False)
    two = _extract([corpus], tmp_path / "two", jobs=2, cache=False, pool_min_bytes=0)
    assert one[0] == two[0] == 1  # the empty report fails in both
    assert _files(tmp_path / "one") == _files(tmp_path / "two")
    assert len(_files(tmp_path / "one")) == 6
    assert one[2].replace(str(tmp_path / "one"), "OUT") == two[2].replace(str(tmp_path / "two"), "OUT")
    assert one[3] == two[3] and one[3].count("error:") == 1 and "the file is empty" in one[3]
    assert [str(d.source) for d in one[1]] == [str(d.source) for d in two[1]]
    assert [d.report for d in one[1]] == [d.report for d in two[1]]


def test_a_small_run_stays_in_this_process(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args, **kwargs):
        raise AssertionError("no worker processes for two small reports")

    monkeypatch.setattr(extract.parallel(), "LocalPool", no_pool)
    code, done, _, _ = _extract([ROOT / REPORT_2021, ROOT / REPORT_2024], tmp_path, jobs=4, cache=False)
    assert code == 0 and len(done) == 2


@pytest.mark.usefixtures("in_english")  # the English wording of the error lines
def test_the_tasks_never_raise(tmp_path: Path) -> None:
    from extractor.runtime import parallel

    outcome = parallel.extract_task(str(tmp_path / "absent.txt"), None, None, None)
    assert outcome[0] == "input" and "absent.txt: no such file" in outcome[1].line()  # the error, worded here
    outcome = parallel.extract_task("reports/binary.txt", bytes(range(256)) * 40, None, None)
    assert outcome == ("input", outcome[1]) and outcome[1].line().startswith("reports/binary.txt: looks like a binary")
    outcome = parallel.diff_task("{}", "not json")
    assert outcome[0] == "bug" and "Traceback" in outcome[2]


def test_bytes_or_path_give_the_same_report() -> None:
    from extractor.runtime import parallel

    by_path = parallel.extract_task(REPORT_2024, None, None, None)
    by_bytes = parallel.extract_task(REPORT_2024, (ROOT / REPORT_2024).read_bytes(), None, None)
    assert by_path[0] == "ok" and by_path == by_bytes


def test_the_diff_step_is_the_same_for_every_setting(corpus: Path, tmp_path: Path) -> None:
    from extractor.commands import steps

    reference_out = tmp_path / "a"
    _, done, _, _ = _extract([corpus], reference_out, jobs=1, cache=False)
    reference = io.StringIO()
    steps.corpus_diff(done, extract.Options([corpus], reference_out, jobs=1, cache=False), reference, io.StringIO())
    expected = {n: b for n, b in _files(reference_out).items() if n.startswith("diff-")}
    assert len(expected) == 1  # six reports of one organisation in two years: one pair of consecutive years
    for options in ({"jobs": 2, "cache": False}, {"jobs": 2, "cache": True, "cache_dir": tmp_path / "c"}):
        out = tmp_path / f"b{len(options)}"
        _, done, _, _ = _extract([corpus], out, **options)
        stdout = io.StringIO()
        code, _ = steps.corpus_diff(done, extract.Options([corpus], out, **options), stdout, io.StringIO())
        assert code == 0
        assert {n: b for n, b in _files(out).items() if n.startswith("diff-")} == expected
        assert stdout.getvalue().replace(str(out), "OUT") == reference.getvalue().replace(str(reference_out), "OUT")


def test_reports_of_two_organisations_are_never_compared(tmp_path: Path) -> None:
    from extractor.cli import run

    folder = tmp_path / "in"
    folder.mkdir()
    for year, source in ((2021, "corpus/smartcoop-bijzonder-verslag-2021.md"),
                         (2024, "corpus/smartcoop-bijzonder-verslag-2024.txt")):
        text = (ROOT / source).read_text(encoding="utf-8")
        (folder / f"smart-{year}{Path(source).suffix}").write_text(text, encoding="utf-8")
        other = text.replace("SmartCoop", "Andercoop").replace("SMARTCOOP", "ANDERCOOP")
        (folder / f"ander-{year + 1}{Path(source).suffix}").write_text(other, encoding="utf-8")
    out = tmp_path / "out"
    assert run([str(folder), "--out", str(out), "--quiet", "--no-cache", "--fiscal-year", "2021"],
               io.StringIO(), io.StringIO()) in (0, 1)
    out2 = tmp_path / "out2"
    assert run([str(folder), "--out", str(out2), "--quiet", "--no-cache"], io.StringIO(), io.StringIO()) == 0
    diffs = sorted(p.name for p in out2.glob("diff-*.json"))
    assert diffs == ["diff-ander-2022--ander-2025.json", "diff-smart-2021--smart-2024.json"]


def test_jobs_must_be_positive() -> None:
    from extractor.cli import run

    stderr = io.StringIO()
    assert run(["corpus/", "--jobs", "0"], io.StringIO(), stderr) == 2
    assert "--jobs" in stderr.getvalue() and len(stderr.getvalue().splitlines()) == 1


def test_the_pools_own_threads_are_quiet_about_broken_pipes_and_other_threads_are_not(monkeypatch, capsys) -> None:
    """Ctrl-C reaches the workers first: the pool's manager thread may then fail on a closed pipe, or set a
    cancelled future, before the main thread hears of it. That prints nothing; another thread's error does."""
    import threading
    from concurrent.futures import InvalidStateError
    from concurrent.futures.process import _ExecutorManagerThread

    from extractor.runtime import parallel

    printed = []
    monkeypatch.setattr(threading, "excepthook", lambda args: printed.append(args.exc_type))
    monkeypatch.setattr(parallel, "_HOOKED", False)
    monkeypatch.setattr(parallel, "_INTERRUPTED", False)
    parallel._quiet_pool_threads()
    manager = object.__new__(_ExecutorManagerThread)
    other = threading.Thread(name="series")
    for error in (OSError(9, "Bad file descriptor"), InvalidStateError("CANCELLED")):
        threading.excepthook(threading.ExceptHookArgs((type(error), error, None, manager)))
    threading.excepthook(threading.ExceptHookArgs((OSError, OSError(9, "Bad file descriptor"), None, other)))
    assert printed == [OSError]
