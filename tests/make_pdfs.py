"""Build realistic PDFs of the corpus reports, and broken PDFs, for the PDF reader's tests and benchmark.

Run `python tests/make_pdfs.py` to (re)write tests/fixtures/pdf/. The corpus PDFs imitate what the real
SmartCoop PDF does to a reader: A4, justified text whose words are placed one by one (no space glyphs, as
many layout programs do), Dutch hyphenation (pyphen nl_NL), a running footer "—<n>SmartCoop erkende CVSO |
..." drawn before the body, URLs repeated at the page bottom, the nine conditions of art. 8:5 WVV as a
two-column table without ruling lines whose lines are drawn across the row (left line 1, right line 1, ...)
with one row broken across a page, and headings in fake bold (drawn twice, 0.35 pt apart).

The 2021 PDF also uses ligature glyphs (ﬁ ﬂ ﬀ ﬃ ﬄ) and marks its hyphenation breaks with U+00AD, as Word
exports do; the 2024 PDF breaks with "-" and starts its page numbers at 7, as the real one.
"""

from __future__ import annotations

import io
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

import pyphen
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "pdf"
FOOTER = "SmartCoop erkende CVSO | Bijzonder verslag betreffende de erkenning als “sociale onderneming”"
URL = re.compile(r"https?://[^\s)]+[^\s).,]")

WIDTH, HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 56.0, WIDTH - 56.0, HEIGHT - 62.0, 92.0
BODY, LEADING = 10.0, 13.5
CELL, CELL_LEADING, GUTTER = 9.0, 11.5, 18.0
LIGATURES = [("ffi", "ﬃ"), ("ffl", "ﬄ"), ("ff", "ﬀ"), ("fi", "ﬁ"), ("fl", "ﬂ")]

_FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path(pdfmetrics.__file__).parents[1] / "fonts"]


def _register_fonts() -> None:
    if "Body" in pdfmetrics.getRegisteredFontNames():
        return
    for regular, bold in [("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"), ("Vera.ttf", "VeraBd.ttf")]:
        for folder in _FONT_DIRS:
            if (folder / regular).exists() and (folder / bold).exists():
                pdfmetrics.registerFont(TTFont("Body", str(folder / regular)))
                pdfmetrics.registerFont(TTFont("Bold", str(folder / bold)))
                return
    raise RuntimeError("no TrueType font found to build the test PDFs (DejaVu Sans or reportlab's Vera)")


@dataclass
class Element:
    kind: str  # "title" | "heading" | "para" | "item" | "table"
    text: str = ""
    rows: list[tuple[str, str]] | None = None


# ---------------------------------------------------------------------------------------------- corpus input

def _plain_markdown(text: str) -> str:
    text = re.sub(r"</?p>", "", text)
    text = re.sub(r"<sup>(.*?)</sup>", r"\1", text)
    text = re.sub(r"\[(.*?)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\*\*(.*?)\*\*|\*(.*?)\*", lambda m: m.group(1) or m.group(2), text)
    return re.sub(r"[ \t]+", " ", text).strip()


def elements_2021() -> list[Element]:
    out: list[Element] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            out.append(Element("para", _plain_markdown(" ".join(pending))))
            pending.clear()

    table: list[tuple[str, str]] = []
    for line in (CORPUS / "smartcoop-bijzonder-verslag-2021.md").read_text(encoding="utf-8").splitlines():
        if "\t" in line and not line.lstrip().startswith("-"):
            flush()
            left, right = line.split("\t", 1)
            table.append((_plain_markdown(left), _plain_markdown(right)))
            continue
        if table and line.strip():
            out.append(Element("table", rows=table))
            table = []
        if not line.strip():
            flush()
        elif line.startswith("# "):
            flush()
            out.append(Element("title", _plain_markdown(line[2:])))
        elif line.startswith("## "):
            flush()
            out.append(Element("heading", _plain_markdown(line[3:])))
        elif line.lstrip().startswith("- "):
            flush()
            out.append(Element("item", _plain_markdown(line.lstrip()[2:])))
        else:
            pending.append(line)
    flush()
    return out


HEADINGS_2024 = [
    "Juridisch kader", "Wettelijke verplichtingen",
    "Sterke, aanhoudende dynamiek van de activiteit van de vennoten en ambitie om hen te blijven begeleiden"
    " in een veilig, duidelijk kader",
    "Co-ontwikkeling", "Een dag in het teken van de economische ontwikkeling van activiteiten",
    "Verwezenlijking van een positieve maatschappelijke impact",
    "Bevorderen van de sociale, economische, fiscale en juridische bescherming",
    "Bevorderen van de erkenning van ons sociaal en economisch nut",
    "Bevorderen van de persoonlijke ontplooiing en de keuze voor een optimale, toegankelijke werkomgeving",
    "Delen van de middelen en de risico’s", "Cyberveiligheid: samen de coöperatie beschermen",
    "Pulso: 24/7 psychologische bijstand",
]


def _join_wrapped(lines: list[str]) -> str:
    text = ""
    for line in lines:
        line = line.strip()
        if not text:
            text = line
        elif text.endswith("-") or re.search(r"https?://\S*$", text):
            text += line  # a compound or URL broken at the line end: keep it whole
        else:
            text += " " + line
    return re.sub(r" {2,}", " ", text)


def elements_2024() -> list[Element]:
    raw = (CORPUS / "smartcoop-bijzonder-verslag-2024.txt").read_text(encoding="utf-8").splitlines()
    kept = [line for line in raw if not (line.startswith("—") and "SmartCoop erkende" in line)
            and not re.fullmatch(r"\s*https?://\S+\s*", line)]
    paragraphs: list[list[str]] = [[]]
    for line in kept:
        if not line.strip():
            paragraphs.append([])
        elif paragraphs[-1] and (re.match(r"\s*(\t— |•\t)", line) or (
                line.startswith(" ") and paragraphs[-1][-1].rstrip().endswith("."))):  # page start
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    elements: list[Element] = []
    for lines in filter(None, paragraphs):
        text = _join_wrapped(lines)
        item = bool(re.match(r"(— |•\s)", text))
        text = re.sub(r"^(— |•\s+)", "", text).strip()
        for heading in HEADINGS_2024:
            if heading in text:  # a heading glued to the paragraph before or after it
                before, text = (part.strip() for part in text.split(heading, 1))
                if before:
                    elements.append(Element("item" if item else "para", before))
                    item = False
                elements.append(Element("heading", heading))
        if not text:
            continue
        if text[0].islower() and elements and elements[-1].kind in ("para", "item"):
            elements[-1].text += " " + text  # a paragraph the page break split in the extracted text
        else:
            elements.append(Element("item" if item else "para", text))
    # The nine conditions: 18 cells, in two runs that the extracted text interleaved with body text.
    texts = [e.text for e in elements]
    first = texts.index(next(t for t in texts if t.startswith("De vennootschap moet hoofdzakelijk")))
    second = texts.index(next(t for t in texts if t.startswith("Het mandaat van bestuurder")))
    cells = texts[first:first + 10] + texts[second:second + 8]
    table = Element("table", rows=[(cells[i], cells[i + 1]) for i in range(0, 18, 2)])
    return elements[:first] + [table] + elements[first + 10:second] + elements[second + 8:]


# ---------------------------------------------------------------------------------------------- typesetting

class Typesetter:
    def __init__(self, target, *, first_page: int = 1, hyphen: str = "-", ligatures: bool = False,
                 columns: int = 1, footer: str = FOOTER, break_row: int | None = None) -> None:
        _register_fonts()
        self.canvas = canvas.Canvas(target, pagesize=A4, invariant=1, pageCompression=1)
        self.page_number = first_page
        self.hyphen, self.ligatures, self.footer, self.break_row = hyphen, ligatures, footer, break_row
        self.hyphenator = pyphen.Pyphen(lang="nl_NL")
        gap = 20.0
        width = (RIGHT - LEFT - gap * (columns - 1)) / columns
        self.frames = [(LEFT + i * (width + gap), width) for i in range(columns)]
        self.frame = 0
        self.urls: list[str] = []
        self._start_page()

    # pages
    def _start_page(self) -> None:
        c = self.canvas
        c.setFont("Bold", 7.5)  # the running footer comes first in the content stream, as on master pages
        c.drawString(LEFT, 30, f"—{self.page_number}")
        c.setFont("Body", 7.5)
        c.drawString(LEFT + pdfmetrics.stringWidth(f"—{self.page_number}", "Bold", 7.5) + 0.5, 30, self.footer)
        self.y = TOP
        self.frame = 0

    def _end_page(self) -> None:
        c = self.canvas
        c.setFont("Body", 7)
        for i, url in enumerate(self.urls):
            c.drawString(LEFT, 48 + 9 * (len(self.urls) - 1 - i), url)
        self.urls = []
        c.showPage()
        self.page_number += 1

    def new_page(self) -> None:
        self._end_page()
        self._start_page()

    def _room(self, height: float) -> None:
        if self.y - height < BOTTOM:
            if self.frame + 1 < len(self.frames):
                self.frame += 1
                self.y = self.column_top
            else:
                self.new_page()
                self.column_top = TOP

    column_top = TOP

    def finish(self) -> None:
        self._end_page()
        self.canvas.save()

    # text
    def _shape(self, text: str) -> str:
        if self.ligatures:
            for letters, glyph in LIGATURES:
                text = text.replace(letters, glyph)
        return text

    def _width(self, text: str, font: str, size: float) -> float:
        return pdfmetrics.stringWidth(self._shape(text), font, size)

    def break_lines(self, text: str, width: float, font: str, size: float, hyphenate: bool) -> list[list[str]]:
        """Greedy line breaking; a word that does not fit is hyphenated (pyphen nl_NL) or broken after a '-'."""
        lines: list[list[str]] = [[]]
        words = text.split(" ")
        while words:
            word = words.pop(0)
            if not word:
                continue
            trial = " ".join(lines[-1] + [word])
            if self._width(trial, font, size) <= width or not lines[-1]:
                lines[-1].append(word)
                continue
            split = None
            candidates = [(i + 1, "") for i, ch in enumerate(word[:-1]) if ch == "-"]
            if hyphenate and word.isalpha():
                candidates += [(p, self.hyphen) for p in self.hyphenator.positions(word)]
            for position, mark in sorted(candidates, reverse=True):
                head = word[:position] + mark
                if position >= 2 and self._width(" ".join(lines[-1] + [head]), font, size) <= width:
                    split = (head, word[position:])
                    break
            if split:
                lines[-1].append(split[0])
                words.insert(0, split[1])
            else:
                words.insert(0, word)
            lines.append([])
        return [line for line in lines if line]

    def _draw_line(self, words: list[str], x: float, width: float, font: str, size: float, justify: bool) -> None:
        c = self.canvas
        c.setFont(font, size)
        if not justify or len(words) == 1:
            c.drawString(x, self.y, self._shape(" ".join(words)))
            return
        shaped = [self._shape(w) for w in words]
        widths = [pdfmetrics.stringWidth(w, font, size) for w in shaped]
        gap = (width - sum(widths)) / (len(words) - 1)
        for word, w in zip(shaped, widths):
            c.drawString(x, self.y, word)  # one word at a time: the text layer has no space glyphs
            x += w + gap

    def paragraph(self, text: str, *, indent: float = 0.0, marker: str | None = None, space: float = 6.0,
                  size: float = BODY, leading: float = LEADING) -> None:
        x0, width = self.frames[self.frame]
        lines = self.break_lines(text, width - indent, "Body", size, hyphenate=True)
        self.urls += [u for u in URL.findall(text) if u not in self.urls]
        for i, words in enumerate(lines):
            self._room(leading)
            x0, width = self.frames[self.frame]
            self.y -= leading
            if i == 0 and marker:
                self.canvas.setFont("Body", size)
                self.canvas.drawString(x0, self.y, marker)
            self._draw_line(words, x0 + indent, width - indent, "Body", size, justify=i < len(lines) - 1)
        self.y -= space

    def heading(self, text: str, size: float = 12.5) -> None:
        x0, width = self.frames[self.frame]
        lines = self.break_lines(text, width, "Body", size, hyphenate=False)
        self._room(10 + len(lines) * size * 1.3 + 2 * LEADING)  # keep a heading with its next lines
        self.y -= 10
        for words in lines:
            self.y -= size * 1.3
            for dx in (0.0, 0.35):  # fake bold: the same text twice, a hair apart
                self.canvas.setFont("Body", size)
                self.canvas.drawString(self.frames[self.frame][0] + dx, self.y, " ".join(words))
        self.y -= 6

    def table(self, rows: list[tuple[str, str]]) -> None:
        left_w = (RIGHT - LEFT - GUTTER) * 0.49
        right_x, right_w = LEFT + left_w + GUTTER, RIGHT - LEFT - left_w - GUTTER
        for index, (left, right) in enumerate(rows):
            cells = [self.break_lines(left, left_w, "Body", CELL, hyphenate=False),
                     self.break_lines(right, right_w, "Body", CELL, hyphenate=False)]
            height = max(len(cells[0]), len(cells[1]))
            done = 0
            while done < height:
                fit = int((self.y - BOTTOM) // CELL_LEADING)
                if index == self.break_row and done == 0:
                    fit = min(fit, 2)  # this row breaks across the page (the frame ends here)
                if fit <= 0:
                    self.new_page()
                    continue
                for line in range(done, min(height, done + fit)):
                    self.y -= CELL_LEADING
                    for x, lines in ((LEFT, cells[0]), (right_x, cells[1])):  # across the row, line by line
                        if line < len(lines):
                            self._draw_line(lines[line], x, 0, "Body", CELL, justify=False)
                done = min(height, done + fit)
                if done < height:
                    self.new_page()
            self.y -= 9


def typeset(elements: list[Element], target, **options) -> None:
    t = Typesetter(target, **options)
    for element in elements:
        if element.kind == "title":
            t.heading(element.text, size=18)
        elif element.kind == "heading":
            t.heading(element.text)
        elif element.kind == "para":
            t.paragraph(element.text)
        elif element.kind == "item":
            t.paragraph(element.text, indent=16, marker="—", space=5)
        elif element.kind == "table":
            t.table(element.rows or [])
    t.finish()


# ---------------------------------------------------------------------------------------------- fixtures

def build_2021(path: Path) -> Path:
    typeset(elements_2021(), str(path), hyphen="\u00ad", ligatures=True)
    return path


def build_2024(path: Path) -> Path:
    typeset(elements_2024(), str(path), first_page=7, break_row=5)
    return path


def build_two_columns(path: Path) -> Path:
    """Two columns of running text under the 2024 report's paragraphs (no table)."""
    elements = [e for e in elements_2024() if e.kind in ("para", "heading")][10:22]
    typeset(elements, str(path), columns=2)
    return path


def build_long(path: Path, pages: int = 50) -> Path:
    """A long report for the benchmark: the 2024 report's body repeated until `pages` pages."""
    body = [e for e in elements_2024() if e.kind != "title"]
    buffer = io.BytesIO()
    t = Typesetter(buffer)
    while t.page_number <= pages:
        for element in body:
            if t.page_number > pages:
                break
            if element.kind == "heading":
                t.heading(element.text)
            elif element.kind == "table":
                t.table(element.rows or [])
            else:
                t.paragraph(element.text)
    t.canvas.save()
    path.write_bytes(buffer.getvalue())
    return path


def build_image_pages(path: Path) -> Path:
    """Three pages: text, a scanned page (an image, no text layer), text."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    _register_fonts()
    image = Image.new("L", (300, 400), 255)
    ImageDraw.Draw(image).text((20, 20), "gescand", fill=0)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for page in (1, 2, 3):
        if page == 2:
            c.drawImage(ImageReader(image), LEFT, 200, width=300, height=400)
        else:
            c.setFont("Body", BODY)
            c.drawString(LEFT, TOP, {1: "In 2024 werden er 674 aanvragen behandeld.",
                                     3: "Het comité is acht keer bijeengekomen."}[page])
        c.showPage()
    c.save()
    return path


def build_encrypted(path: Path, user_password: str = "") -> Path:
    from reportlab.lib import pdfencrypt

    _register_fonts()
    encryption = pdfencrypt.StandardEncryption(user_password, ownerPassword="eigenaar", canModify=0)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, encrypt=encryption)
    c.setFont("Body", BODY)
    c.drawString(LEFT, TOP, "In 2024 was Smart in België werkgever van 20.892 personen.")
    c.showPage()
    c.save()
    return path


def _raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF from numbered object bodies, with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def zero_pages_pdf() -> bytes:
    return _raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def _page_with_stream(data: bytes) -> bytes:
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    return _raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
        stream])


def memory_bomb_pdf(megabytes: int = 400) -> bytes:
    """One page whose content stream inflates to `megabytes` MB of zeros (a few hundred KB on disk)."""
    z = zlib.compressobj(9)
    chunk = bytes(1 << 20)
    data = b"".join(z.compress(chunk) for _ in range(megabytes)) + z.flush()
    return _page_with_stream(data)


def slow_pdf(operators: int = 400_000) -> bytes:
    """One page with hundreds of thousands of tiny text operators: parsing it takes far too long."""
    ops = b"BT /F1 1 Tf 10 10 Td (a) Tj ET\n" * operators
    return _page_with_stream(zlib.compress(ops, 9))


def build_fixtures(folder: Path = FIXTURES) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {
        "2021": build_2021(folder / "smartcoop-bijzonder-verslag-2021.pdf"),
        "2024": build_2024(folder / "smartcoop-bijzonder-verslag-2024.pdf"),
        "two_columns": build_two_columns(folder / "two-columns.pdf"),
        "image_pages": build_image_pages(folder / "image-only-page.pdf"),
    }


if __name__ == "__main__":
    for name, written in build_fixtures().items():
        print(f"{name}: {written} ({written.stat().st_size // 1024} KB)")
