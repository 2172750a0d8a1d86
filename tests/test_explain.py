"""`extract explain`: for a line of a report, each figure with its rule, id and place."""

from __future__ import annotations

import io

import pytest

from extractor.cli import run


def _run(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    return run(list(argv), stdout, stderr), stdout.getvalue(), stderr.getvalue()


def test_explain_a_line_of_a_text_report() -> None:
    code, stdout, _ = _run("explain", "corpus/smartcoop-bijzonder-verslag-2021.md", "65", "--lang", "en")
    assert code == 0
    assert stdout.splitlines()[:5] == [
        "corpus/smartcoop-bijzonder-verslag-2021.md, line 65:",
        "  «bijna 3 miljoen euro» = 3,000,000 euro (approximately)",
        "    id grants.rsz_compensation — compensation premium from the RSZ (social security office) (found by the catalogue)",
        "    rule number.digits+qualifier.approximately+unit; period not stated",
        "    at line 65, column 213",
    ]


def test_explain_speaks_dutch_with_lang_nl() -> None:
    code, stdout, _ = _run("explain", "corpus/smartcoop-bijzonder-verslag-2021.md", "65", "--lang", "nl")
    assert code == 0
    assert stdout.splitlines()[:5] == [
        "corpus/smartcoop-bijzonder-verslag-2021.md, regel 65:",
        "  «bijna 3 miljoen euro» = 3.000.000 euro (ongeveer)",
        "    id grants.rsz_compensation — compensatiepremie van de RSZ (gevonden via de catalogus)",
        "    regel number.digits+qualifier.approximately+unit; periode niet vermeld",
        "    op regel 65, kolom 213",
    ]


@pytest.mark.slow
def test_explain_a_line_of_a_pdf_shows_page_and_box() -> None:
    code, stdout, _ = _run("explain", "tests/fixtures/pdf/smartcoop-bijzonder-verslag-2024.pdf", "13", "--page", "4",
                           "--lang", "en")
    assert code == 0
    assert "«20.892 personen» = 20,892 persons (exact)" in stdout
    assert "    at page 4; line 13, column " in stdout and "; box " in stdout


@pytest.mark.slow
def test_explain_a_pdf_needs_the_page(in_english) -> None:
    code, _, stderr = _run("explain", "tests/fixtures/pdf/smartcoop-bijzonder-verslag-2024.pdf", "13")
    assert code == 2
    assert "needs --page" in stderr


def test_explain_a_line_without_figures() -> None:
    code, stdout, _ = _run("explain", "corpus/smartcoop-bijzonder-verslag-2021.md", "3", "--lang", "en")
    assert (code, stdout) == (0, "corpus/smartcoop-bijzonder-verslag-2021.md, line 3: nothing extracted here\n")


def test_explain_lists_references_and_meetings_too() -> None:
    code, stdout, _ = _run("explain", "corpus/smartcoop-bijzonder-verslag-2021.md", "25", "--lang", "en")
    assert "statute reference: «Artikel 23 van de statuten»" in stdout
    assert "meeting: «buitengewone algemene vergadering van juni 2020»" in stdout


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_explain_quotes_a_label_of_the_reports_own_words(lang: str) -> None:
    """An uncatalogued figure's label is the report's words: quoted as such in both languages, where a catalogued
    one is the catalogue's label in the run's language (issue 22: explain showed the Dutch catalogue label under
    --lang en, unmarked)."""
    code, stdout, _ = _run("explain", "corpus/smartcoop-bijzonder-verslag-2024.txt", "153", "--lang", lang)
    assert code == 0
    assert "  «twee nieuwe evenementen» = 2 ‘evenementen’ (" in stdout
    assert any(line.startswith("    id other.evenement.nieuw — ‘evenementen (nieuw)’ (") for line in stdout.splitlines())
