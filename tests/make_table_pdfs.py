"""Build the LibreOffice PDF with tables of figures that tests/test_tables_pdf.py reads.

Run `python tests/make_table_pdfs.py` to (re)write tests/fixtures/tables/kerncijfers-libreoffice-2023.pdf (and
the flat ODT it is made from, kept beside it). The report is made up for the test, in a wording of its own: a
key-figure table with the years as columns (borderless, numbers right-aligned, a caption "(in duizend euro)"
over it) and a balance sheet with "Boekjaar" and "Vorig boekjaar" columns whose items are indented under
their group. Apt packages: libreoffice-writer-nogui fonts-crosextra-carlito.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from libreoffice import FODT_OPEN, to_pdf  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "tables"
NAME = "kerncijfers-libreoffice-2023"

HEAD = FODT_OPEN + """<office:font-face-decls>
 <style:font-face style:name="Carlito" svg:font-family="Carlito" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:text-properties style:font-name="Carlito" fo:font-size="11pt" fo:language="nl" fo:country="NL"/>
 </style:default-style>
 <style:style style:name="Body" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.2cm"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Left" style:family="paragraph"/>
 <style:style style:name="Indent" style:family="paragraph">
  <style:paragraph-properties fo:margin-left="0.6cm"/>
 </style:style>
 <style:style style:name="Right" style:family="paragraph">
  <style:paragraph-properties fo:text-align="end"/>
 </style:style>
 <style:style style:name="RightBold" style:family="paragraph" style:parent-style-name="Right">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="LeftBold" style:family="paragraph">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm"
   fo:margin-bottom="2cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>
 </style:page-layout>
 <style:style style:name="Tbl" style:family="table">
  <style:table-properties style:width="14cm" table:align="left"/>
 </style:style>
 <style:style style:name="Tbl.A" style:family="table-column">
  <style:table-column-properties style:column-width="8cm"/>
 </style:style>
 <style:style style:name="Tbl.B" style:family="table-column">
  <style:table-column-properties style:column-width="3cm"/>
 </style:style>
 <style:style style:name="Tbl.A1" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.06cm" fo:border="none"/>
 </style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
</office:master-styles>
<office:body><office:text>
"""
TAIL = "</office:text></office:body></office:document>\n"

# (label, indented, values), values None: a group's row without figures
KEY_FIGURES = [("", False, ("2021", "2022", "2023")),
               ("Omzet", False, ("1.812", "2.047", "2.390")),
               ("Loonkosten", False, ("944", "1.020", "1.131")),
               ("Aantal werknemers", False, ("21", "24", "27"))]
BALANCE = [("", False, ("Boekjaar", "Vorig boekjaar")),
           ("Vaste activa", False, None),
           ("Gebouwen", True, ("815.400", "842.100")),
           ("Installaties", True, ("126.250", "131.900")),
           ("Totaal vaste activa", False, ("941.650", "974.000")),
           ("Vlottende activa", False, None),
           ("Voorraden", True, ("18.300", "16.750")),
           ("Liquide middelen", True, ("240.120", "198.640")),
           ("Totaal vlottende activa", False, ("258.420", "215.390"))]


def _p(style: str, text: str) -> str:
    return f'<text:p text:style-name="{style}">{html.escape(text)}</text:p>'


def _table(rows: list[tuple[str, bool, tuple[str, ...] | None]], columns: int) -> str:
    out = ['<table:table table:name="T" table:style-name="Tbl">',
           '<table:table-column table:style-name="Tbl.A"/>',
           f'<table:table-column table:style-name="Tbl.B" table:number-columns-repeated="{columns}"/>']
    for index, (label, indented, values) in enumerate(rows):
        header = index == 0
        cells = [_p("LeftBold" if header or values is None else ("Indent" if indented else "Left"), label)]
        cells += [_p("RightBold" if header else "Right", v) for v in (values or ("",) * columns)]
        out.append("<table:table-row>" + "".join(
            f'<table:table-cell table:style-name="Tbl.A1" office:value-type="string">{c}</table:table-cell>'
            for c in cells) + "</table:table-row>")
    out.append("</table:table>")
    return "\n".join(out)


def source() -> str:
    parts = [HEAD,
             _p("Heading", "Jaarverslag 2023 van Energiecoöperatie Hageland cv"),
             _p("Body", "Dit verslag gaat over het boekjaar 2023. De coöperatie groeide verder, zoals de cijfers "
                        "hieronder tonen."),
             _p("Heading", "Kerncijfers"),
             _p("Body", "(in duizend euro)"),
             _table(KEY_FIGURES, 3),
             _p("Body", "De loonkosten volgen de groei van het aantal werknemers."),
             _p("Heading", "Balans"),
             _p("Body", "Bedragen in euro."),
             _table(BALANCE, 2),
             _p("Body", "De liquide middelen namen toe door de verkoop van stroom aan de leden."),
             TAIL]
    return "\n".join(parts)


def build(target_dir: Path = FIXTURES) -> Path:
    fodt = target_dir / f"{NAME}.fodt"
    fodt.write_text(source(), encoding="utf-8")
    return to_pdf(fodt, target_dir / f"{NAME}.pdf")


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES))
