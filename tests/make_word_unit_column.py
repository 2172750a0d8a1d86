"""Build the Word report of a made-up repair cooperative read by tests/test_tables_word_unit_column.py.

Run `python tests/make_word_unit_column.py` (python-docx) to (re)write tests/fixtures/tables/herstel-word-2024.docx: a
key-figure table "Kerncijfer | eenheid | 2024 | 2023" whose unit column says each row's unit ("aantal", "dagen",
"ton", "%", "€"), row labels with a footnote mark "¹", and the footnote as a paragraph under the table. The report is
made up for the tests, in a wording of its own.
"""

from __future__ import annotations

import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "tables"
NAME = "herstel-word-2024"
ROWS = [("Kerncijfer", "eenheid", "2024", "2023"),
        ("Herstelde toestellen¹", "aantal", "1.312", "1.190"),
        ("Gemiddelde wachttijd¹", "dagen", "6,5", "8,0"),
        ("Vermeden afval", "ton", "9,4", "8,1"),
        ("Slaagkans", "%", "71", "68"),
        ("Giften", "€", "12.400", "11.050")]


def build(target_dir: Path = FIXTURES) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("Jaarverslag 2024 van Herstelcafé De Schroef cv", 1)
    document.add_paragraph("Het boekjaar 2024 liep van 1 januari tot 31 december 2024.")
    document.add_paragraph("Kerncijfers")
    table = document.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    table.style = "Table Grid"
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph("¹ Geteld aan de herstelbalie.")
    document.add_paragraph("De vrijwilligers herstelden meer toestellen dan ooit.")
    target = target_dir / f"{NAME}.docx"
    document.save(str(target))
    return target


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES))
