"""The text that answers a condition of the table: the rest of its row, else the units after it (the next that
cites a statute article, and those right after that open with one), or, in a table whose statutes' column comes
first, cell after cell, the unit before it."""

from __future__ import annotations

from collections.abc import Callable

from extractor.recognise.conditions.units import Unit
from extractor.recognise.window import ConditionMatch, Span


def answered_before(units: list[Unit], statements: list[int]) -> bool:
    """Cell after cell with the statutes' column first ("Artikel 3", then its condition): the text before the
    first condition cites an article and the text after the last one does not. An introduction that words a
    condition itself ("... erkend als sociale onderneming; dit verslag ...") may come first: it is followed
    by no article, and the pattern then holds from the next condition on."""
    if any(units[k].row is not None or units[k].cites is not None for k in statements):
        return False
    last = statements[-1]
    after = units[last + 1] if last + 1 < len(units) else None
    if after is not None and after.cites is not None:
        return False
    first, *rest = statements
    if rest and first + 1 < len(units) and units[first + 1].cites is None:
        firsts = [first, rest[0]]
    else:
        firsts = [first]
    # the cell before the first condition opens with its article ("Artikel 2"), unlike an introduction
    return any(k > 0 and units[k - 1].cites == 0 and len(units[k - 1].text) < 200 for k in firsts)


_BARE_ARTICLE = 24  # characters of a unit that is an article cell alone ("Artikel 12", "Art. 7bis")


def broken_row(units: list[Unit], index: int, statements: set[int],
               carried_over: Callable[[Span, Span], bool]) -> list[Span]:
    """The article cell read right before a condition that nothing after it answers: a table row broken at the
    foot of a text column or page, its article cell left there and its condition carried over, which a reader
    following the columns gives article first ("Artikel 47" / "Artikel 12" / "Wie uittreedt, ..." / "De
    bestuurders ..." / "Artikel 19"). Only a unit that is an article and nothing else, right after the article
    that answers the row before, where the page shows the condition carried over (`carried_over(cell,
    condition)`: on a later page, or higher up in a column to the right); a condition without an article of its
    own after a row that has one ("9. Bijzonder verslag" under "Artikel 34") takes none."""
    k = index - 1
    if k < 1 or k in statements or k - 1 in statements or units[index].row is not None \
            or units[k - 1].cites is None:
        return []
    unit = units[k]
    if unit.cites != 0 or unit.row is not None or len(unit.text.strip()) > _BARE_ARTICLE:
        return []
    return [unit.span] if carried_over(unit.span, units[index].span) else []


def answer_before(units: list[Unit], index: int, statements: set[int]) -> list[Span]:
    k = index - 1
    return [units[k].span] if k >= 0 and k not in statements and units[k].cites is not None else []


def answer_after(units: list[Unit], index: int, following: int, statements: set[int],
             rows_of: dict[tuple, list[int]]) -> list[Span]:
    unit = units[index]
    if unit.cites is not None:  # a row stating and answering at once: its articles back the condition
        return [unit.span]
    if unit.row is not None:
        row = [units[k].span for k in rows_of[unit.row] if k != index
               and k not in statements]
        if row:
            return row
    spans: list[Span] = []
    cited = False
    for k in range(index + 1, min(following, index + 4)):
        other = units[k]
        if k in statements or (other.row is not None and other.row == unit.row):
            break
        if spans and cited and other.cites != 0:
            break  # once an article is cited, only paragraphs that open with one go on with the answer
        if spans and not cited and (other.kind == "heading" or other.cites is None):
            break  # "Onze bestuurders zijn vrijwilligers." may be followed by "Dat staat in artikel 21."
        spans.append(other.span)
        cited = cited or other.cites is not None
    return spans


def answer_spans(matches: list[ConditionMatch]) -> dict[int, list[tuple[int, int, int]]]:
    """Per block, the (start, end, condition) of the text that answers a condition."""
    spans: dict[int, list[tuple[int, int, int]]] = {}
    for match in matches:
        for span in match.answers:
            spans.setdefault(span.block, []).append((span.start, span.end, match.condition))
    return spans
