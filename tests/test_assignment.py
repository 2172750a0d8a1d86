"""The linker's global assignment (extractor/diff/assignment.py) against scipy's linear_sum_assignment, the
reference solver of the same problem, on random matrices shaped as the linker's are: weights of 0 (no pair) and
above, rectangular, sparse or full."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment

from extractor.diff.assignment import assign


def _scipy(weights: np.ndarray) -> list[tuple[int, int]]:
    if weights.size == 0:
        return []
    rows, cols = linear_sum_assignment(weights, maximize=True)
    return sorted((int(r), int(c)) for r, c in zip(rows, cols) if weights[r, c] > 0)


def _total(weights: np.ndarray, pairs: list[tuple[int, int]]) -> float:
    return float(sum(weights[r, c] for r, c in pairs))


def _matrices(seed: int, count: int, integers: bool):
    rng = np.random.default_rng(seed)
    for _ in range(count):
        shape = tuple(rng.integers(0, 12, 2))
        if integers:  # many ties: weights 0..3
            yield np.maximum(rng.integers(-3, 4, shape), 0).astype(float)
        else:
            yield rng.random(shape) * (rng.random(shape) < rng.random())


@pytest.mark.parametrize("seed", range(4))
def test_the_same_pairs_as_scipy_where_weights_differ(seed: int) -> None:
    for weights in _matrices(seed, 1500, integers=False):
        assert assign(weights) == _scipy(weights), weights


@pytest.mark.parametrize("seed", range(4))
def test_the_same_total_weight_as_scipy_where_weights_tie(seed: int) -> None:
    # among assignments of equal total weight the two may choose differently; the total is the same, and no row
    # or column is paired twice
    for weights in _matrices(seed, 1500, integers=True):
        pairs = assign(weights)
        assert _total(weights, pairs) == _total(weights, _scipy(weights)), weights
        assert len({r for r, _ in pairs}) == len({c for _, c in pairs}) == len(pairs)
        assert all(weights[r, c] > 0 for r, c in pairs)


def test_the_assignment_is_global_not_greedy() -> None:
    # greedy would take the best pair (0, 0) first and leave row 1 with nothing
    assert assign([[0.9, 0.8], [0.7, 0.0]]) == [(0, 1), (1, 0)]
    # a chain through three groups' worth of rows: the whole chain is one group, solved as one
    chain = [[0.5, 0.4, 0.0, 0.0], [0.0, 0.5, 0.4, 0.0], [0.0, 0.0, 0.5, 0.4], [0.45, 0.0, 0.0, 0.0]]
    assert assign(chain) == [(0, 1), (1, 2), (2, 3), (3, 0)]


def test_groups_of_one_row_or_one_column_and_empty_matrices() -> None:
    # two groups: row 0 alone with columns 1 and 2 (its heaviest, the first of equals), rows 1 and 2 with column 0
    assert assign([[0.0, 0.3, 0.3], [0.2, 0.0, 0.0], [0.6, 0.0, 0.0]]) == [(0, 1), (2, 0)]
    assert assign(np.zeros((0, 3))) == []
    assert assign([[0.0, -1.0]]) == []
    assert assign([[0.0, 0.0], [0.0, 0.0]]) == []


def test_ties_are_broken_the_same_way_every_time() -> None:
    weights = [[1.0, 1.0, 1.0], [1.0, 1.0, 0.0], [1.0, 0.0, 0.0]]
    assert assign(weights) == [(0, 2), (1, 1), (2, 0)]
    assert all(assign(weights) == assign(weights) for _ in range(3))
