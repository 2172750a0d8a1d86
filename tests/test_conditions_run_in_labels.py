"""Conditions stated as run-in paragraph labels (SHAPES-REFS R11, SHAPES4 R11, R12, R10): "Maatschappelijk
doel. Artikel 2 ...", where the label names both the aim (1) and the object (2) and a "Voorwerp." paragraph
follows; "Eerst het doel, dan het dividend. Artikel 31 ..." that names the aim first but states the reserve before
dividend (8); "Bijzonder verslag. Artikel 40 ..." under a heading whose introduction above already says, without
an article, that the board reports every year (9). Invented reports (a laundry and a sewing workshop); each
statute reference asserted with its line, its articles and its condition."""

from __future__ import annotations

from extractor.pipeline import extract_text


def _references(text: str) -> list[tuple]:
    report = extract_text(text, fiscal_year=2024, fmt="markdown", name="verslag-2024.md")
    return [(r["location"]["line"], r["articles"], r["condition"]) for r in report["statute_references"]]


def test_run_in_labels_for_the_aim_and_for_the_reserve_before_dividend() -> None:
    text = ("# Wasserij De Plooi cv – bijzonder verslag 2024\n\n## Hoe we aan de erkenningsvoorwaarden voldoen\n\n"
            "Maatschappelijk doel. Artikel 2 van de statuten legt het doel vast: betaalbare was- en strijkservice"
            " voor alleenstaanden.\n\n"
            "Voorwerp. Artikel 3 somt de activiteiten op waarmee we dat doen: wassen, strijken en herstellen.\n\n"
            "Beperkt dividend. Artikel 30 houdt het dividend onder de rentevoet die de Koning vastlegt.\n\n"
            "Eerst het doel, dan het dividend. Artikel 31, derde lid, verplicht de algemene vergadering om eerst"
            " een bedrag te reserveren voor het doel van de coöperatie, voordat ze een dividend toekent.\n\n"
            "Onbezoldigd bestuur. Artikel 19 bepaalt dat de bestuurders geen vergoeding krijgen.\n\n"
            "Stemrecht. Artikel 25 geeft ieder lid één stem.\n")
    assert _references(text) == [(5, ["2"], 1), (7, ["3"], 2), (9, ["30"], 3), (11, ["31"], 8), (13, ["19"], 6),
                                  (15, ["25"], 7)]


def test_the_introduction_above_the_heading_leaves_the_special_report_to_its_run_in_label() -> None:
    text = ("# Naaiatelier De Draad cv – bijzonder verslag 2024\n\n"
            "Het bestuur brengt elk jaar in een bijzonder verslag verslag uit over de manier waarop het toeziet op de\n"
            "erkenningsvoorwaarden. Dit is dat verslag over 2024.\n\n## Erkenningsvoorwaarden\n\n"
            "Sociaal doel. Artikel 2 van de statuten: betaalbare kledingherstelling voor buurtbewoners.\n\n"
            "Voorwerp. Artikel 3 somt de activiteiten op: herstellen, naaien, les geven.\n\n"
            "Beperkt dividend. Artikel 30 houdt het dividend onder de rentevoet die de Koning vastlegt.\n\n"
            "Onbezoldigd bestuur. Artikel 19 bepaalt dat de bestuurders geen vergoeding krijgen.\n\n"
            "Bijzonder verslag. Artikel 40 van de statuten vraagt het jaarlijkse bijzondere verslag.\n\n"
            "## Resultaat\n\nHet boekjaar sluit met een winst van € 6.200. We stellen voor een dividend van 1 % uit"
            " te keren. Dat blijft\nruim onder het maximum van artikel 30 van de statuten.\n")
    assert _references(text) == [(8, ["2"], 1), (10, ["3"], 2), (12, ["30"], 3), (14, ["19"], 6), (16, ["40"], 9),
                                 (21, ["30"], 3)]


def test_chained_prose_leaves_the_special_report_to_the_sentence_that_cites_its_article() -> None:
    # SHAPES4 R7/R10: the introduction words the yearly report without an article; the chained paragraph's last
    # sentence cites it; "ontbonden" is the liquidation (4)
    text = ("Waarom dit verslag\n\nOmdat De Gereedschapskist een erkende sociale onderneming is, legt de raad van"
            " bestuur jaarlijks rekenschap af over de erkenningsvoorwaarden, over wat we deden en over de middelen"
            " die we daarvoor gebruikten.\n\nStatuten en erkenning\n\n"
            "Veel dividend keren we niet uit: artikel 31 van de statuten beperkt het dividend tot 6 % van het"
            " gestorte kapitaal. Wordt de coöperatie ontbonden, dan gaat wat overblijft naar een vereniging met een"
            " gelijkaardige missie (artikel 46). Bestuurders werken onbezoldigd (artikel 20). Op de algemene"
            " vergadering weegt niemand zwaarder dan een tiende van alle uitgebrachte stemmen (artikel 26 van de"
            " statuten). Artikel 38 vraagt ons om elk jaar zo'n verslag te maken.\n")
    report = extract_text(text, fiscal_year=2024)
    assert [(r["location"]["line"], r["articles"], r["condition"]) for r in report["statute_references"]] == [
        (7, ["31"], 3), (7, ["46"], 4), (7, ["20"], 6), (7, ["26"], 7), (7, ["38"], 9)]
