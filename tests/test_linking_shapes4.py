"""Linking one quantity across the years where the reports word it in the shapes left open after SHAPES3 (issue 19;
devsets/REGRESS-10469df.md, SHAPES2.md): each test writes the reports of one invented cooperative in its own
words, extracts and links them, and asserts the id and the series of each figure by its line and value."""

from __future__ import annotations

from linked_fixtures import written_and_linked


def _reports(tmp_path, texts: tuple[tuple[int, str], ...]) -> list[dict]:  # type: ignore[no-untyped-def]
    """The reports of one language workshop, a text per year, extracted and linked."""
    return written_and_linked(tmp_path, "De Taalbrug", texts)


def _figures(report: dict) -> list[tuple[int, float, str, str]]:
    return [(r["location"]["line"], r["value"], r["id"], r["series"]) for r in report["indicators"]]


def test_a_score_on_a_scale_written_with_a_word_is_one_figure_and_no_count(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # REGRESS-10469df L2: "een 7,9 op 10" is a score (as "7,9/10"), its scale no figure of its own that may take
    # last year's count of coaches; this year's coaches continue last year's
    first, second = _reports(tmp_path, (
        (2022, "Zij werden bijgestaan door 9 coaches.\n"),
        (2023, "De cursisten gaven de coaching gemiddeld een 7,9 op 10.\n\n"
               "Zij werden bijgestaan door 10 coaches.\n")))
    coaches = "other.coach.ondersteund"
    assert _figures(first) == [(3, 9, coaches, coaches)]
    assert [(r["location"]["line"], r["value"], r["unit"]) for r in second["indicators"]] == [
        (3, 7.9, "score/10"), (5, 10, "coaches")]
    assert [series for *_, series in _figures(second)] == ["other.coaching", coaches]
