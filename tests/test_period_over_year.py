"""The year a figure is over dates it before a meeting's day earlier in its sentence (issue 19, L-E10-wonen): "De
algemene vergadering op zaterdag 17 juni 2023 keurde een dividend van 1 % over het boekjaar 2022 goed" is a
dividend over 2022, not one of 17 June 2023."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_text


@pytest.mark.parametrize("text, period", [
    ("De algemene vergadering op zaterdag 17 juni 2023 keurde een dividend van 1 % over het boekjaar 2022 goed.",
     "2022"),
    ("Op 17 juni 2023 keurden de vennoten een dividend van 2 % over het jaar 2022 goed.", "2022"),
    ("In 2023 betaalden we een dividend van 1 % over boekjaar 2022.", "2022"),
    # another word between the figure and the year: the meeting's day
    ("Op 17 juni 2023 stemden 84 vennoten over het jaarverslag 2022.", "2023-06-17"),
])
def test_the_year_a_figure_is_over_dates_it(text: str, period: str) -> None:
    [figure] = extract_text(text, fiscal_year=2023)["indicators"]
    assert figure["period"] == period
