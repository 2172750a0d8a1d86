"""Linking a corpus's figures across the years (extractor/diff/link.py): time against the number of reports.

The linker works organisation by organisation, and within one each report is matched against the series seen
in the LOOKBACK reports before it, so a corpus should link in time linear in its reports. This prints the time
for corpora of 250 to 2,000 reports of many organisations, linked as `extract CORPUS/` links them
(extractor/commands/link_step.py: one organisation's reports at a time, none kept after).

The reports are generated JSON made from real extractions: the multi-year report fixtures of a dozen
cooperatives (tests/fixtures: linking, linking_words, linking_tables, dev-reports, gold-other-sectors,
other-sector, checks; and the SmartCoop reports of corpus/), each extracted once. Organisation k of the corpus
is cooperative k mod T of them, renamed, with 2 to 8 years (the same number for the same cooperative): its
reports in turn (the sequence again after its last, the years moved on), every figure's value times a factor
of its own per report (0.85 to 1.2) and its period's years moved with the report's, so every series changes
from year to year as a real one's does. A corpus is made of whole rounds of the T cooperatives (a size is
rounded up to one), so that corpora of every size hold the same mix. Times are wall and CPU seconds of the
linking alone; the last line compares the CPU time per report of the largest corpus with that of the smallest
(1.00 is linear; CPU time, since on a shared machine the wall time follows the other processes' load).

    python benchmarks/linking.py            # 250, 500, 1000, 2000 reports
    python benchmarks/linking.py 100 400    # the sizes given
"""

from __future__ import annotations

import copy
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIXTURES = ROOT / "tests" / "fixtures"
FOLDERS = [FIXTURES / name for name in ("linking", "linking_words", "linking_tables", "dev-reports",
                                        "gold-other-sectors", "other-sector", "checks")] + [ROOT / "corpus"]
SUFFIXES = (".txt", ".md")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def templates() -> list[list[dict]]:
    """The report JSON of each fixture, extracted once, grouped by organisation in fiscal-year order; only
    organisations of two reports or more."""
    from extractor.pipeline import extract_file
    from extractor.recognise.metadata import organisation_key

    groups: dict[str, list[dict]] = {}
    for folder in FOLDERS:
        for path in sorted(folder.iterdir()):
            if path.suffix not in SUFFIXES:
                continue
            report = extract_file(path)
            document = report["document"]
            if document.get("fiscal_year") is None or not document.get("organisation"):
                continue
            groups.setdefault(organisation_key(document["organisation"]), []).append(report)
    return [sorted(group, key=lambda r: r["document"]["fiscal_year"])
            for _, group in sorted(groups.items()) if len(group) >= 2]


def _moved(template: dict, organisation: str, year: int, factor: float) -> dict:
    """The template report as organisation `organisation`'s report of `year`, its figures times `factor`."""
    report = copy.deepcopy(template)
    shift = year - template["document"]["fiscal_year"]
    report["document"].update(organisation=organisation, fiscal_year=year,
                              path=f"corpus/{organisation.lower().replace(' ', '-')}-{year}.json")
    for record in report.get("indicators") or []:
        record.pop("series", None)
        record.pop("possible_series", None)
        for key in ("value", "value_max"):
            if isinstance(record.get(key), (int, float)) and not isinstance(record[key], bool):
                record[key] = round(record[key] * factor, 2)
        if isinstance(record.get("period"), str):
            record["period"] = _YEAR.sub(lambda m: str(int(m.group()) + shift), record["period"])
    return report


def organisations(sources: list[list[dict]], reports: int) -> Iterator[list[dict]]:
    """The corpus of at least `reports` reports in whole rounds of the cooperatives, one organisation's reports
    at a time (each built when asked for)."""
    made, k = 0, 0
    while made < reports or k % len(sources):
        t = k % len(sources)
        group = sources[t]
        years = 2 + t % 7
        first = group[0]["document"]["fiscal_year"] - (k // len(sources)) % 5
        out = [_moved(group[y % len(group)], f"Cooperatie {k:04d}", first + y, 0.85 + 0.05 * ((k + 3 * y) % 8))
               for y in range(years)]
        made += years
        k += 1
        yield out


def link_time(sources: list[list[dict]], reports: int) -> tuple[float, float, int, int, int]:
    """Wall and CPU seconds spent linking a corpus of `reports` reports (its organisations one at a time, as the
    link step does), its reports, organisations and figures."""
    from extractor.diff.link import add_series

    wall = cpu = 0.0
    count = made = figures = 0
    for group in organisations(sources, reports):
        figures += sum(len(r.get("indicators") or []) for r in group)
        started, used = time.perf_counter(), time.process_time()
        add_series(group)
        wall += time.perf_counter() - started
        cpu += time.process_time() - used
        count += 1
        made += len(group)
    return wall, cpu, made, count, figures


def measure(sizes: list[int], runs: int = 1) -> dict[int, float]:
    """Print and return the CPU seconds per report of each corpus size (best of `runs`)."""
    started = time.perf_counter()
    sources = templates()
    print(f"linking: generated corpora of {len(sources)} cooperatives' extracted reports "
          f"({sum(len(g) for g in sources)} reports, extracted in {time.perf_counter() - started:.1f} s), "
          f"2 to 8 years each, best of {runs}")
    print(f"  {'reports':>8} {'orgs':>6} {'figures':>8} {'wall s':>8} {'CPU s':>8} {'CPU ms/report':>14}")
    per_report: dict[int, float] = {}
    for size in sizes:
        wall, cpu, made, count, figures = min(link_time(sources, size) for _ in range(runs))
        per_report[made] = cpu / made
        print(f"  {made:>8} {count:>6} {figures:>8} {wall:>8.2f} {cpu:>8.2f} {1000 * cpu / made:>14.2f}")
    if len(per_report) > 1:
        small, large = min(per_report), max(per_report)
        print(f"  growth: {large} reports take {per_report[large] / per_report[small]:.2f} times the CPU time per "
              f"report of {small} (1.00 is linear)")
    return per_report


def main(sizes: list[int]) -> None:
    measure(sizes)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [250, 500, 1000, 2000])
