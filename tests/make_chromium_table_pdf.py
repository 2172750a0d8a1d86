"""Build the Chromium PDF with tables of figures that tests/test_tables_chromium_pdf.py reads.

Run `python tests/make_chromium_table_pdf.py` to (re)write tests/fixtures/tables/kerncijfers-chromium-2023.pdf
(and the HTML it is printed from, kept beside it). The report is made up for the test, in a wording of its own:
key figures in boxes side by side, each a big number over its label (one label wraps onto a second line), the
way a web page shows them; a results table with the years as columns under a caption "Bedragen in duizend
euro"; a balance sheet with "Boekjaar" and "Vorig boekjaar" columns, its items indented under their group labels
and a total of the groups. Headless Chromium prints it (apt package: chromium; fonts-liberation).
"""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "tables"
NAME = "kerncijfers-chromium-2023"

STYLE = """body{font-family:"Liberation Sans",sans-serif;font-size:11pt;margin:2cm}
table{border-collapse:collapse} td,th{padding:2pt 10pt} td.n,th.n{text-align:right} td.sub{padding-left:24pt}
.boxes{display:flex;gap:20pt;margin:12pt 0} .box{border:1px solid #888;padding:8pt;width:110pt}
.box .v{font-size:20pt;font-weight:bold}"""

BOXES = [("1.391", "vennoten"), ("2.450 MWh", "geproduceerde stroom"), ("€ 310.000", "investeringen")]
RESULTS = [("Omzet", ("1.812", "2.047", "2.390")), ("Loonkosten", ("944", "1.020", "1.131")),
           ("Aantal werknemers", ("21", "24", "27"))]
# label, indented, (this year, last year) or None for a group label
BALANCE = [("Vaste activa", False, None), ("Gebouwen", True, ("815.400", "842.100")),
           ("Installaties", True, ("126.250", "131.900")), ("Vlottende activa", False, None),
           ("Voorraden", True, ("18.300", "16.750")), ("Liquide middelen", True, ("240.120", "198.640")),
           ("Totaal activa", False, ("1.200.070", "1.189.390"))]


def _cell(text: str, kind: str = "td", css: str = "") -> str:
    return f'<{kind}{f" class={chr(34)}{css}{chr(34)}" if css else ""}>{html.escape(text)}</{kind}>'


def source() -> str:
    boxes = "".join(f'<div class="box"><div class="v">{html.escape(v)}</div><div>{html.escape(label)}</div></div>'
                    for v, label in BOXES)
    results = "".join("<tr>" + _cell(label) + "".join(_cell(v, css="n") for v in values) + "</tr>"
                      for label, values in RESULTS)
    balance = "".join("<tr>" + _cell(label, css="sub" if indented else "")
                      + "".join(_cell(v, css="n") for v in (values or ("", ""))) + "</tr>"
                      for label, indented, values in BALANCE)
    return f"""<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>{STYLE}</style></head><body>
<h1>Jaarverslag 2023 van Zonnekracht Pajottenland cv</h1>
<p>De coöperatie groeide ook dit jaar. Hieronder de kerncijfers.</p>
<h2>Kerncijfers</h2>
<div class="boxes">{boxes}</div>
<h2>Resultaten</h2>
<p>Bedragen in duizend euro</p>
<table><thead><tr><th></th>{"".join(_cell(y, "th", "n") for y in ("2021", "2022", "2023"))}</tr></thead>
<tbody>{results}</tbody></table>
<h2>Balans</h2>
<table><thead><tr><th></th>{_cell("Boekjaar", "th", "n")}{_cell("Vorig boekjaar", "th", "n")}</tr></thead>
<tbody>{balance}</tbody></table>
<p>De algemene vergadering keurde de jaarrekening goed.</p>
</body></html>
"""


def build(target_dir: Path = FIXTURES) -> Path:
    return print_html(source(), target_dir, NAME, header_footer=False)


def print_html(html_source: str, target_dir: Path, name: str, *, header_footer: bool) -> Path:
    """`html_source` kept as NAME.html in `target_dir` and printed beside it as NAME.pdf by headless Chromium;
    with `header_footer`, Chromium's default header and footer (the date and title over the page, the file's
    address and "1/1" under it), printed from a copy in a temporary folder so that the footer shows no path of
    this machine."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if chromium is None:
        raise SystemExit("Chromium is not installed: apt-get install -y chromium fonts-liberation")
    page, target = target_dir / f"{name}.html", target_dir / f"{name}.pdf"
    page.write_text(html_source, encoding="utf-8")
    with tempfile.TemporaryDirectory() as work:
        produced, printed = Path(work) / target.name, Path(work) / page.name
        shutil.copyfile(page, printed)
        options = [] if header_footer else ["--no-pdf-header-footer"]
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", *options,
                        f"--user-data-dir={work}/profile", f"--print-to-pdf={produced}", printed.as_uri()],
                       check=True, capture_output=True, timeout=180)
        shutil.copyfile(produced, target)
    return target


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES))
