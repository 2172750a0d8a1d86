"""Numbers of the law's and the statutes' subdivisions, section numbers of headings without a dot, and
ordinals that read like fractions: each a named exclusion (kind, text, line, column) that `extract explain`
shows, the figures beside it kept. Sentences of care, culture, delivery, energy, housing, food, banking and
sport; negatives mixed in (issue 10, item 2)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from extractor.pipeline import extract_text

_KINDS = ("PARAGRAPH_MARK", "LEGAL_ENUMERATION", "ARTICLE_PART", "SECTION_NUMBER", "ORDINAL")


def _excluded(text: str) -> list[tuple[str, str, int, int]]:
    result = extract_text(text, fiscal_year=2023)
    return [(e["label"], e["text"], e["location"]["line"], e["location"]["column"]) for e in result["entities"]
            if e["label"] in _KINDS]


def _figures(text: str) -> list[tuple[str, float]]:
    return [(i["raw"], i["value"]) for i in extract_text(text, fiscal_year=2023)["indicators"]]


# (text, exclusions of these kinds, figures that stay)
CASES = [
    # paragraphs
    ("Zo bepaalt artikel 12, §2 van de statuten dat 40 woningen sociaal verhuurd worden.",
     [("PARAGRAPH_MARK", "§2", 1, 24)], [("40 woningen", 40)]),
    ("De regel van § 1 geldt voor de 3 winkels van de voedselcoöperatie.",
     [("PARAGRAPH_MARK", "§ 1", 1, 14)], [("3 winkels", 3)]),
    ("De §§ 1 en 2 van het huishoudelijk reglement van de sportclub gelden voor 210 leden.",
     [("PARAGRAPH_MARK", "§§ 1 en 2", 1, 4)], [("210 leden", 210)]),
    # items of a legal enumeration, in the law and in rows
    ("De in 1° tot 8° bedoelde voorwaarden staan in de statuten van de zorgcoöperatie.",
     [("LEGAL_ENUMERATION", "1°", 1, 7), ("LEGAL_ENUMERATION", "8°", 1, 14)], []),
    ("Dit verslag beantwoordt aan artikel 8:5, § 1, 9° WVV; 35 koeriers lazen het.",
     [("PARAGRAPH_MARK", "§ 1", 1, 42), ("LEGAL_ENUMERATION", "9°", 1, 47)], [("35 koeriers", 35)]),
    ("Artikel 12, 2° van de statuten: de bank keert hoogstens 6 % dividend uit.",
     [("LEGAL_ENUMERATION", "2°", 1, 13)], [("hoogstens 6 %", 6)]),
    ("1° de coöperatie heeft als hoofddoel betaalbare energie\n2° het voorwerp dient dat doel\n"
     "3º het dividend is beperkt",
     [("LEGAL_ENUMERATION", "1°", 1, 1), ("LEGAL_ENUMERATION", "2°", 2, 1), ("LEGAL_ENUMERATION", "3º", 3, 1)], []),
    # a temperature keeps its number
    ("In de 12 klaslokalen staat de thermostaat op 19°C.", [], [("12 klaslokalen", 12), ("19", 19)]),
    # numbered paragraphs of an article; "lid" as member counts
    ("Zie artikel 14, lid 2 van de statuten van het theatercollectief.", [("ARTICLE_PART", "lid 2", 1, 17)], []),
    ("Als lid 2 jaar actief in de sportclub.", [], [("2 jaar", 2)]),
    # ordinals before a noun; fractions stay
    ("Het cultuurhuis opende dit jaar een vierde zaal.", [("ORDINAL", "een vierde", 1, 33)], []),
    ("De thuiszorg opende een derde grote vestiging in Aalst.", [("ORDINAL", "een derde", 1, 21)], []),
    ("Een vierde van de omzet komt uit de webwinkel.", [], [("Een vierde", 0.25)]),
    ("De bestelwagen verbruikte een derde minder diesel.", [], [("een derde", 1 / 3)]),
    ("Van de huurders woont een derde in Borgerhout.", [], [("een derde", 1 / 3)]),
    ("De vierde voorwaarde gaat over de uittreding.", [], []),
]


@pytest.mark.parametrize("text,excluded,figures", CASES, ids=[c[0][:40] for c in CASES])
def test_numbers_of_the_law_and_ordinals_are_named_exclusions(text: str, excluded: list, figures: list) -> None:
    assert _excluded(text) == excluded
    assert [(raw, pytest.approx(value)) for raw, value in _figures(text)] == figures


REPORT = "\n".join([
    "Jaarverslag 2023 van Fietskoerier Ratel cv",   # 1
    "",
    "1 Inleiding",                                   # 3
    "",
    "Ratel levert pakjes met 23 koeriers.",          # 5
    "",
    "2 Onze werking",                                # 7
    "",
    "3 vrijwilligers hielpen mee.",                  # 9
    "",
    "- 12 nieuwe vennoten",                          # 11
    "- 4 nieuwe bakfietsen",                         # 12
    "",
    "3 Realisaties",                                 # 14
    "",
    "We reden 41.000 kilometer.",                    # 16
    "",
    "4 Vennoten",                                    # 18
    "",
    "5 Algemene vergadering",                        # 20
])


def test_headings_numbered_without_a_dot_count_up() -> None:
    assert [(kind, text, line) for kind, text, line, _ in _excluded(REPORT)] == [
        ("SECTION_NUMBER", "1", 3), ("SECTION_NUMBER", "2", 7), ("SECTION_NUMBER", "3", 14),
        ("SECTION_NUMBER", "4", 18), ("SECTION_NUMBER", "5", 20)]
    lines = [(i["raw"], i["location"]["line"]) for i in extract_text(REPORT, fiscal_year=2023)["indicators"]]
    assert lines == [("23 koeriers", 5), ("3 vrijwilligers", 9), ("12 nieuwe vennoten", 11),
                     ("4 nieuwe bakfietsen", 12), ("41.000 kilometer", 16)]


def test_a_lone_short_line_with_a_number_is_no_section() -> None:
    text = "De winkel\n\n3 Vlaamse gemeenten\n\nleveren groenten aan 40 gezinnen."
    assert _excluded(text) == []


def test_explain_shows_the_exclusion(tmp_path: Path) -> None:
    from extractor.cli import run

    report = tmp_path / "energie-2023.txt"
    report.write_text("Bijzonder verslag 2023\n\nDe in 1° tot 8° bedoelde voorwaarden gelden voor 1.200 vennoten.\n",
                      encoding="utf-8")
    stdout = io.StringIO()
    assert run(["explain", str(report), "3", "--lang", "en"], stdout, io.StringIO()) == 0
    shown = stdout.getvalue()
    assert "not a figure: «1°» — legal_enumeration (non_figure.legal_enumeration) at line 3, column 7" in shown
    assert "not a figure: «8°» — legal_enumeration (non_figure.legal_enumeration) at line 3, column 14" in shown


# tables of contents set as rows of a title and its page: (text, format, pages taken as TOC_PAGE, figures kept)
CONTENTS = [
    ("Inhoud:\n\nSamenvatting van het bestuur\t2\nBestuursverklaring\t3\nBalans\t4-5\nWinst en verlies 2021-2022\t6\n",
     "text", ["2", "3", "4-5", "6"], []),
    ("Inhoud\n\n| Hoofdstuk | Pagina |\n|---|---|\n| Inleiding | 2 |\n| Activiteiten | 5 |\n| Financiën | 9 |\n",
     "markdown", ["2", "5", "9"], []),
    # no contents heading: a table of figures whose values rise
    ("Ons bereik\n\nLeden\t12\nVrijwilligers\t35\nBezoekers\t240\n", "text", [], ["12", "35", "240"]),
    ("Resultaten\n\n| Post | 2023 |\n|---|---|\n| Leden | 12 |\n| Vrijwilligers | 35 |\n", "markdown", [], ["12", "35"]),
    # pages that go down are no contents
    ("Inhoud\n\nLeden\t12\nVrijwilligers\t5\nBezoekers\t40\n", "text", [], ["12", "5", "40"]),
]


@pytest.mark.parametrize("text,fmt,pages,figures", CONTENTS, ids=[c[0][:30] for c in CONTENTS])
def test_contents_rows_give_page_numbers(text: str, fmt: str, pages: list[str], figures: list[str]) -> None:
    result = extract_text(text, fiscal_year=2023, fmt=fmt)
    assert [e["text"] for e in result["entities"] if e["label"] == "TOC_PAGE"] == pages
    assert [i["raw"] for i in result["indicators"]] == figures
