"""How the word lists of the pattern files are read, the one way every recogniser reads them: `as_words` (a set of
lower-case words) and `as_phrases` (lower-case word tuples, the longest first, so that "meer dan" is tried before
"meer")."""

from __future__ import annotations

from collections.abc import Iterable

Words = frozenset[str]
Phrases = tuple[tuple[str, ...], ...]


def as_words(items: Iterable[str]) -> Words:
    return frozenset(item.lower() for item in items)


def as_phrases(items: Iterable[str]) -> Phrases:
    """Each phrase once, as its lower-case words; the longest first, then in alphabetical order."""
    return tuple(sorted({tuple(item.lower().split()) for item in items}, key=lambda words: (-len(words), words)))
