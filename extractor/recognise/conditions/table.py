"""Which unit states which condition: the candidates (units whose words, name or label state a condition), the
runs of them close together that make a table, and within a run one condition per unit and one unit per
condition, the best-scoring pairs first; a table's rows then need their answers (answers.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from extractor.document.model import SYNTHETIC, Block, SourceLine, unpack
from extractor.recognise.conditions.answers import answer_after, answer_before, answered_before, broken_row
from extractor.recognise.conditions.layout import grid_rows
from extractor.recognise.conditions.units import Unit, cut_units
from extractor.recognise.conditions.words import Rules, load_rules, names_in, score, totals
from extractor.recognise.window import ConditionMatch, Span


@dataclass(frozen=True)
class _Candidate:
    """A unit that may state conditions: the weight of each, and those its content words state."""

    unit: int
    scores: dict[int, int]
    stated: frozenset[int]  # stated by content words, not only by a name or a label


def match_conditions(blocks: list[Block], lines: list[SourceLine] | None = None) -> list[ConditionMatch]:
    """The conditions the blocks state and the text that answers each: read from the blocks, their cells and
    their lists; where their sentences state more of them, from those (conditions stated in running prose). In a PDF
    (`lines`, the document's source lines) a table whose columns the reader gave one after another is read
    by its rows where that finds more of the conditions."""
    rules = load_rules()
    carried_over = _CarriedOver(blocks, lines or [])
    found = _match(blocks, cut_units(blocks, rules), rules, carried_over)
    if len(found) < len(rules.weights):  # prose may state more of them, a sentence each
        by_sentences = _match(blocks, cut_units(blocks, rules, sentences=True), rules, carried_over)
        if len(by_sentences) > len(found):
            found = by_sentences
    grid = grid_rows(lines) if lines else {}
    if grid:
        by_rows = _match(blocks, cut_units(blocks, rules, grid=grid), rules, carried_over)
        if len(by_rows) > len(found):
            return by_rows
    return found


class _CarriedOver:
    """Whether a PDF table's cell was left at the foot of a text column or page while the text after it, its
    row's condition, was carried over: on a later page, or on the same page higher up and to the right (the head
    of the next column). Text without a page's geometry shows no such thing."""

    def __init__(self, blocks: list[Block], lines: list[SourceLine]) -> None:
        self.blocks = blocks
        self.lines = lines

    def _box(self, span: Span) -> tuple[int, float, float] | None:
        """(page, top, left) of the span's first character with a box."""
        block = self.blocks[span.block]
        for offset in range(span.start, span.end):
            position = block.positions[offset]
            if position == SYNTHETIC:
                continue
            index, column = unpack(position)
            line = self.lines[index] if index < len(self.lines) else None
            if line is None or line.page is None or line.char_boxes is None or column >= len(line.char_boxes):
                return None
            box = line.char_boxes[column]
            if box is not None:
                return line.page, box.top, box.x0
        return None

    def __call__(self, cell: Span, condition: Span) -> bool:
        if not self.lines:
            return False
        left, right = self._box(cell), self._box(condition)
        if left is None or right is None:
            return False
        return right[0] > left[0] or right[0] == left[0] and right[1] < left[1] and right[2] > left[2]


def _match(blocks: list[Block], units: list[Unit], rules: Rules,
           carried_over: Callable[[Span, Span], bool]) -> list[ConditionMatch]:
    rows_of: dict[tuple, list[int]] = {}  # a table row → its units, in order: each row read once, not per match
    for k, unit in enumerate(units):
        if unit.row is not None:
            rows_of.setdefault(unit.row, []).append(k)
    candidates = [c for index, unit in enumerate(units) if (c := _candidate(index, unit, rules)) is not None]
    matches: list[ConditionMatch] = []
    # a numbered heading no row states ("3 Realisaties in 2023") opens another section: the table ends before it
    sections = [k for k, unit in enumerate(units) if unit.kind in ("heading", "paragraph") and unit.row is None
                and len(unit.text.split()) <= _SECTION_WORDS and _SECTION_HEADING.match(unit.text)]
    for run in _runs(candidates, rules.max_gap, sections):
        run = _after_introduction(run, units)
        rowed_run = [c for c in run if units[c.unit].row is not None]
        if 2 * len(rowed_run) > len(run) and len(rowed_run) >= rules.min_rows:
            # a table of rows: a paragraph near it (an introduction that words a condition) takes no row's condition
            run = rowed_run
        assigned = _assign(run, units)
        if len(assigned) < rules.min_rows:
            continue
        stated = {c.unit: c.stated for c in run}
        statements = sorted(assigned)
        rowed = [k for k in statements if units[k].row is not None]
        if 2 * len(rowed) > len(statements):  # a table of rows: a paragraph near it is no row of it
            statements = rowed
        statements = _numbered_too(units, statements, assigned, rules)
        # rows that state and answer at once ("5. Wie uittreedt ...: artikel 12"): a row without an article
        # answers nothing else either ("9. Dit verslag is het bijzonder verslag ...")
        one_line_rows = 2 * sum(units[k].cites is not None for k in statements) > len(statements)
        backwards = answered_before(units, statements)
        found: list[ConditionMatch] = []
        carried: set[Span] = set()  # article cells of rows broken at a column's foot, read before their condition
        rows = sum(assigned[k][0] in stated.get(k, ()) for k in statements)  # rows that paraphrase their condition
        for position, unit_index in enumerate(statements):
            condition, weight = assigned[unit_index]
            following = statements[position + 1] if position + 1 < len(statements) else len(units)
            unit = units[unit_index]
            if one_line_rows and unit.cites is None and unit.kind == "numbered":
                continue
            answers = answer_before(units, unit_index, set(statements)) if backwards \
                else answer_after(units, unit_index, following, set(statements), rows_of)
            if not answers and not backwards:
                answers = broken_row(units, unit_index, set(statements), carried_over)
                carried.update(answers)
            if not answers:
                continue
            if condition not in stated.get(unit_index, ()):
                # a row that only names its condition ("Beperkt dividend") or only numbers it ("Voorwaarde 3")
                # counts when it answers with a statute article
                if not any(rules.article.search(blocks[a.block].text[a.start:a.end]) for a in answers):
                    continue
                rows += 1
            statement = unit.span if not unit.cites else Span(unit.span.block, unit.span.start,
                                                               unit.span.start + unit.cites)
            share = min(100.0, 100 * weight / totals()[condition])
            found.append(ConditionMatch(condition, round(share, 1), unit.span.block, answers[0].block,
                                        statement, tuple(answers), _prose(unit)))
        if rows >= rules.min_rows:
            matches.extend(_carried_over(found, carried))
    return matches


def _carried_over(found: list[ConditionMatch], carried: set[Span]) -> list[ConditionMatch]:
    """The matches less the article cells of broken rows that an earlier row took as the rest of its answer
    ("Artikel 47" then "Artikel 12": the second is the broken row's, whose condition follows it)."""
    out = []
    for match in found:
        kept = tuple(a for a in match.answers if a not in carried) or match.answers  # the broken row's own
        out.append(match if kept == match.answers else replace(match, answer=kept[0].block, answers=kept))
    return out


_SENTENCE_THEN_SENTENCE = re.compile(r"[.!?]\s+[^\W\d_]*[A-ZÀ-Ý]")


def _prose(unit: Unit) -> bool:
    """A unit of the report's running prose: a sentence of a paragraph, or a paragraph of several sentences
    ("Het bestuur telt negen leden: vijf vrijwilligers, ... Het kwam elf keer samen."), not a row of a table."""
    if unit.row is not None:
        return False
    return unit.kind == "sentence" or unit.kind == "paragraph" and bool(_SENTENCE_THEN_SENTENCE.search(unit.text))


def _candidate(index: int, unit: Unit, rules: Rules) -> _Candidate | None:
    """What the unit may state: the conditions its content words state, that it names, or that label it."""
    if len(unit.text) > rules.max_length:
        return None
    stated = unit.text if unit.cites is None else unit.text[:unit.cites]
    if unit.label is not None:  # the row's label says which condition, its words may paraphrase it too
        proven = frozenset([unit.label]) if score(stated).get(unit.label, 0) >= rules.min_weight else frozenset()
        return _Candidate(index, {unit.label: totals()[unit.label]}, proven)
    named = names_in(unit.head, rules)
    if unit.cites is not None and len(stated.split()) < 3 and unit.kind not in ("numbered", "sentence") \
            and not named:
        return None
    if unit.kind == "sentence" and unit.cites is not None:
        stated = rules.article.sub(" ", unit.text)  # a sentence states its condition around its article
    scores = {n: s for n, s in score(stated).items() if s >= rules.min_weight}
    if not scores and unit.cites is not None and (unit.kind in ("numbered", "sentence")
                                                  or len(stated.split()) >= _WORDS_BEFORE_ARTICLE):
        # a numbered row or a sentence that states its condition around the article: "2. Ons voorwerp (artikel
        # 4) ...", "Artikel 33 beperkt de dividenduitkering tot ..."; a row of a PDF's table whose article cell
        # the reading order put inside the condition's wrapped text ("... positieve maatschappelijke Artikel 3
        # impact op mens, milieu of samenleving")
        stated = rules.article.sub(" ", unit.text)
        scores = {n: s for n, s in score(stated).items() if s >= rules.min_weight}
    proven = frozenset(scores)
    for condition, first in named.items():
        # a name makes the unit a candidate; the name the head opens with is the one it is about, unless the
        # unit's words state another condition: "Eerst het doel, dan het dividend" names the aim first but
        # states the reserve before dividend, and a unit named only by the aim is a better row for the aim
        if proven and condition not in proven:
            scores[condition] = rules.min_weight - 1
            continue
        scores[condition] = max(scores.get(condition, 0), rules.min_weight) + first
    return _Candidate(index, scores, proven) if scores else None


def _after_introduction(run: list[_Candidate], units: list[Unit]) -> list[_Candidate]:
    """The paragraphs before the heading that opens the table, citing no article, are its introduction, no row of
    it: "Het bestuur brengt elk jaar een bijzonder verslag uit ..." above "Erkenningsvoorwaarden" leaves
    condition 9 to the row "Bijzonder verslag. Artikel 40 ..." under it."""
    for position, candidate in enumerate(run[:-1]):
        unit = units[candidate.unit]
        if unit.kind != "paragraph" or unit.row is not None or unit.cites is not None:
            return run
        between = range(candidate.unit + 1, run[position + 1].unit)
        if any(units[k].kind == "heading" and units[k].cites is None for k in between):  # not "Artikel 12"
            return run[position + 1:]
    return run


def _numbered_too(units: list[Unit], statements: list[int], assigned: dict[int, tuple[int, int]],
                  rules: Rules) -> list[int]:
    """A table whose rows carry the law's numbers (every row that states its condition is numbered with it,
    "6. Kosteloos bestuur"): a row among them numbered with a condition no row states ("8. Eerst het Leerfonds")
    states that one, whatever its words (it may cite its article itself: "2. Activiteiten – art. 3 statuten"), where
    its number goes on the list's order; it still needs a statute article to answer it. `assigned` gains it."""
    numbered = [k for k in statements if units[k].number is not None]
    if len(numbered) < rules.min_rows or any(units[k].number != assigned[k][0] for k in statements):
        return statements
    taken = {assigned[k][0] for k in statements}
    rows_taken = {units[k].row for k in statements if units[k].row is not None}
    added = []
    for k in range(max(0, statements[0] - _NUMBERED_REACH), min(len(units), statements[-1] + _NUMBERED_REACH + 1)):
        unit = units[k]
        if k in assigned or unit.number is None or unit.number not in rules.weights or unit.number in taken \
                or unit.kind != "numbered" or (unit.row is not None and unit.row in rows_taken) \
                or not _in_order(units, k, assigned):
            continue
        assigned[k] = (unit.number, max(score(unit.text).get(unit.number, 0), 1))
        taken.add(unit.number)
        added.append(k)
    return sorted([*statements, *added])


def _in_order(units: list[Unit], index: int, assigned: dict[int, tuple[int, int]]) -> bool:
    """The unit's number falls between the conditions of the rows before and after it: the list goes on
    through it ("2. Activiteiten – art. 3" between "1. Sociaal oogmerk" and "3. Beperkt dividend"), where the
    heading "2. Erkenningsvoorwaarden" over the list's "1." does not."""
    number = units[index].number
    before = [assigned[k][0] for k in assigned if k < index]
    after = [assigned[k][0] for k in assigned if k > index]
    return (not before or max(before) < number) and (not after or min(after) > number)


_NUMBERED_REACH = 2  # units before the first row and after the last that may be rows of the numbered table too


_WORDS_BEFORE_ARTICLE = 3  # a unit that says this much before its article may state a condition around it


_SECTION_HEADING = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s+[^\W\d_]")


_SECTION_WORDS = 8


def _runs(candidates: list[_Candidate], max_gap: int, sections: list[int] = ()) -> list[list[_Candidate]]:
    runs: list[list[_Candidate]] = []
    for candidate in candidates:
        if runs and candidate.unit - runs[-1][-1].unit <= max_gap and \
                not any(runs[-1][-1].unit < k < candidate.unit for k in sections):
            runs[-1].append(candidate)
        else:
            runs.append([candidate])
    return runs


def _assign(run: list[_Candidate], units: list[Unit]) -> dict[int, tuple[int, int]]:
    """unit → (condition, weight): one unit per condition, one condition per unit and per table row, best pairs
    first; a tie goes to the condition whose number the row carries in a list numbered up from 1 to 9, then to
    the pair whose weight stands out most from the unit's other conditions, then to the earlier unit."""
    numbers = [units[c.unit].number for c in run if units[c.unit].number is not None]
    numbered = len(numbers) >= 2 and all(1 <= n <= 9 for n in numbers) \
        and all(a < b for a, b in zip(numbers, numbers[1:]))
    pairs = []
    for candidate in run:
        number = units[candidate.unit].number if numbered else None
        for condition, weight in candidate.scores.items():
            rest = max((w for c, w in candidate.scores.items() if c != condition), default=0)
            pairs.append((-_cites_near(units, candidate.unit), -weight, -(number == condition), -(weight - rest),
                          candidate.unit, condition))
    assigned: dict[int, tuple[int, int]] = {}
    taken: set[int] = set()
    rows_taken: set[tuple] = set()
    for _, negative, _, _, unit, condition in sorted(pairs):
        row = units[unit].row
        if unit in assigned or condition in taken or row in rows_taken:
            continue
        assigned[unit] = (condition, -negative)
        taken.add(condition)
        if row is not None:
            rows_taken.add(row)
    return assigned


def _cites_near(units: list[Unit], index: int) -> bool:
    """The unit, a cell of its row or the unit after it cites an article: a title that names a condition
    ("Jaarverslag 2023") and cites none loses a tie to a row that does."""
    unit = units[index]
    near = units[index:index + 2] + [u for u in units[max(0, index - 9):index + 9]
                                     if unit.row is not None and u.row == unit.row]
    return any(u.cites is not None for u in near)
