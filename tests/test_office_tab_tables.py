"""Tables a Word user sets with tab stops, and key figures in the cells of a Word table, read per cell from the
.docx (python-docx writes it here): a tab in a paragraph parts its cells as in a text report (it was read as a
space, and "412<TAB>380" became one number, 412380); the group labels of a balance, paragraphs without a tab,
are the parents of the rows under them; a Word table of boxes, each cell a number over its label, gives each
figure its label. Per cell: paragraph, value as written and read, unit, period, table, row, parent, column,
scale and total."""

from __future__ import annotations

from pathlib import Path

import docx  # python-docx, a dependency of the project: here it writes the Word file
import pytest

from extractor.diff import check_draft
from extractor.pipeline import extract_file

BOXES = [("1.391", "vennoten"), ("2.450 MWh", "geleverde warmte"), ("€ 310.000", "investeringen")]
RESULTS = ["\t2023\t2022", "Omzet\t412\t380", "Kosten\t340\t330"]
BALANCE = [("\tBoekjaar\tVorig boekjaar", False), ("Vaste activa", False), ("Gebouwen\t500\t520", True),
           ("Machines\t120\t130", True), ("Vlottende activa", False), ("Voorraad\t40\t38", True),
           ("Kas\t60\t55", True), ("Totaal activa\t720\t743", False)]


def _write(path: Path) -> Path:
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm

    def tab_stops(paragraph) -> None:
        for at in (10, 13):
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(at), WD_TAB_ALIGNMENT.RIGHT)

    document = docx.Document()
    document.add_heading("Jaarverslag 2023 van Warmtenet Kempen cv", 1)
    document.add_paragraph("Dit verslag gaat over het boekjaar 2023.")
    document.add_heading("Kerncijfers", 2)
    table = document.add_table(rows=1, cols=3)
    for cell, (value, label) in zip(table.rows[0].cells, BOXES):
        cell.paragraphs[0].add_run(value).bold = True
        cell.add_paragraph(label)
    document.add_paragraph("Resultaten (in duizend euro)")
    document.add_paragraph("")
    for text in RESULTS:
        tab_stops(document.add_paragraph(text))
    document.add_paragraph("Balans")
    for text, indented in BALANCE:
        paragraph = document.add_paragraph(text)
        tab_stops(paragraph)
        if indented:
            paragraph.paragraph_format.left_indent = Cm(0.75)
    document.add_paragraph("De algemene vergadering keurde de jaarrekening goed.")
    document.save(path)
    return path


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    return extract_file(_write(tmp_path_factory.mktemp("word") / "warmtenet-jaarverslag-2023.docx"))


def _cells(result: dict, table: int) -> list[tuple]:
    return [(i["location"]["line"], i["raw"], i["value"], i["unit"], i["period"],
             i["table"]["row"], i["table"]["parent"], i["table"]["column"], i["table"].get("scale"),
             i["table"].get("total", False))
            for i in result["indicators"] if "table" in i and i["table"]["table"] == table]


def test_a_word_table_of_boxes_each_number_over_its_label(report) -> None:
    # the cell's label, without the unit it names ("MWh"), is the figure's row
    assert [c[1:6] for c in _cells(report, 1)] == [
        ("1.391 vennoten", 1391, "members", "2023", "vennoten"),
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
        ("500", 500, None, "2023", "Gebouwen", "Vaste activa", "Boekjaar", None, False),
        ("520", 520, None, "2022", "Gebouwen", "Vaste activa", "Vorig boekjaar", None, False),
        ("120", 120, None, "2023", "Machines", "Vaste activa", "Boekjaar", None, False),
        ("130", 130, None, "2022", "Machines", "Vaste activa", "Vorig boekjaar", None, False),
        ("40", 40, None, "2023", "Voorraad", "Vlottende activa", "Boekjaar", None, False),
        ("38", 38, None, "2022", "Voorraad", "Vlottende activa", "Vorig boekjaar", None, False),
        ("60", 60, None, "2023", "Kas", "Vlottende activa", "Boekjaar", None, False),
        ("55", 55, None, "2022", "Kas", "Vlottende activa", "Vorig boekjaar", None, False),
        ("720", 720, None, "2023", "Totaal activa", None, "Boekjaar", None, True),
        ("743", 743, None, "2022", "Totaal activa", None, "Vorig boekjaar", None, True),
    ]
    wholes = [[m["raw"] for m in r["indicators"]] for r in report["relations"] if r["kind"] == "part_whole"]
    assert wholes == [["720", "500", "120", "40", "60"], ["743", "520", "130", "38", "55"]]
    assert not [f for f in check_draft(report, []).findings if f.rule == "internal.parts_sum"]


def test_each_figure_in_its_paragraph(report) -> None:
    # the location names the paragraph (or the table row) a user finds the number in
    assert [(i["raw"], i["location"]["part"]) for i in report["indicators"]][:5] == [
        ("1.391 vennoten", {"table": 1, "row": 1, "cell": 1}), ("2.450 MWh", {"table": 1, "row": 1, "cell": 2}),
        ("€ 310.000", {"table": 1, "row": 1, "cell": 3}), ("412", {"paragraph": 7}), ("380", {"paragraph": 7})]
