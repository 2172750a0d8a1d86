"""What a corpus run keeps of each report and each diff until its end: a few facts (the report's `document`
part, its figure count, the lines of its summary; a diff's counts, the lines of its summary and where its
errors and warnings are), not the JSON.

On a rerun, each report and diff comes from the cache; parsing its JSON (50 to 100 KB a report, as many a
diff) only to count it would cost most of the rerun's time, and its memory would stay scattered among what the
run keeps. The facts are kept in the cache (its folder `facts`), under a key made from the JSON's own, and read
instead; a missing or damaged entry is made again from the JSON. The facts hold no path of this run (the
output folder may differ from one run to the next): the caller adds those.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extractor.runtime.cache import Cache

SEVERITIES = ("error", "warning", "info")

REPORT_FACTS = frozenset({"document", "figures", "counts", "warnings"})
DIFF_FACTS = frozenset({"counts", "statuses", "lines", "places", "items"})


def remembered(store: Cache | None, entry: str | None, text: str, make: Callable[[dict], dict],
               keys: frozenset[str]) -> dict:
    """The facts of the JSON `text`, cached under `entry` (the JSON's own key) in `store` (the `facts`
    folder): read from there when present and whole, else made by `make` from the parsed JSON and stored."""
    from extractor.runtime.cache import key

    facts_entry = key("facts", entry) if store is not None and entry else None
    if facts_entry is not None:
        stored = store.get(facts_entry)
        if stored is not None:
            try:
                facts = json.loads(stored)
            except ValueError:
                facts = None
            if isinstance(facts, dict) and facts.keys() == keys:
                return facts
    facts = make(json.loads(text))
    if facts_entry is not None:
        store.put(facts_entry, json.dumps(facts, ensure_ascii=False, sort_keys=True))
    return facts


def report_facts(report: dict) -> dict:
    """The report's `document` part, its figure count, what it holds counted and its warnings; the summary
    line is made from these in the language of the run (report_summary)."""
    indicators = report["indicators"]
    counts = {"catalogued": sum(1 for i in indicators if i.get("match") != "derived"),
              "statute_references": len(report["statute_references"]),
              "legal_references": len(report["legal_references"]), "meetings": len(report["meetings"])}
    return {"document": report["document"], "figures": len(indicators), "counts": counts,
            "warnings": [{key: warning[key] for key in ("code", "message", "values") if key in warning}
                         for warning in report["warnings"]]}


def report_summary(facts: dict) -> str:
    """The lines under a report in the summary of a run: what it holds, then its warnings."""
    from extractor.diff import messages as words

    document, counts = facts["document"], facts["counts"]
    run = words.vocabulary()["run"]
    year = document["fiscal_year"] if document["fiscal_year"] is not None else run["year_unknown"]
    lines = [run["report"].format(organisation=document["organisation"] or run["organisation_unknown"], year=year,
                                  format=run.get(f"format_{document['format']}", document["format"]),
                                  figures=words.counted("figure", facts["figures"]),
                                  catalogued=counts["catalogued"],
                                  statutes=words.counted("statute_reference", counts["statute_references"]),
                                  legal=words.counted("legal_reference", counts["legal_references"]),
                                  meetings=words.counted("meeting", counts["meetings"]))]
    lines += [f"  {run['warning']}: {_warning(warning)}" for warning in facts["warnings"]]
    return "\n".join(lines)


def _warning(warning: dict | str) -> str:
    """A report's warning in the language of the run, from its code and values; as stored where it has none."""
    from extractor.document.model import notice_words
    from extractor.runtime.language import current

    if isinstance(warning, str):
        return warning
    if "values" in warning:
        return notice_words(warning["code"], warning["values"], current()) or warning["message"]
    return warning["message"]


def _place(evidence: dict | None) -> str:
    """Where a finding's first evidence stands: file:line for text, file, page and line for a PDF."""
    if not evidence or not evidence.get("location"):
        return ""
    location = evidence["location"]
    if location.get("page"):
        from extractor.diff.renderers.common import place

        return place(evidence["document"], {"page": location["page"], "line": location["line"]})
    return f"{evidence['document']}:{location['line']}"


def diff_facts(findings: dict) -> dict:
    """Counts by severity and by status of the changes; a line per error and warning; and the document of each
    error and warning with evidence (`places`: [document, severity]); per finding its fingerprint, severity,
    document and line (`items`, for a baseline: extractor/commands/steps.py counts those it does not accept)."""
    from extractor.diff import messages as words

    run = words.vocabulary()["run"]
    width = max(len(run["error"]), len(run["warning"]))
    counts = dict.fromkeys(SEVERITIES, 0)
    places = []
    lines = []
    items = []
    for finding in findings["findings"]:
        severity = finding["severity"]
        counts[severity] = counts.get(severity, 0) + 1
        item = [finding.get("fingerprint"), severity, None, None]
        items.append(item)
        if severity in ("error", "warning"):
            where = finding["evidence"][0] if finding["evidence"] else None
            if where is not None:
                places.append([where["document"], severity])
                item[2] = where["document"]
            place = _place(where)
            message = finding["message"] if len(finding["message"]) <= 140 else finding["message"][:139] + "…"
            lines.append(f"  {run[severity]:<{width}} {place}  {message}")
            item[3] = lines[-1]
    statuses: dict[str, int] = {}
    for change in findings["changes"]:
        status = change.get("status", "changed")
        statuses[status] = statuses.get(status, 0) + 1
    return {"counts": counts, "statuses": statuses, "lines": lines, "places": places, "items": items}


def counts_text(counts: dict[str, int]) -> str:
    """"2 errors, 1 warning, 3 notes" in the run's language."""
    from extractor.diff import messages as words

    return ", ".join(words.counted(level, counts.get(level, 0)) for level in ("error", "warning", "info"))
