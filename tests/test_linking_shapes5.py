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


# ---- targets as their own quantity -----------------------------------------------------------------------------

def _targets(report: dict) -> list[tuple[int, float, str, str | None, str, str | None]]:
    return [(r["location"]["line"], r["value"], r["series"], r["period"], r["period_kind"], r["period_source"])
            for r in report["indicators"]]


def test_a_target_is_its_own_series_and_never_the_count_reached(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # "we mikken op 500 leden tegen 2025", "Ons doel is 60 vrijwilligers", "Streefcijfer: 1.200 ritten", "We willen
    # groeien naar 15 medewerkers", "Tegen 2026 willen we 4 VTE": each the quantity's series with the target mark
    # (.doel), its period the year it aims at or null, never linked to next year's count (55 vrijwilligers went
    # on the target's series before). Negatives: the count beside it; "Wie lid wil worden, betaalt 50 euro" (an
    # intent, no verb of reaching); "Het doel werd gehaald: 30 workshops" (a verb says what was done); "we groeiden
    # naar 14 koks" (no intent)
    from extractor.diff import check_draft, diff_reports

    first, second = written_and_linked(tmp_path, "De Fietsbel", (
        (2023, "Eind 2023 telden we 410 leden. We mikken op 500 leden tegen 2025.\n\n"
               "Ons doel is 60 vrijwilligers; nu zijn het er 48 vrijwilligers.\n\n"
               "Streefcijfer: 1.200 ritten. Dit jaar reden we 1.050 ritten.\n\n"
               "We willen groeien naar 15 medewerkers. Nu werken er 12 medewerkers.\n\n"
               "Tegen 2026 willen we 4 VTE in dienst. Wie lid wil worden, betaalt 50 euro. Het doel werd gehaald: "
               "30 workshops. In de keuken groeiden we naar 14 koks.\n"),
        (2024, "Eind 2024 telden we 470 leden. Ons doel blijft 500 leden tegen 2025.\n\n"
               "Er waren 55 vrijwilligers.\n\nWe reden 1.180 ritten.\n\nEr werken 13 medewerkers (3,5 VTE).\n\n"
               "We organiseerden 32 workshops en werkten met 15 koks.\n")))
    assert [(r["location"]["line"], r["value"], r["id"]) for r in first["indicators"]] == [
        (3, 410, "other.vennoot"), (3, 500, "other.vennoot.doel"),
        (5, 60, "other.vrijwilliger.doel"), (5, 48, "other.vrijwilliger"),
        (7, 1200, "other.rit.doel"), (7, 1050, "other.rit"),
        (9, 15, "other.werknemer.doel"), (9, 12, "other.werknemer"),
        (11, 4, "other.werknemer_vte.doel"), (11, 50, "other.betalen_euro"), (11, 30, "other.workshop"),
        (11, 14, "other.kok")]
    assert _targets(first)[1] == (3, 500, "other.vennoot.doel", "2025", "target", "stated")
    assert _targets(first)[2] == (5, 60, "other.vrijwilliger.doel", None, "target", None)
    assert _targets(first)[8] == (11, 4, "other.werknemer_vte.doel", "2026", "target", "stated")
    assert [(r["value"], r["label"]) for r in first["indicators"] if r["period_kind"] == "target"] == [
        (500, "vennoten (doel)"), (60, "vrijwilligers (doel)"), (1200, "ritten (doel)"), (15, "medewerkers (doel)"),
        (4, "medewerkers (doel)")]
    assert [(r["value"], r["series"]) for r in second["indicators"]] == [
        (470, "other.vennoot"), (500, "other.vennoot.doel"), (55, "other.vrijwilliger"), (1180, "other.rit"),
        (13, "other.werknemer"), (3.5, "employment.fte"), (32, "other.workshop"), (15, "other.kok")]
    assert _targets(second)[1] == (3, 500, "other.vennoot.doel", "2025", "target", "stated")
    # diff: a target against a target, a count against a count; check: no note that a target is of 2025
    pairs = {(c.before.raw, c.after.raw) for c in diff_reports(first, second).changes if c.before and c.after}
    assert ("500 leden", "500 leden") in pairs and ("410 leden", "470 leden") in pairs
    assert not {("60 vrijwilligers", "55 vrijwilligers"), ("15 medewerkers", "13 medewerkers"),
                ("1.200 ritten", "1.180 ritten"), ("500 leden", "470 leden")} & pairs
    for report, earlier in ((first, []), (second, [first])):
        assert [f.rule for f in check_draft(report, earlier).findings if f.rule == "internal.period_mismatch"] == []


def test_a_target_in_a_table_row_or_a_catalogued_unit_stays_a_target(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # a row "Streefcijfer leden" is the members' target, not the members; "we hopen 600 leden te bereiken" (intent,
    # a verb of reaching after the figure); "We willen groeien naar 5 VTE" is no catalogued FTE employed (the
    # catalogue's employment.fte would link it to next year's FTE)
    first, second = written_and_linked(tmp_path, "De Kring", (
        (2023, "| | 2023 |\n|---|---|\n| Leden | 410 |\n| Streefcijfer leden | 500 |\n\n"
               "We hopen 600 leden te bereiken. We willen groeien naar 5 VTE en werken nu met 3,2 VTE.\n"),
        (2024, "| | 2024 |\n|---|---|\n| Leden | 455 |\n\nWe werken met 3,8 VTE.\n")))
    assert [(r["value"], r["id"], r["series"], r["period_kind"]) for r in first["indicators"]] == [
        (410, "other.vennoot", "other.vennoot", "point_in_time"),
        (500, "other.vennoot.doel", "other.vennoot.doel", "target"),
        (600, "other.vennoot.doel", "other.vennoot.doel~2", "target"),
        (5, "other.werknemer_vte.doel", "other.werknemer_vte.doel", "target"),
        (3.2, "employment.fte", "employment.fte", "annual")]
    assert [(r["value"], r["series"]) for r in second["indicators"]] == [
        (455, "other.vennoot"), (3.8, "employment.fte")]


# ---- a month without a year in a report of a fiscal year across two calendar years -------------------------------

SPLIT_YEAR_TEXTS = {  # the same report under three openings that say which fiscal year it is
    "title with the span": "De Oogst cv - Jaarverslag 2022-2023\n\nBoekjaar van 1 juli 2022 tot 30 juni 2023.\n\n",
    "title with the closing year": "De Oogst cv - Jaarverslag 2023\n\nBoekjaar van 1 juli 2022 tot 30 juni 2023.\n\n",
    "no year in the title": "De Oogst cv\n\nHet boekjaar liep van 1 juli 2022 tot 30 juni 2023.\n\n",
}
SPLIT_YEAR_BODY = ("In september kwamen er 40 nieuwe leden bij. In maart telden we 310 leden.\n\n"
                   "De algemene vergadering van november keurde de rekeningen goed. In januari hielden we een "
                   "buitengewone algemene vergadering.\n\n"
                   "Op 12 oktober kwamen 25 vrijwilligers samen. In mei oogstten we 4.200 kg groenten.\n\n"
                   "In september 2023 starten 12 nieuwe tuiniers.\n")


def test_a_month_without_a_year_takes_the_year_of_the_fiscal_years_part_it_falls_in(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # a fiscal year from July 2022 to June 2023: "in september" is September 2022, "in maart" March 2023, a
    # meeting "van november" November 2022 and one "in januari" January 2023, "Op 12 oktober" 12 October 2022;
    # a month with its year written ("In september 2023") keeps it. Was: every month of 2023 under a title naming
    # 2023, of 2022 under "Jaarverslag 2022-2023"
    from extractor.pipeline import extract_file

    for n, opening in enumerate(SPLIT_YEAR_TEXTS.values()):
        path = tmp_path / f"oogst-{n}.txt"
        path.write_text(opening + SPLIT_YEAR_BODY, encoding="utf-8")
        report = extract_file(path)
        assert (report["document"]["fiscal_year"], report["document"]["fiscal_period"]) == (2023, "2022/2023")
        assert [(r["location"]["line"] - 4, r["value"], r["period"]) for r in report["indicators"]] == [
            (1, 40, "2022-09"), (1, 310, "2023-03"), (5, 25, "2022-10-12"), (5, 4200, "2023-05"),
            (7, 12, "2023-09")], opening
        assert [(m["kind"], m["date"]) for m in report["meetings"]] == [
            ("general", "2022-11"), ("extraordinary", "2023-01")], opening


def test_a_month_without_a_year_in_a_report_of_a_calendar_year_is_of_that_year(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # the negative: a fiscal year of one calendar year places every month in it
    from extractor.pipeline import extract_file

    path = tmp_path / "oogst-2023.txt"
    path.write_text("De Oogst cv - Jaarverslag 2023\n\n" + SPLIT_YEAR_BODY, encoding="utf-8")
    report = extract_file(path)
    assert (report["document"]["fiscal_year"], report["document"].get("fiscal_period")) == (2023, None)
    assert [(r["value"], r["period"]) for r in report["indicators"]][:4] == [
        (40, "2023-09"), (310, "2023-03"), (25, "2023-10-12"), (4200, "2023-05")]
    assert [m["date"] for m in report["meetings"]] == ["2023-11", "2023-01"]


def test_a_target_for_next_year_is_never_next_years_figure(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # "De doelstelling voor 2024 is een omzet van 250.000 euro" in the 2023 report is for 2024 and is no value of
    # the 2024 report's turnover (no restatement, no link); a target after the count in its sentence ("ons doel is
    # 500") or in brackets ("(doel: 60)") takes the count's quantity with the target mark; "De doelgroep telt 40
    # jongeren" is no target (a word that opens with 'doel')
    from extractor.diff import check_draft

    first, second = written_and_linked(tmp_path, "De Fietsbel", (
        (2023, "We telden 410 leden, ons doel is 500.\n\nWe telden 48 vrijwilligers (doel: 60).\n\n"
               "De doelstelling voor 2024 is een omzet van 250.000 euro.\n\nDe doelgroep telt 40 jongeren.\n"),
        (2024, "We telden 470 leden.\n\nWe telden 55 vrijwilligers.\n\nDe omzet bedroeg 240.000 euro.\n\n"
               "De doelgroep telt 45 jongeren.\n")))
    assert [(r["value"], r["series"], r["period"], r["period_kind"]) for r in first["indicators"]] == [
        (410, "other.vennoot", "2023-12-31", "point_in_time"), (500, "other.vennoot.doel", None, "target"),
        (48, "other.vrijwilliger", "2023", "annual"), (60, "other.vrijwilliger.doel", None, "target"),
        (250000, "other.omzet_euro.doel", "2024", "target"), (40, "other.jong", "2023", "annual")]
    assert [(r["value"], r["series"]) for r in second["indicators"]] == [
        (470, "other.vennoot"), (55, "other.vrijwilliger"), (240000, "other.omzet_euro"), (45, "other.jong")]
    assert [f.rule for f in check_draft(second, [first]).findings] == []
