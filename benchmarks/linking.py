"""Linking a corpus's figures across years (extractor/diff/link.py): time against the number of reports.

The linker works organisation by organisation, and within one each report is matched against the series seen
in the LOOKBACK reports before it, so a corpus links in time linear in its reports (for a bounded number of
years per organisation). This prints the time for corpora of 50 to 2,000 reports: organisations of YEARS
reports each, built from the committed SmartCoop report JSONs (outputs/) with their fiscal years and
organisation renamed, so every report holds some 60 figures; a last line compares the time per report of the
largest corpus with the smallest (1.0 is linear).

    python benchmarks/linking.py            # 250, 500, 1000, 2000 reports
    python benchmarks/linking.py 100 400    # the sizes given
"""

from __future__ import annotations

import copy
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.diff.link import add_series  # noqa: E402
from extractor.recognise.metadata import organisation_key  # noqa: E402

YEARS = 4
SOURCES = [json.loads((ROOT / "outputs" / f"smartcoop-bijzonder-verslag-{year}.json").read_text("utf-8"))
           for year in (2021, 2024)]


def corpus(reports: int) -> list[dict]:
    out = []
    for k in range(reports):
        report = copy.deepcopy(SOURCES[k % 2])
        report["document"]["organisation"] = f"Cooperatie {k // YEARS}"
        report["document"]["fiscal_year"] = 2020 + k % YEARS
        report["document"]["path"] = f"corpus/coop-{k // YEARS}-{2020 + k % YEARS}.json"
        out.append(report)
    return out


def link_corpus(reports: list[dict]) -> None:
    groups: dict[str, list[dict]] = {}
    for report in reports:
        groups.setdefault(organisation_key(report["document"]["organisation"]), []).append(report)
    for key in sorted(groups):
        add_series(groups[key])


def main(sizes: list[int]) -> None:
    print(f"{'reports':>8} {'figures':>8} {'seconds':>8} {'ms/report':>10}")
    per_report: dict[int, float] = {}
    for size in sizes:
        reports = corpus(size)
        figures = sum(len(r["indicators"]) for r in reports)
        started = time.perf_counter()
        link_corpus(reports)
        elapsed = time.perf_counter() - started
        per_report[size] = elapsed / size
        print(f"{size:>8} {figures:>8} {elapsed:>8.2f} {1000 * elapsed / size:>10.2f}")
    if len(per_report) > 1:
        small, large = min(per_report), max(per_report)
        print(f"growth: {large} reports take {per_report[large] / per_report[small]:.2f} times the time per report "
              f"of {small} (1.00 is linear)")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [250, 500, 1000, 2000])
