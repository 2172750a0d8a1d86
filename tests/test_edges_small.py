"""Issue 23, the smaller cases: a file of only Unicode spaces is the empty-file error, a lone CR inside an LF
file is no line break (locations agree with `grep -n`; "2\\r400" is not 2400), and a currency sign before a
written number ("€ anderhalf miljoen", "€ twee miljoen", "€ zevenhonderddrieënzeventig"), a range of large
numbers and an amount of hours with decimals are read. (The shell-quoted hint: tests/test_edges_names.py.)"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from extractor.cli import run
from extractor.pipeline import extract_file, extract_text

pytestmark = pytest.mark.usefixtures("in_english")  # the English wording of the error lines


def _run(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(list(argv), stdout, stderr)
    return code, stdout.getvalue(), stderr.getvalue()


@pytest.mark.parametrize("content", [
    "\u00a0\u202f\u2003\n\u3000\u200b\n",  # no-break, narrow, em and ideographic spaces, a zero-width space
    "\u200b\u200b\n\ufeff\n",  # zero-width spaces and a byte-order mark
    "\u2060\u200d \n\u00ad\t\n",  # a word joiner, a zero-width joiner, a soft hyphen
    "\u2800\u3164\r\n",  # a Braille blank, a Hangul filler
])
def test_a_file_of_only_unicode_spaces_is_the_empty_file_error(tmp_path: Path, content: str) -> None:
    source = tmp_path / "leeg-2024.txt"
    source.write_text(content, encoding="utf-8")
    code, _, stderr = _run(str(source), "-o", str(tmp_path / "out"), "--no-cache", "-q")
    assert (code, stderr) == (1, f"error: {source}: the file holds only white space; check that the export did "
                                 "not fail\n")
    assert not (tmp_path / "out" / "leeg-2024.json").exists()


def test_a_lone_cr_inside_an_lf_file_is_no_line_break(tmp_path: Path) -> None:
    source = tmp_path / "winkel-2024.txt"
    source.write_bytes(b"Jaarverslag 2024\n\nDe winkel telde 2\r400 klanten en 35 vrijwilligers.\n"
                       b"In 2024 kwamen er 12 leden bij.\r\nWe gaven 7 workshops.\n")
    report = extract_file(source)
    figures = [(i["raw"], i["value"], i["location"]["line"], i["location"]["column"]) for i in report["indicators"]]
    assert ("400 klanten", 400, 3, 19) in figures
    assert not any(value == 2400 for _, value, _, _ in figures)
    # the lines grep -n shows: the CR does not count, the CRLF ends line 4
    assert ("35 vrijwilligers", 35, 3, 34) in figures
    assert ("12 leden", 12, 4, 19) in figures and ("7 workshops", 7, 5, 10) in figures


def test_a_file_of_cr_only_line_ends_still_breaks_at_cr(tmp_path: Path) -> None:
    source = tmp_path / "oud-2024.txt"
    source.write_bytes(b"Jaarverslag 2024\r\rIn 2024 kwamen er 12 leden bij.\rWe gaven 7 workshops.\r")
    figures = [(i["raw"], i["location"]["line"]) for i in extract_file(source)["indicators"]]
    assert figures == [("12 leden", 3), ("7 workshops", 4)]


def _found(text: str) -> list[tuple]:
    return [(i["value"], i.get("value_max"), i["unit"], i["qualifier"], i["raw"])
            for i in extract_text(text, fiscal_year=2024)["indicators"]]


@pytest.mark.parametrize("text,expected", [
    # a currency sign before a written number
    ("De coöperatie haalde € anderhalf miljoen op bij haar leden.",
     [(1_500_000, None, "EUR", "exact", "€ anderhalf miljoen")]),
    ("Het project kreeg € twee miljoen subsidie van de provincie.",
     [(2_000_000, None, "EUR", "exact", "€ twee miljoen")]),
    ("Het saldo bedroeg € zevenhonderddrieënzeventig op 31 december.",
     [(773, None, "EUR", "exact", "€ zevenhonderddrieënzeventig")]),
    ("Een lidmaatschap kost EUR vijftig per jaar.", [(50, None, "EUR", "exact", "EUR vijftig")]),
    # a range of large numbers, one figure
    ("Het festival trok tussen 26.406.570 en 43.237.414 deelnemers.",
     [(26_406_570, 43_237_414, "participants", "range", "tussen 26.406.570 en 43.237.414 deelnemers")]),
    # hours with decimals
    ("De vrijwilligers presteerden samen 68.723,82 uur.", [(68_723.82, None, "hours", "exact", "68.723,82 uur")]),
])
def test_amounts_written_in_words_ranges_and_hours(text: str, expected: list[tuple]) -> None:
    assert _found(text) == expected
