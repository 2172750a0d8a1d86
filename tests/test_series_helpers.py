"""Small report dicts for the test_series* files (no tests here): just what `extract series` reads."""

from __future__ import annotations

import hashlib
from typing import Any


def indicator(indicator_id: str, value: float, *, unit: str | None = "things", qualifier: str = "exact",
              line: int = 1, label: str = "dingen", match: str = "catalogue", raw: str | None = None,
              value_max: float | None = None, period: str | None = None) -> dict[str, Any]:
    out = {"id": indicator_id, "label": label, "value": value, "unit": unit, "qualifier": qualifier,
           "raw": raw or f"{value} {label}", "period": period, "rule": "test",
           "location": {"page": None, "line": line, "column": 1, "bbox": None}, "sentence": "", "match": match}
    if value_max is not None:
        out["value_max"] = value_max
    return out


def report(year: int | None, indicators: list[dict[str, Any]], *, name: str | None = None,
           meetings: list[dict[str, Any]] | None = None, organisation: str | None = "Test") -> dict[str, Any]:
    path = f"corpus/{name or f'r{year}'}.txt"
    return {"schema_version": "1",
            "document": {"path": path, "sha256": hashlib.sha256(f"{path}{indicators}".encode()).hexdigest(),
                         "format": "text", "pages": None, "fiscal_year": year, "organisation": organisation,
                         "title": None},
            "indicators": indicators, "statute_references": [], "legal_references": [],
            "meetings": meetings or [], "entities": [], "warnings": []}
