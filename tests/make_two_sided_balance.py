"""Build the two-sided balance sheets read by tests/test_tables_two_sided_total.py (issue 19, SHAPES-REAL2 T4): the
assets on the left, the liabilities on the right of one table, the right side shorter, so that its closing total
"Totaal passiva" stands at the foot across from "Totaal activa", with empty cells over it.

Run `python tests/make_two_sided_balance.py` to (re)write, in tests/fixtures/tables/, fietsherstel-balans-2025.html
and its Chromium PDF. The balance is made up for the tests. Needs Chromium (apt: chromium fonts-liberation).
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_chromium_table_pdf import print_html  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "tables"
NAME = "fietsherstel-balans-2025"

ASSETS = [("Activa", "31-12-2025", "31-12-2024"), ("Vaste activa", "", ""), ("Inventaris", "8.400", "2.100"),
          ("Vervoermiddelen", "21.300", "0"), ("Vlottende activa", "", ""), ("Voorraad onderdelen", "3.950", "1.240"),
          ("Debiteuren", "2.180", "1.020"), ("Liquide middelen", "19.770", "8.917"),
          ("Totaal activa", "55.600", "13.277")]
LIABILITIES = [("Passiva", "31-12-2025", "31-12-2024"), ("Eigen vermogen", "9.385", "8.492"),
               ("Kortlopende schulden", "", ""), ("Crediteuren", "46.215", "4.785"), ("", "", ""), ("", "", ""),
               ("", "", ""), ("", "", ""), ("Totaal passiva", "55.600", "13.277")]


def page() -> str:
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in left) + '<td class="g"></td>'
                   + "".join(f"<td>{html.escape(c)}</td>" for c in right) + "</tr>"
                   for left, right in zip(ASSETS, LIABILITIES))
    return f"""<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>
body{{font-family:"Liberation Sans",sans-serif;font-size:8pt;margin:0.8cm}} td{{padding:1pt 6pt;white-space:nowrap}}
td.g{{width:20pt}}</style></head><body>
<h1>Publicatiebalans 2025</h1>
<p>Stichting Fietsherstel Oostwijk</p>
<table>{rows}</table>
<p>De balans is opgesteld volgens de richtlijnen voor kleine organisaties zonder winststreven en is door het bestuur
vastgesteld.</p>
</body></html>
"""


def build(target_dir: Path = FIXTURES) -> Path:
    return print_html(page(), target_dir, NAME, header_footer=False)


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES))
