"""The benchmark of issue 6 (not a test): `python benchmarks/bench.py [--reports N] [--pdf K]`.

In one run, on a corpus generated into a temporary folder (benchmarks/make_corpus.py: N reports, default 200,
K of them PDF, default N/20), it measures and prints:

1. text throughput: words per second through the whole extraction (read, normalise, NLP, recognise,
   validate, write the JSON) over the text and Markdown reports, --jobs 1 and --jobs 2, in this process
   after a warm-up, no cache;
2. PDF cost per page: the whole extraction of a 50-page PDF (LibreOffice's where it is installed) against
   bare pdfplumber `extract_words` on it;
3. whole `extract CORPUS/` commands (a new process each: start-up, extraction, the diff and series steps):
   --jobs 1 and --jobs 2 without cache, a cold run with the cache, and the rerun on the unchanged corpus;
   with the peak memory of the process tree (sampled every 20 ms), for N/4 and N reports, and for their text
   reports alone;
4. start-up: `extract check` of one corpus report against the other, and `extract --help` (issue 13);
5. the peak memory of a cold run and of the rerun served by the cache, at 50 and 2,000 text reports
   (issue 13);
6. linking (issue 19): the time the linker takes per report for 250 and 2,000 reports of many organisations
   (benchmarks/linking.py: generated report JSON made from the extracted reports of a dozen cooperatives), and
   how it grows;
and the ratios the issues ask for. `--only startup`, `--only reruns` or `--only throughput` measures one part
alone; `--only throughput` measures issue 19's two numbers together: 1. (text reports only) and 6. Needs a
checkout (benchmarks/, tests/make_pdfs.py), reportlab and psutil.
"""

from __future__ import annotations

import argparse
import compileall
import io
import math
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from extractor.runtime import stages

ROOT = Path(__file__).resolve().parents[1]


def _corpus_module():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    sys.path.insert(0, str(ROOT / "tests"))
    import make_corpus

    return make_corpus


def best_of(functions: dict[str, Callable[[], object]], runs: int = 3) -> dict[str, float]:
    """The best time of each function over `runs` rounds. The functions take turns within each round, so a
    drift of the machine's speed during the measurement falls on all of them alike."""
    best = {name: math.inf for name in functions}
    for _ in range(runs):
        for name, function in functions.items():
            start = time.perf_counter()
            function()
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def pdfplumber_words(path: Path) -> None:
    """Bare pdfplumber over every page: the yardstick of our PDF cost."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()
            page.close()


def _extract_here(paths: list[Path], out: Path, jobs: int) -> None:
    from extractor.commands import extract

    options = extract.Options(paths=paths, out=out, jobs=jobs, cache=False, quiet=True, pool_min_bytes=0)
    code, _ = extract.run(options, io.StringIO(), sys.stderr)
    if code != 0:
        raise SystemExit(f"extraction failed (exit code {code})")


def text_throughput(files: list[Path], words: int, work: Path) -> dict[str, float]:
    texts = [p for p in files if p.suffix != ".pdf"]
    _extract_here(texts[:2], work / "warm", 1)  # loads spaCy and the patterns, as a corpus run does once
    cpu = math.inf

    shares: dict[str, float] = {}

    def one_job() -> None:
        # --jobs 1 runs in this process: its CPU time is this process's, which holds on a shared machine (what
        # other processes take of the cores falls on wall time only)
        nonlocal cpu, shares
        stages.reset()
        start = time.process_time()
        _extract_here(texts, work / "t1", 1)
        used = time.process_time() - start
        if used < cpu:
            cpu, shares = used, stages.totals()

    times = best_of({"one": one_job, "two": lambda: _extract_here(texts, work / "t2", 2)}, runs=2)
    one, two = times["one"], times["two"]
    print(f"text: {len(texts)} reports, {words:,} words (load average {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores)")
    print(f"  --jobs 1  {one:7.2f} s  {words / one:9,.0f} words/s   (target >= 50,000; CPU {cpu:.2f} s, "
          f"{words / cpu:,.0f} words/s)")
    print(f"  --jobs 2  {two:7.2f} s  {words / two:9,.0f} words/s   ({one / two:.2f}x --jobs 1; includes starting "
          "2 workers)")
    _print_stages(shares, cpu)
    _print_finders(texts[:_DETAIL_REPORTS], work)
    return {"text_jobs1": words / one, "text_jobs2": words / two, "text_jobs1_cpu": words / cpu}


def _print_stages(shares: dict[str, float], cpu: float) -> None:
    """Where the CPU time of the best --jobs 1 run went, stage by stage (extractor/runtime/stages.py): the
    stage a new rule made dear shows here."""
    print(f"  CPU by stage, --jobs 1 (of {cpu:.2f} s; a stage inside another is counted once, in the inner one)")
    for name, seconds in [*shares.items(), ("(outside the stages: the run's loop)", cpu - sum(shares.values()))]:
        print(f"    {name:<38} {seconds:6.2f} s  {100 * seconds / cpu:5.1f} %")


_DETAIL_REPORTS = 40  # reports of the extra run that times each finder of non-figures on each block


def _print_finders(texts: list[Path], work: Path) -> None:
    """The finders of non-figures (extractor/non_figures/), each timed on every block: a run of its own, as
    timing them costs more than the finders that are cheap."""
    stages.reset()
    stages.detail(True)
    try:
        _extract_here(texts, work / "detail", 1)
    finally:
        stages.detail(False)
    finders = {name: seconds for name, seconds in stages.totals().items() if name.startswith("non_figures.")}
    whole = sum(finders.values()) + stages.totals().get("non_figures", 0.0)
    print(f"  non_figures by finder ({len(texts)} reports, each finder timed on each block: {whole:.2f} s)")
    for name, seconds in [*finders.items(), ("(the registry: dates, URLs, sections)", whole - sum(finders.values()))]:
        print(f"    {name:<38} {seconds:6.2f} s  {100 * seconds / whole:5.1f} % of non_figures")


def _long_pdf(work: Path) -> Path:
    """A PDF of 50 pages or more: made by LibreOffice where it is installed (as real reports are), else by
    reportlab (tests/make_pdfs.py)."""
    sys.path.insert(0, str(ROOT / "tests"))
    import make_pdfs
    import make_producer_pdfs

    if make_producer_pdfs.available("libreoffice"):
        return make_producer_pdfs.build_long_libreoffice(work / "long-libreoffice.pdf")
    return make_pdfs.build_long(work / "long-50-pages.pdf", pages=50)


def pdf_cost(work: Path) -> dict[str, float]:
    import pdfplumber

    path = _long_pdf(work)
    with pdfplumber.open(path) as pdf:
        pages = len(pdf.pages)
    _extract_here([path], work / "p", 1)
    times = best_of({"plumber": lambda: pdfplumber_words(path), "ours": lambda: _extract_here([path], work / "p", 1)})
    ours, plumber = times["ours"], times["plumber"]
    print(f"PDF: {path.name}, {pages} pages, best of 3 rounds, taking turns")
    print(f"  pdfplumber extract_words  {plumber:7.3f} s  {1000 * plumber / pages:6.1f} ms/page")
    print(f"  extract (whole job)       {ours:7.3f} s  {1000 * ours / pages:6.1f} ms/page  {ours / plumber:5.2f}x "
          "(target <= 1.30x)")
    return {"pdf_ratio": ours / plumber}


def _command(arguments: list[str], cwd: Path) -> tuple[float, float]:
    """Wall time and peak memory (MB, the process and its children, summed) of one `extract` command."""
    import psutil

    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", "from extractor.cli import main; main()", *arguments],
                               cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        try:
            parent = psutil.Process(process.pid)
        except psutil.NoSuchProcess:
            return
        while not done.is_set():
            try:
                tree = [parent, *parent.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            except psutil.Error:
                pass
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, errors = process.communicate()
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"extract {' '.join(arguments)} failed:\n{errors.decode(errors='replace')}")
    return elapsed, peak / 1e6


def corpus_runs(folder: Path, small: Path, work: Path) -> dict[str, float]:
    cache = work / "cache"
    runs = {
        "jobs1": ["--jobs", "1", "--no-cache"],
        "jobs2": ["--jobs", "2", "--no-cache"],
        "cold": ["--cache-dir", str(cache)],
        "rerun": ["--cache-dir", str(cache)],
    }
    count = len(list(folder.iterdir()))
    print(f"extract CORPUS/ over {count} reports (a new process each; extraction, diff and series steps)")
    results: dict[str, float] = {}

    def one(name: str) -> tuple[float, float]:
        # the rerun is an auditor's: the same corpus into the same outputs/ as the cold run before it
        out = work / ("out-cold" if name == "rerun" else f"out-{name}")
        return _command([str(folder), "--out", str(out), "--quiet", *runs[name]], work)

    # --jobs 1 and --jobs 2 take turns, best of three rounds: a drift of the machine falls on both alike
    for _ in range(3):
        for name in ("jobs1", "jobs2"):
            elapsed, peak = one(name)
            if elapsed < results.get(name, float("inf")):
                results[name], results[f"{name}_mb"] = elapsed, peak
    for name in ("cold", "rerun"):
        results[name], results[f"{name}_mb"] = one(name)
    for name, options in runs.items():
        label = " ".join(o if o != str(cache) else "CACHE" for o in options)
        best = " (best of 3)" if name.startswith("jobs") else ""
        print(f"  {name:<6} {label:<28} {results[name]:7.2f} s  peak {results[f'{name}_mb']:6.0f} MB{best}")
    small_count = len(list(small.iterdir()))
    # like for like: with one job the peak is this process and, for a PDF, its parsing child, whatever the
    # mix; with two, it also depends on whether two PDFs happen to be parsed at the same time
    elapsed, peak = _command([str(small), "--out", str(work / "out-small"), "--quiet", "--jobs", "1",
                              "--no-cache"], work)
    results["small_mb"] = peak
    print(f"  {small_count} reports, --jobs 1 --no-cache       {elapsed:7.2f} s  peak {peak:6.0f} MB")
    # without PDFs, whose parsing child sets the peak of both runs above, what grows with the corpus shows
    for name, source in (("text-small", small), ("text-all", folder)):
        (work / name).mkdir()
        for path in source.iterdir():
            if path.suffix != ".pdf":
                shutil.copy(path, work / name / path.name)
        count = len(list((work / name).iterdir()))
        elapsed, peak = _command([str(work / name), "--out", str(work / f"out-{name}"), "--quiet", "--jobs", "1",
                                  "--no-cache"], work)
        results[f"{name}_mb"], results[f"{name}_count"] = peak, count
        print(f"  {count} text reports, --jobs 1 --no-cache  {elapsed:7.2f} s  peak {peak:6.0f} MB")
    same = all((work / "out-jobs1" / p.name).read_bytes() == p.read_bytes() for p in (work / "out-jobs2").iterdir())
    print(f"  --jobs 2 output identical to --jobs 1: {same}")
    return results


def startup(work: Path, runs: int = 5) -> dict[str, float]:
    """Start-up as an editor meets it: `extract check` of a draft (the 2024 report, edited) against the 2021 one, and
    `extract --help`, each a new process, best of `runs`, with a cache folder of their own: the first
    `check` finds it empty (it builds the tokenizer, decodes the lemmatiser's dictionary, parses the
    pattern files, and stores them), the others load what it stored."""
    draft = work / "smartcoop-bijzonder-verslag-2024.txt"
    text = (ROOT / "corpus" / "smartcoop-bijzonder-verslag-2024.txt").read_text(encoding="utf-8")
    commands = {
        "check": ["check", str(draft), "--against", str(ROOT / "corpus" / "smartcoop-bijzonder-verslag-2021.md"),
                  "--fail-on", "never"],
        "help": ["--help"],
    }
    environment = {**os.environ, "EXTRACTOR_CACHE_DIR": str(work / "startup-cache")}
    edits = iter(range(1_000_000))
    # the package's bytecode, as `pip install` writes it: a checkout run with PYTHONDONTWRITEBYTECODE=1 (an
    # editable install) would compile its modules from source in every process (a third of a second, 7 December)
    compileall.compile_dir(ROOT / "extractor", quiet=1)

    def one(arguments: list[str]) -> tuple[float, float]:
        """Wall and CPU seconds of the command (CPU: of the process and its children, which holds better on a
        shared machine: what other processes take of the cores falls on wall time only)."""
        # the draft is edited before each check (a line added), as an editor's is: it is never in the result
        # cache, while the report it is checked against is there after the first run
        draft.write_text(f"{text}\n{next(edits)}\n", encoding="utf-8")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "extractor.cli", *arguments], cwd=work, check=True, env=environment,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime

    cold, _ = one(commands["check"])
    best = {name: math.inf for name in commands}
    cpu = {name: math.inf for name in commands}
    for _ in range(runs):
        for name, arguments in commands.items():
            wall, used = one(arguments)
            best[name], cpu[name] = min(best[name], wall), min(cpu[name], used)
    print(f"start-up, a new process each, best of {runs} (wall; CPU of the process and its children)")
    print(f"  extract check 2024 --against 2021  {best['check']:6.2f} s  CPU {cpu['check']:5.2f} s  (target <= 1.2 s; "
          f"{cold:.2f} s with an empty cache folder)")
    print(f"  extract --help                     {best['help']:6.2f} s  CPU {cpu['help']:5.2f} s  (target <= 0.3 s)")
    return {"startup_check": best["check"], "startup_check_cold": cold, "startup_help": best["help"],
            "startup_check_cpu": cpu["check"], "startup_help_cpu": cpu["help"]}


def cached_reruns(work: Path, sizes: tuple[int, ...]) -> dict[str, float]:
    """Peak memory of a cold run on a corpus of text reports, and of the rerun on it unchanged (everything
    from the cache), for each size: neither may grow with the corpus."""
    make_corpus = _corpus_module()
    results: dict[str, float] = {}
    print("cold run, then cached rerun, text reports, --jobs 1 (peak memory of the process tree)")
    for size in sizes:
        folder, cache, out = work / f"rerun-{size}", work / f"rerun-cache-{size}", work / f"rerun-out-{size}"
        make_corpus.build(folder, size, 0)
        arguments = [str(folder), "--out", str(out), "--quiet", "--jobs", "1", "--cache-dir", str(cache)]
        cold, cold_peak = _command(arguments, work)
        elapsed, peak = _command(arguments, work)
        results[f"rerun_{size}_mb"], results[f"cold_{size}_mb"] = peak, cold_peak
        print(f"  {size:>5} reports  cold {cold:7.2f} s  peak {cold_peak:6.0f} MB   rerun {elapsed:6.2f} s  peak "
              f"{peak:6.0f} MB")
    if len(sizes) >= 2:
        ratio = results[f"rerun_{sizes[-1]}_mb"] / results[f"rerun_{sizes[0]}_mb"]
        print(f"  peak memory, {sizes[-1]} vs {sizes[0]} reports  {ratio:5.2f}x  (target <= 1.2x)")
        cold_ratio = results[f"cold_{sizes[-1]}_mb"] / results[f"cold_{sizes[0]}_mb"]
        print(f"  the same, cold runs                 {cold_ratio:5.2f}x")
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python benchmarks/bench.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=200, help="reports in the generated corpus (default 200)")
    parser.add_argument("--pdf", type=int, help="how many of them are PDF (default: one in 20)")
    parser.add_argument("--reruns", default="50,2000", metavar="N,M",
                        help="corpus sizes of the cached-rerun memory measure (default 50,2000; empty: skip)")
    parser.add_argument("--only", choices=("startup", "reruns", "throughput"), help="measure only this part")
    args = parser.parse_args(argv)
    sizes = tuple(int(n) for n in args.reruns.split(",") if n.strip())
    if args.only == "throughput":  # issue 19: words per second through the whole extraction of the text
        # reports alone, and the linking of a corpus of 250 and 2,000 reports
        with tempfile.TemporaryDirectory(prefix="extractor-bench-") as temporary:
            files = _corpus_module().build(Path(temporary) / "corpus", args.reports, 0)
            results = text_throughput(files, _corpus_module().words(files), Path(temporary))
        results |= linking_growth()
        print("ratios")
        _issue_19(results)
        return
    if args.only:
        with tempfile.TemporaryDirectory(prefix="extractor-bench-") as temporary:
            startup(Path(temporary)) if args.only == "startup" else cached_reruns(Path(temporary), sizes)
        return
    make_corpus = _corpus_module()
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {platform.system()} {platform.release()}")
    with tempfile.TemporaryDirectory(prefix="extractor-bench-") as temporary:
        work = Path(temporary)
        files = make_corpus.build(work / "corpus", args.reports, args.pdf)
        make_corpus.build(work / "small", max(2, args.reports // 4), None if args.pdf is None else args.pdf // 4)
        words = make_corpus.words(files)
        print(f"corpus: {len(files)} reports ({sum(p.suffix == '.pdf' for p in files)} PDF), {words:,} words of text")
        results = text_throughput(files, words, work)
        results |= pdf_cost(work)
        results |= corpus_runs(work / "corpus", work / "small", work)
        results |= startup(work)
        if sizes:
            results |= cached_reruns(work, sizes)
    results |= linking_growth()
    print("ratios")
    print(f"  --jobs 2 vs --jobs 1, whole command   {results['jobs1'] / results['jobs2']:5.2f}x  (target >= 1.70x)")
    print(f"  rerun vs cold run                     {100 * results['rerun'] / results['cold']:5.1f} %  "
          "(target <= 5 %)")
    print(f"  peak memory, {args.reports} vs {max(2, args.reports // 4)} reports, --jobs 1 "
          f"{results['jobs1_mb'] / results['small_mb']:5.2f}x  (target: does not grow, ~1.0x)")
    print(f"  peak memory, {results['text-all_count']} vs {results['text-small_count']} text reports, --jobs 1 "
          f"{results['text-all_mb'] / results['text-small_mb']:5.2f}x")
    print(f"  PDF whole job vs extract_words        {results['pdf_ratio']:5.2f}x  (target <= 1.30x)")
    _issue_19(results)


def linking_growth(sizes: tuple[int, int] = (250, 2000)) -> dict[str, float]:
    """The linker's CPU time per report for corpora of the two sizes (benchmarks/linking.py)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import linking

    per_report = linking.measure(list(sizes))
    small, large = min(per_report), max(per_report)
    return {"link_small": small, "link_large": large, "link_small_ms": 1000 * per_report[small],
            "link_large_ms": 1000 * per_report[large], "link_growth": per_report[large] / per_report[small]}


def _issue_19(results: dict[str, float]) -> None:
    print(f"  text, words/s, --jobs 1               {results['text_jobs1']:9,.0f}  (target >= 50,000; "
          f"{results['text_jobs1_cpu']:,.0f} of CPU time)")
    print(f"  linking, CPU per report, {results['link_large']:.0f} vs {results['link_small']:.0f} reports "
          f"{results['link_growth']:5.2f}x  ({results['link_large_ms']:.2f} vs {results['link_small_ms']:.2f} ms; "
          "target: linear, ~1.0x)")


if __name__ == "__main__":
    main()
