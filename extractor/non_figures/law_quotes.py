"""Numbers inside the quoted text of the law: a sentence that names the law (a cue of
patterns/non_figures.yaml: "WVV", "wet", "besluit", "bepaalt") and quotes it ("…", “…”, «…», „…”) quotes
the law's numbers, not the year's ("de wet bepaalt: “niet meer dan een tiende van de stemmen”").
The conditions table, where a report restates the nine conditions of art. 8:5 WVV, is found by
extractor/recognise/conditions/ and excluded whole by the pipeline.
"""

from __future__ import annotations

import re

from extractor.nlp.language import lower_words, sentence_of
from extractor.non_figures.base import Finder, NonFigure, Site, token_span, words

_QUOTED = re.compile(r"“[^“”]{3,}”|„[^„“”]{3,}[“”]|«[^«»]{3,}»|\"[^\"]{3,}\"|‘[^‘’]{12,}’(?!\w)")
_QUOTES = "“„«\"‘"
_WINDOW = 30  # tokens before a quote where the law may be named


def find(site: Site) -> list[NonFigure]:
    doc, text = site.doc, site.text
    if not any(q in text for q in _QUOTES):
        return []
    cues = words().cues["law"]
    lower = lower_words(doc)
    found = []
    for match in _QUOTED.finditer(text):
        span = token_span(doc, match.start(), match.end())
        if span is None:
            continue
        start, end = span
        sentence = sentence_of(doc, start)
        context = lower[max(sentence.start, start - _WINDOW):end]
        if any(word.strip(".,:;()") in cues for word in context) and any(
                t.like_num or t.text[:1].isdigit() for t in doc[start:end]):
            found.append(NonFigure("law_quote", start, end, "non_figure.law_quote"))
    return found


# the quoted text of the law
FINDER = Finder(rank=30, find=find, needs_digit=False)
