"""Build PDFs of both corpus reports with real producers, for tests/test_pdf_producers.py.

Run `python tests/make_producer_pdfs.py [PRODUCER...]` to (re)write tests/fixtures/pdf/producers/. The script
writes a source document of each corpus report (the same elements as tests/make_pdfs.py reads from corpus/)
and has the producer convert it; each producer is skipped with a message when it is not installed.

- `libreoffice`: a flat ODT (.fodt), Carlito 10.5 pt, justified, Dutch hyphenation (hyphen-nl), the nine
  conditions as a borderless table whose cells are 0.1 cm apart on each side (a narrow gutter), a running
  footer with the page number. Carlito sets "ti", "tt", "ft", "tti" as ligature glyphs.
- `libreoffice-sections`: Liberation Serif, the part after the nine conditions set in a two-column section
  under its heading, the table with a repeated header row.
- `chromium`: HTML printed to PDF by headless Chromium: soft hyphens (&shy;, from pyphen) in every long word,
  the table with a `<thead>` that Chromium repeats on each page, superscripts.
- `weasyprint`: the same HTML with a ruled table (every cell boxed), hyphens: auto.
- `groff`: ms macros with a tbl table, through groff -Tps and Ghostscript's ps2pdf.

Apt packages: libreoffice-writer-nogui hyphen-nl fonts-crosextra-carlito fonts-liberation chromium groff
ghostscript; pip: weasyprint.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Callable

import pyphen

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_pdfs  # noqa: E402
from make_pdfs import Element  # noqa: E402
from libreoffice import FODT_OPEN, soffice, to_pdf  # noqa: E402

PRODUCED = make_pdfs.FIXTURES / "producers"
YEARS = {2021: make_pdfs.elements_2021, 2024: make_pdfs.elements_2024}
FOOTER = "SmartCoop erkende CVSO | Bijzonder verslag"
HEADER = ("Voorwaarde (art. 8:5 WVV)", "In de statuten")
SUP = re.compile(r"(?<=\d m)2\b|(?<=\d\u202fm)2\b")  # "m2" after a figure: set as a superscript "m²"


def elements(year: int) -> list[Element]:
    return YEARS[year]()


def _soft_hyphens(text: str, dic: pyphen.Pyphen) -> str:
    return re.sub(r"\w{7,}", lambda m: dic.inserted(m.group(0), hyphen="\u00ad"), text)


# ---------------------------------------------------------------------------------------------- LibreOffice

_FODT_HEAD = FODT_OPEN + """<office:font-face-decls>
 <style:font-face style:name="{font}" svg:font-family="{font}" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="{font}" fo:font-size="{size}pt" fo:language="nl" fo:country="NL"
   fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="3"/>
 </style:default-style>
 <style:style style:name="Body" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:margin-top="0cm" fo:margin-bottom="0.2cm"/>
 </style:style>
 <style:style style:name="Item" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.4cm"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph">
  <style:paragraph-properties fo:text-align="start"/>
  <style:text-properties fo:font-size="{cell}pt"/>
 </style:style>
 <style:style style:name="CellHead" style:family="paragraph" style:parent-style-name="Cell">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading">
  <style:text-properties fo:font-size="18pt"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph">
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm"
   fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/>
  </style:footer-style>
 </style:page-layout>
 <style:style style:name="Tbl" style:family="table">
  <style:table-properties style:width="17cm" table:align="margins" fo:margin-top="0.1cm"
   fo:margin-bottom="0.3cm"/>
 </style:style>
 <style:style style:name="Tbl.A" style:family="table-column">
  <style:table-column-properties style:column-width="8.5cm"/>
 </style:style>
 <style:style style:name="Tbl.A1" style:family="table-cell">
  <style:table-cell-properties fo:padding-top="0.05cm" fo:padding-bottom="0.15cm" fo:padding-left="0.1cm"
   fo:padding-right="0.1cm" fo:border="none"/>
 </style:style>
 <style:style style:name="Sup" style:family="text">
  <style:text-properties style:text-position="super 58%"/>
 </style:style>
 <style:style style:name="Sect" style:family="section">
  <style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.7cm"/></style:section-properties>
 </style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:footer><text:p text:style-name="Footer">{footer} — <text:page-number text:select-page="current"/></text:p>
  </style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
"""


def _odt_inline(text: str) -> str:
    escaped = html.escape(text, quote=False)
    return SUP.sub('<text:span text:style-name="Sup">2</text:span>', escaped)


def fodt(items: list[Element], *, font: str, header_row: bool, section_after_table: bool) -> str:
    out = [_FODT_HEAD.format(font=font, size=10.5 if font == "Carlito" else 10, cell=9.5, footer=FOOTER)]
    in_section = False
    for element in items:
        if element.kind in ("title", "heading"):
            style = "Title" if element.kind == "title" else "Heading"
            out.append(f'<text:p text:style-name="{style}">{_odt_inline(element.text)}</text:p>')
        elif element.kind == "para":
            out.append(f'<text:p text:style-name="Body">{_odt_inline(element.text)}</text:p>')
        elif element.kind == "item":
            out.append(f'<text:p text:style-name="Item">—\u2002{_odt_inline(element.text)}</text:p>')
        elif element.kind == "table":
            out.append('<table:table table:name="Voorwaarden" table:style-name="Tbl">'
                       '<table:table-column table:style-name="Tbl.A" table:number-columns-repeated="2"/>')
            if header_row:
                out.append("<table:table-header-rows><table:table-row>" + "".join(
                    f'<table:table-cell table:style-name="Tbl.A1" office:value-type="string">'
                    f'<text:p text:style-name="CellHead">{html.escape(cell)}</text:p></table:table-cell>'
                    for cell in HEADER) + "</table:table-row></table:table-header-rows>")
            for row in element.rows or []:
                out.append("<table:table-row>" + "".join(
                    f'<table:table-cell table:style-name="Tbl.A1" office:value-type="string">'
                    f'<text:p text:style-name="Cell">{_odt_inline(cell)}</text:p></table:table-cell>'
                    for cell in row) + "</table:table-row>")
            out.append("</table:table>")
            if section_after_table:
                out.append('<text:section text:style-name="Sect" text:name="Kolommen">')
                in_section = True
    if in_section:
        out.append("</text:section>")
    out.append("</office:text></office:body></office:document>\n")
    return "\n".join(out)


def _libreoffice(source: str, target: Path) -> None:
    with tempfile.TemporaryDirectory() as work:
        fodt_path = Path(work) / (target.stem + ".fodt")
        fodt_path.write_text(source, encoding="utf-8")
        to_pdf(fodt_path, target, timeout=300)


def build_libreoffice(year: int, target: Path) -> Path:
    _libreoffice(fodt(elements(year), font="Carlito", header_row=False, section_after_table=False), target)
    return target


def build_libreoffice_sections(year: int, target: Path) -> Path:
    _libreoffice(fodt(elements(year), font="Liberation Serif", header_row=True, section_after_table=True),
                 target)
    return target


def build_long_libreoffice(target: Path, copies: int = 9) -> Path:
    """A LibreOffice PDF of over 50 pages (the 2024 report `copies` times), for the benchmark."""
    _libreoffice(fodt(elements(2024) * copies, font="Carlito", header_row=False, section_after_table=False),
                 target)
    return target


# ---------------------------------------------------------------------------------------------- HTML

_CSS = """
@page { size: A4; margin: 20mm 20mm 18mm 20mm; }
body { font-family: %(font)s; font-size: 10pt; line-height: 1.35; text-align: justify; %(hyphens)s }
h1 { font-size: 18pt; } h2 { font-size: 12.5pt; margin: 12pt 0 4pt; break-after: avoid; }
p { margin: 0 0 6pt; } ul { margin: 0 0 6pt; padding-left: 14pt; } li { margin-bottom: 4pt; }
table { width: 100%%; border-collapse: collapse; font-size: 9pt; margin: 4pt 0 10pt; text-align: left; }
td, th { width: 50%%; vertical-align: top; padding: 2pt 4pt 5pt 4pt; %(cells)s }
th { text-align: left; }
"""


def page_html(items: list[Element], *, font: str, ruled: bool, soft_hyphens: bool) -> str:
    dic = pyphen.Pyphen(lang="nl_NL")

    def inline(text: str) -> str:
        if soft_hyphens:
            text = _soft_hyphens(text, dic)
        return SUP.sub("<sup>2</sup>", html.escape(text, quote=False))

    css = _CSS % {"font": font, "hyphens": "" if soft_hyphens else "hyphens: auto;",
                  "cells": "border: 0.6pt solid #444;" if ruled else ""}
    out = [f'<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><style>{css}</style></head><body>']
    items_open = False
    for element in items:
        if element.kind != "item" and items_open:
            out.append("</ul>")
            items_open = False
        if element.kind == "title":
            out.append(f"<h1>{inline(element.text)}</h1>")
        elif element.kind == "heading":
            out.append(f"<h2>{inline(element.text)}</h2>")
        elif element.kind == "para":
            out.append(f"<p>{inline(element.text)}</p>")
        elif element.kind == "item":
            if not items_open:
                out.append("<ul>")
                items_open = True
            out.append(f"<li>{inline(element.text)}</li>")
        elif element.kind == "table":
            out.append("<table><thead><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in HEADER)
                       + "</tr></thead><tbody>")
            for row in element.rows or []:
                out.append("<tr>" + "".join(f"<td>{inline(cell)}</td>" for cell in row) + "</tr>")
            out.append("</tbody></table>")
    if items_open:
        out.append("</ul>")
    out.append("</body></html>\n")
    return "\n".join(out)


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def build_chromium(year: int, target: Path) -> Path:
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "report.html"
        source.write_text(page_html(elements(year), font="'Liberation Sans', sans-serif", ruled=False,
                                    soft_hyphens=True), encoding="utf-8")
        subprocess.run([_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={work}/profile", f"--print-to-pdf={target}", source.as_uri()],
                       check=True, capture_output=True, timeout=300)
    return target


def _weasyprint() -> bool:
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):
        return False
    return True


def build_weasyprint(year: int, target: Path) -> Path:
    import weasyprint

    source = page_html(elements(year), font="'Carlito', sans-serif", ruled=True, soft_hyphens=False)
    weasyprint.HTML(string=source).write_pdf(target)
    return target


# ---------------------------------------------------------------------------------------------- groff

def _roff(text: str) -> str:
    text = text.replace("\\", "\\e").replace("\u202f", "\\~").replace("\u00a0", "\\~")
    text = SUP.sub("\\\\u2\\\\d", text).replace("'", "\\(aq")  # no typographic quote for "'"
    return re.sub(r"^([.'])", r"\\&\1", text)


def roff(items: list[Element]) -> str:
    out = [".nr PS 10", ".nr VS 12.5", ".nr PO 2c", ".nr LL 17c", ".nr HM 2c", ".nr FM 2c",
           f".ds CF {FOOTER} \\(em %", ".ds CH", ".hy 4", ".ad b"]
    for element in items:
        if element.kind in ("title", "heading"):
            out += [".SH", _roff(element.text)]
        elif element.kind == "para":
            out += [".LP", _roff(element.text)]
        elif element.kind == "item":
            out += [".IP \\(em 2m", _roff(element.text)]
        elif element.kind == "table":
            out += [".TS", "tab(|);", "lw(8c) lw(8c)."]
            for left, right in element.rows or []:
                out.append(f"T{{\n.ps 9\n{_roff(left)}\nT}}|T{{\n.ps 9\n{_roff(right)}\nT}}")
            out.append(".TE")
    return "\n".join(out) + "\n"


def build_groff(year: int, target: Path) -> Path:
    with tempfile.TemporaryDirectory() as work:
        ps = Path(work) / "report.ps"
        with ps.open("wb") as handle:
            subprocess.run(["groff", "-k", "-t", "-ms", "-Tps", "-dpaper=a4", "-P-pa4"],
                           input=roff(elements(year)).encode("utf-8"), stdout=handle, check=True, timeout=120)
        subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", str(ps), str(target)], check=True, timeout=120)
    return target


# ---------------------------------------------------------------------------------------------- all

PRODUCERS: dict[str, tuple[Callable[[int, Path], Path], Callable[[], object]]] = {
    "libreoffice": (build_libreoffice, soffice),
    "libreoffice-sections": (build_libreoffice_sections, soffice),
    "chromium": (build_chromium, _chromium),
    "weasyprint": (build_weasyprint, _weasyprint),
    "groff": (build_groff, lambda: shutil.which("groff") and shutil.which("ps2pdf")),
}


def fixture(producer: str, year: int) -> Path:
    return PRODUCED / f"{producer}-{year}.pdf"


def available(producer: str) -> bool:
    return bool(PRODUCERS[producer][1]())


def build(producer: str, year: int, target: Path | None = None) -> Path:
    target = target or fixture(producer, year)
    target.parent.mkdir(parents=True, exist_ok=True)
    return PRODUCERS[producer][0](year, target)


if __name__ == "__main__":
    for name in sys.argv[1:] or list(PRODUCERS):
        if not available(name):
            print(f"{name}: not installed, skipped")
            continue
        for year in YEARS:
            written = build(name, year)
            print(f"{written}: {written.stat().st_size // 1024} KB")
