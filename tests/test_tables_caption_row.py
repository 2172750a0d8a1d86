"""A caption row inside a table of year columns (issue 19, SHAPES5 E10-T1): "(bedragen x 1.000 euro)" on a row of
its own between the count rows and the amount rows is the unit and scale of the rows under it; it neither ends the
table nor heads new columns (was: a second table from the caption on, its columns without header, each row's three
cells of the fiscal year and three series). Asserted per cell (row, parent, column, period, unit, scale, value), on
a Word table in a LibreOffice PDF and an HTML table in a Chromium PDF (tests/make_caption_row_tables.py), and on a
text report's space-aligned table; with the negatives: the count rows over the caption stay unscaled, a row that
names its own unit or scale keeps it, a second caption ("in %") takes over from the first, a group label is no
caption."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.pipeline import extract_file

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def _cells(result: dict) -> list[tuple]:
    return [(i["table"]["table"], i["table"]["row"], i["table"]["parent"], i["table"]["column"], i["period"],
             i["unit"], i["table"].get("scale"), i["value"]) for i in result["indicators"] if "table" in i]


def _ids(result: dict, row: str) -> set[str]:
    return {i["id"] for i in result["indicators"] if "table" in i and i["table"]["row"] == row}


@pytest.fixture(scope="module")
def word() -> dict:
    return extract_file(FIXTURES / "autodelen-caption-row-2023.pdf")


@pytest.fixture(scope="module")
def chromium() -> dict:
    return extract_file(FIXTURES / "kinderopvang-caption-row-2024.pdf")


def test_word_caption_rows_scale_the_rows_under_them(word: dict) -> None:
    assert _cells(word) == [
        (1, "Deelauto's", None, "2021", "2021", None, None, 18),  # over the caption: counts, unscaled
        (1, "Deelauto's", None, "2022", "2022", None, None, 23),
        (1, "Deelauto's", None, "2023", "2023", None, None, 29),
        (1, "Ritten", None, "2021", "2021", None, None, 6120),
        (1, "Ritten", None, "2022", "2022", None, None, 8045),
        (1, "Ritten", None, "2023", "2023", None, None, 9730),
        (1, "Omzet", None, "2021", "2021", "EUR", 1000, 214000),  # "(bedragen x 1.000 euro)"
        (1, "Omzet", None, "2022", "2022", "EUR", 1000, 268000),
        (1, "Omzet", None, "2023", "2023", "EUR", 1000, 331000),
        (1, "Resultaat", None, "2021", "2021", "EUR", 1000, -8000),
        (1, "Resultaat", None, "2022", "2022", "EUR", 1000, 12000),
        (1, "Resultaat", None, "2023", "2023", "EUR", 1000, 19000),
        (1, "Bezettingsgraad", None, "2021", "2021", "%", None, 38),  # "in %": the second caption takes over
        (1, "Bezettingsgraad", None, "2022", "2022", "%", None, 41),
        (1, "Bezettingsgraad", None, "2023", "2023", "%", None, 46),
        (2, "chauffeurs", "Vrijwilligers", "2022", "2022", None, None, 12),  # a group label, no caption
        (2, "chauffeurs", "Vrijwilligers", "2023", "2023", None, None, 15),
        (2, "onderhoud", "Vrijwilligers", "2022", "2022", None, None, 4),
        (2, "onderhoud", "Vrijwilligers", "2023", "2023", None, None, 6)]
    # one quantity over three years, each cell its year: the linker gives them one series (was three: one key
    # and one period for the three cells)
    assert _ids(word, "Omzet") == {"other.omzet_euro"}
    assert _ids(word, "Resultaat") == {"other.resultaat_euro"}


def test_chromium_caption_row_spanning_the_table(chromium: dict) -> None:
    assert _cells(chromium) == [
        (1, "Kindplaatsen", None, "2022", "2022", None, None, 56),
        (1, "Kindplaatsen", None, "2023", "2023", None, None, 62),
        (1, "Kindplaatsen", None, "2024", "2024", None, None, 70),
        (1, "Begeleiders (VTE)", None, "2022", "2022", "FTE", None, 9.4),
        (1, "Begeleiders (VTE)", None, "2023", "2023", "FTE", None, 10.2),
        (1, "Begeleiders (VTE)", None, "2024", "2024", "FTE", None, 11.8),
        (1, "Opbrengsten", None, "2022", "2022", "EUR", 1000, 1082000),  # "(in duizend euro)"
        (1, "Opbrengsten", None, "2023", "2023", "EUR", 1000, 1196000),
        (1, "Opbrengsten", None, "2024", "2024", "EUR", 1000, 1347000),
        (1, "Personeelskosten", None, "2022", "2022", "EUR", 1000, 804000),
        (1, "Personeelskosten", None, "2023", "2023", "EUR", 1000, 871000),
        (1, "Personeelskosten", None, "2024", "2024", "EUR", 1000, 985000),
        (1, "Wachtlijst (aantal)", None, "2022", "2022", None, None, 31),  # its own unit: a count, unscaled
        (1, "Wachtlijst (aantal)", None, "2023", "2023", None, None, 44),
        (1, "Wachtlijst (aantal)", None, "2024", "2024", None, None, 39),
        (1, "Investeringen (in miljoen euro)", None, "2022", "2022", "EUR", 1000000, 400000),  # its own scale
        (1, "Investeringen (in miljoen euro)", None, "2023", "2023", "EUR", 1000000, 1100000),
        (1, "Investeringen (in miljoen euro)", None, "2024", "2024", "EUR", 1000000, 200000)]


TEXT = """Bijzonder verslag 2024 van Voedselteam Zuidrand cv

Kerncijfers
                          2022      2023      2024
Afhaalpunten                 7         9        11
Gezinnen                   214       238       261
(bedragen in EUR)
Verkoop                 48.210    52.930    57.400
Giften (x 1.000 euro)       12        15        19

De algemene vergadering keurde de rekeningen goed.
"""


def test_text_caption_row_between_the_rows(tmp_path: Path) -> None:
    path = tmp_path / "voedselteam-2024.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert _cells(extract_file(path)) == [
        (1, "Afhaalpunten", None, "2022", "2022", None, None, 7),
        (1, "Afhaalpunten", None, "2023", "2023", None, None, 9),
        (1, "Afhaalpunten", None, "2024", "2024", None, None, 11),
        (1, "Gezinnen", None, "2022", "2022", None, None, 214),
        (1, "Gezinnen", None, "2023", "2023", None, None, 238),
        (1, "Gezinnen", None, "2024", "2024", None, None, 261),
        (1, "Verkoop", None, "2022", "2022", "EUR", None, 48210),  # a unit without a scale
        (1, "Verkoop", None, "2023", "2023", "EUR", None, 52930),
        (1, "Verkoop", None, "2024", "2024", "EUR", None, 57400),
        (1, "Giften (x 1.000 euro)", None, "2022", "2022", "EUR", 1000, 12000),  # its own scale
        (1, "Giften (x 1.000 euro)", None, "2023", "2023", "EUR", 1000, 15000),
        (1, "Giften (x 1.000 euro)", None, "2024", "2024", "EUR", 1000, 19000)]
