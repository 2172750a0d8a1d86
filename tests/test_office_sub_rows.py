"""A Word table's sub-rows: a label indented in its cell, by leading spaces or by its paragraph's left indent,
is a part of the row above it, as in the tables of text reports; the part/whole check then sees parts that miss
their whole (extractor/document/readers/office.py)."""

from __future__ import annotations

from pathlib import Path

import docx  # python-docx, a dependency of the project: here it writes the Word file
import pytest

from extractor.pipeline import extract_file

ROWS = [("", "2024", "2023"), ("Werknemers", "131", "120"), ("doelgroepwerknemers", "72", "70"),
        ("omkadering", "38", "30"), ("stagiairs", "24", "20")]


def _report(path: Path, indent: str) -> Path:
    from docx.shared import Cm

    document = docx.Document()
    document.add_paragraph("Bijzonder verslag 2024 van de coöperatie. Ons personeel op 31 december:")
    table = document.add_table(rows=0, cols=3)
    for number, row in enumerate(ROWS):
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = ("  " + text) if indent == "spaces" and number >= 2 and cell is cells[0] else text
        if indent == "paragraph" and number >= 2:
            cells[0].paragraphs[0].paragraph_format.left_indent = Cm(0.5)
    document.save(path)
    return path


@pytest.mark.parametrize("indent", ["spaces", "paragraph"])
def test_an_indented_label_is_a_part_of_the_row_above(tmp_path: Path, indent: str) -> None:
    report = extract_file(_report(tmp_path / "verslag-2024.docx", indent))
    cells = [(i["value"], i["table"]["row"], i["table"]["parent"], i["table"]["column"])
             for i in report["indicators"] if "table" in i]
    assert cells == [(131, "Werknemers", None, "2024"), (120, "Werknemers", None, "2023"),
                     (72, "doelgroepwerknemers", "Werknemers", "2024"),
                     (70, "doelgroepwerknemers", "Werknemers", "2023"),
                     (38, "omkadering", "Werknemers", "2024"), (30, "omkadering", "Werknemers", "2023"),
                     (24, "stagiairs", "Werknemers", "2024"), (20, "stagiairs", "Werknemers", "2023")]
    wholes = sorted({r["indicators"][0]["raw"] for r in report["relations"] if r["kind"] == "part_whole"})
    assert wholes == ["120", "131"]


def test_a_label_without_indent_stays_a_row_of_its_own(tmp_path: Path) -> None:
    report = extract_file(_report(tmp_path / "verslag-2024.docx", "none"))
    assert {i["table"]["parent"] for i in report["indicators"] if "table" in i} == {None}
