"""Build the LibreOffice PDF of a report written in Word that tests/test_tables_word_pdf.py reads.

Run `python tests/make_word_table_pdfs.py` to (re)write tests/fixtures/tables/jaarverslag-word-2023.pdf and the
.docx it is made from (kept beside it). The report is made up for the test, in a wording of its own, with the
shapes of tables that Word users make and LibreOffice turns into PDF: a ruled key-figure table under "(in duizend
euro)" whose row labels wrap onto further lines and whose year headers stand left in their cells (Word's default)
over right-aligned amounts; a results table without rules under "x € 1.000" with costs in parentheses and as
"-/-", its result row in bold; a table of costs that runs over two pages, its header row repeated, its total in
bold; split fiscal years and dated columns as headers; a key-figure box with dot leaders (tab stops).
Needs python-docx and LibreOffice (apt: libreoffice-writer-nogui fonts-crosextra-carlito).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from libreoffice import to_pdf  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "tables"
NAME = "jaarverslag-word-2023"

KEY_FIGURES = [("", "2022", "2023"),
               ("Omzet uit de verkoop van groentepakketten aan leden en winkels", "1.240", "1.385"),
               ("Subsidies van de provincie voor de tuinen", "85", "92"),
               ("Bedrijfsresultaat na afschrijvingen en waardeverminderingen", "64", "71")]
RESULTS = [("", "2023", "2022"),
           ("Omzet", "1.385", "1.240"),
           ("Aankopen", "(610)", "(560)"),
           ("Personeelskosten", "(590)", "(520)"),
           ("Afschrijvingen", "-/- 114", "-/- 96"),
           ("Resultaat", "71", "64")]
COST_ITEMS = ["Zaaigoed", "Plantgoed", "Meststoffen", "Compost", "Water", "Elektriciteit", "Gas voor de serres",
              "Brandstof", "Onderhoud van de serres", "Onderhoud van de machines", "Kleine gereedschappen",
              "Verpakking", "Etiketten", "Kratten", "Transport naar de afhaalpunten", "Huur van de velden",
              "Huur van de loods", "Verzekeringen", "Boekhouding", "Sociaal secretariaat", "Opleiding",
              "Werkkledij", "Telefoon en internet", "Software", "Website", "Drukwerk", "Vergaderingen",
              "Ledenblad", "Bankkosten", "Lidgelden van federaties", "Vrijwilligerswerking", "Afval",
              "Schoonmaak", "Beveiliging", "Keuringen", "Vergunningen", "Juridisch advies", "Kantoorbenodigdheden",
              "Reiskosten", "Diverse kosten"]
SPLIT_YEARS = [("", "2022-23", "2023-24"), ("Leden", "1.204", "1.391"), ("Vrijwilligers", "38", "42")]
BALANCE = [("", "30/06/2023", "30/06/2022"), ("Vaste activa", "915.300", "948.700"),
           ("Vlottende activa", "212.450", "187.900"), ("Totaal der activa", "1.127.750", "1.136.600")]
BOX = [("Leden", "1.391"), ("Groei", "8,7 %"), ("Afhaalpunten", "14"), ("Omzet", "1,4 miljoen euro")]


def costs() -> list[tuple[str, str, str]]:
    rows = [("Post", "2023", "2022")]
    this, last = 0, 0
    for k, item in enumerate(COST_ITEMS, start=1):
        a, b = 1000 + 37 * k, 900 + 29 * k
        this, last = this + a, last + b
        rows.append((item, _dotted(a), _dotted(b)))
    return rows + [("Totaal", _dotted(this), _dotted(last))]


def _dotted(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _table(doc, rows, widths_cm, ruled: bool = True, bold_last: bool = False, repeat_header: bool = False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    table = doc.add_table(rows=0, cols=len(widths_cm))
    if ruled:
        table.style = "Table Grid"
    table.autofit = False
    for r, row in enumerate(rows):
        cells = table.add_row().cells
        for c, text in enumerate(row):
            cells[c].width = Cm(widths_cm[c])
            paragraph = cells[c].paragraphs[0]
            run = paragraph.add_run(text)
            run.bold = r == 0 or (bold_last and r == len(rows) - 1)
            if c > 0 and r > 0:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT  # amounts right, headers as Word leaves them
        if r == 0 and repeat_header:
            mark = OxmlElement("w:tblHeader")
            mark.set(qn("w:val"), "true")
            table.rows[0]._tr.get_or_add_trPr().append(mark)
    for c, width in enumerate(widths_cm):
        table.columns[c].width = Cm(width)
    return table


def docx(target: Path) -> Path:
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm

    doc = Document()
    doc.add_heading("Jaarverslag 2023 van de coöperatie Groenveld cv", 1)
    doc.add_paragraph("Dit verslag gaat over het boekjaar 2023 van onze coöperatie, die groenten teelt voor haar "
                      "leden en ze verdeelt via afhaalpunten.")
    doc.add_heading("Kerncijfers", 2)
    doc.add_paragraph("(in duizend euro)")
    _table(doc, KEY_FIGURES, [5, 3, 3])
    doc.add_paragraph("De omzet groeide door de nieuwe afhaalpunten in de stad.")
    doc.add_heading("Resultatenrekening", 2)
    doc.add_paragraph("x € 1.000")
    _table(doc, RESULTS, [8, 3, 3], ruled=False, bold_last=True)
    doc.add_paragraph("Het resultaat wordt overgedragen naar het volgende boekjaar.")
    doc.add_heading("Kosten per post", 2)
    doc.add_paragraph("Bedragen in euro.")
    _table(doc, costs(), [8, 3, 3], bold_last=True, repeat_header=True)
    doc.add_paragraph("Alle kosten bleven binnen het budget dat de algemene vergadering goedkeurde.")
    doc.add_heading("Leden en balans", 2)
    _table(doc, SPLIT_YEARS, [8, 3, 3])
    doc.add_paragraph("Het boekjaar loopt van 1 juli tot 30 juni.")
    _table(doc, BALANCE, [8, 3, 3])
    doc.add_heading("In het kort", 2)
    for label, value in BOX:
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(12), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        paragraph.add_run(f"{label}\t{value}")
    doc.add_paragraph("Wij danken alle leden en vrijwilligers voor hun inzet.")
    path = target / f"{NAME}.docx"
    doc.save(str(path))
    return path


def build(target_dir: Path = FIXTURES) -> Path:
    return to_pdf(docx(target_dir), target_dir / f"{NAME}.pdf")


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES))
