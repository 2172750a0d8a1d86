"""The series as JSON, validated against schemas/series.schema.json before it is shown or written.

A corpus' series.json is written one organisation at a time (SeriesJson): the envelope (documents, years,
warnings) is validated and encoded once, each organisation's series are validated as a document of their own
and encoded in place; the bytes are those of encoding the whole at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from extractor.runtime.jsonio import dumps, encode, validate
from extractor.series.files import Pending
from extractor.series.table import Row, Series, SeriesTable

DOCUMENT_KEYS = ("path", "sha256", "format", "fiscal_year", "organisation", "title")


def to_json(table: SeriesTable) -> dict[str, Any]:
    return {**envelope(table.documents, table.years, table.warnings),
            "series": [_series(series) for series in table.series]}


def envelope(documents: list[dict[str, Any]], years: list[int], warnings: list[str]) -> dict[str, Any]:
    """The document without its series."""
    return {"schema_version": "1",
            "documents": [{key: document[key] for key in DOCUMENT_KEYS} for document in documents],
            "years": years, "series": [], "warnings": warnings}


def _series(series: Series) -> dict[str, Any]:
    return {"key": series.key, "organisation": series.organisation, "id": series.id, "label": series.label,
            "unit": series.unit, "catalogued": series.catalogued, "flags": list(series.flags),
            "notes": list(series.notes), "years": series.years, "gaps": list(series.gaps),
            "conflicts": [year for year, cell in series.cells().items() if cell.conflict],
            "points": [_point(row) for row in series.rows], "noun": series.noun, "dimension": series.dimension,
            "enterprise_number": series.enterprise_number, "possible": list(series.possible)}


def _point(row: Row) -> dict[str, Any]:
    return {"fiscal_year": row.fiscal_year, "value": row.value, "value_max": row.value_max,
            "qualifier": row.qualifier, "approximate": not row.exact, "raw": row.raw, "label": row.label,
            "period": row.period, "document": row.document,
            "location": {"page": row.page, "line": row.line, "column": row.column}, "rule": row.rule,
            "flags": list(row.flags)}


def json_text(table: SeriesTable) -> str:
    data = to_json(table)
    validate(data, "series")
    return dumps(data)


def write(table: SeriesTable, path: Path) -> Path:
    pending = Pending(path)
    try:
        with open(pending.temporary, "wb") as stream:
            writer = SeriesJson(stream, table.documents, table.years, table.warnings)
            writer.add(table)
            writer.finish()
        return pending.commit()
    except BaseException:
        pending.abort()
        raise


_SLOT = b'\n  "series": []'  # where the series go in the encoded envelope (a quote in a string is escaped)
_INDENT = b"\n    "  # a series' lines, inside the document's "series" list


class SeriesJson:
    """series.json written into `stream` one organisation's series at a time (add), then closed (finish)."""

    def __init__(self, stream: BinaryIO, documents: list[dict[str, Any]], years: list[int],
                 warnings: list[str]) -> None:
        whole = envelope(documents, years, warnings)
        validate(whole, "series")
        head, self._tail = encode(whole).split(_SLOT, 1)
        self._stream = stream
        self._years = years
        self._count = 0
        stream.write(head + _SLOT[:-1])

    def add(self, table: SeriesTable) -> None:
        items = [_series(series) for series in table.series]
        if not items:
            return
        validate({**envelope([], self._years, []), "series": items}, "series")
        for item in items:
            self._stream.write((b"," if self._count else b"") + _INDENT + encode(item)[:-1].replace(b"\n", _INDENT))
            self._count += 1

    def finish(self) -> None:
        self._stream.write((b"\n  ]" if self._count else b"]") + self._tail)
