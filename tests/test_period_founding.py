"""A figure counted since the founding runs from the founding year the document gives (issue 19, SHAPES5 E10-P1c):
"Sinds de oprichting investeerden we 2,1 miljoen euro" under "De coöperatie werd opgericht in 2016" is of
2016/2024, not of an unknown start ("../2024"); the founding of something else gives no year."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_text


@pytest.mark.parametrize("text, period", [
    ("De coöperatie werd opgericht in 2016.\n\nSinds de oprichting investeerden we 2,1 miljoen euro.", "2016/2024"),
    ("Oprichting op 12 maart 2019 door notaris Peeters.\n\nSinds de oprichting hielpen we 97 gezinnen.", "2019/2024"),
    ("De oprichting van onze coöperatie in 2016 was een feest.\n\nSinds de oprichting hielpen we 97 gezinnen.",
     "2016/2024"),
    ("Sinds de oprichting (2015) reden onze leden 2,1 miljoen km.", "2015/2024"),
    # no founding year, another thing founded, another start
    ("Sinds de oprichting investeerden we 2,1 miljoen euro.", "../2024"),
    ("De oprichting van een nieuwe afdeling in 2023 lukte.\n\nSinds de oprichting hielpen we 97 gezinnen.",
     "../2024"),
    ("De coöperatie werd opgericht in 2016.\n\nSinds de lancering hielpen we 97 gezinnen.", "../2024"),
])
def test_a_count_since_the_founding_runs_from_the_founding_year(text: str, period: str) -> None:
    [figure] = extract_text(text, fiscal_year=2024)["indicators"]
    assert figure["period"] == period
