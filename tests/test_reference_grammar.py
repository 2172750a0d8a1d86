"""The grammar of a statute reference, in many writers' wordings (issue 10, item 5): the article word repeated
in a list, ranges, suffixes of inserted articles, subdivisions after the number, statutes implied by the
table, list or section a reference stands in. Sentences of several sectors, negatives mixed in."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_text


def _statutes(text: str) -> list[tuple[list[str], dict[str, str], str, int]]:
    result = extract_text(text, fiscal_year=2023)
    return [(r["articles"], r["subdivisions"], r["raw"], r["location"]["column"])
            for r in result["statute_references"]]


def _figures(text: str) -> list[tuple[str, float]]:
    return [(i["raw"], i["value"]) for i in extract_text(text, fiscal_year=2023)["indicators"]]


# (text, [(articles, subdivisions, raw, column)])
REFERENCES = [
    # the article word repeated in a list: one reference
    ("Onze statuten regelen het stemrecht: artikel 24 en artikel 25.",
     [(["24", "25"], {}, "artikel 24 en artikel 25", 38)]),
    ("De zorgcoöperatie paste Artikel 3 en artikel 4 van de statuten aan.",
     [(["3", "4"], {}, "Artikel 3 en artikel 4 van de statuten", 25)]),
    ("De statuten van het theatercollectief: art. 9, art. 10 en art. 11 gaan over de leden.",
     [(["9", "10", "11"], {}, "art. 9, art. 10 en art. 11", 40)]),
    # a range, with or without the article word repeated, in one token or two
    ("De buitengewone algemene vergadering herschreef de artikelen 40 tot 42 van de statuten.",
     [(["40", "41", "42"], {}, "artikelen 40 tot 42 van de statuten", 52)]),
    ("In de statuten van de sportclub regelen artikel 40 tot artikel 42 de uittreding.",
     [(["40", "41", "42"], {}, "artikel 40 tot artikel 42", 41)]),
    ("De energiecoöperatie wijzigde de artikelen 17 t.e.m. 19 van haar statuten.",
     [(["17", "18", "19"], {}, "artikelen 17 t.e.m. 19 van haar statuten", 34)]),
    ("De artikelen 6-8 van de statuten beschrijven het voorwerp van de bank.",
     [(["6", "7", "8"], {}, "artikelen 6-8 van de statuten", 4)]),
    # suffixes of inserted articles
    ("De vergadering voegde artikel 7bis in de statuten in.", [(["7bis"], {}, "artikel 7bis", 23)]),
    ("Volgens art. 12ter van de statuten leveren de koeriers zelf hun fiets.",
     [(["12ter"], {}, "art. 12ter van de statuten", 9)]),
    ("Het nieuwe artikel 5 bis van de statuten regelt de wachtlijst voor woningen.",
     [(["5bis"], {}, "artikel 5 bis van de statuten", 12)]),
    # subdivisions: the article is the number before them
    ("Art. 33, eerste lid van de statuten bepaalt de bestemming van de winst van de winkel.",
     [(["33"], {"33": "eerste lid"}, "Art. 33, eerste lid van de statuten", 1)]),
    ("Zo bepaalt artikel 12, §2 van de statuten van de thuiszorgcoöperatie.",
     [(["12"], {"12": "§ 2"}, "artikel 12, §2 van de statuten", 12)]),
    ("Zo bepaalt artikel 12, § 2 van de statuten.", [(["12"], {"12": "§ 2"}, "artikel 12, § 2 van de statuten", 12)]),
    ("Artikel 5, tweede lid, 3° van de statuten sluit een dividend boven 6 % uit.",
     [(["5"], {"5": "tweede lid, 3°"}, "Artikel 5, tweede lid, 3° van de statuten", 1)]),
    ("Zie artikel 14, lid 2 van onze statuten over de terugbetaling.",
     [(["14"], {"14": "lid 2"}, "artikel 14, lid 2 van onze statuten", 5)]),
    ("Artikel 21 § 1, 2° en 3° van de statuten noemt de taken van het bestuur.",
     [(["21"], {"21": "§ 1, 2° en 3°"}, "Artikel 21 § 1, 2° en 3° van de statuten", 1)]),
    ("Artikel 9, 2de lid van de statuten van de fietskoeriers regelt de proefperiode.",
     [(["9"], {"9": "2de lid"}, "Artikel 9, 2de lid van de statuten", 1)]),
    # abbreviations: glued to the number, the plural
    ("Volgens art.12 van de statuten kiest de algemene vergadering de bestuurders.",
     [(["12"], {}, "art.12 van de statuten", 9)]),
    ("Artt. 3 en 4 van de statuten beschrijven het doel van de energiecoöperatie.",
     [(["3", "4"], {}, "Artt. 3 en 4 van de statuten", 1)]),
    # a list with a subdivision inside
    ("De algemene vergadering wijzigde artikel 12, §2 en artikel 24 van de statuten.",
     [(["12", "24"], {"12": "§ 2"}, "artikel 12, §2 en artikel 24 van de statuten", 34)]),
    # a comma and a new clause after the number: the number only
    ("De statuten regelen dit in artikel 22, en dit verslag beschrijft hoe.", [(["22"], {}, "artikel 22", 28)]),
    # two references in one clause, each with its verb: two references
    ("De buitengewone algemene vergadering besliste artikel 7bis in te voegen en artikel 31 aan te passen in "
     "de statuten.", [(["7bis"], {}, "artikel 7bis", 47), (["31"], {}, "artikel 31", 76)]),
    # a parenthesis between: two references
    ("Onze statuten werden vernieuwd: artikel 10 (uittreding) en artikel 11 (terugbetaling).",
     [(["10"], {}, "artikel 10", 33), (["11"], {}, "artikel 11", 60)]),
    # not a statute: another text named, or no statutes spoken of
    ("De statuten verwijzen naar artikel 4 van het bouwreglement van de stad.", []),
    ("Het dak werd vernieuwd volgens artikel 4 en artikel 5 van het bouwreglement.", []),
    ("De bibliotheek ontleent artikel 3 en artikel 4 van de catalogus.", []),
]


@pytest.mark.parametrize("text,expected", REFERENCES, ids=[t[:40] for t, _ in REFERENCES])
def test_statute_references_in_any_shape(text: str, expected: list) -> None:
    assert _statutes(text) == expected


# (text, the legal reference: instrument, article, subdivision)
LEGAL = [
    ("zoals bedoeld in artikel 8:5, § 1, 9° WVV", ("WVV", "8:5", "§ 1, 9°")),
    ("bedoeld in artikel 8:5, 3 van het WVV", ("WVV", "8:5", "3")),
    ("De voorwaarden van artikel 8:5, §1, 1° tot 8° van het WVV", ("WVV", "8:5", "§ 1, 1° tot 8°")),
]


@pytest.mark.parametrize("text,expected", LEGAL, ids=[t for t, _ in LEGAL])
def test_subdivisions_of_the_law(text: str, expected: tuple) -> None:
    found = [(r["instrument"], r["article"], r["subdivision"])
             for r in extract_text(text, fiscal_year=2023)["legal_references"]]
    assert found == [expected]


@pytest.mark.parametrize("text,figures", [
    ("Artikel 38, tweede lid, van de statuten: 15 % van de winst gaat naar de reserve.", [("15 %", 15)]),
    ("Zo bepaalt artikel 12, §2 van de statuten dat 40 woningen sociaal verhuurd worden.", [("40 woningen", 40)]),
    ("Artikel 5, tweede lid, 3° van de statuten geldt voor de 12 winkels.", [("12 winkels", 12)]),
])
def test_the_numbers_of_a_subdivision_are_no_figures(text: str, figures: list) -> None:
    assert _figures(text) == figures


TABLE = "\n".join([
    "Erkenningsvoorwaarden",
    "Voorwaarde\tWaar in onze statuten",
    "Zorg voor ouderen als hoofddoel\tArtikel 4: wij bieden thuiszorg aan ouderen.",
    "Voorwerp\tArtikel 5 beschrijft de diensten.",
    "Dividend\tArtikel 30: hoogstens 6 %.",
    "Vereffening\tArtikel 44: het saldo gaat naar een zorgorganisatie.",
    "Stemrecht\tArtikel 27: niemand brengt meer dan een tiende van de stemmen uit.",
    "Bestuur\tArtikel 19: de bestuurders zijn onbezoldigd.",
])


def test_the_statutes_named_once_in_a_table_hold_for_every_row() -> None:
    found = [(r["location"]["line"], r["articles"], r["implied"])
             for r in extract_text(TABLE, fiscal_year=2023)["statute_references"]]
    assert found == [(3, ["4"], True), (4, ["5"], True), (5, ["30"], True), (6, ["44"], True), (7, ["27"], True),
                     (8, ["19"], True)]


def test_a_table_that_names_no_statutes_gives_no_statute_reference() -> None:
    table = "\n".join(["Onderdeel\tRegel", "Fietsen\tArtikel 4: elke koerier heeft een fiets.",
                       "Zones\tArtikel 5: twee zones in de stad.", "Pauzes\tArtikel 6: een pauze per rit.",
                       "Helm\tArtikel 7: de helm is verplicht."])
    assert extract_text(table, fiscal_year=2023)["statute_references"] == []


SECTION = "\n".join([
    "Wijziging van de statuten",
    "",
    "De buitengewone algemene vergadering kwam in oktober bijeen.",
    "",
    "Ze keurde de nieuwe tekst met een ruime meerderheid goed.",
    "",
    "Het nieuwe artikel 9 bepaalt voortaan wie vennoot kan worden.",
    "",
    "Activiteiten",
    "",
    "De sportclub volgt artikel 3 van het reglement van de federatie en artikel 12 van het clubblad.",
])


def test_a_section_on_the_statutes_makes_its_articles_statutes() -> None:
    found = [(r["location"]["line"], r["articles"], r["implied"])
             for r in extract_text(SECTION, fiscal_year=2023)["statute_references"]]
    assert found == [(7, ["9"], True)]
