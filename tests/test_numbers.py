"""Dutch number parsing: digits in Dutch notation, written numerals, and every example of patterns/numerals.yaml."""

from __future__ import annotations

import ast
import copy
import json
import time
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from extractor.dutch import numbers
from extractor.dutch import patterns
from extractor.dutch.numbers import Numeral, multiplier, parse_digits, parse_words

ROOT = Path(__file__).resolve().parent.parent

DIGITS = [
    # thousands dot, decimal comma
    ("18.894", 18894),
    ("2.072", 2072),
    ("1.001.063", 1001063),
    ("12.246.858", 12246858),
    ("1.200", 1200),  # Dutch thousands, never 1.2
    ("159,5", 159.5),
    ("1.946,5", 1946.5),
    ("5,98", 5.98),
    ("3,200", 3.2),  # the comma is always the decimal mark
    ("5,0", 5),  # integral: an int
    ("0", 0),
    ("0,5", 0.5),
    ("12", 12),
    ("2024", 2024),
    ("12246858", 12246858),
    # signs
    ("+7,19", 7.19),
    ("-3", -3),
    ("\u22124,5", -4.5),  # U+2212 MINUS SIGN
    ("-0", 0),
    # not a number
    ("0800.99.30", None),  # phone number
    ("0800", None),  # leading zero: a code
    ("05", None),
    ("0.800", None),
    ("8:5", None),  # article of the WVV
    ("2021-2025", None),
    ("24/7", None),
    ("7,28/10", None),  # a score, handled elsewhere
    ("1.2", None),
    ("12.34", None),
    ("1.2.3", None),
    ("1.946.5", None),
    ("1,2,3", None),
    ("3.200,", None),  # trailing punctuation: the caller strips it
    (",5", None),
    ("+", None),
    ("", None),
    ("abc", None),
    ("18.894personen", None),
    ("\u0663", None),  # ARABIC-INDIC DIGIT THREE: only ASCII digits
]


@pytest.mark.parametrize(("text", "expected"), DIGITS)
def test_parse_digits(text: str, expected: int | float | None) -> None:
    value = parse_digits(text)
    assert value == expected
    assert type(value) is type(expected)  # int when integral, float otherwise, None for no number


WORDS = [
    # written numerals
    ("zeven adviesverleners", 7, False, 1),
    ("zeventig deelnemers", 70, False, 1),
    ("negen", 9, False, 1),
    ("tien vertoningen", 10, False, 1),
    ("elf", 11, False, 1),
    ("negentien", 19, False, 1),
    ("één", 1, False, 1),
    ("Zeven", 7, False, 1),
    ("drieëntwintig", 23, False, 1),
    ("drieentwintig", 23, False, 1),
    ("drie\u0065\u0308ntwintig", 23, False, 1),  # decomposed diaeresis (NFD), as PDFs give it
    ("eenentwintig", 21, False, 1),
    ("tweeënzeventig", 72, False, 1),
    ("vijfendertig", 35, False, 1),
    ("negenennegentig", 99, False, 1),
    ("honderd", 100, False, 1),
    ("tweehonderd", 200, False, 1),
    ("honderdvijftig", 150, False, 1),
    ("honderdentwee", 102, False, 1),
    ("driehonderdvierenzestig", 364, False, 1),
    ("twaalfhonderd", 1200, False, 1),
    ("negentienhonderd", 1900, False, 1),
    ("duizend", 1000, False, 1),
    ("tweeduizend", 2000, False, 1),
    ("vijfduizend", 5000, False, 1),
    ("tweeduizendvierhonderd", 2400, False, 1),
    ("tienduizend", 10000, False, 1),
    ("honderdduizend", 100000, False, 1),
    ("tweehonderdvijftigduizend", 250000, False, 1),
    ("duizendeneen", 1001, False, 1),
    # digits inside a phrase
    ("18.894 personen", 18894, False, 1),
    ("1 en 5,98", 1, False, 1),
    # approximate
    ("een tiental acties", 10, True, 2),
    ("Een tiental", 10, True, 2),
    ("tiental", 10, True, 1),
    ("een twintigtal", 20, True, 2),
    ("een vijftiental", 15, True, 2),
    ("een honderdtal", 100, True, 2),
    ("een duizendtal", 1000, True, 2),
    ("een dozijn", 12, True, 2),
    # fractions
    ("anderhalf jaar", 1.5, False, 1),
    ("anderhalve dag", 1.5, False, 1),
    ("tweeënhalf", 2.5, False, 1),
    ("drieënhalve", 3.5, False, 1),
    ("een vierde in", 0.25, False, 2),
    ("een tiende van", 0.1, False, 2),
    ("één derde", 1 / 3, False, 2),
    ("twee derde", 2 / 3, False, 2),
    ("tweederde", 2 / 3, False, 1),
    ("drie kwart", 0.75, False, 2),
    ("driekwart", 0.75, False, 1),
    ("drievierde", 0.75, False, 1),
    ("een half jaar", 0.5, False, 2),
    ("een halve dag", 0.5, False, 2),
    ("de helft van", 0.5, False, 2),
    ("De helft", 0.5, False, 2),
    # multipliers
    ("3 miljoen euro", 3_000_000, False, 2),
    ("6,8 miljoen", 6_800_000, False, 2),
    ("198 miljoen", 198_000_000, False, 2),
    ("1,5 miljard", 1_500_000_000, False, 2),
    ("een miljoen", 1_000_000, False, 2),
    ("drie miljoen", 3_000_000, False, 2),
    ("twee duizend", 2000, False, 2),
    ("honderd duizend", 100_000, False, 2),
    ("anderhalf miljoen", 1_500_000, False, 2),
    ("tweeënhalf miljard", 2_500_000_000, False, 2),
    ("een kwart miljoen", 250_000, False, 3),
    ("een tiental miljoen", 10_000_000, True, 3),
    ("3,14159 miljoen", 3_141_590, False, 2),
    ("0,0000005 miljoen", 0.5, False, 2),
]

# counts of times in one word: the suffix is the unit, no multiplier follows
TIMES = [
    ("tienmaal", 10),
    ("vijfmaal samen", 5),
    ("éénmaal", 1),
    ("tweeëntwintigmaal", 22),
    ("honderdmaal", 100),
    ("tweemaal duizend", 2),
]


@pytest.mark.parametrize(("text", "value"), TIMES)
def test_parse_words_counts_of_times(text: str, value: int) -> None:
    assert parse_words(text.split()) == Numeral(value=value, approximate=False, length=1, times="maal")


@pytest.mark.parametrize(("text", "value", "approximate", "length"), WORDS)
def test_parse_words(text: str, value: int | float, approximate: bool, length: int) -> None:
    assert parse_words(text.split()) == Numeral(value=value, approximate=approximate, length=length)
    assert type(parse_words(text.split()).value) is type(value)


NOT_WORDS = [
    # not a number
    "een",  # the article
    "een stad",
    "Een bijzondere beslissing",
    "een paar nieuwe",  # vague
    "enkele",
    "duizenden personen",
    "honderden",
    "tientallen",
    "miljoenen",
    "miljoen",  # a multiplier needs a count
    "tweedaagse opleiding",
    "eenmaal",  # 'once, when': the article glued to -maal
    "eenmaal binnen",
    "nogmaals",
    "andermaal",
    "allemaal",
    "menigmaal",
    "maal",
    "tweedemaal",
    "eenheid",
    "zesmaandelijkse",
    "tweede",  # ordinals
    "achtste",
    "negentiende",
    "honderdderde",
    "de vierde voorwaarde",  # a fraction needs a numerator
    "vierde",
    "helft",  # "helft" without "de": the caller's
    "half juni",
    "de",
    "aantal",
    "getal",
    "enentwintig",
    "tweeën",
    "honderdhonderd",
    "duizendduizend",
    "—7SmartCoop",
    "0800.99.30",
    "8:5",
    "2021-2025",
    "24/7",
    "7,28/10",
    "",
]


@pytest.mark.parametrize("text", NOT_WORDS)
def test_parse_words_not_a_number(text: str) -> None:
    assert parse_words(text.split()) is None


@pytest.mark.parametrize(("word", "factor"), [
    # multipliers
    ("duizend", 1000),
    ("miljoen", 1_000_000),
    ("Miljoen", 1_000_000),
    ("miljard", 1_000_000_000),
    # not a multiplier
    ("honderd", None),
    ("miljoenen", None),
    ("euro", None),
    ("", None),
])
def test_multiplier(word: str, factor: int | None) -> None:
    assert multiplier(word) == factor


def test_parse_words_takes_the_longest_numeral() -> None:
    assert parse_words(["een", "tiental"]).length == 2
    assert parse_words(["zeven", "miljoen", "miljoen"]) == Numeral(7_000_000, False, 2)


def _pattern_examples(key: str) -> list:
    return [pytest.param(example, id=example["text"]) for example in patterns.load("numerals")[key]]


@pytest.mark.parametrize("example", _pattern_examples("examples"))
def test_pattern_examples(example: dict) -> None:
    text, words = example["text"], example["text"].split()
    if len(words) == 1 and (text[0].isdigit() or text[0] in "+-\u2212"):
        assert parse_digits(text) == example["value"]
        assert type(parse_digits(text)) is type(example["value"])
        assert not example.get("approximate", False)
    else:
        numeral = parse_words(words)
        assert numeral is not None, text
        assert numeral.value == example["value"]
        assert type(numeral.value) is type(example["value"])
        assert numeral.approximate == example.get("approximate", False)
        assert numeral.length == example.get("length", len(words))


@pytest.mark.parametrize("example", _pattern_examples("negative_examples"))
def test_pattern_negative_examples(example: dict) -> None:
    text = example["text"]
    if len(text.split()) == 1:
        assert parse_digits(text) is None
    assert parse_words(text.split()) is None


def test_pattern_file_has_enough_examples() -> None:
    data = patterns.load("numerals")
    assert len(data["examples"]) >= 25
    assert len(data["negative_examples"]) >= 10


def _schema() -> dict:
    return json.loads((ROOT / "schemas" / "patterns" / "numerals.schema.json").read_text(encoding="utf-8"))


def test_schema_is_valid_and_rejects_broken_data() -> None:
    Draft202012Validator.check_schema(_schema())
    validator = Draft202012Validator(_schema())
    data = patterns.load("numerals")
    assert not list(validator.iter_errors(data))
    for path, broken in [
        (("examples",), None),  # required
        (("cardinals", "units", "twee"), 12),  # a unit above 9
        (("digits", "thousands_separator"), ".."),  # not one character
        (("fractions", "derde", "denominator"), 1),
    ]:
        bad = copy.deepcopy(data)
        *parents, last = path
        target = bad
        for key in parents:
            target = target[key]
        if broken is None:
            del target[last]
        else:
            target[last] = broken
        assert list(validator.iter_errors(bad)), path


def test_no_dutch_in_code() -> None:
    """Every word lives in patterns/numerals.yaml: numbers.py has no string literal that is one."""
    data = patterns.load("numerals")
    cardinals = data["cardinals"]
    words = {*cardinals["units"], *cardinals["teens"], *cardinals["tens"], *cardinals["hundred"],
             *cardinals["thousand"], *data["joiners"], *data["articles"], *cardinals.get("zero", ()), *data.get("decimal_words", ()), *data["multipliers"],
             *data["and_a_half"], *data["fractions"], *data["groups"]["nouns"], data["groups"]["suffix"],
             *(word for phrase in data["fixed"] for word in phrase.split())}
    source = ast.parse(Path(numbers.__file__).read_text(encoding="utf-8"))
    literals = {node.value for node in ast.walk(source)
                if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    assert not literals & words


def test_fast_enough_for_every_token() -> None:
    tokens = (ROOT / "corpus" / "smartcoop-bijzonder-verslag-2024.txt").read_text(encoding="utf-8").split()
    parse_words(tokens[:1])  # build the lexicon
    start = time.process_time()  # CPU time: a loaded machine does not slow it, a lexicon rebuilt per call does
    for _ in range(5):
        for i in range(len(tokens)):
            parse_words(tokens[i:i + 3])
    assert time.process_time() - start < 2.0
