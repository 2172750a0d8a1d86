"""The one line every command ends with when it cannot finish (extractor/runtime/errors.failed)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from extractor.runtime.errors import InputError, failed

pytestmark = pytest.mark.usefixtures("in_english")  # the English wording of the error lines


def test_a_users_error_is_its_own_line() -> None:
    stderr = io.StringIO()
    assert failed(InputError(Path("verslag.txt"), "no such file", "check the path"), stderr, debug=False) == 2
    assert stderr.getvalue() == "error: verslag.txt: no such file; check the path\n"


def test_a_bug_is_the_internal_error_line_without_a_traceback() -> None:
    stderr = io.StringIO()
    assert failed(KeyError("x"), stderr, debug=False) == 2
    assert stderr.getvalue() == ("error: internal error (KeyError: 'x'); rerun with --debug for the traceback and "
                                 "report it\n")


def test_a_bug_under_debug_is_raised_whole() -> None:
    with pytest.raises(KeyError):
        failed(KeyError("x"), io.StringIO(), debug=True)


# ---- every error line in the language of the command (issue 22, point 5) ----------------------------------

def _constructed_with_text(path: Path) -> list[str]:
    """The UserError/InputError of a module built from text (reason and remedy as strings) rather than from a key
    of vocabulary.errors: such a line could only ever be in the language it was written in."""
    import ast

    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) in (
                "UserError", "InputError") and len(node.args) >= 3:
            found.append(f"{path.name}:{node.lineno}")
    return found


def test_every_error_line_is_worded_from_the_catalogue() -> None:
    package = Path(__file__).resolve().parents[1] / "extractor"
    assert [place for path in sorted(package.rglob("*.py")) for place in _constructed_with_text(path)] == []


def test_the_rare_error_lines_are_in_dutch_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """The internal error, a bad PDF limit, a PDF on a daemonic Dask worker and the Dask set-up errors, in Dutch
    (the English of each is asserted where it is raised: test_errors, test_pdf_damaged, test_dask*)."""
    from extractor.document.readers.pdf_guard import Limits
    from extractor.runtime import language, parallel
    from extractor.runtime.errors import UserError, error_line

    language.set_current("nl")
    try:
        stderr = io.StringIO()
        failed(KeyError("x"), stderr, debug=False)
        assert stderr.getvalue() == ("fout: interne fout (KeyError: 'x'); voer het opnieuw uit met --debug voor de "
                                     "traceback en meld de fout\n")
        with pytest.raises(UserError) as caught:
            Limits.from_environment({"EXTRACT_PDF_MEMORY_MB": "-1"})
        assert error_line(caught.value) == ("fout: EXTRACT_PDF_MEMORY_MB: de PDF-limiet moet een getal van 0 of meer "
                                            "zijn, niet '-1'; zet EXTRACT_PDF_MEMORY_MB op een getal (bv. 2048) of "
                                            "maak ze leeg")
        with pytest.raises(UserError) as caught:
            parallel.executor("dask", 1, None)
        assert caught.value.line() == ("--executor dask heeft het adres van de scheduler nodig; voeg --scheduler "
                                       "tcp://HOST:8786 toe")
        monkeypatch.setattr(parallel, "_daemonic", lambda: True)
        status, error = parallel.extract_task("tests/fixtures/pdf/smartcoop-bijzonder-verslag-2024.pdf", None, None,
                                              None)
        assert status == "input" and error.line().startswith(
            "tests/fixtures/pdf/smartcoop-bijzonder-verslag-2024.pdf: deze Dask-worker is een daemonproces")
        too_slow = InputError(Path("verslag.pdf"), "pdf.too_slow", seconds="60", pages=" (12 pagina's)",
                              name="EXTRACT_PDF_SECONDS", per_page="EXTRACT_PDF_SECONDS_PER_PAGE")
        assert too_slow.line().startswith("verslag.pdf: het lezen van de PDF duurde langer dan 60 s (12 pagina's)")
    finally:
        language.set_current("en")
