"""Tokens no figure may be taken from, each a named exclusion that becomes an entity `extract explain` shows:
dates and years, URLs, the token patterns of patterns/non_figures.yaml ("1 persoon = 1 stem", "niveau 1",
"om 19u30", "p. 4", "paritair comité 337"), and the recognisers of extractor/recognise/: identifiers (phone,
IBAN, BIC, enterprise and VAT numbers), addresses, layout numbers (lists, headings, tables of contents),
names that carry a number and the quoted text of the law."""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache

from spacy.matcher import Matcher
from spacy.tokens import Doc

from extractor.dutch import patterns
from extractor.recognise.context import Context
from extractor.document.model import Block
from extractor.dutch.dates import DateMention, DatesByBlock, year_prepositions
from extractor.runtime.errors import PatternError
from extractor.nlp.language import lower_words, pipeline, stop_words, word_set
from extractor.figures.quantities import unit_of_word
from extractor.non_figures import addresses
from extractor.non_figures import identifiers
from extractor.non_figures import law_quotes
from extractor.non_figures import layout_numbers
from extractor.non_figures import legal_numbers
from extractor.non_figures import names
from extractor.non_figures import ordinals
from extractor.non_figures.base import NonFigure, line_edges, texts
from extractor.records import Entity


_REACH = 8  # tokens a pattern of patterns/non_figures.yaml reaches on either side of its anchor word


@cache
def _matchers() -> tuple[tuple[frozenset[str], Matcher], ...]:
    """A Matcher per pattern of patterns/non_figures.yaml, with its anchor words (the pattern's most telling
    required token). A pattern matches only around one of them, so each Matcher runs on the few tokens
    around its anchors in a block, not on the whole block: a Matcher call tests every token it is given."""
    matchers = []
    for name, token_patterns in patterns.load("non_figures")["patterns"].items():
        for number, token_pattern in enumerate(token_patterns):
            words = _anchors(token_pattern)
            if words is None:
                raise PatternError(f"{patterns.patterns_dir() / 'non_figures.yaml'}: at $.patterns.{name}"
                                   f"[{number}]: a pattern needs a token with ORTH or LOWER words; a shape "
                                   "alone goes in token_shapes")
            matcher = Matcher(pipeline().vocab)
            matcher.add(name, [token_pattern])
            matchers.append((words, matcher))
    return tuple(matchers)


def _anchors(token_pattern: list[dict]) -> frozenset[str] | None:
    """The words of the pattern's most telling required token: one that is no function word if there is one
    ("stem" rather than "één" in "één stem per"), as a function word is in nearly every block."""
    candidates = []
    for token in token_pattern:
        op = str(token.get("OP", ""))
        if op in ("?", "*") or op.startswith("{0") or op.startswith("{,"):
            continue
        for attribute in ("ORTH", "LOWER"):
            value = token.get(attribute)
            if isinstance(value, str):
                candidates.append(frozenset([value.lower()]))
            elif isinstance(value, dict) and "IN" in value:
                candidates.append(frozenset(v.lower() for v in value["IN"]))
    if not candidates:
        return None
    common = stop_words()
    return min(candidates, key=lambda words: sum(1 for w in words if w in common or not w.isalnum()))


@cache
def _token_shapes() -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = patterns.load("non_figures")
    shapes = []
    for kind, expressions in data["token_shapes"].items():
        for number, expression in enumerate(expressions):
            try:
                shapes.append((kind, re.compile(expression)))
            except re.error as error:
                raise PatternError(f"{patterns.patterns_dir() / 'non_figures.yaml'}: at $.token_shapes.{kind}"
                                   f"[{number}]: not a regular expression: {error}") from None
    return tuple(shapes)


def exclude(context: Context, dates: DatesByBlock) -> list[Entity]:
    """Mark the tokens of every block that are not figures; each exclusion found becomes an entity."""
    entities: list[Entity] = []
    sections = layout_numbers.section_numbers(context.blocks)  # "3 Realisaties", counting up
    for index, doc in context.analysed():
        for date in dates[index]:
            following = doc[date.end].text if date.end < len(doc) else ""
            preceding = doc[date.start - 1].lower_ if date.start else ""
            unit_opens_next = date.end + 1 < len(doc) and doc[date.end + 1].text[:1].isdigit()  # "2021 € 5"
            if (date.precision == "year" and date.end - date.start == 1 and unit_of_word(following)
                    and preceding not in year_prepositions() and not unit_opens_next):
                continue  # "2000 deelnemers" counts people; "sinds 2018 lid" is still a year
            context.exclude(index, date.start, date.end)
            if date.precision != "year":
                entities.append(Entity("DATE", doc[date.start:date.end].text,
                                       context.locate_tokens(index, date.start, date.end), "date.month_name",
                                       value=date.value))
        for i, word in enumerate(lower_words(doc)):
            # spaCy's like_url needs a "." or a "://": test only those tokens (a Token object per token is slow)
            if ("." in word or ":" in word) and doc[i].like_url:
                context.exclude(index, i, i + 1)
                entities.append(Entity("URL", doc[i].text, context.locate_tokens(index, i, i + 1), "url"))
        previous = context.blocks[index - 1] if index else None
        kept: set[int] = set()
        section = [sections[index]] if index in sections else []
        for found in section + non_figures(context.blocks[index], doc, previous):
            context.exclude(index, found.start, found.end)
            if kept.isdisjoint(range(found.start, found.end)) and _holds_number(doc, found):
                kept.update(range(found.start, found.end))
                entities.append(Entity(found.kind.upper(), doc[found.start:found.end].text,
                                       context.locate_tokens(index, found.start, found.end), found.rule,
                                       value=found.value))
    return entities


def non_figures(block: Block, doc: Doc, previous: Block | None = None) -> list[NonFigure]:
    """Every number of one block that is no figure, the surest kinds first (a checksum before a shape).
    A block without a digit can only hold the written numbers of the token patterns and the law's quotes."""
    if not _DIGIT.search(block.text):
        return law_quotes.find(doc, block.text) + _matched(doc, line_edges(block)[0], digits=False) \
            + ordinals.find(doc)
    texts(doc, block.text)  # the tokens' texts, for the recognisers below
    edges = line_edges(block)
    starts = edges[0]
    found = identifiers.find(doc, block.text)
    found += addresses.find(doc, starts)
    found += law_quotes.find(doc, block.text)
    found += layout_numbers.find(block, doc, previous, edges)
    found += names.find(doc, starts)
    found += _matched(doc, starts)
    found += legal_numbers.find(doc, block.text)
    found += ordinals.find(doc)
    return found


_DIGIT = re.compile(r"\d")
# kinds whose label word and number stand on one line: "kader\n2024 was" is no label
_ONE_LINE = frozenset({"level", "section_label"})


def _matched(doc: Doc, line_starts: Container[int], digits: bool = True) -> list[NonFigure]:
    words = word_set(doc)
    strings = doc.vocab.strings
    found = []
    if digits:
        for i, word in enumerate(lower_words(doc)):
            if word[:1].isdigit() or word[-1:].isdigit():
                kind = next((kind for kind, shape in _token_shapes() if shape.match(word)), None)
                if kind:
                    found.append(NonFigure(kind, i, i + 1, f"non_figure.{kind}"))
    lower = lower_words(doc)
    for anchors, matcher in _matchers():
        if words & anchors:
            for start, end in _windows(lower, anchors):
                for match_id, first, last in matcher(doc[start:end]):
                    name = strings[match_id]
                    first, last = first + start, last + start
                    if name in _ONE_LINE and any(t.idx in line_starts for t in doc[first + 1:last]):
                        continue
                    found.append(NonFigure(name, first, last, f"non_figure.{name}"))
    return sorted(found, key=lambda f: (f.start, -f.end))  # the longest match names the exclusion


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


def _holds_number(doc: Doc, found: NonFigure) -> bool:
    """An exclusion is worth an entity when it holds a number ("tel." alone excludes nothing)."""
    return any(t.like_num or any(c.isdigit() for c in t.text) for t in doc[found.start:found.end])
