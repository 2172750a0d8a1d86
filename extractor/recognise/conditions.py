"""The table of the nine conditions of art. 8:5 WVV: which text states which condition, and which text answers it.

Reports write the table in many shapes: Markdown pipes ("| 5. Uittreding ... | Artikel 13 |"), tab-separated
cells, numbered rows ("5. Wie uittreedt ... : artikel 13"), or, in text copied from a PDF, cell after cell as
paragraphs. And each writer words the law in their own way. So the table is found from what its rows say:

- every block is cut into *units*: the block itself, its cells between Markdown pipes, or the rows of a
  numbered list that the layout joined into one paragraph ("1. ... 2. ... 3. ...");
- a unit states condition N when it carries enough of the content words of condition N
  (patterns/conditions.yaml `concepts`, matched as word beginnings, rapidfuzz for a misspelt long word);
  a unit that cites a statute article answers rather than states, unless its text before the article
  states a condition by itself (a numbered row "3. Beperkt dividend: artikel 38");
- a *table* is a run of such units close together; within it each condition goes to one unit and each unit
  to one condition, the best-scoring pairs first (so "dividend" in conditions 3 and 8 is settled by the
  other words of each row);
- a condition's answer is the rest of its row (cells, pipe cells), else the unit that follows it, plus the
  units right after that open with an article ("Artikel 43 over de bestemming ...") or, when it cites none,
  the next that does; in a table whose statutes' column comes first, cell after cell, the unit before it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from extractor import patterns
from extractor.model import Block


@dataclass(frozen=True)
class Span:
    """A piece of a block's clean text: characters [start, end)."""

    block: int
    start: int
    end: int


@dataclass(frozen=True)
class ConditionMatch:
    condition: int
    score: float  # the share (%) of the condition's content words that the statement carries
    block: int  # the block that states the condition
    answer: int  # the (first) block that answers it
    statement: Span  # the text stating the condition
    answers: tuple[Span, ...]  # the text answering it: its statute articles back the condition


@dataclass(frozen=True)
class _Rules:
    weights: dict[int, tuple[int, ...]]  # condition → the weight of each of its concepts
    starts: re.Pattern[str]  # every word, at a word's beginning: "(?=(...))" finds them all, overlapping
    inside: re.Pattern[str] | None  # the words marked "-", anywhere ("-saldo" in "liquidatiesaldo")
    credits: dict[str, frozenset[tuple[int, int]]]  # a word found → (condition, concept) it and its prefixes stand for
    fuzzy: dict[int, tuple[tuple[str, int], ...]]  # condition → (long word, concept): rapidfuzz finds it misspelt
    max_fuzzy: dict[int, int]  # condition → the most weight its misspelt words could add
    min_weight: int
    min_rows: int
    max_gap: int
    max_length: int
    article: re.Pattern[str]  # an article of the statutes cited: "artikel 13", not "artikel 8:5"


@dataclass(frozen=True)
class _Unit:
    span: Span
    text: str
    row: tuple | None  # units of one table row share this key
    cites: int | None  # character offset (in text) of the first statute article cited, if any
    kind: str


_ACCENTS: dict[int, str] = {}


def _plain(text: str) -> str:
    """Lower case without accents: "Coöperant" → "cooperant"."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    for ch in set(folded) - _ACCENTS.keys():
        if not ch.isascii():
            base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            _ACCENTS[ord(ch)] = base if len(base) == 1 else ch
    return folded.translate(_ACCENTS)


@cache
def _rules() -> _Rules:
    data = patterns.load("conditions")
    weights: dict[int, tuple[int, ...]] = {}
    at_start: dict[str, set[tuple[int, int]]] = {}
    inside: dict[str, set[tuple[int, int]]] = {}
    fuzzy: dict[int, list[tuple[str, int]]] = {}
    for number, item in data["conditions"].items():
        condition = int(number)
        weights[condition] = tuple(int(concept.get("weight", 1)) for concept in item["concepts"])
        for k, concept in enumerate(item["concepts"]):
            for word in concept["words"]:
                plain = _plain(word.strip())
                if plain.startswith("-"):
                    inside.setdefault(plain[1:], set()).add((condition, k))
                    continue
                at_start.setdefault(plain, set()).add((condition, k))
                if " " not in plain and len(plain) >= 8 and weights[condition][k] > 1:
                    fuzzy.setdefault(condition, []).append((plain, k))
    # a word found also stands for the shorter words it begins with ("bestuursorgaan" is "bestuur" too)
    credits = {word: frozenset(c for other, cs in at_start.items() if word.startswith(other) for c in cs)
               for word in at_start}
    credits.update({word: frozenset(cs) for word, cs in inside.items() if word not in credits})
    for word, cs in inside.items():
        credits[word] = credits[word] | frozenset(cs)
    starts = re.compile(r"(?<![a-z0-9])(?=(" + _trie(at_start) + "))")
    inner = re.compile("(?=(" + _trie(inside) + "))") if inside else None
    references = patterns.load("references")
    words = "|".join(re.escape(w.rstrip(".")) for w in sorted(references["article_words"], key=len, reverse=True))
    article = re.compile(rf"(?i)(?<![\w.])(?:{words})\.?\s*(\d+)(?![\d:]|\s*:\s*\d)")
    max_fuzzy = {c: sum(sorted({weights[c][k] for _, k in fuzzy.get(c, [])}, reverse=True)) for c in weights}
    return _Rules(weights, starts, inner, credits, {c: tuple(v) for c, v in fuzzy.items()}, max_fuzzy,
                  int(data["min_weight"]), int(data["min_rows"]),
                  int(data["max_gap"]), int(data["max_length"]), article)


def _trie(words: Iterable[str]) -> str:
    """One regular expression for many words, branching letter by letter (an alternation of hundreds of words
    is tried word after word); the longest word wins where several begin alike."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(root)


def score(text: str) -> dict[int, int]:
    """The weight of the content words of each condition that the text carries."""
    rules = _rules()
    plain = _plain(text)
    hits: set[tuple[int, int]] = set()
    for word in set(rules.starts.findall(plain)):
        hits |= rules.credits[word]
    if rules.inside is not None:
        for word in set(rules.inside.findall(plain)):
            hits |= rules.credits[word]
    scores: dict[int, int] = {}
    for condition, concept in hits:
        scores[condition] = scores.get(condition, 0) + rules.weights[condition][concept]
    # a misspelt long word ("onbezoldgd") counts where it would let the text state its condition
    for condition, exact in list(scores.items()):
        if exact < 2 or exact >= rules.min_weight or exact + rules.max_fuzzy[condition] < rules.min_weight:
            continue
        for word, concept in rules.fuzzy[condition]:
            weight = rules.weights[condition][concept]
            if (condition, concept) not in hits and exact + weight >= rules.min_weight \
                    and fuzz.partial_ratio(word, plain, score_cutoff=88):
                hits.add((condition, concept))
                exact += weight
        scores[condition] = exact
    return scores


def match_conditions(blocks: list[Block]) -> list[ConditionMatch]:
    rules = _rules()
    units = _units(blocks, rules)
    candidates: list[tuple[int, dict[int, int]]] = []  # unit index, scores
    for index, unit in enumerate(units):
        if len(unit.text) > rules.max_length:
            continue
        stated = unit.text if unit.cites is None else unit.text[:unit.cites]
        if unit.cites is not None and len(stated.split()) < 3 and unit.kind != "numbered":
            continue
        scores = {n: s for n, s in score(stated).items() if s >= rules.min_weight}
        if not scores and unit.cites is not None and unit.kind == "numbered":
            # a numbered row that states its condition around the article: "2. Ons voorwerp (artikel 4) ..."
            stated = rules.article.sub(" ", unit.text)
            scores = {n: s for n, s in score(stated).items() if s >= rules.min_weight}
        if scores:
            candidates.append((index, scores))
    matches: list[ConditionMatch] = []
    for run in _runs(candidates, rules.max_gap):
        assigned = _assign(run, [units[index].row for index, _ in run])
        if len(assigned) < rules.min_rows:
            continue
        statements = sorted(assigned)
        # rows that state and answer at once ("5. Wie uittreedt ...: artikel 12"): a row without an article
        # answers nothing else either ("9. Dit verslag is het bijzonder verslag ...")
        one_line_rows = 2 * sum(units[k].cites is not None for k in statements) > len(statements)
        backwards = _answered_before(units, statements)
        for position, unit_index in enumerate(statements):
            condition, weight = assigned[unit_index]
            following = statements[position + 1] if position + 1 < len(statements) else len(units)
            unit = units[unit_index]
            if one_line_rows and unit.cites is None and unit.kind == "numbered":
                continue
            answers = _answer_before(units, unit_index, set(statements)) if backwards \
                else _answers(units, unit_index, following, set(statements))
            if not answers:
                continue
            statement = unit.span if not unit.cites else Span(unit.span.block, unit.span.start,
                                                               unit.span.start + unit.cites)
            share = 100 * weight / sum(rules.weights[condition])
            matches.append(ConditionMatch(condition, round(share, 1), unit.span.block, answers[0].block,
                                          statement, tuple(answers)))
    return matches


def answer_spans(matches: list[ConditionMatch]) -> dict[int, list[tuple[int, int, int]]]:
    """Per block, the (start, end, condition) of the text that answers a condition."""
    spans: dict[int, list[tuple[int, int, int]]] = {}
    for match in matches:
        for span in match.answers:
            spans.setdefault(span.block, []).append((span.start, span.end, match.condition))
    return spans


def _units(blocks: list[Block], rules: _Rules) -> list[_Unit]:
    units: list[_Unit] = []
    for index, block in enumerate(blocks):
        text = block.text
        if text.count("|") >= 2:
            row = 0
            start = 0
            for part in re.finditer(r"[^|]*", text):
                piece = part.group(0)
                if not piece.strip():
                    if part.start() > start:  # "| |": a row ends, the next begins
                        row += 1
                    continue
                if re.fullmatch(r"\s*:?-{2,}:?\s*", piece):
                    continue
                lead = len(piece) - len(piece.lstrip())
                span = Span(index, part.start() + lead, part.start() + len(piece.rstrip()))
                units.append(_unit(span, text[span.start:span.end], (index, row), block.kind, rules))
                start = part.end()
        elif block.kind != "cell" and len(cuts := _numbered_rows(text)) >= 3:
            for start, end in zip(cuts, cuts[1:] + [len(text)]):
                piece = text[start:end].rstrip()
                units.append(_unit(Span(index, start, start + len(piece)), piece, None, "numbered", rules))
        else:
            row_key = ("cell", block.row) if block.kind == "cell" else None
            kind = "numbered" if block.kind == "item" or _ROW_NUMBER.match(text) else block.kind
            units.append(_unit(Span(index, 0, len(text)), text, row_key, kind, rules))
    return units


_ROW_NUMBER = re.compile(r"\(?(\d{1,2})[.)]\s+(?=\S)")
_ROW_HINT = re.compile(r"\d[.)]\s")
_ROW_NUMBER_INSIDE = re.compile(r"(?:^|(?<=[.;:!?)\s]))\s*\(?(\d{1,2})[.)]\s+(?=[A-Z])")


def _numbered_rows(text: str) -> list[int]:
    """Where the rows "1. ... 2. ... 3. ..." of a numbered list joined into one paragraph begin: numbers
    that count up by one from the block's start."""
    if not _ROW_HINT.search(text):
        return []
    cuts: list[int] = []
    expected = None
    for match in _ROW_NUMBER_INSIDE.finditer(text):
        number = int(match.group(1))
        if expected is None:
            if match.start() > 0 and text[:match.start()].strip():
                return []
        elif number != expected:
            continue
        cuts.append(match.start() + len(match.group(0)) - len(match.group(0).lstrip()))
        expected = number + 1
    return cuts


def _unit(span: Span, text: str, row: tuple | None, kind: str, rules: _Rules) -> _Unit:
    cited = rules.article.search(text)
    return _Unit(span, text, row, cited.start() if cited else None, kind)


def _runs(candidates: list[tuple[int, dict[int, int]]], max_gap: int) -> list[list[tuple[int, dict[int, int]]]]:
    runs: list[list[tuple[int, dict[int, int]]]] = []
    for candidate in candidates:
        if runs and candidate[0] - runs[-1][-1][0] <= max_gap:
            runs[-1].append(candidate)
        else:
            runs.append([candidate])
    return runs


def _assign(run: list[tuple[int, dict[int, int]]], rows: list[tuple | None]) -> dict[int, tuple[int, int]]:
    """unit → (condition, weight): one unit per condition, one condition per unit and per table row, best pairs
    first; a tie goes to the pair whose weight stands out most from the unit's other conditions, then to the
    earlier unit."""
    pairs = []
    row_of = {}
    for (unit, scores), row in zip(run, rows):
        row_of[unit] = row
        for condition, weight in scores.items():
            rest = max((w for c, w in scores.items() if c != condition), default=0)
            pairs.append((-weight, -(weight - rest), unit, condition))
    assigned: dict[int, tuple[int, int]] = {}
    taken: set[int] = set()
    rows_taken: set[tuple] = set()
    for negative, _, unit, condition in sorted(pairs):
        if unit in assigned or condition in taken or row_of[unit] in rows_taken:
            continue
        assigned[unit] = (condition, -negative)
        taken.add(condition)
        if row_of[unit] is not None:
            rows_taken.add(row_of[unit])
    return assigned


def _answered_before(units: list[_Unit], statements: list[int]) -> bool:
    """Cell after cell with the statutes' column first ("Artikel 3", then its condition): the text before the
    first condition cites an article and the text after the last one does not."""
    first, last = statements[0], statements[-1]
    if any(units[k].row is not None or units[k].cites is not None for k in statements):
        return False
    before = units[first - 1] if first > 0 else None
    after = units[last + 1] if last + 1 < len(units) else None
    # the cell before the first condition opens with its article ("Artikel 2"), unlike an introduction
    return before is not None and before.cites == 0 and len(before.text) < 200 \
        and (after is None or after.cites is None)


def _answer_before(units: list[_Unit], index: int, statements: set[int]) -> list[Span]:
    k = index - 1
    return [units[k].span] if k >= 0 and k not in statements and units[k].cites is not None else []


def _answers(units: list[_Unit], index: int, following: int, statements: set[int]) -> list[Span]:
    unit = units[index]
    if unit.cites is not None:  # a row stating and answering at once: its articles back the condition
        return [unit.span]
    if unit.row is not None:
        row = [other.span for k, other in enumerate(units) if other.row == unit.row and k != index
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
