"""The sign of an amount as accounts write it, part of the figure's value.

    "-/- € 12.500"  "€ 12.500 -/-"   a mark before the amount (or its unit) or after it
    "-€ 250,00"     "−€ 30"          a sign glued to the unit before the number: the unit is kept
    "€ 406,07(-)"   "250,00-"        a mark glued after the decimals (the tokenizer leaves "406,07(-" ")")
    "een negatief resultaat van € 8.400", "verlies van € 1.200"   words of a loss right before an amount of money
    "Resultaat | (12.345) | 8.000"   parentheses round a bare amount in a table row
    "Resultaat | – 10.000 | -€ 3.000"   a dash that opens a table cell (the en dash Word makes of a hyphen too)
    "het resultaat was –10.000 euro"    a dash glued to the amount, after a word
    "het tekort bedroeg - € 5.000"      a dash after a word, before an amount of money

A dash with a space after it at the start of a passage ("- 250 leden", a bullet), between two numbers ("10-15",
"€ 10 – € 20", a range) or round an aside ("de kosten – € 500 – werden") is no minus.
The marks and words come from patterns/qualifiers.yaml (`negative`); this module holds no Dutch.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from extractor.dutch import numbers, patterns
from extractor.dutch import rules as rule_files
from extractor.dutch.rules import Listed, Phrases, key


@dataclass(frozen=True)
class Marks:
    before: frozenset[str]  # tokens right before the amount or its unit: "-/-"
    after: tuple[tuple[str, ...], ...]  # marks after it, as tokens: ("-/-",), ("(", "-", ")"), ("(-)",)
    glued_after: tuple[str, ...]  # marks glued to the digits after their decimals: "(-", "-"
    words_before: tuple[tuple[str, ...], ...]  # "verlies van", longest first
    opening: str
    closing: str
    dashes: frozenset[str]  # a minus as a token of its own: "-", "–", "−"


@dataclass(frozen=True)
class _Negative:
    before: Listed = key(unique=True, description="Tokens right before the amount or its unit: “-/-”.")
    after: Listed = key(unique=True,
                        description="Marks right after the amount, one token or spaced: “-/-”, “(-)”.")
    glued_after: Listed = key(unique=True,
                              description="Marks glued to the digits after their decimals: “406,07(-”, “250,00-”.")
    words_before: Phrases = key(unique=True, description="Words right before the amount that make it a loss.")
    parentheses: Listed = key(at_least=2, at_most=2,
                              description="The marks that open and close a negative amount in a table row.")
    dashes: Listed = key(optional=True, longest=1, unique=True,
                         description="A negative sign standing as a token of its own before the amount or after its "
                                     "unit (“– 10.000” in a table cell, “was –10.000 euro”, “€ –2.345”); "
                                     "a bullet or a range joiner where the text says so.")


@rule_files.declares("qualifiers")
@dataclass(frozen=True)
class _NegativeWords:
    """The `negative` entry of patterns/qualifiers.yaml (declared once: its schema is made from it)."""

    negative: _Negative = key(description="How accounts write a negative amount: marks before and after it, words of "
                                          "a loss before it, the parentheses of a table cell.")


@cache
def marks() -> Marks:
    said = rule_files.load(_NegativeWords, patterns.load("qualifiers")).negative
    opening, closing = said.parentheses[0], said.parentheses[1]
    after: set[tuple[str, ...]] = set()
    for mark in said.after:
        after.add((mark,))
        if len(mark) > 1 and mark[0] == opening and mark[-1] == closing:
            after.add((mark[0], mark[1:-1], mark[-1]))  # "(-)" written "( - )" or split by the tokenizer
    return Marks(
        before=frozenset(said.before),
        after=tuple(sorted(after, key=len, reverse=True)),
        glued_after=tuple(sorted(said.glued_after, key=len, reverse=True)),
        words_before=said.words_before, opening=opening, closing=closing, dashes=frozenset(said.dashes))


def glued_sign_unit(token: str, before_units: frozenset[str]) -> str | None:
    """The unit word of a token that is a minus sign glued to a unit written before the number ("-€", "−eur"),
    else None."""
    if len(token) > 1 and token[0] in numbers.signs() and numbers.sign_value(token[0]) < 0 \
            and token[1:] in before_units:
        return token[1:]
    return None


def strip_glued_after(token: str) -> str | None:
    """The digits of a number token with a minus mark glued after its decimals or its thousands ("406,07(-" →
    "406,07", "250,00-" → "250,00", "12.345-" → "12.345"), else None. A whole number without a thousands
    separator before a trailing dash is a hyphen ("2020-") or a whole amount ("250,-"), never a sign."""
    decimal = numbers.decimal_separator()
    thousands = numbers.thousands_separator()
    for mark in marks().glued_after:
        if token.endswith(mark) and len(token) > len(mark):
            digits = token[:-len(mark)]
            whole, found, fraction = digits.rpartition(decimal)
            if found and whole and fraction.isdigit() and fraction.isascii():
                return digits
            if thousands in digits and numbers.parse_digits(digits) is not None and digits[-1:].isdigit():
                return digits  # "12.345-": accounting software's trailing minus
    return None


def negative_at(lower: list[str], start: int, number_end: int, end: int, money: bool, amount: bool,
                table_row: bool, glued_before: bool = False) -> tuple[int, int] | None:
    """Whether the figure over tokens [start, end) (its number ending at `number_end`) is written negative: the
    new (start, end) of the figure with its marks, else None. `money`: its unit is a currency (words of a loss
    apply); `amount`: money or a bare number (parentheses apply); `table_row`: the block is a table row (its
    cells parted by "|"); `glued_before`: no space parts the token before the figure from it."""
    found = marks()
    new_start, new_end, negative = start, end, False
    if start > 0 and lower[start - 1] in found.before:
        new_start, negative = start - 1, True
    elif start > 0 and lower[start - 1] in found.dashes and (amount or glued_before) \
            and dash_is_minus(lower, start - 1, end, money, table_row, glued_before):
        new_start, negative = start - 1, True
    for at in dict.fromkeys((number_end, end)):
        for mark in found.after:
            if tuple(lower[at:at + len(mark)]) == mark:
                new_end, negative = max(new_end, at + len(mark)), True
                break
        else:
            continue
        break
    for mark in found.glued_after:  # "406,07(-" ")": the closing mark belongs to the figure
        if mark[:1] == found.opening and lower[number_end - 1].endswith(mark) and number_end < len(lower) \
                and lower[number_end] == found.closing and strip_glued_after(lower[number_end - 1]) is not None:
            new_end, negative = max(new_end, number_end + 1), True
    if money and not negative:
        for words in found.words_before:
            if tuple(lower[start - len(words):start]) == words and start >= len(words):
                negative = True
                break
    if not negative and amount and table_row and start > 0 and lower[start - 1] == found.opening \
            and end < len(lower) and lower[end] == found.closing:
        before = lower[start - 2] if start > 1 else "|"
        after = lower[end + 1] if end + 1 < len(lower) else "|"
        if before not in found.words_before and (after == "|" or numbers.parse_digits(after) is not None
                                                 or after[:1] == found.opening):
            new_start, new_end, negative = start - 1, end + 1, True
    return (new_start, new_end) if negative else None


def dash_is_minus(lower: list[str], dash: int, end: int, money: bool, table_row: bool, glued: bool) -> bool:
    """Whether the dash token at `dash`, right before an amount that ends at `end`, is its minus: it opens a
    table cell, or it follows a word (glued to the amount, or spaced before an amount of money), and it is no
    range joiner (a number before it) nor the opening of an aside (a dash after the amount)."""
    before = lower[dash - 1] if dash > 0 else None
    if before is not None and (before[:1].isdigit() or before in marks().dashes):
        return False  # "10 – 20", "€ 10 – € 20": a range
    if table_row and before in (None, "|"):
        return True
    if any(word in marks().dashes for word in lower[end:end + 4]):
        return False  # "de kosten – € 500 – werden betaald": an aside
    if glued:
        return before is None or not before[:1].isdigit()
    return money and before is not None and before.isalpha()


def negated(figure, start: int, end: int):  # a quantities.Figure; typed loosely to keep the import one-way
    value = -figure.value if figure.value > 0 else figure.value
    return replace(figure, start=start, end=end, value=value)
