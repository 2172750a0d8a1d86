"""The table of the nine conditions of art. 8:5 WVV: which block answers which condition.

A paragraph or table cell whose text matches a condition of patterns/conditions.yaml (rapidfuzz) is that
condition; the block that answers it is the other cell of its row (Markdown tables) or, when the columns
came out one after the other (text from PDF), the next block.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, utils

from extractor import patterns
from extractor.model import Block


@dataclass(frozen=True)
class ConditionMatch:
    condition: int
    score: float
    block: int  # the block that states the condition
    answer: int  # the block that answers it


@cache
def _conditions() -> tuple[dict[int, str], float]:
    data = patterns.load("conditions")
    texts = {int(number): utils.default_process(item["text"]) for number, item in data["conditions"].items()}
    return texts, float(data["min_score"])


def match_conditions(blocks: list[Block]) -> list[ConditionMatch]:
    texts, min_score = _conditions()
    matches: list[ConditionMatch] = []
    for index, block in enumerate(blocks):
        if block.kind == "cell" and block.cell != 0:
            continue
        text = utils.default_process(block.text)
        best = (0.0, 0)
        for number, condition in texts.items():
            if not 0.6 * len(condition) <= len(text) <= 1.6 * len(condition):
                continue
            score = max(fuzz.ratio(text, condition), fuzz.token_sort_ratio(text, condition))
            best = max(best, (score, number))
        if best[0] >= min_score:
            answer = _answer(blocks, index)
            if answer is not None:
                matches.append(ConditionMatch(best[1], round(best[0], 1), index, answer))
    return matches


def _answer(blocks: list[Block], index: int) -> int | None:
    block = blocks[index]
    if block.kind == "cell":
        for other in range(index + 1, len(blocks)):
            if blocks[other].row != block.row:
                return None
            if blocks[other].cell == 1:
                return other
        return None
    return index + 1 if index + 1 < len(blocks) else None
