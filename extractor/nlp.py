"""The spaCy pipeline: a blank Dutch tokenizer and a sentencizer, built once per process.

No trained model is needed or loaded; every rule on top of the tokens comes from patterns/. Blocks go
through `nlp.pipe` in batches.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc


@cache
def pipeline() -> Language:
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    return nlp


def analyse(texts: Iterable[str]) -> list[Doc]:
    return list(pipeline().pipe(texts, batch_size=256))


@cache
def stop_words() -> frozenset[str]:
    """spaCy's Dutch function words: words that never name what a figure counts."""
    return frozenset(pipeline().Defaults.stop_words)
