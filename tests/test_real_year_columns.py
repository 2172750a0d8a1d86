"""Year columns of real accounts (issue 20; shapes B1, B2, C1 of the real documents): the period of a cell is its
column's, also where one year stands over two columns (an item and its subtotal, an amount and its share); a row's
label wrapped over two lines is one label; the rubric codes and note numbers of a model of accounts between a
row's label and its amounts are no figures and keep the row in its table.

The compiled accounts are the real PDF tests/fixtures/real-pdfs/nl-vanhattem-jaarrekening-2023.pdf (EO.Pdf; source
in that folder's README); what is asserted was read by hand from its pages (pdftotext -layout, page images). No
filing of the Belgian model annual accounts could be found in a public repository, so its shape (the header
'Toel.  Codes  Boekjaar  Vorig boekjaar', a code such as '21/28' or '9904' and a note number such as '6.1' between
the label and the amounts) is drawn here as a PDF, right-aligned as the filings set it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractor.pipeline import extract_file, extract_text

REAL = Path(__file__).parent / "fixtures" / "real-pdfs"
COMPANY = REAL / "nl-vanhattem-jaarrekening-2023.pdf"


@cache
def _company() -> dict:
    return extract_file(COMPANY)


def _row(page: int, line: int) -> list[tuple]:
    return [(i["value"], i["period"], i["table"]["row"]) for i in _company()["indicators"]
            if i["location"]["page"] == page and i["location"]["line"] == line and i.get("table")]


@pytest.mark.slow
@pytest.mark.parametrize("page,line,expected", [
    # (lines as pdftotext -layout prints the pages: the office's two header lines counted, issue 19/20)
    # 'Activa   31-12-2023   31-12-2022' each centred over two columns of '€' (the items and their subtotal)
    (8, 8, [(24008, "2023-12-31", "Andere vaste bedrijfsmiddelen"), (31141, "2022-12-31", "Andere vaste bedrijfsmiddelen")]),
    (8, 17, [(30499, "2023-12-31", "Vorderingen op handelsdebiteuren"),
             (26654, "2022-12-31", "Vorderingen op handelsdebiteuren")]),
    (9, 7, [(187902, "2023-12-31", "Overige reserves"), (214301, "2022-12-31", "Overige reserves")]),
    # '2023   2022' each over '€   %': the share of the revenue is of the year over it
    (5, 9, [(87384, "2023", "Lasten uit hoofde van personeelsbeloningen"),
            (35.14, "2023", "Lasten uit hoofde van personeelsbeloningen"),
            (75600, "2022", "Lasten uit hoofde van personeelsbeloningen"),
            (33.08, "2022", "Lasten uit hoofde van personeelsbeloningen")]),
    # a label wrapped in its cell, its second line (lower case) beside the amounts: one label
    (5, 11, [(11193, "2023", "Afschrijvingen op immateriële en materiële vaste activa"),
            (4.5, "2023", "Afschrijvingen op immateriële en materiële vaste activa"),
            (10342, "2022", "Afschrijvingen op immateriële en materiële vaste activa"),
            (4.53, "2022", "Afschrijvingen op immateriële en materiële vaste activa")]),
    (9, 11, [(167, "2023-12-31", "Kortlopende schulden aan leveranciers en handelskredieten"),
            (38, "2022-12-31", "Kortlopende schulden aan leveranciers en handelskredieten")]),
])
def test_each_cell_takes_the_year_over_its_group_of_columns(page: int, line: int, expected: list[tuple]) -> None:
    assert _row(page, line) == expected


def _rows_of(page: int, lines: range) -> list[tuple]:
    return [(i["location"]["line"], i["value"], i["period"], i["label"], i["table"]["row"], i["table"]["parent"],
             i["table"].get("total", False)) for i in _company()["indicators"]
            if i["location"]["page"] == page and i["location"]["line"] in lines and i.get("table")]


@pytest.mark.slow
def test_a_group_label_under_the_first_row_is_no_rest_of_its_label_and_its_subtotal_takes_it() -> None:
    """Page 5: 'Bedrijfsopbrengsten   248.691 ...' is the first row; 'Kosten' on the line under it, alone, is the
    label of the group of costs, no rest of the first row's label (was 'Bedrijfsopbrengsten Kosten': the first
    row stood further from the header than the rows stand from each other, so 'Kosten' seemed closer, as a
    wrapped line is). The costs under it are its rows, the depreciation row too, whose label wraps onto the
    line of its figures; the unlabelled subtotal '118.776' closes the group and takes its label (was 'getal')."""
    costs = [(8, "Inkoopkosten en uitbesteed werk", 1120, 0), (9, "Lasten uit hoofde van personeelsbeloningen",
                                                                 87384, 75600),
             (11, "Afschrijvingen op immateriële en materiële vaste activa", 11193, 10342),
             (12, "Verkoop gerelateerde kosten", 6055, 3986), (13, "Auto- en transportkosten", 5339, 6974),
             (14, "Kantoorkosten", 3381, 2104), (15, "Algemene kosten", 1906, 6971),
             (16, "Overige personeelsgerelateerde kosten", 2398, 1270)]
    assert _rows_of(5, range(6, 7)) == [
        (6, 248691, "2023", "Bedrijfsopbrengsten", "Bedrijfsopbrengsten", None, False),
        (6, 100, "2023", "Bedrijfsopbrengsten", "Bedrijfsopbrengsten", None, False),
        (6, 228539, "2022", "Bedrijfsopbrengsten", "Bedrijfsopbrengsten", None, False),
        (6, 100, "2022", "Bedrijfsopbrengsten", "Bedrijfsopbrengsten", None, False)]
    for line, label, this, last in costs:
        found = [(r[1], r[2], r[3], r[4], r[5], r[6]) for r in _rows_of(5, range(line, line + 1))]
        assert [found[0], found[2]] == [(this, "2023", label, label, "Kosten", False),
                                        (last, "2022", label, label, "Kosten", False)]  # [1], [3]: the shares
    assert _rows_of(5, range(17, 18)) == [(17, 118776, "2023", "Kosten", "Kosten", None, True),
                                          (17, 47.76, "2023", "Kosten", "Kosten", None, True),
                                          (17, 107247, "2022", "Kosten", "Kosten", None, True),
                                          (17, 46.93, "2022", "Kosten", "Kosten", None, True)]


@pytest.mark.slow
def test_a_wrapped_row_label_keeps_its_group_and_the_groups_subtotal_its_label() -> None:
    """Page 6 (the balance's liabilities): the rows under 'Kortlopende schulden' after a row whose label wraps
    over two lines ('Kortlopende schulden ter zake van belastingen en' / 'premies van sociale verzekeringen
    16.466') stay its rows (they lost it: the first line of the wrap was taken for a group that ended the one
    over it), and the unlabelled subtotal '19.718' is that group's (was 'getal')."""
    group = "Kortlopende schulden"
    wrapped = "Kortlopende schulden ter zake van belastingen en premies van sociale verzekeringen"
    assert _rows_of(9, range(14, 17)) == [
        (14, 16466, "2023-12-31", wrapped, wrapped, group, False),
        (14, 11625, "2022-12-31", wrapped, wrapped, group, False),
        (15, 2640, "2023-12-31", "Kortlopende overlopende passiva", "Kortlopende overlopende passiva", group, False),
        (15, 4175, "2022-12-31", "Kortlopende overlopende passiva", "Kortlopende overlopende passiva", group, False),
        (16, 19718, "2023-12-31", group, group, None, True), (16, 15838, "2022-12-31", group, group, None, True)]


@pytest.mark.slow
def test_a_group_label_wrapped_over_two_lines_is_one_group() -> None:
    """Page 7 (profit and loss): the group label 'Afschrijvingen op immateriële en materiële vaste' / 'activa'
    (no figures on either line) is one label, the parent of the row under it, and its subtotal takes it (was a
    group 'activa' under a group of the first line); the revenue's subtotal under a wrapped row label takes
    'Bedrijfsopbrengsten' (was 'getal')."""
    group = "Afschrijvingen op immateriële en materiële vaste activa"
    assert _rows_of(10, range(20, 22)) == [
        (20, 11193, "2023", "Afschrijvingen op materiële vaste activa", "Afschrijvingen op materiële vaste activa",
         group, False),
        (20, 10342, "2022", "Afschrijvingen op materiële vaste activa", "Afschrijvingen op materiële vaste activa",
         group, False),
        (21, -11193, "2023", group, group, None, True), (21, -10342, "2022", group, group, None, True)]
    revenue = "Bedrijfsopbrengsten"
    wrapped = "Wijziging in voorraden gereed product en onderhanden werk"
    assert _rows_of(10, range(10, 12)) == [(10, 144, "2023", wrapped, wrapped, revenue, False),
                                           (10, 0, "2022", wrapped, wrapped, revenue, False),
                                           (11, 248691, "2023", revenue, revenue, None, True),
                                           (11, 228539, "2022", revenue, revenue, None, True)]


ROWS = [("VASTE ACTIVA", "", "21/28", "7.252.006", "6.980.000"),
        ("Materiële vaste activa", "6.1", "22/27", "7.100.000", "6.800.000"),
        ("Vorderingen op ten hoogste één jaar", "", "40/41", "120.500", "98.300"),
        ("TOTAAL VAN DE ACTIVA", "", "20/58", "7.403.706", "7.123.400"),
        ("Te bestemmen winst (verlies) van het boekjaar", "", "9905", "61.900", "-62.600")]
EXPECTED = [(7252006, "2022-12-31", "VASTE ACTIVA"), (6980000, "2021-12-31", "VASTE ACTIVA"),
            (7100000, "2022-12-31", "Materiële vaste activa"), (6800000, "2021-12-31", "Materiële vaste activa"),
            # the items of a balance sheet stand on the day their column's year closes; not yet this row, whose
            # key reads its "ten hoogste" as a ceiling (other.vordering.maximum: keys), no level
            (120500, "2022", "Vorderingen op ten hoogste één jaar"),
            (98300, "2021", "Vorderingen op ten hoogste één jaar"),
            (7403706, "2022-12-31", "TOTAAL VAN DE ACTIVA"), (7123400, "2021-12-31", "TOTAAL VAN DE ACTIVA"),
            (61900, "2022", "Te bestemmen winst (verlies) van het boekjaar"),
            (-62600, "2021", "Te bestemmen winst (verlies) van het boekjaar")]


def _filing_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica", 8)
    y = A4[1] - 60
    page.drawString(40, y, "Jaarrekening over het boekjaar 2022")
    y -= 20
    page.drawString(40, y, "BALANS NA WINSTVERDELING")
    y -= 16
    for x, head in ((330, "Toel."), (380, "Codes"), (470, "Boekjaar"), (560, "Vorig boekjaar")):
        page.drawRightString(x, y, head)
    for label, note, code, this, last in ROWS:
        y -= 14
        page.drawString(40, y, label)
        for x, text in ((330, note), (380, code), (470, this), (560, last)):
            if text:
                page.drawRightString(x, y, text)
    page.showPage()
    page.save()


@pytest.mark.slow
def test_a_filing_of_the_model_accounts_in_a_pdf(tmp_path: Path) -> None:
    """Its rows stay rows (the reader read the columns one after the other: every label 'getal'), each amount
    with its row's label as written and the year of its column; the codes, the note number and the 'één' of a
    label are no figures."""
    path = tmp_path / "jaarrekening-2022.pdf"
    _filing_pdf(path)
    found = [(i["value"], i["period"], i["table"]["row"] if i.get("table") else i["label"])
             for i in extract_file(path)["indicators"]]
    assert found == EXPECTED


def test_a_filing_of_the_model_accounts_as_text() -> None:
    lines = ["Jaarrekening over het boekjaar 2022", "", "BALANS NA WINSTVERDELING", "",
             f"{'':46}{'Toel.':>6}{'Codes':>8}{'Boekjaar':>14}{'Vorig boekjaar':>18}"]
    lines += [f"{label:46}{note:>6}{code:>8}{this:>14}{last:>18}" for label, note, code, this, last in ROWS]
    found = [(i["value"], i["period"], i["table"]["row"] if i.get("table") else i["label"])
             for i in extract_text("\n".join(lines) + "\n", name="jaarrekening-2022.txt")["indicators"]]
    assert found == EXPECTED


def test_a_code_column_without_its_header_keeps_the_row_and_gives_no_figure() -> None:
    """A code with a slash ('21/28') is a code by its shape alone; the row keeps its amounts and their years."""
    text = ("Jaarrekening over het boekjaar 2022\n\n"
            f"{'':30}{'Boekjaar':>14}{'Vorig boekjaar':>18}\n"
            f"{'Vaste activa':22}{'21/28':>8}{'7.252.006':>14}{'6.980.000':>18}\n"
            f"{'Liquide middelen':22}{'54/58':>8}{'31.200':>14}{'45.100':>18}\n")
    found = [(i["value"], i["period"], i["table"]["row"]) for i in extract_text(text, name="b.txt")["indicators"]]
    assert found == [(7252006, "2022-12-31", "Vaste activa"), (6980000, "2021-12-31", "Vaste activa"),
                     (31200, "2022-12-31", "Liquide middelen"), (45100, "2021-12-31", "Liquide middelen")]
