"""Tables as tables: each cell's figure takes its row label (and parent row), its column's period, and the unit
and scale of its header or caption; header years and captions are no figures. One test per shape, asserted per
cell with its line. The reports are written for these tests, in other wordings and layouts than the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.pipeline import extract_file, extract_text

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _cells(result: dict) -> list[tuple]:
    return [(i["location"]["line"], i["raw"], i["value"], i["unit"], i["period"], i["label"],
             i["table"]["table"], i["table"]["row"], i["table"]["parent"], i["table"]["column"],
             i["table"].get("scale"), i["table"].get("total", False))
            for i in result["indicators"] if "table" in i]


@pytest.fixture(scope="module")
def markdown() -> dict:
    return extract_file(FIXTURES / "kerncijfers-2023.md")


@pytest.fixture(scope="module")
def text() -> dict:
    return extract_file(FIXTURES / "jaarcijfers-2024.txt")


def test_markdown_pipes_years_as_columns_scale_in_the_corner(markdown) -> None:
    # | (in duizend euro) | 2022 | 2023 |: the corner cell scales every column; "Aantal" rows count
    assert [c for c in _cells(markdown) if c[6] == 1] == [
        (7, "1.250", 1250000, "EUR", "2022", "Omzet", 1, "Omzet", None, "2022", 1000, False),
        (7, "1.410", 1410000, "EUR", "2023", "Omzet", 1, "Omzet", None, "2023", 1000, False),
        (8, "800", 800000, "EUR", "2022", "Personeelskosten", 1, "Personeelskosten", None, "2022", 1000, False),
        (8, "870", 870000, "EUR", "2023", "Personeelskosten", 1, "Personeelskosten", None, "2023", 1000, False),
        (9, "412", 412, None, "2022-12-31", "Aantal vennoten", 1, "Aantal vennoten", None, "2022", None, False),
        (9, "455", 455, None, "2023-12-31", "Aantal vennoten", 1, "Aantal vennoten", None, "2023", None, False),
    ]


def test_html_table_dated_columns_parent_row_and_total(markdown) -> None:
    assert [c for c in _cells(markdown) if c[6] == 2] == [
        (16, "2.300.000", 2300000, None, "2023-12-31", "Zonnepanelen", 2, "Zonnepanelen", "Vaste activa",
         "31/12/2023", None, False),
        (16, "2.450.000", 2450000, None, "2022-12-31", "Zonnepanelen", 2, "Zonnepanelen", "Vaste activa",
         "31/12/2022", None, False),
        (17, "120.000", 120000, None, "2023-12-31", "Omvormers", 2, "Omvormers", "Vaste activa", "31/12/2023",
         None, False),
        (17, "140.000", 140000, None, "2022-12-31", "Omvormers", 2, "Omvormers", "Vaste activa", "31/12/2022",
         None, False),
        (18, "2.420.000", 2420000, None, "2023-12-31", "Totaal vaste activa", 2, "Totaal vaste activa",
         "Vaste activa", "31/12/2023", None, True),
        (18, "2.590.000", 2590000, None, "2022-12-31", "Totaal vaste activa", 2, "Totaal vaste activa",
         "Vaste activa", "31/12/2022", None, True),
    ]


def test_key_figure_box_label_line_then_number_line(markdown) -> None:
    assert [c[:6] for c in _cells(markdown) if c[6] == 3] == [
        (24, "455", 455, None, "2023-12-31", "Vennoten"),
        (27, "1.830 MWh", 1830, "mwh", "2023", "Geproduceerde stroom"),
        (30, "€ 310.000", 310000, "EUR", "2023", "Investeringen"),
    ]


def test_header_years_and_dates_are_no_figures(markdown, text) -> None:
    for result in (markdown, text):
        raws = [i["raw"] for i in result["indicators"]]
        assert not [r for r in raws if r in ("2022", "2023", "2024", "31/12/2023", "2024-25", "2023-24")]
    assert not [i for i in text["indicators"] if i["location"]["line"] in (3, 5, 9, 11)]


def test_tab_separated_fiscal_year_and_year_before(text) -> None:
    assert [c for c in _cells(text) if c[6] == 1] == [
        (6, "184.300", 184300, "EUR", "2024", "Verkopen (EUR)", 1, "Verkopen (EUR)", None, "Boekjaar", None, False),
        (6, "171.950", 171950, "EUR", "2023", "Verkopen (EUR)", 1, "Verkopen (EUR)", None, "Vorig boekjaar", None,
         False),
        (7, "38", 38, None, "2024", "Vrijwilligers (aantal)", 1, "Vrijwilligers (aantal)", None, "Boekjaar", None,
         False),
        (7, "35", 35, None, "2023", "Vrijwilligers (aantal)", 1, "Vrijwilligers (aantal)", None, "Vorig boekjaar",
         None, False),
    ]


def test_space_aligned_split_years_caption_scale_indented_rows(text) -> None:
    assert [c for c in _cells(text) if c[6] == 2] == [
        (13, "42", 42000, "EUR", "2024/2025", "Voorraad", 2, "Voorraad", "Vlottende activa", "2024-25", 1000, False),
        (13, "39", 39000, "EUR", "2023/2024", "Voorraad", 2, "Voorraad", "Vlottende activa", "2023-24", 1000, False),
        (14, "118", 118000, "EUR", "2024/2025", "Liquide middelen", 2, "Liquide middelen", "Vlottende activa",
         "2024-25", 1000, False),
        (14, "126", 126000, "EUR", "2023/2024", "Liquide middelen", 2, "Liquide middelen", "Vlottende activa",
         "2023-24", 1000, False),
        (15, "160", 160000, "EUR", "2024/2025", "Totaal vlottende activa", 2, "Totaal vlottende activa",
         "Vlottende activa", "2024-25", 1000, True),
        (15, "165", 165000, "EUR", "2023/2024", "Totaal vlottende activa", 2, "Totaal vlottende activa",
         "Vlottende activa", "2023-24", 1000, True),
    ]


def test_leader_dots(text) -> None:
    assert [c[:8] for c in _cells(text) if c[6] == 3] == [
        (18, "2,6 miljoen euro", 2600000, "EUR", "2024", "Omzet", 3, "Omzet"),
        (19, "61.400 euro", 61400, "EUR", "2024", "Nettoresultaat", 3, "Nettoresultaat"),
        (20, "1.240", 1240, None, "2024", "Aantal klanten", 3, "Aantal klanten"),
    ]


def test_labels_over_numbers_box(text) -> None:
    assert [c[:8] for c in _cells(text) if c[6] == 4] == [
        (23, "212", 212, None, "2024-12-31", "Leden", 4, "Leden"),
        (23, "3", 3, None, "2024", "Winkels", 4, "Winkels"),
        (23, "18.400", 18400, None, "2024", "Bezoekers", 4, "Bezoekers"),
    ]


def test_label_colon_value_list(text) -> None:
    assert [c[:8] for c in _cells(text) if c[6] == 5] == [
        (26, "€ 12.500", 12500, "EUR", "2024", "Schenkingen", 5, "Schenkingen"),
        (27, "€ 8.000", 8000, "EUR", "2024", "Subsidies", 5, "Subsidies"),
    ]


def test_a_change_then_the_amount_it_came_to_are_two_figures(markdown) -> None:
    found = [(i["raw"], i["value"], i["unit"], i["qualifier"]) for i in markdown["indicators"]
             if i["location"]["line"] == 32]
    assert found == [("12,5 %", 12.5, "%", "exact"), ("450.000 euro", 450000, "EUR", "exact")]


def test_a_table_of_contents_is_no_table_of_figures() -> None:
    result = extract_text("Inhoud\nVoorwoord            2\nBalans               4\nToelichting          7\n",
                          fiscal_year=2023)
    assert not [i for i in result["indicators"] if "table" in i]


def test_prose_tables_stay_as_they_are() -> None:
    result = extract_text("Voorwaarde\tToepassing\nHet mandaat is onbezoldigd.\tArtikel 21 van de statuten "
                          "bepaalt dat 1 persoon 1 stem heeft.\n", fiscal_year=2023)
    assert not [i for i in result["indicators"] if "table" in i]


@pytest.fixture(scope="module")
def results() -> dict:
    return extract_file(FIXTURES / "resultaten-2023.txt")


def test_leader_dots_with_a_bare_number_or_a_percentage(results) -> None:
    # "Koeriers ...... 42" is a row of the box, not a page number of a table of contents
    assert [c[:8] for c in _cells(results) if c[6] == 1] == [
        (4, "2,6 miljoen euro", 2600000, "EUR", "2023", "Omzet", 1, "Omzet"),
        (5, "1.391", 1391, None, "2023-12-31", "Leden", 1, "Leden"),
        (6, "8,7 %", 8.7, "%", "2022/2023", "Groei", 1, "Groei"),  # a growth: over 2022-2023
        (7, "42", 42, None, "2023", "Koeriers", 1, "Koeriers"),
    ]


def test_a_growth_row_claims_no_change_of_the_row_over_it(results) -> None:
    changes = [[m["raw"] for m in r["indicators"]] for r in results["relations"] if r["kind"] == "change"]
    assert changes[0] == ["8,7 %"]


def test_a_change_in_percent_then_a_bare_count_are_two_figures(results) -> None:
    found = [(i["raw"], i["value"], i["unit"], i["qualifier"]) for i in results["indicators"]
             if i["location"]["line"] == 9]
    assert found == [("12,5 %", 12.5, "%", "exact"), ("450.000 euro", 450000, "EUR", "exact"),
                     ("15 %", 15, "%", "exact"), ("52.930", 52930, None, "exact")]


def test_results_table_negatives_in_parentheses_and_minus_slash_minus_scaled(results) -> None:
    # "(x € 1.000)" over the table scales every amount; "(1.210)" and "-/- 150" are costs, negative
    assert [c for c in _cells(results) if c[6] == 2] == [
        (14, "2.450", 2450000, "EUR", "2023", "Omzet", 2, "Omzet", None, "2023", 1000, False),
        (14, "2.180", 2180000, "EUR", "2022", "Omzet", 2, "Omzet", None, "2022", 1000, False),
        (15, "(1.210)", -1210000, "EUR", "2023", "Aankopen", 2, "Aankopen", None, "2023", 1000, False),
        (15, "(1.050)", -1050000, "EUR", "2022", "Aankopen", 2, "Aankopen", None, "2022", 1000, False),
        (16, "(640)", -640000, "EUR", "2023", "Personeelskosten", 2, "Personeelskosten", None, "2023", 1000, False),
        (16, "(600)", -600000, "EUR", "2022", "Personeelskosten", 2, "Personeelskosten", None, "2022", 1000, False),
        (17, "-/- 150", -150000, "EUR", "2023", "Afschrijvingen", 2, "Afschrijvingen", None, "2023", 1000, False),
        (17, "-/- 140", -140000, "EUR", "2022", "Afschrijvingen", 2, "Afschrijvingen", None, "2022", 1000, False),
        (18, "450", 450000, "EUR", "2023", "Resultaat", 2, "Resultaat", None, "2023", 1000, True),
        (18, "390", 390000, "EUR", "2022", "Resultaat", 2, "Resultaat", None, "2022", 1000, True),
    ]


def test_a_last_row_that_sums_the_rows_over_it_is_a_total_relation(results) -> None:
    wholes = [(r["indicators"][0]["raw"], [m["raw"] for m in r["indicators"][1:]]) for r in results["relations"]
              if r["kind"] == "part_whole" and r.get("table") == 2]
    assert wholes == [("450", ["2.450", "(1.210)", "(640)", "-/- 150"]),
                      ("390", ["2.180", "(1.050)", "(600)", "-/- 140"])]


def test_a_last_row_that_does_not_sum_is_no_total() -> None:
    result = extract_text("Kerncijfers\n\n              2023     2022\nLeden          412      380\n"
                          "Klanten        640      590\nVrijwilligers   38       35\n", fiscal_year=2023)
    assert [(i["raw"], i["table"].get("total", False)) for i in result["indicators"]] == [
        ("412", False), ("380", False), ("640", False), ("590", False), ("38", False), ("35", False)]


def test_markdown_results_table_negatives_in_parentheses_scaled() -> None:
    result = extract_text("Resultaten (x € 1.000)\n\n| | 2023 | 2022 |\n|---|---|---|\n| Omzet | 980 | 910 |\n"
                          "| Kosten | (930) | (870) |\n| Resultaat | 50 | 40 |\n", fiscal_year=2023, fmt="markdown",
                          name="r.md")
    assert [(i["location"]["line"], i["raw"], i["value"], i["period"], i["table"]["row"],
             i["table"].get("total", False)) for i in result["indicators"]] == [
        (5, "980", 980000, "2023", "Omzet", False), (5, "910", 910000, "2022", "Omzet", False),
        (6, "(930)", -930000, "2023", "Kosten", False), (6, "(870)", -870000, "2022", "Kosten", False),
        (7, "50", 50000, "2023", "Resultaat", True), (7, "40", 40000, "2022", "Resultaat", True),
    ]


def test_header_cells_wrapped_onto_a_second_line() -> None:
    # "Vorig" over "boekjaar", "31 december" over "2023": one header cell each, over its column
    result = extract_text("Balans\n\n                     Dit          Vorig\n                     boekjaar     boekjaar\n"
                          "Omzet                 812.400      760.100\n\n"
                          "                     31 december   31 december\n                            2023"
                          "          2022\nKas                      12.400         9.800\n"
                          "Bank                     88.100        71.300\n", fiscal_year=2023)
    assert [(i["location"]["line"], i["raw"], i["period"], i["table"]["table"], i["table"]["row"],
             i["table"]["column"]) for i in result["indicators"]] == [
        (5, "812.400", "2023", 1, "Omzet", "Dit boekjaar"), (5, "760.100", "2022", 1, "Omzet", "Vorig boekjaar"),
        (9, "12.400", "2023-12-31", 2, "Kas", "31 december 2023"),
        (9, "9.800", "2022-12-31", 2, "Kas", "31 december 2022"),
        (10, "88.100", "2023-12-31", 2, "Bank", "31 december 2023"),
        (10, "71.300", "2022-12-31", 2, "Bank", "31 december 2022"),
    ]


def test_a_heading_over_every_row_of_a_box_is_its_title_not_their_parent() -> None:
    # "Kerncijfers" over leader-dot rows at its own indent: the box's title; "Vaste activa" over rows indented
    # under it stays their group
    result = extract_text("Jaarverslag 2023\n\nKerncijfers\n\nOmzet .............. 2,6 miljoen euro\n"
                          "Leden ............... 1.391\nVrijwilligers ....... 42\n\nBalans\n\n"
                          "                      2023      2022\nVaste activa\n    Gebouwen           500       520\n"
                          "    Machines           120       130\n", fiscal_year=2023)
    assert [(i["location"]["line"], i["raw"], i["value"], i["unit"], i["period"], i["table"]["row"],
             i["table"]["parent"], i["table"]["column"], i["table"].get("title")) for i in result["indicators"]] == [
        (5, "2,6 miljoen euro", 2600000, "EUR", "2023", "Omzet", None, "", "Kerncijfers"),
        (6, "1.391", 1391, None, "2023-12-31", "Leden", None, "", "Kerncijfers"),
        (7, "42", 42, None, "2023", "Vrijwilligers", None, "", "Kerncijfers"),
        (13, "500", 500, None, "2023", "Gebouwen", "Vaste activa", "2023", None),
        (13, "520", 520, None, "2022", "Gebouwen", "Vaste activa", "2022", None),
        (14, "120", 120, None, "2023", "Machines", "Vaste activa", "2023", None),
        (14, "130", 130, None, "2022", "Machines", "Vaste activa", "2022", None),
    ]


def test_a_scale_on_a_title_line_a_blank_line_over_the_table() -> None:
    # "Kerncijfers (in duizend euro)", a blank line, then the table: in tabs, leader dots and "label: value" lines
    result = extract_text("Jaarverslag 2023\n\nKerncijfers (in duizend euro)\n\n\t2023\t2022\nOmzet\t412\t380\n"
                          "Kosten\t340\t330\n\nFinanciën (x € 1.000)\n\nSubsidies ......... 85\nGiften ............ 12\n\n"
                          "Investeringen (in duizend euro)\n\nZonnepanelen: 240\nBatterijen: 60\n", fiscal_year=2023)
    assert [(i["location"]["line"], i["raw"], i["value"], i["unit"], i["period"], i["table"]["table"],
             i["table"]["row"], i["table"]["column"], i["table"].get("scale")) for i in result["indicators"]] == [
        (6, "412", 412000, "EUR", "2023", 1, "Omzet", "2023", 1000),
        (6, "380", 380000, "EUR", "2022", 1, "Omzet", "2022", 1000),
        (7, "340", 340000, "EUR", "2023", 1, "Kosten", "2023", 1000),
        (7, "330", 330000, "EUR", "2022", 1, "Kosten", "2022", 1000),
        (11, "85", 85000, "EUR", "2023", 2, "Subsidies", "", 1000),
        (12, "12", 12000, "EUR", "2023", 2, "Giften", "", 1000),
        (16, "240", 240000, "EUR", "2023", 3, "Zonnepanelen", "", 1000),
        (17, "60", 60000, "EUR", "2023", 3, "Batterijen", "", 1000),
    ]


def test_key_figures_each_number_over_its_label() -> None:
    # a number alone on its line, its label under it (wrapped or not), a blank line between figures; and a line
    # of figures over a line of their labels, one label wrapping under the one it goes on
    result = extract_text("Jaarverslag 2023\n\nKerncijfers\n\n1.391\nvennoten\n\n2.450 MWh\ngeproduceerde\nstroom\n\n"
                          "€ 310.000\ninvesteringen\n\nDe vergadering keurde goed.\n\nIn een oogopslag\n\n"
                          "  1.391        2.450 MWh      € 310.000\n  vennoten     geproduceerde  investeringen\n"
                          "               stroom\n\nTot slot.\n", fiscal_year=2023)
    assert [(i["location"]["line"], i["raw"], i["value"], i["unit"], i["period"], i["table"]["table"],
             i["table"]["row"], i["table"]["parent"], i["table"].get("title")) for i in result["indicators"]] == [
        (5, "1.391", 1391, None, "2023-12-31", 1, "vennoten", None, "Kerncijfers"),
        (8, "2.450 MWh", 2450, "mwh", "2023", 1, "geproduceerde stroom", None, "Kerncijfers"),
        (12, "€ 310.000", 310000, "EUR", "2023", 1, "investeringen", None, "Kerncijfers"),
        (19, "1.391", 1391, None, "2023-12-31", 2, "vennoten", None, None),
        (19, "2.450 MWh", 2450, "mwh", "2023", 2, "geproduceerde stroom", None, None),
        (19, "€ 310.000", 310000, "EUR", "2023", 2, "investeringen", None, None),
    ]


def test_a_heading_then_a_number_alone_then_prose_is_no_box() -> None:
    # one number between two headings is no box of key figures
    result = extract_text("Jaarverslag 2023\n\nLeden\n412\nBestuur\n\nDe raad vergaderde 11 keer.\n",
                          fiscal_year=2023)
    assert [(i["raw"], "table" in i) for i in result["indicators"]] == [("11 keer", False)]


def test_markdown_bold_total_row_is_a_total_not_a_group_label() -> None:
    # "| **Totaal personeel** | **60** | **56** |": bold figures are figures; the rows after it are no part of it
    result = extract_text("# Jaarverslag 2023\n\n| Kerncijfer | 2023 | 2022 |\n|---|---:|---:|\n| **Personeel** | | |\n"
                          "| Verzorgenden | 42 | 39 |\n| Poetshulpen | 18 | 17 |\n"
                          "| **Totaal personeel** | **60** | **56** |\n| Cliënten | 640 | 590 |\n",
                          fiscal_year=2023, fmt="markdown", name="thuiszorg-2023.md")
    assert [(i["location"]["line"], i["raw"], i["value"], i["period"], i["table"]["row"], i["table"]["parent"],
             i["table"]["column"], i["table"].get("total", False)) for i in result["indicators"]] == [
        (6, "42", 42, "2023", "Verzorgenden", "Personeel", "2023", False),
        (6, "39", 39, "2022", "Verzorgenden", "Personeel", "2022", False),
        (7, "18", 18, "2023", "Poetshulpen", "Personeel", "2023", False),
        (7, "17", 17, "2022", "Poetshulpen", "Personeel", "2022", False),
        (8, "60", 60, "2023-12-31", "Totaal personeel", "Personeel", "2023", True),
        (8, "56", 56, "2022-12-31", "Totaal personeel", "Personeel", "2022", True),
        (9, "640", 640, "2023", "Cliënten", None, "2023", False),
        (9, "590", 590, "2022", "Cliënten", None, "2022", False),
    ]
    wholes = [[m["raw"] for m in r["indicators"]] for r in result["relations"] if r["kind"] == "part_whole"]
    assert wholes == [["60", "42", "18"], ["56", "39", "17"]]


@pytest.fixture(scope="module")
def pasted() -> dict:
    return extract_file(FIXTURES / "kengetallen-2023.txt")


def test_plain_text_pipes_with_a_rule_caption_scale(pasted) -> None:
    # a Markdown pipe table pasted in a .txt report is a table as in .md; "(in duizend euro)" over it scales it
    assert [c for c in _cells(pasted) if c[6] == 1] == [
        (7, "412", 412000, "EUR", "2023", "Omzet", 1, "Omzet", None, "2023", 1000, False),
        (7, "380", 380000, "EUR", "2022", "Omzet", 1, "Omzet", None, "2022", 1000, False),
        (8, "215", 215000, "EUR", "2023", "Personeelskosten", 1, "Personeelskosten", None, "2023", 1000, False),
        (8, "198", 198000, "EUR", "2022", "Personeelskosten", 1, "Personeelskosten", None, "2022", 1000, False),
    ]
    assert not [i for i in pasted["indicators"] if i["location"]["line"] in (3, 5, 6, 12)]


def test_plain_text_pipes_without_a_rule_the_first_row_of_years_is_the_header(pasted) -> None:
    assert [c for c in _cells(pasted) if c[6] == 2] == [
        (13, "1.204", 1204, None, "2023-12-31", "Vennoten (aantal)", 2, "Vennoten (aantal)", None, "2023", None, False),
        (13, "1.130", 1130, None, "2022-12-31", "Vennoten (aantal)", 2, "Vennoten (aantal)", None, "2022", None, False),
        (14, "18.450", 18450, None, "2023", "Ritten", 2, "Ritten", None, "2023", None, False),
        (14, "16.900", 16900, None, "2022", "Ritten", 2, "Ritten", None, "2022", None, False),
    ]


def test_ascii_grid_header_over_a_double_rule_unit_in_the_corner_group_and_total(pasted) -> None:
    assert [c for c in _cells(pasted) if c[6] == 3] == [
        (22, "96.000", 96000, "EUR", "2023", "Fietsen", 3, "Fietsen", "Vaste activa", "Boekjaar", None, False),
        (22, "104.500", 104500, "EUR", "2022", "Fietsen", 3, "Fietsen", "Vaste activa", "Vorig boekjaar", None, False),
        (23, "12.300", 12300, "EUR", "2023", "Laadpalen", 3, "Laadpalen", "Vaste activa", "Boekjaar", None, False),
        (23, "14.100", 14100, "EUR", "2022", "Laadpalen", 3, "Laadpalen", "Vaste activa", "Vorig boekjaar", None,
         False),
        (24, "108.300", 108300, "EUR", "2023-12-31", "Totaal vaste activa", 3, "Totaal vaste activa", "Vaste activa",
         "Boekjaar", None, True),
        (24, "118.600", 118600, "EUR", "2022-12-31", "Totaal vaste activa", 3, "Totaal vaste activa", "Vaste activa",
         "Vorig boekjaar", None, True),
    ]


def test_ascii_grid_ruled_between_every_row_the_first_row_of_years_is_the_header(pasted) -> None:
    assert [c for c in _cells(pasted) if c[6] == 4] == [
        (32, "43 %", 43, "%", "2023", "Bestuur", 4, "Bestuur", None, "2023", None, False),
        (32, "40 %", 40, "%", "2022", "Bestuur", 4, "Bestuur", None, "2022", None, False),
        (34, "58 %", 58, "%", "2023", "Personeel", 4, "Personeel", None, "2023", None, False),
        (34, "55 %", 55, "%", "2022", "Personeel", 4, "Personeel", None, "2022", None, False),
    ]
    assert len(pasted["indicators"]) == 18


def _titles(result: dict) -> list[tuple]:
    return [(i["location"]["line"], i["raw"], i["table"]["table"], i["table"]["row"], i["table"].get("title"))
            for i in result["indicators"]]


def test_a_heading_over_a_pipe_table_is_its_title_in_markdown_and_text() -> None:
    markdown = extract_text("# Jaarverslag 2023\n\n## Kerncijfers\n\n| | 2023 | 2022 |\n|---|---:|---:|\n"
                            "| Omzet | 412 | 380 |\n", fiscal_year=2023, fmt="markdown", name="r.md")
    assert _titles(markdown) == [(7, "412", 1, "Omzet", "Kerncijfers"), (7, "380", 1, "Omzet", "Kerncijfers")]
    text = extract_text("Jaarverslag 2023\n\nPersoneel\n| | 2023 | 2022 |\n| Koks | 4 | 3 |\n", fiscal_year=2023)
    assert _titles(text) == [(5, "4", 1, "Koks", "Personeel"), (5, "3", 1, "Koks", "Personeel")]


def test_a_heading_over_a_tab_table_is_its_title() -> None:
    result = extract_text("Jaarverslag 2023\n\nVrijwilligerswerk\n\n\tBoekjaar\tVorig boekjaar\nVrijwilligers\t12\t10\n"
                          "Uren\t1.450\t1.210\n", fiscal_year=2023)
    assert _titles(result) == [(6, "12", 1, "Vrijwilligers", "Vrijwilligerswerk"),
                               (6, "10", 1, "Vrijwilligers", "Vrijwilligerswerk"),
                               (7, "1.450", 1, "Uren", "Vrijwilligerswerk"),
                               (7, "1.210", 1, "Uren", "Vrijwilligerswerk")]


def test_a_heading_over_a_colon_list_is_its_title() -> None:
    result = extract_text("Jaarverslag 2023\n\nOnze vennoten\n\nParticulieren: 1.240\nOrganisaties: 36\n",
                          fiscal_year=2023)
    assert _titles(result) == [(5, "1.240", 1, "Particulieren", "Onze vennoten"),
                               (6, "36", 1, "Organisaties", "Onze vennoten")]


def test_a_sentence_a_caption_or_a_far_line_over_a_table_is_no_title() -> None:
    # a sentence over the table, a caption of its scale (its unit, not its title), two blank lines between
    result = extract_text("Jaarverslag 2023\n\nWe tellen ook de vrijwilligers.\n| | 2023 | 2022 |\n| Vrijwilligers | 12 | 10 |"
                          "\n\nKerncijfers (in duizend euro)\n\n\t2023\t2022\nOmzet\t412\t380\n\nLeden\n\n\n"
                          "Vrouwen: 240\nMannen: 60\n", fiscal_year=2023)
    assert [t[4] for t in _titles(result)] == [None] * 6
    assert [t[2] for t in _titles(result)] == [1, 1, 2, 2, 3, 3]
