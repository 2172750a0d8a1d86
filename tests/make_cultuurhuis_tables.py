"""Build the reports of a cultural venue's cooperative that tests/test_tables_cultuurhuis.py reads.

Run `python tests/make_cultuurhuis_tables.py` to (re)write, in tests/fixtures/tables/:
- cultuurhuis-chromium-2023.html and the PDF headless Chromium prints of it with its own page header and footer
  (the print date, the page's title, the file's address and "1/2"), as `chromium --headless --print-to-pdf` does
  by default;
- cultuurhuis-weasyprint-2023.pdf, the same HTML printed by WeasyPrint where it is installed (pip install
  weasyprint; it is no dependency of the project);
- cultuurhuis-word-2024.docx, next year's report written in Word (python-docx) with real tables.

The report is made up for the test, in a wording of its own: a key-figure table of plain cells in a browser's
default style (no <th>, no <thead>, no padding: the cells as close as a word space, left-aligned) with the years
as columns under a line "x € 1.000", a loss written "-14"; a results table with "Boekjaar" and "Vorig boekjaar" as centred <th> under "(in duizend
euro)", its items indented with padding under the revenue row, costs as "-/- 1.012" and "(9)"; a balance sheet in
two dated columns ("31/12/2023") under "bedragen in euro" with its total in bold; an audience table in the default style
under a <caption> of its own, its years in <th>. Chromium: apt package chromium (fonts-liberation).
"""

from __future__ import annotations

import html
from datetime import datetime
import sys
from pathlib import Path

from make_chromium_table_pdf import print_html

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "tables"
NAME = "cultuurhuis-chromium-2023"
WEASYPRINT = "cultuurhuis-weasyprint-2023"
WORD = "cultuurhuis-word-2024"

STYLE = """body{font-family:"Liberation Sans",sans-serif;font-size:10.5pt;margin:0 1.5cm}
table.set td,table.set th{padding:2pt 9pt} td.r{text-align:right}
table.set td.sub{padding-left:26pt} tr.total td{font-weight:bold;border-top:1px solid #333} caption{text-align:left}"""

YEARS = ("2020", "2021", "2022", "2023")
KEY_FIGURES = [("Opbrengsten", ("612", "688", "741", "803")), ("Subsidies", ("210", "225", "231", "240")),
               ("Eigen vermogen", ("402", "388", "395", "417")), ("Resultaat", ("-14", "-9", "7", "22"))]
# label, indented, this year, last year
RESULTS = [("Bedrijfsopbrengsten", False, "1.043", "966"), ("Ticketverkoop", True, "512", "470"),
           ("Werkingssubsidies", True, "240", "231"), ("Café", True, "291", "265"), ("Bedrijfskosten", False, "-/- 1.012", "-/- 958"),
           ("Financiële kosten", False, "(9)", "(7)"), ("Resultaat van het boekjaar", False, "22", "1")]
BALANCE = [("Vaste activa", "1.284.600", "1.312.900"), ("Vlottende activa", "316.250", "287.400"),
           ("Totaal activa", "1.600.850", "1.600.300")]
AUDIENCE = [("Voorstellingen", "142", "151"), ("Bezoekers", "18.450", "19.800"), ("Bezettingsgraad", "71 %", "76 %")]

STORY = ("Het Cultuurhuis is een coöperatie van makers, bezoekers en buren die samen een theaterzaal, een "
         "repetitieruimte en een café uitbaten. In 2023 speelden er meer gezelschappen dan ooit, en het café "
         "werd een ontmoetingsplek voor de hele wijk. De raad van bestuur dankt de vrijwilligers, de vennoten en "
         "de medewerkers voor hun inzet.")


def _td(text: str, css: str = "") -> str:
    return f'<td{f" class={chr(34)}{css}{chr(34)}" if css else ""}>{html.escape(text)}</td>'


def source() -> str:
    key = "<tr><td></td>" + "".join(_td(y) for y in YEARS) + "</tr>" + "".join(
        "<tr>" + _td(label) + "".join(_td(v) for v in values) + "</tr>" for label, values in KEY_FIGURES)
    results = "".join("<tr>" + _td(label, "sub" if indented else "") + _td(a, "r") + _td(b, "r") + "</tr>"
                      for label, indented, a, b in RESULTS)
    balance = "".join(f'<tr{" class=total" if label.startswith("Totaal") else ""}>' + _td(label) + _td(a, "r")
                      + _td(b, "r") + "</tr>" for label, a, b in BALANCE)
    audience = "".join("<tr>" + _td(label) + _td(a, "r") + _td(b, "r") + "</tr>" for label, a, b in AUDIENCE)
    story = "".join(f"<p>{STORY}</p>" for _ in range(5))
    return f"""<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Cultuurhuis De Nieuwe Zaal</title><style>{STYLE}</style></head><body>
<h1>Jaarverslag 2023 van Cultuurhuis De Nieuwe Zaal cv</h1>
<p>Dit is het bijzonder verslag van de raad van bestuur over het boekjaar 2023.</p>
<h2>Kerncijfers</h2>
<p>x € 1.000</p>
<table>{key}</table>
<p>Na twee verliesjaren sloot de coöperatie opnieuw met winst af.</p>
{story}
<h2>Resultatenrekening</h2>
<p>(in duizend euro)</p>
<table class="set"><thead><tr><th></th><th>Boekjaar</th><th>Vorig boekjaar</th></tr></thead><tbody>{results}</tbody></table>
<h2>Balans</h2>
<p>bedragen in euro</p>
<table class="set"><tr><td></td><td class="r">31/12/2023</td><td class="r">31/12/2022</td></tr>{balance}</table>
<table><caption>Publiek</caption><tr><th></th><th>2022</th><th>2023</th></tr>{audience}</table>
<p>De algemene vergadering van 20 juni 2024 keurde de jaarrekening goed.</p>
</body></html>
"""


def build_chromium(target_dir: Path = FIXTURES) -> Path:
    return print_html(source(), target_dir, NAME, header_footer=True)  # the footer shows its address


def build_weasyprint(target_dir: Path = FIXTURES) -> Path | None:
    try:
        import weasyprint
    except ImportError:
        return None
    target = target_dir / f"{WEASYPRINT}.pdf"
    weasyprint.HTML(string=source()).write_pdf(target)
    return target


def build_word(target_dir: Path = FIXTURES) -> Path:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = Document()
    document.add_heading("Jaarverslag 2024 van Cultuurhuis De Nieuwe Zaal cv", level=1)
    document.add_paragraph("Dit is het bijzonder verslag van de raad van bestuur over het boekjaar 2024.")
    document.add_heading("Kerncijfers", level=2)
    document.add_paragraph("x € 1.000")
    rows = [("", "2021", "2022", "2023", "2024"), ("Opbrengsten", "688", "741", "803", "851"),
            ("Subsidies", "225", "231", "240", "244"), ("Resultaat", "-9", "7", "22", "-/- 5")]
    _table(document, rows, WD_ALIGN_PARAGRAPH.RIGHT)
    document.add_paragraph("Door de renovatie van de zaal sloot het boekjaar met een klein verlies.")
    document.add_heading("Resultatenrekening", level=2)
    document.add_paragraph("Bedragen in euro")
    results = [("", "Boekjaar", "Vorig boekjaar"), ("Bedrijfsopbrengsten", "1.101.400", "1.043.200"),
               ("Ticketverkoop", "540.100", "512.300"), ("Werkingssubsidies", "244.000", "240.000"),
               ("Café", "317.300", "290.900"), ("Bedrijfskosten", "(1.106.700)", "(1.021.200)"),
               ("Resultaat van het boekjaar", "-/- 5.300", "22.000")]
    _table(document, results, WD_ALIGN_PARAGRAPH.RIGHT, indented={2, 3, 4})
    document.add_paragraph("De algemene vergadering van 19 juni 2025 keurde de jaarrekening goed.")
    target = target_dir / f"{WORD}.docx"
    document.core_properties.created = document.core_properties.modified = datetime(2025, 5, 2)
    document.save(target)
    return target


def _table(document, rows, align, indented=frozenset()) -> None:
    from docx.shared import Pt

    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            paragraph = table.cell(r, c).paragraphs[0]
            paragraph.text = value
            if c:
                paragraph.alignment = align
            elif r in indented:
                paragraph.paragraph_format.left_indent = Pt(18)


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES
    print(build_chromium(folder), build_weasyprint(folder), build_word(folder))
