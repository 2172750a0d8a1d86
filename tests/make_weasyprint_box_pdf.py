"""Build the WeasyPrint PDF of a made-up tool library's report read by tests/test_tables_weasyprint_box.py.

Run `python tests/make_weasyprint_box_pdf.py` (in an environment with WeasyPrint 70: `pip install weasyprint`; it is
no dependency of the project) to (re)write tests/fixtures/tables/uitleen-weasyprint-2026.pdf (A4, DejaVu Sans
9.5 pt): page 1 full of two-column prose (CSS `columns: 2`), then a bordered box of key figures built from divs,
not a table ("Kerncijfers (x € 1.000)", a header row of two years over the value spans, an empty span over the
labels, a negative in parentheses), which does not fit on page 1 and opens page 2; right under it a results table
"(in euro)" with sub-rows indented by padding and negatives in parentheses, then two-column prose again. The
report is made up for the tests, in a wording of its own.
"""

from __future__ import annotations

import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "tables"
NAME = "uitleen-weasyprint-2026"
SECTIONS = 5  # sections of two-column prose that fill page 1 with DejaVu Sans 9.5 pt, so the box opens page 2

STYLE = """@page { size: A4; margin: 2cm }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt }
.cols { columns: 2; column-gap: 0.9cm }
.box { border: 1.5pt solid #333; padding: 6pt 10pt; width: 62%; break-inside: avoid; margin: 8pt 0 }
.t { font-weight: bold; margin-bottom: 4pt }
.r { display: flex }
.r.h { font-weight: bold; border-bottom: 1pt solid #333 }
.l { width: 58% }
.v { width: 21%; text-align: right }
table { border-collapse: collapse } td, th { padding: 2pt 6pt } td.n { text-align: right }
td.sub { padding-left: 18pt }"""
PARAGRAPH = ("<p>De werkplaats draaide het hele jaar met vrijwilligers die elke week toestellen nakeken, herstelden "
             "en klaarzetten voor de leden. Wie een toestel leende, kreeg uitleg bij de balie en een korte "
             "handleiding mee. Het bestuur vergaderde geregeld over de werking, de prijzen en de uitbreiding van "
             "het aanbod.</p>")
BOX = [("", "2026", "2025"), ("Giften", "81,4", "77,9"), ("Lidgelden", "42,6", "40,1"),
       ("Huur van toestellen", "118,3", "104,7"), ("Resultaat", "(4,2)", "3,1"), ("Eigen vermogen", "212,0", "216,2")]
RESULTS = [("", "2026", "2025"), ("Opbrengsten", "242.300", "222.700"), ("  giften", "81.400", "77.900"),
           ("  lidgelden", "42.600", "40.100"), ("  huur van toestellen", "118.300", "104.700"),
           ("Kosten", "(246.500)", "(219.600)"), ("Resultaat", "(4.200)", "3.100")]


def source() -> str:
    prose = "".join(f"<h2>Deel {k}</h2>" + PARAGRAPH * 2 for k in range(1, SECTIONS + 1))
    box = "".join(f'<div class="r{" h" if k == 0 else ""}"><span class="l">{label}</span><span class="v">{a}</span>'
                  f'<span class="v">{b}</span></div>\n' for k, (label, a, b) in enumerate(BOX))
    head = "".join(f"<th>{text}</th>" for text in RESULTS[0])
    sub = ' class="sub"'
    rows = "".join(f'<tr><td{sub if label.startswith(" ") else ""}>{label.strip()}</td>'
                   f'<td class="n">{a}</td><td class="n">{b}</td></tr>\n' for label, a, b in RESULTS[1:])
    return (f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><style>{STYLE}</style></head><body>\n'
            "<h1>Jaarverslag 2026 van Dingenbieb De Uitleen cv</h1>\n"
            "<p>Het verslag over het boekjaar 2026, voorgelegd aan de algemene vergadering.</p>\n"
            "<p>Dingenbieb De Uitleen cv, Kerkstraat 4, 9000 Gent</p>\n"
            f'<div class="cols">{prose}</div>\n'
            f'<div class="box">\n<div class="t">Kerncijfers (x € 1.000)</div>\n{box}</div>\n'
            f"<table>\n<caption>Resultatenrekening (in euro)</caption>\n<tr>{head}</tr>\n{rows}</table>\n"
            f'<div class="cols">{PARAGRAPH * 3}</div>\n</body></html>\n')


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
