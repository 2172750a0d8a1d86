"""Minutes as associations publish them (issue 20, numbers that are no figures; who): the numbers of an agenda's
items ("Punt 1:", "puntje 3", "Puntje 4:", "(heeft te maken met puntje 8)", "6. 12urenloop", "7. (Gebrek aan)
werksfeer", "10." alone on its line over its title) and a meeting's own number ("Bestuursvergadering 11:") are no
figures; minutes that name the association only in their heading ("# Zeus bestuursvergadering 24/09/2012") are
its.

Real PDFs of tests/fixtures/real-pdfs/ (sources and licence in its README), minutes of a Ghent student association:
OpenOffice Writer 2006, Google Docs 2015, a Markdown text printed to PDF 2012. What is asserted was read by hand
from the pages (pdftotext -layout). They name private persons; no test names them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractor.pipeline import extract_file

pytestmark = pytest.mark.slow  # real PDFs, each parsed in a child process

REAL = Path(__file__).parent / "fixtures" / "real-pdfs"
MEMBERS_2006 = "be-zeus-ledenvergadering-2006-05-09.pdf"
BOARD_2015 = "be-zeus-bestuursvergadering-2015-03-18.pdf"
BOARD_2012 = "be-zeus-bestuursvergadering-2012-09-24.pdf"


@cache
def _report(name: str) -> dict:
    return extract_file(REAL / name)


def _figures_at(name: str, page: int, line: int) -> list[str]:
    return [i["raw"] for i in _report(name)["indicators"]
            if i["location"]["page"] == page and i["location"]["line"] == line]


def _excluded(name: str) -> set[tuple]:
    return {(e["label"], e["text"], e["location"]["page"], e["location"]["line"]) for e in _report(name)["entities"]}


def test_agenda_items_by_their_number_are_no_figures() -> None:
    # the 2006 members' meeting: "Punt 1: Subsidies" (p1 l8), "... wat ons bij puntje 3 brengt:" (p2 l20),
    # "Puntje 4: Activiteiten" (p2 l28); the amounts of item 1 stay figures ("€441,31", "ongeveer €350")
    # (lines as a user counts them: the visual rows from the top, blank space aside)
    for page, line in ((1, 8), (2, 20), (2, 28)):
        assert _figures_at(MEMBERS_2006, page, line) == []
    assert {("LEVEL", "Punt 1", 1, 8), ("SECTION_LABEL", "puntje 3", 2, 20),
            ("SECTION_LABEL", "Puntje 4", 2, 28)} <= _excluded(MEMBERS_2006)
    assert _figures_at(MEMBERS_2006, 1, 9) == ["€441,31", "ongeveer €350"]
    # the 2015 board meeting: "(heeft te maken met puntje 8)" (p4 l5), the number and its bracket one token
    assert _figures_at(BOARD_2015, 4, 5) == []
    assert ("SECTION_LABEL", "puntje 8)", 4, 5) in _excluded(BOARD_2015)


def test_agenda_list_numbers_whose_titles_open_with_a_number_or_a_bracket() -> None:
    """The agenda of the 2015 board meeting, page 1: "6. 12urenloop" (l39), "7. (Gebrek aan) werksfeer in de
    kelder" (l40), page 2: "8. (Ilion) ..." (l1), "10. Kelderrenovaties" (l3); the report's section "6. 12urenloop"
    (p3 l26); "10." alone on its line, its title "Varia" on the next (p5 l13). All were figures."""
    for page, line in ((1, 39), (1, 40), (2, 1), (2, 2), (2, 3), (3, 26), (5, 13)):
        assert _figures_at(BOARD_2015, page, line) == [], (page, line)
    assert {("LIST_NUMBER", "6.", 1, 39), ("LIST_NUMBER", "7.", 1, 40), ("LIST_NUMBER", "8.", 2, 1),
            ("LIST_NUMBER", "10.", 5, 13)} <= _excluded(BOARD_2015)
    # the meeting's own number in the title ("Bestuursvergadering 11:") is none either
    assert _figures_at(BOARD_2015, 1, 1) == []
    # an amount of the same report stays ("BTchips 12ul aangekocht voor €50", p3 l27)
    assert _figures_at(BOARD_2015, 3, 27) == ["€50"]


def test_minutes_named_only_in_their_heading() -> None:
    """"# Zeus bestuursvergadering 24/09/2012" (p1 l1, a Markdown text printed as it is): the name before the
    meeting's word in lower case and the meeting's date; the 2006 minutes' "Zeus Ledenvergadering" as before."""
    assert _report(BOARD_2012)["document"]["organisation"] == "Zeus"
    assert _report(MEMBERS_2006)["document"]["organisation"] == "Zeus"
    assert _report(BOARD_2015)["document"]["organisation"] is None  # it names no association
