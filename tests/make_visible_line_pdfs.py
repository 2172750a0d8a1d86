"""Build the PDFs of tests/test_pdf_visible_lines.py: layouts whose reading order is not the order of the lines a
user sees, each printed by the producer that writes it so (issue 19/20, SHAPES-REAL2.md L).

Run `python tests/make_visible_line_pdfs.py` to (re)write tests/fixtures/pdf/visible-lines/*.pdf (and the source
each is made from, kept beside it). The reports are made up for the test, each of another cooperative:

- kopregels (Chromium): two running header lines at the top of every page, an enterprise number set right and
  "Bijzonder verslag 2024 van ..." under it (position: fixed, which Chromium prints on every page);
- opsomming-libreoffice (LibreOffice Writer, HTML import): lists with "•" bullets and "1." numbers, which Writer
  writes as a text run of their own on the item's baseline;
- opsomming-groff (groff -ms, `.IP 1.` and `.IP \\(bu`): numbered and bulleted items with a hanging indent;
- kleine-rijen (Chromium): a sheet printed at 6 pt rows with 9 pt bold headings right over them, and an amount
  repeated as the subtotal on the row under it;
- formulier (Chromium): a filled-in form, its labels one column and its values another (the page's text reads
  the columns one after the other).

Apt packages: chromium fonts-liberation libreoffice-writer-nogui groff ghostscript.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from libreoffice import to_pdf  # noqa: E402
from make_chromium_table_pdf import print_html  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "pdf" / "visible-lines"

HEADER = """<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 0 }
body { font-family: "Liberation Sans", sans-serif; font-size: 10.5pt; margin: 0 }
.kop { position: fixed; top: 0; left: 0; right: 0; height: 2.6cm; padding: 1.2cm 2cm 0 2cm; font-size: 9pt; color: #444 }
.kop .nr { text-align: right }
main { padding: 3.2cm 2cm 2cm 2cm }
.breuk { page-break-before: always; padding-top: 3.2cm }
table { border-collapse: collapse; margin: 8pt 0 } td { padding: 1pt 14pt 1pt 0 } td.b { text-align: right }
</style></head><body>
<div class="kop"><div class="nr">Ondernemingsnummer: 0712.345.678</div>
<div>Bijzonder verslag 2024 van Wijkwerkplaats De Vonk cv</div></div>
<main>
<h1>Bijzonder verslag over het boekjaar 2024</h1>
<p>Het bestuursorgaan brengt verslag uit aan de algemene vergadering van Wijkwerkplaats De Vonk cv.</p>
<p>In 2024 telde de coöperatie 312 vennoten. Samen hielpen zij 1.460 buurtbewoners met een herstelling.</p>
<div class="breuk"><h2>Cijfers</h2></div>
<table>
<tr><td></td><td class="b">2024</td><td class="b">2023</td></tr>
<tr><td>Omzet herstellingen</td><td class="b">48.215</td><td class="b">41.930</td></tr>
<tr><td>Eigen vermogen</td><td class="b">-12.640</td><td class="b">-9.875</td></tr>
</table>
<p>De werkplaats was 214 dagen open.</p>
<div class="breuk"><h2>Vooruitblik</h2></div>
<p>Voor 2025 rekent het bestuur op 340 vennoten.</p>
</main></body></html>
"""

LISTS_HTML = """<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Opsomming</title></head>
<body style="font-family: 'Liberation Serif'; font-size: 11pt">
<h1>Buurtmoestuin Het Klaverblad cv</h1>
<p>Bijzonder verslag van het bestuursorgaan over het boekjaar 2024.</p>
<p>Dit jaar deden we het volgende:</p>
<ul>
<li>we legden 14 nieuwe moestuinbakken aan;</li>
<li>we oogstten 2.350 kilo groenten;</li>
<li>we ontvingen 86 schoolkinderen;</li>
<li>we hielden 9 kookworkshops.</li>
</ul>
<p>De middelen kwamen uit drie bronnen:</p>
<ol>
<li>bijdragen van 127 vennoten;</li>
<li>een subsidie van 4.500 euro van de gemeente;</li>
<li>de verkoop van 610 bloemen.</li>
</ol>
<p>Op 31 december 2024 had de coöperatie 131 vennoten.</p>
</body></html>
"""

ROFF = r""".nr PS 11
.nr VS 13
.TL
Energiecoöperatie Zonnedak cv
.PP
Bijzonder verslag van het bestuursorgaan over het boekjaar 2024.
.PP
De coöperatie bereikte dit jaar het volgende:
.IP 1.
de panelen op 6 schooldaken leverden samen 412.000 kWh;
.IP 2.
de coöperatie telde eind 2024 1.875 vennoten;
.IP 3.
er werden 23 nieuwe daken onderzocht.
.PP
Daarnaast:
.IP \(bu
de algemene vergadering ontving 94 vennoten;
.IP \(bu
het dividend bedroeg 3 procent.
.PP
Het bestuur dankt de 41 vrijwilligers.
"""

SHEET = """<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 1.5cm }
body { font-family: "Liberation Sans", sans-serif; font-size: 6pt; margin: 0 }
table { border-collapse: collapse } td { padding: 0 10pt 0 0; line-height: 6.7pt; height: 6.7pt } td.b { text-align: right }
tr.kop td { font-size: 9pt; font-weight: bold; line-height: 9pt; height: 9pt; padding-top: 4pt }
h1 { font-size: 11pt }
</style></head><body>
<h1>Speelpleinwerking De Wip cv - balans en resultaat 2024</h1>
<table>
<tr class="kop"><td>Balans actief</td><td>Vaste activa</td><td></td></tr>
<tr><td></td><td>Speeltoestellen Parklaan</td><td class="b">€ 31.250</td></tr>
<tr><td></td><td>Omheining speelterrein</td><td class="b">€ 8.940</td></tr>
<tr><td></td><td></td><td class="b">€ 40.190</td></tr>
<tr class="kop"><td>Resultaat</td><td>Lasten</td><td></td></tr>
<tr><td></td><td>Rente op lening buurtfonds</td><td class="b">€ 1.600</td></tr>
<tr><td></td><td></td><td class="b">€ 1.600</td></tr>
<tr><td></td><td>Verzekeringen</td><td class="b">€ 2.275</td></tr>
</table>
</body></html>
"""

FORM = """<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 2cm }
body { font-family: "Liberation Sans", sans-serif; font-size: 10pt; margin: 0 }
.form { display: flex; gap: 30pt; margin: 10pt 0 } .form div div { height: 16pt }
.labels { width: 200pt; color: #333 } .waarden { font-weight: bold }
</style></head><body>
<h1>Aanvraagformulier werkingssubsidie</h1>
<p>In te vullen door de coöperatie. Velden met een waarde zijn ingevuld.</p>
<div class="form">
<div class="labels"><div>Naam van de coöperatie</div><div>Ondernemingsnummer</div><div>Aantal vennoten</div>
<div>Aantal vrijwilligers</div><div>Gevraagd bedrag in euro</div><div>Aantal activiteiten in 2024</div></div>
<div class="waarden"><div>Repair Café Oostkant cv</div><div>0798.123.456</div><div>264</div><div>37</div>
<div>12.500</div><div>46</div></div>
</div>
<p>De coöperatie verklaart dat zij in 2024 58 workshops gaf.</p>
</body></html>
"""


def build_groff(target: Path) -> Path:
    if not (shutil.which("groff") and shutil.which("ps2pdf")):
        raise SystemExit("groff is not installed: apt-get install -y groff ghostscript")
    source = target.with_suffix(".ms")
    source.write_text(ROFF, encoding="utf-8")
    with tempfile.TemporaryDirectory() as work:
        ps = Path(work) / "report.ps"
        with ps.open("wb") as handle:
            subprocess.run(["groff", "-k", "-ms", "-Tps", "-dpaper=a4", "-P-pa4"], input=ROFF.encode("utf-8"),
                           stdout=handle, check=True, timeout=120)
        subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", str(ps), str(target)], check=True, timeout=120)
    return target


def build_libreoffice(target: Path) -> Path:
    source = target.with_suffix(".html")
    source.write_text(LISTS_HTML, encoding="utf-8")
    return to_pdf(source, target, infilter="HTML (StarWriter)")


def build(target_dir: Path = FIXTURES) -> list[Path]:
    target_dir.mkdir(parents=True, exist_ok=True)
    return [print_html(HEADER, target_dir, "kopregels", header_footer=False),
            build_libreoffice(target_dir / "opsomming-libreoffice.pdf"),
            build_groff(target_dir / "opsomming-groff.pdf"),
            print_html(SHEET, target_dir, "kleine-rijen", header_footer=False),
            print_html(FORM, target_dir, "formulier", header_footer=False)]


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES):
        print(path)
