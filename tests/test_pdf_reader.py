"""The PDF reader on PDFs of the real corpus reports (built by tests/make_pdfs.py) and on broken PDFs."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pdfplumber
import pytest

from extractor.runtime.errors import InputError
from extractor.document.readers.pdf import read_pdf
from extractor.document.readers.pdf_layout import SOFT_HYPHEN, make_lines, words_of

sys.path.insert(0, str(Path(__file__).parent))
import make_pdfs  # noqa: E402

pytestmark = pytest.mark.usefixtures("in_english")  # the English wording of the error lines

FOOTER = "SmartCoop erkende CVSO | Bijzonder verslag"


@pytest.fixture(scope="session")
def fixtures() -> dict[str, Path]:
    names = {"2021": "smartcoop-bijzonder-verslag-2021.pdf", "2024": "smartcoop-bijzonder-verslag-2024.pdf",
             "two_columns": "two-columns.pdf", "image_pages": "image-only-page.pdf"}
    paths = {key: make_pdfs.FIXTURES / name for key, name in names.items()}
    if not all(path.exists() for path in paths.values()):
        make_pdfs.build_fixtures()
    return paths


@pytest.fixture(scope="session")
def doc21(fixtures):
    return read_pdf(fixtures["2021"])


@pytest.fixture(scope="session")
def doc24(fixtures):
    return read_pdf(fixtures["2024"])


def _find(doc, text: str):
    matches = [line for line in doc.lines if text in line.text]
    assert len(matches) == 1, (text, matches)
    return matches[0]


def _blocks(lines) -> list[str]:
    """Lines joined into blocks at starts_block; a line ending in '-' joins the next without a space."""
    blocks: list[str] = []
    for line in lines:
        if line.starts_block or not blocks:
            blocks.append(line.text.strip())
        else:
            sep = "" if blocks[-1].endswith("-") else " "
            blocks[-1] += sep + line.text.strip()
    return blocks


# ---------------------------------------------------------------------------------------------- provenance

@pytest.mark.slow
@pytest.mark.parametrize("year, text, page, number, figure", [
    ("2021", "werkgever van 18.894 personen", 3, 42, "18.894"),
    ("2024", "werkgever van 20.892 personen", 4, 13, "20.892"),
])
def test_a_figure_is_on_its_page_and_line_and_its_boxes_crop_to_it(request, fixtures, year, text, page,
                                                                   number, figure):
    doc = request.getfixturevalue(f"doc{year[2:]}")
    line = _find(doc, text)
    assert (line.page, line.number) == (page, number)
    start = line.text.index(figure)
    boxes = line.char_boxes[start:start + len(figure)]
    bbox = boxes[0]
    for box in boxes[1:]:
        bbox = bbox.union(box)
    with pdfplumber.open(fixtures[year]) as pdf:
        cropped = pdf.pages[page - 1].crop((bbox.x0, bbox.top, bbox.x1, bbox.bottom)).extract_text()
    assert cropped == figure


def test_every_character_has_a_box_and_only_inserted_spaces_lack_one(doc21, doc24):
    for doc in (doc21, doc24):
        for line in doc.lines:
            assert len(line.char_boxes) == len(line.text)
            assert all(box is not None or ch == " " for ch, box in zip(line.text, line.char_boxes))


def test_lines_are_numbered_by_their_visual_row_within_their_page(doc21, doc24):
    """A line's number is the rank of its row from the top of the page, the furniture's rows (the running
    footer) counted too: every number from 1 to the last is some row's, and a line wholly under another has
    a greater number (was: the text lines counted in reading order, the footer not, both columns of a table's
    row numbered one after the other)."""
    for doc in (doc21, doc24):
        rows: dict[int, list[tuple[int, float, float]]] = {}
        for line in doc.lines:
            boxes = [box for box in line.char_boxes if box is not None]
            rows.setdefault(line.page, []).append((line.number, min(b.top for b in boxes),
                                                   max(b.bottom for b in boxes)))
        for item in doc.furniture:
            rows[item.location.page].append((item.location.line, item.location.bbox.top,
                                             item.location.bbox.bottom))
        assert sorted(rows) == list(range(1, doc.pages + 1))
        for page, found in rows.items():
            numbers = sorted({number for number, _, _ in found})
            assert numbers == list(range(1, len(numbers) + 1)), page
            for number, top, bottom in found:
                assert all(other > number for other, other_top, _ in found if other_top > bottom), (page, number)
        footers = [f for f in doc.furniture if f.kind == "footer"]
        assert all(f.location.line == max(n for n, _, _ in rows[f.location.page]) for f in footers)


def test_document_header(doc24, fixtures):
    import hashlib

    assert doc24.format == "pdf" and doc24.pages == 8
    assert doc24.sha256 == hashlib.sha256(fixtures["2024"].read_bytes()).hexdigest()
    assert doc24.notices == []


# ---------------------------------------------------------------------------------------------- furniture

@pytest.mark.parametrize("year, first_page_number", [("2021", 1), ("2024", 7)])
def test_the_running_footer_is_furniture_on_every_page_and_never_text(request, year, first_page_number):
    doc = request.getfixturevalue(f"doc{year[2:]}")
    assert not [line.text for line in doc.lines if FOOTER in line.text or re.match(r"—\d+Smart", line.text)]
    footers = [f for f in doc.furniture if f.kind == "footer"]
    assert [f.location.page for f in footers] == list(range(1, doc.pages + 1))
    assert all(f.text.startswith(f"—{f.location.page + first_page_number - 1}SmartCoop erkende CVSO |")
               for f in footers)
    numbers = [(f.location.page, f.text) for f in doc.furniture if f.kind == "page_number"]
    assert numbers == [(p, str(p + first_page_number - 1)) for p in range(1, doc.pages + 1)]
    assert all(f.location.bbox.top > 800 for f in footers)


def test_urls_repeated_at_the_page_bottom_are_furniture(doc24):
    urls = [(f.location.page, f.text) for f in doc24.furniture if f.kind == "url"]
    assert (4, "https://www.objectifemploigembloux.be/") in urls
    assert len(urls) == 6
    # the URL in the running text stays text
    assert "(https://www.objectifemploigembloux.be/)." in _find(doc24, "Gembloux (https://").text


def test_a_paragraph_broken_across_a_page_goes_on_without_a_new_block(doc24):
    first = next(i for i, line in enumerate(doc24.lines) if line.page == 3)
    before, after = doc24.lines[first - 1], doc24.lines[first]
    assert before.text.endswith("rond de ontwikkeling van") and after.text.startswith("beroepsactiviteiten,")
    assert (before.page, after.page, after.starts_block) == (2, 3, False)
    heading = next(line for line in doc24.lines if line.page == 8)  # a page that opens with a heading
    assert heading.text == "Delen van de middelen en de risico’s" and heading.starts_block


# ---------------------------------------------------------------------------------------------- reading order

def test_the_nine_conditions_come_out_cell_by_cell(doc24):
    start = next(i for i, line in enumerate(doc24.lines) if line.text.startswith("De vennootschap moet hoofd"))
    cells = _blocks(doc24.lines[start:])[:18]
    table = next(e for e in make_pdfs.elements_2024() if e.kind == "table")
    assert cells == [cell for row in table.rows for cell in row]


def test_a_table_row_broken_across_a_page_is_joined_left_cell_then_right_cell(doc24):
    start = next(i for i, line in enumerate(doc24.lines) if line.text.startswith("Het mandaat van bestuurder"))
    row = doc24.lines[start:start + 7]
    assert [(line.page, line.starts_block) for line in row] == [
        (1, True), (1, False), (2, False), (2, False),  # left cell: two lines on page 1, two on page 2
        (1, True), (1, False), (2, False)]  # right cell: the same
    assert row[3].text == "presentiegeld)."
    assert row[4].text.startswith("Artikel 23 van de statuten")
    assert _blocks(row) == [
        "Het mandaat van bestuurder moet onbezoldigd zijn (tenzij de algemene vergadering beslist over een "
        "beperkte onkostenvergoeding of presentiegeld).",
        "Artikel 23 van de statuten werd tijdens de buitengewone algemene vergadering van juni 2022 aangepast "
        "om die formulering over te nemen."]


def test_a_row_whose_left_cell_alone_goes_on_is_joined_too(doc21):
    start = next(i for i, line in enumerate(doc21.lines) if line.text.startswith("Bij uittreding moet"))
    row = doc21.lines[start:start + 5]
    assert [line.page for line in row] == [1, 1, 2, 1, 1]
    assert row[2].text == "inbreng ontvangen." and row[3].text.startswith("Bepaling in overeenstemming")


def test_two_columns_are_read_column_by_column(fixtures):
    doc = read_pdf(fixtures["two_columns"])
    squeeze = lambda text: re.sub(r"[\s-]", "", text)  # noqa: E731 - hyphenation breaks aside
    text = squeeze(" ".join(line.text for line in doc.lines))
    source = [e.text for e in make_pdfs.elements_2024() if e.kind in ("para", "heading")][10:22]
    positions = [text.find(squeeze(part)[:60]) for part in source]
    assert -1 not in positions and positions == sorted(positions)
    # pdfplumber's own extract_text reads across the gutter
    with pdfplumber.open(fixtures["two_columns"]) as pdf:
        plain = pdf.pages[0].extract_text()
    assert squeeze(source[1])[:60] not in squeeze(plain)


# ---------------------------------------------------------------------------------------------- glyphs

def test_fake_bold_headings_are_read_once(doc21, doc24):
    assert _find(doc24, "Wettelijke verplichtingen").text == "Wettelijke verplichtingen"
    assert _find(doc21, "ERKENDE CVSO").text == "SMARTCOOP ERKENDE CVSO"
    assert not [line for line in doc24.lines if "WWee" in line.text or "JJuu" in line.text]


def test_hyphenated_line_ends_are_left_to_the_normaliser(doc21, doc24):
    line = _find(doc24, "tijdens de buiten-")
    assert line.text.endswith("buiten-")
    assert doc24.lines[doc24.lines.index(line) + 1].text.startswith("gewone algemene vergadering")
    # the 2021 PDF marks its breaks with a soft hyphen: kept as the line's last character, nowhere else
    line = _find(doc21, "Tot hiertoe was Smart")
    # pdfium (the default engine) marks every hyphen that ends a line, "-" or U+00AD, with one code and keeps no
    # character code: it reads "-" there; pdfplumber keeps the U+00AD (README, "PDF engines")
    pdfplumber_doc = read_pdf(doc21.path, engine="pdfplumber")
    assert _find(pdfplumber_doc, "Tot hiertoe was Smart").text.endswith("Smart" + SOFT_HYPHEN)
    assert line.text.endswith("Smart-")
    assert all(SOFT_HYPHEN not in line.text[:-1] for line in doc21.lines)


def test_ligatures_become_letters_with_a_box_each(doc21):
    assert not [line for line in doc21.lines if re.search("[ﬀﬁﬂﬃﬄ]", line.text)]
    line = _find(doc21, "De in 2021 toegekende financieringen")
    start = line.text.index("fi")
    f, i = line.char_boxes[start:start + 2]
    assert f.x1 == pytest.approx(i.x0) and f.x0 < f.x1 < i.x1


def test_narrow_no_break_spaces_are_kept(doc24):
    assert "(4.800\u202fm2)" in _find(doc24, "4.800").text


def _char(text, x0, x1=None, top=100.0, size=10.0):
    return {"text": text, "x0": x0, "x1": x1 if x1 is not None else x0 + 5, "top": top,
            "bottom": top + size, "size": size}


def test_glyph_clean_up_on_raw_characters():
    chars = [_char("ﬁ", 0, 9), _char("e", 9), _char("\u00ad", 14, 17), _char("t", 17), _char("s", 22),
             _char("s", 22.3),  # fake bold: the "s" drawn again 0.3 pt to the right
             _char("e", 27), _char("e", 27.4, top=100.3),
             _char("n", 40), _char("\ufffe", 45, 48)]
    words, size, _ = words_of(chars)
    line, = make_lines(words)
    assert line.text == "fietse n" + SOFT_HYPHEN  # gap before "n": a space; U+FFFE at the end: a break
    assert line.boxes[0:4].tolist() == [0, 100, 4.5, 110] and line.boxes[4:8].tolist() == [4.5, 100, 9, 110]


# ---------------------------------------------------------------------------------------------- bad PDFs

def test_owner_password_only_is_read(tmp_path):
    doc = read_pdf(make_pdfs.build_encrypted(tmp_path / "owner.pdf"))
    assert "werkgever van 20.892 personen." in doc.lines[0].text


def test_user_password_is_a_clear_error(tmp_path):
    with pytest.raises(InputError) as caught:
        read_pdf(make_pdfs.build_encrypted(tmp_path / "user.pdf", user_password="geheim"))
    assert "password" in caught.value.reason and "unprotected copy" in caught.value.remedy


def test_an_image_only_page_is_a_notice_and_the_other_pages_are_read(fixtures):
    doc = read_pdf(fixtures["image_pages"])
    assert [(line.page, line.text) for line in doc.lines] == [
        (1, "In 2024 werden er 674 aanvragen behandeld."), (3, "Het comité is acht keer bijeengekomen.")]
    notice, = doc.notices
    assert notice.code == "pdf.no_text_layer" and notice.location.page == 2 and "OCR" in notice.message


@pytest.mark.parametrize("name, content, reason", [
    ("empty.pdf", b"", "empty"),
    ("text.pdf", "In 2024 was Smart werkgever.".encode(), "not a PDF although named .pdf (it is plain text)"),
    ("word.pdf", b"PK\x03\x04" + bytes(100), "a ZIP archive"),
    ("zero.pdf", make_pdfs.zero_pages_pdf(), "no pages"),
    ("garbage.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 20 + b"\n%%EOF\n", "damaged"),
])
def test_broken_files_are_one_line_input_errors(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_pdf(path)
    assert reason in caught.value.reason and caught.value.path == str(path)
    assert "\n" not in caught.value.line()


def test_a_truncated_pdf_is_an_error(tmp_path, fixtures):
    path = tmp_path / "truncated.pdf"
    path.write_bytes(fixtures["2024"].read_bytes()[:40_000])
    with pytest.raises(InputError, match="truncated"):
        read_pdf(path)


@pytest.mark.slow  # the PDF is parsed in a child process whose limits are tested
def test_a_pdf_that_eats_memory_is_stopped(tmp_path):
    path = tmp_path / "bomb.pdf"
    path.write_bytes(make_pdfs.memory_bomb_pdf(300))
    with pytest.raises(InputError, match="more than 100 MB"):
        read_pdf(path, memory_mb=100)


@pytest.mark.slow  # the PDF is parsed in a child process whose limits are tested
def test_a_pdf_that_takes_too_long_is_stopped(tmp_path):
    path = tmp_path / "slow.pdf"
    path.write_bytes(make_pdfs.slow_pdf())
    with pytest.raises(InputError, match="longer than 0.5 s"):
        read_pdf(path, timeout_s=0.5)
