"""Build the OpenDocument (.odt) reports with tables, for tests/test_tables_odt.py.

Run `python tests/make_odt_tables.py` to (re)write tests/fixtures/tables/odt-*.odt. The reports are made up for the
test, each of another cooperative in a wording of its own. odfpy writes each (the library the reader uses, with the
styles a Writer user sets: a paragraph style with a left indent for sub-rows, cells with right-aligned figures), and
LibreOffice saves it again as Writer keeps it (`soffice --headless --convert-to odt`): empty cells written as one
cell repeated, a header cell spanning the columns of its years. The tables: key figures with "2023 | 2022" columns
under a caption "(in duizend euro)", sub-rows indented by their paragraph style or after "- ", a total row; a
balance with "Boekjaar | Vorig boekjaar" and the unit "x € 1.000" in its corner cell; a unit column; and a table
of contacts and of meeting dates, which holds no figures. Apt: libreoffice-writer-nogui; pip: odfpy.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from odf.opendocument import OpenDocumentText
from odf.style import ParagraphProperties, Style, TableColumnProperties
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
from odf.text import H, P

sys.path.insert(0, str(Path(__file__).resolve().parent))
from libreoffice import soffice  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "tables"

# a row: (label, cells, indented); a cell None is empty; a header row's cell ("2023", 2) spans two columns
Row = tuple[str, list, bool]

LINDE = [
    ("h", "Bijzonder verslag 2023 van Woonkracht De Linde cv"),
    ("p", "Het bestuursorgaan brengt verslag uit over het boekjaar 2023 aan de algemene vergadering."),
    ("h", "Kerncijfers"),
    ("p", "(in duizend euro)"),
    ("t", [("", ["2023", "2022"], False),
           ("Huurinkomsten", ["1.318", "1.254"], False),
           ("Kosten", [None, None], False),
           ("onderhoud", ["402", "377"], True),
           ("personeel", ["288", "270"], True),
           ("intresten", ["96", "101"], True),
           ("Totaal kosten", ["786", "748"], False),
           ("Resultaat", ["532", "506"], False)]),
    ("p", "Het resultaat wordt overgedragen naar het volgende boekjaar."),
    ("t", [("Balans x € 1.000", ["Boekjaar", "Vorig boekjaar"], False),
           ("Vaste activa", ["9.412", "9.655"], False),
           ("- woningen", ["8.960", "9.180"], False),
           ("- gemeenschappelijke ruimtes", ["452", "475"], False),
           ("Liquide middelen", ["615", "488"], False)]),
    ("h", "Contact"),
    ("t", [("Secretariaat", ["03 456 78 90"], False), ("Ondernemingsnummer", ["0789.456.123"], False),
           ("Algemene vergadering", ["21 juni 2024"], False)]),
]

BRONWATER = [
    ("h", "Bronwater cv — bijzonder verslag over 2024"),
    ("p", "De coöperatie levert drinkwater aan 2.100 aansluitingen in drie gemeenten."),
    ("t", [("Kengetal", ["Eenheid", "2024", "2023"], False),
           ("Geleverd water", ["m³", "318.400", "305.900"], False),
           ("Waterverlies", ["%", "6,2", "7,0"], False),
           ("Aansluitingen", ["aantal", "2.100", "2.046"], False),
           ("waarvan nieuw", [None, "54", "61"], True)]),
    ("t", [("Personeel", [("31/12/2024", 2), ("31/12/2023", 2)], False),
           ("", ["aantal", "VTE", "aantal", "VTE"], False),
           ("Werknemers", ["14", "11,4", "13", "10,8"], False),
           ("Vrijwilligers", ["23", None, "19", None], False)]),
    ("p", "Wij vergaderden op 12 maart en 8 oktober 2024 met 41 en 37 leden."),
]

REPORTS = {"odt-linde-2023": LINDE, "odt-bronwater-2024": BRONWATER}


def _document(parts: list) -> OpenDocumentText:
    document = OpenDocumentText()
    indented = Style(name="Ingesprongen", family="paragraph")
    indented.addElement(ParagraphProperties(marginleft="0.6cm"))
    right = Style(name="Getal", family="paragraph")
    right.addElement(ParagraphProperties(textalign="end"))
    wide = Style(name="Breed", family="table-column")
    wide.addElement(TableColumnProperties(columnwidth="7cm"))
    for style in (indented, right, wide):
        document.automaticstyles.addElement(style)
    for number, (kind, content) in enumerate(parts):
        if kind == "h":
            document.text.addElement(H(outlinelevel=2, text=content))
        elif kind == "p":
            document.text.addElement(P(text=content))
        else:
            document.text.addElement(_table(content, f"Tabel{number}", indented, right, wide))
    return document


def _table(rows: list[Row], name: str, indented: Style, right: Style, wide: Style) -> Table:
    width = max(sum(c[1] if isinstance(c, tuple) else 1 for c in cells) for _, cells, _ in rows) + 1
    table = Table(name=name)
    table.addElement(TableColumn(stylename=wide))
    table.addElement(TableColumn(numbercolumnsrepeated=width - 1))
    for label, cells, sub in rows:
        row = TableRow()
        first = TableCell()
        first.addElement(P(text=label, stylename=indented) if sub else P(text=label))
        row.addElement(first)
        for cell in cells:
            span = cell[1] if isinstance(cell, tuple) else 1
            text = cell[0] if isinstance(cell, tuple) else cell
            element = TableCell(numbercolumnsspanned=span) if span > 1 else TableCell()
            if text is not None:
                element.addElement(P(text=text, stylename=right))
            row.addElement(element)
            for _ in range(span - 1):
                row.addElement(CoveredTableCell())
        table.addElement(row)
    return table


def build(target_dir: Path = FIXTURES) -> list[Path]:
    program = soffice()
    if program is None:
        raise SystemExit("LibreOffice is not installed: apt-get install -y libreoffice-writer-nogui")
    written = []
    with tempfile.TemporaryDirectory() as work:
        for name, parts in REPORTS.items():
            source = Path(work) / "odfpy" / f"{name}.odt"
            source.parent.mkdir(exist_ok=True)
            _document(parts).save(str(source))
            subprocess.run([program, f"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to",
                            "odt", "--outdir", work, str(source)], check=True, capture_output=True, timeout=180)
            target = target_dir / f"{name}.odt"
            shutil.copyfile(Path(work) / f"{name}.odt", target)
            written.append(target)
    return written


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES):
        print(path)
