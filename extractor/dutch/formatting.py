"""Numbers written the Dutch way, for people to read: 18.894, 159,5, 1.946,5, 3.000.000.

Machine-readable outputs (CSV, JSON, SQLite) keep plain numbers; only chart labels use this.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

# How a value that is not exact is marked on a chart: "ca. 3.000.000", "> 3.200", "≤ 1".
QUALIFIER_MARKS = {"exact": "", "approximately": "ca. ", "at_least": "> ", "at_most": "≤ "}


def plain(value: float | int) -> int | float:
    """An integral float as an int (3000000.0 -> 3000000); anything else unchanged."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def format_nl(value: float | int, decimals: int | None = None) -> str:
    """`value` with a dot between thousands and a decimal comma: 18894 -> "18.894", 1946.5 -> "1.946,5".

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
    text = ".".join([whole] + groups)
    return f"{sign}{text},{fraction}" if fraction else f"{sign}{text}"


def format_figure(value: float | int, qualifier: str = "exact", value_max: float | int | None = None) -> str:
    """A figure with its qualifier marked: "18.894", "ca. 3.000.000", "> 3.200", "1 – 5,98"."""
    if qualifier == "range" and value_max is not None:
        return f"{format_nl(value)} – {format_nl(value_max)}"
    return QUALIFIER_MARKS.get(qualifier, "") + format_nl(value)
