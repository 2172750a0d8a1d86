"""The series' units come from one vocabulary (patterns/units.yaml `vocabulary`), each with its dimension; a
counted noun goes into its own column. The file's examples and negative examples run here."""

from __future__ import annotations

import pytest

from extractor.dutch.patterns import load
from extractor.series.units import dimension, in_vocabulary, series_unit

UNITS = load("units")


@pytest.mark.parametrize("example", UNITS["vocabulary_examples"], ids=lambda e: e["raw"])
def test_vocabulary_example(example: dict) -> None:
    found = series_unit(example["figure_unit"], example["raw"])
    assert (found.unit, found.dimension, found.noun) == (example["unit"], example["dimension"], example["noun"])
    assert in_vocabulary(found.unit)


@pytest.mark.parametrize("word", UNITS["vocabulary_negative_examples"])
def test_never_a_series_unit(word: str) -> None:
    assert series_unit(word, f"12 {word}").unit != word


def test_every_unit_of_the_vocabulary_has_a_dimension() -> None:
    assert all(dimension(code) for code in UNITS["vocabulary"])
    assert dimension("score/10") == UNITS["score_dimension"]


def test_a_figure_without_a_unit_has_none() -> None:
    assert series_unit(None, "2.015") == series_unit(None, "twaalf")
    assert series_unit(None, "2.015").unit is None


@pytest.mark.parametrize("period,words", [("2017/2023", "2017 to 2023"), ("../2017", "the period up to 2017"),
                                          ("2016/..", "the period from 2016"), ("2022", "2022"),
                                          ("2023-12-31", "2023-12-31")])
def test_a_series_note_gives_a_period_in_words(period: str, words: str) -> None:
    from extractor.series.table import period_words

    assert period_words(period) == words and ".." not in period_words(period)
