"""Issue 23, points 4 and 5, with real processes: workers never outlive their parent, a signal in the last
instant (while the interpreter winds down) still exits 130 with one line, an exit never waits for ever on a
process pool, and a disk that fills names the file and leaves no temporary file. (benchmarks/signals.py
repeats the signal and kill runs 50 times each.)"""

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

pytestmark = pytest.mark.slow

EXTRACT = [sys.executable, "-m", "extractor.cli"]
INTERRUPTED = "interrupted; files already written are complete, nothing partial was left; run again to finish\n"


def _group(pgid: int) -> list[int]:
    """The live processes of a process group (zombies aside), from /proc."""
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] != "Z":
                members.append(int(entry.name))
    return members


def _corpus(folder: Path, pairs: int) -> Path:
    folder.mkdir()
    text_2021 = (ROOT / REPORT_2021).read_text(encoding="utf-8")
    text_2024 = (ROOT / REPORT_2024).read_text(encoding="utf-8")
    for i in range(pairs):
        name = f"Coop{i:03d}"
        (folder / f"coop{i:03d}-verslag-2021.md").write_text(re.sub("(?i)smartcoop", name, text_2021), "utf-8")
        (folder / f"coop{i:03d}-verslag-2024.txt").write_text(re.sub("(?i)smartcoop", name, text_2024), "utf-8")
    return folder


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find the run's processes")
def test_workers_end_within_seconds_of_their_parents_kill_9(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", 12)  # over 256 KB: -j 2 starts two workers
    errors = open(tmp_path / "stderr.txt", "w")  # a file, not a pipe: orphans would hold a pipe open
    process = subprocess.Popen([*EXTRACT, str(corpus), "-o", str(tmp_path / "out"), "--no-cache", "-j", "2", "-q"],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=errors, start_new_session=True)
    deadline = time.monotonic() + 60
    while len(_group(process.pid)) < 3 and time.monotonic() < deadline:  # the parent and its two workers
        time.sleep(0.1)
    assert len(_group(process.pid)) >= 3, "the workers did not start"
    time.sleep(1.0)  # the workers busy loading or extracting
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    deadline = time.monotonic() + 5
    while _group(process.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = _group(process.pid)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    errors.close()
    assert left == [], "workers outlived their parent by 5 s"


# A run whose process receives SIGINT at a chosen instant: right after run() returned, or in an exit hook
# that runs while the interpreter winds down (where concurrent.futures joins its pools).
_LATE_SIGNAL = """
import os, signal, sys, threading
import extractor.cli as cli

when = sys.argv[1]
real_run = cli.run

def run(argv, stdout, stderr):
    code = real_run(argv, stdout, stderr)
    if when == "returned":
        os.kill(os.getpid(), signal.SIGINT)
    return code

def at_exit():
    os.kill(os.getpid(), signal.SIGINT)
    import time
    time.sleep(0.5)  # the handler runs here, inside the hook

if when == "exiting":
    threading._register_atexit(at_exit)
cli.run = run
sys.argv = ["extract", "--version"]
cli.main()
"""


@pytest.mark.parametrize("when", ["returned", "exiting"])
def test_a_signal_in_the_last_instant_exits_130_with_one_line(when: str) -> None:
    done = subprocess.run([sys.executable, "-c", _LATE_SIGNAL, when], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert (done.returncode, done.stderr) == (130, INTERRUPTED)
    assert done.stdout.startswith("extract ")


# A process pool whose manager thread never ends (its queue feeder blocked on a full pipe, as a worker
# stopped mid-task leaves it): Python's exit hook would join it for ever.
_STUCK_POOL = """
import sys, threading
from concurrent.futures import process
import extractor.cli as cli

class Wakeup:
    def wakeup(self):
        pass

stuck = threading.Thread(target=threading.Event().wait, name="stuck manager", daemon=True)
stuck.start()
process._threads_wakeups[stuck] = Wakeup()
sys.argv = ["extract", "--version"]
cli.main()
"""


def test_the_exit_never_waits_for_ever_on_a_process_pool() -> None:
    started = time.monotonic()
    try:
        done = subprocess.run([sys.executable, "-c", _STUCK_POOL], cwd=ROOT, capture_output=True, text=True,
                              timeout=40)
    except subprocess.TimeoutExpired:
        pytest.fail("the exit waited on the pool's manager thread")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("extract ")
    assert time.monotonic() - started < 30


# ------------------------------------------------------------------------------------------ a disk that fills

def _small_disk(folder: Path, size: str) -> None:
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.strip() or 'not root'})")


LATER = {"extract": ("smartcoop-", "diff-", "series"), "diff": ("diff-", "series"), "series": ("series",)}


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("mount") is None,
                    reason="a small disk is a tmpfs mount (Linux, as root)")
@pytest.mark.parametrize("step", ["extract", "diff", "series"])
def test_a_disk_that_fills_names_the_file_and_leaves_no_temporary(tmp_path: Path, step: str) -> None:
    """A whole run on a small disk; then the files of `step` and later go, and a filler leaves room for half
    of the step's files: the rerun (which rewrites nothing before `step`) names a file of that step in its
    one line, and leaves no temporary file."""
    out = tmp_path / "disk"
    _small_disk(out, "2m")
    try:
        # both runs in one language: a diff's labels are in the run's language, so a rerun in another would
        # rewrite the diffs before the series (and fill the disk there, not in the step under test)
        first = subprocess.run([*EXTRACT, "corpus/", "-o", str(out), "--no-cache", "-q", "--lang", "en"], cwd=ROOT,
                               capture_output=True, text=True, timeout=300)
        assert first.returncode == 0, first.stderr
        gone = [p for p in out.iterdir() if p.name.startswith(LATER[step])]
        step_bytes = sum(p.stat().st_size for p in gone if p.name.startswith(LATER[step][0]))
        for path in gone:
            path.unlink()
        free = os.statvfs(out).f_bavail * os.statvfs(out).f_frsize
        (out / "filler").write_bytes(b"\0" * max(0, free - step_bytes // 2))
        done = subprocess.run([*EXTRACT, "corpus/", "-o", str(out), "--no-cache", "-q", "--lang", "en"], cwd=ROOT,
                              capture_output=True, text=True, timeout=300)
        left = sorted(p.name for p in out.iterdir() if p.name.endswith(".tmp"))
    finally:
        subprocess.run(["umount", str(out)], check=False)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    named = re.fullmatch(rf"error: (series: )?cannot write {re.escape(str(out))}/(\S+) \(No space left on device\); "
                         r".*", lines[0])
    assert named, lines[0]
    assert named.group(2).startswith(LATER[step][0])
    assert left == []


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("mount") is None,
                    reason="a small disk is a tmpfs mount (Linux, as root)")
def test_a_disk_that_fills_under_two_jobs_ends_the_run_without_waiting(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", 12)
    out = tmp_path / "disk"
    _small_disk(out, "700k")
    try:
        started = time.monotonic()
        done = subprocess.run([*EXTRACT, str(corpus), "-o", str(out), "--no-cache", "-q", "-j", "2", "--lang", "en"], cwd=ROOT,
                              capture_output=True, text=True, timeout=300)
        elapsed = time.monotonic() - started
        left = sorted(p.name for p in out.iterdir() if p.name.endswith(".tmp"))
    finally:
        subprocess.run(["umount", str(out)], check=False)
    assert done.returncode == 1
    assert re.fullmatch(rf"error: cannot write {re.escape(str(out))}/coop\d+-verslag-20\d\d.json \(No space left on "
                        r"device\); nothing more was written; free some space or choose another --out\n", done.stderr)
    assert left == []
    assert elapsed < 120


_LEAK = """
import os, sys
import multiprocessing
{quiet}
held = multiprocessing.get_context("spawn").Semaphore(1)  # known to the tracker, as a pool's queues' are
os._exit(0)  # the process ends as a worker ended mid-task leaves it: the tracker removes it
"""


@pytest.mark.parametrize("quiet", [False, True])
def test_semaphores_left_by_workers_ended_mid_task_are_removed_without_a_warning(quiet: bool) -> None:
    """A full disk or Ctrl-C ends the workers mid-task (LocalPool.close(now=True)); the semaphores they leave are
    removed by multiprocessing's tracker, which warned of them on stderr after the run's one line (seen under
    load on the full-disk test above). LocalPool starts it quiet; without that the same leak warns."""
    quiet_line = "from extractor.runtime.parallel import quiet_resource_tracker; quiet_resource_tracker()" if quiet else ""
    done = subprocess.run([sys.executable, "-c", _LEAK.format(quiet=quiet_line)], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0
    if quiet:
        assert done.stderr == ""
    else:
        assert "leaked semaphore" in done.stderr  # the check above can fail
