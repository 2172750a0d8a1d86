"""A law's date dates no figure (SHAPES5 E10-P1a): "Eind december reden 49 deelwagens rond" in the report for 2024
stands on 31 December 2024, not on 31 December 2019, the year of the royal decree cited a paragraph above; a date
of the text's own story above it still gives its year. A cue of a count since the start dates only the figures of
its own clause (SHAPES5 E10-P1b)."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_text


@pytest.mark.parametrize("above, below, period", [
    # a law's date above: the fiscal year
    ("De raad van bestuur legt verantwoording af, zoals het\nkoninklijk besluit van 28 juni 2019 vraagt.",
     "Eind december reden 49\ndeelwagens rond.", "2024-12-31"),
    ("De wet van 20 juli 1955 regelt de erkenning.", "Op 31 december telden we 49 deelwagens.", "2024-12-31"),
    ("Het KB van 28 juni 2019 en het decreet van 3 mei 2013 gelden.", "Op 31 december telden we 49 deelwagens.",
     "2024-12-31"),
    # the story's own date above: its year
    ("Op 8 mei 2023 vierden we ons jubileum.", "Op 31 december telden we 49 deelwagens.", "2023-12-31"),
    ("De vergadering van 17 juni 2023 keurde de rekeningen goed.", "Op 31 december telden we 49 deelwagens.",
     "2023-12-31"),
])
def test_a_day_without_a_year_takes_no_laws_year(above: str, below: str, period: str) -> None:
    report = extract_text(f"{above}\n\n{below}\n", fiscal_year=2024)
    assert [(i["value"], i["period"]) for i in report["indicators"]] == [(49, period)]


# ---- a count since the start binds to its own clause (SHAPES5 E10-P1b) ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Dit jaar renoveerden we 12 woningen; sinds de oprichting renoveerden we er zo al 85.",
     [(12, "other.woning.gerenoveerd", "2024"), (85, "other.woning.gerenoveerd.cumulatief", "../2024")]),
    ("Sinds de start vervingen we 40 wagens; dit jaar waren het er 6.",
     [(40, "other.wagen.cumulatief", "../2024"), (6, "other.wagen", "2024")]),
    ("Vijf wagens werden vervangen; sinds 2018 vervingen we er al 23.",
     [(5, "other.wagen", "2024"), (23, "other.wagen", "2018/2024")]),
    # one clause: both counted since the start, as before
    ("Sinds de lancering reden we 45.000 km, waarvan 12.000 km met de bakfiets.",
     [(45000, "other.afstand.cumulatief", "../2024"), (12000, "other.afstand.cumulatief", "../2024")]),
])
def test_a_cue_of_a_count_since_the_start_stays_in_its_clause(text: str, expected: list) -> None:
    report = extract_text(text, fiscal_year=2024)
    assert [(i["value"], i["id"], i["period"]) for i in report["indicators"]] == expected
