"""A count of people defined by its predicate counts what the predicate names (issue 19, SHAPES5 E10-A2): "Dit jaar
sloten 57 mensen aan als coöperant" counts new members (other.vennoot.nieuw), as "68 nieuwe coöperanten schreven
zich in" does another year, and the two link; the members' stock stays its own series. The particle of a separable
verb still closes it before "als" ("sloten ... aan als coöperant" is aansluiten)."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_text
from linked_fixtures import written_and_linked


@pytest.mark.parametrize("text, key", [
    ("Dit jaar sloten 57 mensen aan als coöperant.", "other.vennoot.nieuw"),
    ("Dit jaar tekenden 49 mensen in als coöperant.", "other.vennoot.nieuw"),
    ("Dit jaar traden 12 mensen toe als vennoot.", "other.vennoot.nieuw"),
    ("In 2024 kwamen er 30 mensen bij als lid.", "other.vennoot.nieuw"),
    # no role named: the people as counted
    ("Dit jaar sloten 57 mensen aan.", "other.persoon.nieuw"),
    ("Het festival trok 900 mensen.", "other.persoon"),
    ("We werken samen met 12 mensen als vrijwilliger.", "other.persoon"),
])
def test_people_counted_as_members_count_members(text: str, key: str) -> None:
    [figure] = extract_text(text, fiscal_year=2024)["indicators"]
    assert figure["id"] == key


def test_new_members_in_three_wordings_are_one_series(tmp_path) -> None:  # type: ignore[no-untyped-def]
    first, second, third = written_and_linked(tmp_path, "De Deelgarage", (
        (2022, "Dit jaar sloten 57 mensen aan als coöperant. Eind 2022 telden we 412 coöperanten.\n"),
        (2023, "Dit jaar tekenden 49 mensen in als coöperant. Eind 2023 telden we 448 coöperanten.\n"),
        (2024, "68 nieuwe coöperanten schreven zich in. Eind 2024 telden we 503 coöperanten.\n")))
    joined, members = [r["series"] for r in first["indicators"]]
    assert joined != members
    assert [r["series"] for r in second["indicators"]] == [joined, members]
    assert [r["series"] for r in third["indicators"]] == [joined, members]
