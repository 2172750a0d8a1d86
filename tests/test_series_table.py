"""`extract series`: the long and wide tables on the real corpus, and the honesty rules on small reports."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from extractor.series import build, csv_out
from extractor.dutch.formatting import format_figure, format_nl
from extractor.series.table import CONFLICT, PERIOD_DIFFERS, UNIT_CHANGED

from test_series_helpers import indicator, report

R2021 = "corpus/smartcoop-bijzonder-verslag-2021.md"
R2024 = "corpus/smartcoop-bijzonder-verslag-2024.txt"

# id: ((2021 value, source line), (2024 value, source line)) -- the "done when" series
CORPUS_SERIES = {
    "employment.persons": ((18894, 58), (20892, 230)),
    "employment.fte": ((2072, 58), (2284, 233)),
    "employment.contracts": ((172349, 58), (217458, 231)),
    "employment.hours": ((4101304, 58), (4512675, 233)),
    "loans.amount": ((289686, 40), (236510, 189)),
    "payment_reminders.count": ((30194, 114), (34945, 512)),
    "permanent_contracts.women": ((21, 59), (14, 246)),
    "publications.count": ((16, 73), (13, 333)),
}


@pytest.fixture(scope="module")
def table(reports):
    return build([reports[2024], reports[2021]])  # given out of order on purpose


@pytest.fixture(scope="module")
def long_rows(table) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(csv_out.long_csv(table))))


@pytest.fixture(scope="module")
def wide_rows(table) -> dict[str, dict[str, str]]:
    return {row["series"]: row for row in csv.DictReader(io.StringIO(csv_out.wide_csv(table)))}


@pytest.mark.parametrize("indicator_id", sorted(CORPUS_SERIES))
def test_long_csv_holds_the_two_year_series_with_sources(long_rows, indicator_id):
    rows = [r for r in long_rows if r["id"] == indicator_id]
    (v2021, l2021), (v2024, l2024) = CORPUS_SERIES[indicator_id]
    got = [(r["organisation"], r["fiscal_year"], r["value"], r["document"], r["page"], r["line"], r["qualifier"])
           for r in rows]
    assert got == [("SmartCoop", "2021", str(v2021), R2021, "", str(l2021), "exact"),
                   ("SmartCoop", "2024", str(v2024), R2024, "", str(l2024), "exact")]
    for row in rows:  # the source really says it there
        text = Path(row["document"]).read_text(encoding="utf-8").split("\n")[int(row["line"]) - 1]
        assert text[int(row["column"]) - 1:].startswith(row["raw"].split()[0]), (row["raw"], text)
        assert row["catalogued"] == "true" and row["flags"] == ""


def test_long_csv_header_and_plain_numbers(long_rows):
    assert list(long_rows[0]) == ["id", "label", "unit", "fiscal_year", "value", "value_max", "qualifier", "raw",
                                  "organisation", "enterprise_number", "document", "page", "line", "column", "period", "series",
                                  "catalogued", "match", "rule", "approximate", "flags", "noun", "dimension",
                                  "possible"]
    training = [r for r in long_rows if r["id"] == "training.staff.volume"]
    assert [(r["value"], r["unit"], r["raw"]) for r in training] == [("159.5", "days", "159,5 dagen"),
                                                                     ("1946.5", "hours", "1.946,5 uur")]


def test_long_csv_is_sorted_and_deterministic(table, reports):
    text = csv_out.long_csv(table)
    assert text == csv_out.long_csv(build([reports[2021], reports[2024]]))
    rows = list(csv.DictReader(io.StringIO(text)))
    keys = [(r["organisation"], r["id"], r["unit"], r["fiscal_year"], int(r["line"])) for r in rows]
    assert keys == sorted(keys)


def test_wide_csv_indicators_by_year(wide_rows):
    persons = wide_rows["employment.persons@persons"]
    assert (persons["organisation"], persons["2021"], persons["2024"], persons["qualifier_2021"],
            persons["flags"]) == ("SmartCoop", "18894", "20892", "", "")
    assert list(persons) == ["series", "organisation", "id", "label", "unit", "2021", "2024", "qualifier_2021",
                             "qualifier_2024", "flags", "notes", "enterprise_number", "noun", "dimension", "possible"]


def test_unit_change_is_two_flagged_series_never_one(wide_rows, long_rows):
    days, hours = wide_rows["training.staff.volume@days"], wide_rows["training.staff.volume@hours"]
    assert (days["2021"], days["2024"]) == ("159.5", "")
    assert (hours["2021"], hours["2024"]) == ("", "1946.5")
    for row in (days, hours):
        assert row["flags"] == UNIT_CHANGED
        assert "andere eenheid: dagen in 2021; uren in 2024; aparte reeksen, niet vergelijkbaar" == row["notes"]
    assert {r["flags"] for r in long_rows if r["id"] == "training.staff.volume"} == {UNIT_CHANGED}


def test_a_missing_year_is_a_gap_not_a_zero(table, wide_rows):
    grant = wide_rows["grants.rsz_compensation@EUR"]  # "bijna 3 miljoen euro" in 2021 only
    assert (grant["2021"], grant["2024"], grant["qualifier_2021"], grant["qualifier_2024"]) == \
        ("3000000", "", "approximately", "")
    series = next(s for s in table.series if s.key == "grants.rsz_compensation@EUR")
    assert (series.organisation, series.gaps) == ("SmartCoop", (2024,))


def test_approximate_and_more_than_values_are_marked(wide_rows, long_rows):
    assert wide_rows["workspace.area@m2"]["qualifier_2021"] == "at_least"  # "meer dan 8.700 m2"
    assert wide_rows["workspace.area@m2"]["qualifier_2024"] == ""  # "4.800 m2"
    requests = [r for r in long_rows if r["id"] == "legal.requests"]
    assert [(r["fiscal_year"], r["value"], r["qualifier"], r["approximate"]) for r in requests] == \
        [("2021", "3200", "at_least", "true"), ("2024", "674", "exact", "false")]
    ratio = wide_rows["pay_ratio.overall@ratio"]  # "tussen 1 en 5,98"
    assert ratio["qualifier_2024"] == "range" and "2024: tussen 1 en 5,98" in ratio["notes"]


def test_a_figure_dated_outside_its_fiscal_year_is_flagged(long_rows):
    actions = [r for r in long_rows if r["id"] == "diversity.actions" and r["fiscal_year"] == "2021"]
    assert [(r["period"], r["flags"]) for r in actions] == [("2023", PERIOD_DIFFERS)]


def test_uncatalogued_ids_are_in_the_long_table_only(long_rows, wide_rows, table):
    derived = [r for r in long_rows if r["id"].startswith("other.")]
    assert derived and all(r["catalogued"] == "false" and r["match"] == "derived" for r in derived)
    assert not any(key.startswith("other.") for key in wide_rows)
    with_derived = csv_out.wide_csv(table, include_derived=True)
    assert "other.deelnemer@persons" in with_derived  # "694 personen" and "564 deelnemers": persons, noun apart


# --- small reports: conflicts, gaps across a year whose report lacks the figure, duplicates

def test_same_id_twice_with_different_values_is_a_conflict_not_a_pick():
    table = build([report(2023, [indicator("a.count", 5, line=3), indicator("a.count", 8, line=9)]),
                   report(2024, [indicator("a.count", 6, line=4)])])
    rows = list(csv.DictReader(io.StringIO(csv_out.long_csv(table))))
    assert [(r["fiscal_year"], r["value"], r["line"], r["flags"]) for r in rows] == \
        [("2023", "5", "3", CONFLICT), ("2023", "8", "9", CONFLICT), ("2024", "6", "4", "")]
    wide = next(csv.DictReader(io.StringIO(csv_out.wide_csv(table))))
    assert (wide["2023"], wide["qualifier_2023"], wide["2024"]) == ("", "conflict", "6")
    assert "tegenstrijdige waarden in 2023" in wide["notes"] and "regel 3" in wide["notes"] and "regel 9" in wide["notes"]


def test_same_value_twice_is_no_conflict_and_a_duplicate_report_counts_once():
    twice = report(2024, [indicator("a.count", 6, line=4), indicator("a.count", 6, line=40)])
    table = build([twice, twice])
    assert [s.flags for s in table.series] == [()]
    assert len(table.rows) == 2
    assert table.warnings == ["corpus/r2024.txt: same content as corpus/r2024.txt; counted once"]


# --- a corpus of several cooperatives: one series per organisation, every check within one organisation

def test_two_organisations_get_separate_series_and_no_conflict():
    table = build([report(2023, [indicator("a.count", 5, line=3)], name="a2023", organisation="Coop A"),
                   report(2024, [indicator("a.count", 6, line=4)], name="a2024", organisation="Coop A"),
                   report(2023, [indicator("a.count", 50, line=7)], name="b2023", organisation="Coop B"),
                   report(2024, [indicator("a.count", 60, line=8)], name="b2024", organisation="Coop B")])
    assert [(s.organisation, s.key, s.flags, s.years, s.gaps) for s in table.series] == [
        ("Coop A", "a.count@count", (), [2023, 2024], ()),
        ("Coop B", "a.count@count", (), [2023, 2024], ())]
    rows = list(csv.DictReader(io.StringIO(csv_out.long_csv(table))))
    assert [(r["organisation"], r["fiscal_year"], r["value"], r["document"], r["series"], r["flags"])
            for r in rows] == [
        ("Coop A", "2023", "5", "corpus/a2023.txt", "a.count@count", ""),
        ("Coop A", "2024", "6", "corpus/a2024.txt", "a.count@count", ""),
        ("Coop B", "2023", "50", "corpus/b2023.txt", "a.count@count", ""),
        ("Coop B", "2024", "60", "corpus/b2024.txt", "a.count@count", "")]
    wide = list(csv.DictReader(io.StringIO(csv_out.wide_csv(table))))
    assert [(r["series"], r["organisation"], r["2023"], r["2024"], r["qualifier_2023"], r["qualifier_2024"],
             r["flags"], r["notes"]) for r in wide] == [
        ("a.count@count", "Coop A", "5", "6", "", "", "", ""),
        ("a.count@count", "Coop B", "50", "60", "", "", "", "")]


def test_a_unit_change_in_one_organisation_does_not_flag_another():
    table = build([report(2023, [indicator("t.volume", 10, unit="days")], name="a2023", organisation="Coop A"),
                   report(2024, [indicator("t.volume", 80, unit="hours")], name="a2024", organisation="Coop A"),
                   report(2023, [indicator("t.volume", 3, unit="days")], name="b2023", organisation="Coop B"),
                   report(2024, [indicator("t.volume", 4, unit="days")], name="b2024", organisation="Coop B")])
    assert [(s.organisation, s.key, s.flags, s.gaps) for s in table.series] == [
        ("Coop A", "t.volume@days", (UNIT_CHANGED,), (2024,)),
        ("Coop A", "t.volume@hours", (UNIT_CHANGED,), (2023,)),
        ("Coop B", "t.volume@days", (), ())]
    assert table.series[0].notes == ("andere eenheid: dagen in 2023; uren in 2024; aparte reeksen, niet vergelijkbaar",)
    assert [(r.organisation, r.fiscal_year, r.unit, r.flags) for r in table.rows] == [
        ("Coop A", 2023, "days", (UNIT_CHANGED,)), ("Coop A", 2024, "hours", (UNIT_CHANGED,)),
        ("Coop B", 2023, "days", ()), ("Coop B", 2024, "days", ())]


def test_conflicts_labels_and_gaps_stay_within_one_organisation():
    table = build([
        report(2023, [indicator("a.count", 5, label="leden"), indicator("a.count", 9, line=2, label="leden")],
               name="a2023", organisation="Coop A"),
        report(2024, [], name="a2024", organisation="Coop A"),  # Coop A does not state a.count in 2024: a gap
        report(2024, [indicator("a.count", 5, label="vennoten")], name="b2024", organisation="Coop B")])
    assert [(s.organisation, s.flags, s.years, s.gaps) for s in table.series] == [
        ("Coop A", (CONFLICT,), [2023], (2024,)),
        ("Coop B", (), [2024], ())]  # no report of Coop B in 2023: not a gap; no label change across cooperatives
    wide = list(csv.DictReader(io.StringIO(csv_out.wide_csv(table))))
    assert [(r["organisation"], r["2023"], r["qualifier_2023"], r["2024"]) for r in wide] == [
        ("Coop A", "", "conflict", ""), ("Coop B", "", "", "5")]


def test_one_organisation_spelled_differently_is_one_series_and_no_organisation_is_its_own():
    table = build([report(2023, [indicator("a.count", 5)], name="a2023", organisation="SMARTCOOP"),
                   report(2024, [indicator("a.count", 6)], name="a2024", organisation="SmartCoop"),
                   report(2024, [indicator("a.count", 7)], name="x2024", organisation=None)])
    assert [(s.organisation, s.years, s.flags) for s in table.series] == [(None, [2024], ()),
                                                                         ("SmartCoop", [2023, 2024], ())]
    assert table.organisations == [None, "SmartCoop"]
    assert table.organisation_years == {None: [2024], "SmartCoop": [2023, 2024]}


def test_unknown_fiscal_year_stays_in_the_long_table_with_a_warning():
    table = build([report(None, [indicator("a.count", 6)]), report(2024, [indicator("a.count", 7)])])
    assert [(r.fiscal_year, r.value) for r in table.rows] == [(2024, 7), (None, 6)]
    assert table.years == [2024]
    assert "fiscal year unknown" in table.warnings[0]


# --- Dutch number format (chart labels)

@pytest.mark.parametrize("value, qualifier, value_max, text", [
    # thousands dot, decimal comma
    (18894, "exact", None, "18.894"),
    (4101304, "exact", None, "4.101.304"),
    (159.5, "exact", None, "159,5"),
    (1946.5, "exact", None, "1.946,5"),
    (3000000.0, "exact", None, "3.000.000"),
    (7.28, "exact", None, "7,28"),
    (0.25, "exact", None, "0,25"),
    (-7.19, "exact", None, "-7,19"),
    (999, "exact", None, "999"),
    (0, "exact", None, "0"),
    # qualifiers
    (3000000, "approximately", None, "ca. 3.000.000"),
    (8700, "at_least", None, "> 8.700"),
    (1, "at_most", None, "≤ 1"),
    (1, "range", 5.98, "1 – 5,98"),
])
def test_dutch_number_format(value, qualifier, value_max, text):
    assert format_figure(value, qualifier, value_max) == text


def test_dutch_number_format_rounding():
    assert (format_nl(1234.567, 1), format_nl(2.5, 0), format_nl(1e6, 2)) == ("1.234,6", "3", "1.000.000,00")


NOTES = {
    "en": {"a.count@count": ("conflicting values in 2021: «5 dingen» (corpus/r2021.txt line 3); «8 dingen» "
                             "(corpus/r2021.txt line 9)",),
           "b.ratio@count": ("2021: range 1 to 5.98 («tussen 1 en 5,98»)",),
           "c.time@days": ("unit changed: days in 2021; hours in 2022; separate series, not comparable",),
           "d.count@count": ("labelled differently across years: «leden» | «vennoten»; check the definition",
                             "2021: at least («meer dan 3.200»)"),
           "e.count@count": ("2021: approximately («een tiental»)", "«een tiental» in the 2021 report is dated 2023")},
    "nl": {"a.count@count": ("tegenstrijdige waarden in 2021: «5 dingen» (corpus/r2021.txt regel 3); «8 dingen» "
                             "(corpus/r2021.txt regel 9)",),
           "b.ratio@count": ("2021: tussen 1 en 5,98 («tussen 1 en 5,98»)",),
           "c.time@days": ("andere eenheid: dagen in 2021; uren in 2022; aparte reeksen, niet vergelijkbaar",),
           "d.count@count": ("andere omschrijving over de jaren: «leden» | «vennoten»; ga na of het hetzelfde begrip is",
                             "2021: minstens («meer dan 3.200»)"),
           "e.count@count": ("2021: ongeveer («een tiental»)", "«een tiental» in het verslag 2021 is gedateerd op 2023")},
}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_notes_of_a_series_are_in_the_language_of_the_run(lang):
    """Every note of the notes column (CSV, JSON, SQLite, XLSX) follows --lang, with what it quotes of a report
    between quotation marks (issue 22: they were English in every language, the report's text unmarked)."""
    from extractor.runtime import language

    language.set_current(lang)
    table = build([
        report(2021, [indicator("a.count", 5, line=3), indicator("a.count", 8, line=9),
                      indicator("b.ratio", 1, qualifier="range", value_max=5.98, raw="tussen 1 en 5,98"),
                      indicator("c.time", 159.5, unit="days", raw="159,5 dagen"),
                      indicator("d.count", 3200, qualifier="at_least", raw="meer dan 3.200", label="leden"),
                      indicator("e.count", 10, qualifier="approximately", raw="een tiental", period="2023")]),
        report(2022, [indicator("c.time", 1946.5, unit="hours", raw="1.946,5 uur"),
                      indicator("d.count", 3300, label="vennoten")])])
    notes = {series.key: series.notes for series in table.wide()}
    assert notes["c.time@hours"] == notes["c.time@days"]
    del notes["c.time@hours"]
    assert notes == NOTES[lang]


def test_a_catalogued_label_is_in_the_language_of_the_run(reports):
    """The label column names a catalogued indicator by the catalogue's label in the run's language (label_en
    under --lang en); an uncatalogued one keeps the report's words, but for the aspects the tool adds to them
    (tests/test_label_aspects.py)."""
    from extractor.runtime import language

    language.set_current("en")
    english = {series.key: series.label for series in build([reports[2021], reports[2024]]).wide(True)}
    language.set_current("nl")
    dutch = {series.key: series.label for series in build([reports[2021], reports[2024]]).wide(True)}
    assert (english["employment.persons@persons"], dutch["employment.persons@persons"]) == (
        "persons employed", "personen tewerkgesteld")
    uncatalogued = [key for key in dutch if key.startswith("other.")]
    assert (dutch["other.actiepistes.aandeel@count"], english["other.actiepistes.aandeel@count"]) == (
        "actiepistes (aandeel)", "actiepistes (share)")
    assert uncatalogued and all(english[key] == dutch[key] for key in uncatalogued if not dutch[key].endswith(")"))
