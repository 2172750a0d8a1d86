"""Numbers of forms, filings and scans that are no figures, found by their shape in the block:

    postcode     "1006 GC Amsterdam": a Dutch postcode, four digits and two capitals before the town
    header_date  "31 dec2023", "31 dec 2023 €": a column header's date, its month abbreviated (a date
                 with its month written out is the date finder's)
    header_year  "31 dec 2023 € €", "2022 EUR": a year over a column of amounts, its currency after it with
                 nothing after that but another header (a currency, a year, a cell border, the end)
    rubric_code  "Vaste activa 21/28 1.234.567": the code of a rubric of the Belgian model annual accounts,
                 between a row's label and its amounts ("1200", "5841", "21/28", "20/58")
    ocr_noise    "r T 11 r I n r n r 1 11", "11 F r II r 1 n r": the numbers of a block that is mostly single
                 letters (a scan's text layer read from noise, or rotated text read letter by letter)

The Dutch words (month abbreviations) are the `forms` section of patterns/non_figures.yaml.
"""

from __future__ import annotations

import re
from functools import cache

from extractor.dutch import numbers, patterns
from extractor.figures.quantities import unit_of_word
from extractor.nlp.language import digit_tokens, letter_words, lower_words
from extractor.non_figures.base import Finder, NonFigure, Site, finder_words, token_span

_POSTCODE = re.compile(r"(?<![\w.,])[1-9]\d{3} ?[A-Z]{2}(?= [A-Z][a-z])")
_CODE = re.compile(r"^(?:[1-9]\d{1,3}|\d{2,4}/\d{2,4})$")  # "1200", "21/28"; never a leading zero
_AMOUNT = re.compile(r"^[-−(]?(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d{2})\)?$")  # "1.234.567", "12,50"
_NOISE_SHARE = 0.5  # of a block's words that are single letters: above it, the block is noise
_NOISE_WORDS = 6  # words a block needs before its share is judged


@cache
def _months() -> re.Pattern[str]:
    months = sorted(finder_words("forms")["month_abbreviations"], key=len, reverse=True)
    alternatives = "|".join(re.escape(m) for m in months)
    # a month written out makes a date the date finder reads ("31 december 2023"): only abbreviations here
    dated = {m.lower() for m in patterns.load("dates")["months"]}
    abbreviations = "|".join(re.escape(m) for m in months if m not in dated)
    day = r"(?<![\w.,])(?:[1-9]|[12]\d|3[01])"
    year = r"(?:19|20)\d{2}\b"
    glued = rf"{day} ?(?:{alternatives})\.?{year}"  # "31 dec2023": only a header is written so
    spaced = rf"{day} (?:{abbreviations})\.? {year}"  # "31 dec 2023": a date (the date finder reads no abbreviation)
    return re.compile(rf"{glued}|{spaced}", re.IGNORECASE)


def find(site: Site) -> list[NonFigure]:
    doc, text = site.doc, site.text
    found: list[NonFigure] = []

    def add(kind: str, start_char: int, end_char: int) -> None:
        span = token_span(doc, start_char, end_char)
        if span is not None:
            found.append(NonFigure(kind, span[0], span[1], f"non_figure.{kind}"))

    for match in _POSTCODE.finditer(text):
        add("postcode", match.start(), match.end())
    for match in _months().finditer(text):
        add("header_date", match.start(), match.end())
    lower = lower_words(doc)
    digits = digit_tokens(doc)  # a year, a code and the numbers of noise hold digits
    found += _header_years(lower, digits)
    found += _rubric_codes(lower, digits)
    found += _ocr_noise(lower, digits, letter_words(doc))
    return found


def _header_years(lower: list[str], digits: list[int]) -> list[NonFigure]:
    found = []
    for i in digits:
        word = lower[i]
        if i + 1 >= len(lower) or not numbers.is_year(word) or unit_of_word(lower[i + 1]) != "EUR":
            continue
        after = lower[i + 2] if i + 2 < len(lower) else None
        if after is None or after == "|" or numbers.is_year(after) or unit_of_word(after) == "EUR":
            found.append(NonFigure("header_year", i, i + 2, "non_figure.header_year"))
    return found


def _rubric_codes(lower: list[str], digits: list[int]) -> list[NonFigure]:
    """A code between a row's label (a word right before it) and an amount right after it (a cell border
    between them allowed): "Vaste activa 21/28 1.234.567", "Handelsvorderingen | 40 | 12.500,00"."""
    found = []
    for i in digits:
        if not 1 <= i < len(lower) - 1 or not _CODE.match(lower[i]) or numbers.is_year(lower[i]):
            continue
        before = lower[i - 2] if lower[i - 1] == "|" and i > 1 else lower[i - 1]
        k = i + 2 if lower[i + 1] == "|" and i + 2 < len(lower) else i + 1
        if before.replace("-", "").isalpha() and _AMOUNT.match(lower[k]):
            found.append(NonFigure("rubric_code", i, i + 1, "non_figure.rubric_code"))
    return found


def _ocr_noise(lower: list[str], digits: list[int], words: list[str]) -> list[NonFigure]:
    """`words`: the block's words of letters (letter_words)."""
    digits = [i for i in digits if lower[i][:1].isdigit()]
    if not digits:
        return []
    if len(words) >= _NOISE_WORDS and list(map(len, words)).count(1) > _NOISE_SHARE * len(words):
        return [NonFigure("ocr_noise", i, i + 1, "non_figure.ocr_noise") for i in digits]
    return []


FINDER = Finder(rank=65, find=find)
