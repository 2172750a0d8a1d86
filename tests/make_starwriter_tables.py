"""Build the report of a made-up playground cooperative as an HTML page that LibreOffice imports as a Writer
document (`soffice --infilter="HTML (StarWriter)"`), read by tests/test_tables_starwriter.py.

Run `python tests/make_starwriter_tables.py` to (re)write, in tests/fixtures/tables/, speelbos-starwriter-2025.html
and speelbos-starwriter-breuk-2025.html with their PDFs. LibreOffice sets each header cell centred in a cell as wide as its text and the reader joins them with
single spaces; the numbers stand left in their cells whatever the CSS says:
- a header row whose cell over the row labels ("Omschrijving") is joined to the year headers that carry a unit
  ("2025 (aantal)"), beside a change column "Evolutie (%)";
- a header row whose corner ("Kengetal") stands apart from the year headers, which are joined ("2025 (%) 2024 (%)");
- (the "breuk" report) a table that a page break cuts before its last row: the reader gives the corner
  ("Omschrijving") alone before the rows and the header line after them, and the last row alone at the top of the
  next page, a short line of prose under it.
The report is made up for the tests, in a wording of its own. Needs LibreOffice (apt: libreoffice-writer-nogui
fonts-crosextra-carlito).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from libreoffice import to_pdf  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "tables"
NAME = "speelbos-starwriter-2025"
STYLE = ("table{border-collapse:collapse} td,th{border:1px solid #888;padding:2pt 5pt;vertical-align:top} "
         "td.n{text-align:right}")

VISITS = [("Omschrijving", "2025 (aantal)", "2024 (aantal)", "Evolutie (%)"),
          ("Bezoekers", "18.240", "16.910", "+7,9"),
          ("Verjaardagsfeestjes", "212", "198", "+7,1"),
          ("Kampdagen in de zomer", "46", "40", "+15,0")]
RATIOS = [("Kengetal", "2025 (%)", "2024 (%)"),
          ("Bezetting van de kampen", "88,5", "84,0"),
          ("Solvabiliteit", "31,2", "29,8")]


def _table(rows: list[tuple[str, ...]]) -> str:
    head = "".join(f"<th>{text}</th>" for text in rows[0])
    body = "".join("<tr>" + "".join(f'<td class="n">{text}</td>' if c else f"<td>{text}</td>"
                                    for c, text in enumerate(row)) + "</tr>\n" for row in rows[1:])
    return f"<table>\n<tr>{head}</tr>\n{body}</table>\n"


FINANCES = [("Omschrijving", "2025 (EUR)", "2024 (EUR)"), ("Bedrijfsopbrengsten", "412.300", "398.100"),
            ("Personeelskosten", "188.200", "176.900"), ("Werkingskosten", "97.400", "92.800"),
            ("Afschrijvingen", "41.300", "38.700"), ("Resultaat van het boekjaar", "85.400", "89.700")]
PROSE = "<p>Vrijwilligers hielden het speelbos elke week open en herstelden wat stuk was aan de toestellen.</p>\n"
BEFORE_BREAK = 27  # lines of prose (and a small one, 6 pt) that leave the table's last row for page 2 (Carlito 12 pt)


def html_break(target: Path) -> Path:
    text = (f'<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>Jaarverslag 2025</title>'
            f"<style>{STYLE}</style></head><body>\n<h1>Jaarverslag 2025 van Speelbos De Eikel cv</h1>\n"
            + PROSE * BEFORE_BREAK + '<p style="font-size:6pt">Zie de tabel.</p>\n'
            "<p><b>Tabel 1. Financiële gegevens</b></p>\n" + _table(FINANCES) +
            "<p>Zo sloot het jaar af.</p>\n" + PROSE * 3 + "</body></html>\n")
    path = target / f"{NAME}-breuk.html".replace("-2025-breuk", "-breuk-2025")
    path.write_text(text, encoding="utf-8")
    return path


def html(target: Path) -> Path:
    text = (f'<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>Jaarverslag 2025</title>'
            f"<style>{STYLE}</style></head><body>\n<h1>Jaarverslag 2025 van Speelbos De Eikel cv</h1>\n"
            "<p>Speelbos De Eikel cv sloot op 31 december 2025 haar boekjaar 2025 af.</p>\n"
            "<p><b>Tabel 1. Bezoekers en activiteiten</b></p>\n" + _table(VISITS) +
            "<p>De zomer was droog en warm.</p>\n"
            "<p><b>Tabel 2. Kengetallen</b></p>\n" + _table(RATIOS) +
            "<p>Het bestuur dankt alle vrijwilligers.</p>\n</body></html>\n")
    path = target / f"{NAME}.html"
    path.write_text(text, encoding="utf-8")
    return path


def build(target: Path = FIXTURES) -> list[Path]:
    broken = html_break(target)
    return [to_pdf(html(target), target / f"{NAME}.pdf", infilter="HTML (StarWriter)"),
            to_pdf(broken, broken.with_suffix(".pdf"), infilter="HTML (StarWriter)")]


if __name__ == "__main__":
    for made in build(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES):
        print(made)
