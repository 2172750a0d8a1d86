"""One PDF page read with pdfium (pypdfium2): its characters, the vertical rules drawn on it, its images.

The characters come as the tuples pdf_layout reads (pdf_layout.Char: text, x0, top, x1, bottom, size, in
pdfplumber's coordinates: x from the left, top/bottom from the top of the page as displayed, after the page's
/Rotate), so that both engines give the layout the same input and a figure the same box; a tuple, not
pdfplumber's dict, which costs more to make and to read, per character:

- x0/x1: pdfium's loose character box (the glyph's origin to its advance, as pdfminer's);
- bottom: the baseline less the font's descent at the character's size, top: bottom less the size; the size
  is the font size times the vertical scale of the text and graphics matrices (pdfminer's `size`);
- last, what its text object gives all of its characters, one tuple shared by them: size, descent, angle,
  font name, weight, render mode (3: invisible, an OCR layer) and fill colour. The layout reads none of these.

Characters pdfium inserts itself (the spaces and line breaks of its own text flow) are left out: the layout
finds spaces from the glyphs and the gaps, as it does for pdfplumber's characters.

Text set at a quarter turn (a landscape table on a portrait page, a page whose /Rotate turns upright text on
its side) is turned to its reading direction: the page is read in the frame where most of its characters
run left to right. pdfminer's boxes are in the displayed frame, which for such a page reads the characters
as one-letter lines (the text backwards or in columns).

Vertical rules: the path objects (in form XObjects too) that are a line or a rectangle, as pdfplumber's
`lines` and `rects`: a drawn line, a thin rectangle, the sides of a stroked box."""

from __future__ import annotations

import ctypes
import math
import struct
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as raw

_SKIPPED = {"\r", "\n"}
_LINE_END_HYPHEN = 2
_MAPPING_ERRORS = {"\ufffd", "\ufffe", "\uffff"}


@dataclass
class PageContent:
    """What the layout needs of one page, in pdfplumber's convention."""

    chars: list[tuple]  # pdf_layout.Char, then the text object's properties
    rulings: list[tuple[float, float, float]]
    images: int
    width: float
    height: float
    turned: int = 0  # degrees the page was turned (clockwise, as displayed) to read its text
    unmapped: int = 0  # characters with no Unicode mapping in their font
    objects: int = 0  # page objects of any kind (0 with text gone from a damaged page)
    fonts: dict = field(default_factory=dict)


class _Frame:
    """From PDF user space to the reading frame, top-left origin: the page's /Rotate (as pdfminer applies
    it), then a turn by `turn` degrees so that text at that angle reads left to right."""

    def __init__(self, mediabox: tuple[float, float, float, float], rotate: int, turn: int) -> None:
        x0, y0, x1, y1 = mediabox
        w, h = x1 - x0, y1 - y0
        if rotate == 90:
            self.ctm = (0.0, -1.0, 1.0, 0.0, -y0, x1)
            w, h = h, w
        elif rotate == 180:
            self.ctm = (-1.0, 0.0, 0.0, -1.0, x1, y1)
        elif rotate == 270:
            self.ctm = (0.0, 1.0, -1.0, 0.0, y1, -x0)
            w, h = h, w
        else:
            self.ctm = (1.0, 0.0, 0.0, 1.0, -x0, -y0)
        self.displayed = (w, h)
        # the turn, in y-up device coordinates: text at angle `turn` must come out at angle 0
        if turn == 90:
            self.turn = (0.0, -1.0, 1.0, 0.0, 0.0, w)  # (X, Y) -> (Y, W - X)
            w, h = h, w
        elif turn == 180:
            self.turn = (-1.0, 0.0, 0.0, -1.0, w, h)
        elif turn == 270:
            self.turn = (0.0, 1.0, -1.0, 0.0, h, 0.0)  # (X, Y) -> (H - Y, X)
            w, h = h, w
        else:
            self.turn = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        a1, b1, c1, d1, e1, f1 = self.ctm
        a2, b2, c2, d2, e2, f2 = self.turn
        self.m = (a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2,
                  e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2)
        self.width, self.height = w, h

    def point(self, x: float, y: float) -> tuple[float, float]:
        """(x, top) in the reading frame of a point in user space."""
        a, b, c, d, e, f = self.m
        return a * x + c * y + e, self.height - (b * x + d * y + f)

    def box(self, left: float, bottom: float, right: float, top: float) -> tuple[float, float, float, float]:
        xa, ta = self.point(left, bottom)
        xb, tb = self.point(right, top)
        return min(xa, xb), min(ta, tb), max(xa, xb), max(ta, tb)


def open_pdf(path: str) -> pdfium.PdfDocument:
    """The document; raises pdfium.PdfiumError (the caller words it) when it cannot be opened."""
    return pdfium.PdfDocument(path)


def password_needed(error: Exception) -> bool:
    return raw.FPDF_GetLastError() == raw.FPDF_ERR_PASSWORD or "password" in str(error).lower()


def _angle(a: float, b: float, rotate: int) -> int:
    """The direction of a baseline (a, b) in user space, as displayed, to the nearest quarter turn."""
    degrees = math.degrees(math.atan2(b, a)) - rotate
    return int(round(degrees / 90.0)) % 4 * 90


class _Objects:
    """What the characters of one text object share (size, descent, angle, font, render mode, colour),
    looked up once per object; what the characters of one font share, once per font."""

    __slots__ = ("cache", "fonts", "textpage", "rotate", "matrix", "red", "green", "blue", "alpha", "descent",
                 "declared", "name")

    def __init__(self, textpage, rotate: int, declared=None) -> None:
        self.declared = declared
        self.cache: dict[int, tuple] = {}
        self.fonts: dict[int, tuple] = {}
        self.textpage = textpage
        self.rotate = rotate
        self.matrix = raw.FS_MATRIX()
        self.descent = ctypes.c_float()
        self.name = ctypes.create_string_buffer(256)
        self.red, self.green, self.blue, self.alpha = (ctypes.c_uint() for _ in range(4))

    def of(self, key: int, index: int, obj) -> tuple:
        """(size, descent, angle, fontname, weight, render, colour) of the text object `obj` (at `key`)."""
        m = self.matrix
        raw.FPDFText_GetMatrix(self.textpage, index, m)
        font_size = raw.FPDFText_GetFontSize(self.textpage, index)
        size = font_size * math.hypot(m.c, m.d) or font_size or 1.0
        angle = _angle(m.a, m.b, self.rotate)
        name, weight, per_unit, render, colour = "", 0, 0.0, 0, None
        if obj:
            font = raw.FPDFTextObj_GetFont(obj)
            if font:
                name, weight, per_unit = self._font(font)
            render = raw.FPDFTextObj_GetTextRenderMode(obj)
            if raw.FPDFPageObj_GetFillColor(obj, self.red, self.green, self.blue, self.alpha):
                colour = (self.red.value, self.green.value, self.blue.value)
        found = (size, per_unit * size, angle, name, weight, render, colour)
        self.cache[key] = found
        return found

    def _font(self, font) -> tuple[str, int, float]:
        key = ctypes.addressof(font.contents)
        found = self.fonts.get(key)
        if found is None:
            length = raw.FPDFFont_GetBaseFontName(font, self.name, 256)
            name = self.name.value.decode("latin-1") if length else ""
            per_unit = 0.0
            if raw.FPDFFont_GetDescent(font, ctypes.c_float(1000.0), self.descent):
                per_unit = self.descent.value / 1000.0
            if per_unit and self.declared is not None:
                declared = self.declared(name)
                if declared is not None:  # the descent the font descriptor states (pdfminer's)
                    per_unit = declared
            found = (name, raw.FPDFFont_GetWeight(font), per_unit)
            self.fonts[key] = found
        return found


def read_page(document: pdfium.PdfDocument, index: int, declared=None) -> PageContent:
    """Page `index` (from 0) of `document`, in pdfplumber's convention and in its reading direction.

    `declared(font name)`: the descent its font descriptor states (per unit of size), or None; pdfium has
    its own where the descriptor says 0 (the font's bounding box), pdfminer takes the descriptor's."""
    page = document[index]
    try:
        return _read(page, declared)
    finally:
        page.close()


def _read(page, declared=None) -> PageContent:
    rotate = page.get_rotation() % 360
    mediabox = page.get_mediabox()
    textpage = page.get_textpage()
    try:
        chars = None
        if rotate == 0:  # the common page: its characters made in the one pass, if its text reads upright
            frame = _Frame(mediabox, 0, 0)
            chars, unmapped, tally = _upright_chars(textpage.raw, declared, frame)
            turn = _turn(tally)
        if chars is None or turn != 0:
            glyphs, unmapped, tally = _glyphs(textpage.raw, rotate, declared)
            turn = _turn(tally)
            frame = _Frame(mediabox, rotate, turn)
            chars = _chars(glyphs, turn, frame)
    finally:
        textpage.close()
    rulings, images, objects = _drawn(page, frame)
    return PageContent(chars, rulings, images, frame.width, frame.height, turn, unmapped, objects)


def _turn(tally: dict[int, int]) -> int:
    """The angle most glyphs run at (upright on a tie): the page is read turned by it."""
    return max(sorted(tally), key=lambda a: (tally[a], a == 0)) if tally else 0


def _text(textpage, count: int) -> str | list[str]:
    """The page's characters, one per index of pdfium's text page."""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = raw.FPDFText_GetText(textpage, 0, count, buffer)  # the characters written, and the closing NUL
    try:
        text = ctypes.string_at(buffer, 2 * count).decode("utf-16-le")
    except UnicodeDecodeError:  # a lone surrogate
        text = ""
    if len(text) != count or written != count + 1:
        # a character beyond the BMP (two UTF-16 units, one index each), or control characters the buffer
        # leaves out (glyphs of a font with its own encoding, codes 1-31: every later character would be
        # given the box of the one before it, "iften en donaties4" for "Giften en donaties 4"): one each
        return [chr(raw.FPDFText_GetUnicode(textpage, i)) for i in range(count)]
    return text


_VOID = ctypes.c_void_p
_BOX_AND_ORIGIN = struct.Struct("4f2d")  # FS_RECTF (left, top, right, bottom), then the origin's x and y


def _by_address(function, restype):
    """The same C function of pdfium, called by address without argument types: the caller passes the
    pointers as ready c_void_p objects and the index as an int (a C int), so that ctypes converts and checks
    nothing per call and makes no pointer object (most of the cost of a call in a loop over every character
    of a page)."""
    return ctypes.CFUNCTYPE(restype)(ctypes.cast(function, _VOID).value)


class _Calls:
    """The calls made once per character, by address: (text page, index) and the pointers to write to."""

    def __init__(self) -> None:
        self.text_object = _by_address(raw.FPDFText_GetTextObject, _VOID)
        self.loose_box = _by_address(raw.FPDFText_GetLooseCharBox, ctypes.c_int)
        self.origin = _by_address(raw.FPDFText_GetCharOrigin, ctypes.c_int)
        self.generated = _by_address(raw.FPDFText_IsGenerated, ctypes.c_int)


class _Pass:
    """What one pass over a page's glyphs needs: the calls, the text page and the buffer they write to, as
    c_void_p objects, and the text objects' properties."""

    def __init__(self, textpage, rotate: int, declared) -> None:
        global _calls
        self.calls = _calls = _calls or _Calls()
        count = raw.FPDFText_CountChars(textpage)
        self.texts = _text(textpage, count) if count > 0 else ""
        self.objects = _Objects(textpage, rotate, declared)
        self.page = ctypes.cast(textpage, _VOID)
        self.buffer = ctypes.create_string_buffer(_BOX_AND_ORIGIN.size)
        at = ctypes.addressof(self.buffer)
        self.box_at, self.x_at, self.y_at = _VOID(at), _VOID(at + 16), _VOID(at + 24)

    def text(self, textpage, index: int) -> tuple[str, bool]:
        """The text of a glyph pdfium gives as a control character or a mapping error; whether its font maps
        it to no Unicode."""
        code = raw.FPDFText_GetUnicode(textpage, index)  # the text buffer writes U+FFFE for 0 and 2
        if code == _LINE_END_HYPHEN:
            return "-", False  # pdfium's mark for a hyphen that ends a line (pdfminer reads the glyph, "-")
        if chr(code) != "\t" and raw.FPDFText_HasUnicodeMapError(textpage, index) == 1:
            return f"(cid:{code})", True  # as pdfminer writes a glyph its font gives no Unicode for
        return chr(code), False


_calls: _Calls | None = None


def _glyphs(textpage, rotate: int, declared=None) -> tuple[list[tuple], int, dict[int, int]]:
    """The page's glyphs in pdfium's order, in user space: (text, object key, its properties, loose box as
    left, top, right, bottom, origin x, y); the glyphs without a Unicode mapping; how many glyphs run at each
    angle (as displayed)."""
    run = _Pass(textpage, rotate, declared)
    calls, objects, page, buffer = run.calls, run.objects, run.page, run.buffer
    box_at, x_at, y_at = run.box_at, run.x_at, run.y_at
    cache = objects.cache
    get_object, loose_box, origin, generated = calls.text_object, calls.loose_box, calls.origin, calls.generated
    unpack = _BOX_AND_ORIGIN.unpack_from
    glyphs: list[tuple] = []
    append = glyphs.append
    tally: dict[int, int] = {}
    unmapped = 0
    for index, text in enumerate(run.texts):
        if text in _SKIPPED:
            continue
        if text == " " and generated(page, index):
            # pdfium's own space, where a space glyph was (of any width: U+00A0, U+2009, U+202F read as " ") or
            # where it sees a gap: left out, the layout finds spaces from the gaps (pdfium's spaces, tried,
            # split words before a line-end hyphen: "sa -")
            continue
        if text < " " or text in _MAPPING_ERRORS:
            text, lost = run.text(textpage, index)
            unmapped += lost
        key = get_object(page, index) or 0
        props = cache.get(key)
        if props is None:
            props = objects.of(key, index, raw.FPDFText_GetTextObject(textpage, index) if key else None)
        loose_box(page, index, box_at)
        origin(page, index, x_at, y_at)
        left, top, right, bottom, x, y = unpack(buffer)
        append((text, key, props, left, bottom, right, top, x, y))
        angle = props[2]
        tally[angle] = tally.get(angle, 0) + 1
    return glyphs, unmapped, tally


def _upright_chars(textpage, declared, frame: _Frame) -> tuple[list[tuple] | None, int, dict[int, int]]:
    """The characters of a page without /Rotate, made in the pass over its glyphs as `_chars` makes them for
    a page read upright (no glyph tuple in between: most pages); the glyphs without a Unicode mapping; how
    many glyphs run at each angle. The caller reads the page again with `_glyphs` when most run at another."""
    run = _Pass(textpage, 0, declared)
    calls, objects, page, buffer = run.calls, run.objects, run.page, run.buffer
    box_at, x_at, y_at = run.box_at, run.x_at, run.y_at
    cache = objects.cache
    get_object, loose_box, origin, generated = calls.text_object, calls.loose_box, calls.origin, calls.generated
    unpack = _BOX_AND_ORIGIN.unpack_from
    frame_box = frame.box
    _, _, _, _, e, f = frame.m  # (1, 0, 0, 1, e, f): x and y map on their own
    height = frame.height
    chars: list[tuple] = []
    append = chars.append
    tally: dict[int, int] = {}
    upright = unmapped = 0
    last_key = last_box = None  # of the last character made (a ligature's letters share its glyph's box)
    object_key = None  # of the last glyph read
    size = descent = 0.0
    angle = 0
    props: tuple = ()
    for index, text in enumerate(run.texts):
        if text in _SKIPPED:
            continue
        if text == " " and generated(page, index):
            continue  # pdfium's own space (see _glyphs)
        if text < " " or text in _MAPPING_ERRORS:
            text, lost = run.text(textpage, index)
            unmapped += lost
        key = get_object(page, index) or 0
        if key != object_key:
            props = cache.get(key)
            if props is None:
                props = objects.of(key, index, raw.FPDFText_GetTextObject(textpage, index) if key else None)
            size, descent, angle = props[0], props[1], props[2]
            object_key = key
        loose_box(page, index, box_at)
        origin(page, index, x_at, y_at)
        left, top, right, bottom, x, y = unpack(buffer)
        if angle == 0:  # pdfminer's box from the origin, advance and size (as _chars)
            upright += 1
            x0, x1 = x + e, right + e
            if x0 > x1:
                x0, x1 = left + e, x + e
            low = height - (y + f) - descent
            box = (x0, low - size, x1, low)
        else:  # set at another angle than the page's text: its box as it lies
            tally[angle] = tally.get(angle, 0) + 1
            box = frame_box(left, bottom, right, top)
        if key == last_key and box == last_box and text.isalpha() and chars[-1][0].isalpha():
            chars[-1] = (chars[-1][0] + text,) + chars[-1][1:]  # one glyph, several letters (a ligature): one box
            continue
        if text == " " and chars and key == last_key and angle == 0:
            _end_at_space(chars, box[0])
        last_key, last_box = key, box
        append((text, box[0], box[1], box[2], box[3], size, props))
    if upright:
        tally[0] = upright
    return chars, unmapped, tally


def _chars(glyphs: list[tuple], turn: int, frame: _Frame) -> list[tuple]:
    """The glyphs as the layout's characters in the reading frame."""
    point, frame_box = frame.point, frame.box
    simple = turn == 0 and frame.m[1] == 0.0 and frame.m[2] == 0.0  # no turn: x and y map on their own
    a, _, _, d, e, f = frame.m
    height = frame.height
    chars: list[tuple] = []
    last_key = last_box = None
    for text, key, props, left, bottom, right, top, x, y in glyphs:
        size, descent, angle = props[0], props[1], props[2]
        if angle == turn:  # upright in the reading frame: pdfminer's box from the origin, advance and size
            if simple:
                x0, x1 = a * x + e, a * right + e
                if x0 > x1:
                    x0, x1 = a * left + e, a * x + e
                low = height - (d * y + f) - descent
            else:
                x0, _, x1, _ = frame_box(left, bottom, right, top)
                low = point(x, y)[1] - descent
            box = (x0, low - size, x1, low)
        else:  # set at another angle than the page's text: its box as it lies
            box = frame_box(left, bottom, right, top)
        if key == last_key and box == last_box and text.isalpha() and chars[-1][0].isalpha():
            chars[-1] = (chars[-1][0] + text,) + chars[-1][1:]  # one glyph, several letters (a ligature): one box
            continue
        if text == " " and chars and key == last_key and angle == turn:
            _end_at_space(chars, box[0])
        last_key, last_box = key, box
        chars.append((text, box[0], box[1], box[2], box[3], size, props))
    return chars


def _end_at_space(chars: list[tuple], space: float) -> None:
    """The last character, before a space glyph of its text object, ends where the space begins, if its box
    reached past it. pdfium's loose box ends at the glyph's ink where that overhangs its advance (the "f" of many fonts:
    "of the" in the Marat of benchmarks/data/ap-jaarverslag-2022.pdf, whose "f" reaches 1.4 pt into the space
    after it); pdfminer's box, and the word break the layout sees there, end at the advance, which is where
    the space glyph is set (its origin is the "f"'s origin plus its advance, with no character spacing)."""
    char = chars[-1]
    if char[1] <= space < char[3]:
        chars[-1] = char[:3] + (space,) + char[4:]


def _drawn(page, frame: _Frame) -> tuple[list[tuple[float, float, float]], int, int]:
    """Vertical rules, the number of images and of page objects (those inside forms too)."""
    rulings: list[tuple[float, float, float]] = []
    images = objects = 0
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for kind, obj in _page_objects(page.raw):
        objects += 1
        if kind == raw.FPDF_PAGEOBJ_IMAGE:
            images += 1
        if kind != raw.FPDF_PAGEOBJ_PATH:
            continue
        segments = raw.FPDFPath_CountSegments(obj)
        if segments < 2 or segments > 6:
            continue
        points = []
        closed = False
        for i in range(segments):
            segment = raw.FPDFPath_GetPathSegment(obj, i)
            kind_of = raw.FPDFPathSegment_GetType(segment)
            if kind_of == raw.FPDF_SEGMENT_BEZIERTO:
                points = []
                break
            raw.FPDFPathSegment_GetPoint(segment, left, bottom)
            points.append((left.value, bottom.value))
            closed = closed or bool(raw.FPDFPathSegment_GetClose(segment))
        if len(points) < 2:
            continue
        x_min = min(x for x, _ in points)
        x_max = max(x for x, _ in points)
        y_min = min(y for _, y in points)
        y_max = max(y for _, y in points)
        if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        # the path's points are in its own space: place them by the object's bounds (which add half the
        # line width on each side of a stroked path)
        fill, stroke = ctypes.c_int(), ctypes.c_int()
        raw.FPDFPath_GetDrawMode(obj, fill, stroke)
        half = _half_width(obj) if stroke.value else 0.0
        box = frame.box(left.value + half, bottom.value + half, right.value - half, top.value - half)
        if box[2] < box[0]:
            box = ((box[0] + box[2]) / 2, box[1], (box[0] + box[2]) / 2, box[3])
        if box[3] < box[1]:
            box = (box[0], (box[1] + box[3]) / 2, box[2], (box[1] + box[3]) / 2)
        x0, top_, x1, bottom_ = box
        is_line = len(points) == 2
        is_rect = not is_line and _axis_aligned(points) and (x_max - x_min) > 0 and (y_max - y_min) > 0
        if is_line:
            if x1 - x0 < 1.0 and bottom_ - top_ > 2.0:
                rulings.append(((x0 + x1) / 2, top_, bottom_))
        elif is_rect:
            if bottom_ - top_ <= 2.0:
                continue
            if x1 - x0 < 2.0:
                rulings.append(((x0 + x1) / 2, top_, bottom_))
            elif stroke.value:
                rulings += [(x0, top_, bottom_), (x1, top_, bottom_)]
    return rulings, images, objects


def _page_objects(parent, form: bool = False, depth: int = 0, max_depth: int = 8):
    """(type, object) of every object on the page, those inside form XObjects too (down to `max_depth` levels),
    as pypdfium2's `get_objects` walks them, without a wrapper object each."""
    count = (raw.FPDFFormObj_CountObjects if form else raw.FPDFPage_CountObjects)(parent)
    if count < 0:
        raise pdfium.PdfiumError("Failed to get number of pageobjects.")
    get = raw.FPDFFormObj_GetObject if form else raw.FPDFPage_GetObject
    kind_of = raw.FPDFPageObj_GetType
    for index in range(count):
        obj = get(parent, index)
        if not obj:
            raise pdfium.PdfiumError("Failed to get pageobject.")
        kind = kind_of(obj)
        yield kind, obj
        if kind == raw.FPDF_PAGEOBJ_FORM and depth < max_depth - 1:
            yield from _page_objects(obj, True, depth + 1, max_depth)


def _half_width(obj) -> float:
    width = ctypes.c_float()
    if raw.FPDFPageObj_GetStrokeWidth(obj, width):
        return max(0.0, width.value) / 2
    return 0.0


def _axis_aligned(points: list[tuple[float, float]]) -> bool:
    """A closed four-sided path whose sides run along the axes (pdfplumber's rect)."""
    corners = points[:4] if len(points) >= 4 else points
    if len(corners) < 4:
        return False
    for (xa, ya), (xb, yb) in zip(corners, corners[1:] + corners[:1]):
        if abs(xa - xb) > 0.01 and abs(ya - yb) > 0.01:
            return False
    return True


class PdfiumPages:
    """The pages of one PDF, read with pdfium (the default engine)."""

    def __init__(self, path: str) -> None:
        from extractor.runtime.errors import InputError
        self.path = path
        try:
            self.document = open_pdf(path)
        except pdfium.PdfiumError as error:
            if password_needed(error):
                raise InputError(path, "pdf.password") from None
            raise InputError(path, "pdf.damaged", cause=error) from None
        self.count = len(self.document)
        # a cross-reference table pdfium had to rebuild: a damaged file (the caller reads it with pdfminer)
        self.sound = bool(raw.FPDF_DocumentHasValidCrossReferenceTable(self.document.raw)) and self.count > 0
        self._descents: dict[str, float] | None = None
        self._damaged: set[int] = set()

    def _declared(self, name: str) -> float | None:
        """The /Descent of the font descriptors named `name` (subset prefix aside), read once per file with
        pdfminer's parser (only asked for fonts pdfium gives a descent)."""
        if self._descents is None:
            self._descents, self._damaged = _declared_descents(self.path)
        return self._descents.get(_base_name(name))

    def damaged(self, index: int) -> bool:
        if self._descents is None:
            self._descents, self._damaged = _declared_descents(self.path)
        return index in self._damaged

    def close(self) -> None:
        self.document.close()

    def prepare(self) -> None:
        """Read what every page needs of the whole file (the declared descents, the damaged pages) now."""
        self.damaged(0)

    def twin(self) -> PdfiumPages:
        """The same pages opened anew (in another process: a file handle is not shared), sharing what
        `prepare` read."""
        twin = PdfiumPages(self.path)
        twin._descents, twin._damaged = self._descents, self._damaged
        return twin

    def page(self, index: int):
        from extractor.document.readers.pdf_engine import PageRead

        try:
            content = read_page(self.document, index, self._declared)
        except pdfium.PdfiumError:
            return PageRead(index + 1, [], [], 0, 842.0, unreadable=True)
        unreadable = self.damaged(index)
        if unreadable:  # what pdfium decoded of a broken stream is suspect: the page is named, as pdfminer does
            content.chars, content.rulings = [], []
        return PageRead(index + 1, content.chars, content.rulings, content.images, content.height,
                        unreadable=unreadable, turned=content.turned, unmapped=content.unmapped,
                        width=0.0 if content.turned else content.width)


def _base_name(name: str) -> str:
    return name.split("+", 1)[1] if len(name) > 7 and name[6] == "+" else name


def _declared_descents(path: str) -> tuple[dict[str, float], set[int]]:
    """Font name -> the descent its descriptor declares, per unit of size, for the fonts of every page; and
    the pages (from 0) whose content streams are lost or do not decode (pdfium reads what it can of them
    without a word; pdfminer's checks, as the pdfplumber engine makes them)."""
    from extractor.document.readers.pdfplumber_page import quiet_pdfminer

    found: dict[str, float] = {}
    damaged: set[int] = set()
    with quiet_pdfminer() as problems:
        try:
            from pdfminer.pdfdocument import PDFDocument
            from pdfminer.pdfpage import PDFPage
            from pdfminer.pdfparser import PDFParser
            from pdfminer.pdftypes import resolve1

            with open(path, "rb") as handle:
                document = PDFDocument(PDFParser(handle))
                seen: set = set()
                for index, page in enumerate(PDFPage.create_pages(document)):
                    before = problems.count
                    try:
                        _fonts_of(resolve1(page.resources), found, seen, resolve1)
                        lost = _streams_lost(page, resolve1)
                    except Exception:  # noqa: BLE001 - what cannot even be looked at is lost
                        lost = True
                    if lost or problems.count > before:
                        damaged.add(index)
        except Exception:  # noqa: BLE001 - pdfium's own descent stays
            pass
    return found, damaged


def _streams_lost(page, resolve1) -> bool:
    """The page's content streams are not there, or decode to nothing although they hold data."""
    from pdfminer.pdftypes import PDFStream

    contents = page.attrs.get("Contents")
    if contents is None:
        return False
    contents = resolve1(contents)
    for stream in map(resolve1, contents if isinstance(contents, list) else [contents]):
        if not isinstance(stream, PDFStream):
            return True
        if not stream.get_data() and (stream.attrs.get("Filter") or (resolve1(stream.attrs.get("Length")) or 0)):
            return True
    return False


def _fonts_of(resources, found: dict[str, float], seen: set, resolve1, depth: int = 0) -> None:
    if not isinstance(resources, dict) or depth > 4:
        return
    for font in (resolve1(resources.get("Font")) or {}).values():
        font = resolve1(font)
        if not isinstance(font, dict) or id(font) in seen:
            continue
        seen.add(id(font))
        descriptor = resolve1(font.get("FontDescriptor"))
        if descriptor is None and font.get("DescendantFonts"):
            descendants = resolve1(font["DescendantFonts"])
            if descendants:
                descriptor = resolve1(resolve1(descendants[0]).get("FontDescriptor"))
        name = getattr(resolve1(font.get("BaseFont")), "name", None)
        if name and isinstance(descriptor, dict):
            descent = resolve1(descriptor.get("Descent", 0))
            if isinstance(descent, (int, float)):
                found.setdefault(_base_name(name), -abs(descent) / 1000.0)
    for xobject in (resolve1(resources.get("XObject")) or {}).values():
        xobject = resolve1(xobject)
        attrs = getattr(xobject, "attrs", None)
        if attrs and id(xobject) not in seen:
            seen.add(id(xobject))
            _fonts_of(resolve1(attrs.get("Resources")), found, seen, resolve1, depth + 1)
