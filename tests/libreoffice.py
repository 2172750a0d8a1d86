"""What the scripts that make PDF fixtures with LibreOffice share (make_table_pdfs.py, make_word_table_pdfs.py,
make_producer_pdfs.py): the opening of a flat OpenDocument text (.fodt) with its namespaces, and the one
conversion to PDF, headless, with a profile of its own (a user's open LibreOffice does not hold it up)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

MISSING = ("LibreOffice is not installed: apt-get install -y libreoffice-writer-nogui "
           "fonts-crosextra-carlito")

# the opening of a flat ODT, up to its fonts: a script adds its fonts, styles and body
FODT_OPEN = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
"""


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(source: Path, target: Path, timeout: int = 180, infilter: str | None = None) -> Path:
    """`source` (.fodt, .docx…) converted to the PDF `target`; exits with the apt line when LibreOffice is
    missing. `infilter` names the import filter ("HTML (StarWriter)": an HTML page read as a Writer document, not
    as a web page)."""
    program = soffice()
    if program is None:
        raise SystemExit(MISSING)
    with tempfile.TemporaryDirectory() as work:
        subprocess.run([program, f"-env:UserInstallation=file://{work}/profile", "--headless"]
                       + ([f"--infilter={infilter}"] if infilter else []) + ["--convert-to", "pdf",
                       "--outdir", work, str(source)], check=True, capture_output=True, timeout=timeout)
        shutil.copyfile(Path(work) / f"{source.stem}.pdf", target)
    return target
