"""One report file in, one report dict out: read → normalise → analyse → recognise → report."""

from __future__ import annotations

from pathlib import Path

from extractor import metadata, report
from extractor.context import Context
from extractor.dates import find_dates, resolve_years
from extractor.model import Document, Notice, SourceLine
from extractor.nlp import analyse
from extractor.normalise import normalise
from extractor.readers import read_document
from extractor.recognise import conditions, exclusions, indicators, meetings, references
from extractor.records import LegalReference, StatuteReference


def extract_file(path: Path, fiscal_year: int | None = None, organisation: str | None = None) -> dict:
    return extract_document(read_document(path), fiscal_year, organisation)


def extract_text(text: str, fiscal_year: int | None = None, fmt: str = "text",
                 name: str = "snippet.txt") -> dict:
    """A report dict for a piece of text held in memory (pattern examples, tests)."""
    lines = [SourceLine(page=None, number=i, text=line) for i, line in enumerate(text.split("\n"), start=1)]
    document = Document(path=Path(name), format=fmt, sha256="0" * 64, lines=lines)  # type: ignore[arg-type]
    return extract_document(document, fiscal_year)


def extract_document(document: Document, fiscal_year: int | None = None,
                     organisation: str | None = None) -> dict:
    blocks = normalise(document)
    docs = analyse(block.text for block in blocks)
    undated = [find_dates(doc, None) for doc in docs]
    year, year_source = metadata.fiscal_year(document, blocks, undated, fiscal_year)
    if fiscal_year is not None:  # the option wins; a text that names another year is worth a warning
        stated, source = metadata.fiscal_year(document, blocks, undated, None)
        if source == "text" and stated != fiscal_year:
            document.notices.append(Notice(
                "report.fiscal_year_differs",
                f"--fiscal-year {fiscal_year} was given, but the text names fiscal year {stated}; "
                "the option was used: check it"))
    # dates without a year take the year of their heading or section, the fiscal year only when nothing else
    dates = resolve_years(blocks, docs, undated, year)
    context = Context(document, blocks, docs, year)
    entities = exclusions.exclude(context, dates)
    table = conditions.match_conditions(blocks)
    for match in table:  # the conditions quote the law: their numbers are no figures of the year
        for start, end in conditions.quoted_spans(match, blocks[match.block].text):
            quoted = docs[match.block].char_span(start, end, alignment_mode="contract")
            if quoted is not None:
                context.exclude(match.block, quoted.start, quoted.end)
    found_references, reference_entities = references.recognise(context, dates, conditions.answer_spans(table))
    found_indicators = indicators.recognise(context, dates)
    found_meetings, meeting_entities = meetings.recognise(context, dates, found_references)
    meta = metadata.describe(document, blocks, year, year_source, organisation)
    notices = list(document.notices) + _notices(document, meta, found_indicators)
    table_json = [{"condition": match.condition, "score": match.score,
                   "location": context.locate(match.block, match.statement.start,
                                              match.statement.start + 1).to_json(),
                   "answer": {"text": blocks[match.answer].text[match.answers[0].start:match.answers[0].end],
                              "location": context.locate(match.answer, match.answers[0].start,
                                                         match.answers[0].start + 1).to_json()}}
                  for match in table]
    return report.build(
        document, meta, found_indicators,
        [f.record for f in found_references if isinstance(f.record, StatuteReference)],
        [f.record for f in found_references if isinstance(f.record, LegalReference)],
        found_meetings, entities + reference_entities + meeting_entities, notices, table_json)


def _notices(document: Document, meta: metadata.Metadata, found: list) -> list[Notice]:
    notices = []
    if not found:
        notices.append(Notice("report.no_figures", "no figures found in the report; check that it is the right file"))
    if meta.year_source == "none":
        notices.append(Notice("report.no_fiscal_year",
                              "no fiscal year found in the text or the file name; give it with --fiscal-year"))
    elif meta.year_source == "file name":
        notices.append(Notice("report.fiscal_year_from_name",
                              f"fiscal year {meta.fiscal_year} taken from the file name; the text names no year"))
    return notices
