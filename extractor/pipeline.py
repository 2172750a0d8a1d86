"""One report file in, one report dict out: read → normalise → analyse → recognise → report.

A report of any length is read in bounded memory: its blocks are analysed (spaCy) and recognised in
*windows* of consecutive blocks of about `window_chars()` characters, and each window's Docs are let go
before the next window's are made. A report shorter than one window (nearly every report) is one window:
analysed once, exactly as a whole. A longer one is read twice, window by window: a light pass that keeps
only the dates found in each block (no Doc), for what needs the whole document, then the recognising pass.

What looks beyond one block, read from the recognisers, and how the windows keep it whole:

- the fiscal year (`metadata.fiscal_year`): every explicit year of every block's dates, and the blocks' text
  (the title, "boekjaar 2023"): the light pass finds every block's dates first;
- the year of a date written without one (`dates.YearResolver`): the year of the heading above its block and
  of the last day or month dated in its section, carried from block to block in reading order across windows;
- the table of the nine conditions (`conditions.match_conditions`: runs of units with gaps, a condition's
  answer in the blocks after it or the one before it): read from the blocks' text, all of them, before the
  first window; each window then excludes the statements of its own blocks;
- an article that names no instrument is one of the statutes when the statutes are spoken of in the blocks
  just before it (`references._near`), or the company code when the code is: the blocks' text, all at hand;
- a layout number ("2." opening a list) is judged with the block before it (`exclusions.non_figures`): its
  text, at hand;
- the organisation, title and enterprise number (`metadata.describe`): the blocks' text and the furniture;
- the relations of figures (a part and its whole, a split given in the next sentence: `report.build`) are
  read from the indicator records of the whole report, made after the last window.

Everything else a recogniser reads is the Doc of the block it is in (its sentences, tokens, the sentences
after a meeting's): no window needs a margin of Docs from its neighbours, and each block is recognised in
exactly one window. `Context.doc()` refuses a block outside the window, so a recogniser that came to need a
neighbour's Doc would fail in tests/test_windows.py instead of reading the wrong one.
"""

from __future__ import annotations

import os
from pathlib import Path

from extractor import report
from extractor.document import quality
from extractor.recognise import articles
from extractor.recognise import metadata
from extractor.recognise.context import Context
from extractor.recognise.window import ConditionMatch, Found, Recogniser, Window
from extractor.dutch.dates import DateMention, YearResolver, find_dates
from extractor.document.model import Block, Document, Location, Notice, SourceLine
from extractor.nlp.language import analyse
from extractor.document.normalise import normalise
from extractor.document.tables import find_tables
from extractor.document.readers import read_document
from extractor.recognise import conditions, meetings, references
from extractor.non_figures import registry as exclusions
from extractor.figures import indicators
from extractor.figures.periods import is_split
from extractor.records import Entity, LegalReference, StatuteReference
from extractor.runtime.stages import stage

# The recognisers, in the order each needs the ones before it: the non-figures and the conditions' quotes of
# the law mark the tokens no figure may be taken from; the references come before the figures (their article
# numbers are no figures) and before the meetings (a meeting acted on the articles of its block).
RECOGNISERS: tuple[Recogniser, ...] = (exclusions.RECOGNISER, conditions.RECOGNISER, references.RECOGNISER,
                                       indicators.RECOGNISER, meetings.RECOGNISER)

# characters of clean text analysed at a time: the Docs of one window (about 90 MB per million characters,
# with what the recognisers keep on them) are the part of the memory that no longer grows with the report
WINDOW_CHARS = 1_000_000
WINDOW_VARIABLE = "EXTRACTOR_WINDOW_CHARS"  # overrides WINDOW_CHARS (benchmarks, tests)


def window_chars() -> int:
    value = os.environ.get(WINDOW_VARIABLE, "")
    return int(value) if value.isdigit() and int(value) > 0 else WINDOW_CHARS


def windows(blocks: list[Block], size: int) -> list[range]:
    """Consecutive runs of blocks, each of at least `size` characters but the last, that cover every block
    exactly once; a block longer than `size` is a window of its own. Fewer than `size` characters in all:
    one window."""
    found: list[range] = []
    start, length = 0, 0
    for index, block in enumerate(blocks):
        length += len(block.text)
        if length >= size:
            found.append(range(start, index + 1))
            start, length = index + 1, 0
    if start < len(blocks) or not found:
        found.append(range(start, len(blocks)))
    return found


def extract_file(path: Path, fiscal_year: int | None = None, organisation: str | None = None) -> dict:
    with stage("read"):
        document = read_document(path)
    return extract_document(document, fiscal_year, organisation)


def extract_text(text: str, fiscal_year: int | None = None, fmt: str = "text",
                 name: str = "snippet.txt") -> dict:
    """A report dict for a piece of text held in memory (pattern examples, tests)."""
    lines = [SourceLine(page=None, number=i, text=line) for i, line in enumerate(text.split("\n"), start=1)]
    document = Document(path=Path(name), format=fmt, sha256="0" * 64, lines=lines)  # type: ignore[arg-type]
    return extract_document(document, fiscal_year)


def extract_document(document: Document, fiscal_year: int | None = None,
                     organisation: str | None = None, window: int | None = None) -> dict:
    """`window`: characters analysed at a time (default `window_chars()`)."""
    with stage("tables"):
        tables = find_tables(document)  # before normalising: a table's rows are blocks, its cells no furniture
    with stage("normalise"):
        blocks = normalise(document, tables)
    runs = windows(blocks, window or window_chars())
    with stage("spacy"):
        whole = analyse(block.text for block in blocks) if len(runs) == 1 else None
    with stage("dates"):
        undated = [find_dates(doc, None) for doc in whole] if whole is not None else _light_pass(blocks, runs)
    with stage("conditions_table"):  # from the blocks' text: the whole table, whatever the windows
        table = conditions.match_conditions(blocks, document.lines)
    with stage("metadata"):
        kind = articles.document_kind(blocks, conditions_table=bool(table), document=document)
        period = metadata.fiscal_period(document, blocks, undated, fiscal_year, kind)
    year, year_source = period.year, period.source
    if fiscal_year is not None:  # the option wins; a text that names another year is worth a warning
        stated, source = metadata.fiscal_year(document, blocks, undated, None, kind)
        if source == "text" and stated != fiscal_year:
            document.notices.append(Notice.of("report.fiscal_year_differs", given=fiscal_year, stated=stated))
    with stage("conditions_table"):
        answers = conditions.answer_spans(table)
        for index, spans in conditions.echo_spans(blocks, table).items():  # the table's articles cited again later
            answers.setdefault(index, []).extend(spans)
    with stage("metadata"):
        meta = metadata.describe(document, blocks, year, year_source, organisation, period.period, period.end)
    context = Context(document, blocks, [], year)  # locations only
    table_json = [{"condition": match.condition, "score": match.score,
                   "location": context.locate(match.block, match.statement.start,
                                              match.statement.start + 1).to_json(),
                   "answer": {"text": blocks[match.answer].text[match.answers[0].start:match.answers[0].end],
                              "location": context.locate(match.answer, match.answers[0].start,
                                                         match.answers[0].start + 1).to_json()}}
                  for match in table]
    # dates without a year take the year of their heading or section, the fiscal year only when nothing else
    resolver = YearResolver(year, period.end if is_split(period.period) else None)
    found = Found()
    for run in runs:
        with stage("spacy"):
            docs = whole if whole is not None else analyse(blocks[index].text for index in run)
        context = Context(document, blocks, docs, year, first=run.start, tables=tables, fiscal_period=period.period,
                          fiscal_year_end=period.end)
        with stage("dates"):
            dates = {index: resolver.resolve(blocks[index], doc, undated[index]) for index, doc in context.analysed()}
        _recognise(context, dates, [match for match in table if match.block in run], answers, found)
        del docs, context  # the window's Docs go before the next window's are made
    del whole, blocks, undated  # what the report is built of is in its records: the text goes before they do
    found.meetings = meetings.settle_years(found.meetings)  # a month-only meeting dated elsewhere in full
    with stage("quality"):
        text_notices, garbled, foreign = quality.judge(document)
    if foreign:  # a page in another language: its figures are withheld, the warning says so; in a document
        language = quality.foreign_language(text_notices)  # without pages, those of its lines that are no Dutch
        text = {line.number: line.text for line in document.lines} if language else {}
        found.indicators = [i for i in found.indicators if i.location.page not in foreign
                            or language and quality.dutch_text(text.get(i.location.line, ""), language)]
    if garbled:  # a garbled page: the figures of its garbled lines are withheld, those of its readable rows kept
        # a PDF row may hold several lines (columns, cells, a bullet): the figure's own line, by its column
        rows: dict[tuple[int | None, int], list[SourceLine]] = {}
        for line in document.lines:
            if line.page in garbled:
                rows.setdefault((line.page, line.number), []).append(line)

        def own_line(location: Location) -> str:
            row = rows.get((location.page, location.line), [])
            return next((line.text for line in row if line.offset < location.column <= line.offset + len(line.text)),
                        "")

        found.indicators = [i for i in found.indicators if i.location.page not in garbled
                            or not quality.garbled_line(own_line(i.location))]
    if kind == "statutes":  # statutes' numbers are rules ("ten minste drie leden", "binnen zes maanden"), article
        found.indicators = []  # and page numbers, a deed's founders and addresses: no figure a report gives
    notices = list(document.notices) + _notices(document, meta, found.indicators, kind, foreign=None in foreign) \
        + text_notices + _passage_notices(found.entities)
    statute_references = [f.record for f in found.references if isinstance(f.record, StatuteReference)]
    headings = articles.articles(document) if kind == "statutes" else []
    if headings:  # statutes name their own articles in headings: articles, no references to them; nor in the
        at = {(a.location.page, a.location.line, a.article) for a in headings}  # lines of their contents
        contents = articles.contents_lines(document)
        statute_references = [r for r in statute_references
                              if (r.location.page, r.location.line, r.article.lower()) not in at
                              and (r.location.page, r.location.line) not in contents]
    with stage("report"):
        return report.build(
            document, meta, found.indicators, statute_references,
            [f.record for f in found.references if isinstance(f.record, LegalReference)],
            found.meetings, found.entities + found.reference_entities + found.meeting_entities, notices, table_json,
            kind=kind, articles=[a.to_json() for a in headings])


def _light_pass(blocks: list[Block], runs: list[range]) -> list[list[DateMention]]:
    """The dates of every block, found without a year, window by window: each window's Docs are let go once
    their dates are found."""
    undated: list[list[DateMention]] = []
    for run in runs:
        undated.extend(find_dates(doc, None) for doc in analyse(blocks[index].text for index in run))
    return undated


def _recognise(context: Context, dates: dict[int, list[DateMention]], table: list[ConditionMatch],
               answers: dict[int, list[tuple[int, int, int]]], found: Found) -> None:
    """Every recogniser over the blocks of one window, in the order of RECOGNISERS."""
    window = Window(context, dates, table, answers)
    for recogniser in RECOGNISERS:
        with stage(recogniser.name):
            recogniser.run(window)
    found.extend(window.found)


def _passage_notices(entities: list[Entity]) -> list[Notice]:
    """A warning for the first passage of each kind whose figures were withheld: not Dutch, or garbled."""
    notices = []
    for rule, code in (("non_figure.foreign_text", "text.language_passage"),
                       ("non_figure.garbled_text", "text.garbled_passage")):
        withheld = [entity for entity in entities if entity.rule == rule]
        if withheld:
            where = withheld[0].location
            pages = sorted({entity.location.page for entity in withheld if entity.location.page is not None})
            place: dict = {"pages": pages} if pages else {"line": where.line}
            notices.append(Notice.of(code, where, count=len(withheld), **place))
    return notices


def _notices(document: Document, meta: metadata.Metadata, found: list, kind: str = "report",
             foreign: bool = False) -> list[Notice]:
    notices = []
    if not found and kind != "statutes" and not foreign:  # statutes give articles; figures are no part of them;
        # a document in another language is told so (text.language_document)
        notices.append(Notice.of("report.no_figures"))
    if meta.year_source == "none" and kind != "statutes":  # statutes are of no one year
        notices.append(Notice.of("report.no_fiscal_year"))
    elif meta.year_source == "file name":
        notices.append(Notice.of("report.fiscal_year_from_name", year=meta.fiscal_year))
    return notices
