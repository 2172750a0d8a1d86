"""Build the Chromium PDF of ruled, padded HTML tables that tests/test_tables_padded_chromium.py reads.

Run `python tests/make_padded_chromium_tables.py` to (re)write tests/fixtures/tables/repaircafe-chromium-2024.pdf
(and the HTML it is printed from, kept beside it). A repair cooperative's report, made up for the test, in the
style many writers give their tables: DejaVu Sans, every cell ruled (1 px) and padded, figures set right. Its
key figures stand in year columns under a scale said in a paragraph of its own over the table ("x € 1.000"), a
group row with empty cells over indented sub-rows and their total ("Totale opbrengsten"); its results stand in
"Boekjaar" / "Vorig boekjaar" columns of header cells under a title with its unit ("Verkorte resultatenrekening
(in euro)"), amounts written "-/- 8.100", costs indented over their total ("Bedrijfskosten"). pdfium gives the space glyphs of Chromium's DejaVu Sans as spaces of its own,
so no gap of the page shows whether the producer wrote a space: cells are told apart by the width of their gaps.
Headless Chromium prints it (apt packages: chromium, fonts-dejavu-core).
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

from make_chromium_table_pdf import FIXTURES, print_html

NAME = "repaircafe-chromium-2024"

STYLE = """@page { size: A4; margin: 20mm 24mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 11pt; line-height: 1.35; }
table { border-collapse: collapse; margin: 4pt 0 8pt 0; }
td, th { border: 1px solid #999; padding: 2pt 6pt; }
td.n, th.n { text-align: right; white-space: nowrap; }
td.sub { padding-left: 18pt; }
tr.tot td { font-weight: bold; }
.unit { font-style: italic; font-size: 9pt; margin: 6pt 0 0 0; }"""

# label, css of the label cell, (this year, last year) or None for a group row with empty cells
KEY_FIGURES = [("Opbrengsten", "", None), ("herstelbijdragen", "sub", ("58,3", "51,9")),
               ("verkoop onderdelen", "sub", ("21,4", "19,2")), ("Totale opbrengsten", "tot", ("79,7", "71,1")),
               ("Eigen vermogen", "", ("146,2", "139,8")), ("Geleende middelen", "", ("40,0", "45,0"))]
RESULTS = [("Herstelbijdragen", "", ("58.300", "51.900")), ("Verkoop onderdelen", "", ("21.400", "19.200")),
           ("Bedrijfsopbrengsten", "tot", ("79.700", "71.100")),
           ("Onderdelen en gereedschap", "sub", ("-/- 24.600", "-/- 22.800")),
           ("Huur werkplaats", "sub", ("-/- 14.400", "-/- 14.400")),
           ("Personeelskosten", "sub", ("-/- 31.900", "-/- 30.100")),
           ("Bedrijfskosten", "tot", ("-/- 70.900", "-/- 67.300")),
           ("Resultaat van het boekjaar", "tot", ("8.800", "3.800"))]


def _row(label: str, css: str, values: tuple[str, str] | None) -> str:
    cells = "".join(f'<td class="n">{html.escape(v)}</td>' for v in (values or ("", "")))
    label_cell = f'<td class="sub">{html.escape(label)}</td>' if css == "sub" else f"<td>{html.escape(label)}</td>"
    return f'<tr{" class=" + chr(34) + "tot" + chr(34) if css == "tot" else ""}>{label_cell}{cells}</tr>'


def source() -> str:
    key = "".join(_row(*row) for row in KEY_FIGURES)
    results = "".join(_row(*row) for row in RESULTS)
    return f"""<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>{STYLE}</style></head><body>
<h1>Jaarverslag 2024 van Repaircafé De Schroef cv</h1>
<p>Het voorbije jaar brachten vrijwilligers en leden opnieuw duizenden toestellen een tweede leven.</p>
<h2>Kerncijfers</h2>
<p class="unit">x € 1.000</p>
<table><tr><th></th><th class="n">2024</th><th class="n">2023</th></tr>{key}</table>
<p>De opbrengsten stegen door de nieuwe werkplaats in de stationsbuurt.</p>
<h2>Resultaten</h2>
<p class="unit">Verkorte resultatenrekening (in euro)</p>
<table><tr><th></th><th class="n">Boekjaar</th><th class="n">Vorig boekjaar</th></tr>{results}</table>
<p>De algemene vergadering keurde de jaarrekening goed.</p>
</body></html>
"""


def build(target_dir: Path = FIXTURES) -> Path:
    return print_html(source(), target_dir, NAME, header_footer=False)


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES))
