"""The CPU time of each stage of the extraction (extractor/runtime/stages.py), which the benchmark prints as shares:
every step of the pipeline and every recogniser is a stage, a stage inside another counts once, and the finders of
non-figures are timed one by one only when asked."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from extractor import pipeline
from extractor.runtime import stages

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "corpus" / "smartcoop-bijzonder-verslag-2024.txt"


@pytest.fixture(autouse=True)
def _fresh() -> None:
    stages.reset()
    yield
    stages.detail(False)
    stages.reset()


def _busy(seconds: float) -> None:
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


def test_an_inner_stage_is_taken_out_of_the_outer_one() -> None:
    with stages.stage("outer"):
        _busy(0.02)
        with stages.stage("inner"):
            _busy(0.05)
    totals = stages.totals()
    assert list(totals) == ["inner", "outer"]  # the dearest first
    assert totals["inner"] >= 0.05
    assert 0.02 <= totals["outer"] < 0.05  # its own time only


def test_every_step_and_recogniser_of_a_report_is_a_stage() -> None:
    start = time.process_time()
    report = pipeline.extract_file(REPORT)
    used = time.process_time() - start
    assert report["indicators"]
    totals = stages.totals()
    assert set(totals) == {"read", "tables", "normalise", "spacy", "dates", "conditions_table", "metadata",
                           "quality", "report", *(recogniser.name for recogniser in pipeline.RECOGNISERS)}
    assert sum(totals.values()) <= used + 0.01  # no time counted twice
    assert all(seconds >= 0 for seconds in totals.values())


def test_the_finders_of_non_figures_are_timed_only_in_detail() -> None:
    pipeline.extract_file(REPORT)
    assert not any(name.startswith("non_figures.") for name in stages.totals())
    stages.reset()
    stages.detail(True)
    pipeline.extract_file(REPORT)
    finders = {name for name in stages.totals() if name.startswith("non_figures.")}
    assert {"non_figures.identifiers", "non_figures.token_patterns", "non_figures.addresses"} <= finders
