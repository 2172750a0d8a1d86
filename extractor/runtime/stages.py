"""CPU time of each stage of the extraction, summed over the reports this process extracted: where the time goes
(benchmarks/bench.py prints the shares, so a rule that makes one stage dear shows where it landed).

A stage is timed by `with stage("normalise"):`; a stage inside another ("non_figures.identifiers" within
"non_figures") is taken out of the outer one's time, so the shares add up to the whole. Timing costs two clock
reads a stage (about a microsecond): the pipeline times its steps once per report, which is nothing; finer
stages (one finder on one block) are timed only while `detail()` is on (the benchmark turns it on)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")

_totals: dict[str, float] = {}
_open: list[float] = []  # per open stage, the CPU time its inner stages took so far
_detail = False


@contextmanager
def stage(name: str) -> Iterator[None]:
    """Add the CPU time of the block, less that of the stages inside it, to stage `name`."""
    start = time.process_time()
    _open.append(0.0)
    try:
        yield
    finally:
        inner = _open.pop()
        elapsed = time.process_time() - start
        _totals[name] = _totals.get(name, 0.0) + elapsed - inner
        if _open:
            _open[-1] += elapsed


def timed(name: str, function: Callable[..., T], *arguments: object) -> T:
    """`function(*arguments)`, timed as stage `name`."""
    with stage(name):
        return function(*arguments)


def detail(on: bool | None = None) -> bool:
    """Whether fine stages are timed (set it with `on`)."""
    global _detail
    if on is not None:
        _detail = on
    return _detail


def totals() -> dict[str, float]:
    """CPU seconds per stage since the last `reset()`, the dearest first."""
    return dict(sorted(_totals.items(), key=lambda item: (-item[1], item[0])))


def reset() -> None:
    _totals.clear()
