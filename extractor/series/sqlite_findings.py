"""Findings between consecutive fiscal years, for the SQLite database, from the differ (extractor.diff).

Guarded: the database is still written when the differ cannot be imported; the reason is returned as a
warning and the findings table stays empty.
"""

from __future__ import annotations

from typing import Any


def consecutive_findings(reports: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """(findings, warnings): the findings JSON `findings` of each pair of consecutive fiscal years, each
    with the `old` and `new` document paths it came from."""
    try:
        from extractor.diff import diff_reports, findings_to_json
    except ImportError as error:
        return [], [f"findings table left empty: the differ is not available ({error})"]
    from extractor.runtime.inputs import consecutive

    out: list[dict[str, Any]] = []
    warnings: list[str] = []
    for old, new in consecutive(reports, lambda r: r["document"]["organisation"],
                                lambda r: r["document"]["fiscal_year"], lambda r: r["document"]["path"],
                                lambda r: r["document"]["path"].rpartition("/")[0],
                                kind=lambda r: r["document"].get("kind"), figures=lambda r: len(r["indicators"])):
        try:
            findings = findings_to_json(diff_reports(old, new))["findings"]
        except Exception as error:  # a bug in the differ must not cost the researcher the database
            warnings.append(f"findings of {old['document']['path']} → {new['document']['path']} left out: the "
                            f"differ failed ({type(error).__name__}: {error}); report it")
            continue
        out.extend({**finding, "old": old["document"]["path"], "new": new["document"]["path"]}
                   for finding in findings)
    return out, warnings
