"""Tokens no figure may be taken from, each a named exclusion that becomes an entity `extract explain` shows:
dates and years, URLs, section numbers of headings counting up, and what the finders of this folder find (one
`FINDER` per module, base.Finder: identifiers, addresses, the law's quotes, layout numbers, names that carry a
number, the token patterns of patterns/non_figures.yaml, the subdivisions of the law, ordinals).

To add a kind of non-figure that needs code: a module in this folder with `find(site) -> list[NonFigure]` and a
`FINDER = Finder(rank=..., find=find)`, and its words and examples in patterns/non_figures.yaml (a section
named after the module, read with base.finder_words). The registry finds the module by itself."""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache

from spacy.tokens import Doc

from extractor.recognise.context import Context
from extractor.recognise.window import Recogniser, Window
from extractor.document.model import Block
from extractor.dutch.dates import DatesByBlock, year_prepositions
from extractor.nlp.language import lower_words
from extractor.figures.quantities import unit_of_word
from extractor.non_figures import layout_numbers
from extractor.non_figures.base import Finder, NonFigure, site, texts
from extractor.records import Entity
from extractor.runtime import stages


def exclude(context: Context, dates: DatesByBlock) -> list[Entity]:
    """Mark the tokens of every block that are not figures; each exclusion found becomes an entity."""
    entities: list[Entity] = []
    sections = layout_numbers.section_numbers(context.blocks)  # "3 Realisaties", counting up
    contents_rows = layout_numbers.contents_pages(context.blocks, context.document.pages)  # "Balans | 4-5"
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
        if index in contents_rows and (page := doc.char_span(*contents_rows[index], alignment_mode="expand")):
            section.append(NonFigure("toc_page", page.start, page.end, "non_figure.toc_page.rows"))
            if len(doc) > 1 and _ROW_SECTION.match(doc[0].text) and doc[1].text[:1].isupper():
                # "1 Algemeen | 1": the section's number that opens a row of contents is no count of its title
                section.append(NonFigure("section_number", 0, 1, "non_figure.section_number.contents"))
        found_here = section + non_figures(context.blocks[index], doc, previous)
        undated = [(found.start, found.end) for found in found_here if found.kind in _HOLD_NO_DATE]
        if undated:  # "EN 50291-1: 2018": the year of a standard's edition dates no figure near it
            dates[index][:] = [d for d in dates[index] if not any(s <= d.start < e for s, e in undated)]
        for found in found_here:
            if found.kind == "rubric_code" and _in_dated_column(context, index, found.start):
                continue  # "Loonkosten   944   1.020" under "2021 2022": the first year's amount, no code
            if found.kind == "toc_page" and found.rule != "non_figure.toc_page.rows" \
                    and context.table_cell(index, found.start) is not None:
                continue  # "Omzet ........ 872" in a table of figures (its numbers are no pages that go up)
            context.exclude(index, found.start, found.end)
            if kept.isdisjoint(range(found.start, found.end)) and _holds_number(doc, found):
                kept.update(range(found.start, found.end))
                entities.append(Entity(found.kind.upper(), doc[found.start:found.end].text,
                                       context.locate_tokens(index, found.start, found.end), found.rule,
                                       value=found.value))
    return entities


def _in_dated_column(context: Context, index: int, token: int) -> bool:
    cell = context.table_cell(index, token)
    return cell is not None and cell.table.columns[cell.cell.column].period is not None


@cache
def finders() -> tuple[Finder, ...]:
    """The `FINDER` of every module of this folder, by rank: a module that finds numbers which are no figures
    declares one, and nothing else needs to name it."""
    package = importlib.import_module(__package__)
    found = []
    for module in pkgutil.iter_modules(package.__path__):
        finder = getattr(importlib.import_module(f"{__package__}.{module.name}"), "FINDER", None)
        if isinstance(finder, Finder):
            found.append(finder)
    return tuple(sorted(found, key=lambda finder: finder.rank))


def non_figures(block: Block, doc: Doc, previous: Block | None = None) -> list[NonFigure]:
    """Every number of one block that is no figure, by every finder in the order of their ranks. A block
    without a digit goes only to the finders of written numbers."""
    digits = bool(_DIGIT.search(block.text))
    if digits:
        texts(doc, block.text)  # the tokens' texts, made once for the finders
    where = site(block, doc, previous, digits)
    if stages.detail():  # each finder's time a stage of its own (the benchmark's shares)
        return [found for finder in finders() if digits or not finder.needs_digit
                for found in stages.timed(f"non_figures.{finder.find.__module__.rsplit('.', 1)[-1]}", finder.find,
                                          where)]
    return [found for finder in finders() if digits or not finder.needs_digit for found in finder.find(where)]


_DIGIT = re.compile(r"\d")
_ROW_SECTION = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?$")
_HOLD_NO_DATE = frozenset(["standard", "header_year"])  # a year in them is no date of the text


def _holds_number(doc: Doc, found: NonFigure) -> bool:
    """An exclusion is worth an entity when it holds a number ("tel." alone excludes nothing)."""
    return any(t.like_num or any(c.isdigit() for c in t.text) for t in doc[found.start:found.end])


def _run(window: Window) -> None:
    window.found.entities += exclude(window.context, window.dates)


RECOGNISER = Recogniser("non_figures", _run)
