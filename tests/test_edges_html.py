"""Issue 23, point 6 (of the brief; 7 of the issue): HTML in Markdown. Character references are decoded
(named, decimal, hexadecimal), a block tag parts the words on either side, and an HTML table's cells are
cells, each figure at its place in the source."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.pipeline import extract_file

GROENE_WIJK = """\
# Jaarverslag 2024 van De Groene Wijk cv

In 2024 telde de coöperatie 1.234 vennoten.

<table>
<tr><th>Kerncijfer</th><th>2024</th></tr>
<tr><td>Omzet</td><td>&euro;&nbsp;2,1 miljoen</td></tr>
<tr><td>Investeringen</td><td>2&nbsp;350&nbsp;000 euro</td></tr>
<tr><td>Vennoten</td><td>1.234</td></tr>
</table>

<p>De ledenraad vergaderde 4 keer.</p><p>Er werden 12 workshops gegeven.</p>
<div>We plantten 350 bomen</div><div>en 40 hagen.</div>
Het dak heeft 80&#8239;m<sup>2</sup> zonnepanelen en kostte &#x20AC;&#160;15.000.
"""

HET_ANKER = """\
Jaarverslag 2023 – Wooncoöperatie Het Anker

<table>
  <tr>
    <td>Leningen van leden</td>
    <td>&#8364;&nbsp;1,25&nbsp;miljoen</td>
  </tr>
</table>

Wij verhuurden 58 woningen<br>aan 112&nbsp;bewoners &amp; 3 winkels.
"""


def _figures(tmp_path: Path, name: str, text: str) -> list[tuple]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = extract_file(path)
    return [(i["raw"], i["value"], i["unit"], i["location"]["line"], i["location"]["column"])
            for i in report["indicators"]]


def test_entities_tags_and_cells_of_an_html_table_in_markdown(tmp_path: Path) -> None:
    figures = _figures(tmp_path, "groene-wijk-2024.md", GROENE_WIJK)
    assert ("€ 2,1 miljoen", 2_100_000, "EUR", 7, 35) in figures  # &euro;&nbsp; before it
    assert ("2 350 000 euro", 2_350_000, "EUR", 8, 31) in figures  # &nbsp; between the groups
    assert ("1.234", 1234, None, 9, 26) in figures  # a cell of its own
    assert ("350 bomen", 350, "bomen", 13, 18) in figures  # not "bomenen": </div><div> parts the words
    assert ("40 hagen", 40, "hagen", 13, 41) in figures
    assert ("80 m2", 80, "m2", 14, 15) in figures  # &#8239; a narrow no-break space
    assert ("€ 15.000", 15_000, "EUR", 14, 75) in figures  # &#x20AC;&#160;
    assert ("4 keer", 4, "times", 12, 28) in figures and ("12 workshops", 12, "workshops", 12, 52) in figures


def test_a_table_written_a_cell_a_line_and_a_line_break_tag(tmp_path: Path) -> None:
    figures = _figures(tmp_path, "anker-2023.md", HET_ANKER)
    assert ("€ 1,25 miljoen", 1_250_000, "EUR", 6, 22) in figures
    assert ("58 woningen", 58, "woningen", 10, 16) in figures
    assert ("112 bewoners", 112, "bewoners", 10, 35) in figures


@pytest.mark.parametrize("source,expected", [
    ("&euro;&nbsp;2,1", "€\u00a02,1"),
    ("&#8364; &#x20ac; &#X20AC;", "€ € €"),
    ("a &amp; b &lt;p&gt;", "a & b <p>"),  # a decoded "<p>" is text, not a tag
    ("&onbekend; &#;", "&onbekend; &#;"),  # no such reference: left as written
    ("bomen</div><div>en", "bomen en"),
    ("m<sup>2</sup> en <b>12</b>", "m2 en 12"),
])
def test_markup_of_a_markdown_line(source: str, expected: str) -> None:
    from extractor.document.model import Document, SourceLine
    from extractor.document.normalise import normalise

    document = Document(path=Path("x.md"), format="markdown", sha256="0" * 64,
                        lines=[SourceLine(page=None, number=1, text=source)], pages=None)
    blocks = normalise(document)
    assert [block.text for block in blocks] == [expected.replace("\u00a0", " ")]
