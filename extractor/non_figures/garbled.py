"""Numbers of a passage whose text cannot be read as Dutch: a garbled text layer ("89FGHIJ;H:", a font with its
own encoding; a scan's noise) or another language ("Le conseil se réunit le 21 juin"). No figure is taken
from it; the page or report gets a warning (extractor/document/quality.py, which holds the measures)."""

from __future__ import annotations

import re

from extractor.document import quality
from extractor.nlp.language import letter_words, lower_words
from extractor.non_figures.base import Finder, NonFigure, Site

_MIN_WORDS = 4  # words (two letters or more) a block needs before it is judged
_GARBLED_BAR = 0.3  # share of Dutch words below which a block is garbled
_NAME = re.compile(r"^(?:[A-Z][a-z]+|[A-Z][A-Za-z]{0,4})$")  # "Roosendaal", "ZFG", "KvK": no garbled glyphs

def find(site: Site) -> list[NonFigure]:
    lower = lower_words(site.doc)
    if quality.noisy(site.text):
        return _numbers(lower, "garbled_text")
    words = [w for w in letter_words(site.doc) if len(w) > 1]
    if not words and not any(ch.isalpha() for ch in site.text) and site.previous is not None \
            and quality.noisy(site.previous.text) and any(ch.isalnum() for ch in site.previous.text):
        # (a table's rule "|------|-----:|" is no garbled label: no letter or digit in it)
        return _numbers(lower, "garbled_text")  # "456766 456766" under a garbled label: the same font's digits
    if len(words) < _MIN_WORDS or not quality.suspect(words):
        return []
    dutch = quality.known_share(words)
    if dutch < quality.DUTCH_BAR and _foreign(words, dutch):
        # another language reads it well although Dutch knows a third of its words: articles and loanwords
        # both languages share ("de", "en", "la", "rapport", "membres")
        return _numbers(lower, "foreign_text")
    if dutch >= _GARBLED_BAR:
        return []
    if any(token.like_email or token.like_url for token in site.doc):
        # a letterhead's or a colophon's contact line (an e-mail address or a website in it) is names: its
        # capitalised words and acronyms are no evidence of a garbled text layer
        words = [w for w, token in zip(lower, site.doc) if len(w) > 1 and w.isalpha() and not _NAME.match(token.text)
                 and not (token.like_email or token.like_url)]
        if len(words) < _MIN_WORDS or quality.known_share(words) >= _GARBLED_BAR:
            return []
    return _numbers(lower, "garbled_text")


def _foreign(words: list[str], dutch: float) -> bool:
    """Whether another language knows enough of the words, and more of them than Dutch does."""
    share = max(quality.known_share(words, language) for language in quality.OTHER_LANGUAGES)
    return share >= quality.OTHER_BAR and share > dutch


def _numbers(lower: list[str], kind: str) -> list[NonFigure]:
    return [NonFigure(kind, i, i + 1, f"non_figure.{kind}") for i, w in enumerate(lower)
            if any(ch.isdigit() for ch in w)]


FINDER = Finder(rank=5, find=find)
