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


_LOWER_KEY = "extractor.lower"


def lower_words(doc: Doc) -> list[str]:
    """The lower-case text of every token of `doc`, made once per Doc (several recognisers walk it; each
    walk over a Doc makes a Token object per token). Read it, never change it."""
    words = doc.user_data.get(_LOWER_KEY)
    if words is None:
        words = doc.user_data[_LOWER_KEY] = [t.lower_ for t in doc]
    return words



def word_set(doc: Doc) -> frozenset[str]:
    """The distinct lower-case words of `doc`, made once per Doc: a cheap test before running a Matcher."""
    words = doc.user_data.get(_SET_KEY)
    if words is None:
        words = doc.user_data[_SET_KEY] = frozenset(lower_words(doc))
    return words


_SET_KEY = "extractor.words"


@cache
def stop_words() -> frozenset[str]:
    """spaCy's Dutch function words: words that never name what a figure counts."""
    return frozenset(pipeline().Defaults.stop_words)


@cache
def lemma(word: str) -> str:
    """The dictionary form of a lower-case Dutch word ("windturbines" -> windturbine, "traden" -> treden).

    simplemma's Dutch tables, installed with the package and read offline, once per process on first use;
    chosen over spaCy's lookup tables (spacy-lookups-data) because it knows the irregular plurals those miss
    ("gezinnen", "kinderen", "scholen", "bedrijven", "werkdagen") and weighs 19 MB against 99 MB. Its marks
    of a separable verb ("uit_geven") are dropped."""
    import simplemma

    return simplemma.lemmatize(word, lang="nl").replace("_", "").lower()
