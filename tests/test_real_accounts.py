"""Real annual accounts as organisations publish them (issue 20), per item: an accountant's compiled accounts of a
Dutch private company (Van Hattem Advies B.V., 2023, EO.Pdf), a foundation's one-page accounts made in Word 2010
(Stichting Apsara, 2022 and 2023) and a foundation's accounts whose headings are set in fonts with their own
encoding (Stichting Buitenbeesten, 2016, Nitro Pro via Quartz). Sources in tests/fixtures/real-pdfs/README.md;
what is asserted was read by hand from the pages (pdftotext -layout and the page images)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractor.pipeline import extract_file

pytestmark = pytest.mark.slow  # reads real PDFs, each parsed in a child process: seconds each

REAL = Path(__file__).parent / "fixtures" / "real-pdfs"
COMPANY = "nl-vanhattem-jaarrekening-2023.pdf"


@cache
def _report(name: str) -> dict:
    return extract_file(REAL / name)


def _figures_on(report: dict, page: int) -> list[tuple]:
    return [(i["value"], i["raw"], i["location"]["line"]) for i in report["indicators"] if i["location"]["page"] == page]


def _row(report: dict, page: int, line: int) -> list[tuple]:
    """The figures of one row of a table: value, period, the row's label."""
    return [(i["value"], i["period"], (i.get("table") or {}).get("row")) for i in report["indicators"]
            if i["location"]["page"] == page and i["location"]["line"] == line]


# who and when


@pytest.mark.parametrize("name,organisation,year", [
    (COMPANY, "Van Hattem Advies", 2023),  # "Aan het bestuur van" / "Van Hattem Advies B.V." on the cover
    ("nl-apsara-jaarrekening-2022.pdf", "Stichting Apsara", 2022),
    ("nl-apsara-jaarrekening-2023.pdf", "Stichting Apsara", 2023),  # the cover's lines make one paragraph
])
def test_organisation_and_fiscal_year_from_the_cover(name: str, organisation: str, year: int) -> None:
    document = _report(name)["document"]
    assert (document["organisation"], document["fiscal_year"], document["kind"]) == (organisation, year, "accounts")


# numbers that are no figures


def test_cover_letter_and_contents_give_no_figures() -> None:
    report = _report(COMPANY)
    # the client's address block ("Morelberg 52" / "4708 NL Roosendaal"), the letter's "balans per 31-" /
    # "12-2023", its letterhead's footer (street, postcode, phone, KvK), the contents' section and page numbers
    for page in (1, 2, 3):
        assert _figures_on(report, page) == []
    entities = {(e["label"], e["text"], e["location"]["page"], e["location"]["line"]) for e in report["entities"]}
    assert {("ADDRESS", "Morelberg 52", 1, 3), ("POSTCODE", "4708 NL Roosendaal", 1, 4),
            ("REGISTRATION_NUMBER", "KvK 77235258", 2, 24), ("SECTION_NUMBER", "4", 3, 42),
            ("TOC_PAGE", "18", 3, 42), ("SECTION_NUMBER", "1", 4, 3)} <= entities  # lines as pdftotext -layout's


def test_letterhead_contact_line_is_no_garbled_text() -> None:
    report = _report(COMPANY)  # "ZFG Finance ♦ Burgemeester Prinsensingel 38, 4701 HN Roosendaal" / "T … ♦ E …"
    assert [w for w in report["warnings"] if w["code"].startswith("text.")] == []


def test_reporting_guideline_number_is_no_figure() -> None:
    report = _report("nl-apsara-jaarrekening-2023.pdf")  # "Richtlijn voor de Jaarverslaggeving 640 (RJ640)"
    assert [(e["text"], e["location"]["page"]) for e in report["entities"] if e["label"] == "REPORTING_STANDARD"] \
        == [("Richtlijn voor de Jaarverslaggeving 640", 2)]
    assert not [i for i in report["indicators"] if i["value"] == 640]


def test_masked_bank_account_is_no_figure() -> None:
    report = _report("nl-apsara-jaarrekening-2023.pdf")  # page 2: "NL70RABO .........7 18" (pdftotext -layout)
    assert not [(i["raw"], i["location"]["page"]) for i in report["indicators"] if i["location"]["page"] == 2]


# signs: a written sign makes a negative; a cost written positive stays positive


def test_company_accounts_signs_per_row() -> None:
    report = _report(COMPANY)
    # 1.1 Resultaatvergelijking: the tax is written "-25.099" and "-10,09" %
    # (the rows as pdftotext -layout prints the pages, the office's header lines counted)
    assert [v for v, _, _ in _row(report, 5, 21)] == [-25099, -10.09, -18392, -8.05]
    # costs listed under "Kosten" are written positive: positive
    assert _row(report, 5, 9)[0] == (87384, "2023", "Lasten uit hoofde van personeelsbeloningen")
    # 1.3 Fiscale positie
    assert _row(report, 7, 12) == [(-1137, "2023", "Kleinschaligheidsinvesteringsaftrek")]
    assert _row(report, 7, 14) == [(-3, "2023", "Afronding")]
    # 2.3 Kasstroomoverzicht: a positive and a negative year on one row
    assert [(v, label) for v, _, label in _row(report, 11, 15)] == [(84168, "Mutaties in overige vorderingen"),
                                                                     (-81728, "Mutaties in overige vorderingen")]
    assert [(v, p) for v, p, _ in _row(report, 11, 19)] == [(202867, "2023"), (-2399, "2022")]
    # 3.8.1 Eigen vermogen: "Dividenduitkeringen -132.941"
    assert _row(report, 17, 18) == [(-132941, "2023", "Dividenduitkeringen")]


def test_foundation_result_with_a_spaced_minus_after_the_euro_sign() -> None:
    report = _report("nl-apsara-jaarrekening-2022.pdf")  # "Resultaat boekjaar 2022   € - 363,00"
    assert [(i["value"], i["unit"], i["raw"]) for i in report["indicators"] if i["location"]["page"] == 1
            and i["location"]["line"] == 20] == [(-363, "EUR", "€ - 363,00")]  # pdftotext -layout's line 20
    assert [i["value"] for i in report["indicators"] if i["value"] < 0] == [-363, -363]


def test_accounts_with_headings_in_fonts_of_their_own_encoding_are_warned() -> None:
    """The Buitenbeesten accounts set their headings and dates in fonts whose glyphs map to no Unicode
    ("& %#%"($%(" for a date): both pages are warned as garbled, and the glyphs without Unicode named."""
    report = _report("nl-buitenbeesten-jaarrekening-2016.pdf")
    warnings = {w["code"]: w["message"] for w in report["warnings"]}
    assert warnings["text.garbled"].startswith("the text layer of pages 1, 2 cannot be read")
    assert warnings["text.unmapped_glyphs"] == "glyphs without Unicode on pages 1, 2: some characters are lost"
    assert report["document"]["organisation"] == "Stichting Buitenbeesten"  # on both pages, readable


def test_accounts_with_garbled_headings_keep_the_amounts_that_read() -> None:
    """Only the headings, the column dates and two row labels of the Buitenbeesten accounts are glyphs without
    Unicode; the row labels and amounts of the rest read right ("Som der kosten -8.214"). The amounts keep their
    values and signs, also where the row's label is lost ("Resultaat", page 2 line 13, "(cid:25) (cid:19)
    (cid:22) -3.874"). pdfium's text of these pages left out the control characters the unmapped glyphs read as,
    so that every later character had the box of the one before it ("iften en donaties4"): each is read one by
    one now (extractor/document/readers/pdfium_page.py)."""
    report = _report("nl-buitenbeesten-jaarrekening-2016.pdf")
    # (the rows as pdftotext -layout prints the page: the garbled heading over the columns is a line of its own)
    assert [(v, label) for v, _, label in _row(report, 2, 10)] == [(7197, "A. Inkopen en werk door derden")]
    assert [(v, label) for v, _, label in _row(report, 2, 11)] == [(1017, "B. Algemene kosten")]
    assert [(v, label) for v, _, label in _row(report, 2, 12)] == [(-8214, "Som der kosten")]
    assert [v for v, _, _ in _row(report, 2, 13)] == [-3874]  # Resultaat (label garbled)
    assert [(v, label) for v, _, label in _row(report, 2, 14)] == [(-116, "Financiële baten en lasten")]
    assert [v for v, _, _ in _row(report, 2, 15)] == [-3990]  # Resultaat na ... (label garbled)
    assert [(i["value"], i["raw"]) for i in report["indicators"] if i["location"]["page"] == 2
            and i["location"]["line"] in (6, 7)] == [(4340, "4.340"), (4340, "4.340")]  # Giften en donaties, total
    # page 1, the balance sheet: the equity "-3.990" stays negative; the debts 4.370 and their total 4.637
    page1 = [(i["value"], i["raw"]) for i in report["indicators"] if i["location"]["page"] == 1]
    assert (-3990, "-3.990") in page1 and (4370, "4.370") in page1 and (4637, "4.637") in page1
    assert not [i for i in report["indicators"] if i["value"] > 0 and i["raw"].startswith("-")]


def test_balance_sheet_rows_whose_labels_and_amounts_the_reader_gave_apart() -> None:
    """Page 1 of the Buitenbeesten accounts, the balance sheet: pdfium gives every row label, then every amount
    (the column of "-" under "Openingsbalans" is the widest gap of the page, so the page was cut there first).
    The rows are put back together although each holds a "-" (a spreadsheet's nil, no letters read one by one);
    the current assets 160, 487, 647, 647 rising down the page are no table of contents (a row is a total: "Som
    der vlottende activa", "Totaal"); the unreadable headings between the rows ("STICHTINGSVERMOGEN",
    "KORTLOPENDE SCHULDEN", glyphs without Unicode) do not break the table, so "-3.990" is the row's amount,
    negative, not a change (it was other.stichtingsvermogen.verandering, 2015/2016), and "Overige schulden en
    overlopende" / "passiva" stays one label."""
    report = _report("nl-buitenbeesten-jaarrekening-2016.pdf")
    assert _row(report, 1, 7) == [(160, "2016-12-31", "Vorderingen")]
    assert _row(report, 1, 8) == [(487, "2016-12-31", "Liquide middelen")]
    assert _row(report, 1, 9) == [(647, "2016-12-31", "Som der vlottende activa")]
    assert [(v, label) for v, _, label in _row(report, 1, 10)] == [(647, "Totaal")]
    assert [(v, label) for v, _, label in _row(report, 1, 14)] == [(-3990, "Stichtingsvermogen")]
    assert [(v, label) for v, _, label in _row(report, 1, 16)] == [(4370, "R.C. B. Zumpolle")]
    assert _row(report, 1, 18) == [(267, "2016-12-31", "Overige schulden en overlopende passiva")]
    assert [v for v, _, _ in _row(report, 1, 19)] == [4637]
    assert [(v, label) for v, _, label in _row(report, 1, 20)] == [(647, "Totaal")]
    equity = next(i for i in report["indicators"] if i["location"]["page"] == 1 and i["raw"] == "-3.990")
    assert (equity["period_kind"], equity["id"].endswith(".verandering")) == ("annual", False)
    # the "-" of the opening balance (30-11-2015) is no figure
    assert not [i for i in report["indicators"] if i["location"]["page"] == 1 and i["value"] == 0]
