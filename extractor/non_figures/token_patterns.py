"""The token patterns and token shapes of patterns/non_figures.yaml: "1 persoon = 1 stem", "niveau 1",
"om 19u30", "p. 4", "paritair comité 337"; each pattern's key is the kind of the exclusion."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass
from functools import cache

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from extractor.dutch import patterns, rules
from extractor.dutch.rules import Lists, TokenPatterns, Words, key
from extractor.nlp.language import digit_tokens, lower_words, pipeline, stop_words, word_set
from extractor.non_figures.base import Finder, NonFigure, Site, texts
from extractor.runtime.errors import PatternError

_REACH = 8  # tokens a pattern of patterns/non_figures.yaml reaches on either side of its anchor word


@rules.declares("non_figures")
@dataclass(frozen=True)
class _Patterns:
    patterns: TokenPatterns = key(description="spaCy Matcher token patterns by the kind of the exclusion: a "
                                              "number inside a match is no figure")
    token_shapes: Lists = key(description="Regular expressions of the lower-case text of one token that is no "
                                          "figure, by the kind of the exclusion")
    counts_after: Words = key(optional=True, description="Kinds of exclusion whose number, followed by a word of a "
                                                         "unit of patterns/units.yaml, is a count after all (‘De "
                                                         "Tweede Fase 268 leden’: the name ends in the word)")


@cache
def _rules() -> _Patterns:
    return rules.load(_Patterns, patterns.load("non_figures"))


@cache
def _matchers() -> tuple[tuple[bool, frozenset[str], frozenset[str], Matcher], ...]:
    """A Matcher per pattern of patterns/non_figures.yaml, with its anchor words (the pattern's most telling
    required token), whether they are to be met as written (ORTH) or in lower case, and the anchors in lower case
    (a block without one of them holds none as written either: its tokens' texts are not read). A pattern matches
    only around one of them, so each Matcher runs on the few tokens around its anchors in a block, not on the
    whole block: a Matcher call tests every token it is given."""
    matchers = []
    for name, token_patterns in _rules().patterns.items():
        for number, token_pattern in enumerate(token_patterns):
            anchors = _anchors(token_pattern)
            if anchors is None:
                raise PatternError(f"{patterns.patterns_dir() / 'non_figures.yaml'}: at $.patterns.{name}"
                                   f"[{number}]: a pattern needs a token with ORTH or LOWER words; a shape "
                                   "alone goes in token_shapes")
            matcher = Matcher(pipeline().vocab)
            matcher.add(name, [token_pattern])
            exact, words = anchors
            matchers.append((exact, words, frozenset(word.lower() for word in words), matcher))
    return tuple(matchers)


def _anchors(token_pattern: list[dict]) -> tuple[bool, frozenset[str]] | None:
    """The words of the pattern's most telling required token: one that is no function word if there is one
    ("stem" rather than "één" in "één stem per"), as a function word is in nearly every block; and whether the
    pattern asks them as written (ORTH: "EN" of "EN 50291" is met by no "en" of a sentence) or in lower case."""
    candidates: list[tuple[frozenset[str], bool, frozenset[str]]] = []  # (in lower case, as written?, the words)
    for token in token_pattern:
        op = str(token.get("OP", ""))
        if op in ("?", "*") or op.startswith("{0") or op.startswith("{,"):
            continue
        for attribute in ("ORTH", "LOWER"):
            value = token.get(attribute)
            values = [value] if isinstance(value, str) else value["IN"] if isinstance(value, dict) and "IN" in value \
                else None
            if values is not None:
                lower = frozenset(v.lower() for v in values)
                candidates.append((lower, True, frozenset(values)) if attribute == "ORTH" else (lower, False, lower))
    if not candidates:
        return None
    common = stop_words()
    chosen = min(candidates, key=lambda candidate: sum(1 for w in candidate[0] if w in common or not w.isalnum()))
    return chosen[1], chosen[2]


@cache
def _token_shapes() -> tuple[tuple[str, re.Pattern[str]], ...]:
    shapes = []
    for kind, expressions in _rules().token_shapes.items():
        for number, expression in enumerate(expressions):
            try:
                shapes.append((kind, re.compile(expression)))
            except re.error as error:
                raise PatternError(f"{patterns.patterns_dir() / 'non_figures.yaml'}: at $.token_shapes.{kind}"
                                   f"[{number}]: not a regular expression: {error}") from None
    return tuple(shapes)


# kinds whose label word and number stand on one line: "kader\n2024 was" is no label
_ONE_LINE = frozenset({"level", "section_label"})



def find(site: Site) -> list[NonFigure]:
    """A block without a digit can only hold the written numbers of the token patterns ("één stem per")."""
    return _matched(site.doc, site.starts, digits=site.digits, text=site.text)


def _matched(doc: Doc, line_starts: Container[int], digits: bool = True, text: str | None = None) -> list[NonFigure]:
    words = word_set(doc)
    strings = doc.vocab.strings
    found = []
    if digits:
        every = lower_words(doc)
        for i in digit_tokens(doc):  # a shape opens or ends with a digit
            word = every[i]
            if word[:1].isdigit() or word[-1:].isdigit():
                kind = next((kind for kind, shape in _token_shapes() if shape.match(word)), None)
                if kind:
                    found.append(NonFigure(kind, i, i + 1, f"non_figure.{kind}"))
    lower = lower_words(doc)
    written: list[str] = []
    written_set: frozenset[str] = frozenset()
    for exact, anchors, lowered, matcher in _matchers():
        if words.isdisjoint(lowered):
            continue  # no anchor in lower case, so none as written either
        if exact and not written:
            written = texts(doc, text)
            written_set = frozenset(written)
        if not exact or not written_set.isdisjoint(anchors):
            for start, end in _windows(written if exact else lower, anchors):
                for match_id, first, last in matcher(doc[start:end]):
                    name = strings[match_id]
                    first, last = first + start, last + start
                    if name in _ONE_LINE and _across_lines(doc[first:last], line_starts):
                        continue
                    if name in _rules().counts_after and _counted_after(doc, lower, last):
                        continue  # "telde De Tweede Fase 268 leden": a count, after a name that ends in the word
                    found.append(NonFigure(name, first, last, f"non_figure.{name}"))
    return sorted(found, key=lambda f: (f.start, -f.end))  # the longest match names the exclusion


def _counted_after(doc: Doc, lower: list[str], last: int) -> bool:
    """The match ends in a number and a unit's word follows it ("Fase 268 leden", "week 12 bezoekers")."""
    from extractor.figures.quantities import unit_of_word

    return last < len(lower) and doc[last - 1].like_num and unit_of_word(lower[last]) is not None


def _across_lines(span: Span, line_starts: Container[int]) -> bool:
    """Whether a match's label word and its number stand on two lines ("kader\n2024 was"); what the pattern
    asks after the number may open the next line (the title "Bestuursvergadering 4" over "Datum: ...")."""
    for token in span[1:]:
        if token.idx in line_starts:
            return True
        if token.like_num:
            return False
    return False


def _windows(lower: list[str], anchors: frozenset[str]) -> list[tuple[int, int]]:
    """The stretches of tokens within reach of an anchor word, overlapping stretches joined."""
    windows: list[tuple[int, int]] = []
    for i, word in enumerate(lower):
        if word in anchors:
            start, end = max(0, i - _REACH), min(len(lower), i + _REACH + 1)
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], end)
            else:
                windows.append((start, end))
    return windows


# the token patterns and shapes of patterns/non_figures.yaml
FINDER = Finder(rank=60, find=find, needs_digit=False)
