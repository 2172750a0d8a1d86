"""The memory and time of one very large text report (issue 13, not a test):

    python benchmarks/large_report.py [MEGABYTES ...]      (default: 2 10 50)

For each size, a text report of that many million characters is generated into a temporary folder
(benchmarks/make_large.py: the real reports one after the other, each copy renumbered) and extracted by a new
`extract FILE --jobs 1 --no-cache` process; printed: wall and CPU time, time per MB, and the peak memory of the
process (sampled every 20 ms, benchmarks/bench.py), then the memory per MB of text between the sizes.
EXTRACTOR_WINDOW_CHARS, when set, is the window of the runs (extractor/pipeline.py).
"""

from __future__ import annotations

import resource
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_large import large_text  # noqa: E402

from bench import _command  # noqa: E402


def measure(megabytes: float, work: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak MB of `extract` on a report of `megabytes` million characters."""
    path = work / f"groot-{megabytes:g}.txt"
    path.write_text(large_text(int(megabytes * 1_000_000)), encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    elapsed, peak = _command([str(path), "--out", str(work / "out"), "--quiet", "--jobs", "1", "--no-cache"], work)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    path.unlink()
    return elapsed, cpu, peak


def main(argv: list[str]) -> None:
    sizes = [float(a) for a in argv] or [2.0, 10.0, 50.0]
    results = []
    with tempfile.TemporaryDirectory(prefix="extractor-large-") as temporary:
        for megabytes in sizes:
            elapsed, cpu, peak = measure(megabytes, Path(temporary))
            results.append((megabytes, peak))
            print(f"{megabytes:6g} MB of text  wall {elapsed:7.1f} s  cpu {cpu:7.1f} s  "
                  f"{cpu / megabytes:5.2f} cpu s/MB  peak {peak:7.0f} MB", flush=True)
    for (small, small_peak), (large, large_peak) in zip(results, results[1:]):
        print(f"  {small:g} → {large:g} MB: {(large_peak - small_peak) / (large - small):5.1f} MB of memory per MB of text")


if __name__ == "__main__":
    main(sys.argv[1:])
