"""Build the Chromium PDFs whose key figures are "cards", for tests/test_tables_card_grid.py.

Run `python tests/make_card_grid_pdfs.py` to (re)write tests/fixtures/tables/kaarten-*.pdf (and the HTML each is
printed from, kept beside it). The reports are made up for the test, each of another cooperative in a wording of
its own, as a web page shows its key figures: a CSS grid of boxes, each a big number with its label under it or
over it, sometimes a small line of last year's figure ("vorig jaar: 41", "2022: 3.100", "(2022: 298)", "vorig jaar
95 %") and sometimes a unit line ("in euro") over the number, centred or not; and a grid of the same cards whose "numbers" are no figures (a phone number, an
enterprise number, a bank account). Headless Chromium prints them (apt package: chromium; fonts-liberation).
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_chromium_table_pdf import FIXTURES, print_html  # noqa: E402

STYLE = """body{font-family:"Liberation Sans",sans-serif;font-size:10.5pt;margin:1.8cm}
.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:14pt;margin:12pt 0}
.card{border:1px solid #bbb;border-radius:6pt;padding:10pt;background:#f6f8f6}
.big{font-size:24pt;font-weight:bold;color:#164} .lbl{font-size:10pt} .small{font-size:8pt;color:#666}"""

# (unit line or "", big number, label, small line of last year or "") — the label under the number
FIETS = [("", "1.284", "leden", "vorig jaar: 1.102"),
         ("in euro", "86.450", "omzet uit verhuur", "vorig jaar: 71.900"),
         ("", "41", "deelfietsen in de vloot", "vorig jaar: 35"),
         ("", "23.560", "ritten", "vorig jaar: 19.870"),
         ("in km", "118.400", "afgelegde afstand", ""),
         ("", "6", "vrijwillige herstellers", "")]
# (label, unit line or "", big number, small line) — the label over the number
ZORG = [("Bezoekers", "", "3.480", "2022: 3.100"), ("Zorgdagen", "", "1.920", "2022: 1.875"),
        ("Subsidies", "", "€ 48.200", "2022: € 44.900"), ("Zorgboeren", "", "14", "2022: 12"),
        ("Bezettingsgraad", "", "87 %", "2022: 81 %"), ("Nieuwe deelnemers", "", "22", ""),
        ("Omzet hoevewinkel", "in duizend euro", "412", "2022: 388")]
CONTACT = [("Telefoon", "09 223 45 67"), ("Ondernemingsnummer", "0456.789.123"),
           ("Rekeningnummer", "BE12 3456 7890 1234")]


def _div(css: str, text: str) -> str:
    return f'<div class="{css}">{html.escape(text)}</div>' if text else ""


def fiets() -> str:
    cards = "".join(f'<div class="card">{_div("small", unit)}{_div("big", big)}{_div("lbl", label)}'
                    f'{_div("small", before)}</div>' for unit, big, label, before in FIETS)
    return f"""<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>{STYLE}</style></head><body>
<h1>Fietsdelers Waasland cv</h1>
<p>Bijzonder verslag van het bestuursorgaan over het boekjaar 2023, voorgelegd aan de algemene vergadering.</p>
<h2>Ons jaar in cijfers</h2>
<div class="grid">{cards}</div>
<p>De vloot groeide met zes fietsen. Het bestuur dankt alle vrijwilligers voor hun inzet.</p>
</body></html>
"""


def zorg() -> str:
    cards = "".join(f'<div class="card">{_div("lbl", label)}{_div("small", unit)}{_div("big", big)}'
                    f'{_div("small", before)}</div>' for label, unit, big, before in ZORG)
    contact = "".join(f'<div class="card">{_div("lbl", label)}{_div("big", value)}</div>' for label, value in CONTACT)
    return f"""<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>{STYLE}</style></head><body>
<h1>Zorgboerderij De Vlier cv</h1>
<p>Bijzonder verslag over 2023 aan de algemene vergadering van de coöperatie.</p>
<h2>Kerncijfers</h2>
<div class="grid">{cards}</div>
<p>Het aantal zorgdagen steeg licht. Wij verwelkomden nieuwe gezinnen op de boerderij.</p>
<h2>Contact</h2>
<div class="grid">{contact}</div>
</body></html>
"""


# (big number, label, small line) — four cards a row, centred; last year's line in brackets or without a colon, a
# big number that wraps its scale word onto a line of its own
WOONCO = [("312", "woningen", "(2022: 298)"), ("€ 1,2 miljoen", "huurinkomsten", "(2022: € 1,1 miljoen)"),
          ("97 %", "bezetting", "vorig jaar 95 %"), ("18", "medewerkers", "(vorig jaar: 17)")]
CENTRED = STYLE + """ .grid4{display:grid;grid-template-columns:repeat(4,1fr);gap:10pt} .grid4 .card{text-align:center}"""


def woonco() -> str:
    cards = "".join(f'<div class="card">{_div("big", big)}{_div("lbl", label)}{_div("small", before)}</div>'
                    for big, label, before in WOONCO)
    return f"""<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>{CENTRED}</style></head><body>
<h1>Woonco cv</h1>
<p>Bijzonder verslag over 2023.</p>
<h2>In cijfers</h2>
<div class="grid4">{cards}</div>
<p>Het bestuur dankt iedereen.</p>
</body></html>
"""


PAGES = {"kaarten-fietsdelers-2023": fiets, "kaarten-zorgboerderij-2023": zorg, "kaarten-woonco-2023": woonco}


def build(target_dir: Path = FIXTURES) -> list[Path]:
    return [print_html(page(), target_dir, name, header_footer=False) for name, page in PAGES.items()]


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES):
        print(path)
