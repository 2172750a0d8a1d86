"""Numbers that are no figures: each is a named exclusion (an entity with its kind, rule and place), and the
figures next to it stay. Texts of other sectors than the corpus: housing, food, social economy, delivery."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_text


def _excluded(text: str, fiscal_year: int | None = 2023) -> list[tuple[str, str, int, int]]:
    result = extract_text(text, fiscal_year=fiscal_year)
    return [(e["label"], e["text"], e["location"]["line"], e["location"]["column"]) for e in result["entities"]
            if e.get("rule", "").startswith("non_figure.")]


def _figures(text: str, fiscal_year: int | None = 2023) -> list[tuple[str, float, int, int]]:
    result = extract_text(text, fiscal_year=fiscal_year)
    return [(i["raw"], i["value"], i["location"]["line"], i["location"]["column"]) for i in result["indicators"]]


# (text, the exclusion expected: label, text as written, line, column)
EXCLUDED = [
    # phone numbers (validated by phonenumbers)
    ("Bel ons op 02 205 17 20.", ("PHONE", "02 205 17 20", 1, 12)),
    ("Infolijn: +32 2 205 17 20 (gratis)", ("PHONE", "+32 2 205 17 20", 1, 11)),
    ("Contact 014/58.21.90 of mail", ("PHONE", "014/58.21.90", 1, 9)),
    ("Koerierdienst: 0471 12 34 56", ("PHONE", "0471 12 34 56", 1, 16)),
    ("gratis via het nummer 0800.99.30", ("PHONE", "0800.99.30", 1, 23)),
    ("tel. 09 265 86 00", ("PHONE", "09 265 86 00", 1, 6)),
    # bank accounts, enterprise and VAT numbers (checksums of python-stdnum)
    ("Stort op BE71 0961 2345 6769 met vermelding", ("IBAN", "BE71 0961 2345 6769", 1, 10)),
    ("rekening BE04 7350 6182 2431", ("IBAN", "BE04 7350 6182 2431", 1, 10)),
    # a mistyped IBAN without a cue word: its printed groups and the country's account structure decide
    ("Giften voor de voedselbank zijn welkom op BE12 3456 7890 1234.", ("IBAN", "BE12 3456 7890 1234", 1, 43)),
    ("De huur van de werkplaats gaat naar NL20 INGB 0001 2345 67.", ("IBAN", "NL20 INGB 0001 2345 67", 1, 37)),
    ("BIC: DEUTDEFF500", ("BIC", "DEUTDEFF500", 1, 6)),
    ("ondernemingsnummer BE 0712.345.630", ("ENTERPRISE_NUMBER", "BE 0712.345.630", 1, 20)),
    ("De vzw (0403.199.702) huurt", ("ENTERPRISE_NUMBER", "0403.199.702", 1, 9)),
    ("KBO 712.345.630", ("ENTERPRISE_NUMBER", "712.345.630", 1, 5)),
    ("btw-nummer NL123456782B90 van de partner", ("VAT_NUMBER", "NL123456782B90", 1, 12)),
    # addresses
    ("Het magazijn in de Beekstraat 35 opende", ("ADDRESS", "Beekstraat 35", 1, 20)),
    ("Zetel: Grote Markt 1 bus 3, B-1000 Brussel", ("ADDRESS", "Markt 1 bus 3", 1, 14)),
    ("Zetel: Grote Markt 1 bus 3, B-1000 Brussel", ("POSTCODE", "B-1000 Brussel", 1, 29)),
    ("De Werft, Werft 32, 2440 Geel", ("ADDRESS", "Werft 32", 1, 11)),
    ("Het atelier ligt aan de Oude-Vaart 12, 8000 Brugge.", ("ADDRESS", "Oude-Vaart 12", 1, 25)),
    ("Kasteelstraat 14, 2440 Geel", ("POSTCODE", "2440 Geel", 1, 19)),
    ("ons kantoor op 3 bus 3 verhuisde", ("ADDRESS", "3 bus 3", 1, 16)),
    ("Vestiging te 9000 Gent", ("POSTCODE", "9000 Gent", 1, 14)),
    # times
    ("De vergadering begint om 19u30.", ("TIME", "19u30", 1, 26)),
    ("Start om 19.30 uur in de zaal", ("TIME", "om 19.30 uur", 1, 7)),
    ("Aanvang: 19.30 uur", ("TIME", "19.30 uur", 1, 10)),
    ("Deuren open om 20 uur", ("TIME", "om 20 uur", 1, 13)),
    ("Ophaling tot 14:00 in het depot", ("TIME", "14:00", 1, 14)),
    ("open van 9u tot 12u", ("TIME", "9u", 1, 10)),
    # list, agenda, section and table-row numbers
    ("Agenda:\n1. Opening\n2. Goedkeuring van de jaarrekening", ("LIST_NUMBER", "2.", 3, 1)),
    ("Agenda van de vergadering\n1. Opening\n2. Goedkeuring", ("LIST_NUMBER", "1.", 2, 1)),
    ("Besluit 1: de vergadering keurt de jaarrekening goed.", ("SECTION_LABEL", "Besluit 1", 1, 1)),
    ("We bespraken agendapunt 3 uitgebreid.", ("SECTION_LABEL", "agendapunt 3", 1, 14)),
    ("3.2 Kwijting aan de bestuurders", ("LIST_NUMBER", "3.2", 1, 1)),
    ("| 4. Het vereffeningssaldo | Artikel 45 |", ("LIST_NUMBER", "4.", 1, 3)),
    # items in lower case, indented, with dot leaders or a bracket: the lines number on (SHAPES5 E10-N1)
    ("Voorwaarden\n  1. sociaal oogmerk ..... Artikel 2 van de statuten\n  2. activiteiten ...... Artikel 3 van de "
     "statuten", ("LIST_NUMBER", "2.", 3, 3)),
    ("Voorwaarden\n  8. eerst een toewijzing aan het fonds Artikel 17, tweede lid\n  9. jaarlijkse verantwoording "
     "....... dit document", ("LIST_NUMBER", "8.", 2, 3)),
    ("De principes:\n1) democratisch bestuur\n2) beperkt dividend", ("LIST_NUMBER", "1)", 2, 1)),
    # tables of contents and page markers
    ("Inhoud\n\nInleiding ........ 3\nWoningen . . . . . 5", ("TOC_PAGE", "5", 4, 20)),
    ("Zie p. 4 voor de cijfers.", ("PAGE_MARKER", "p. 4", 1, 5)),
    ("zie pagina 3 van 12 in de bijlage", ("PAGE_MARKER", "pagina 3 van 12", 1, 5)),
    # names that carry a number
    ("Het SIP 2 van de stad loopt af.", ("NAMED_NUMBER", "SIP 2", 1, 5)),
    ("valt onder paritair comité 337", ("NAMED_NUMBER", "paritair comité 337", 1, 12)),
    ("de fietskoeriers (PC337) kregen", ("NAMED_NUMBER", "PC337", 1, 19)),
    ("Turbine 2 kreeg een nieuwe tandwielkast.", ("NAMED_NUMBER", "Turbine 2", 1, 1)),
    # a written numeral that opens a name (SHAPES5 E10-N2)
    ("Het project Twee Torens werd opgeleverd.", ("NAMED_NUMBER", "Twee", 1, 13)),
    ("de opvang in De Zeven Linden telt 40 plaatsen", ("NAMED_NUMBER", "Zeven", 1, 17)),
    ("Vier Winden kreeg een nieuw dak.", ("NAMED_NUMBER", "Vier", 1, 1)),
    ("sinds eind jaren 90 actief", ("NAMED_NUMBER", "jaren 90", 1, 12)),
    ("Sinds januari ‘24 draait de winkel.", ("NAMED_NUMBER", "januari ‘24", 1, 7)),
    # the law's own numbers and voting rules
    ("Niemand brengt meer dan een tiende van de stemmen uit.", ("LAW_TEXT", "een tiende van de stemmen", 1, 25)),
    ("Artikel 8:5 WVV stelt negen voorwaarden.", ("LAW_TEXT", "negen voorwaarden", 1, 23)),
    ("De wet bepaalt: “het dividend is beperkt tot 6 %”.", ("LAW_QUOTE", "“het dividend is beperkt tot 6 %”", 1, 17)),
    ("Artikel 30: één stem per vennoot.", ("VOTING_RULE", "één stem per", 1, 13)),
    ("Stemrecht | Eén lid, één stem |", ("VOTING_RULE", "Eén lid, één stem", 1, 13)),
    ("In de woongroep heeft elke bewoner maar één stem.", ("VOTING_RULE", "heeft elke bewoner maar één stem", 1, 17)),
    ("Na twee coronajaren kwamen de leden terug.", ("TIME_SPAN", "Na twee coronajaren", 1, 1)),
]


@pytest.mark.parametrize("text,expected", EXCLUDED, ids=[f"{e[0]}:{e[1]}" for _, e in EXCLUDED])
def test_a_number_that_is_no_figure_is_a_named_exclusion(text: str, expected: tuple) -> None:
    assert expected in _excluded(text)
    figures = _figures(text)
    assert all(not (line == expected[2] and expected[3] <= column < expected[3] + len(expected[1]))
               for _, _, line, column in figures), figures


# (text, the figures that stay: raw, value, line, column) — over-exclusion is a defect too
KEPT = [
    ("De coöperatie baat 3 windturbines uit.", [("3 windturbines", 3, 1, 20)]),
    ("Eind 2023 telde de coöperatie 2.440 vennoten.", [("2.440 vennoten", 2440, 1, 31)]),
    ("in 2021 kwamen 40 nieuwe vennoten bij", [("40 nieuwe vennoten", 40, 1, 16)]),
    ("We verhuren 2440 woningen aan 1.200 gezinnen.", [("2440 woningen", 2440, 1, 13), ("1.200 gezinnen", 1200, 1, 31)]),
    ("De vereniging telde\n40. Er kwamen nieuwe leden bij.", [("40", 40, 2, 1)]),
    ("De vereniging telde\n40. daarna kwamen nieuwe leden bij.", [("40", 40, 2, 1)]),  # no number above or below
    ("  2. activiteiten ..... Artikel 3\n  3. winst begrensd op 6 % .. Artikel 17", [("6 %", 6, 2, 24)]),
    ("Onze 12 koeriers reden 45.000 km.", [("12 koeriers", 12, 1, 6), ("45.000 km", 45000, 1, 24)]),
    ("De keuken serveerde 14.200 maaltijden tussen 11:30 en 14:00.", [("14.200 maaltijden", 14200, 1, 21)]),
    ("Bel 02 205 17 20: 312 sociale woningen wachten.", [("312 sociale woningen", 312, 1, 19)]),
    ("Zetel: Kerkstraat 5, 8500 Kortrijk. Er werken 27 mensen.", [("27 mensen", 27, 1, 47)]),
    ("Per turbine 2 nieuwe wieken.", [("2 nieuwe wieken", 2, 1, 13)]),
    ("De groep 30 jongeren kreeg les.", [("30 jongeren", 30, 1, 10)]),
    ("Er zijn 6 werven: 4 in Gent.", [("6 werven", 6, 1, 9), ("4", 4, 1, 19)]),
    ("Elke deelnemer kreeg één fietsslot.", [("één fietsslot", 1, 1, 22)]),
    ("Vier kinderdagverblijven openden.", [("Vier kinderdagverblijven", 4, 1, 1)]),
    ("Drie Vlaamse steden deden mee.", [("Drie Vlaamse steden", 3, 1, 1)]),
    ("Er werken Twee VTE.", [("Twee VTE", 2, 1, 11)]),
]


@pytest.mark.parametrize("text,expected", KEPT, ids=[t[:40] for t, _ in KEPT])
def test_figures_next_to_no_figures_stay(text: str, expected: list) -> None:
    assert _figures(text) == expected


def test_an_exclusion_is_shown_by_explain(tmp_path) -> None:
    import io

    from extractor.cli import run

    report = tmp_path / "voedselteam-2023.txt"
    report.write_text("Voedselteam Leuven cv\nBel 016 22 33 44 of kom naar de Naamsestraat 12, 3000 Leuven.\n"
                      "We leverden 1.250 groentepakketten.\n", encoding="utf-8")
    stdout, stderr = io.StringIO(), io.StringIO()
    assert run(["explain", str(report), "2", "--lang", "en"], stdout, stderr) == 0
    assert stdout.getvalue().splitlines()[1:] == [
        "  not a figure: «016 22 33 44» = +3216223344 — phone (non_figure.phone.valid) at line 2, column 5",
        "  not a figure: «Naamsestraat 12» — address (non_figure.address.street) at line 2, column 33",
        "  not a figure: «3000 Leuven» = 3000 — postcode (non_figure.postcode) at line 2, column 50",
    ]
