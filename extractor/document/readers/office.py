"""Reading Word (.docx) and OpenDocument (.odt) reports: their paragraphs and tables in the body's order.

Each paragraph is one line of the `Document`, each table row one line whose cells are apart by tabs, so the
rest of the pipeline reads them as it reads a text report: a row of cells becomes the same table model as the
tab-separated rows of a text file (row label, column header, period, unit). A line keeps the part it is
(`SourceLine.part`): paragraph n, or table t, row r, so a location says "paragraph 12" or "table 2, row 3,
cell 2" (each 1-based in the body's order: `docx.Document(f).paragraphs[n - 1]`, `.tables[t - 1].rows[r - 1]`).
A paragraph in a heading or title style is a heading. The headers and footers of the pages are furniture.

python-docx reads .docx and odfpy reads .odt: the kept libraries for the two formats, which know their XML
(merged cells, repeated columns, spaces written as elements) so we do not have to.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from pathlib import Path

from extractor.document.model import Document, Format, Furniture, Location, SourceLine
from extractor.document.readers.text import file_bytes
from extractor.runtime.errors import InputError

DOCX_SUFFIXES = {".docx"}
ODT_SUFFIXES = {".odt"}

_HEADING_STYLES = ("heading", "title")  # the built-in style names of OOXML and ODF, whatever the UI language


def read_office(path: Path) -> Document:
    data = file_bytes(path)  # a missing, unreadable or empty file: its one line
    if not zipfile.is_zipfile(path):
        raise InputError(path, "office.not_zip")
    docx = path.suffix.lower() in DOCX_SUFFIXES
    fmt: Format = "docx" if docx else "odt"
    try:
        lines, furniture = _docx(path) if docx else _odt(path)
    except InputError:
        raise
    except Exception as error:  # a damaged archive or XML: the libraries raise many kinds
        raise InputError(path, "office.unreadable", kind="Word" if docx else "OpenDocument",
                         cause=f"{type(error).__name__}: {str(error)[:80]}") from None
    if not any(line.text.strip() for line in lines):
        raise InputError(path, "office.no_text")
    return Document(path=path, format=fmt, sha256=hashlib.sha256(data).hexdigest(), lines=lines, pages=None,
                    furniture=furniture)


def _line(number: int, text: str, part: tuple, heading: bool = False) -> SourceLine:
    # a line break inside a paragraph is a space: one paragraph is one line; a tab stays a tab, the cells of a
    # table set with tab stops ("Omzet<TAB>412<TAB>380") apart as in a text report (was a space: "412 380" read
    # as one number)
    text = text.replace("\r", " ").replace("\n", " ").replace("\v", " ")
    return SourceLine(page=None, number=number, text=text, starts_block=True, part=part, heading=heading)


def _cell_text(text: str, indent_points: float = 0.0) -> str:
    """A cell's text on one line. A label indented in its cell (leading spaces, or the paragraph's own left
    indent) keeps its depth as leading no-break spaces, as the tables of text reports write it, so a sub-row
    is read as a part of the row above it (extractor/document/tables/grids.py)."""
    flat = text.replace("\t", " ")
    depth = len(flat) - len(flat.lstrip(" \u00a0"))
    if indent_points > 0:
        depth += max(1, round(indent_points / POINTS_A_SPACE))
    return "\u00a0" * depth + " ".join(flat.split())


POINTS_A_SPACE = 4.0  # a paragraph's left indent in points, as spaces of a label's depth


def _docx_indent(cell) -> float:
    """The left indent of a cell's first paragraph, in points (0 where none is set)."""
    paragraph = cell.paragraphs[0] if cell.paragraphs else None
    indent = paragraph.paragraph_format.left_indent if paragraph is not None else None
    return indent.pt if indent is not None and indent > 0 else 0.0


def _docx(path: Path) -> tuple[list[SourceLine], list[Furniture]]:
    import docx  # python-docx, only when a .docx comes
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    lines: list[SourceLine] = []
    paragraphs = tables = 0
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraphs += 1
            paragraph = Paragraph(child, document)
            style = (paragraph.style.name if paragraph.style is not None else "") or ""
            lines.append(_line(len(lines) + 1, paragraph.text, ("paragraph", paragraphs),
                               style.casefold().startswith(_HEADING_STYLES)))
        elif tag == "tbl":
            tables += 1
            for row_number, row in enumerate(Table(child, document).rows, start=1):
                cells, seen = [], set()
                for cell in row.cells:  # a merged cell comes once per grid column it spans: once here
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    first = not cells
                    cells.append(_cell_text(" ".join(p.text for p in cell.paragraphs),
                                            _docx_indent(cell) if first else 0.0))
                lines.append(_line(len(lines) + 1, "\t".join(cells), ("table", tables, row_number)))
    furniture: list[Furniture] = []
    for section in document.sections:
        for kind, part in (("header", section.header), ("footer", section.footer)):
            if part.is_linked_to_previous and furniture:
                continue
            for paragraph in part.paragraphs:
                if paragraph.text.strip():
                    furniture.append(Furniture(kind, " ".join(paragraph.text.split()), Location(None, 1, 1)))
    return lines, furniture


def _odt(path: Path) -> tuple[list[SourceLine], list[Furniture]]:
    from odf import teletype, text as odf_text  # odfpy, only when an .odt comes
    from odf.namespaces import TABLENS, TEXTNS
    from odf.opendocument import load

    document = load(str(path))
    lines: list[SourceLine] = []
    counts = {"paragraph": 0, "table": 0}

    def paragraph(element, heading: bool) -> None:
        counts["paragraph"] += 1
        lines.append(_line(len(lines) + 1, teletype.extractText(element), ("paragraph", counts["paragraph"]),
                           heading))

    def walk(element) -> None:
        for child in element.childNodes:
            if child.nodeType != child.ELEMENT_NODE:
                continue
            name = child.qname
            if name == (TEXTNS, "h"):
                paragraph(child, True)
            elif name == (TEXTNS, "p"):
                style = (child.getAttribute("stylename") or "").casefold()
                paragraph(child, style.startswith(_HEADING_STYLES))
            elif name == (TABLENS, "table"):
                counts["table"] += 1
                table(child, counts["table"])
            elif name in ((TEXTNS, "list"), (TEXTNS, "list-item"), (TEXTNS, "section"), (TEXTNS, "list-header")):
                walk(child)

    indents = _odt_indents(document)

    def indent(cell) -> float:
        """The left indent of a cell's first paragraph's style, in points (0 where none is set)."""
        first = next((p for p in cell.childNodes if p.nodeType == p.ELEMENT_NODE and p.qname == (TEXTNS, "p")), None)
        return indents.get(first.getAttribute("stylename") or "", 0.0) if first is not None else 0.0

    def table(element, number: int) -> None:
        rows = [row for row in element.getElementsByType(_table_row()) if _table_of(row) is element]
        for row_number, row in enumerate(rows, start=1):
            cells = []
            for cell in row.childNodes:
                if cell.nodeType != cell.ELEMENT_NODE or cell.qname not in _CELLS:
                    continue
                # a cell a spanning cell covers ("31/12/2024" over two columns) is an empty cell in its place: the
                # cells after it keep their columns; so are empty cells written once and repeated
                value = "" if cell.qname == (TABLENS, "covered-table-cell") else \
                    _cell_text(" ".join(teletype.extractText(p) for p in cell.childNodes
                                        if p.nodeType == p.ELEMENT_NODE), indent(cell) if not cells else 0.0)
                repeated = int(cell.getAttribute("numbercolumnsrepeated") or 1)
                cells.extend([value] * min(repeated, 50))
            while cells and not cells[-1]:
                cells.pop()
            lines.append(_line(len(lines) + 1, "\t".join(cells), ("table", number, row_number)))

    walk(document.text)
    furniture: list[Furniture] = []
    for master in document.masterstyles.childNodes:
        for part in getattr(master, "childNodes", []):
            kind = {"header": "header", "footer": "footer"}.get(getattr(part, "qname", ("", ""))[1])
            if kind is None:
                continue
            for element in part.childNodes:
                text = " ".join(teletype.extractText(element).split()) if element.nodeType == element.ELEMENT_NODE \
                    else ""
                if text:
                    furniture.append(Furniture(kind, text, Location(None, 1, 1)))
    return lines, furniture


_LENGTH = re.compile(r"^\s*(-?[\d.]+)\s*(cm|mm|in|pt)?\s*$")
_POINTS = {"cm": 72 / 2.54, "mm": 72 / 25.4, "in": 72.0, "pt": 1.0, None: 1.0}


def _odt_indents(document) -> dict[str, float]:
    """The left indent (fo:margin-left, in points) of each paragraph style of an OpenDocument text that sets one,
    its own or its parent style's: a sub-row's label indented by its style ("waarvan nieuw" in "P1")."""
    from odf.namespaces import FONS, STYLENS

    margins: dict[str, float] = {}
    parents: dict[str, str] = {}
    for styles in (document.styles, document.automaticstyles):
        for style in styles.childNodes:
            if getattr(style, "qname", None) != (STYLENS, "style"):
                continue
            name = style.getAttribute("name")
            parents[name] = style.getAttribute("parentstylename") or ""
            for part in style.childNodes:
                if getattr(part, "qname", None) == (STYLENS, "paragraph-properties"):
                    found = _LENGTH.match(part.attributes.get((FONS, "margin-left"), "") or "")
                    if found:
                        margins[name] = float(found.group(1)) * _POINTS[found.group(2)]
    return {name: value for name in parents
            if (value := margins.get(name, margins.get(parents[name], 0.0))) > 0}


_CELLS = (("urn:oasis:names:tc:opendocument:xmlns:table:1.0", "table-cell"),
          ("urn:oasis:names:tc:opendocument:xmlns:table:1.0", "covered-table-cell"))


def _table_row():
    from odf.table import TableRow

    return TableRow


def _table_of(row):
    """The table a row belongs to (a nested table's rows are its own)."""
    from odf.namespaces import TABLENS

    node = row.parentNode
    while node is not None and getattr(node, "qname", None) != (TABLENS, "table"):
        node = node.parentNode
    return node
