"""Totals of tables of figures as relations of part and whole, for the differ's checks.

A figure's `table` key (extractor/document/tables/) says its row, its parent row and whether the row is a
total. A total's parts are, in the order of the report, the figures of its table and period that come before it
and after the previous total of the same group:

- a row named a total ("Totaal vaste activa", parent "Vaste activa"): the rows under the same parent;
- a row of the table's top level (no parent) named a total or summing the rows over it: those rows, since the
  last total (given only when they add up: a subtotal among them may be unmarked);
- a total without a label, under the rows of a group (a balance sheet's subtotal, often a column to the right):
  the rows whose parent is that group (its `row` is the group's label);
- the table's last total without a group (a balance sheet's total), or a top-level row named a total with no
  rows of its own level over it ("Totaal activa" under the groups "Vaste activa" and "Vlottende activa"): the
  totals of its groups before it, else (named) the rows of those groups (given only when they add up).

A row with figures of its own whose rows under it name it as their parent ("Werknemers 42" over the indented
"vrouwen 25" and "mannen 15") states their whole: its parts are those rows, of its column, period and unit,
after it and before the next row of its own level; they may never exceed it, and they must cover it only when
the breakdown claims to be complete: every row under it gives a part (a row under it with no figure of that
column, period and unit makes it incomplete) and no part's label says it need not ("waaronder", "o.a.":
patterns/relations.yaml part_whole.partial). Rows indented between two rows of one level that add up to the
lower one ("Bedrijfskosten" under its costs) are its parts, no breakdown of the row over them.

A total whose parts add up is a relation the checks read as confirmed. One whose parts do not add up is given
too when its row is named a total (with `exhaustive`, so that the differ's check of parts and whole,
internal.parts_sum, reports it); a total the layout only implies is given only when its parts add up (which
figures are its parts is then a guess).
"""

from __future__ import annotations

import re
from functools import cache

from extractor.figures.periods import same_period
from extractor.document.tables import words as table_words
from extractor.dutch import patterns
from extractor.dutch.lexicon import canonical, lexicon
from extractor.figures.relation_records import Figure, Relation, Sentence

MINIMUM_PARTS = 2


def table_totals(indicators: list[dict]) -> list[Relation]:
    found: list[Relation] = []
    for index, record in enumerate(indicators):
        where = record.get("table")
        if not where or not where.get("total") or _of_changes(where):
            continue
        parts = _parts(indicators, index)
        if len(parts) < MINIMUM_PARTS:
            continue
        named = table_words.is_total(str(where.get("row") or "")) and (
            where.get("parent") is not None or _stated(indicators, index, parts))
        if not named and not _adds_up(indicators, parts, record):
            continue  # a total the layout implies, or one over the table's top rows: its parts (every row over
            # it, the subtotals among them unmarked) are a guess unless they add up
        members = [("whole", _figure(index, record))] + [("part", _figure(i, indicators[i])) for i in parts]
        sentences = [Sentence(indicators[i]["sentence"], [f]) for i, (_, f) in
                     zip([index] + parts, members)]
        found.append(Relation("part_whole", str(where.get("row") or where.get("column") or ""), members, sentences,
                              {"exhaustive": True, "same_sentence": False, "whole_last": True,
                               "table": where["table"]}))
    return found + _parent_rows(indicators)


def _parent_rows(indicators: list[dict]) -> list[Relation]:
    """Wholes stated by a row with figures over the rows that name it as their parent."""
    found: list[Relation] = []
    for index, record in enumerate(indicators):
        where = record.get("table")
        if not where or where.get("total") or where.get("row") is None or _of_changes(where):
            continue
        parts = []
        rows: set[str] = set()  # the rows under the whole
        after = None  # the first figure after them, of another row
        for k in range(index + 1, len(indicators)):
            other = indicators[k].get("table")
            if not other or other["table"] != where["table"]:
                break
            if other.get("row") == where["row"]:
                continue  # the whole's own row, another column
            if other.get("parent") != where["row"]:
                after = k
                break  # a row of another group: the whole's ends
            rows.add(str(other.get("row")))
            if _column(indicators, k) == _column(indicators, index) and not other.get("total") and \
                    same_period(indicators[k], record) and indicators[k].get("unit") == record.get("unit"):
                parts.append(k)
        if len(parts) < MINIMUM_PARTS:
            continue
        if _closes(indicators, parts, after, index):
            continue  # the rows add up to the row under them: its parts, set before it, not the row's over them
        if not _adds_up(indicators, parts, record) and _siblings(where["row"], [indicators[k] for k in parts]):
            continue  # "Kapitaal 450.000" over "Lening bank" and "Subsidie provincie": other quantities beside it
        partial = any(_partial().match(str(indicators[k]["table"].get("row") or "").lower()) for k in parts) \
            or len({str(indicators[k]["table"].get("row")) for k in parts}) < len(rows)
        members = [("whole", _figure(index, record))] + [("part", _figure(i, indicators[i])) for i in parts]
        sentences = [Sentence(indicators[i]["sentence"], [f]) for i, (_, f) in zip([index] + parts, members)]
        found.append(Relation("part_whole", str(where["row"]), members, sentences,
                              {"exhaustive": not partial, "same_sentence": False, "whole_last": False,
                               "table": where["table"]}))
    return found


def _closes(indicators: list[dict], parts: list[int], after: int | None, whole: int) -> bool:
    """The rows indented between two rows of one level are the parts of the lower one when they add up to its
    figure of their column ("Bedrijfsopbrengsten 347.200", the costs indented under it, then "Bedrijfskosten
    -/- 339.400", their sum): a total set under its parts, no breakdown of the row over them."""
    if after is None:
        return False
    column = _column(indicators, whole)
    for k in range(after, len(indicators)):
        other = indicators[k].get("table")
        if not other or other["table"] != indicators[whole]["table"]["table"] \
                or other.get("row") != indicators[after]["table"].get("row"):
            return False
        if _column(indicators, k) == column and same_period(indicators[k], indicators[whole]):
            return _adds_up(indicators, parts, indicators[k])
    return False


def _siblings(whole_label: str, parts: list[dict]) -> bool:
    """True when the rows under a row with figures each name a quantity of their own (the lexicon's measures,
    patterns/lexicon.yaml: amounts such as capital, loans, grants, turnover) and none the one the row over them names: "Lening bank" and "Subsidie provincie" under
    "Kapitaal" are sources of money beside the capital, not parts of it, where "vrouwen" and "mannen" under
    "Werknemers" name no quantity of their own. A whole only the layout implies (an indent, no total word) is
    then no whole: a total is one where the table or the text says so."""
    whole = _concepts(whole_label)
    if not whole:
        return False
    named = [_concepts(str(record["table"].get("row") or "")) for record in parts]
    return all(concepts and not concepts & whole for concepts in named)


def _concepts(label: str) -> set[str]:
    """The quantities (the lexicon's measures) the words of a row label name."""
    lex = lexicon()
    found = set()
    for word in re.findall(r"[^\W\d_][\w'-]*", label):
        concept = lex.measures.word(canonical(word)) or lex.measures.word(word.lower())
        if concept is not None:
            found.add(concept.name)
    return found


@cache
def _partial() -> re.Pattern[str]:
    """A part's label that says the parts need not cover the whole: "waaronder ...", "o.a. ..."."""
    cues = patterns.load("relations")["part_whole"]["partial"]
    return re.compile(r"(?:" + "|".join(cues) + r")\b")


def _of_changes(where: dict) -> bool:
    """A cell of a column of changes between the years ("Evolutie (%)"): the changes of a total's parts do not
    add up to the total's."""
    return table_words.is_change_header(str(where.get("column") or ""))


def _figure(index: int, record: dict) -> Figure:
    return Figure(index, record, 0, len(str(record.get("raw", ""))))


def _parts(indicators: list[dict], total: int) -> list[int]:
    """The indexes of the total's parts (see the module's docstring); none when the rows do not say."""
    whole = indicators[total]
    where = whole["table"]
    earlier = [i for i in range(total) if _same_table(indicators[i], where)]
    same_period_ = [i for i in earlier if same_period(indicators[i], whole)
                   and indicators[i].get("unit") == whole.get("unit")]
    rows = [i for i in same_period_ if not indicators[i]["table"].get("total")]
    totals = [i for i in same_period_ if indicators[i]["table"].get("total")]
    column = [i for i in rows if _column(indicators, i) == _column(indicators, total)]
    if where.get("row") is not None:
        # a group's own rows (the subtotal's label is the group's), in its column first
        group = [i for i in rows if indicators[i]["table"].get("parent") == where["row"]]
        in_column = [i for i in group if i in column]
        chosen = in_column if len(in_column) >= MINIMUM_PARTS else group
        if len(chosen) >= MINIMUM_PARTS or (chosen and _adds_up(indicators, chosen, whole)):
            return _after_last_total(chosen, totals, where)
        # "Totaal vaste activa" under "Vaste activa"; a table's last row that sums the rows over it
        siblings = [i for i in column if indicators[i]["table"].get("parent") == where.get("parent")]
        if siblings or where.get("parent") is not None:
            return _after_last_total(siblings, totals, where)
        # "Totaal activa" at the level of "Vaste activa" and "Vlottende activa": the totals of those groups,
        # else the rows of the groups (not the parts of a row with figures of its own)
        since = _since_grand_total(indicators, totals, total)
        groups = [i for i in totals if i > since and _column(indicators, i) == _column(indicators, total)
                  and indicators[i]["table"].get("row") is not None and indicators[i]["table"].get("parent") is None]
        if len(groups) >= MINIMUM_PARTS:
            return groups
        wholes = {indicators[i]["table"].get("row") for i in rows}
        return [i for i in column if i > since and indicators[i]["table"].get("parent") not in wholes | {None}]
    # the table's total: the totals of its groups, in its column
    return [i for i in totals if _column(indicators, i) == _column(indicators, total)
            and indicators[i]["table"].get("row") is not None]


def _groups(indicators: list[dict], where: dict) -> set[str]:
    """The labels of the table's groups: the parents its rows name."""
    return {str(r["table"]["parent"]) for r in indicators if r.get("table") and r["table"]["table"] == where["table"]
            and r["table"].get("parent") is not None}


def _since_grand_total(indicators: list[dict], totals: list[int], total: int) -> int:
    """The index of the last total of the table's top level over the total at `total` that totals groups, not
    a group ("Totaal activa" over "Totaal passiva"): the groups of a grand total come after it. -1 when none."""
    groups = _groups(indicators, indicators[total]["table"])
    grand = [i for i in totals if indicators[i]["table"].get("parent") is None
             and _column(indicators, i) == _column(indicators, total)
             and table_words.is_total(str(indicators[i]["table"].get("row") or ""))
             and indicators[i]["table"].get("row") not in groups]
    return grand[-1] if grand else -1


def _stated(indicators: list[dict], total: int, parts: list[int]) -> bool:
    """A total of the table's top level whose parts the table states: the groups over it (their totals or their
    rows: "Totaal activa" under "Vaste activa" and "Vlottende activa"), or the rows over it when its label is a
    word of totals alone ("Totaal", "Som"). Such a total is given with its parts though they do not add up, so
    that the check of parts and whole reports it; a top-level "Totaal omzet" under "Leden" and "Klanten" is not."""
    where = indicators[total]["table"]
    label = str(where.get("row") or "")
    if label.lower().strip(" :*") in table_words.words().totals:
        return True
    groups = _groups(indicators, where)
    return bool(parts) and all(indicators[i]["table"].get("parent") in groups or
                               indicators[i]["table"].get("row") in groups for i in parts)


def _column(indicators: list[dict], index: int) -> tuple[str, int]:
    """The column of a table's cell: its header; in a table whose columns have no header, its place among the
    cells of its row (which column is which is then said by place alone)."""
    where = indicators[index]["table"]
    if where["column"]:
        return where["column"], 0
    at = indicators[index]["location"]
    place, k = 0, index - 1
    while k >= 0 and (other := indicators[k].get("table")) and other["table"] == where["table"] \
            and indicators[k]["location"].get("page") == at.get("page") \
            and indicators[k]["location"].get("line") == at.get("line"):
        place += 1
        k -= 1
    return "", place


def _same_table(record: dict, where: dict) -> bool:
    other = record.get("table")
    return bool(other) and other["table"] == where["table"]


def _after_last_total(parts: list[int], totals: list[int], where: dict) -> list[int]:
    """Parts after the last earlier total of the same group (a group of the same name further up is another)."""
    same = [i for i in totals if i < (parts[-1] if parts else 0)]
    return parts if not same else [i for i in parts if i > same[-1]] or parts


def _adds_up(indicators: list[dict], parts: list[int], whole: dict) -> bool:
    return abs(sum(indicators[i]["value"] for i in parts) - whole["value"]) <= max(1.0, abs(whole["value"]) * 0.005)
