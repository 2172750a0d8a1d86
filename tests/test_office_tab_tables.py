"""Tables a Word user sets with tab stops, and key figures in the cells of a Word table, read per cell from the
.docx (python-docx writes it here): a tab in a paragraph parts its cells as in a text report (it was read as a
space, and "412<TAB>380" became one number, 412380); the group labels of a balance, paragraphs without a tab,
are the parents of the rows under them; a Word table of boxes, each cell a number over its label, gives each
figure its label. Per cell: paragraph, value as written and read, unit, period, table, row, parent, column,
scale and total."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from make_word_tab_tables import write_docx

from extractor.diff import check_draft
from extractor.pipeline import extract_file

MADE = Path(__file__).parent / "fixtures" / "tables" / "warmtenet-word-tabs-2023.pdf"


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    return extract_file(write_docx(tmp_path_factory.mktemp("word") / "warmtenet-jaarverslag-2023.docx"))


def _cells(result: dict, table: int) -> list[tuple]:
    return [(i["location"]["line"], i["raw"], i["value"], i["unit"], i["period"],
             i["table"]["row"], i["table"]["parent"], i["table"]["column"], i["table"].get("scale"),
             i["table"].get("total", False))
            for i in result["indicators"] if "table" in i and i["table"]["table"] == table]


def test_a_word_table_of_boxes_each_number_over_its_label(report) -> None:
    # the cell's label, without the unit it names ("MWh"), is the figure's row
    assert [c[1:6] for c in _cells(report, 1)] == [
        ("1.391 vennoten", 1391, "members", "2023-12-31", "vennoten"),
        ("2.450 MWh", 2450, "mwh", "2023", "geleverde warmte"),
        ("€ 310.000", 310000, "EUR", "2023", "investeringen"),
    ]


def test_tab_stops_years_as_columns_under_a_caption_scale(report) -> None:
    assert [c[1:] for c in _cells(report, 2)] == [
        ("412", 412000, "EUR", "2023", "Omzet", None, "2023", 1000, False),
        ("380", 380000, "EUR", "2022", "Omzet", None, "2022", 1000, False),
        ("340", 340000, "EUR", "2023", "Kosten", None, "2023", 1000, False),
        ("330", 330000, "EUR", "2022", "Kosten", None, "2022", 1000, False),
    ]


def test_tab_stops_balance_group_labels_without_a_tab_are_the_parents(report) -> None:
    assert [c[1:] for c in _cells(report, 3)] == [
        ("500", 500, None, "2023-12-31", "Gebouwen", "Vaste activa", "Boekjaar", None, False),
        ("520", 520, None, "2022-12-31", "Gebouwen", "Vaste activa", "Vorig boekjaar", None, False),
        ("120", 120, None, "2023-12-31", "Machines", "Vaste activa", "Boekjaar", None, False),
        ("130", 130, None, "2022-12-31", "Machines", "Vaste activa", "Vorig boekjaar", None, False),
        ("40", 40, None, "2023-12-31", "Voorraad", "Vlottende activa", "Boekjaar", None, False),
        ("38", 38, None, "2022-12-31", "Voorraad", "Vlottende activa", "Vorig boekjaar", None, False),
        ("60", 60, None, "2023-12-31", "Kas", "Vlottende activa", "Boekjaar", None, False),
        ("55", 55, None, "2022-12-31", "Kas", "Vlottende activa", "Vorig boekjaar", None, False),
        ("720", 720, None, "2023-12-31", "Totaal activa", None, "Boekjaar", None, True),
        ("743", 743, None, "2022-12-31", "Totaal activa", None, "Vorig boekjaar", None, True),
    ]
    wholes = [[m["raw"] for m in r["indicators"]] for r in report["relations"] if r["kind"] == "part_whole"]
    assert wholes == [["720", "500", "120", "40", "60"], ["743", "520", "130", "38", "55"]]
    assert not [f for f in check_draft(report, []).findings if f.rule == "internal.parts_sum"]


def test_each_figure_in_its_paragraph(report) -> None:
    # the location names the paragraph (or the table row) a user finds the number in
    assert [(i["raw"], i["location"]["part"]) for i in report["indicators"]][:5] == [
        ("1.391 vennoten", {"table": 1, "row": 1, "cell": 1}), ("2.450 MWh", {"table": 1, "row": 1, "cell": 2}),
        ("€ 310.000", {"table": 1, "row": 1, "cell": 3}), ("412", {"paragraph": 7}), ("380", {"paragraph": 7})]


@pytest.fixture(scope="module")
def made() -> dict:
    return extract_file(MADE)


def _pdf_cells(result: dict, table: int) -> list[tuple]:
    return [(i["location"]["page"], i["location"]["line"], i["raw"], i["value"], i["unit"], i["period"],
             i["table"]["row"], i["table"]["parent"], i["table"]["column"], i["table"].get("scale"),
             i["table"].get("total", False))
            for i in result["indicators"] if "table" in i and i["table"]["table"] == table]


def test_pdf_of_the_word_file_boxes_the_third_read_after_the_caption(made) -> None:
    # LibreOffice's PDF: the reader gives the third box after the caption under the boxes ("Resultaten (in
    # duizend euro)"); it stays a box of the row, and the caption stays the results table's
    assert _pdf_cells(made, 1) == [
        (1, 4, "1.391", 1391, None, "2023-12-31", "vennoten", None, "", None, False),
        (1, 4, "2.450 MWh", 2450, "mwh", "2023", "geleverde warmte", None, "", None, False),
        (1, 4, "€ 310.000", 310000, "EUR", "2023", "investeringen", None, "", None, False),
    ]
    assert not [i for i in made["indicators"] if i["location"]["line"] == 6]  # the caption's "duizend euro"


def test_pdf_of_the_word_file_tab_stops_results_scaled(made) -> None:
    assert _pdf_cells(made, 2) == [
        (1, 8, "412", 412000, "EUR", "2023", "Omzet", None, "2023", 1000, False),
        (1, 8, "380", 380000, "EUR", "2022", "Omzet", None, "2022", 1000, False),
        (1, 9, "340", 340000, "EUR", "2023", "Kosten", None, "2023", 1000, False),
        (1, 9, "330", 330000, "EUR", "2022", "Kosten", None, "2022", 1000, False),
    ]


def test_pdf_of_the_word_file_balance_header_one_space_apart(made) -> None:
    # "Boekjaar Vorig boekjaar": two header cells, each set right at its column's edge, one space between them;
    # "Gebouwen 500 520", one space between the cells too: two figures, never 500520
    assert _pdf_cells(made, 3) == [
        (1, 13, '500', 500, None, '2023-12-31', 'Gebouwen', 'Vaste activa', 'Boekjaar', None, False),
        (1, 13, '520', 520, None, '2022-12-31', 'Gebouwen', 'Vaste activa', 'Vorig boekjaar', None, False),
        (1, 14, '120', 120, None, '2023-12-31', 'Machines', 'Vaste activa', 'Boekjaar', None, False),
        (1, 14, '130', 130, None, '2022-12-31', 'Machines', 'Vaste activa', 'Vorig boekjaar', None, False),
        (1, 16, '40', 40, None, '2023-12-31', 'Voorraad', 'Vlottende activa', 'Boekjaar', None, False),
        (1, 16, '38', 38, None, '2022-12-31', 'Voorraad', 'Vlottende activa', 'Vorig boekjaar', None, False),
        (1, 17, '60', 60, None, '2023-12-31', 'Kas', 'Vlottende activa', 'Boekjaar', None, False),
        (1, 17, '55', 55, None, '2022-12-31', 'Kas', 'Vlottende activa', 'Vorig boekjaar', None, False),
        (1, 18, '720', 720, None, '2023-12-31', 'Totaal activa', None, 'Boekjaar', None, True),
        (1, 18, '743', 743, None, '2022-12-31', 'Totaal activa', None, 'Vorig boekjaar', None, True),
    ]
    assert not [f for f in check_draft(made, []).findings if f.rule == "internal.parts_sum"]


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")), reason="LibreOffice is missing")
def test_the_word_fixture_is_rebuilt_the_same_way(tmp_path) -> None:
    import make_word_tab_tables

    rebuilt = make_word_tab_tables.build(tmp_path)
    assert [(i["raw"], i["period"], i.get("table")) for i in extract_file(rebuilt)["indicators"]] == \
        [(i["raw"], i["period"], i.get("table")) for i in extract_file(MADE)["indicators"]]
