"""The registry of checks: every rule of every family, and the functions that run them.

To add a check: write a function in the family's module (relations.py: the text's own relations between
figures, for any report; internal.py: one report; statutes.py,
across.py, stale.py: a report against earlier ones, its meetings and articles, its figures, what it
copied), list it in that
module's RULES with a severity, and give its Dutch message in patterns/findings.yaml under
messages.<rule id>, with an example.
"""

from __future__ import annotations

from extractor.diff.checks import across, internal, relations, stale, statutes
from extractor.diff.checks.base import Rule
from extractor.diff.findings import Finding
from extractor.diff.view import Report

INTERNAL: tuple[Rule, ...] = relations.INTERNAL + internal.RULES
ACROSS: tuple[Rule, ...] = statutes.RULES + relations.ACROSS + across.RULES + stale.RULES
REGISTRY: dict[str, Rule] = {rule.id: rule for rule in INTERNAL + ACROSS}


def run_internal(report: Report, rules: tuple[Rule, ...] = INTERNAL) -> list[Finding]:
    return [finding for rule in rules for finding in rule.check(report, rule)]


def run_across(new: Report, earlier: list[Report], rules: tuple[Rule, ...] = ACROSS) -> list[Finding]:
    """`earlier`: the reports to compare with, most recent first."""
    return [finding for rule in rules for finding in rule.check(new, earlier, rule)]
