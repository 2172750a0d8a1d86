"""Build made-up financial statements in the layouts annual reports print them in, as LibreOffice PDFs of monospace
HTML, read by tests/test_statements_pdf.py (issue 19 Build 1, issue 20; SHAPES-REAL.md L-B1/L-B2/L-B3/L-C1a):

- stmt-trap-2024.pdf: a results statement "(x EUR 1.000)  2024  2023" whose amounts are stair-stepped: each year
  a detail column left of its subtotal column, the year's header over neither exactly;
- stmt-form-2024.pdf: a statement of the Belgian model accounts, "Toel.  Codes  Boekjaar  Vorig boekjaar" over its
  first rows only, its results on the next page with no header of their own; note numbers "6.4", "6.4.1" in the
  "Toel." column, sign marks "(+)/(-)" and rubric codes of one to four digits ("9901", "780", "3", "29/58") in the
  "Codes" column;
- stmt-spread-2024.pdf: an A3 landscape spread of two printed pages (two text frames of a flat OpenDocument
  file), charts on the left page, the stair-stepped statement on the right one;
- stmt-balans-2024.pdf: a two-sided balance sheet on a landscape page, assets left and liabilities right on the
  same text lines, each half under its own header "(x EUR 1.000)  2024  2023".

All names and amounts are made up. Run `python tests/make_statement_pdfs.py` to (re)write them in
tests/fixtures/statements/. Needs LibreOffice (apt: libreoffice-writer-nogui).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from libreoffice import FODT_OPEN, to_pdf  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "statements"

# (label, detail 2024, subtotal 2024, detail 2023, subtotal 2023)
TRAP = [("Netto-omzet", "", "812.400", "", "774.900"),
        ("Inkoopwaarde van de omzet", "", "-603.100", "", "-580.300"),
        ("Brutomarge", "", "209.300", "", "194.600"),
        ("Personeelskosten", "-96.200", "", "-91.800", ""),
        ("Huisvestingskosten", "-31.700", "", "-29.400", ""),
        ("Som der bedrijfskosten", "", "-127.900", "", "-121.200"),
        ("Bedrijfsresultaat", "", "81.400", "", "73.400"),
        ("Rentebaten", "1.200", "", "900", ""),
        ("Rentelasten", "-7.300", "", "-6.600", ""),
        ("Financieel resultaat", "", "-6.100", "", "-5.700"),
        ("Resultaat na belastingen", "", "75.300", "", "67.700")]

# (label, sign marker, note, code, this year, last year); a row of no amounts is a group line
FORM = [("VASTE ACTIVA", "", "", "20/28", "1.402.300", "1.377.800"),
        ("Materiële vaste activa", "", "6.3", "22/27", "1.390.100", "1.366.000"),
        ("Financiële vaste activa", "", "6.4.1", "28", "12.200", "11.800"),
        ("", "", "", "", "", ""),
        ("VLOTTENDE ACTIVA", "", "", "29/58", "311.650", "287.400"),
        ("Voorraden", "", "", "3", "41.900", "38.200"),
        ("Vorderingen op ten hoogste een jaar", "", "", "40/41", "96.350", "90.100"),
        ("Liquide middelen", "", "", "54/58", "173.400", "159.100"),
        ("", "", "", "", "", ""),
        ("PAGE", "", "", "", "", ""),
        ("RESULTATENREKENING", "", "", "", "", ""),
        ("", "", "", "", "", ""),
        ("Bedrijfswinst (Bedrijfsverlies)", "(+)/(-)", "", "9901", "58.900", "-12.400"),
        ("Financiële opbrengsten", "", "6.4", "75/76B", "3.100", "2.700"),
        ("Financiële kosten", "", "6.4", "65/66B", "9.800", "10.300"),
        ("Belastingen op het resultaat", "(+)/(-)", "", "67/77", "12.500", "1.900"),
        ("Onttrekking aan de uitgestelde belastingen", "", "", "780", "1.400", "1.600"),
        ("Winst (Verlies) van het boekjaar", "(+)/(-)", "", "9904", "41.100", "-20.300")]

ACTIVA = [("Activa (x EUR 1.000)", "2024", "2023"), ("Immateriële vaste activa", "2.300", "2.650"),
          ("Bedrijfsgebouwen", "71.400", "69.900"), ("Machines en installaties", "18.800", "20.200"),
          ("Voorraden", "54.100", "49.300"), ("Handelsdebiteuren", "38.600", "35.200"),
          ("Liquide middelen", "14.300", "11.900"), ("Totaal activa", "199.500", "189.150")]
PASSIVA = [("Passiva (x EUR 1.000)", "2024", "2023"), ("Groepsvermogen", "88.400", "81.100"),
           ("Voorzieningen", "6.300", "5.900"), ("Langlopende schulden", "61.000", "63.500"),
           ("Kredietinstellingen", "12.800", "9.300"), ("Handelscrediteuren", "22.900", "21.650"),
           ("Overige schulden", "8.100", "7.700"), ("Totaal passiva", "199.500", "189.150")]


def _html(lines: list[str], page: str, size: str) -> str:
    """Monospace lines; a line "PAGE" starts a new page."""
    body = "\n".join(lines).replace("&", "&amp;").replace("<", "&lt;")
    body = body.replace("\nPAGE\n", "</pre><p style='page-break-before: always'></p><pre>")
    return (f"<html><head><meta charset='utf-8'><style>@page {{ size: {page}; margin: 15mm; }} "
            f"pre {{ font-size: {size}; }}</style></head><body><pre>{body}</pre></body></html>")


def trap() -> str:
    lines = ["Voorbeeldgroep Ceres cv - Jaarverslag 2024", "", "Geconsolideerde resultatenrekening", "",
             f"{'(x EUR 1.000)':40}{'2024':>16}{'2023':>22}"]
    for label, d1, s1, d2, s2 in TRAP:
        lines.append(f"{label:32}{d1:>10}{s1:>12}{d2:>10}{s2:>12}")
    return _html(lines, "210mm 297mm", "9pt")


def _odf_line(text: str) -> str:
    """A monospace line as an OpenDocument paragraph: runs of spaces as <text:s/>."""
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return "<text:p text:style-name='Mono'>" + re.sub(
        r" {2,}", lambda m: f"<text:s text:c='{len(m.group())}'/>", text) + "</text:p>"


def spread() -> str:
    """An A3 landscape spread as a layout program exports it: two printed pages side by side (two text frames, one
    per A4 half), key-figure charts on the left page (data labels over a row of five years), the stair-stepped
    statement on the right one, folios at the outer corners."""
    left = ["14 | Kerncijfers", "", "Netto-omzet (x EUR 1.000)", "",
            "  701.800    733.100    752.600    774.900    812.400",
            "     2020       2021       2022       2023       2024", "",
            "Personeel (in fte)", "",
            "      118        121        126        131        137",
            "     2020       2021       2022       2023       2024"]
    right = [f"{'Jaarverslag 2024 Voorbeeldgroep Ceres | 15':>76}", "", "Geconsolideerde resultatenrekening", "",
             f"{'(x EUR 1.000)':40}{'2024':>16}{'2023':>22}"]
    for label, d1, s1, d2, s2 in TRAP:
        right.append(f"{label:32}{d1:>10}{s1:>12}{d2:>10}{s2:>12}")
    frames = "".join(
        f"<draw:frame draw:name='{name}' draw:style-name='fr1' text:anchor-type='page' text:anchor-page-number='1' svg:x='{x}cm' "
        f"svg:y='1.5cm' svg:width='18cm' svg:height='26cm'><draw:text-box>"
        + "".join(_odf_line(line) for line in lines) + "</draw:text-box></draw:frame>"
        for name, x, lines in (("links", 1.5, left), ("rechts", 22.5, right)))
    return (FODT_OPEN.replace("office:version", "xmlns:draw='urn:oasis:names:tc:opendocument:xmlns:drawing:1.0' "
                              "office:version")
            + "<office:font-face-decls><style:font-face style:name='Mono' svg:font-family='DejaVu Sans Mono' "
            "style:font-pitch='fixed'/></office:font-face-decls><office:automatic-styles>"
            "<style:style style:name='Mono' style:family='paragraph'><style:text-properties style:font-name='Mono' "
            "fo:font-size='7.5pt'/></style:style><style:page-layout style:name='pm1'>"
            "<style:page-layout-properties fo:page-width='42cm' fo:page-height='29.7cm' fo:margin-top='1cm' "
            "fo:margin-bottom='1cm' fo:margin-left='1cm' fo:margin-right='1cm'/></style:page-layout>"
            "<style:style style:name='fr1' style:family='graphic'><style:graphic-properties style:wrap='none' "
            "style:vertical-pos='from-top' style:vertical-rel='page' style:horizontal-pos='from-left' "
            "style:horizontal-rel='page' fo:border='none' fo:padding='0cm'/></style:style>"
            "</office:automatic-styles><office:master-styles><style:master-page style:name='Standard' "
            "style:page-layout-name='pm1'/></office:master-styles><office:body><office:text>"
            + frames + "<text:p text:style-name='Mono'/></office:text></office:body></office:document>")


def form() -> str:
    lines = ["Coöperatieve Voorbeeld Delta cv - jaarrekening over het boekjaar 2024", "", "BALANS EN RESULTATEN", "",
             f"{'':44}{'Toel.':8}{'Codes':8}{'Boekjaar':>12}{'Vorig boekjaar':>17}", ""]
    for label, sign, note, code, now, before in FORM:
        if label == "PAGE":
            lines.append(label)
            continue
        lines.append(f"{label[:36]:36}{sign:8}{note:8}{code:8}{now:>12}{before:>17}".rstrip())
    return _html(lines, "210mm 297mm", "8pt")


def balans() -> str:
    lines = ["Geconsolideerde balans per 31 december 2024 van Voorbeeldgroep Ceres cv", ""]
    for (la, a1, a2), (lp, p1, p2) in zip(ACTIVA, PASSIVA):
        lines.append(f"{la:30}{a1:>10}{a2:>10}        {lp:30}{p1:>10}{p2:>10}")
    return _html(lines, "420mm 297mm", "10pt")


def main() -> None:
    FIXTURES.mkdir(parents=True, exist_ok=True)
    spread_source = FIXTURES / "stmt-spread-2024.fodt"
    spread_source.write_text(spread(), encoding="utf-8")
    to_pdf(spread_source, FIXTURES / "stmt-spread-2024.pdf")
    spread_source.unlink()
    for name, html in (("stmt-trap-2024", trap()), ("stmt-form-2024", form()), ("stmt-balans-2024", balans())):
        source = FIXTURES / f"{name}.html"
        source.write_text(html, encoding="utf-8")
        to_pdf(source, FIXTURES / f"{name}.pdf")
        source.unlink()


if __name__ == "__main__":
    main()
