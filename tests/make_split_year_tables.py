"""Build the reports of a made-up district-heating cooperative whose fiscal years run from 1 July to 30 June, in
the table layouts its three years use, read by tests/test_tables_split_years.py.

Run `python tests/make_split_year_tables.py` to (re)write, in tests/fixtures/tables/:
- warmte-word-2022-2023.docx and its LibreOffice PDF: python-docx's equal grid, so row labels wrap in their
  cells; a key-figure table of three fiscal years as columns ("2020-2021" ... "2022-2023") under a caption
  "(in duizend euro)"; a balance sheet with the columns "30/06/2023" and "30/06/2022" and sub-rows indented by
  spaces; a table whose years stand under a merged header cell "Boekjaar"; a unit column "Eenheid" ("aantal",
  "km", "%") between the row labels and the years;
- warmte-2023-2024.txt: a space-aligned table "Boekjaar / Vorig boekjaar" and lines with leader dots;
- warmte-html-2024-2025.html and its LibreOffice PDF (Writer/Web: numbers left in their cells): the unit in each
  year's header ("2024-2025 (MWh)", "2023-2024 (EUR)") beside a change column "Evolutie (%)", sub-rows indented by
  no-break spaces under the total they make up; "Boekjaar 2024-2025" headers over a label column as narrow as its
  labels (the first figure joined to the label by one space); a table of costs over two pages, its header line
  (with "Omschrijving" over the labels) read after its rows.
The reports are made up for the tests, in a wording of their own. Needs python-docx and LibreOffice (apt:
libreoffice-writer-nogui fonts-crosextra-carlito).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from libreoffice import to_pdf  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "tables"

KEY_FIGURES = [("", "2020-2021", "2021-2022", "2022-2023"),
               ("Omzet uit de warmteverkoop", "1.812", "2.046", "2.391"),
               ("Saldo van het boekjaar", "96", "121", "(43)"),
               ("Eigen vermogen", "2.210", "2.331", "2.288")]
BALANCE = [("", "30/06/2023", "30/06/2022"),
           ("Vaste activa", "6.418.200", "6.102.950"),
           ("     Leidingen en onderstations", "5.902.100", "5.611.400"),
           ("     Meters", "516.100", "491.550"),
           ("Vlottende activa", "1.284.600", "1.137.400"),
           ("Totaal der activa", "7.702.800", "7.240.350"),
           ("Eigen vermogen", "2.288.400", "2.331.100"),
           ("     Reserves en overgedragen resultaat", "1.104.900", "1.162.400"),
           ("     Kapitaal", "1.183.500", "1.168.700")]
STAFF = [("", "2020-2021", "2021-2022", "2022-2023"),
         ("Medewerkers", "6", "7", "9"),
         ("Vrijwilligers", "14", "17", "16"),
         ("Opleidingsuren", "120", "96", "144")]

TEXT_2023_2024 = """Jaarverslag boekjaar 2023-2024 van Warmtekring Oosterveld cv

Het boekjaar van de coöperatie loopt van 1 juli tot 30 juni. Dit verslag gaat over het boekjaar
dat liep van 1 juli 2023 tot 30 juni 2024.

Resultatenrekening (in euro)

                                      Boekjaar    Vorig boekjaar
Omzet warmteverkoop                  2.612.400         2.391.250
Aansluitingsbijdragen                  148.900           162.300
Bedrijfsresultaat                      158.700           143.100

Kerngegevens van het net

Aangesloten woningen .................. 1.146
Lengte van het net .................... 18,4 km
Geleverde warmte ...................... 21.380 MWh

De algemene vergadering keurde de jaarrekening goed.
"""

ENERGY = [("", "2024-2025 (MWh)", "2023-2024 (MWh)", "Evolutie (%)"),
          ("Geleverde warmte", "22.940", "21.380", "+7,3"),
          ("&nbsp;&nbsp;&nbsp;&nbsp;aan woningen", "18.310", "17.260", "+6,1"),
          ("&nbsp;&nbsp;&nbsp;&nbsp;aan de school en het zwembad", "4.630", "4.120", "+12,4")]
FINANCES = [("Omschrijving", "2024-2025 (EUR)", "2023-2024 (EUR)"),
            ("Bedrijfsopbrengsten", "2.904.500", "2.761.300"),
            ("&nbsp;&nbsp;&nbsp;&nbsp;warmteverkoop", "2.748.100", "2.612.400"),
            ("&nbsp;&nbsp;&nbsp;&nbsp;aansluitingsbijdragen", "156.400", "148.900"),
            ("Bedrijfskosten", "2.731.200", "2.602.600"),
            ("Resultaat van het boekjaar", "173.300", "158.700")]
UNITS = [("", "Eenheid", "2022-2023", "2021-2022"),
         ("Aangesloten woningen", "aantal", "1.084", "1.012"),
         ("Lengte van het net", "km", "17,6", "16,9"),
         ("Warmteverlies", "%", "13,1", "13,9")]
WATER = [("", "Boekjaar 2024-2025", "Boekjaar 2023-2024", "Verschil (%)"),
         ("Waterverbruik", "8.410", "7.960", "+5,7"),
         ("&nbsp;&nbsp;&nbsp;&nbsp;ketels", "6.020", "5.700", "+5,6"),
         ("&nbsp;&nbsp;&nbsp;&nbsp;spoelen", "2.390", "2.260", "+5,8")]
COSTS = [("Omschrijving", "2024-2025 (EUR)", "2023-2024 (EUR)")] + [
    (f"Kostenpost nummer {k}", f"{1_000_000 + 37_001 * k:,}".replace(",", "."),
     f"{900_000 + 29_001 * k:,}".replace(",", ".")) for k in range(1, 30)]
HTML_STYLE = ("table{border-collapse:collapse} td,th{border:1px solid #888;padding:2pt 5pt;vertical-align:top} "
              "td.n{text-align:right}")


def word_docx(target: Path) -> Path:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    def table(rows: list[tuple[str, ...]], merged_over: str | None = None) -> None:
        top = 1 if merged_over else 0
        built = doc.add_table(rows=len(rows) + top, cols=len(rows[0]))
        built.style = "Table Grid"  # python-docx's equal grid: LibreOffice keeps it, long labels wrap
        if merged_over:
            cell = built.cell(0, 1).merge(built.cell(0, len(rows[0]) - 1))
            cell.paragraphs[0].add_run(merged_over).bold = True
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                paragraph = built.cell(r + top, c).paragraphs[0]
                paragraph.add_run(text).bold = r == 0
                if c:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc = Document()
    doc.add_heading("Jaarverslag boekjaar 2022-2023", 1)
    doc.add_paragraph("Warmtekring Oosterveld cv levert warmte aan de woningen van de wijk. Het boekjaar liep van "
                      "1 juli 2022 tot 30 juni 2023.")
    doc.add_paragraph().add_run("Kerncijfers over drie boekjaren").bold = True
    doc.add_paragraph().add_run("(in duizend euro)").italic = True
    table(KEY_FIGURES)
    doc.add_paragraph("De omzet steeg door de nieuwe aansluitingen in de wijk.")
    doc.add_paragraph().add_run("Het net").bold = True
    table(UNITS)
    doc.add_paragraph("Het warmteverlies daalde door de isolatie van de leidingen.")
    doc.add_paragraph().add_run("Balans op het einde van het boekjaar (in euro)").bold = True
    table(BALANCE)
    doc.add_paragraph("De investeringen in het net worden over dertig jaar afgeschreven.")
    doc.add_page_break()
    doc.add_paragraph().add_run("Personeel").bold = True
    table(STAFF, merged_over="Boekjaar")
    doc.add_paragraph("Twee medewerkers werken deeltijds.")
    path = target / "warmte-word-2022-2023.docx"
    doc.save(str(path))
    return path


def _html_table(rows: list[tuple[str, ...]]) -> str:
    head = "".join(f"<th>{text}</th>" for text in rows[0])
    body = "".join("<tr>" + "".join(f'<td class="n">{text}</td>' if c else f"<td>{text}</td>"
                                    for c, text in enumerate(row)) + "</tr>\n" for row in rows[1:])
    return f"<table>\n<tr>{head}</tr>\n{body}</table>\n"


def html(target: Path) -> Path:
    text = (f'<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>Jaarverslag 2024-2025</title>'
            f"<style>{HTML_STYLE}</style></head><body>\n<h1>Jaarverslag boekjaar 2024-2025</h1>\n"
            "<p>Warmtekring Oosterveld cv sloot op 30 juni 2025 haar boekjaar 2024-2025 af.</p>\n"
            "<p><b>Tabel 1. Levering van warmte</b></p>\n" + _html_table(ENERGY) +
            "<p>Het warmteverlies daalde door de isolatie van de leidingen.</p>\n"
            "<p><b>Tabel 2. Financiële gegevens</b></p>\n" + _html_table(FINANCES) +
            "<p>Het resultaat wordt overgedragen naar het volgende boekjaar.</p>\n"
            "<p><b>Tabel 3. Water in m³</b></p>\n" + _html_table(WATER) +
            "<p><b>Tabel 4. Kosten per post</b></p>\n" + _html_table(COSTS) +
            "<p>De algemene vergadering keurde de rekeningen goed.</p>\n</body></html>\n")
    path = target / "warmte-html-2024-2025.html"
    path.write_text(text, encoding="utf-8")
    return path


def build(target: Path = FIXTURES) -> list[Path]:
    (target / "warmte-2023-2024.txt").write_text(TEXT_2023_2024, encoding="utf-8")
    return [to_pdf(word_docx(target), target / "warmte-word-2022-2023.pdf"),
            target / "warmte-2023-2024.txt",
            to_pdf(html(target), target / "warmte-html-2024-2025.pdf")]


if __name__ == "__main__":
    for made in build(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES):
        print(made)
