"""Conditions tables that lost their rows on the way in: a PDF's table that the reader gives column after column
(all the condition cells, then all the article cells; python-docx → LibreOffice, built by
tests/make_conditions_word_pdfs.py), read again by where its lines stand on the page; and a Markdown table whose
condition cells are "N. short label". Every statute reference is asserted with its page, line and condition."""

from __future__ import annotations

import pytest

from conftest import ROOT
from extractor.pipeline import extract_file

OWN = ROOT / "tests" / "fixtures" / "conditions"

# (page, line, articles, condition) of every statute reference; a PDF's line is the visual row of the page, as
# pdftotext -layout prints it (a table's cells side by side share it; was: the reader's lines, column after column)
EXPECTED = {
    # two columns, wrapped condition cells without numbers, an article cell naming the meeting that amended it,
    # the last row only "Verslag"; the reader joins the first rows into lines and gives the rest column by column
    "veerdienst-bijzonder-verslag-2024.pdf": [
        (1, 7, ["3"], 1), (1, 9, ["4"], 2), (1, 11, ["35"], 3), (1, 13, ["44"], 4), (1, 15, ["12"], 5),
        (1, 17, ["20"], 6), (1, 19, ["27"], 7), (1, 21, ["36"], 8), (1, 23, ["41"], 9)],
    # two columns, condition cells "N. short label", article cells with a line or two of explanation
    "wasserij-bijzonder-verslag-2024.pdf": [
        (1, 7, ["2"], 1), (1, 9, ["3"], 2), (1, 11, ["30"], 3), (1, 13, ["43"], 4), (1, 15, ["11"], 5),
        (1, 17, ["19"], 6), (1, 19, ["25"], 7), (1, 21, ["31"], 8), (1, 23, ["38"], 9)],
    # three columns "Voorwaarde | Art. | Toelichting", the middle one only "Art. N"
    "fietshersteller-bijzonder-verslag-2024.pdf": [
        (1, 7, ["3"], 1), (1, 9, ["4"], 2), (1, 11, ["29"], 3), (1, 14, ["42"], 4), (1, 16, ["10"], 5),
        (1, 19, ["18"], 6), (1, 21, ["24"], 7), (1, 23, ["30"], 8), (1, 25, ["37"], 9)],
    # Markdown cells "6. Kosteloos bestuur"; the introduction words the yearly report itself (no article), the
    # row "9. Bijzonder verslag" still backs condition 9
    "broodbank-bijzonder-verslag-2023.md": [
        (None, 15, ["2"], 1), (None, 16, ["3"], 2), (None, 17, ["28"], 3), (None, 18, ["45"], 4),
        (None, 19, ["11"], 5), (None, 20, ["19"], 6), (None, 21, ["24"], 7), (None, 22, ["29"], 8),
        (None, 23, ["36"], 9)],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_row_backs_its_condition(name: str) -> None:
    report = extract_file((OWN / name).relative_to(ROOT))
    assert [(r["location"]["page"], r["location"]["line"], r["articles"], r["condition"])
            for r in report["statute_references"]] == EXPECTED[name]


def test_the_row_of_a_table_read_by_columns_is_found_on_the_page() -> None:
    """The condition's answer is its row's text, not the column of cells the reader joined into one block: the
    article cell of row 6 and the condition's wrapped last line, read after it, stand in one row."""
    report = extract_file((OWN / "veerdienst-bijzonder-verslag-2024.pdf").relative_to(ROOT))
    assert [(c["condition"], c["location"]["line"], c["answer"]["text"]) for c in report["conditions"]][4:6] == [
        (5, 15, "Artikel 12, gewijzigd door de buitengewone algemene vergadering van 7 maart 2024"),
        (6, 17, "Artikel 20 kosteloos uit")]
