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
