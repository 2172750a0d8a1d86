"""Signals and kills, repeated (issue 23, point 5; not a test, not run in CI):
`python benchmarks/signals.py [--runs 50] [--jobs 2] [--parallel 4]`.

On a generated corpus of 12 cooperatives (two years each, over 256 KB: `-j 2` starts worker processes),
each scenario runs `extract CORPUS -o OUT -j 2` in a new session (its process group) and, at a random instant
of the run (a uniform delay up to the length of an undisturbed run, measured first), sends:

- `sigint-group`: SIGINT to the whole process group, as Ctrl-C on a terminal does;
- `sigterm-parent`: SIGTERM to the parent alone, as `kill PID` or a service manager does;
- `kill9-parent`: SIGKILL to the parent alone (the OOM killer, `kill -9 PID`).

For each it prints the exit codes seen, and counts:
- hangs: the parent still running 30 s after the signal (then killed);
- orphans: any process of the run's group still alive 5 s after the parent ended (workers, the resource
  tracker, a PDF reader's child) — for kill9-parent, what PR_SET_PDEATHSIG is there for;
- exit 0 after the signal reached a running parent (an interruption must never look like success; a run
  that had already finished before the signal is counted apart, as "finished first");
- bad stderr: more than one line, a traceback, "Exception ignored", or a line other than the one promised;
- temporaries: a *.tmp file left in the output folder or the cache after the run (not for kill9-parent: the
  next run removes those, tests/test_processes.py checks it).
Exit code 1 when any count is not zero.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTRACT = [sys.executable, "-m", "extractor.cli"]
HANG_S = 30.0
ORPHAN_S = 5.0
LINES = {"sigint-group": "interrupted; files already written are complete, nothing partial was left; run again to finish",
         "sigterm-parent": "terminated; files already written are complete, nothing partial was left; run again to "
                           "finish"}
EXPECTED = {"sigint-group": {130, -signal.SIGINT}, "sigterm-parent": {143, -signal.SIGTERM},
            "kill9-parent": {-signal.SIGKILL}}


def make_corpus(folder: Path, pairs: int = 12) -> Path:
    folder.mkdir(parents=True)
    text_2021 = (ROOT / "corpus" / "smartcoop-bijzonder-verslag-2021.md").read_text(encoding="utf-8")
    text_2024 = (ROOT / "corpus" / "smartcoop-bijzonder-verslag-2024.txt").read_text(encoding="utf-8")
    for i in range(pairs):
        name = f"Coop{i:03d}"
        (folder / f"coop{i:03d}-verslag-2021.md").write_text(re.sub("(?i)smartcoop", name, text_2021), "utf-8")
        (folder / f"coop{i:03d}-verslag-2024.txt").write_text(re.sub("(?i)smartcoop", name, text_2024), "utf-8")
    return folder


def group_members(pgid: int) -> list[int]:
    """The live (not zombie) processes of a process group, from /proc."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        state, group = fields[0], int(fields[2])
        if group == pgid and state != "Z":
            members.append(int(entry.name))
    return members


@dataclass
class Outcome:
    code: int | None
    hung: bool = False
    orphans: int = 0
    finished_first: bool = False
    bad_stderr: str | None = None
    temporaries: list[str] = field(default_factory=list)


def one_run(scenario: str, corpus: Path, work: Path, jobs: str, delay: float) -> Outcome:
    out, cache = work / "out", work / "cache"
    errors = open(work / "stderr.txt", "w+", encoding="utf-8")  # a file: orphans may hold a pipe open
    process = subprocess.Popen([*EXTRACT, str(corpus), "-o", str(out), "--cache-dir", str(cache), "-j", jobs, "-q"],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=errors, text=True,
                               start_new_session=True)
    time.sleep(delay)
    finished_first = process.poll() is not None
    if not finished_first:
        if scenario == "sigint-group":
            os.killpg(process.pid, signal.SIGINT)
        elif scenario == "sigterm-parent":
            process.send_signal(signal.SIGTERM)
        else:
            process.send_signal(signal.SIGKILL)
    hung = False
    try:
        process.wait(timeout=HANG_S)
    except subprocess.TimeoutExpired:
        hung = True
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    deadline = time.monotonic() + ORPHAN_S
    while group_members(process.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = group_members(process.pid)
    for pid in left:  # clean up after counting
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    outcome = Outcome(process.returncode, hung, len(left), finished_first)
    errors.seek(0)
    stderr = errors.read()
    errors.close()
    if not finished_first and scenario in LINES:
        lines = stderr.splitlines()
        if process.returncode in (130, 143) and lines != [LINES[scenario]]:
            outcome.bad_stderr = stderr[-300:]
        elif process.returncode not in (130, 143) and stderr:
            outcome.bad_stderr = stderr[-300:]
        if "Traceback" in stderr or "Exception ignored" in stderr:
            outcome.bad_stderr = stderr[-300:]
    if scenario != "kill9-parent":
        outcome.temporaries = sorted(p.name for folder in (out, cache) if folder.exists()
                                     for p in folder.rglob("*.tmp"))
    return outcome


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=50, help="runs per scenario (default 50)")
    parser.add_argument("--jobs", default="2", help="--jobs of each run (default 2)")
    parser.add_argument("--parallel", type=int, default=4, help="runs at once (default 4)")
    parser.add_argument("--scenario", choices=[*EXPECTED, "all"], default="all")
    parser.add_argument("--seed", type=int, default=23)
    args = parser.parse_args()
    if not Path("/proc").is_dir():
        print("needs /proc (Linux) to find a run's processes", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="signals-") as temporary:
        base = Path(temporary)
        corpus = make_corpus(base / "corpus")
        started = time.monotonic()
        undisturbed = subprocess.run([*EXTRACT, str(corpus), "-o", str(base / "ref"), "--no-cache", "-j", args.jobs,
                                      "-q"], cwd=ROOT, capture_output=True, text=True)
        length = time.monotonic() - started
        print(f"undisturbed run: {length:.1f} s, exit {undisturbed.returncode}; {args.runs} runs per scenario, "
              f"-j {args.jobs}, {args.parallel} at once, signal at a uniform instant in [0, {length:.1f}] s")
        failures = 0
        scenarios = list(EXPECTED) if args.scenario == "all" else [args.scenario]
        for scenario in scenarios:
            delays = [rng.uniform(0.0, length) for _ in range(args.runs)]
            works = [base / f"{scenario}-{i}" for i in range(args.runs)]
            for work in works:
                work.mkdir()
            begin = time.monotonic()
            with ThreadPoolExecutor(args.parallel) as pool:
                outcomes = list(pool.map(lambda i: one_run(scenario, corpus, works[i], args.jobs, delays[i]),
                                         range(args.runs)))
            codes: dict[str, int] = {}
            for outcome in outcomes:
                label = "finished first" if outcome.finished_first else str(outcome.code)
                codes[label] = codes.get(label, 0) + 1
            interrupted = [o for o in outcomes if not o.finished_first]
            hangs = sum(o.hung for o in outcomes)
            orphans = sum(o.orphans for o in outcomes)
            zero = sum(o.code == 0 for o in interrupted)
            unexpected = sum(o.code not in EXPECTED[scenario] for o in interrupted)
            bad = [o.bad_stderr for o in interrupted if o.bad_stderr]
            temporaries = sum(len(o.temporaries) for o in outcomes)
            print(f"{scenario:15} exit codes {dict(sorted(codes.items()))}; hangs {hangs}; orphans after "
                  f"{ORPHAN_S:g} s {orphans}; exit 0 on interruption {zero}; other codes {unexpected - zero}; "
                  f"bad stderr {len(bad)}; temporaries left {temporaries}  ({time.monotonic() - begin:.0f} s)")
            for text in bad[:3]:
                print("    stderr: " + text.replace("\n", "\n            "))
            failures += hangs + orphans + zero + unexpected + len(bad) + temporaries
            for work in works:
                shutil.rmtree(work, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
