"""Keys and labels of uncatalogued figures, built from their own words (extractor/figures/keys.py).

The wordings are ours, of cooperatives in other sectors (housing, food, delivery, social economy, energy):
the same quantity worded differently in two years must meet, different quantities of one text must not,
and no key is only a unit word or names an organisation. The development reports of an energy cooperative
(tests/fixtures/dev-reports/, with their hand-checked gold.json) check it on whole reports.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from extractor.dutch.lexicon import canonical, lexicon
from extractor.nlp.language import lemma
from extractor.pipeline import extract_file, extract_text

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "dev-reports"


def _ids(text: str) -> list[tuple[int | float, str]]:
    return [(i["value"], i["id"]) for i in extract_text(text, fiscal_year=2024)["indicators"]]


def _id_of(text: str, value: int | float) -> str:
    found = [id_ for v, id_ in _ids(text) if v == value]
    assert len(found) == 1, (text, _ids(text))
    return found[0]


# (text, value, id, label): the key and the Dutch label of one figure
EXACT = [
    # counted nouns, lemmatised and taken to their concept
    ("De drie windturbines draaiden het hele jaar.", 3, "other.windturbine", "windturbines"),
    ("Eind 2024 telde de coöperatie 3.650 aandeelhouders.", 3650, "other.vennoot", "vennoten"),
    ("Er traden 137 nieuwe vennoten toe.", 137, "other.vennoot.nieuw", "vennoten (nieuw)"),
    ("De coöperatie verhuurt 312 sociale woningen.", 312, "other.woning.in_beheer.sociaal",
     "woningen (verhuurd of in beheer, sociale)"),
    ("Er waren 214 vennoten aanwezig of vertegenwoordigd.", 214, "other.vennoot.aanwezig",
     "vennoten (aanwezig of vertegenwoordigd)"),
    ("De raad van bestuur telt negen leden.", 9, "other.lid.bestuur", "leden (raad van bestuur)"),
    ("Het team telt vier medewerkers.", 4, "other.werknemer", "medewerkers"),
    ("Onze koeriers bezorgden 52.300 pakketten.", 52300, "other.pakket.geleverd", "pakketten (geleverd)"),
    # measures: what the unit measures, never the unit alone
    ("In totaal leverden onze installaties 14.820 MWh groene stroom.", 14820, "other.productie_energie",
     "productie"),
    ("De windturbines produceerden 13.950 MWh.", 13950, "other.productie_energie.wind", "productie (wind)"),
    ("We realiseerden een omzet van 2,4 miljoen euro.", 2400000, "other.omzet_euro", "omzet"),
    ("De algemene vergadering keurde een dividend van 4 % goed.", 4, "other.dividend_procent", "dividend"),
    ("Het geplaatste kapitaal komt op 2.401.000 euro.", 2401000, "other.kapitaal_euro", "kapitaal"),
    ("Het fonds besteedde 31.750 euro.", 31750, "other.uitgave_euro", "uitgaven"),
    ("De huurprijs bedraagt gemiddeld 520 euro per maand.", 520, "other.huur_euro", "huur"),
    ("We investeerden 450.000 euro in nieuwe woningen.", 450000, "other.investering_euro", "investeringen"),
    ("De coöperatie reserveerde 15.000 euro voor het sociaal fonds.", 15000, "other.reserve_euro", "reserves"),
    ("Het resultaat bedraagt 84.300 euro, tegenover 61.200 euro in 2022.", 84300, "other.resultaat_euro",
     "resultaat"),
    ("De winkel telt 14 vaste medewerkers.", 14, "other.werknemer.vast", "medewerkers (vaste)"),
    ("Het bestuur vergaderde acht keer.", 8, "other.vergadering.bestuur",
     "vergaderingen (raad van bestuur)"),
    ("De raad van bestuur kwam tienmaal samen.", 10, "other.vergadering.bestuur",
     "vergaderingen (raad van bestuur)"),
    ("Tegenover de stroommix is dat 2.700 ton CO2 minder.", 2700, "other.uitstoot_gewicht.vermeden",
     "uitstoot (vermeden)"),
    # a range counts what is named after its second number
    ("Er helpen 5 tot 10 vrijwilligers.", 5, "other.vrijwilliger.ondersteund", "vrijwilligers (ondersteund)"),
    ("Het maatwerkbedrijf werft tussen 10 en 15 nieuwe medewerkers aan.", 10, "other.werknemer.nieuw",
     "medewerkers (nieuw)"),
    ("De fietskoeriers doen 10 tot 15 ritten per dag.", 10, "other.rit", "ritten"),
    # a change, a share, a ceiling, a total since the start
    ("De omzet steeg met 14 %.", 14, "other.omzet_procent.verandering", "omzet (verandering)"),
    ("Jaarlijks gaat 3 % van de winst naar het fonds.", 3, "other.winst_procent.aandeel", "winst (aandeel)"),
    ("78 % van de huurders is tevreden.", 78, "other.huurder_procent.aandeel", "huurders (aandeel)"),
    ("Volgens de statuten bedraagt het dividend maximaal 6 %.", 6, "other.dividend_procent.maximum",
     "dividend (maximum)"),
    ("Niemand kan meer dan 20 aandelen nemen.", 20, "other.aandeel.maximum", "aandelen (maximum)"),
    ("Geen enkele huurder betaalt meer dan 650 euro huur per maand.", 650, "other.huur_euro.maximum",
     "huur (maximum)"),
    # a negated ceiling is a floor, not a maximum; the qualifier's own "minder" avoids nothing
    ("Het dividend is nooit minder dan 2 %.", 2, "other.dividend_procent", "dividend"),
    ("De winkel verkocht minder dan 200 manden.", 200, "other.mand.verkocht", "manden (verkocht)"),
    ("We hebben niet alleen meer dan 300 leden.", 300, "other.vennoot", "vennoten"),
    ("Sinds de oprichting kregen al 97 gezinnen steun.", 97, "other.gezin.ondersteund.cumulatief",
     "gezinnen (ondersteund, sinds de start)"),
    # no label names an organisation
    ("om de stem te laten horen van zowat 20.000 Smart-leden", 20000, "other.vennoot", "vennoten"),
]


@pytest.mark.parametrize("text,value,id_,label", EXACT, ids=[row[2] for row in EXACT])
def test_key_and_label(text: str, value: int | float, id_: str, label: str) -> None:
    found = [i for i in extract_text(text, fiscal_year=2024)["indicators"] if i["value"] == value]
    assert [(i["id"], i["label"], i["match"], i["location"]["line"]) for i in found] == [(id_, label, "derived", 1)]


# (last year's wording, this year's wording, value then, value now): one quantity, one key
PARAPHRASES = [
    # housing
    ("Eind 2023 verhuurde de coöperatie 312 sociale woningen.",
     "Op 31 december 2024 beheerden we 340 sociale woningen.", 312, 340),
    ("Er staan 1.250 kandidaat-huurders op de wachtlijst.", "De wachtlijst telt nu 1.410 kandidaten.", 1250, 1410),
    ("De huurprijs bedraagt gemiddeld 520 euro.", "Een huurder betaalt een huur van 535 euro.", 520, 535),
    # food
    ("We kochten bij 42 lokale boeren.", "De coöperatie werkt samen met 45 lokale producenten.", 42, 45),
    ("Wij verdeelden 9.500 voedselpakketten.", "In 2024 werden 8.700 voedselpakketten verdeeld.", 9500, 8700),
    ("De omzet bedroeg 2,1 miljoen euro.", "We realiseerden een omzet van 2,4 miljoen euro.", 2100000, 2400000),
    ("De omzet steeg met 14 %.", "Het zakencijfer groeide met 9 %.", 14, 9),
    # delivery
    ("Onze fietskoeriers leverden 48.000 pakjes.", "In 2024 bezorgden onze koeriers 52.300 pakketten.",
     48000, 52300),
    ("Het team telt 23 werknemers.", "We stellen 25 medewerkers tewerk.", 23, 25),
    # members, in any sector
    ("De coöperatie telde eind 2023 3.412 aandeelhouders.", "Eind 2024 had de coöperatie 3.650 vennoten.",
     3412, 3650),
    ("Het aantal coöperanten steeg tot 2.015.", "Het jaar werd afgesloten met 1.842 vennoten.", 2015, 1842),
    ("In 2024 sloten 210 nieuwe leden aan.", "Dit jaar traden 180 nieuwe coöperanten toe.", 210, 180),
    ("Het aantal vennoten steeg tot 2.015: er kwamen er 211 bij.", "Er traden 137 nieuwe vennoten toe.", 211, 137),
    ("Er waren 214 vennoten aanwezig of vertegenwoordigd.", "met 187 aanwezige of vertegenwoordigde vennoten",
     214, 187),
    # governance
    ("De raad van bestuur kwam zes keer samen.", "Het bestuur vergaderde acht keer.", 6, 8),
    ("De raad van bestuur, negen vrijwilligers, kwam samen.", "De raad van bestuur telt negen leden.", 9, 9),
    ("Het dividend bedraagt maximaal 6 %.", "Het dividend mag nooit meer dan 6 % bedragen.", 6, 6),
    # energy
    ("De drie windturbines draaiden goed.", "De drie turbines haalden hun doel.", 3, 3),
    ("De zonnepanelen voegden daar 870 MWh aan toe.", "de zonne-installaties produceerden 1.170 MWh", 870, 1170),
    ("Het Kempens Energiefonds begeleidde dit jaar 12 gezinnen.", "Het fonds hielp 31 gezinnen.", 12, 31),
    ("eerst gaat tussen 2 en 4 % van de jaarwinst naar het fonds", "2 tot 4 % van de winst gaat naar het fonds",
     2, 2),
]


@pytest.mark.parametrize("before,after,value_before,value_after", PARAPHRASES,
                         ids=[row[0][:40] for row in PARAPHRASES])
def test_paraphrases_across_years_meet(before: str, after: str, value_before: float, value_after: float) -> None:
    assert _id_of(before, value_before) == _id_of(after, value_after)


# one text, different quantities: every figure its own key
DISTINCT = [
    "Er traden 137 nieuwe vennoten toe, terwijl 29 vennoten hun aandelen lieten terugbetalen.",
    "Het aantal coöperanten steeg tot 2.015: er kwamen er 211 bij en 38 traden uit.",
    "De windturbines produceerden 13.950 MWh, de zonnepanelen 870 MWh.",
    "De productie klom tot 17.480 MWh, een stijging met bijna 12 %.",
    "De raad van bestuur telt negen leden en vergaderde elf keer.",
    "De coöperatie verhuurt 312 sociale woningen aan 640 huurders.",
    "Het team telt vier medewerkers, samen 3,2 VTE, en een vijftigtal vrijwilligers.",
    "De 1.842 vennoten bezitten 9.604 aandelen van 250 euro, goed voor 2.401.000 euro kapitaal.",
    "Wij verdeelden 9.500 voedselpakketten aan 310 gezinnen, 14 % meer dan vorig jaar.",
    "Sinds mei draait een nieuwe installatie van 220 kWp, waardoor ons zonnevermogen op 1.270 kWp komt.",
    # one counted noun twice in a sentence, two quantities: the later one told by the phrase after its noun
    "In de winkels werken 14 mensen, samen 11,5 VTE, onder wie 4 mensen in een traject van SIP 2.",
    "Het dienstencentrum bedient 120 cliënten, onder wie 35 cliënten met een beperking.",
    "De vzw huisvestte 30 gezinnen, waarvan 12 gezinnen met een laag inkomen.",
    "Het festival lokte 5.000 bezoekers, waarvan 1.200 bezoekers uit het buitenland.",
    "De sportclub telt 400 leden, onder wie 150 leden zonder vaste woonplaats.",
    "Het ethisch comité telt drie vennoten uit de teams en zes vennoten die de diensten gebruiken.",
    "De coöperatie bouwde 43 appartementen en 25 eengezinswoningen.",
]

# one text, one quantity at two moments: one key
SAME = [
    "Het ledental steeg van 1.842 vennoten naar 2.015 vennoten in de loop van het jaar.",
    "We telden 2.015 vennoten, tegenover 1.842 vennoten in het jaar ervoor.",
    "Er kwamen 35 actiepistes uit de debatten; de 35 actiepistes met hun eisen gingen naar de raad.",
]


@pytest.mark.parametrize("text", SAME, ids=[t[:40] for t in SAME])
def test_one_quantity_at_two_moments_keeps_one_key(text: str) -> None:
    ids = [id_ for _, id_ in _ids(text)]
    assert len(ids) >= 2 and len(set(ids)) == 1, ids


@pytest.mark.parametrize("text", DISTINCT, ids=[t[:40] for t in DISTINCT])
def test_different_quantities_get_different_keys(text: str) -> None:
    ids = [id_ for _, id_ in _ids(text)]
    assert len(ids) >= 2 and len(set(ids)) == len(ids), ids


@pytest.mark.parametrize("text", DISTINCT + [row[0] for row in EXACT], ids=lambda t: t[:40])
def test_no_key_is_a_unit_word_alone_and_no_label_names_a_name(text: str) -> None:
    units = {"mwh", "euro", "eur", "procent", "keer", "uur", "ton", "vte", "kwp", "getal", "energie", "duur"}
    for indicator in extract_text(text, fiscal_year=2024)["indicators"]:
        if indicator["match"] != "derived":
            continue
        head = indicator["id"].split(".")[1]
        assert head not in units, indicator["id"]
        assert indicator["label"] == indicator["label"].lower(), indicator["label"]


@pytest.mark.parametrize("word,expected", [
    ("windturbines", "windturbine"), ("gezinnen", "gezin"), ("kinderen", "kind"), ("scholen", "school"),
    ("woningen", "woning"), ("wooneenheden", "wooneenheid"), ("fietskoeriers", "fietskoerier"),
    ("personeelsleden", "personeelslid"), ("traden", "treden"), ("aanwezige", "aanwezig")])
def test_the_lemmatiser(word: str, expected: str) -> None:
    assert lemma(word) == expected


def test_every_word_of_the_lexicon_finds_its_concept() -> None:
    lex = lexicon()
    from extractor.dutch import patterns

    data = patterns.load("lexicon")
    for table_name in ("nouns", "measures", "states", "sources", "organs"):
        table = getattr(lex, table_name)
        for name, group in data[table_name].items():
            for text in group["words"]:
                words = tuple(canonical(w) for w in text.split())
                assert table.phrases[words].name == name or table.phrases[words] in table.phrases.values(), text


def _gold() -> dict:
    return json.loads((FIXTURES / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dev_ids() -> dict[tuple[str, str], list[str]]:
    """The id given to each hand-checked figure of the development reports, by (file, gold key)."""
    ids: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name, gold in _gold()["files"].items():
        indicators = extract_file(FIXTURES / name)["indicators"]
        used: set[int] = set()
        for figure in gold["figures"]:
            for n, indicator in enumerate(indicators):
                if n not in used and abs(indicator["location"]["line"] - figure["line"]) <= 1 and figure["value"] in (
                        indicator["value"], indicator.get("value_max")):
                    ids[(name, figure["key"])].append(indicator["id"])
                    used.add(n)
                    break
    return ids


def _recurring() -> list[tuple[str, str, str]]:
    files: dict[str, set[str]] = defaultdict(set)
    for name, gold in _gold()["files"].items():
        for figure in gold["figures"]:
            files[figure["key"]].add(name)
    return [(key, a, b) for key, names in sorted(files.items())
            for a, b in zip(sorted(names), sorted(names)[1:])]


@pytest.mark.parametrize("key,first,second", _recurring(), ids=[f"{k}:{a[-8:-4]}" for k, a, _ in _recurring()])
def test_dev_reports_one_key_per_recurring_quantity(dev_ids: dict, key: str, first: str, second: str) -> None:
    """A quantity stated in two reports of the energy cooperative has one id in both, shared by no other
    quantity of those two reports (the measure `aligned=` of score.py)."""
    mine = set(dev_ids[(first, key)]) | set(dev_ids[(second, key)])
    assert len(mine) == 1, (key, dev_ids[(first, key)], dev_ids[(second, key)])
    others = {id_ for (name, other), ids in dev_ids.items() if other != key and name in (first, second)
              for id_ in ids}
    assert not mine & others, (key, mine)


def test_a_figure_alone_in_a_cell_is_described_by_its_rows_label_and_dated_by_its_columns_year() -> None:
    text = ("## Kerncijfers\n\n| Post | 2022 | 2023 |\n|---|---|---|\n| Omzet | € 1,7 miljoen | € 1,9 miljoen |\n"
            "| Subsidies van de provincie | EUR 580.000 | EUR 612.000 |\n"
            "| Resultaat van het boekjaar | 31.000 euro | 38.400 euro |\n")
    found = [(i["raw"], i["id"], i["period"]) for i in extract_text(text, 2023, fmt="markdown")["indicators"]]
    assert found == [("€ 1,7 miljoen", "other.omzet_euro", "2022"), ("€ 1,9 miljoen", "other.omzet_euro", "2023"),
                     # the row's other words qualify it: the province's subsidies are not the town's
                     ("EUR 580.000", "other.subsidie_euro.provincie", "2022"),
                     ("EUR 612.000", "other.subsidie_euro.provincie", "2023"),
                     ("31.000 euro", "other.resultaat_euro", "2022"), ("38.400 euro", "other.resultaat_euro", "2023")]


@pytest.mark.parametrize("text, keys", [
    ("Voor de groendienst rekenden we gemiddeld 38 euro per uur aan. De premies van de overheid bedroegen "
     "EUR 2.870.000.", ["other.per_uur_euro", "other.subsidie_euro"]),
    ("De koeriers verdienen gemiddeld 2.150 euro per maand.", ["other.per_maand_euro"]),
])
def test_a_rate_is_keyed_on_what_it_is_per_and_lends_that_to_no_other_figure(text: str, keys: list[str]) -> None:
    assert [i["id"] for i in extract_text(text, 2023)["indicators"]] == keys


@pytest.mark.parametrize("label, parent, unit, key", [
    # a row label the lexicon knows: the key its words give in a sentence
    ("Verhuurde woningen", None, None, "woning.in_beheer"),
    ("Aantal leden", None, None, "vennoot"),
    ("Nieuwe vennoten", None, None, "vennoot.nieuw"),
    ("Omzet", None, "EUR", "omzet_euro"),
    ("Resultaat van het boekjaar", None, "EUR", "resultaat_euro"),
    ("Productie (MWh)", None, "MWh", "productie_energie"),
    # one it does not know: its own first noun, the unit's dimension, the other words as qualifiers
    ("Huurinkomsten", None, "EUR", "huurinkomsten_euro"),
    ("Leegstand (%)", None, "%", "leegstand_procent"),
    ("Gemiddelde huurprijs (EUR)", None, "EUR", "huur_euro.gemiddeld"),
    ("Wachtlijst", None, None, "wachtlijst"),
    ("Bestuursvergaderingen", None, None, "vergadering.bestuur"),
    # a change or a total since the start
    ("Groei omzet (%)", None, "%", "omzet_procent.verandering"),
    # the parent row tells rows of one label apart; a total is its parent's
    ("Vrouwen", "Werknemers", None, "vrouw.werknemer"),
    ("Vrouwen", "Vrijwilligers", None, "vrouw.vrijwilliger"),
    ("Totaal", "Werknemers", None, "werknemer"),
    # what a label names is the last noun of its first group of words, whatever the lexicon knows
    ("Liquide middelen", "Vlottende activa", "EUR", "middel_euro.activum.liquide"),
    ("Materiële vaste activa", "Vaste activa", "EUR", "activum_euro.materieel.vast"),
    ("Kilometers sinds de start", None, "km", "afstand.cumulatief"),  # as "1,5 miljoen km sinds de start"
])
def test_a_row_label_gives_a_key_of_its_own_words(label: str, parent: str | None, unit: str | None,
                                                   key: str) -> None:
    from extractor.figures.keys import describe_label

    assert describe_label(label, parent, unit).key == key


def test_a_total_row_that_names_what_it_totals_is_not_of_its_parent() -> None:
    from extractor.figures.keys import describe_label

    assert describe_label("Totaal activa", "Vlottende activa", "EUR", total=True).key == "activum_euro"
    assert describe_label("Totaal vlottende activa", "Vlottende activa", "EUR", total=True).key \
        == "activum_euro.vlottende"
    assert describe_label("Totaal", "Werknemers", None, total=True).key == "werknemer"


@pytest.mark.parametrize("text,value,expected", [
    # a verb of reserving sets money aside only for an amount of money; otherwise it books: a count of bookings,
    # as "2.700 reserveringen" (patterns/lexicon.yaml event_nouns)
    ("De coöperatie reserveerde 15.000 euro voor het sociaal fonds.", 15000, "other.reserve_euro"),
    ("Er werd 18.400 keer gereserveerd.", 18400, "other.reservering"),
    ("In 2023 reserveerden onze leden 2.900 keer een deelwagen.", 2900, "other.reservering"),
    # connected is a state, not new; joining is new
    ("312 woningen zijn aangesloten op het warmtenet.", 312, "other.woning.aangesloten"),
    ("Het net telt 40 aangesloten scholen.", 40, "other.school.aangesloten"),
    ("Er traden 137 nieuwe vennoten toe.", 137, "other.vennoot.nieuw"),
    # mensen count staff where their clause says employment, people elsewhere
    ("We stelden 24 mensen tewerk.", 24, "other.werknemer"),
    ("Eind 2024 waren 31 mensen in dienst.", 31, "other.werknemer"),
    ("18 mensen werken bij de coöperatie.", 18, "other.werknemer"),
    ("Ons personeel telt 27 mensen.", 27, "other.werknemer"),
    ("Het team telt vier medewerkers.", 4, "other.werknemer"),
    ("Het festival trok 900 mensen.", 900, "other.persoon"),
    ("In de winkels werken 14 mensen.", 14, "other.persoon"),
    ("Sinds de oprichting kregen al 97 mensen steun.", 97, "other.persoon.ondersteund.cumulatief"),
])
def test_words_that_name_a_figure_only_in_their_context(text: str, value: int, expected: str) -> None:
    assert _id_of(text, value) == expected
    assert "other.reserve_keer" not in {id_ for _, id_ in _ids(text)}
