"""The year the organisation was founded, where the document says it ("De coöperatie werd opgericht in 2016",
"sinds de oprichting in 2015", "Oprichting: 12 maart 2019"): a year at most FOUNDING_REACH words after a founding
word of patterns/dates.yaml, in one sentence. A figure counted "sinds de oprichting" runs from that year."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from extractor.document.model import Block
from extractor.dutch.dates import founding_cues, founding_of_other, founding_words

FOUNDING_REACH = 6  # words between the founding word and its year at most: "opgericht op 12 maart 2019"


@cache
def _pattern() -> re.Pattern[str]:
    words = "|".join(sorted((re.escape(w) for w in founding_words()), key=len, reverse=True))
    other = "|".join(r"\s+".join(re.escape(w) for w in phrase) for phrase in founding_of_other()) or "(?!)"
    return re.compile(rf"(?i)\b(?:{words})\b(?!\s+(?:{other})\b)(?:[^\w.;!?\n]*\w+){{0,{FOUNDING_REACH}}}?"
                      rf"[^\w.;!?\n]*\b((?:19|20)\d\d)\b")


def founding_year(blocks: Sequence[Block]) -> int | None:
    """The earliest year the document's sentences give its founding, or None."""
    years = [int(match.group(1)) for block in blocks for match in _pattern().finditer(block.text)]
    return min(years) if years else None


def counts_from_founding(sentence: str) -> bool:
    """The sentence counts from the founding ("Sinds de oprichting investeerden we 2,1 miljoen euro")."""
    words = re.findall(r"\w+", sentence.lower())
    return any(tuple(words[i:i + len(cue)]) == cue for cue in founding_cues() for i in range(len(words)))
