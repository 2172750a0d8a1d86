"""One global assignment of maximal total weight: which rows and columns of a weight matrix are paired.

The linker (extractor/diff/link.py) scores every candidate pair of two reports' figures and pairs each figure at
most once, so that the pairs together weigh the most (no greedy first match: "a good pair is never traded for two
mediocre ones"). That is the linear assignment problem; it is solved here exactly, by the shortest augmenting
path method (Kuhn's Hungarian method in the form of Jonker and Volgenant, as Crouse describes it for rectangular
matrices, IEEE Trans. Aerospace and Electronic Systems 52(4), 2016), the method of
`scipy.optimize.linear_sum_assignment`, which tests/test_assignment.py holds it against on thousands of random
matrices. Importing scipy.optimize took a quarter of `extract check`'s start-up (it loads scipy's linear
algebra, FFT and special functions): a third of a second, for matrices of a few dozen rows.

The matrices are sparse: most figures of one report can be no figure of the other (weight 0). The rows and
columns joined by pairs of positive weight fall apart into small connected groups, and an optimal assignment of
the whole is the union of an optimal assignment of each group, since a pair across two groups weighs nothing;
a group of one row or one column is its heaviest pair. Each group is solved on its own, in plain Python.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence


def assign(weights: Iterable[Sequence[float]]) -> list[tuple[int, int]]:
    """The (row, column) pairs of one assignment of maximal total weight, in the order of their rows; a weight
    of 0 or less is no pair. Among assignments of equal weight the same one is chosen every time (rows are
    taken in order, and of columns equally good the first)."""
    matrix = [[float(w) for w in row] for row in weights]
    edges = [[c for c, w in enumerate(row) if w > 0] for row in matrix]
    pairs: list[tuple[int, int]] = []
    for rows, cols in _groups(edges):
        if len(cols) == 1 or len(rows) == 1:
            pairs.extend(_heaviest(matrix, rows, cols))
            continue
        block = [[matrix[r][c] for c in cols] for r in rows]
        pairs.extend((rows[a], cols[b]) for a, b in _solve(block) if block[a][b] > 0)
    return sorted(pairs)


def _groups(edges: list[list[int]]) -> list[tuple[list[int], list[int]]]:
    """The connected groups of the rows and columns that share pairs of positive weight, each as its sorted rows
    and sorted columns, in the order of their first row."""
    column_group: dict[int, int] = {}
    parent: list[int] = []

    def root(g: int) -> int:
        while parent[g] != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    row_group: list[int] = []
    for row in edges:
        g = len(parent)
        parent.append(g)
        for c in row:
            if c in column_group:
                other = root(column_group[c])
                if other != g:
                    parent[other] = g  # the group of this row takes in the column's earlier group
            else:
                column_group[c] = g
        row_group.append(g)
    members: dict[int, tuple[list[int], list[int]]] = {}
    for r, row in enumerate(edges):
        if row:
            members.setdefault(root(row_group[r]), ([], []))[0].append(r)
    for c in sorted(column_group):
        members[root(column_group[c])][1].append(c)
    return [members[g] for g in sorted(members, key=lambda g: members[g][0][0])]


def _heaviest(matrix: list[list[float]], rows: list[int], cols: list[int]) -> list[tuple[int, int]]:
    """The one pair of a group of one row or one column: its heaviest (the first of equals)."""
    best = max(((matrix[r][c], -r, -c) for r in rows for c in cols))
    return [(-best[1], -best[2])]


def _solve(weights: list[list[float]]) -> list[tuple[int, int]]:
    """An assignment of maximal total weight of a dense matrix: min(rows, columns) (row, column) pairs."""
    transposed = len(weights) > len(weights[0])
    if transposed:
        weights = [list(column) for column in zip(*weights)]
    top = max(max(row) for row in weights)
    cost = [[top - w for w in row] for row in weights]  # minimal cost, none below 0
    column_of = _shortest_augmenting_paths(cost)
    pairs = [(c, r) if transposed else (r, c) for r, c in enumerate(column_of)]
    return sorted(pairs)


def _shortest_augmenting_paths(cost: list[list[float]]) -> list[int]:
    """The column of each row in an assignment of minimal total cost, rows no more than columns, costs >= 0.

    Each row in turn is added to the assignment along the cheapest path of alternating pairs from it to a free
    column (Dijkstra's search on costs reduced by the dual prices `u` of the rows and `v` of the columns, which
    keeps them non-negative), then the prices are raised so that the pairs taken stay at reduced cost 0."""
    rows, cols = len(cost), len(cost[0])
    u = [0.0] * rows
    v = [0.0] * cols
    row_of = [-1] * cols
    column_of = [-1] * rows
    for start in range(rows):
        distance = [math.inf] * cols
        previous = [-1] * cols
        reached = [False] * cols
        passed = [start]  # the rows the path search went through
        row, length, free = start, 0.0, -1
        while free < 0:
            costs, price = cost[row], u[row]
            nearest, pick = math.inf, -1
            for c in range(cols):
                if reached[c]:
                    continue
                d = length + costs[c] - price - v[c]
                if d < distance[c]:
                    distance[c], previous[c] = d, row
                if distance[c] < nearest or (distance[c] == nearest and row_of[c] < 0 <= row_of[pick]):
                    nearest, pick = distance[c], c  # of equal ones, a free column ends the path sooner
            length = nearest
            reached[pick] = True
            if row_of[pick] < 0:
                free = pick
            else:
                row = row_of[pick]
                passed.append(row)
        u[start] += length
        for r in passed[1:]:
            u[r] += length - distance[column_of[r]]
        for c in range(cols):
            if reached[c]:
                v[c] -= length - distance[c]
        c = free
        while True:  # the pairs along the path change places
            r = previous[c]
            row_of[c] = r
            column_of[r], c = c, column_of[r]
            if r == start:
                break
    return column_of
