"""A PDF location's line is the line a user sees (issue 19/20, SHAPES-REAL2.md L): the rank of its visual row from
the top of the page, every line counted (running headers and footers too), a bullet on its item's line, lines whose
boxes do not overlap apart, text side by side sharing its row. Each expected line below was read with
`pdftotext -layout -f P -l P` (its non-empty lines); the old number, counted in reading order, is noted beside.

The PDFs are those of tests/make_visible_line_pdfs.py (Chromium, LibreOffice, groff), the card grids of
tests/make_card_grid_pdfs.py (Chromium) and real PDFs of tests/fixtures/real-pdfs."""

from __future__ import annotations

import html.parser
import io
import sys
from functools import cache
from pathlib import Path

import pytest

from conftest import ROOT
from extractor import cli
from extractor.pipeline import extract_file

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_visible_line_pdfs import FIXTURES  # noqa: E402

pytestmark = pytest.mark.slow  # each PDF is read in a child process (the PDF guard)

CARDS = ROOT / "tests" / "fixtures" / "tables"
REAL = ROOT / "tests" / "fixtures" / "real-pdfs"


@cache
def _report(path: Path) -> dict:
    return extract_file(path)


def _figures(path: Path) -> list[tuple[str, int, int]]:
    return [(i["raw"], i["location"]["page"], i["location"]["line"]) for i in _report(path)["indicators"]]


def test_running_header_lines_are_counted_on_every_page() -> None:
    """Chromium: "Ondernemingsnummer: ..." set right and "Bijzonder verslag 2024 van ..." at the top of each page
    are furniture (kept out of the text) and lines 1 and 2 of the page (was: not counted, every figure 2 high)."""
    path = FIXTURES / "kopregels.pdf"
    assert _figures(path) == [
        ("312 vennoten", 1, 5), ("1.460 buurtbewoners", 1, 5),  # was 3
        ("48.215", 2, 5), ("41.930", 2, 5), ("-12.640", 2, 6), ("-9.875", 2, 6), ("214 dagen", 2, 7),  # was 3-5
        ("340 vennoten", 3, 4)]  # was 2
    headers = [(f["text"].split(":")[0], f["location"]["page"], f["location"]["line"])
               for f in _report(path)["furniture"] if f["kind"] == "header"]
    assert headers == [(text, page, line) for page in (1, 2, 3) for text, line in
                       (("Ondernemingsnummer", 1), ("Bijzonder verslag 2024 van Wijkwerkplaats De Vonk cv", 2))]


def test_a_numbered_list_of_groff_keeps_its_number_on_the_item_line() -> None:
    """groff -ms `.IP 1.` and `.IP \\(bu`: the number or bullet is a text run of its own at the left margin, on
    the item's baseline; one line with its item (was: the numbers read first as lines 1-3, each item one lower)."""
    found = dict(((raw, (page, line)) for raw, page, line in _figures(FIXTURES / "opsomming-groff.pdf")))
    assert {raw: found.get(raw) for raw in ("6 schooldaken", "412.000 kWh", "1.875 vennoten", "23 nieuwe daken",
                                             "94 vennoten", "3 procent", "41 vrijwilligers")} == {
        "6 schooldaken": (1, 4), "412.000 kWh": (1, 4), "1.875 vennoten": (1, 5),  # was 9, 9, 10
        "23 nieuwe daken": (1, 6), "94 vennoten": (1, 8), "3 procent": (1, 9),  # was 11, 13, 14
        "41 vrijwilligers": (1, 10)}  # was 15


def test_bullets_of_libreoffice_stay_on_their_items_line() -> None:
    """LibreOffice Writer: "•" and "1." lists (the count was right before; it stays right). The list's numbers
    "1.", "2.", "3." are no figures (091201e, SHAPES5 E10-N1: they were taken when this test was written)."""
    assert _figures(FIXTURES / "opsomming-libreoffice.pdf") == [
        ("14 nieuwe moestuinbakken", 1, 4), ("2.350 kilo", 1, 5), ("86 schoolkinderen", 1, 6),
        ("9 kookworkshops", 1, 7), ("drie bronnen", 1, 8), ("127 vennoten", 1, 9), ("4.500 euro", 1, 10),
        ("610 bloemen", 1, 11), ("131 vennoten", 1, 12)]


def test_a_bold_heading_over_rows_of_small_print_is_a_line_of_its_own() -> None:
    """Chromium, a sheet at 6 pt rows under 9 pt bold headings of two cells each: the heading's cells share one
    line, the rows under it each their own, the amount and the equal subtotal under it two lines (was: the
    heading's cells two lines, every figure one low)."""
    assert _figures(FIXTURES / "kleine-rijen.pdf") == [
        ("€ 31.250", 1, 3), ("€ 8.940", 1, 4), ("€ 40.190", 1, 5),  # was 4, 5, 6
        ("€ 1.600", 1, 7), ("€ 1.600", 1, 8), ("€ 2.275", 1, 9)]  # was 8, 9, 10


def test_a_form_read_column_by_column_is_numbered_row_by_row() -> None:
    """Chromium, a filled-in form: its labels one column, its values another (read one after the other); each
    value on its label's line, the sentence under the form on the line under the last field (was 11)."""
    assert _figures(FIXTURES / "formulier.pdf") == [
        ("264", 1, 5), ("37", 1, 6), ("12.500", 1, 7), ("46", 1, 8), ("58 workshops", 1, 9)]


def test_a_grid_of_key_figure_cards_is_numbered_by_its_rows() -> None:
    """Chromium, cards read one by one: the big numbers of a row of cards share a line, their "2022: ..." lines
    the next (was: card after card, 3.480 on 5, 1.920 on 8, € 48.200 on 11, ..., 412 on 23)."""
    found = _figures(CARDS / "kaarten-zorgboerderij-2023.pdf")
    assert [item for item in found if item[0] not in ("223", "45")] == [
        ("3.480", 1, 5), ("1.920", 1, 5), ("€ 48.200", 1, 5), ("3.100", 1, 6), ("1.875", 1, 6),
        ("€ 44.900", 1, 6), ("14", 1, 8), ("87 %", 1, 8), ("22", 1, 8), ("12", 1, 9), ("81 %", 1, 9),
        ("412", 1, 12), ("388", 1, 13)]


def test_real_accounts_number_their_table_cells_by_row() -> None:
    """A real accountant's PDF (nl-vanhattem-jaarrekening-2023): its office header of two lines is counted, a
    balance's label and its amounts share their line."""
    found = _figures(REAL / "nl-vanhattem-jaarrekening-2023.pdf")
    page8 = [item for item in found if item[1] == 8]
    assert page8[:8] == [("24.008", 8, 8), ("31.141", 8, 8), ("24.008", 8, 9), ("31.141", 8, 9),  # and subtotals
                         ("35.264", 8, 11), ("42.145", 8, 11), ("35.264", 8, 12), ("42.145", 8, 12)]  # was 9-13


class _Marks(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "mark":
            self.marks.append(dict(attrs))


def test_explain_and_review_point_at_the_same_line(tmp_path: Path) -> None:
    """`extract explain` of the visible line lists its figures; `extract review` marks them on that line."""
    path = FIXTURES / "kopregels.pdf"
    stdout, stderr = io.StringIO(), io.StringIO()
    assert cli.run(["explain", str(path), "5", "--page", "2", "--lang", "en"], stdout, stderr) == 0, stderr.getvalue()
    said = stdout.getvalue()
    assert "«48.215»" in said and "«41.930»" in said and "at page 2; line 5, column " in said
    out = tmp_path / "review.html"
    assert cli.run(["review", str(path), "-o", str(out), "--lang", "en"], io.StringIO(), stderr) == 0, \
        stderr.getvalue()
    marks = _Marks()
    marks.feed(out.read_text(encoding="utf-8"))
    lines = {(m.get("data-page"), m.get("data-line")) for m in marks.marks if m.get("data-kind") == "figure"}
    assert ("2", "5") in lines and ("2", "6") in lines and ("3", "4") in lines
