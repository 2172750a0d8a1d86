"""Build the reports whose key-figure tables hold a caption row between their rows, read by
tests/test_tables_caption_row.py (issue 19, SHAPES5 E10-T1).

Run `python tests/make_caption_row_tables.py` to (re)write, in tests/fixtures/tables/:
- autodelen-caption-row-2023.docx and its LibreOffice PDF: a Word table with three year columns, the count rows
  over an italic caption row "(bedragen x 1.000 euro)" whose cells are merged into one, the amounts under it,
  then a second caption row "in %" over a rate; a second table, of counts, with a group label "Vrijwilligers"
  (no caption) over its indented rows;
- kinderopvang-caption-row-2024.html and its Chromium PDF: a table over the years 2022-2024 whose caption row
  "(in duizend euro)" is one cell spanning the row, a row under it that names its own unit ("Wachtlijst
  (aantal)") and one that names its own scale ("Investeringen (in miljoen euro)").
The reports are made up for the tests, in a wording of their own. Needs python-docx, LibreOffice (apt:
libreoffice-writer-nogui fonts-crosextra-carlito) and Chromium (apt: chromium fonts-liberation).
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from libreoffice import to_pdf  # noqa: E402
from make_chromium_table_pdf import print_html  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "tables"
WORD = "autodelen-caption-row-2023"
CHROMIUM = "kinderopvang-caption-row-2024"

# a row of one text is a caption row, its cells merged into one
KEY_FIGURES = [("", "2021", "2022", "2023"),
               ("Deelauto's", "18", "23", "29"),
               ("Ritten", "6.120", "8.045", "9.730"),
               ("(bedragen x 1.000 euro)",),
               ("Omzet", "214", "268", "331"),
               ("Resultaat", "-8", "12", "19"),
               ("in %",),
               ("Bezettingsgraad", "38", "41", "46")]
PEOPLE = [("", "2022", "2023"),
          ("Vrijwilligers",),
          ("   chauffeurs", "12", "15"),
          ("   onderhoud", "4", "6")]

CHILDCARE = [("", "2022", "2023", "2024"),
             ("Kindplaatsen", "56", "62", "70"),
             ("Begeleiders (VTE)", "9,4", "10,2", "11,8"),
             ("(in duizend euro)",),
             ("Opbrengsten", "1.082", "1.196", "1.347"),
             ("Personeelskosten", "804", "871", "985"),
             ("Wachtlijst (aantal)", "31", "44", "39"),
             ("Investeringen (in miljoen euro)", "0,4", "1,1", "0,2")]


def _word_table(doc, rows, widths_cm):  # type: ignore[no-untyped-def]
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    table = doc.add_table(rows=0, cols=len(widths_cm))
    table.style = "Table Grid"
    table.autofit = False
    for r, row in enumerate(rows):
        cells = table.add_row().cells
        if len(row) == 1 and r:  # a caption row: its cells merged, in italics
            merged = cells[0].merge(cells[-1])
            merged.paragraphs[0].add_run(row[0]).italic = True
            continue
        for c, text in enumerate(row):
            cells[c].width = Cm(widths_cm[c])
            paragraph = cells[c].paragraphs[0]
            paragraph.add_run(text).bold = r == 0
            if c > 0 and r > 0:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for c, width in enumerate(widths_cm):
        table.columns[c].width = Cm(width)
    return table


def docx(target: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_heading("Bijzonder verslag 2023 van Autodelen Kempen cv", 1)
    doc.add_paragraph("De coöperatie deelt elektrische auto's tussen haar leden in vijf dorpen. Dit verslag gaat "
                      "over het boekjaar 2023.")
    doc.add_heading("Kerncijfers", 2)
    _word_table(doc, KEY_FIGURES, [6, 3, 3, 3])
    doc.add_paragraph("De omzet steeg door de nieuwe standplaatsen bij de stations.")
    doc.add_heading("Vrijwilligers", 2)
    _word_table(doc, PEOPLE, [6, 3, 3])
    doc.add_paragraph("Wij danken alle vrijwilligers voor hun inzet.")
    path = target / f"{WORD}.docx"
    doc.save(str(path))
    return path


def _cell(text: str, css: str = "") -> str:
    return f'<td{f" class={chr(34)}{css}{chr(34)}" if css else ""}>{html.escape(text)}</td>'


def page() -> str:
    head = "<tr><th></th>" + "".join(f'<th class="n">{year}</th>' for year in CHILDCARE[0][1:]) + "</tr>"
    body = "".join(f'<tr><td colspan="4"><em>{html.escape(row[0])}</em></td></tr>' if len(row) == 1 else
                   "<tr>" + _cell(row[0]) + "".join(_cell(v, "n") for v in row[1:]) + "</tr>"
                   for row in CHILDCARE[1:])
    return f"""<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>
body{{font-family:"Liberation Sans",sans-serif;font-size:11pt;margin:2cm}}
table{{border-collapse:collapse}} td,th{{padding:2pt 10pt}} td.n,th.n{{text-align:right}}</style></head><body>
<h1>Bijzonder verslag 2024 van Kinderopvang De Speelboom cv</h1>
<p>De coöperatie biedt opvang aan kinderen van nul tot drie jaar in twee huizen.</p>
<h2>Kerncijfers</h2>
<table><thead>{head}</thead><tbody>{body}</tbody></table>
<p>De raad van bestuur legt dit verslag voor aan de algemene vergadering.</p>
</body></html>
"""


def build(target_dir: Path = FIXTURES) -> list[Path]:
    return [to_pdf(docx(target_dir), target_dir / f"{WORD}.pdf"),
            print_html(page(), target_dir, CHROMIUM, header_footer=False)]


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES))
