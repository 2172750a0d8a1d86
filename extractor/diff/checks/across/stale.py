"""Checks for what was copied from the previous report where it should have moved (family: across): a
yearly figure identical to last year's, a sentence with a figure copied word for word."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from extractor.diff.checks.base import Rule, latest_pairs, report_name
from extractor.diff.findings import Alignment, Finding
from extractor.diff.view import Report

STATIC_UNITS = frozenset({"m2"})  # stocks that may rightly stay the same from one report to the next
SENTENCE_SIMILARITY = 97.0
SENTENCE_MIN_LENGTH = 40


def _stale_candidate(record: dict, report: Report) -> bool:
    return record.get("qualifier", "exact") == "exact" and record.get("unit") not in STATIC_UNITS \
        and report.in_year(record)


def stale_figure(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    old, pairs = latest_pairs(new, earlier)
    if old is None or old.fiscal_year == new.fiscal_year:
        return []
    found = []
    for pair in pairs:
        if pair.alignment is None or pair.alignment.method != "id":
            continue
        if not (_stale_candidate(pair.new, new) and _stale_candidate(pair.old, old)):
            continue
        if pair.old["value"] != pair.new["value"] or pair.old.get("unit") != pair.new.get("unit"):
            continue
        found.append(rule.finding(
            [new.evidence(pair.new), old.evidence(pair.old)], subject=pair.id,
            values={"value": pair.new["value"]}, alignment=pair.alignment,
            label=pair.label or pair.id, raw=pair.new.get("raw", ""), old_report=report_name(old),
            new_report=report_name(new)))
    return found


def _normal(sentence: str | None) -> str:
    return re.sub(r"\s+", " ", sentence or "").strip().lower()


def stale_sentence(new: Report, earlier: list[Report], rule: Rule) -> list[Finding]:
    if not earlier or earlier[0].fiscal_year == new.fiscal_year:
        return []
    old = earlier[0]
    id_pairs = {(p.new.get("id"), p.new["value"]) for p in latest_pairs(new, earlier)[1]
                if p.alignment and p.alignment.method == "id" and p.old["value"] == p.new["value"]}
    found = []
    for record in new.indicators:
        sentence = _normal(record.get("sentence"))
        if len(sentence) < SENTENCE_MIN_LENGTH or not _stale_candidate(record, new):
            continue
        if (record["id"], record["value"]) in id_pairs:
            continue  # stale_figure reports it already
        for earlier_record in old.indicators:
            if earlier_record["value"] != record["value"] or earlier_record.get("unit") != record.get("unit") \
                    or not old.in_year(earlier_record):
                continue
            score = fuzz.ratio(sentence, _normal(earlier_record.get("sentence")))
            if score < SENTENCE_SIMILARITY:
                continue
            found.append(rule.finding(
                [new.evidence(record), old.evidence(earlier_record)], subject=record["id"],
                values={"value": record["value"], "similarity": round(score, 1)},
                alignment=Alignment("fuzzy", round(score, 1), record["id"]),
                raw=record.get("raw", ""), old_report=report_name(old)))
            break
    return found


RULES: tuple[Rule, ...] = (
    Rule("across.stale_figure", "warning", stale_figure,
         "a yearly figure identical to the previous report's"),
    Rule("across.stale_sentence", "warning", stale_sentence,
         "a sentence with a figure copied word for word from the previous report"),
)
