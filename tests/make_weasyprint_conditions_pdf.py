"""Build the WeasyPrint PDF of a made-up repair cooperative's special report read by
tests/test_conditions_weasyprint_columns.py.

Run `python tests/make_weasyprint_conditions_pdf.py` (in an environment with WeasyPrint 70: `pip install
weasyprint`; it is no dependency of the project) to (re)write
tests/fixtures/conditions/herstelkot-weasyprint-2025.pdf (A4, DejaVu Sans 9 pt): the whole report set in two text
columns (CSS `columns: 2`), with the table of the nine conditions inside the first column, its two columns
"Voorwaarde" and "Statuten" narrow enough that most cells wrap over two or three lines, the article cells shorter
than the condition cells beside them. The report is made up for the tests, in a wording of its own.
"""

from __future__ import annotations

import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "conditions"
NAME = "herstelkot-weasyprint-2025"

STYLE = """@page { size: A4; margin: 2cm }
body { font-family: 'DejaVu Sans'; font-size: 9pt }
.cols { columns: 2; column-gap: 0.8cm }
table { border-collapse: collapse; width: 100% } td, th { border: 0.5pt solid #555; padding: 2pt 4pt;
vertical-align: top; text-align: left } th { background: #ddd }"""
INTRO = ("<p>Het Herstelkot cv is sinds 2021 erkend als sociale onderneming. Dit bijzonder verslag over het "
         "boekjaar 2025 legt uit hoe de raad van bestuur erop toezag dat de coöperatie aan de voorwaarden van de "
         "erkenning voldeed. Het verslag volgt de volgorde van de wet. Elke voorwaarde staat op een eigen "
         "rij.</p>")
# (condition, article cell)
ROWS = [
    ("Het doel is in hoofdzaak een positieve maatschappelijke impact", "Artikel 3"),
    ("Het voorwerp dient dat doel", "Artikel 4"),
    ("Het dividend blijft beperkt tot de rentevoet van de Koning", "Artikel 33"),
    ("Bij vereffening gaat het saldo naar een gelijkaardig doel", "Artikel 47"),
    ("Wie uittreedt, krijgt ten hoogste de nominale waarde van zijn inbreng terug", "Artikel 12"),
    ("De bestuurders worden niet vergoed", "Artikel 19"),
    ("Geen vennoot stemt met meer dan een tiende van de stemmen", "Artikel 27"),
    ("Eerst wordt een bedrag voor het doel gereserveerd, dan pas het dividend bepaald", "Artikel 34"),
    ("Het bestuur brengt elk jaar bijzonder verslag uit", "Artikel 41"),
]
AFTER = ("<h2>Werking</h2><p>In 2025 herstelden de vrijwilligers 1.240 toestellen, van broodroosters tot "
         "fietsen. Op de zaterdagen kwamen gemiddeld 35 bezoekers langs. De coöperatie telde eind 2025 212 "
         "vennoten.</p><p>De algemene vergadering kwam samen op 14 juni 2025 en keurde de jaarrekening goed. Er "
         "werd geen dividend uitgekeerd.</p>")


def source() -> str:
    rows = "".join(f"<tr><td>{condition}</td><td>{article}</td></tr>\n" for condition, article in ROWS)
    return (f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><style>{STYLE}</style></head><body>\n'
            "<h1>Het Herstelkot cv – bijzonder verslag 2025</h1>\n"
            f'<div class="cols">{INTRO}<h2>De voorwaarden van de erkenning</h2>\n'
            "<p>De tabel zet elke voorwaarde naast het artikel van onze statuten dat ze vastlegt.</p>\n"
            f"<table>\n<tr><th>Voorwaarde</th><th>Statuten</th></tr>\n{rows}</table>\n{AFTER}</div>\n"
            "</body></html>\n")


def build(target_dir: Path = FIXTURES) -> Path:
    try:
        import weasyprint
    except ImportError:
        raise SystemExit("WeasyPrint is not installed: pip install weasyprint") from None
    target = target_dir / f"{NAME}.pdf"
    weasyprint.HTML(string=source()).write_pdf(target)
    return target


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES))
