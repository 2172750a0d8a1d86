"""The report JSON of DESIGN.md §3, built from the records of one document, in a deterministic order."""

from __future__ import annotations

from extractor.recognise.metadata import Metadata
from extractor.document.model import Document, Location, Notice
from extractor.records import Entity, Indicator, LegalReference, Meeting, StatuteReference
from extractor.figures import relations, stocks
from extractor.figures.periods import at_meetings, from_figures, with_period_kind
from extractor.runtime.names import shown

SCHEMA_VERSION = "1"


def _order(location: Location | None) -> tuple[int, int, int]:
    if location is None:
        return (0, 0, 0)
    return (location.page or 0, location.line, location.column)


def build(document: Document, metadata: Metadata, indicators: list[Indicator],
          statute_references: list[StatuteReference], legal_references: list[LegalReference],
          meetings: list[Meeting], entities: list[Entity], notices: list[Notice],
          conditions: list[dict] | None = None, kind: str = "other", articles: list[dict] | None = None) -> dict:
    indicator_records = [with_period_kind(i.to_json(), metadata.fiscal_year, metadata.fiscal_period,
                                          metadata.fiscal_year_end, i.year_only)
                         for i in sorted(indicators, key=lambda r: _order(r.location))]
    stocks.restated(indicator_records)
    meeting_records = [m.to_json() for m in sorted(meetings, key=lambda r: _order(r.location))]
    at_meetings(indicator_records, meeting_records, metadata.fiscal_year, metadata.fiscal_period,
                metadata.fiscal_year_end)
    found = relations.find(indicator_records, metadata.fiscal_year)
    from_figures(indicator_records, found, metadata.fiscal_year, metadata.fiscal_period, metadata.fiscal_year_end)
    return {
        "schema_version": SCHEMA_VERSION,
        "document": {
            "path": shown(document.path),  # a byte that is not UTF-8 as \xNN
            "sha256": document.sha256,
            "format": document.format,
            "pages": document.pages,
            "fiscal_year": metadata.fiscal_year,
            "fiscal_year_source": metadata.year_source,
            "organisation": metadata.organisation,
            "enterprise_number": metadata.enterprise_number,
            "title": metadata.title,
            "encoding": document.encoding,
            "kind": kind,  # report | accounts | statutes | minutes | other
            # a fiscal year across two calendar years ("2021/2022"; fiscal_year is the year it closes in)
            **({"fiscal_period": metadata.fiscal_period} if metadata.fiscal_period else {}),
            # the day it closes, where the text says ("tot 30 juni 2022"): which fiscal year a day falls in
            **({"fiscal_year_end": metadata.fiscal_year_end} if metadata.fiscal_year_end else {}),
        },
        "indicators": indicator_records,
        # how the text ties its figures together (part and whole, claimed change, ...): indexes into indicators
        "relations": [relation.to_json() for relation in found],
        # the articles of a document that is itself statutes, with their titles (extractor/recognise/articles.py)
        "articles": articles or [],
        "statute_references": [r.to_json() for r in sorted(statute_references, key=lambda r: _order(r.location))],
        "legal_references": [r.to_json() for r in sorted(legal_references, key=lambda r: _order(r.location))],
        "meetings": meeting_records,
        # the table of the nine conditions of art. 8:5 WVV: where each is stated and where it is answered
        "conditions": sorted(conditions or [], key=lambda c: c["condition"]),
        "entities": [e.to_json() for e in sorted(entities, key=lambda r: (_order(r.location), r.label))],
        "furniture": [f.to_json() for f in document.furniture],
        "warnings": [n.to_json() for n in notices],
    }
