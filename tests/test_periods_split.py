"""Periods where fiscal years run across two calendar years (issue 19, points 2 and 4): the fiscal year
"2022/2023" by default; what the text or a table gives a figure ("in het boekjaar 2022-2023", "vorig jaar",
"(2021-2022: ...)", "het boekjaar dat eindigde op 30 juni 2023", columns "2022-2023", "Vorig boekjaar",
"30/06/2023"); annual, point-in-time and cumulative told apart; a figure quoted for last year checked against
last year's report, never against this year's figure. The reports are made up for these tests
(tests/fixtures/periods), in the wordings the brief lists."""

from __future__ import annotations

from functools import cache

import pytest

from conftest import ROOT
from extractor.diff import messages
from extractor.figures.periods import fiscal_year_of, period_kind
from extractor.pipeline import extract_file

PERIODS = ROOT / "tests" / "fixtures" / "periods"
HEAT_2022 = PERIODS / "warmtenet-de-linde-jaarverslag-2021-2022.md"
HEAT_2023 = PERIODS / "warmtenet-de-linde-jaarverslag-2022-2023.md"
CRECHE = PERIODS / "kinderopvang-de-speelboom-jaarverslag-2022-23.txt"


@cache
def _report(path) -> dict:
    return extract_file(path)


def _figures(path) -> list[tuple]:
    return [(r["location"]["line"], r["raw"], r["period"], r["period_kind"], r["period_source"])
            for r in _report(path)["indicators"]]


def test_a_split_fiscal_year_is_read_from_the_title_and_the_closing_day() -> None:
    for path, year, span in ((HEAT_2022, 2022, "2021/2022"), (HEAT_2023, 2023, "2022/2023"), (CRECHE, 2023, "2022/2023")):
        document = _report(path)["document"]
        assert (document["fiscal_year"], document["fiscal_period"]) == (year, span)


def test_every_figure_of_a_split_year_report_in_sentences_and_markdown_tables() -> None:
    assert _figures(HEAT_2023) == [
        # "In het boekjaar 2022-2023 sloten we 84 nieuwe woningen aan": the fiscal year, stated
        (9, "84 nieuwe woningen", "2022/2023", "annual", "stated"),
        # "Op 30 juni 2023 waren 1.240 woningen aangesloten op het net, vorig jaar 1.156": the day, and that day
        # a year before
        (9, "1.240 woningen", "2023-06-30", "point_in_time", "stated"),
        (10, "1.156", "2022-06-30", "other_year", "stated"),
        # "Sinds de oprichting in 2014 investeerden we 12,4 miljoen euro"
        (11, "12,4 miljoen euro", "2014/2023", "cumulative", "stated"),
        # "We leverden 18.300 MWh warmte (2021-2022: 17.950 MWh)": no period stated, the split fiscal year
        (15, "18.300 MWh", "2022/2023", "annual", "fiscal_year"),
        (15, "17.950 MWh", "2021/2022", "other_year", "stated"),
        (15, "2.145.000 euro", "2022/2023", "annual", "fiscal_year"),
        # "Het vorige boekjaar telde 640 vennoten; op 30 juni 2023 waren het er 702": the date after the
        # semicolon is the 702's only; members are a stock, counted on the day last year's fiscal year closed
        (16, "640 vennoten", "2022-06-30", "other_year", "stated"),
        (16, "702", "2023-06-30", "point_in_time", "stated"),
        # "Het boekjaar dat eindigde op 30 juni 2023 sloot af met een winst van 86.000 euro (2021/22: 64.000
        # euro)": the closing day names the fiscal year, no day of it
        (20, "86.000 euro", "2022/2023", "annual", "stated"),
        (20, "64.000 euro", "2021/2022", "other_year", "stated"),
        # | Post | 2021-2022 | 2022-2023 |
        (26, "1.980.000", "2021/2022", "other_year", "stated"),
        (26, "2.145.000", "2022/2023", "annual", "stated"),
        (27, "640", "2021/2022", "other_year", "stated"),
        (27, "702", "2022/2023", "annual", "stated"),
        # | | 30/06/2023 | 30/06/2022 |: this year's balance-sheet date and last year's
        (33, "3.410.000", "2023-06-30", "point_in_time", "stated"),
        (33, "3.324.000", "2022-06-30", "other_year", "stated"),
        (34, "8.920.000", "2023-06-30", "point_in_time", "stated"),
        (34, "9.105.000", "2022-06-30", "other_year", "stated"),
    ]


def test_every_figure_of_a_split_year_report_in_text_with_aligned_columns() -> None:
    assert _figures(CRECHE) == [
        (8, "212 kinderen", "2022/2023", "annual", "stated"),  # "In het boekjaar 2022-23 vingen we 212 kinderen"
        (8, "twee crèches", "2022/2023", "annual", "stated"),
        (9, "198", "2021/2022", "other_year", "stated"),  # "Vorig boekjaar waren dat er 198."
        (9, "64 opvangplaatsen", "2023-08-31", "point_in_time", "stated"),
        (10, "1.140 kinderen", "2016/2023", "cumulative", "stated"),  # "Sinds 2016 vingen we in totaal"
        # "Eind augustus 2023 werkten er 31 medewerkers (vorig jaar: 29)": the end of the month is its last day;
        # the colon gives the 29 last year
        (13, "31 medewerkers", "2023-08-31", "point_in_time", "stated"),
        (13, "29", "2022-08-31", "other_year", "stated"),
        (16, "1.612.000 euro", "2022/2023", "annual", "fiscal_year"),  # "(2021-22: 1.498.000 euro)"
        (16, "1.498.000 euro", "2021/2022", "other_year", "stated"),
        # columns "Boekjaar" and "Vorig boekjaar": the split fiscal year and the one before
        (21, "1.612.000", "2022/2023", "annual", "stated"),
        (21, "1.498.000", "2021/2022", "other_year", "stated"),
        (22, "1.254.000", "2022/2023", "annual", "stated"),
        (22, "1.176.000", "2021/2022", "other_year", "stated"),
        (23, "41.000", "2022/2023", "annual", "stated"),
        (23, "22.000", "2021/2022", "other_year", "stated"),
        # columns "31/08/2023" and "31/08/2022"
        (26, "486.000", "2023-08-31", "point_in_time", "stated"),
        (26, "445.000", "2022-08-31", "other_year", "stated"),
        (27, "233.000", "2023-08-31", "point_in_time", "stated"),
        (27, "251.000", "2022-08-31", "other_year", "stated"),
    ]


@pytest.mark.parametrize("period,kind", [
    (None, "annual"), ("2022/2023", "annual"), ("2023-06-30", "point_in_time"), ("2021/2022", "other_year"),
    ("2022-06-30", "other_year"), ("2014/2023", "cumulative"), ("../2023", "cumulative"),
])
def test_period_kind_of_a_split_fiscal_year(period: str | None, kind: str) -> None:
    assert period_kind(period, 2023, "2022/2023") == kind


def test_the_fiscal_year_a_period_falls_in() -> None:
    assert fiscal_year_of("2021/2022", split=True) == 2022
    assert fiscal_year_of("2021/2022", split=False) is None  # "sinds 2021" in the 2022 report: two years
    assert fiscal_year_of("2022-06-30") == 2022
    assert fiscal_year_of("2016/2023", split=True) is None
    assert fiscal_year_of("../2023") is None


def test_a_split_fiscal_year_in_words() -> None:
    assert messages.period("2021/2022", split=True) == "het boekjaar 2021-2022"
    assert messages.period("2021/2022") == "2021 tot en met 2022"
    assert messages.report_name(2023, "x.md", split=True) == "verslag 2022-2023"


def _findings(old, new) -> dict:
    from extractor.diff import diff_reports, findings_to_json
    return findings_to_json(diff_reports(_report(old), _report(new)))


def test_a_figure_quoted_for_last_year_is_checked_against_last_years_report_only() -> None:
    result = _findings(HEAT_2022, HEAT_2023)
    restated = [f for f in result["findings"] if f["rule"] == "across.previous_year_figure"]
    # "(2021-2022: 17.950 MWh)" against last year's "We leverden 18.050 MWh warmte": a restatement, both lines;
    # "vorig jaar 1.156", "(2021/22: 64.000 euro)" and "Het vorige boekjaar telde 640" repeat last year's figures
    assert [[(e["raw"], e["location"]["line"]) for e in f["evidence"]] for f in restated] == [
        [("17.950 MWh", 15), ("18.050 MWh", 14)]]
    assert restated[0]["message"] == ("Het verslag 2022-2023 geeft «17.950 MWh» voor 2021-2022 («warmte»), maar het "
                                      "verslag 2021-2022 vermeldde «18.050 MWh».")
    # the figures of this year are compared with last year's, never with a figure the text gives for last year
    changes = {(c["before"]["raw"], c["after"]["raw"]) for c in result["changes"] if c["before"] and c["after"]}
    assert ("18.050 MWh", "18.300 MWh") in changes and ("1.156 woningen", "1.240 woningen") in changes
    assert not any(after in ("17.950 MWh", "1.156", "64.000 euro", "640 vennoten", "1.980.000", "3.324.000")
                   for _, after in changes)


def test_a_figure_quoted_beside_this_years_is_no_note_of_another_period() -> None:
    notes = [f for f in _findings(HEAT_2022, HEAT_2023)["findings"] if f["rule"] == "internal.period_mismatch"]
    # "18.300 MWh warmte (2021-2022: 17.950 MWh)", "vorig jaar 1.156", a table's column of last year: a comparison
    # made on purpose; "Het vorige boekjaar telde 640 vennoten" says something of last year on its own: the members
    # on the day that fiscal year closed
    assert [(f["evidence"][0]["raw"], f["message"]) for f in notes] == [
        ("640 vennoten", "Het cijfer «640 vennoten» (‘vennoten’) slaat op 30 juni 2022, niet op het "
                         "boekjaar 2022-2023 van dit verslag.")]


HEAT_PDF = PERIODS / "warmtenet-libreoffice-2022-2023.pdf"  # tests/make_period_pdfs.py


def test_every_cell_of_a_libreoffice_pdf_with_fiscal_year_and_dated_columns() -> None:
    assert [(r["location"]["page"], r["location"]["line"], r["raw"], r["label"], r["table"]["column"], r["period"],
             r["period_kind"]) for r in _report(HEAT_PDF)["indicators"]] == [
        (1, 5, "18.050", "Geleverde warmte (MWh)", "2021-2022", "2021/2022", "other_year"),
        (1, 5, "18.300", "Geleverde warmte (MWh)", "2022-2023", "2022/2023", "annual"),
        (1, 6, "1.156", "Aangesloten woningen", "2021-2022", "2021/2022", "other_year"),
        (1, 6, "1.240", "Aangesloten woningen", "2022-2023", "2022/2023", "annual"),
        (1, 7, "640", "Vennoten", "2021-2022", "2021/2022", "other_year"),
        (1, 7, "702", "Vennoten", "2022-2023", "2022/2023", "annual"),
        (1, 12, "11.870.400", "Vaste activa", "30/06/2023", "2023-06-30", "point_in_time"),
        (1, 12, "11.402.600", "Vaste activa", "30/06/2022", "2022-06-30", "other_year"),
        (1, 13, "459.600", "Vlottende activa", "30/06/2023", "2023-06-30", "point_in_time"),
        (1, 13, "1.026.400", "Vlottende activa", "30/06/2022", "2022-06-30", "other_year"),
        (1, 14, "3.410.000", "Eigen vermogen", "30/06/2023", "2023-06-30", "point_in_time"),
        (1, 14, "3.324.000", "Eigen vermogen", "30/06/2022", "2022-06-30", "other_year"),
        (1, 15, "8.920.000", "Schulden", "30/06/2023", "2023-06-30", "point_in_time"),
        (1, 15, "9.105.000", "Schulden", "30/06/2022", "2022-06-30", "other_year"),
    ]
    document = _report(HEAT_PDF)["document"]
    assert (document["fiscal_year"], document["fiscal_period"]) == (2023, "2022/2023")


def test_a_pdfs_column_of_last_year_is_checked_against_last_years_report_not_paired_with_this_year() -> None:
    result = _findings(HEAT_2022, HEAT_PDF)
    # last year's column repeats what last year's report says (18.050 MWh, 1.156 woningen): no restatement
    assert [f for f in result["findings"] if f["rule"] == "across.previous_year_figure"] == []
    changes = {(c["before"]["raw"], c["after"]["raw"]) for c in result["changes"] if c["before"] and c["after"]}
    assert ("18.050 MWh", "18.300") in changes
    assert not any(after in ("18.050", "1.156", "640", "11.402.600", "1.026.400", "3.324.000", "9.105.000")
                   for _, after in changes)


@pytest.mark.parametrize("text,expected", [
    # a split year after any kind of report in the title; "vorig jaar" before a number labels that number
    ("ZORGNET WAASLAND CV\nBijzonder verslag 2022-2023\n\nWe telden 702 vennoten, vorig jaar 640.",
     [("702 vennoten", "2022/2023", "annual"), ("640", "2021/2022", "other_year")]),
    ("ZORGNET WAASLAND CV\nActiviteitenverslag 2022/23\n\nWe telden 702 vennoten (vorig boekjaar: 640).",
     [("702 vennoten", "2022/2023", "annual"), ("640", "2021/2022", "other_year")]),
    # a fiscal year that closes on 30 June, said only so, opened the year before; members, a stock, stand on the
    # day this fiscal year and the one before closed
    ("ZORGNET WAASLAND CV\nBijzonder verslag\n\nDit verslag gaat over het boekjaar dat eindigde op 30 juni 2023."
     "\n\nWe telden 702 vennoten, vorig jaar 640.",
     [("702 vennoten", "2023-06-30", "point_in_time"), ("640", "2022-06-30", "other_year")]),
    # a loan closed on a day is no fiscal year
    ("ZORGNET WAASLAND CV\nJaarverslag 2023\n\nEen lening afgesloten op 15 maart 2023 financiert 702 panelen.",
     [("702 panelen", "2023-03-15", "point_in_time")]),
    # a calendar year: "vorig jaar" after a figure is its year, before another figure that one's (members, a
    # stock: on the last day of each year)
    ("TRAPKRACHT CV\nJaarverslag 2023\n\nWe telden 702 vennoten, tegenover 640 vorig jaar.",
     [("702 vennoten", "2023-12-31", "point_in_time"), ("640", "2022-12-31", "other_year")]),
    ("TRAPKRACHT CV\nJaarverslag 2023\n\nWe leverden 702 maaltijden, tegenover 640 vorig jaar.",
     [("702 maaltijden", "2023", "annual"), ("640", "2022", "other_year")]),
    ("TRAPKRACHT CV\nJaarverslag 2023\n\nOp 31 december 2023 telden we 702 vennoten, vorig jaar 640.",
     [("702 vennoten", "2023-12-31", "point_in_time"), ("640", "2022-12-31", "other_year")]),
    # a year after a comma that opens a clause with a figure of its own is that figure's; the end of a year its
    # last day
    ("TRAPKRACHT CV\nJaarverslag 2023\n\nEind 2023 telden we 371 aandeelhouders, eind 2022 waren dat er 350.",
     [("371 aandeelhouders", "2023-12-31", "point_in_time"), ("350", "2022-12-31", "other_year")]),
    # the longest phrase opens the clause; a phrase before an amount labels that amount
    ("TRAPKRACHT CV\nJaarverslag 2023\n\nIn het vorige boekjaar waren dat er 12.",
     [("12", "2022", "other_year")]),
    ("TRAPKRACHT CV\nJaarverslag 2023\n\nDe winst bedroeg € 12.500 (vorig jaar € 3.100).",
     [("€ 12.500", "2023", "annual"), ("€ 3.100", "2022", "other_year")]),
    # "vorig jaar" as the base of a comparison dates nothing
    ("TRAPKRACHT CV\nJaarverslag 2023\n\nIn vergelijking met vorig jaar telden we 702 vennoten.",
     [("702 vennoten", "2023-12-31", "point_in_time")]),
])
def test_last_year_named_in_the_sentence(text: str, expected: list[tuple]) -> None:
    from extractor.pipeline import extract_text
    assert [(r["raw"], r["period"], r["period_kind"]) for r in extract_text(text)["indicators"]] == expected


CLOSING_DAY = ("KINDEROPVANG DE SPEELBOOM CV\nJaarverslag 2022-2023\n\n"
               "Het boekjaar liep van 1 september 2022 tot 31 augustus 2023.\n\n"
               "Op 31 december 2022 telden we 205 kinderen, op 31 augustus 2023 waren het er 212.\n"
               "Op 31 augustus 2022 waren dat er 198.\n"
               "In oktober 2022 kwamen er 14 kinderen bij.")


def test_a_day_after_the_closing_day_in_the_year_the_fiscal_year_opens_is_of_this_fiscal_year() -> None:
    from extractor.diff import check_draft, findings_to_json
    from extractor.pipeline import extract_text
    report = extract_text(CLOSING_DAY)
    assert (report["document"]["fiscal_period"], report["document"]["fiscal_year_end"]) == ("2022/2023", "2023-08-31")
    assert [(r["raw"], r["period"], r["period_kind"]) for r in report["indicators"]] == [
        ("205 kinderen", "2022-12-31", "point_in_time"),  # within 1 September 2022 to 31 August 2023
        ("212", "2023-08-31", "point_in_time"),
        ("198", "2022-08-31", "other_year"),  # the close of the fiscal year before
        ("14 kinderen", "2022-10", "other"),  # a month of this fiscal year
    ]
    notes = [f for f in findings_to_json(check_draft(report, []))["findings"] if f["rule"] == "internal.period_mismatch"]
    assert [f["evidence"][0]["raw"] for f in notes] == ["198"]


def test_the_diff_names_split_fiscal_years_as_reports_write_them() -> None:
    from extractor.diff import diff_reports, render
    findings = diff_reports(_report(HEAT_2022), _report(HEAT_2023))
    assert [(d["fiscal_year"], d.get("fiscal_period")) for d in _findings(HEAT_2022, HEAT_2023)["documents"]] == [
        (2022, "2021/2022"), (2023, "2022/2023")]
    text = render(findings, "text")
    assert f"{HEAT_2022} (2021-2022)" in text and f"{HEAT_2023} (2022-2023)" in text
