"""Build the groff PDFs with tbl tables, for tests/test_tables_groff.py.

Run `python tests/make_groff_tables.py` to (re)write tests/fixtures/tables/groff-*.pdf (and the ms source each is
set from, kept beside it). The reports are made up for the test, each of another cooperative in a wording of its
own, set as `groff -t -ms -Tpdf` sets them: tables centred on the page under section headings in the margin, one
boxed with a rule over its total, one unruled with "Boekjaar / Vorig boekjaar" and an indented sub-row, one with
every cell ruled (allbox) and closing dates over it, the scale in the heading ("Balans (x € 1.000)"); a unit
column, a corner cell with the unit; a table of meeting dates and a line of numbers in prose, which hold no
figures of a table. Apt package: groff (its gropdf).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "tables"

# groff's names for the characters its fonts set beyond ASCII
_GLYPHS = {"ö": r"\[:o]", "ë": r"\[:e]", "é": r"\['e]", "€": r"\[Eu]", "ï": r"\[:i]"}

KORENAAR = r""".TL
Bijzonder verslag over het boekjaar 2024
.AU
Bakkerij De Korenaar cv
.PP
De coöperatie bakt brood voor vier dorpen. Hieronder de kerncijfers van het boekjaar.
.SH
Resultaten (in duizend euro)
.TS
box center tab(;);
l r r.
;2024;2023
_
Omzet;1.412;1.288
Grondstoffen;(512);(486)
Personeelskosten;(604);(571)
_
Bedrijfsresultaat;296;231
.TE
.SH
Personeel
.TS
center tab(;);
l c c
l n n.
;Boekjaar;Vorig boekjaar
Werknemers (aantal);18;16
\0\0waarvan deeltijds;7;6
Opleidingsuren;312;280
.TE
.PP
De raad van bestuur vergaderde zes keer.
.SH
Balans (x € 1.000)
.LP
.TS
allbox center tab(;);
l r r.
;31/12/2024;31/12/2023
Vaste activa;;
\0\0\0Gebouwen;820;845
\0\0\0Ovens en machines;214;198
Vlottende activa;;
\0\0\0Voorraden;36;31
\0\0\0Liquide middelen;152;118
Totaal activa;1.222;1.192
.TE
"""

WATERWEG = r""".TL
Waterweg Energie cv
.PP
Bijzonder verslag van de raad van bestuur over 2023. De coöperatie beheert drie waterkrachtcentrales
aan de Dender en verkoopt de stroom aan haar leden.
.NH
Productie en leden
.LP
.TS
center tab(;);
l l r r.
Kengetal;Eenheid;2023;2022
_
Geproduceerde stroom;MWh;4.120;3.860
Beschikbaarheid centrales;%;96,4;93,1
Leden;aantal;1.904;1.822
.TE
.NH
Verkorte resultatenrekening
.LP
.TS
box center tab(;);
l r r.
Bedragen in euro;2023;2022
_
Verkoop van stroom;512.300;478.900
Subsidies;41.000;39.500
_
Totaal opbrengsten;553.300;518.400
.TE
.NH
Vergaderingen
.LP
.TS
center tab(;);
l l.
Algemene vergadering;14 juni 2023
Raad van bestuur;12 januari, 9 maart en 5 oktober 2023
.TE
.PP
De leden bezaten samen 1.904 aandelen van 250 euro.
"""

KRINGLOOP = r""".LP
Bijzonder verslag over 2023 van Kringloop Noord cv, voorgelegd aan de algemene vergadering.
.SH
Kerncijfers
.LP
.TS
tab(;);
l l l.
;2023;2022
Ingezamelde goederen (ton);1.412;1.288
Verkochte stuks;86.400;79.950
Vrijwilligers;64;58
.TE
.SH
Financieel (in duizend euro)
.LP
.TS
tab(;);
l l l.
;Boekjaar;Vorig boekjaar
Omzet winkels;1.084;996
Loonkosten;(702);(655)
.TE
.LP
De algemene vergadering keurde de rekeningen goed.
"""

REPORTS = {"groff-korenaar-2024": KORENAAR, "groff-waterweg-2023": WATERWEG, "groff-kringloop-2023": KRINGLOOP}


def _escaped(source: str) -> str:
    return "".join(_GLYPHS.get(ch, ch) for ch in source)


def build(target_dir: Path = FIXTURES) -> list[Path]:
    written = []
    for name, source in REPORTS.items():
        ms, pdf = target_dir / f"{name}.ms", target_dir / f"{name}.pdf"
        ms.write_text(_escaped(source), encoding="ascii")
        produced = subprocess.run(["groff", "-t", "-ms", "-Tpdf", str(ms)], check=True, capture_output=True,
                                  timeout=120)
        pdf.write_bytes(produced.stdout)
        written.append(pdf)
    return written


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES):
        print(path)
