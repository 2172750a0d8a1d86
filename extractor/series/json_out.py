"""The series as JSON, validated against schemas/series.schema.json before it is shown or written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extractor.jsonio import dumps, validate, write_json
from extractor.series.table import Row, Series, SeriesTable

DOCUMENT_KEYS = ("path", "sha256", "format", "fiscal_year", "organisation", "title")


def to_json(table: SeriesTable) -> dict[str, Any]:
    return {"schema_version": "1",
            "documents": [{key: document[key] for key in DOCUMENT_KEYS} for document in table.documents],
            "years": table.years,
            "series": [_series(series) for series in table.series],
            "warnings": table.warnings}


def _series(series: Series) -> dict[str, Any]:
    return {"key": series.key, "organisation": series.organisation, "id": series.id, "label": series.label,
            "unit": series.unit, "catalogued": series.catalogued, "flags": list(series.flags),
            "notes": list(series.notes), "years": series.years, "gaps": list(series.gaps),
            "conflicts": [year for year, cell in series.cells().items() if cell.conflict],
            "points": [_point(row) for row in series.rows]}


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
    write_json(path, to_json(table), "series")
    return path
