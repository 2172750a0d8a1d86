"""`extract series` given report files (not the JSON outputs of `extract corpus/`) links each organisation's
reports as `extract corpus/` does: the researcher's `extract series corpus/` and the auditor's outputs/ name every
quantity alike."""

from __future__ import annotations

import csv
from pathlib import Path

from extractor.api import series

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "fixtures" / "dev-reports"


def test_the_series_of_the_corpus_files_are_those_extract_corpus_wrote() -> None:
    with (ROOT / "outputs" / "series-long.csv").open(encoding="utf-8", newline="") as handle:
        written = [(row["id"], row["fiscal_year"], row["raw"], row["line"], row["series"])
                   for row in csv.DictReader(handle)]
    given = [(row["id"], str(row["fiscal_year"]), row["raw"], str(row["line"]), row["series"])
             for row in series(ROOT / "corpus")]
    assert sorted(given) == sorted(written)
    assert any("~" in key for *_, key in written)  # linked ids that tell two quantities of one noun apart


def test_the_member_count_of_the_development_reports_is_one_series_of_persons() -> None:
    rows = series(DEV)
    members = {(row["fiscal_year"], row["raw"]): (row["series"], row["unit"]) for row in rows
               if (row["fiscal_year"], row["value"]) in ((2021, 1842), (2022, 2015), (2023, 2136))}
    assert set(members) == {(2021, "1.842 vennoten"), (2022, "2.015"), (2023, "2.136 aandeelhouders")}
    assert len(set(members.values())) == 1, members  # "Het aantal coöperanten steeg tot 2.015" too
    assert {unit for _, unit in members.values()} == {"persons"}
    joined = {row["series"] for row in rows if (row["fiscal_year"], row["value"]) in ((2021, 137), (2022, 211))}
    assert len(joined) == 1 and joined.pop().endswith("@persons")  # "er kwamen er 211 bij"
