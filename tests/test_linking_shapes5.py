"""Linking one quantity across the years in the shapes left open by LINK5 (issue 19): each test writes the reports
of one invented cooperative in its own words, extracts and links them, and asserts the id, unit and series of each
figure by its line and value."""

from __future__ import annotations

from linked_fixtures import written_and_linked


def _figures(report: dict) -> list[tuple[int, float, str | None, str, str]]:
    return [(r["location"]["line"], r["value"], r["unit"], r["id"], r["series"]) for r in report["indicators"]]


# ---- parts named by a compound list in table rows ---------------------------------------------------------

def test_a_table_row_named_by_compounds_that_share_a_head_counts_that_head(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # "| Keuken- en zaalmedewerkers | 9 | 8 |" counts staff (the head of the last compound), of the kitchen and the
    # hall, as "9 keuken- en zaalmedewerkers" in a sentence does (tests/test_linking_shapes4.py): not 'keuken'
    # qualified by 'zaalmedewerkers'. A TAB-separated row next year is the same quantity, so is the sentence the
    # year after; a row of two nouns without a hyphen ("Koks en keukenhulpen") stays what it was
    first, second, third = written_and_linked(tmp_path, "De Pollepel", (
        (2023, "Personeel\n\n| | 2023 | 2022 |\n|---|---|---|\n| Keuken- en zaalmedewerkers | 9 | 8 |\n"
               "| Keuken-, zaal- en afwasmedewerkers | 12 | 11 |\n| Koks en keukenhulpen | 5 | 4 |\n"),
        (2024, "Personeel\tAantal\nKeuken- en zaalmedewerkers\t10\nKeuken-, zaal- en afwasmedewerkers\t13\n"
               "Koks en keukenhulpen\t6\n"),
        (2025, "In het restaurant werken 11 keuken- en zaalmedewerkers.\n")))
    staff, washers, cooks = "other.werknemer.keuken.zaal", "other.werknemer.afwas.keuken.zaal", "other.kok.keukenhulp"
    assert _figures(first) == [(7, 9, None, staff, staff), (7, 8, None, staff, staff),
                               (8, 12, None, washers, washers), (8, 11, None, washers, washers),
                               (9, 5, None, cooks, cooks), (9, 4, None, cooks, cooks)]
    assert [r["period"] for r in first["indicators"][:2]] == ["2023-12-31", "2022-12-31"]  # staff: a stock
    assert _figures(second) == [(4, 10, None, staff, staff), (5, 13, None, washers, washers),
                                (6, 6, None, cooks, cooks)]
    assert _figures(third) == [(3, 11, "zaalmedewerkers", staff, staff)]


# ---- adjectives joined before the counted noun ---------------------------------------------------------------

def test_a_count_after_adjectives_joined_by_a_link_counts_the_noun_after_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # the development reports: "Er waren 214 vennoten aanwezig of vertegenwoordigd" and next year "met 187
    # aanwezige of vertegenwoordigde vennoten": the count is in vennoten (persons), not in the unit 'aanwezige'
    # (the diff said "niet vergelijkbaar", the chart's axis 'aanwezige'); "vaste en tijdelijke medewerkers" too;
    # a number after the link ("3 grote en twee kleine turbines") is a figure of its own
    first, second = written_and_linked(tmp_path, "De Werft", (
        (2022, "Er waren 214 vennoten aanwezig of vertegenwoordigd. Er werken 42 vaste en tijdelijke "
               "medewerkers.\n"),
        (2023, "De vergadering telde 187 aanwezige of vertegenwoordigde vennoten. Er werken 45 vaste en "
               "tijdelijke medewerkers. We hebben 3 grote en twee kleine turbines.\n")))
    present, staff = "other.vennoot.aanwezig", "other.werknemer.tijdelijk.vast"
    assert _figures(first) == [(3, 214, "members", present, present), (3, 42, "medewerkers", staff, staff)]
    assert [(r["raw"], r["unit"], r["series"]) for r in second["indicators"][:2]] == [
        ("187 aanwezige of vertegenwoordigde vennoten", "vennoten", present),
        ("45 vaste en tijdelijke medewerkers", "medewerkers", staff)]
    assert [(r["value"], r["raw"].split()[0]) for r in second["indicators"][2:]] == [(3, "3"), (2, "twee")]
    assert second["indicators"][3]["unit"] == "turbines"
