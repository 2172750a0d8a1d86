"""General meetings in any wording and sector, with their date, what they did and whether it is planned.

Sentences written for this test in the styles of housing, food, delivery, social-economy, care and energy
cooperatives and of notarial deeds; negatives (board meetings, working groups, dates of other events, meetings
denied) mixed in. Each row: the text, the fiscal year the report is about, and the meetings expected as
(kind, form, date, precision, articles, action, planned, year_inferred); [] for none.
"""

from __future__ import annotations

import pytest

from extractor.dutch.dates import find_dates
from extractor.nlp.language import analyse
from extractor.pipeline import extract_text

G, E = "general", "extraordinary"

ROWS = [
    # the date after the meeting, linked or in the same clause
    ("De algemene vergadering van 8 mei 2021 vond online plaats.", 2021,
     [(G, G, "2021-05-08", "day", [], None, False, False)]),
    ("De jaarlijkse algemene vergadering vindt plaats op dinsdag 20 juni 2023 in het wijkcentrum.", 2022,
     [(G, "annual", "2023-06-20", "day", [], None, False, False)]),
    ("De gewone algemene vergadering van de zorgcoöperatie kwam op zaterdag 19 juni 2021 samen.", 2021,
     [(G, "ordinary", "2021-06-19", "day", [], None, False, False)]),
    ("De buitengewone algemene vergadering werd bijeengeroepen op 21 juni 2022.", 2022,
     [(E, E, "2022-06-21", "day", [], None, False, False)]),
    ("De BAV, bijeengeroepen op 21-06-2022, wijzigde artikel 12 van de statuten.", 2022,
     [(E, E, "2022-06-21", "day", ["12"], "amended", False, False)]),
    ("De statutaire algemene vergadering d.d. 25.09.2022 keurde de jaarrekening goed.", 2022,
     [(G, "statutory", "2022-09-25", "day", [], None, False, False)]),
    ("De AV van 2022-06-21 besliste over het dividend.", 2022,
     [(G, G, "2022-06-21", "day", [], None, False, False)]),
    ("De algemene ledenvergadering van de voedselcoöperatie van juni 2020 koos drie nieuwe bestuurders.", 2020,
     [(G, G, "2020-06", "month", [], None, False, False)]),
    # the date before the meeting
    ("De wooncoöperatie hield zaterdag 8 april 2023 haar algemene vergadering in de kantine.", 2022,
     [(G, G, "2023-04-08", "day", [], None, False, False)]),
    ("Onze fietskoeriers hielden op 14 april 2018 hun algemene vergadering in het depot.", 2018,
     [(G, G, "2018-04-14", "day", [], None, False, False)]),
    # the date first, a time between: another body named in the sentence before owns none of its dates
    ("Het directiecomité vergaderde tien keer. Op woensdag 6 november 2024, om 20u, hield de woonvereniging"
     " haar buitengewone algemene vergadering.", 2024,
     [(E, E, "2024-11-06", "day", [], None, False, False)]),
    ("De raad van bestuur kwam op 3 mei 2024 samen, en de jaarlijkse algemene vergadering werd voorbereid.", 2024,
     []),
    ("Op 27 april 2024 hield de jaarlijkse algemene vergadering haar eerste zitting in de nieuwe zaal.", 2023,
     [(G, "annual", "2024-04-27", "day", [], None, False, False)]),
    ("Op 27 april 2024, na een lange voorbereiding door de vrijwilligers, keurde de gemengde algemene vergadering"
     " artikel 7 van de statuten goed.", 2024,
     [(E, "mixed", "2024-04-27", "day", ["7"], "adopted", False, False)]),
    ("De statuten zijn die zoals gewijzigd op 29 november 2022, toen de buitengewone algemene vergadering"
     " artikel 13 van de statuten aanpaste.", 2023,
     [(E, E, "2022-11-29", "day", ["13"], "amended", False, False)]),
    # a year not written beside the date: the context gives it, and it is said
    ("In 2023 hield de wooncoöperatie op zaterdag 8 april haar algemene ledenvergadering.", 2022,
     [(G, G, "2023-04-08", "day", [], None, False, True)]),
    ("Het buurtrestaurant hield zaterdag 8 april zijn algemene vergadering.", 2022,
     [(G, G, "2023-04-08", "day", [], None, False, True)]),
    ("Het buurtrestaurant hield op 8 april zijn algemene vergadering.", 2022, []),  # no context: no fiscal year
    # notarial deeds
    ("In het jaar tweeduizend eenentwintig, op vierentwintig september, is de buitengewone algemene vergadering"
     " van de coöperatieve vennootschap bijeengekomen.", 2021,
     [(E, E, "2021-09-24", "day", [], None, False, False)]),
    ("Op VIERENTWINTIG SEPTEMBER tweeduizend eenentwintig kwam de buitengewone algemene vergadering bijeen.", 2021,
     [(E, E, "2021-09-24", "day", [], None, False, False)]),
    # what the meeting did, in every tense and voice
    ("De BAV van 3 maart 2022 paste artikel 9 van de statuten aan.", 2022,
     [(E, E, "2022-03-03", "day", ["9"], "amended", False, False)]),
    ("De buitengewone algemene vergadering van 3 maart 2022 herschreef artikel 9 van de statuten.", 2022,
     [(E, E, "2022-03-03", "day", ["9"], "amended", False, False)]),
    ("Artikel 4 van de statuten werd aangepast tijdens de algemene vergadering van 12 mei 2020.", 2020,
     [(G, G, "2020-05-12", "day", ["4"], "amended", False, False)]),
    ("De algemene vergadering van 12 mei 2020 bekrachtigde artikel 4 van de statuten.", 2020,
     [(G, G, "2020-05-12", "day", ["4"], "confirmed", False, False)]),
    ("De buitengewone algemene vergadering van 12 mei 2020 keurde de wijziging van artikel 4 van de statuten goed.",
     2020, [(E, E, "2020-05-12", "day", ["4"], "amended", False, False)]),
    ("Op 9 december 2022 keurde de BAV van de zorgcoöperatie de wijziging van artikel 5 van de statuten goed.",
     2022, [(E, E, "2022-12-09", "day", ["5"], "amended", False, False)]),
    ("Artikel 8 van de statuten werd geschrapt door de BAV van 5 oktober 2021, die ook de jaarrekening"
     " goedkeurde.", 2021, [(E, E, "2021-10-05", "day", ["8"], "repealed", False, False)]),
    ("Artikel 18 van de statuten werd geschrapt door de BAV van 5 oktober 2021.", 2021,
     [(E, E, "2021-10-05", "day", ["18"], "repealed", False, False)]),
    ("De vennoten kwamen op 3 oktober 2022 samen in buitengewone algemene vergadering en keurden de schrapping"
     " van artikel 8 van de statuten goed.", 2022, [(E, E, "2022-10-03", "day", ["8"], "repealed", False, False)]),
    ("De ALV van de buurtwinkel op 14/05/2022 koos een nieuw bestuur.", 2022,
     [(G, G, "2022-05-14", "day", [], None, False, False)]),
    ("Op 18 maart 2023 vond de BAV plaats; de raad van bestuur vergaderde op 20 maart 2023.", 2023,
     [(E, E, "2023-03-18", "day", [], None, False, False)]),
    ("De bestuurders legden op 3 mei 2023 de agenda vast van de algemene vergadering van 10 juni 2023.", 2023,
     [(G, G, "2023-06-10", "day", [], None, False, False)]),
    ("De voorstellen worden voorgelegd aan de buitengewone algemene vergadering van 14 december 2024.", 2024,
     [(E, E, "2024-12-14", "day", [], None, True, False)]),
    ("De jaarlijkse algemene vergadering zal plaatsvinden op woensdag 12 juni 2024.", 2023,
     [(G, "annual", "2024-06-12", "day", [], None, True, False)]),
    ("De BAV zal op 12 december 2024 artikel 5 van de statuten wijzigen.", 2024,
     [(E, E, "2024-12-12", "day", ["5"], "amended", True, False)]),
    ("De volgende algemene vergadering vindt plaats op 15 juni 2024.", 2023,
     [(G, G, "2024-06-15", "day", [], None, True, False)]),
    ("De algemene ledenvergadering van 8 mei 2021 vond online plaats. Ze keurde de nieuwe statuten goed."
     " Onder meer de artikels 13 en 30 van de statuten kregen een nieuwe tekst.", 2021,
     [(G, G, "2021-05-08", "day", ["13", "30"], "amended", False, False)]),
    # two meetings in one sentence
    ("Artikel 37 van de statuten werd aangepast tijdens de buitengewone algemene vergadering van juni 2020 en"
     " bevestigd door de buitengewone algemene vergadering van 2022.", 2021,
     [(E, E, "2020-06", "month", ["37"], "amended", False, False),
      (E, E, "2022", "year", ["37"], "confirmed", False, False)]),
    # the meeting's other name between brackets or dashes: one meeting, its date after both
    ("Een buitengewone algemene vergadering (BAV) op 9 december 2022 wijzigde de artikelen 5 en 17 van de"
     " statuten.", 2022, [(E, E, "2022-12-09", "day", ["5", "17"], "amended", False, False)]),
    ("De zorgcoöperatie hield haar buitengewone algemene vergadering (bav) op 9 december 2022 in het"
     " dienstencentrum.", 2022, [(E, E, "2022-12-09", "day", [], None, False, False)]),
    ("De algemene vergadering (AV) van de energiecoöperatie kwam op 17 juni 2023 samen.", 2023,
     [(G, G, "2023-06-17", "day", [], None, False, False)]),
    ("De buitengewone algemene vergadering – de BAV – op 2 februari 2023 bekrachtigde artikel 11 van de"
     " statuten.", 2023, [(E, E, "2023-02-02", "day", ["11"], "confirmed", False, False)]),
    ("Op de BALV (buitengewone algemene ledenvergadering) van 3 oktober 2022 werd artikel 8 van de statuten"
     " geschrapt.", 2022, [(E, E, "2022-10-03", "day", ["8"], "repealed", False, False)]),
    ("De algemene vergadering [bav] van de sportclub op 5 maart 2021 herschreef de statuten.", 2021,
     [(E, E, "2021-03-05", "day", [], "amended", False, False)]),
    ("De buitengewone algemene vergadering (BAV, 9 december 2022) wijzigde artikel 5 van de statuten.", 2022,
     [(E, E, "2022-12-09", "day", ["5"], "amended", False, False)]),
    ("De jaarlijkse algemene vergadering (zaterdag 14 mei 2022) telde 120 aanwezige coöperanten.", 2022,
     [(G, "annual", "2022-05-14", "day", [], None, False, False)]),
    ("De buitengewone algemene vergadering (hierna ‘de BAV’) van 9 december 2022 herschreef de statuten.", 2022,
     [(E, E, "2022-12-09", "day", [], "amended", False, False)]),
    ("De raad van bestuur (RvB) van 4 mei 2023 besprak de begroting.", 2023, []),
    # other names of the general meeting
    ("Het theatercollectief hield zijn statutaire vergadering op zaterdag 13 mei 2023 in de foyer.", 2023,
     [(G, "statutory", "2023-05-13", "day", [], None, False, False)]),
    ("Onze jaarvergadering van 22 april 2023 trok veertig coöperanten.", 2023,
     [(G, "annual", "2023-04-22", "day", [], None, False, False)]),
    ("De ledenvergadering van de sportcoöperatie van 9 maart 2023 koos een nieuwe voorzitter.", 2023,
     [(G, G, "2023-03-09", "day", [], None, False, False)]),
    ("De buitengewone ledenvergadering van de bank van 4 oktober 2022 keurde artikel 2 van de statuten goed.",
     2022, [(E, E, "2022-10-04", "day", ["2"], "adopted", False, False)]),
    ("De personeelsvergadering op 9 maart 2023 en de teamvergadering op 10 maart 2023 bespraken de"
     " uurroosters.", 2023, []),
    ("De directievergadering van 4 april 2023 keurde het actieplan goed.", 2023, []),
    ("De buitengewone vergadering van de raad van bestuur op 3 mei 2023 keurde het budget goed.", 2023, []),
    ("De raad van bestuur kwam op 3 mei 2023 in buitengewone vergadering bijeen.", 2023, []),
    ("De raad van bestuur vergaderde zeven keer. Twee van die vergaderingen gingen over de voorbereiding van"
     " de algemene vergadering.", 2022, []),
    ("De raad van bestuur vergaderde in 2022 zeven keer; op 3 mei 2022 besprak hij de statuten.", 2022, []),
    # a month without a year: the sentence gives it
    ("In 2022 kwam de buitengewone algemene vergadering van november samen om de statuten te wijzigen.", 2022,
     [(E, E, "2022-11", "month", [], "amended", False, True)]),
    # no year anywhere: the fiscal year's November (lead's decision on month-only meetings, tests/test_meetings_month_only.py)
    ("De buitengewone algemene vergadering van november wijzigde artikel 5 van de statuten.", 2023,
     [(E, E, "2023-11", "month", ["5"], "amended", False, True)]),
    # deeds: the day written as an ordinal, what the meeting decided to do ("besliste ... te")
    ("In het jaar tweeduizend drieëntwintig, op de vijfentwintigste november, kwam de buitengewone algemene"
     " vergadering bijeen.", 2023, [(E, E, "2023-11-25", "day", [], None, False, False)]),
    ("In het jaar tweeduizend eenentwintig, op de achtste mei, besliste de buitengewone algemene vergadering, na"
     " lezing van de statuten, artikel 7bis in te voegen en artikel 31 aan te passen.", 2021,
     [(E, E, "2021-05-08", "day", ["7bis", "31"], "amended", False, False)]),
    ("Op de achtste mei tweeduizend eenentwintig besloot de buitengewone algemene vergadering de artikelen 4 en 5"
     " van de statuten te schrappen.", 2021, [(E, E, "2021-05-08", "day", ["4", "5"], "repealed", False, False)]),
    ("Op vierentwintig november tweeduizend drieëntwintig besliste de gemengde algemene vergadering artikel 3"
     " van de statuten goed te keuren.", 2023,
     [(E, "mixed", "2023-11-24", "day", ["3"], "adopted", False, False)]),
    ("Het jaar tweeduizend drieëntwintig, op VIERENTWINTIG NOVEMBER, is bijeengekomen de buitengewone algemene"
     " vergadering der vennoten van de coöperatieve vennootschap Zonnedak. De vergadering beslist de statuten te"
     " wijzigen. Zij beslist artikel 7bis in te voegen en artikel 31 van de statuten aan te passen.", 2023,
     [(E, E, "2023-11-24", "day", ["7bis", "31"], "amended", False, False)]),
    ("Op de vijfentwintigste november kwam de buitengewone algemene vergadering bijeen.", 2023, []),  # no year
    ("De algemene vergadering zal op 14 juni 2024 beslissen artikel 9 van de statuten te wijzigen.", 2023,
     [(G, G, "2024-06-14", "day", ["9"], "amended", True, False)]),
    # not a general meeting, or not its date
    ("De raad van bestuur vergaderde op 8 mei 2023 om de algemene vergadering voor te bereiden.", 2023, []),
    ("De bestuursvergadering van 12 januari 2024 besprak de begroting.", 2024, []),
    ("Het directiecomité kwam op 3 februari 2022 samen.", 2022, []),
    ("Op 3 maart 2022 vergaderde de werkgroep huisvesting over de agenda van de algemene vergadering.", 2022, []),
    ("De vergadering van de werkgroep van 3 maart 2022 was druk bijgewoond.", 2022, []),
    ("Er vond in 2023 geen buitengewone algemene vergadering plaats.", 2023, []),
    ("De algemene vergadering keurde de jaarrekening per 31 december 2022 goed.", 2023, []),
    ("De algemene vergadering paste de statuten aan aan de wet van 23 maart 2019.", 2020, []),
    ("Het dividend werd, na de algemene vergadering, op 15 juli 2023 uitbetaald.", 2023, []),
    ("De algemene vergadering keurde de jaarrekening 2022 goed.", 2023, []),
]


def _meetings(text: str, year: int) -> list[tuple]:
    report = extract_text(text, fiscal_year=year)
    return [(m["kind"], m["form"], m["date"], m["precision"], m["articles"], m["action"], m["planned"],
             m["year_inferred"]) for m in report["meetings"]]


@pytest.mark.parametrize("text,year,expected", ROWS, ids=[r[0][:50] for r in ROWS])
def test_meeting(text: str, year: int, expected: list[tuple]) -> None:
    assert _meetings(text, year) == expected


def test_the_year_source_is_recorded() -> None:
    report = extract_text("In 2023 hield de wooncoöperatie op zaterdag 8 april haar algemene ledenvergadering.",
                          fiscal_year=2022)
    assert [(m["date"], m["year_source"], m["raw"], m["location"]["column"]) for m in report["meetings"]] == [
        ("2023-04-08", "sentence", "zaterdag 8 april haar algemene ledenvergadering", 36)]


def test_a_heading_gives_its_year_to_the_dates_below_it() -> None:
    text = "# Algemene vergaderingen 2023\n\nDe algemene vergadering kwam op 17 juni samen in de bib."
    report = extract_text(text, fiscal_year=2022, fmt="markdown", name="snippet.md")
    assert [(m["date"], m["year_source"], m["location"]["line"]) for m in report["meetings"]] == [
        ("2023-06-17", "heading", 3)]


def test_the_last_dated_mention_of_the_section_gives_its_year() -> None:
    text = ("## Leven van de coöperatie\n\nOp 4 maart 2021 opende de tweede winkel.\n\n"
            "De algemene vergadering kwam op 17 juni samen in de nieuwe winkel.")
    report = extract_text(text, fiscal_year=2020, fmt="markdown", name="snippet.md")
    assert [(m["date"], m["year_source"]) for m in report["meetings"]] == [("2021-06-17", "section")]


@pytest.mark.parametrize("text,values", [
    # numeric, day first
    ("op 31/12/2019", ["2019-12-31"]),
    ("op 1/7/2020", ["2020-07-01"]),
    ("op 25.09.2022", ["2022-09-25"]),
    ("op 21-06-2022", ["2022-06-21"]),
    ("op 2022-06-21", ["2022-06-21"]),
    ("op 31/02/2022", []),  # no such day
    ("12/15 van de loten", []),  # a fraction
    # month names
    ("op 21 juni 2022", ["2022-06-21"]),
    ("op dinsdag 20 juni 2023", ["2023-06-20"]),
    ("in juni 2020", ["2020-06"]),
    ("op 1ste mei 2021", ["2021-05-01"]),
    ("januari ‘24", ["2024-01"]),
    # written in words
    ("op VIERENTWINTIG SEPTEMBER tweeduizend eenentwintig", ["2021-09-24"]),
    ("op drie maart negentienhonderd negenennegentig", ["1999-03-03"]),
    # a day written as an ordinal
    ("op de vijfentwintigste november tweeduizend drieëntwintig", ["2023-11-25"]),
    ("op de eerste juli 2020 en de derde juli 2020", ["2020-07-01", "2020-07-03"]),
    ("de tweeëntwintigste december 2022", ["2022-12-22"]),
    ("op de eenendertigste maart 2021", ["2021-03-31"]),
    ("voor de tweede keer in december 2023", ["2023-12"]),
])
def test_date_forms(text: str, values: list[str]) -> None:
    doc = analyse([text])[0]
    assert [d.value for d in find_dates(doc) if d.precision != "year"] == values


# A dated amendment of the statutes with no meeting named in its sentence implies the extraordinary general
# meeting that made it: (date, precision, articles, action, planned, raw); [] for none.
IMPLIED = [
    ("Artikel 17 van de statuten, zoals gewijzigd in december 2022, beperkt het dividend tot 6 %.", 2023,
     [("2022-12", "month", ["17"], "amended", False, "gewijzigd in december 2022")]),
    ("De statuten, laatst gewijzigd op 6 december 2022, liggen ter inzage op de zetel van de woningcoöperatie.",
     2023, [("2022-12-06", "day", [], "amended", False, "gewijzigd op 6 december 2022")]),
    ("Het dividend is beperkt door artikel 38 van de statuten (laatst gewijzigd op 3 mei 2021).", 2022,
     [("2021-05-03", "day", ["38"], "amended", False, "gewijzigd op 3 mei 2021")]),
    ("Artikel 12 van de statuten werd in maart 2021 aangepast.", 2021,
     [("2021-03", "month", ["12"], "amended", False, "maart 2021 aangepast")]),
    ("Sinds de wijziging van artikel 9 van de statuten in maart 2023 heeft elke coöperant één stem.", 2023,
     [("2023-03", "month", ["9"], "amended", False, "wijziging van artikel 9 van de statuten in maart 2023")]),
    ("De artikelen 4 en 5 van de statuten werden op 2 juni 2020 geschrapt.", 2020,
     [("2020-06-02", "day", ["4", "5"], "repealed", False, "2 juni 2020 geschrapt")]),
    ("Artikel 9 van de statuten zal in juni 2024 gewijzigd worden.", 2023,
     [("2024-06", "month", ["9"], "amended", True, "juni 2024 gewijzigd")]),
    ("De coöperatie paste haar doel aan bij de wijziging van haar statuten in mei 2019 en juni 2021.", 2021,
     [("2019-05", "month", [], "amended", False, "wijziging van haar statuten in mei 2019"),
      ("2021-06", "month", [], "amended", False, "wijziging van haar statuten in mei 2019 en juni 2021")]),
    ("In december 2022 werden de artikelen 5 en 17 van de statuten gewijzigd.", 2023,
     [("2022-12", "month", ["5", "17"], "amended", False,
       "december 2022 werden de artikelen 5 en 17 van de statuten gewijzigd")]),
    ("De statuten van de fietskoeriers werden op 9 december 2022 herschreven en op 14 juni 2023 opnieuw"
     " aangepast.", 2023, [("2022-12-09", "day", [], "amended", False, "9 december 2022 herschreven"),
                           ("2023-06-14", "day", [], "amended", False, "14 juni 2023 opnieuw aangepast")]),
    # a meeting named in the sentence is that meeting, not an implied one
    ("Artikel 12 van de statuten werd op 16 december 2022 gewijzigd door de buitengewone algemene vergadering.",
     2022, []),
    # not the statutes, not a meeting's date, or no day or month
    ("De wet van 23 maart 2019, gewijzigd in december 2022, regelt de erkenning.", 2023, []),
    ("Artikel 6:86 van het WVV, zoals gewijzigd in december 2022, bepaalt het quorum.", 2023, []),
    ("De huurprijs werd op 1 januari 2023 aangepast aan de index.", 2023, []),
    ("Het reglement van inwendige orde werd in januari 2023 gewijzigd.", 2023, []),
    ("De statuten werden per 1 januari 2023 gewijzigd.", 2023, []),
    ("De statuten werden in 2019 grondig herschreven.", 2023, []),
    ("De notaris bevestigde op 3 mei 2023 de statuten.", 2023, []),
    ("De raad van bestuur wijzigde op 3 mei 2023 het voorstel tot aanpassing van de statuten.", 2023, []),
]


@pytest.mark.parametrize("text,year,expected", IMPLIED, ids=[r[0][:50] for r in IMPLIED])
def test_an_amendment_dates_the_meeting_it_implies(text: str, year: int, expected: list[tuple]) -> None:
    report = extract_text(text, fiscal_year=year)
    implied = [m for m in report["meetings"] if m["implied"]]
    assert [(m["date"], m["precision"], m["articles"], m["action"], m["planned"], m["raw"]) for m in implied] \
        == expected
    assert all((m["kind"], m["rule"]) == (E, f"meeting.implied_by_amendment+date.{m['precision']}") for m in implied)
    assert not [m for m in report["meetings"] if not m["implied"] and m["date"] in {e[0] for e in expected}]


def test_an_implied_meeting_is_located_where_its_amendment_is_written() -> None:
    text = "# Statuten\n\nDe vennoten stemmen per aandeel.\nArtikel 17 van de statuten, zoals gewijzigd\nin december 2022."
    report = extract_text(text, fiscal_year=2023, fmt="markdown", name="snippet.md")
    assert [(m["date"], m["location"]["line"], m["location"]["column"], m["implied"]) for m in report["meetings"]] \
        == [("2022-12", 4, 35, True)]


def test_a_month_without_a_year_takes_the_year_of_the_heading_above_it() -> None:
    text = "## Het jaar 2022\n\nDe buitengewone algemene vergadering van november paste artikel 5 van de statuten aan."
    report = extract_text(text, fiscal_year=2023, fmt="markdown", name="snippet.md")
    assert [(m["date"], m["precision"], m["year_inferred"], m["year_source"], m["articles"])
            for m in report["meetings"]] == [("2022-11", "month", True, "heading", ["5"])]


def test_a_month_without_a_year_takes_the_year_of_its_paragraph() -> None:
    text = ("Op 4 maart 2021 opende de tweede winkel. De buitengewone algemene vergadering van november keurde de"
            " nieuwe statuten goed.")
    report = extract_text(text, fiscal_year=2022)
    assert [(m["date"], m["year_inferred"], m["year_source"]) for m in report["meetings"]] == [
        ("2021-11", True, "paragraph")]


def _words(value: object) -> set[str]:
    """Every alphabetic word of the lists of a pattern file (the keys are concepts, not Dutch)."""
    if isinstance(value, dict):
        return {w for v in value.values() for w in _words(v)}
    if isinstance(value, list):
        return {w for v in value for w in _words(v)}
    return {w.lower() for w in str(value).split() if w.isalpha()} if isinstance(value, str) else set()


@pytest.mark.parametrize("module,name", [("extractor.recognise.meetings", "meetings"), ("extractor.dutch.dates", "dates")])
def test_no_dutch_in_code(module: str, name: str) -> None:
    import ast
    import importlib
    from pathlib import Path

    from extractor.dutch import patterns

    data = {k: v for k, v in patterns.load(name).items() if k not in ("description", "examples", "negative_examples")}
    source = ast.parse(Path(importlib.import_module(module).__file__).read_text(encoding="utf-8"))  # type: ignore[arg-type]
    literals = {node.value.lower() for node in ast.walk(source)
                if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    assert not literals & _words(data)
