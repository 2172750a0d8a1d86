"""Names that carry a number: "SIP 2", "COVID 19" (an upper-case name before a number), "Turbine 2",
"strategie 2025", "site 3" (a noun of patterns/non_figures.yaml `name_heads` before a number). Dutch puts a
count before what it counts ("3 windturbines"); a number after a singular name names one of them.
"""

from __future__ import annotations

import re

from extractor.nlp.language import digit_tokens, lower_words, stop_words
from extractor.figures.quantities import unit_of_word
from extractor.non_figures.base import Finder, NonFigure, Site, texts, words

_BARE = re.compile(r"^\d{1,4}[a-z]?$")


def find(site: Site) -> list[NonFigure]:
    """A name never ends one line with its number on
    the next ("... een veilig kader\n2024 was een goed jaar")."""
    doc, line_starts = site.doc, site.starts
    lexicon = words()
    lower = lower_words(doc)
    text = texts(doc)
    found = []
    for i in (j - 1 for j in digit_tokens(doc) if j):  # the word before a token with a digit
        if not text[i + 1][:1].isdigit() or not _BARE.match(text[i + 1]) or doc[i + 1].idx in line_starts \
                or _counts(text, lower, i + 2):
            continue
        word = text[i]
        if (2 <= len(word) <= 6 and word.isupper() and word.isalpha() and lower[i] not in lexicon.not_name_acronyms
                and not unit_of_word(lower[i])):
            found.append(NonFigure("named_number", i, i + 2, "non_figure.named_number.acronym"))
        elif lower[i] in lexicon.name_heads and (i == 0 or lower[i - 1] not in lexicon.name_head_counters):
            found.append(NonFigure("named_number", i, i + 2, "non_figure.named_number.name"))
    return found


def _counts(text: list[str], lower: list[str], j: int) -> bool:
    """The word at `j` is what a number before it would count: a unit, or a plural noun ("groep 30 jongeren")."""
    if j >= len(text):
        return False
    word = lower[j]
    if unit_of_word(word):
        return True
    return text[j].isalpha() and word == text[j] and word not in stop_words() and (
        word.endswith("en") or word.endswith("s"))


# names that carry a number
FINDER = Finder(rank=50, find=find)
