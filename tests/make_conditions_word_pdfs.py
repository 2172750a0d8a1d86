"""Build the LibreOffice PDFs of conditions tables written in Word that tests/test_conditions_pdf_columns.py reads.

Run `python tests/make_conditions_word_pdfs.py` to (re)write, in tests/fixtures/conditions/, three reports and the
.docx each is made from (kept beside it). Each is made up for the test, in a wording of its own, with a table of the
nine conditions of art. 8:5 WVV that the PDF reader gives column after column:
- veerdienst: two columns "Voorwaarde | Statuten", condition cells that wrap over two lines, no numbers, an
  article cell naming the extraordinary meeting that amended it, wrapped, and a last row "Verslag";
- wasserij: two columns, condition cells "N. short label", article cells with a line or two of explanation;
- fietshersteller: three columns "Voorwaarde | Art. | Toelichting", the middle one only "Art. N".
Needs python-docx and LibreOffice (apt: libreoffice-writer-nogui fonts-crosextra-carlito).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from libreoffice import to_pdf  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "conditions"

REPORTS = {
    "veerdienst-bijzonder-verslag-2024": (
        "De Overzet cv", "Bijzonder verslag over het boekjaar 2024",
        "De Overzet cv vaart sinds 2016 met twee veerboten tussen de dorpen aan weerszijden van de Schelde. "
        "De tabel hieronder toont waar onze statuten elke erkenningsvoorwaarde vastleggen.",
        [("Voorwaarde", "Statuten"),
         ("Betaalbare overtochten voor de eilanders als voornaamste doel, in het algemeen belang",
          "Artikel 3 van de statuten"),
         ("Een voorwerp dat dat doel in concrete diensten omschrijft", "Artikel 4"),
         ("Een dividend dat nooit hoger is dan de rentevoet die de Koning vastlegt", "Artikel 35"),
         ("Wat na de vereffening overblijft, gaat naar een verwant doel", "Artikel 44 van de statuten"),
         ("Wie uittreedt, krijgt ten hoogste de nominale waarde van zijn aandelen terug",
          "Artikel 12, gewijzigd door de buitengewone algemene vergadering van 7 maart 2024"),
         ("De bestuurders oefenen hun mandaat kosteloos uit", "Artikel 20"),
         ("Geen enkele vennoot brengt meer dan een tiende van de stemmen uit", "Artikel 27"),
         ("Eerst een deel van de winst naar het Veerfonds, pas daarna dividend", "Artikel 36"),
         ("Verslag", "Artikel 41")],
        "Over 2024 keren we geen dividend uit.", (8.0, 7.0)),
    "wasserij-bijzonder-verslag-2024": (
        "Wasserij De Bleek cv", "Bijzonder verslag van het bestuur, boekjaar 2024",
        "Wasserij De Bleek cv wast en strijkt voor gezinnen en zorginstellingen en leidt langdurig werklozen op "
        "tot strijkers. Zo voldoen onze statuten aan de negen voorwaarden:",
        [("Voorwaarde", "Statuten"),
         ("1. Sociaal doel", "Artikel 2: werk en opleiding voor wie moeilijk aan de slag raakt"),
         ("2. Voorwerp", "Artikel 3: wassen, strijken en herstellen van textiel"),
         ("3. Beperkt dividend", "Artikel 30: ten hoogste de rentevoet van het KB, nu 6 %"),
         ("4. Liquidatiesaldo", "Artikel 43: naar een organisatie met een gelijkaardig doel"),
         ("5. Uittreding", "Artikel 11: terugbetaling tegen de nominale waarde, binnen het jaar"),
         ("6. Onbezoldigd bestuur", "Artikel 19: geen vergoeding, wel terugbetaling van gemaakte kosten"),
         ("7. Stemrecht", "Artikel 25: één vennoot, één stem, ongeacht het aantal aandelen"),
         ("8. Reservering", "Artikel 31: eerst 10 % van de winst naar het Strijkfonds, dan pas dividend"),
         ("9. Bijzonder verslag", "Artikel 38: het bestuur schrijft elk jaar dit verslag")],
        "De statuten werden in 2024 niet gewijzigd.", (5.0, 10.0)),
    "fietshersteller-bijzonder-verslag-2024": (
        "Spaak en Ketting cv", "Bijzonder verslag 2024",
        "Spaak en Ketting cv herstelt fietsen in drie buurtateliers en leert jongeren het vak. Onze statuten en "
        "de erkenningsvoorwaarden:",
        [("Voorwaarde", "Art.", "Toelichting"),
         ("Positieve maatschappelijke impact als hoofddoel", "Art. 3", "Mobiliteit voor iedereen in de wijk."),
         ("Een voorwerp dat die impact dient", "Art. 4",
          "Herstel, verhuur en opleiding, opgesomd in de statuten."),
         ("Beperkte vermogensvoordelen voor de aandeelhouders", "Art. 29",
          "Het dividend blijft onder de wettelijke rentevoet."),
         ("Bestemming van het liquidatiesaldo", "Art. 42", "Naar een vereniging met een verwant doel."),
         ("Uittreding tegen ten hoogste de nominale waarde", "Art. 10",
          "Gewijzigd door de buitengewone algemene vergadering van 14 mei 2024."),
         ("Onbezoldigd bestuursmandaat", "Art. 18", "Enkel gemaakte kosten worden terugbetaald."),
         ("Stemrecht beperkt tot een tiende van de stemmen", "Art. 24", "Eén vennoot, één stem."),
         ("Eerst reserveren voor het voorwerp, dan pas dividend", "Art. 30",
          "Een deel van de winst gaat naar het Atelierfonds."),
         ("Jaarlijks bijzonder verslag van het bestuur", "Art. 37", "Dit verslag.")],
        "Het bestuur vergaderde negen keer.", (6.0, 2.0, 7.0)),
}


def build(name: str) -> Path:
    from docx import Document
    from docx.shared import Cm, Pt

    title, subtitle, intro, rows, after, widths = REPORTS[name]
    doc = Document()
    doc.styles["Normal"].font.name = "Carlito"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading(title, level=1)
    doc.add_paragraph(subtitle)
    doc.add_heading("1. De erkenningsvoorwaarden", level=2)
    doc.add_paragraph(intro)
    table = doc.add_table(rows=0, cols=len(rows[0]))
    table.autofit = False
    for r, row in enumerate(rows):
        cells = table.add_row().cells
        for c, text in enumerate(row):
            cells[c].width = Cm(widths[c])
            run = cells[c].paragraphs[0].add_run(text)
            run.bold = r == 0
    doc.add_paragraph(after)
    docx = FIXTURES / f"{name}.docx"
    doc.save(docx)
    return to_pdf(docx, FIXTURES / f"{name}.pdf")


if __name__ == "__main__":
    for report in REPORTS:
        print(build(report))
