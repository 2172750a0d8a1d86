"""Build the Word report with tables set by tab stops and a table of key-figure boxes, and its PDF, that
tests/test_office_tab_tables.py reads.

Run `python tests/make_word_tab_tables.py` to (re)write tests/fixtures/tables/warmtenet-word-tabs-2023.docx (made
with python-docx) and the PDF LibreOffice saves of it (`soffice --headless --convert-to pdf`), as a user of Word
would export it. The report is made up for the test: key figures in a one-row Word table, each cell a number over
its label; a results table of paragraphs with right tab stops under a caption "Resultaten (in duizend euro)";
a balance sheet of such paragraphs with a header row "<TAB>Boekjaar<TAB>Vorig boekjaar", group labels without a
tab and their items indented by the paragraph's left indent. Apt: libreoffice-writer-nogui.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx  # python-docx, a dependency of the project

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "tables"
NAME = "warmtenet-word-tabs-2023"

BOXES = [("1.391", "vennoten"), ("2.450 MWh", "geleverde warmte"), ("€ 310.000", "investeringen")]
RESULTS = ["\t2023\t2022", "Omzet\t412\t380", "Kosten\t340\t330"]
BALANCE = [("\tBoekjaar\tVorig boekjaar", False), ("Vaste activa", False), ("Gebouwen\t500\t520", True),
           ("Machines\t120\t130", True), ("Vlottende activa", False), ("Voorraad\t40\t38", True),
           ("Kas\t60\t55", True), ("Totaal activa\t720\t743", False)]


def write_docx(path: Path) -> Path:
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



def build(target_dir: Path = FIXTURES) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice is not installed: apt-get install -y libreoffice-writer-nogui")
    source = write_docx(target_dir / f"{NAME}.docx")
    with tempfile.TemporaryDirectory() as work:
        subprocess.run([soffice, f"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", work, str(source)], check=True, capture_output=True, timeout=180)
        target = target_dir / f"{NAME}.pdf"
        shutil.copyfile(Path(work) / f"{NAME}.pdf", target)
    return target


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES))
