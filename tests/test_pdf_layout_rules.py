"""The reading-order and glyph rules of pdf_layout on characters laid out by hand, in other sectors' words.

Each case is a small page: characters with their boxes, as pdfplumber gives them. Word widths are 5 pt a
letter, lines 10 pt high, 13 pt apart.
"""

from __future__ import annotations

from extractor.document.readers.pdf_layout import SOFT_HYPHEN, make_lines, page_units, words_of

SIZE = 10.0


def _chars(text: str, x: float, top: float, *, width: float = 5.0, space: float = 2.5, size: float = SIZE,
           space_glyphs: bool = True) -> list[dict]:
    """The characters of `text` set from x on one line; spaces as glyphs (or, without, as gaps)."""
    out = []
    for ch in text:
        if ch == " ":
            if space_glyphs:
                out.append({"text": " ", "x0": x, "x1": x + space, "top": top, "bottom": top + size, "size": size})
            x += space
            continue
        out.append({"text": ch, "x0": x, "x1": x + width, "top": top, "bottom": top + size, "size": size})
        x += width
    return out


def _width(text: str) -> float:
    return sum(2.5 if ch == " " else 5.0 for ch in text)


def _texts(units) -> list[list[str]]:
    return [[line.text for line in cell] for unit in units for cell in unit.cells]


def _table(rows: list[tuple[list[str], list[str]]], right_x: float, top: float = 100.0) -> list[dict]:
    """A borderless two-column table: each row's cells line by line, rows 8 pt apart."""
    chars = []
    for left, right in rows:
        for i in range(max(len(left), len(right))):
            if i < len(left):
                chars += _chars(left[i], 50, top + 13 * i)
            if i < len(right):
                chars += _chars(right[i], right_x, top + 13 * i)
        top += 13 * max(len(left), len(right)) + 8
    return chars


# ---------------------------------------------------------------------------------------------- columns

HOUSING = [
    (["De huurprijs van een woning", "volgt de index van het", "vorige jaar."],
     ["Artikel 12 van het huishoudelijk", "reglement legt dat vast."]),
    (["Elke huurder is vennoot van", "de coöperatie."],
     ["Zie artikel 5 van de statuten", "van de woningcoöperatie."]),
    (["De raad van bestuur komt elk", "kwartaal bijeen."],
     ["Artikel 18 van de statuten."]),
]


def test_a_borderless_table_with_a_narrow_gutter_is_read_cell_by_cell():
    # the longest left line ends at x = 177.5, the right cells start at 184: a 6.5 pt gutter, under the
    # wide rule (12 pt)
    units, _, columns = page_units(_table(HOUSING, right_x=184.0))
    assert [unit.kind for unit in units] == ["row", "row", "row"]
    assert _texts(units) == [
        ["De huurprijs van een woning", "volgt de index van het", "vorige jaar."],
        ["Artikel 12 van het huishoudelijk", "reglement legt dat vast."],
        ["Elke huurder is vennoot van", "de coöperatie."],
        ["Zie artikel 5 van de statuten", "van de woningcoöperatie."],
        ["De raad van bestuur komt elk", "kwartaal bijeen."], ["Artikel 18 van de statuten."]]
    assert columns == [184.0]


def test_the_same_gutter_without_aligned_lines_is_a_word_space():
    # a justified paragraph whose word spaces happen to line up: a 4 pt gap runs down its three lines, but
    # the words after it start at three different x
    lefts = ["Onze voedselcoöperatie telt", "Het magazijn in Gent werd", "De winkel opende in mei in"]
    rights = ["dit jaar 412 leden", "uitgebreid met 80 m2", "een nieuw pand."]
    end = max(_width(text) for text in lefts) + 50
    chars = []
    for i, (left, right, shift) in enumerate(zip(lefts, rights, [0.0, 1.5, 2.5])):
        chars += _chars(left, end - _width(left), 100 + 13 * i) + _chars(right, end + 4 + shift, 100 + 13 * i)
    units, _, columns = page_units(chars)
    assert _texts(units) == [["Onze voedselcoöperatie telt dit jaar 412 leden",
                              "Het magazijn in Gent werd uitgebreid met 80 m2",
                              "De winkel opende in mei in een nieuw pand."]]
    assert columns == []


def test_a_list_marker_beside_its_text_is_no_column():
    chars = []
    for i, line in enumerate(["Er werden 1.250 maaltijden", "bezorgd door 14 vrijwilligers", "in drie gemeenten."]):
        if i == 0:
            chars += _chars("—", 50, 100)
        chars += _chars(line, 62, 100 + 13 * i)
    units, _, _ = page_units(chars)
    assert _texts(units) == [["— Er werden 1.250 maaltijden", "bezorgd door 14 vrijwilligers", "in drie gemeenten."]]


def test_a_drawn_rule_between_cells_makes_a_column_of_any_gap():
    # figures set flush right in their cells (no aligned left edges), 7.5 pt after the longest label
    chars = []
    for top, label, figure in [(100, "Aantal fietskoeriers", "37"), (113, "in dienst", "(31 in 2022)"),
                               (134, "Geleverde pakjes", "48.200")]:
        chars += _chars(label, 50, top) + _chars(figure, 210 - _width(figure), top)
    ruling = [(151.0, 95.0, 150.0)]  # a vertical rule down the table, between the columns
    assert _texts(page_units(chars, ruling)[0]) == [["Aantal fietskoeriers", "in dienst"], ["37", "(31 in 2022)"],
                                                   ["Geleverde pakjes"], ["48.200"]]
    # without the rule, the two lines of the first row are read across (the last row, one line with a wide
    # gap, is split by the wide rule alone)
    # (these characters carry no space glyph: the label and its figure, over an em apart, are two cells)
    assert _texts(page_units(chars)[0])[0] == ["Aantal fietskoeriers   37", "in dienst (31 in 2022)"]


def test_a_table_going_on_from_the_page_before_needs_one_aligned_line():
    chars = _table([(["ontvangen alle leden een", "stem per aandeel."], ["in de statuten."])], right_x=168.0)
    assert [u.kind for u in page_units(chars)[0]] == ["block"]
    units, _, _ = page_units(chars, known=[168.0])
    assert _texts(units) == [["ontvangen alle leden een", "stem per aandeel."], ["in de statuten."]]


def test_a_table_set_under_its_introduction_without_space_between_rows():
    intro = _chars("De voorwaarden van het label zijn de volgende en worden jaarlijks getoetst:", 50, 87)
    rows = []
    top = 100.0
    for left, right in [(["Een democratisch bestuur met", "een stem per vennoot."], ["Artikel 9 van de", "statuten."]),
                        (["Een beperkte winstuitkering."], ["Artikel 31."]),
                        (["Een sociaal doel dat de", "buurt ten goede komt."], ["Artikel 3 en het", "jaarverslag."])]:
        for i in range(max(len(left), len(right))):
            if i < len(left):
                rows += _chars(left[i], 50, top + 13 * i)
            if i < len(right):
                rows += _chars(right[i], 215, top + 13 * i)
        top += 13 * max(len(left), len(right))  # no space between the rows
    units, _, _ = page_units(intro + rows)
    assert _texts(units) == [
        ["De voorwaarden van het label zijn de volgende en worden jaarlijks getoetst:"],
        ["Een democratisch bestuur met", "een stem per vennoot."], ["Artikel 9 van de", "statuten."],
        ["Een beperkte winstuitkering."], ["Artikel 31."],
        ["Een sociaal doel dat de", "buurt ten goede komt."], ["Artikel 3 en het", "jaarverslag."]]


# ---------------------------------------------------------------------------------------------- glyphs

def _line(chars: list[dict]) -> str:
    words, _, _ = words_of(chars)
    lines = make_lines(words)
    assert len(lines) == 1, [line.text for line in lines]
    return lines[0].text


def test_a_raised_two_stays_on_its_line():
    chars = _chars("een zaal van 120 m", 50, 100)
    x = chars[-1]["x1"]
    chars.append({"text": "2", "x0": x, "x1": x + 3.5, "top": 97.0, "bottom": 104.0, "size": 7.0})
    chars += _chars(" voor de buurt", x + 3.5, 100)
    assert _line(chars) == "een zaal van 120 m2 voor de buurt"


def test_a_raised_two_at_full_size_stays_on_its_line_too():
    chars = _chars("120 m", 50, 100)
    chars.append({"text": "2", "x0": chars[-1]["x1"], "x1": chars[-1]["x1"] + 5, "top": 95.0, "bottom": 105.0,
                  "size": SIZE})
    assert _line(chars) == "120 m2"


def test_a_space_glyph_between_touching_letters_is_no_break():
    chars = _chars("Artikel", 50, 100)
    # the unused soft hyphen of a browser, drawn as a space over the "t" and "i" of "Artikel"
    chars.insert(3, {"text": " ", "x0": 64.0, "x1": 66.5, "top": 100.0, "bottom": 110.0, "size": SIZE})
    assert _line(chars) == "Artikel"
    assert _line(_chars("zeven leden", 50, 100)) == "zeven leden"


def test_a_multi_letter_ligature_gets_a_box_per_letter():
    chars = [{"text": "ti", "x0": 50.0, "x1": 58.0, "top": 100.0, "bottom": 110.0, "size": SIZE}]
    chars += _chars("en", 58.0, 100)
    words, _, _ = words_of(chars)
    line, = make_lines(words)
    assert line.text == "tien"
    assert line.boxes[0:8].tolist() == [50.0, 100.0, 54.0, 110.0, 54.0, 100.0, 58.0, 110.0]


def test_hyphens_u2010_at_the_line_end_is_a_break_and_inside_a_word_a_hyphen():
    assert _line(_chars("co\u2010ontwikkeling van de buurt\u2010", 50, 100)) == \
        "co-ontwikkeling van de buurt" + SOFT_HYPHEN
    assert _line(_chars("niet\u2011gesubsidieerd", 50, 100)) == "niet-gesubsidieerd"


def test_a_glyph_without_unicode_keeps_one_box_per_character() -> None:
    """A font that maps a glyph to no Unicode gives pdfminer's "(cid:5)": seven characters of text for one
    glyph. Every character of a line has its box (the table finder reads a line's boxes by position; a real
    annual account of such a font ended in an IndexError)."""
    chars = [{"text": t, "x0": x, "x1": x + 5.0, "top": 100.0, "bottom": 110.0, "size": 10.0}
             for t, x in (("(cid:5)", 50.0), ("(cid:4)", 55.0), ("7", 60.0))]
    words, _, _ = words_of(chars)
    assert ["".join(word.chars) for word in words] == ["(cid:5)(cid:4)7"]
    assert len(words[0].boxes) == 4 * len("(cid:5)(cid:4)7")  # four floats a character, flat
    assert words[0].boxes[:4] == [50.0, 100.0, 50.0 + 5.0 / 7, 110.0]
    assert words[0].boxes[-4:] == [60.0, 100.0, 65.0, 110.0]
