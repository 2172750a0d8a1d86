"""The link step of `extract corpus/`: the figures of each organisation's reports get their series id
(extractor/diff/link.py), written into every report JSON as `series` before the diffs and the series read them.
A report JSON whose series ids did not change is not touched."""

from __future__ import annotations

import json

from extractor.commands.corpus_run import Extracted, WriteFailed, write_if_changed
from extractor.recognise.metadata import organisation_key
from extractor.runtime.inputs import chained


def organisations(done: list[Extracted]) -> list[list[Extracted]]:
    """The reports by organisation ("Windkracht Kempen" and "WINDKRACHT KEMPEN CV" are one), in fiscal-year
    order; a report without a named organisation is one of its own, and so is each document beside an
    organisation's reports that is no year of their chain (statutes, minutes, a README: inputs.chained)."""
    return _grouped(done, lambda item: item.organisation, lambda item: str(item.source), lambda item: item.kind,
                    lambda item: item.figures, lambda item: item.fiscal_year)


def _grouped(items: list, organisation, source, kind, figures, fiscal_year) -> list[list]:
    """`organisations` of any items, read by the functions given."""
    groups: dict[str, list] = {}
    for item in items:
        key = organisation_key(organisation(item)) or f"\0{source(item)}"
        groups.setdefault(key, []).append(item)
    linked: list[list] = []
    for key in sorted(groups):
        chain = chained(groups[key], kind, figures)
        linked.append(sorted(chain, key=lambda item: (fiscal_year(item) or 0, source(item))))
        linked.extend([item] for item in sorted(groups[key], key=source) if item not in chain)
    return linked


def link_loaded(reports: list[dict]) -> list[dict]:
    """The reports a command read (`extract series` of report files rather than of the JSON `extract corpus/`
    wrote), each organisation's linked as `extract corpus/` links them, where one of them has figures without a
    series id; the reports given are not changed (copies are linked)."""
    from extractor.diff.link import add_series

    def document(report: dict) -> dict:
        return report["document"]

    out = {id(report): report for report in reports}
    for group in _grouped(reports, lambda r: document(r).get("organisation"), lambda r: str(document(r)["path"]),
                          lambda r: document(r).get("kind"), lambda r: len(r.get("indicators") or ()),
                          lambda r: document(r).get("fiscal_year")):
        if all("series" in record for report in group for record in report.get("indicators") or ()):
            continue
        copies = [{**report, "indicators": list(report.get("indicators") or ())} for report in group]
        add_series(copies)
        out.update((id(report), copy) for report, copy in zip(group, copies))
    return [out[id(report)] for report in reports]


def link_reports(done: list[Extracted]) -> None:
    """Link each organisation's reports and write their series ids into the report JSONs."""
    from extractor.diff.link import add_series
    from extractor.runtime.jsonio import dumps, validate

    for group in organisations(done):
        reports = [json.loads(item.output.read_text(encoding="utf-8")) for item in group]
        add_series(reports)
        for item, report in zip(group, reports):
            validate(report, "report")
            try:
                item.output_digest = write_if_changed(item.output, dumps(report))
            except OSError as error:  # a full disk: one line, nothing more written (the file is whole)
                raise WriteFailed(item.output, error) from error
