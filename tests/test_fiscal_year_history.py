"""The fiscal year of a document is the year it reports on, not a year it looks back or ahead to (issue 20,
SHAPES-REAL2 Y2 and Y3): a note on a young foundation's first, long fiscal year ("Het eerste boekjaar liep van 3 mei
2015 tot en met 31 december 2016") under accounts dated 31-12-2025, and an outlook section ("Financiën vooruitblik
2026", "In 2026 willen we ...") after the section of the year reported ("Financiën 2025"). Both PDFs were printed by
Chromium from the HTML beside them (tests/fixtures/metadata/), reproducing the layouts of real PDFs kept back."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "metadata"


def _report(tmp_path, name: str) -> dict:  # type: ignore[no-untyped-def]
    subprocess.run([sys.executable, "-m", "extractor", str(FIXTURES / name), "--out", str(tmp_path), "-q",
                    "--no-cache"], check=True, cwd=ROOT)
    return json.loads((tmp_path / name.replace(".pdf", ".json")).read_text(encoding="utf-8"))


def test_the_first_fiscal_year_of_a_foundation_is_history_not_the_year_of_its_accounts(tmp_path) -> None:  # type: ignore[no-untyped-def]
    report = _report(tmp_path, "speeltuin-jaarrekening-2025-chromium.pdf")
    assert (report["document"]["fiscal_year"], report["document"]["kind"]) == (2025, "accounts")
    assert "fiscal_period" not in report["document"] or report["document"]["fiscal_period"] is None
    # (the lines of this page are another issue's: a bold heading and the row under it are read as one line)
    figures = {(r["location"]["page"], r["raw"]): r["period"] for r in report["indicators"]}
    assert figures[(1, "€ 84.210")] == "2025"
    assert figures[(1, "€ 9.300")] == "2025"  # was 2015/2016, the first fiscal year's span
    assert not [raw for raw, period in figures.items() if period and period.startswith(("2015", "2016"))]


def test_the_year_an_outlook_looks_ahead_to_is_not_the_year_reported(tmp_path) -> None:  # type: ignore[no-untyped-def]
    report = _report(tmp_path, "deelkar-financien-2025-chromium.pdf")
    assert report["document"]["fiscal_year"] == 2025  # was 2026: four mentions of each, the latest won
