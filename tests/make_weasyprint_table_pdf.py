"""Build the WeasyPrint PDF with tables of figures that tests/test_tables_chromium_pdf.py also reads.

Run `python tests/make_weasyprint_table_pdf.py` (in an environment with WeasyPrint: `pip install weasyprint`; it
is no dependency of the project) to (re)write tests/fixtures/tables/kerncijfers-weasyprint-2023.pdf from the same
report as the Chromium fixture (tests/make_chromium_table_pdf.py), every table cell ruled, as WeasyPrint users
often set them.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_chromium_table_pdf  # noqa: E402

FIXTURES = make_chromium_table_pdf.FIXTURES
NAME = "kerncijfers-weasyprint-2023"
RULED = "td,th{border:1px solid #444}"


def build(target_dir: Path = FIXTURES) -> Path:
    try:
        import weasyprint
    except ImportError:
        raise SystemExit("WeasyPrint is not installed: pip install weasyprint") from None
    page = make_chromium_table_pdf.source().replace("</style>", RULED + "</style>")
    target = target_dir / f"{NAME}.pdf"
    weasyprint.HTML(string=page).write_pdf(target)
    return target


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES))
