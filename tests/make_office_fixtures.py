"""Build the Word and OpenDocument fixtures that tests/test_office.py reads (tests/fixtures/office/).

Run `python tests/make_office_fixtures.py` to (re)write them:
- draft-2024.txt: a draft of SmartCoop's 2024 report as an editor keeps it, one paragraph a line and blank
  lines between them, with a table of key figures (tab-separated); its text is the corpus report's, read into
  paragraphs by our own reader, and the table is added;
- draft-2024.docx: the same draft made with python-docx (headings in "Heading 2", the table a Word table);
- draft-2024.odt: the same draft made by LibreOffice (`soffice --headless --convert-to odt`) from an HTML page
  of it;
- kerncijfers-libreoffice-2023.odt and .docx: tests/fixtures/tables/kerncijfers-libreoffice-2023.fodt saved by
  LibreOffice as ODT and as Word (`--convert-to odt`, `--convert-to docx`): a key-figure table with the years
  as columns and a balance sheet.
Needs python-docx and LibreOffice (apt: libreoffice-writer-nogui); the tests need neither.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "office"
TABLE = [["Kerncijfers", "2024", "2021"],
         ["Personen tewerkgesteld", "20.892", "18.894"],
         ["Vennoten", "34.518", "29.930"]]


def _draft() -> list[tuple[str, object]]:
    """(kind, content) of the draft: ("heading", text), ("paragraph", text), ("table", rows)."""
    sys.path.insert(0, str(ROOT))
    from extractor.document.normalise import normalise
    from extractor.document.readers import read_document
    from extractor.document.tables import find_tables

    document = read_document(ROOT / "corpus" / "smartcoop-bijzonder-verslag-2024.txt")
    parts: list[tuple[str, object]] = [("heading", "SmartCoop erkende CVSO"),
                                       ("paragraph", "Bijzonder verslag betreffende de erkenning als "
                                                     "“sociale onderneming” over het boekjaar 2024")]
    for index, block in enumerate(normalise(document, find_tables(document))):
        parts.append(("heading" if block.kind == "heading" else "paragraph", block.text))
        if index == 3:
            parts.append(("table", TABLE))
    return parts


def _text(parts: list[tuple[str, object]]) -> str:
    lines: list[str] = []
    for kind, content in parts:
        lines.extend(["\t".join(row) for row in content] if kind == "table" else [str(content)])  # type: ignore
        lines.append("")
    return "\n".join(lines)


def _docx(parts: list[tuple[str, object]], path: Path) -> None:
    import docx

    document = docx.Document()
    for kind, content in parts:
        if kind == "heading":
            document.add_heading(str(content), 2)
        elif kind == "paragraph":
            document.add_paragraph(str(content))
        else:
            rows = list(content)  # type: ignore[call-overload]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
    document.save(str(path))


def _html(parts: list[tuple[str, object]]) -> str:
    body = []
    for kind, content in parts:
        if kind == "heading":
            body.append(f"<h2>{html.escape(str(content))}</h2>")
        elif kind == "paragraph":
            body.append(f"<p>{html.escape(str(content))}</p>")
        else:
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in row) + "</tr>"
                           for row in content)  # type: ignore[union-attr]
            body.append(f"<table>{rows}</table>")
    return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"></head><body>" + "".join(body) \
        + "</body></html>"


def _soffice(source: Path, target: str, out: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", str(out), str(source)],
                   check=True, capture_output=True, timeout=180)
    return out / (source.stem + "." + target.split(":")[0])


def main() -> None:
    if shutil.which("soffice") is None:
        sys.exit("soffice (LibreOffice) is needed: apt-get install libreoffice-writer-nogui")
    FIXTURES.mkdir(parents=True, exist_ok=True)
    parts = _draft()
    (FIXTURES / "draft-2024.txt").write_text(_text(parts), encoding="utf-8")
    _docx(parts, FIXTURES / "draft-2024.docx")
    with tempfile.TemporaryDirectory() as work:
        page = Path(work) / "draft-2024.html"
        page.write_text(_html(parts), encoding="utf-8")
        shutil.copy(_soffice(page, "odt:writer8", Path(work)), FIXTURES / "draft-2024.odt")
        flat = ROOT / "tests" / "fixtures" / "tables" / "kerncijfers-libreoffice-2023.fodt"
        for target, suffix in (("odt", "odt"), ("docx:MS Word 2007 XML", "docx")):
            made = _soffice(flat, target, Path(work))
            shutil.copy(made, FIXTURES / f"kerncijfers-libreoffice-2023.{suffix}")
    print(f"written: {', '.join(sorted(p.name for p in FIXTURES.iterdir()))}")


if __name__ == "__main__":
    main()
