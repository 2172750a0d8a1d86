"""Issue 13, with real processes: Ctrl-C and SIGTERM at every step and job count, pipes closed early, a
full disk, `python -m extractor.cli`, and start-up without spaCy."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPORT_2021, REPORT_2024, ROOT

pytestmark = pytest.mark.slow  # starts the command as a process and signals it

EXTRACT = [sys.executable, "-m", "extractor.cli"]


def _corpus(folder: Path, pairs: int) -> Path:
    """`pairs` cooperatives with two years each: over 256 KB, so that --jobs 2 starts workers."""
    folder.mkdir()
    text_2021 = (ROOT / REPORT_2021).read_text(encoding="utf-8")
    text_2024 = (ROOT / REPORT_2024).read_text(encoding="utf-8")
    for i in range(pairs):
        name = f"Coop{i:03d}"
        (folder / f"coop{i:03d}-verslag-2021.md").write_text(re.sub("(?i)smartcoop", name, text_2021), encoding="utf-8")
        (folder / f"coop{i:03d}-verslag-2024.txt").write_text(re.sub("(?i)smartcoop", name, text_2024), encoding="utf-8")
    return folder


def _start(argv: list[str], **kwargs) -> subprocess.Popen:
    return subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, **kwargs)


def _temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*.tmp")) if folder.exists() else []


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _corpus(tmp_path_factory.mktemp("signals") / "corpus", 12)


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("signum,code,word", [(signal.SIGINT, 130, "interrupted"),
                                               (signal.SIGTERM, 143, "terminated")])
@pytest.mark.parametrize("after", [1.0, 3.5])
def test_a_signal_stops_the_run_cleanly(corpus: Path, tmp_path: Path, jobs: str, signum: int, code: int,
                                        word: str, after: float) -> None:
    """At start-up, while extracting, while diffing: one line, the conventional exit code, no traceback, no
    hang, no temporary file. Ctrl-C reaches the whole process group, as a terminal sends it."""
    out, cache = tmp_path / "out", tmp_path / "cache"
    process = _start([*EXTRACT, str(corpus), "-o", str(out), "--cache-dir", str(cache), "-j", jobs])
    time.sleep(after)
    if process.poll() is None:
        os.killpg(process.pid, signum) if signum == signal.SIGINT else process.send_signal(signum)
    try:
        stdout, stderr = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        pytest.fail("the run hung after the signal")
    if process.returncode == 0:
        pytest.skip("the run finished before the signal")  # a fast machine; the other delays cover it
    if process.returncode == -signum:  # the default, 128 + signal, which a shell shows as 130 or 143:
        # before Python ran our code (starting up), or after the run had done its work and said so, while the
        # interpreter wound down (Python puts the default handlers back before it frees its modules)
        finished = (out / "series.sqlite").exists() and "\ncorpus: " in stdout  # its last summary said
        assert stderr == "" and (not out.exists() or finished), stdout[-500:]
        assert _temporaries(out) == [] and _temporaries(cache) == []
        return
    assert process.returncode == code, stderr
    assert stderr.splitlines()[-1] == (f"{word}; files already written are complete, nothing partial was left; "
                                       "run again to finish")
    assert "Traceback" not in stderr and "leaked" not in stderr and "KeyboardInterrupt" not in stderr
    assert _temporaries(out) == [] and _temporaries(cache) == []


def test_a_killed_runs_temporary_files_go_with_the_next_run(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    process = _start([*EXTRACT, str(corpus), "-o", str(out), "--no-cache", "-j", "1"])
    time.sleep(2.5)
    os.killpg(process.pid, signal.SIGKILL)
    process.communicate()
    out.mkdir(exist_ok=True)
    (out / f".x.json.{process.pid}-abcdefgh.tmp").write_text("partial", encoding="utf-8")  # as a kill leaves it
    done = subprocess.run([*EXTRACT, REPORT_2024, "-o", str(out), "--no-cache", "-q"], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert _temporaries(out) == []


def test_a_pipe_closed_early_ends_quietly(tmp_path: Path) -> None:
    process = _start([*EXTRACT, "corpus/", "-o", str(tmp_path / "o"), "--no-cache"])
    first = process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read()
    process.wait(timeout=60)
    assert first.startswith("corpus/smartcoop-bijzonder-verslag-2021.md → ")
    assert (process.returncode, stderr) == (141, "")


def test_explain_into_a_closed_pipe_ends_quietly() -> None:
    process = _start([*EXTRACT, "explain", REPORT_2021, "65"])
    process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read()
    process.wait(timeout=60)
    assert process.returncode in (0, 141) and stderr == ""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_under_the_output_is_one_line(tmp_path: Path) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run([*EXTRACT, "diff", "outputs/smartcoop-bijzonder-verslag-2021.json",
                               "outputs/smartcoop-bijzonder-verslag-2024.json", "--lang", "en"], cwd=ROOT, stdout=full,
                              stderr=subprocess.PIPE, text=True)
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1] == ("error: cannot write the output (No space left on device); free some "
                                            "space, or send the output elsewhere")
    assert "Traceback" not in done.stderr


def test_python_m_extractor_cli_runs_the_command() -> None:
    done = subprocess.run([*EXTRACT, "--version"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("extract ")


def test_help_does_not_import_spacy() -> None:
    probe = ("import io, sys\nfrom extractor.cli import run\nrun(['--help'], io.StringIO(), io.StringIO())\n"
             "for command in ('diff', 'check', 'series', 'explain'):\n"
             "    run([command, '--help'], io.StringIO(), io.StringIO())\n"
             "print(sorted(m for m in ('spacy', 'pdfplumber', 'thinc') if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True)
    assert done.stdout == "[]\n", done.stderr


@pytest.mark.parametrize("signum,code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_during_the_diffs_with_two_jobs(corpus: Path, tmp_path: Path, signum: int, code: int) -> None:
    """The reports come from the cache, the diffs do not: the signal arrives once the first diff is shown,
    while the two workers diff the other pairs."""
    out, cache = tmp_path / "out", tmp_path / "cache"
    first = subprocess.run([*EXTRACT, str(corpus), "-o", str(out), "--cache-dir", str(cache), "-q", "-j", "1"],
                           cwd=ROOT, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    shutil.rmtree(cache / "diffs")
    shutil.rmtree(cache / "series")
    for diff in out.glob("diff-*.json"):
        diff.unlink()
    process = _start([*EXTRACT, str(corpus), "-o", str(out), "--cache-dir", str(cache), "-j", "2"],
                     env={**os.environ, "PYTHONUNBUFFERED": "1"})
    for line in process.stdout:
        if line.startswith("diff "):
            break
    os.killpg(process.pid, signum) if signum == signal.SIGINT else process.send_signal(signum)
    try:
        rest, stderr = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        pytest.fail("the run hung after the signal")
    assert process.returncode == code, stderr
    assert "corpus: " not in rest  # stopped within the diffs
    # Python's own multiprocessing resource tracker may warn, at times, of a killed worker's semaphores: its
    # lines, not ours, are left out; ours is the one line
    ours = [line for line in stderr.splitlines() if "resource_tracker" not in line]
    assert ours == [f"{'terminated' if code == 143 else 'interrupted'}; files already written are "
                    "complete, nothing partial was left; run again to finish"]
    assert _temporaries(out) == [] and _temporaries(cache) == []


_WRITE_UNDER_A_SIGNAL = """
import os, signal, sys
from pathlib import Path
from extractor.runtime import terminal
from extractor.runtime.cache import Cache

terminal.install_signal_handlers()
store = Cache(Path(sys.argv[2]), "probe", ".bin")
try:
    with terminal.whole_write():
        os.kill(os.getpid(), int(sys.argv[3]))  # arrives in the middle of the write
        store.put_bytes("e47e98c722b8b58a", b"x" * 1_000_000)
        print("written", flush=True)
except KeyboardInterrupt as interrupt:
    print(type(interrupt).__name__, flush=True)
    sys.exit(terminal.exit_code_of(interrupt))
print("not stopped", flush=True)
"""


@pytest.mark.parametrize("role,signum,said,code", [
    ("main", signal.SIGTERM, "written\nTerminated", 143),
    ("main", signal.SIGINT, "written\nInterrupted", 130)])
def test_a_signal_during_a_write_waits_for_the_file_to_be_whole(tmp_path: Path, role: str, signum: int, said: str,
                                                                 code: int) -> None:
    """A signal that arrives while a file is written is acted on once the file is in place."""
    done = subprocess.run([sys.executable, "-c", _WRITE_UNDER_A_SIGNAL, role, str(tmp_path), str(int(signum))],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout.strip(), done.stderr) == (code, said, "")
    assert _temporaries(tmp_path) == []
    entries = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(entries) == 1 and entries[0].stat().st_size == 65 + 1_000_000


def test_ctrl_c_is_no_bare_keyboard_interrupt() -> None:
    """CPython kills a process with SIGINT at exit when exactly KeyboardInterrupt left code a C library ran
    (PyRun_String) during an import, even after we caught it; our Ctrl-C is a subclass, so the exit code is
    the one we chose."""
    from extractor.runtime import terminal

    with pytest.raises(KeyboardInterrupt) as raised:
        terminal._act_on(signal.SIGINT)
    assert type(raised.value) is terminal.Interrupted and terminal.exit_code_of(raised.value) == 130


def test_the_temporary_files_of_workers_stopped_mid_write_go_with_them(tmp_path: Path) -> None:
    """Ctrl-C or SIGTERM ends the workers where they stand, perhaps in the middle of a start-up cache entry;
    the parent removes what they left (CI once found one)."""
    from extractor.runtime import cache
    from extractor.runtime import parallel

    before = cache._startup_root
    cache.use_for_startup(tmp_path)
    try:
        pool = parallel.LocalPool(2, warm=False)
        pids = set(pool.map(os.getpid, [()] * 4))
        folder = tmp_path / "startup" / "e4"
        folder.mkdir(parents=True)
        left = [folder / f".e47e98c722b8b58a.{pid}-65n792bl.tmp" for pid in pids]
        other = folder / f".e47e98c722b8b58a.{os.getpid()}-abcdefgh.tmp"  # this process's own: not the workers'
        for path in [*left, other]:
            path.write_bytes(b"partial")
        pool.close(wait=False, now=True)
    finally:
        cache._startup_root = before
        parallel._INTERRUPTED = False
    assert pids and not any(path.exists() for path in left) and other.exists()
