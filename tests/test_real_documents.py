"""Real documents as organisations publish them (issue 20): per item, on the PDFs of tests/fixtures/real-pdfs
(their sources in its README). What is asserted was read by hand from the pages (pdftotext -layout and the page
images)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractor.pipeline import extract_file

pytestmark = pytest.mark.slow  # reads real PDFs, each parsed in a child process: seconds each

REAL = Path("tests/fixtures/real-pdfs")


@cache
def _report(name: str) -> dict:
    return extract_file(REAL / name)


def _non_figures(report: dict, *labels: str) -> list[tuple[str, str, int, int]]:
    return [(e["label"], e["text"], e["location"]["page"], e["location"]["line"]) for e in report["entities"]
            if e["label"] in labels]


def _figures_on(report: dict, page: int) -> list:
    return [(i["value"], i["unit"], i["raw"]) for i in report["indicators"] if i["location"]["page"] == page]


# forms, codes and identifiers


def test_policy_plan_chamber_of_commerce_and_tax_numbers_are_no_figures() -> None:
    report = _report("nl-zeeuwse-handen-beleidsplan-2023.pdf")
    assert _non_figures(report, "REGISTRATION_NUMBER", "POSTCODE") == [
        ("POSTCODE", "4431 ED", 1, 11),  # the lines as pdftotext -layout prints them, the running header counted
        ("REGISTRATION_NUMBER", "Kamer van Koophandel | 88950727", 1, 16),
        ("REGISTRATION_NUMBER", "RSIN-nummer | 864833477", 1, 18)]
    assert _figures_on(report, 1) == []


def test_device_manual_standard_and_post_box_are_no_figures_and_date_nothing() -> None:
    report = _report("nl-co-melder-handleiding-corel.pdf")
    assert _non_figures(report, "STANDARD") == [
        ("STANDARD", "EN 50291-1: 2018", 1, 3), ("STANDARD", "EN 50291-1:2018", 4, 4)]  # visible rows of the page
    # the manufacturer's and importer's addresses are in English and Chinese place names ("Importer: ELRO
    # Europe | www.elro.eu ... Postbus 9607 - Box E800 1006 GC Amsterdam The Netherlands"): a contact block of
    # names and a website, no garbled text; none of its numbers a figure
    # (lines 58 and 59: the rows the importer's address shares with the manufacturer's, beside it)
    assert [(e["label"], e["text"]) for e in report["entities"] if e["location"]["page"] == 1 and e["location"]["line"]
            in (58, 59) and e["label"].startswith("POST")] == [("POSTBOX", "Postbus 9607"),
                                                                ("POSTCODE", "1006 GC Amsterdam")]
    assert [i for i in report["indicators"] if i["location"]["page"] == 1 and 56 <= i["location"]["line"] <= 60] == []
    # the standard's year is no period: "zonder alarm voor 120 minuten" under "EN 50291-1: 2018"
    first = report["indicators"][0]
    assert (first["value"], first["unit"], first["period_source"]) == (120, "minuten", "fiscal_year")
    # no figure takes a period from the text's dates: each is of the fiscal year, or, where its key makes it a
    # change, of that year and the one before (8f12c11). (The signed ends of an operating range, "-10 °C tot
    # +45 °C", are keyed as changes: a known defect of keys, not of periods.)
    assert {i["period_source"] for i in report["indicators"]} == {"fiscal_year", "year_change"}
    assert not [i for i in report["indicators"] if i["value"] in (9607, 50291, 2018)]


def test_scanned_accounts_ocr_noise_header_dates_and_the_civil_code_are_no_figures() -> None:
    report = _report("nl-stadslab-zeist-jaarrekening-2023-ocr.pdf")
    # page 1 line 1 and page 4 line 1 are the scan's noise ("r T 11 r I n r n r 1 11 r r 11")
    assert _figures_on(report, 1) == []
    # the bank account in groups of 4, 4, 3 and 3 is one IBAN (its checksum holds), its last group no figure
    assert _figures_on(report, 4) == []
    # (line 33: the visible row of the page, as pdftotext -layout prints it; the address beside it shares it)
    assert ("IBAN", "NL33KNAB 0257 311 890", 4, 33) in _non_figures(report, "IBAN")
    # page 18 is the asset schedule ("Activastaat 2023") turned a quarter: read in its reading direction now
    # (issue 23, point 6), its amounts are figures (purchase value 30.453, depreciation 20,0 %); read letter by
    # letter before, it had none
    page18 = {(i["value"], i["unit"]) for i in report["indicators"] if i["location"]["page"] == 18}
    assert {(30453, None), (20, "%")} <= page18
    assert ("REGISTRATION_NUMBER", "KvK : 92324819", 1, 6) in _non_figures(report, "REGISTRATION_NUMBER")
    header_dates = _non_figures(report, "HEADER_DATE")
    # (the visible rows of the pages, as pdftotext -layout prints them: "31 dec 2023" over a table's columns)
    assert [(page, line) for _, _, page, line in header_dates] == \
        [(5, 8), (5, 23), (6, 8), (6, 15), (6, 24), (8, 3), (9, 3), (13, 16), (14, 17)]
    assert not [i for i in report["indicators"] if (i["value"], i["unit"]) in ((31, None), (2023, "EUR"))]
    assert not [i for i in report["indicators"] if i["location"]["page"] == 11 and i["value"] == 2]  # Boek 2 BW


def test_tables_of_contents_set_as_rows_give_page_numbers_not_figures() -> None:
    # "Inhoud:" then "Samenvatting van het bestuur   2" ... "Balans   4-5", "Winst en verlies 2021-2022   6"
    report = _report("nl-slni-jaarverslag-2021-2022.pdf")
    assert _figures_on(report, 1) == []
    assert [(text, line) for _, text, page, line in _non_figures(report, "TOC_PAGE") if page == 1] == [
        ("2", 6), ("3", 7), ("4-5", 8), ("6", 9), ("7", 10)]
    # a scan's contents: "Inhoud   1", "Financieel verslag   2" ... "Activastaat   17", "Bijlagen" without its page
    accounts = _report("nl-stadslab-zeist-jaarrekening-2023-ocr.pdf")
    assert _figures_on(accounts, 2) == []
    assert [text for _, text, page, _ in _non_figures(accounts, "TOC_PAGE") if page == 2] == [
        "1", "2", "3", "4", "6", "7", "9", "10", "12", "14", "17"]


# the text layer: garbled, ligatures lost, another language


def _warnings(report: dict) -> dict[str, str]:
    return {w["code"]: w["message"] for w in report["warnings"]}


def _line(report: dict, page: int, line: int) -> list[tuple]:
    return [(i["value"], i["raw"]) for i in report["indicators"]
            if i["location"]["page"] == page and i["location"]["line"] == line]


def test_cash_book_in_a_font_with_its_own_encoding_is_warned_its_readable_rows_kept() -> None:
    """The cash book's title lines are set in a font with its own encoding ("fà|v{à|Çz VâÜxÇt" for "Stichting
    Curena"): the page is warned, those lines give nothing; its rows, set in a font that reads, keep their
    amounts. The number of the bank statement in the cell after a row's date ("31-1 | 41 Bankkosten") is no
    figure."""
    report = _report("nl-curena-kasboek-2013-garbled.pdf")
    assert _warnings(report)["text.garbled"].startswith("the text layer of page 1 cannot be read")
    assert _line(report, 1, 1) == _line(report, 1, 2) == _line(report, 1, 3) == []  # the garbled title lines
    # the visible rows (pdftotext -layout): the column heads over the rows share their lines
    assert _line(report, 1, 5) == [(1295.49, "1.295,49"), (89.25, "89,25"), (1384.74, "1.384,74")]  # SALDO Rabo / KAS
    assert _line(report, 1, 6) == [(29.82, "29,82"), (29.82, "29,82")]  # 31-1  41  Bankkosten 4e kwartaal 2012
    assert _line(report, 1, 7) == [(52, "52,00"), (52, "52,00")]  # 28-3  42  Belastingdienst BTW 2012
    assert _line(report, 1, 14) == [(31.31, "31,31"), (31.31, "31,31")]  # 31-7  45  Bankkosten 2e kwartaal 2013
    assert [e["text"] for e in report["entities"] if e["label"] == "ENTRY_NUMBER"] == [
        "41", "42", "43", "44", "45", "46", "48"]  # 47's row, names and a fund's name, is taken for garbled text
    assert not [i for i in report["indicators"] if i["value"] in (41, 42, 43, 44, 45, 46, 47, 48)]


def test_annual_report_balance_sheets_are_warned_and_withheld_the_prose_kept() -> None:
    report = _report("nl-slni-jaarverslag-2021-2022.pdf")
    warnings = _warnings(report)
    assert warnings["text.garbled"].startswith("the text layer of pages 4, 6, 7 cannot be read")
    assert warnings["text.garbled_passage"].startswith("text on pages 4, 5, 6, 7 cannot be read")
    assert not [i for i in report["indicators"] if i["location"]["page"] in (4, 6, 7)]
    # page 5: the garbled balance sheet over the readable statement of capital; its "456766 456766" (a label
    # in the same font above it) is no figure, "Amaranthout 47 | 2719 MR Zoetermeer" on page 3 is an address
    assert _figures_on(report, 5) == [(8259.87, "EUR", "€8.259,87"), (-406.07, "EUR", "€ 406,07(-)"),
                                      (7853.8, "EUR", "€7.853,80")]
    assert _figures_on(report, 3) == [(4, "persons", "4 personen")]
    assert [(i["value"], i["raw"]) for i in report["indicators"] if i["location"]["page"] == 2] == [
        (3686.1, "€ 3.686,10"), (5, "5 jaar"), (1000, "€ 1.000,00"), (4686.1, "€ 4.686,10")]


def test_manual_without_ligature_mappings_is_warned() -> None:
    warnings = _warnings(_report("nl-co-melder-handleiding-corel.pdf"))  # "geac veerd", "CO-concentra e"
    assert warnings["text.ligatures"].startswith("letters are missing from the text layer of pages 1, 2, 3, 4")
    assert "text.garbled" not in warnings


def test_scan_noise_page_is_warned() -> None:
    warnings = _warnings(_report("nl-stadslab-zeist-jaarrekening-2023-ocr.pdf"))
    assert warnings["text.garbled"].startswith("the text layer of page 1 cannot be read")


def test_readable_documents_get_no_text_warning() -> None:
    for name in ("nl-zeeuwse-handen-beleidsplan-2023.pdf", "be-home-bertha-statuten-2020.pdf",
                 "nl-besluitenlijst-raadsvergadering-2015-06-29.pdf", "nl-vws-wcag-onderzoek-2025.pdf"):
        assert not [code for code in _warnings(_report(name)) if code.startswith("text.")], name


# the kind of a document; statutes give articles, not references


def test_each_real_document_has_its_kind() -> None:
    kinds = {name: _report(name)["document"]["kind"] for name in (
        "be-home-bertha-statuten-2020.pdf", "nl-besluitenlijst-raadsvergadering-2015-06-29.pdf",
        "nl-stadslab-zeist-jaarrekening-2023-ocr.pdf", "nl-vws-wcag-onderzoek-2025.pdf",
        "nl-zeeuwse-handen-beleidsplan-2023.pdf", "nl-curena-kasboek-2013-garbled.pdf",
        "nl-slni-jaarverslag-2021-2022.pdf", "nl-co-melder-handleiding-corel.pdf")}
    assert kinds == {"be-home-bertha-statuten-2020.pdf": "statutes",
                     "nl-besluitenlijst-raadsvergadering-2015-06-29.pdf": "minutes",
                     "nl-stadslab-zeist-jaarrekening-2023-ocr.pdf": "accounts",
                     "nl-vws-wcag-onderzoek-2025.pdf": "report",
                     "nl-zeeuwse-handen-beleidsplan-2023.pdf": "report",
                     # its garbled cover names nothing: the kind its file name gives ("kasboek")
                     "nl-curena-kasboek-2013-garbled.pdf": "accounts",
                     "nl-slni-jaarverslag-2021-2022.pdf": "accounts",  # "Fiscale jaarrekening"
                     "nl-co-melder-handleiding-corel.pdf": "other"}  # a device's manual


def test_statutes_give_their_articles_not_references_to_them() -> None:
    report = _report("be-home-bertha-statuten-2020.pdf")
    articles = [(a["article"], a["location"]["page"], a["location"]["line"]) for a in report["articles"]]
    assert articles[:4] == [("1", 3, 3), ("2", 3, 6), ("3", 3, 14), ("4", 3, 18)]  # the running header counted
    assert len(articles) == 78 and articles[-1][0] == "62"
    assert [a for a, _, _ in articles if not a.isdigit()][:4] == ["9bis", "9ter", "10bis", "11bis"]
    # what stays are the statutes' own cross-references in running text ("zoals bepaald in artikel 9")
    assert [(r["raw"], r["location"]["page"]) for r in report["statute_references"]][:3] == [
        ("artikel 11, 11 bis en 11 ter", 4), ("artikel 9 of artikel 10", 4), ("artikel 9bis", 5)]
    assert len(report["statute_references"]) == 10
    # a policy plan that cites its statutes stays a report with its reference
    plan = _report("nl-zeeuwse-handen-beleidsplan-2023.pdf")
    assert plan["articles"] == [] and [r["article"] for r in plan["statute_references"]] == ["6"]


# who and when: the organisation, as the document names itself, and the fiscal year it covers (issue 20, point 6)


def test_each_real_document_names_its_organisation_and_fiscal_year() -> None:
    found = {name: {k: _report(name)["document"].get(k)
                    for k in ("organisation", "fiscal_year", "fiscal_period", "fiscal_year_source")}
             for name in sorted(p.name for p in REAL.glob("*.pdf"))}
    assert found == {
        # statutes: the name under their title word and above "Feitelijke vereniging", in the text's spelling
        # (the cover and header set it in capitals); statutes are of no fiscal year, though adopted in 2020
        "be-home-bertha-statuten-2020.pdf": {"organisation": "Home Bertha de Vriese", "fiscal_year": None,
                                             "fiscal_period": None, "fiscal_year_source": "none"},
        # statutes with a table of contents, their cover "STATUTEN" / "STUDENTENVERENIGING" / "HEIMDAL": the name as
        # the text writes it, its kind included; the date of approval in every footer is no fiscal year
        "be-heimdal-statuten-2024.pdf": {"organisation": "studentenvereniging Heimdal", "fiscal_year": None,
                                         "fiscal_period": None, "fiscal_year_source": "none"},
        # statutes under a cover in spaced capitals "STATUTEN HOME VERMEYLEN": the name after the title word
        "be-vermeylen-statuten-2025.pdf": {"organisation": "Home Vermeylen", "fiscal_year": None,
                                           "fiscal_period": None, "fiscal_year_source": "none"},
        "be-astrid-statuten-2021.pdf": {"organisation": "Home Astrid", "fiscal_year": None,
                                        "fiscal_period": None, "fiscal_year_source": "none"},
        # a council's list of decisions: the council's municipality is named only in passing
        "nl-besluitenlijst-raadsvergadering-2015-06-29.pdf": {"organisation": None, "fiscal_year": 2015,
                                                              "fiscal_period": None, "fiscal_year_source": "text"},
        "nl-co-melder-handleiding-corel.pdf": {"organisation": None, "fiscal_year": 2021, "fiscal_period": None,
                                               "fiscal_year_source": "text"},
        # its cover is garbled ("fà|v{à|Çz VâÜxÇt"): no name can be read; the year is the file's
        "nl-curena-kasboek-2013-garbled.pdf": {"organisation": None, "fiscal_year": 2013, "fiscal_period": None,
                                               "fiscal_year_source": "text"},
        # "Periode: 1 juli 2021 – 30 juni 2022": the fiscal year closes in 2022
        "nl-slni-jaarverslag-2021-2022.pdf": {"organisation": "Stichting Samenwerking Lions Nederland Indonesië",
                                              "fiscal_year": 2022, "fiscal_period": "2021/2022",
                                              "fiscal_year_source": "text"},
        # "Jaarrekening 2023" / "Stichting Stadslab Zeist" on the cover, under the accountant's OCR'd letterhead
        "nl-stadslab-zeist-jaarrekening-2023-ocr.pdf": {"organisation": "Stichting Stadslab Zeist",
                                                        "fiscal_year": 2023, "fiscal_period": None,
                                                        "fiscal_year_source": "text"},
        # "Opdrachtgever: Ministerie van Volksgezondheid, Welzijn en Sport Website: Open Ministerie VWS"
        "nl-vws-wcag-onderzoek-2025.pdf": {"organisation": "Ministerie van Volksgezondheid, Welzijn en Sport",
                                           "fiscal_year": 2025, "fiscal_period": None, "fiscal_year_source": "text"},
        # a cost estimate dated 2024-10-23 whose client field is the template's "Naam: Naam klant": no name
        # (tests/test_real_estimate.py)
        "nl-waterwoning-begroting-2024.pdf": {"organisation": None, "fiscal_year": 2024, "fiscal_period": None,
                                              "fiscal_year_source": "text"},
        # the annual accounts of tests/test_real_accounts.py: the cover's address block ("Aan het bestuur van" /
        # "Van Hattem Advies B.V."), a cover's line in a paragraph of three ("Stichting Apsara"); the headings
        # of the Buitenbeesten accounts are in fonts with their own encoding: the year is the file's
        "nl-apsara-jaarrekening-2022.pdf": {"organisation": "Stichting Apsara", "fiscal_year": 2022,
                                            "fiscal_period": None, "fiscal_year_source": "text"},
        "nl-apsara-jaarrekening-2023.pdf": {"organisation": "Stichting Apsara", "fiscal_year": 2023,
                                            "fiscal_period": None, "fiscal_year_source": "text"},
        "nl-buitenbeesten-jaarrekening-2016.pdf": {"organisation": "Stichting Buitenbeesten", "fiscal_year": 2016,
                                                   "fiscal_period": None, "fiscal_year_source": "file name"},
        "nl-vanhattem-jaarrekening-2023.pdf": {"organisation": "Van Hattem Advies", "fiscal_year": 2023,
                                               "fiscal_period": None, "fiscal_year_source": "text"},
        # board-meeting minutes: the association is named only in the title's logo and in passing (a known gap,
        # shape D1 of the real documents); the meeting's year
        "be-zeus-bestuursvergadering-2014-09-16.pdf": {"organisation": None, "fiscal_year": 2014,
                                                       "fiscal_period": None, "fiscal_year_source": "text"},
        # minutes of tests/test_real_minutes.py: "Zeus Ledenvergadering" / "Dinsdag 9 Mei 2006"; "# Zeus
        # bestuursvergadering 24/09/2012"; "Bestuursvergadering 11:" names no association, its date no year
        # ("woensdag 18 maart om 19u"): the year is the file's
        "be-zeus-ledenvergadering-2006-05-09.pdf": {"organisation": "Zeus", "fiscal_year": 2006,
                                                    "fiscal_period": None, "fiscal_year_source": "text"},
        "be-zeus-bestuursvergadering-2012-09-24.pdf": {"organisation": "Zeus", "fiscal_year": 2012,
                                                       "fiscal_period": None, "fiscal_year_source": "text"},
        "be-zeus-bestuursvergadering-2015-03-18.pdf": {"organisation": None, "fiscal_year": 2015,
                                                       "fiscal_period": None, "fiscal_year_source": "file name"},
        # a founding deed with the statutes (tests/test_real_statutes.py): statutes are of no fiscal year
        "nl-kkcd-oprichtingsakte-statuten-2025.pdf": {"organisation": "Stichting Kinder Klimaat Concert Dag",
                                                      "fiscal_year": None, "fiscal_period": None,
                                                      "fiscal_year_source": "none"},
        # "Beleidsplan" / "Stichting Zeeuwse Handen"; founded on 18 January 2023, a plan for 2023
        "nl-zeeuwse-handen-beleidsplan-2023.pdf": {"organisation": "Stichting Zeeuwse Handen", "fiscal_year": 2023,
                                                   "fiscal_period": None, "fiscal_year_source": "text"},
    }


def test_statutes_name_no_fiscal_year_and_are_not_warned_for_it() -> None:
    report = _report("be-home-bertha-statuten-2020.pdf")
    assert "report.no_fiscal_year" not in _warnings(report)
