"""Build the reports whose tables have the years as rows, set in columns by where they stand (a PDF's table, not
Markdown pipes), read by tests/test_tables_year_rows_pdf.py (issue 19, SHAPES-REAL2 T1).

Run `python tests/make_year_row_tables.py` to (re)write, in tests/fixtures/tables/:
- werkplaats-jaren-als-rijen-2026.html and its Chromium PDF: a multi-year budget "Jaar | Opbrengsten € | Kosten € |
  saldo *" over three year rows, its footnote under it; then a key-figure table with the years as columns;
- sportclub-jaren-als-rijen-2024.html and its LibreOffice PDF (the page opened as a Writer document, HTML
  (StarWriter)): a table "Seizoen | Leden | Wedstrijden | Omzet (k€)" over three season rows, and a table whose rows
  are labelled by words under a line of labels.
The reports are made up for the tests, in a wording of their own. Needs LibreOffice (apt:
libreoffice-writer-nogui fonts-crosextra-carlito) and Chromium (apt: chromium fonts-liberation).
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from libreoffice import to_pdf  # noqa: E402
from make_chromium_table_pdf import print_html  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "tables"
CHROMIUM = "werkplaats-jaren-als-rijen-2026"
CLUB = "sportclub-jaren-als-rijen-2024"

BUDGET = [("Jaar", "Opbrengsten €", "Kosten €", "saldo *"),
          ("2026", "52.400", "49.900", "2.500"),
          ("2027", "55.100", "51.300", "3.800"),
          ("2028", "57.600", "54.200", "3.400")]
KEY_FIGURES = [("", "2025", "2026"), ("Vrijwilligers", "34", "39"), ("Herstelde fietsen", "1.120", "1.260")]

SEASONS = [("Seizoen", "Leden", "Wedstrijden", "Omzet (k€)"),
           ("2021-2022", "276", "35", "88"),
           ("2022-2023", "298", "38", "94"),
           ("2023-2024", "312", "41", "101")]
TEAMS = [("Ploeg", "Spelers", "Trainers"), ("Jeugd", "84", "9"), ("Dames", "31", "3"), ("Heren", "46", "4")]


def _row(cells: tuple[str, ...], kind: str = "td") -> str:
    return "<tr>" + "".join(f"<{kind}>{html.escape(c)}</{kind}>" for c in cells) + "</tr>"


def page() -> str:
    budget = _row(BUDGET[0], "th") + "".join(_row(r) for r in BUDGET[1:])
    figures = _row(KEY_FIGURES[0], "th") + "".join(_row(r) for r in KEY_FIGURES[1:])
    return f"""<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>
body{{font-family:"Liberation Sans",sans-serif;font-size:11pt;margin:2cm}}
table{{border-collapse:collapse;margin:6pt 0}} td,th{{padding:2pt 10pt;text-align:left}}</style></head><body>
<h1>Meerjarenplan 2026 - 2028 van Fietswerkplaats De Spaak cv</h1>
<p>De coöperatie herstelt fietsen met vrijwilligers en leert buurtbewoners hun fiets zelf te onderhouden.</p>
<h2>Begroting</h2>
<table>{budget}</table>
<p>*het saldo gaat naar de reserve voor nieuw gereedschap</p>
<h2>Kerncijfers</h2>
<table>{figures}</table>
<p>Het bestuur legt dit plan voor aan de algemene vergadering.</p>
</body></html>
"""


def club_page() -> str:
    seasons = _row(SEASONS[0], "th") + "".join(_row(r) for r in SEASONS[1:])
    teams = _row(TEAMS[0], "th") + "".join(_row(r) for r in TEAMS[1:])
    return f"""<!doctype html><html lang="nl"><head><meta charset="utf-8"></head><body>
<h1>Bijzonder verslag 2023-2024 van Basketclub De Korf cv</h1>
<p>Het boekjaar van de club loopt van 1 juli tot 30 juni, zoals het seizoen.</p>
<h2>Seizoenen</h2>
<table border="1">{seasons}</table>
<p>De club groeide elk seizoen.</p>
<h2>Ploegen</h2>
<table border="1">{teams}</table>
<p>Alle trainers zijn vrijwilligers.</p>
</body></html>
"""


def build(target_dir: Path = FIXTURES) -> list[Path]:
    return [print_html(page(), target_dir, CHROMIUM, header_footer=False),
            to_pdf(_written(club_page(), target_dir / f"{CLUB}.html"), target_dir / f"{CLUB}.pdf",
                   infilter="HTML (StarWriter)")]


def _written(text: str, path: Path) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES))
