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
    groups: dict[str, list[Extracted]] = {}
    for item in done:
        key = organisation_key(item.organisation) or f"\0{item.source}"
        groups.setdefault(key, []).append(item)
    linked: list[list[Extracted]] = []
    for key in sorted(groups):
        chain = chained(groups[key], lambda item: item.kind, lambda item: item.figures)
        linked.append(sorted(chain, key=lambda item: (item.fiscal_year or 0, str(item.source))))
        linked.extend([item] for item in sorted(groups[key], key=lambda item: str(item.source)) if item not in chain)
    return linked


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
