"""Build the LibreOffice PDF of a report of split fiscal years that tests/test_periods_split.py reads.

Run `python tests/make_period_pdfs.py` to (re)write tests/fixtures/periods/warmtenet-libreoffice-2022-2023.pdf
(and the flat ODT it is made from, kept beside it). The report is made up for the test: a fiscal year from
1 July to 30 June, key figures in two columns headed by fiscal years ("2021-2022", "2022-2023") and a balance
sheet in two dated columns ("30/06/2023", "30/06/2022"), borderless, numbers right-aligned, as
tests/make_table_pdfs.py sets them. Apt packages: libreoffice-writer-nogui fonts-crosextra-carlito.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from make_table_pdfs import HEAD, TAIL, _p, _table

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "periods"
NAME = "warmtenet-libreoffice-2022-2023"

KEY_FIGURES = [("", False, ("2021-2022", "2022-2023")),
               ("Geleverde warmte (MWh)", False, ("18.050", "18.300")),
               ("Aangesloten woningen", False, ("1.156", "1.240")),
               ("Vennoten", False, ("640", "702"))]
BALANCE = [("", False, ("30/06/2023", "30/06/2022")),
           ("Vaste activa", False, ("11.870.400", "11.402.600")),
           ("Vlottende activa", False, ("459.600", "1.026.400")),
           ("Eigen vermogen", False, ("3.410.000", "3.324.000")),
           ("Schulden", False, ("8.920.000", "9.105.000"))]


def source() -> str:
    parts = [HEAD,
             _p("Heading", "Jaarverslag boekjaar 2022-2023 van Warmtenet De Linde cv"),
             _p("Body", "Het boekjaar liep van 1 juli 2022 tot 30 juni 2023. Het net groeide verder, zoals de "
                        "cijfers hieronder tonen."),
             _p("Heading", "Kerncijfers"),
             _table(KEY_FIGURES, 2),
             _p("Body", "De levering steeg minder dan het aantal aansluitingen door een zachte winter."),
             _p("Heading", "Balans"),
             _p("Body", "Bedragen in euro."),
             _table(BALANCE, 2),
             _p("Body", "De vlottende activa daalden door de afbetaling van de lening voor de nieuwe leidingen."),
             TAIL]
    return "\n".join(parts)


def build(target_dir: Path = FIXTURES) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice is not installed: apt-get install -y libreoffice-writer-nogui "
                         "fonts-crosextra-carlito")
    fodt = target_dir / f"{NAME}.fodt"
    fodt.write_text(source(), encoding="utf-8")
    with tempfile.TemporaryDirectory() as work:
        subprocess.run([soffice, f"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", work, str(fodt)], check=True, capture_output=True, timeout=180)
        target = target_dir / f"{NAME}.pdf"
        shutil.copyfile(Path(work) / f"{NAME}.pdf", target)
    return target


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES))
