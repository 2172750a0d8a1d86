"""Numbers written the Dutch way, for people to read: 18.894, 159,5, 1.946,5, 3.000.000: the one implementation,
for the differ's messages (diff/messages.py) and the charts' labels. Machine-readable outputs (CSV, JSON,
SQLite) keep plain numbers."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def qualifier_marks() -> dict[str, str]:
    """How a value that is not exact is marked: patterns/findings.yaml vocabulary.qualifier_marks."""
    from extractor.dutch import patterns

    return patterns.load("findings")["vocabulary"]["qualifier_marks"]


def plain(value: float | int) -> int | float:
    """An integral float as an int (3000000.0 -> 3000000); anything else unchanged."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def format_nl(value: float | int, decimals: int | None = None, *, thousands: str = ".", decimal: str = ",") -> str:
    """`value` with a dot between thousands and a decimal comma: 18894 -> "18.894", 1946.5 -> "1.946,5" (other
    separators for another language: `thousands`, `decimal`).

    Without `decimals`, as many decimals as the number has (shortest repr: 7.28 stays "7,28");
    with `decimals`, rounded to that many."""
    value = plain(value)
    number = Decimal(str(value))
    if decimals is not None:
        number = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    sign = "-" if number < 0 else ""
    digits = f"{abs(number):f}"
    whole, _, fraction = digits.partition(".")
    if decimals is None:
        fraction = fraction.rstrip("0")
    groups = []
    while len(whole) > 3:
        whole, groups = whole[:-3], [whole[-3:]] + groups
    text = thousands.join([whole] + groups)
    return f"{sign}{text}{decimal}{fraction}" if fraction else f"{sign}{text}"


def format_figure(value: float | int, qualifier: str = "exact", value_max: float | int | None = None) -> str:
    """A figure with its qualifier marked: "18.894", "ca. 3.000.000", "> 3.200", "1 – 5,98"."""
    if qualifier == "range" and value_max is not None:
        return f"{format_nl(value)} – {format_nl(value_max)}"
    return qualifier_marks().get(qualifier, "") + format_nl(value)
