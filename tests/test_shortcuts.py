"""The searches that let a recogniser pass a block by at once must never pass one that a pattern of theirs
matches: each is checked against the shapes and patterns it stands for."""

from __future__ import annotations

import pytest

from extractor.non_figures import identifiers
from extractor.recognise import metadata


def test_every_pattern_of_the_fiscal_year_reads_a_year_of_four_digits() -> None:
    """The shipped patterns of patterns/document.yaml keep the shortcut of fiscal_period on."""
    assert metadata._year_bound()


@pytest.mark.parametrize("text", [
    "Het boekjaar 2022-23 werd afgesloten op 30 juni 2023.",
    "Verslag over het werkingsjaar 2024",
    "opgericht in 1998",
    "periode van 1 juli 2021 tot 30 juni 2022",
])
def test_a_text_a_fiscal_pattern_matches_holds_a_year_of_four_digits(text: str) -> None:
    rules = metadata._rules()
    patterns = [*rules.not_fiscal, *rules.year_patterns, *rules.periods, *metadata._year_word_patterns()]
    assert any(pattern.search(text) for pattern in patterns)
    assert metadata._YEAR_DIGITS.search(text)


@pytest.mark.parametrize("number", [
    "BE71 0961 2345 6769", "NL33KNAB 0257 311 890", "BE71 **** **** 6769", "NL70RABO .........7 18",
    "BE 0712.345.630", "0712 345 630", "0712345630", "712.345.630", "FR40303265045", "DE 136695976",
])
def test_every_shape_of_an_identifier_holds_one_of_their_marks(number: str) -> None:
    shapes = (identifiers._GROUPED_IBAN, identifiers._IBAN, identifiers._MASKED_IBAN, identifiers._ENTERPRISE,
              identifiers._OLD_ENTERPRISE, identifiers._VAT)
    text = f"gestort op {number} vorig jaar"
    assert any(shape.search(text) for shape in shapes)
    for shape in shapes:
        for match in shape.finditer(text):
            assert identifiers.has_shape_mark(match.group()), (shape.pattern, match.group())
