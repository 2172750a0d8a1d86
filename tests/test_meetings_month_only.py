"""A general meeting named by its month only ("de algemene vergadering van juni"), with no year in its sentence,
paragraph, heading or section: the lead's decision on SHAPES-REFS RM2. It takes the year the report implies and
says so in `year_implied_by`: the month as it falls in the report's fiscal year (a meeting still to come: the first
such month after the fiscal year's end), or the year of a full date of the same meeting elsewhere in the report.
Invented reports (a bicycle repair cooperative, a ferry cooperative); each meeting asserted with its line."""

from __future__ import annotations

from extractor.pipeline import extract_text


def _meetings(report: dict) -> list[tuple]:
    return [(m["location"]["line"], m["kind"], m["date"], m["precision"], m["year_inferred"], m["year_source"],
             m.get("year_implied_by")) for m in report["meetings"]]


def test_a_month_only_meeting_after_a_two_year_table_takes_the_fiscal_year() -> None:
    text = ("# Fietsherstel De Spaak cv – bijzonder verslag 2024\n\n## Kerncijfers\n\n"
            "| Kerncijfer | 2023 | 2024 |\n|---|---:|---:|\n| Herstellingen | 3.100 | 3.420 |\n\n"
            "De algemene vergadering van mei wees € 900 van de winst van vorig jaar toe aan het Wielfonds.\n")
    report = extract_text(text, fiscal_year=2024, fmt="markdown", name="spaak-2024.md")
    assert _meetings(report) == [(9, "general", "2024-05", "month", True, None, "fiscal_year")]


def test_a_month_only_meeting_takes_the_year_of_its_full_date_elsewhere() -> None:
    # the meeting that approves the accounts of 2023 meets after the year's end: the report dates it in full
    text = ("# Veerdienst De Overzet cv\n\n## Werking\n\n"
            "De algemene vergadering van mei keurde de jaarrekening en de nieuwe tarieven goed.\n\n"
            "## Algemene vergaderingen\n\n"
            "De gewone algemene vergadering vond plaats op zaterdag 11 mei 2024 in de wachtzaal.\n")
    report = extract_text(text, fiscal_year=2023, fmt="markdown", name="overzet-2023.md")
    assert _meetings(report) == [(5, "general", "2024-05", "month", True, None, "same_meeting"),
                                 (9, "general", "2024-05-11", "day", False, None, None)]


def test_a_planned_month_only_meeting_takes_the_first_such_month_after_the_fiscal_year() -> None:
    text = "De volgende algemene vergadering van juni zal de jaarrekening 2024 goedkeuren.\n"
    report = extract_text(text, fiscal_year=2024)
    assert [(m["date"], m["planned"], m.get("year_implied_by")) for m in report["meetings"]] == [
        ("2025-06", True, "fiscal_year")]


def test_a_day_without_a_year_and_without_context_stays_undated() -> None:
    report = extract_text("Het buurtrestaurant hield op 8 april zijn algemene vergadering.", fiscal_year=2022)
    assert report["meetings"] == []
