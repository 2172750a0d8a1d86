"""Tokens no figure may be taken from, each a named exclusion that becomes an entity `extract explain` shows:
dates and years, URLs, the token patterns of patterns/non_figures.yaml ("1 persoon = 1 stem", "niveau 1",
"om 19u30", "p. 4", "paritair comité 337"), and the recognisers of extractor/recognise/: identifiers (phone,
IBAN, BIC, enterprise and VAT numbers), addresses, layout numbers (lists, headings, tables of contents),
names that carry a number and the quoted text of the law."""

from __future__ import annotations

from functools import cache

from spacy.matcher import Matcher
from spacy.tokens import Doc

from extractor import patterns
from extractor.context import Context
from extractor.model import Block
from extractor.dates import DateMention, year_prepositions
from extractor.nlp import lower_words, pipeline, word_set
from extractor.quantities import unit_of_word
from extractor.recognise import addresses, identifiers, law_quotes, layout_numbers, names
from extractor.recognise.non_figure import NonFigure, line_edges
from extractor.records import Entity


@cache
def _matchers() -> tuple[tuple[frozenset[str] | None, Matcher], ...]:
    """The Matchers of patterns/non_figures.yaml: one per pattern that names a word a block must hold for
    it to match there, and one for all the patterns that are shapes only (run on every block)."""
    vocab = pipeline().vocab
    matchers = []
    shapes = Matcher(vocab)
    for name, token_patterns in patterns.load("non_figures")["patterns"].items():
        for token_pattern in token_patterns:
            anchors = _anchors(token_pattern)
            if anchors is None:
                shapes.add(name, [token_pattern])
                continue
            matcher = Matcher(vocab)
            matcher.add(name, [token_pattern])
            matchers.append((anchors, matcher))
    matchers.append((None, shapes))
    return tuple(matchers)


def _anchors(token_pattern: list[dict]) -> frozenset[str] | None:
    for token in token_pattern:
        if token.get("OP") in ("?", "*") or str(token.get("OP", "")).startswith("{0"):
            continue
        for attribute in ("ORTH", "LOWER"):
            value = token.get(attribute)
            if isinstance(value, str):
                return frozenset([value.lower()])
            if isinstance(value, dict) and "IN" in value:
                return frozenset(v.lower() for v in value["IN"])
    return None


def exclude(context: Context, dates: list[list[DateMention]]) -> list[Entity]:
    """Mark the tokens of every block that are not figures; each exclusion found becomes an entity."""
    entities: list[Entity] = []
    for index, doc in enumerate(context.docs):
        for date in dates[index]:
            following = doc[date.end].text if date.end < len(doc) else ""
            preceding = doc[date.start - 1].lower_ if date.start else ""
            if (date.precision == "year" and date.end - date.start == 1 and unit_of_word(following)
                    and preceding not in year_prepositions()):
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
        for found in non_figures(context.blocks[index], doc, previous):
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
    if not any(c.isdigit() for c in block.text):
        return law_quotes.find(doc) + _matched(doc, frozenset())
    starts, _ = line_edges(block)
    found = identifiers.find(doc)
    found += addresses.find(doc, starts)
    found += law_quotes.find(doc)
    found += layout_numbers.find(block, doc, previous)
    found += names.find(doc, starts)
    found += _matched(doc, starts)
    return found


# kinds whose label word and number stand on one line: "kader\n2024 was" is no label
_ONE_LINE = frozenset({"level", "section_label"})


def _matched(doc: Doc, line_starts: frozenset[int]) -> list[NonFigure]:
    words = word_set(doc)
    strings = doc.vocab.strings
    found = []
    for anchors, matcher in _matchers():
        if anchors is None or words & anchors:
            for match_id, start, end in matcher(doc):
                name = strings[match_id]
                if name in _ONE_LINE and any(t.idx in line_starts for t in doc[start + 1:end]):
                    continue
                found.append(NonFigure(name, start, end, f"non_figure.{name}"))
    return sorted(found, key=lambda f: (f.start, -f.end))  # the longest match names the exclusion


def _holds_number(doc: Doc, found: NonFigure) -> bool:
    """An exclusion is worth an entity when it holds a number ("tel." alone excludes nothing)."""
    return any(t.like_num or any(c.isdigit() for c in t.text) for t in doc[found.start:found.end])
