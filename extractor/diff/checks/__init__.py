"""The registry of checks: every rule of every family, in the order they run, and the functions that run them.

A rule `<family>.<kind>` lives in the folder of its family: internal/ (one report on its own: relations.py,
the relations the text states between its figures; figures.py, its figures against each other; meetings.py,
the meetings it tells of) and across/ (a report against earlier ones: statutes.py, its meetings and statute
articles; relations.py, the relations the text states with earlier years; figures.py, its figures; stale.py,
what it copied). What the relation
checks of both families share: relation_claims.py; what every check shares: base.py.

To add a check: write a function in its family's module, list it in that module's RULES with a severity, and
give its Dutch message in patterns/findings.yaml under messages.<rule id>, with an example. A new module of a
family: add its RULES below.
"""

from __future__ import annotations

from extractor.diff.checks.across import figures as across_figures
from extractor.diff.checks.across import relations as across_relations
from extractor.diff.checks.across import stale, statutes
from extractor.diff.checks.internal import figures as internal_figures
from extractor.diff.checks.internal import meetings as internal_meetings
from extractor.diff.checks.internal import relations as internal_relations
from extractor.diff.checks.base import Rule
from extractor.diff.findings import Finding
from extractor.diff.view import Report

INTERNAL: tuple[Rule, ...] = internal_relations.RULES + internal_figures.RULES + internal_meetings.RULES
ACROSS: tuple[Rule, ...] = statutes.RULES + across_relations.RULES + across_figures.RULES + stale.RULES
REGISTRY: dict[str, Rule] = {rule.id: rule for rule in INTERNAL + ACROSS}


def run_internal(report: Report, rules: tuple[Rule, ...] = INTERNAL) -> list[Finding]:
    return [finding for rule in rules for finding in rule.check(report, rule)]


# the rules that read the organisation's statutes; every other rule compares reports with reports
_STATUTE_RULES = frozenset({"across.statute_article_missing", "across.statute_article_title"})


def run_across(new: Report, earlier: list[Report], rules: tuple[Rule, ...] = ACROSS) -> list[Finding]:
    """`earlier`: the reports to compare with, most recent first; documents of statutes among them are read by
    the rules that check the report's articles against them only."""
    statutes = [r for r in earlier if r.document.get("kind") == "statutes"]
    reports = [r for r in earlier if r.document.get("kind") != "statutes"]
    return [finding for rule in rules
            for finding in rule.check(new, statutes if rule.id in _STATUTE_RULES else reports, rule)]
