"""internal.parts_sum for the indented sub-rows of a table: a row with figures of its own over the rows
indented under it ("Werknemers op 31 december 42" over "vrouwen 25" and "mannen 15") states their whole, in
every layout a table of figures is written in (spaces, tabs, Markdown pipes with no-break spaces). A home-care
cooperative's staff table, written for this test; the parts miss their parent in the fiscal year's column."""

from __future__ import annotations

import pytest

from extractor.diff import check_draft
from extractor.pipeline import extract_text

ROWS = [("Werknemers op 31 december", 0, "42", "38"), ("vrouwen", 1, "25", "22"), ("mannen", 1, "15", "16"),
        ("Vrijwilligers", 0, "64", "60"), ("in de winkel", 1, "40", "38"), ("in de keuken", 1, "24", "22")]
HEAD = "Jaarverslag 2023 van Buurtzorg Samen cv\n\nPersoneel\n\n"
TAIL = "\n\nDe raad van bestuur vergaderde 9 keer.\n"


def _aligned(rows) -> str:
    lines = [" " * 36 + "2023     2022"]
    lines += [f"{'   ' * depth + label:<36}{a:>4}{b:>9}" for label, depth, a, b in rows]
    return HEAD + "\n".join(lines) + TAIL


def _tabs(rows) -> str:
    return HEAD + "\n".join(["\t2023\t2022"] + [f"{'  ' * depth}{label}\t{a}\t{b}" for label, depth, a, b in rows]) + TAIL


def _pipes(rows) -> str:
    lines = ["| | 2023 | 2022 |", "|---|---:|---:|"]
    lines += [f"| {'&nbsp;&nbsp;' * depth}{label} | {a} | {b} |" for label, depth, a, b in rows]
    return HEAD.replace("Jaarverslag", "# Jaarverslag").replace("Personeel", "## Personeel") + "\n".join(lines) + TAIL


LAYOUTS = {"aligned": (_aligned, "text"), "tabs": (_tabs, "text"), "pipes": (_pipes, "markdown")}


def _sums(text: str, fmt: str) -> list[tuple[str, list[int]]]:
    report = extract_text(text, fmt=fmt, name="buurtzorg-samen-jaarverslag-2023." + ("md" if fmt == "markdown" else "txt"))
    return [(f.message, [e.location["line"] for e in f.evidence])
            for f in check_draft(report, []).sorted_findings() if f.rule == "internal.parts_sum"]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_sub_rows_that_miss_their_parent_row_are_flagged(layout: str) -> None:
    write, fmt = LAYOUTS[layout]
    rows = [("Werknemers op 31 december", 0, "43", "38")] + ROWS[1:]  # 25 + 15 is 40, not 43
    first = 6 if fmt == "text" else 7  # the line of the parent row
    assert _sums(write(rows), fmt) == [
        ("De delen van «Werknemers op 31 december» tellen niet op tot het totaal: 25 + 15 = 40, maar het verslag "
         "vermeldt 43.", [first, first + 1, first + 2])]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_sub_rows_that_add_up_give_nothing(layout: str) -> None:
    write, fmt = LAYOUTS[layout]
    rows = [("Werknemers op 31 december", 0, "40", "38")] + ROWS[1:]
    assert _sums(write(rows), fmt) == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_rows_of_one_level_are_no_parts_of_each_other(layout: str) -> None:
    write, fmt = LAYOUTS[layout]
    flat = [(label, 0, a, b) for label, _, a, b in ROWS]  # nothing indented: six rows side by side
    assert _sums(write(flat), fmt) == []


def test_parts_a_label_calls_partial_need_not_cover_their_parent() -> None:
    rows = [("Werknemers op 31 december", 0, "43", "38"), ("waaronder vrouwen", 1, "25", "22"),
            ("waaronder jongeren", 1, "12", "9")]
    assert _sums(_aligned(rows), "text") == []
    rows[2] = ("waaronder jongeren", 1, "19", "9")  # 25 + 19 is more than 43: still flagged
    assert [message for message, _ in _sums(_aligned(rows), "text")] == [
        "De delen van «Werknemers op 31 december» tellen niet op tot het totaal: 25 + 19 = 44, maar het verslag "
        "vermeldt 43."]


def test_rows_that_name_other_quantities_are_no_parts_of_the_row_over_them() -> None:
    """A financing table where the loan and the grant stand indented under the capital: sources of money beside
    it (each names a quantity of its own, none the capital), not its parts; the same rows under a row that
    names no quantity of its own kind stay parts."""
    rows = [("Kapitaal", 0, "450.000", "400.000"), ("Lening bank", 1, "300.000", "320.000"),
            ("Subsidie provincie", 1, "80.000", "0")]
    for write, fmt in LAYOUTS.values():
        assert _sums(write(rows), fmt) == []
    staff = [("Werknemers op 31 december", 0, "43", "38"), ("vrouwen", 1, "25", "22"), ("mannen", 1, "15", "16")]
    assert len(_sums(_aligned(staff), "text")) == 1
