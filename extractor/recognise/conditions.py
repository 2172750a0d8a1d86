"""The table of the nine conditions of art. 8:5 WVV: which text states which condition, and which text answers it.

Reports write the table in many shapes: Markdown pipes ("| 5. Uittreding ... | Artikel 13 |"), tab-separated
cells, numbered rows ("5. Wie uittreedt ... : artikel 13"), or, in text copied from a PDF, cell after cell as
paragraphs. And each writer words the law in their own way. So the table is found from what its rows say:

- every block is cut into *units*: the block itself, its cells between Markdown pipes, the rows of a
  numbered list that the layout joined into one paragraph ("1. ... 2. ... 3. ..."), the items of a list whose
  lines open with a bullet or a number ("- Beperkt stemrecht: artikel 28", "(3) ...", "(1) ... (2) ..." in
  one run), or lines that each cite an article (a PDF's bullets read apart); where the blocks so cut make no
  table, a paragraph's sentences are units (conditions stated in running prose);
- a unit states condition N when it carries enough of the content words of condition N
  (patterns/conditions.yaml `concepts`, matched as word beginnings, rapidfuzz for a misspelt long word);
  a unit that cites a statute article answers rather than states, unless its text before the article
  states a condition by itself (a numbered row "3. Beperkt dividend: artikel 38");
- a short unit, or the short lead-in of a row (before its full stop, colon, dash, parenthesis or article),
  states condition N too when it is one of the names writers give N (`names`: "Beperkt dividend",
  "Stemrecht."), and a row states N when it is labelled with N ("Voorwaarde 3 (...)", "art. 8:5, §1, 3°");
  such a row, which names its condition but does not paraphrase it, must answer it with a statute article;
- a *table* is a run of such units close together; within it each condition goes to one unit and each unit
  to one condition, the best-scoring pairs first (so "dividend" in conditions 3 and 8 is settled by the
  other words of each row, and, in a list numbered 1 to 9, by the row's number: never by the number alone);
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

from extractor.dutch import patterns
from extractor.runtime.errors import PatternError
from extractor.document.model import Block
from extractor.non_figures.base import line_edges
from extractor.recognise.window import ConditionMatch, Recogniser, Span, Window


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
    names: re.Pattern[str]  # the conditions' short names, at a word's beginning, overlapping
    named: dict[str, frozenset[int]]  # a name found → the conditions it names
    max_name_words: int
    max_named_length: int  # a longer unit is prose: its lead-in names no condition
    own_figure: re.Pattern[str]  # a number with a unit of its own: the cooperative's figure, not the law's
    law_numbers: dict[int, frozenset[str]]  # condition → the law's own numbers as written ("10 %")
    label: re.Pattern[str]  # "Voorwaarde 3": a label word and the condition's number (group 1)
    numbering: tuple[re.Pattern[str], ...]  # the law's numbering: "art. 8:5, §1, 3°" (group 1)


@dataclass(frozen=True)
class _Unit:
    span: Span
    text: str
    row: tuple | None  # units of one table row share this key
    cites: int | None  # character offset (in text) of the first statute article cited, if any
    kind: str
    number: int | None = None  # the row's number in a numbered list ("3. Dividend", a Markdown item "3.")
    label: int | None = None  # the condition the row is labelled with ("Voorwaarde 3", "8:5, §1, 3°")
    head: str | None = None  # the short text a name of a condition may fill ("Beperkt dividend")


@dataclass(frozen=True)
class _Candidate:
    """A unit that may state conditions: the weight of each, and those its content words state."""

    unit: int
    scores: dict[int, int]
    stated: frozenset[int]  # stated by content words, not only by a name or a label


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
    credits = {word: frozenset(c for end in range(1, len(word) + 1) for c in at_start.get(word[:end], ()))
               for word in at_start}
    credits.update({word: frozenset(cs) for word, cs in inside.items() if word not in credits})
    for word, cs in inside.items():
        credits[word] = credits[word] | frozenset(cs)
    starts = re.compile(r"(?<![a-z0-9])(?=(" + _trie(at_start) + "))")
    inner = re.compile("(?=(" + _trie(inside) + "))") if inside else None
    references = patterns.load("references")
    words = "|".join(re.escape(w.rstrip(".")) for w in sorted(references["article_words"], key=len, reverse=True))
    article = re.compile(rf"(?i)(?<![\w.])(?:{words})\.?\s*(\d+)(?!\d|\s*:\s*\d)")
    max_fuzzy = {c: sum(sorted({weights[c][k] for _, k in fuzzy.get(c, [])}, reverse=True)) for c in weights}
    named: dict[str, set[int]] = {}
    for number, item in data["conditions"].items():
        for name in item["names"]:
            named.setdefault(_plain(name.strip()), set()).add(int(number))
    names = re.compile(r"(?<![a-z0-9])(?=(" + _trie(named) + "))")
    labels = "|".join(re.escape(w) for w in sorted(data["labels"], key=len, reverse=True))
    label = re.compile(rf"(?i)(?<!\w)(?:{labels})\s*(?:nr\.?\s*)?([1-9])(?!\d|°|[.,:]\d)")
    numbering = []
    for k, expression in enumerate(data["numbering"]):
        try:
            numbering.append(re.compile(expression))
        except re.error as error:
            raise PatternError(f"{patterns.patterns_dir() / 'conditions.yaml'}: at $.numbering[{k}]: "
                               f"not a regular expression: {error}") from None
    return _Rules(weights, starts, inner, credits, {c: tuple(v) for c, v in fuzzy.items()}, max_fuzzy,
                  int(data["min_weight"]), int(data["min_rows"]),
                  int(data["max_gap"]), int(data["max_length"]), article,
                  names, {name: frozenset(cs) for name, cs in named.items()}, int(data["max_name_words"]),
                  int(data["max_named_length"]), _own_figure(data),
                  {int(c): frozenset(_squeeze(n) for n in ns) for c, ns in data.get("law_numbers", {}).items()},
                  label, tuple(numbering))


@cache
def _totals() -> dict[int, int]:
    """condition → the weight the law's own wording of it carries (`text`): a statement's score is its share.
    A paraphrase's words the law does not use ("geen winstoogmerk") weigh in a statement, not in the law."""
    rules = _rules()
    data = patterns.load("conditions")
    return {int(n): max(score(item["text"]).get(int(n), 0), rules.min_weight) for n, item in data["conditions"].items()}


_NUMBER = r"\d+(?:[.,]\d+)*"


def _own_figure(data: dict) -> re.Pattern[str]:
    after = "|".join(re.escape(u) for u in sorted(data["own_figure_units"], key=len, reverse=True))
    before = "|".join(re.escape(u) for u in sorted(data["own_figure_units_before"], key=len, reverse=True))
    return re.compile(rf"(?i)(?:(?<!\w)(?:{before})\s?{_NUMBER}|(?<![\w.,]){_NUMBER}\s?(?:{after})(?!\w))")


def _squeeze(text: str) -> str:
    return " ".join(text.split()).casefold()


def quoted_spans(match: ConditionMatch, text: str) -> list[tuple[int, int]]:
    """The characters of a condition's statement that quote the law: all of it but the cooperative's own
    figures ("hoogstens 6 %"), which are figures of the report unless the law states them for that condition."""
    rules = _rules()
    spans, start = [], match.statement.start
    for own in rules.own_figure.finditer(text, match.statement.start, match.statement.end):
        if _squeeze(own.group()) in rules.law_numbers.get(match.condition, frozenset()):
            continue
        spans.append((start, own.start()))
        start = own.end()
    spans.append((start, match.statement.end))
    return [(a, b) for a, b in spans if text[a:b].strip()]


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
    """The conditions the blocks state and the text that answers each: read from the blocks, their cells and
    their lists; where they make no table, from their sentences (conditions stated in running prose)."""
    rules = _rules()
    return _match(blocks, _units(blocks, rules), rules) or _match(blocks, _units(blocks, rules, sentences=True), rules)


def _match(blocks: list[Block], units: list[_Unit], rules: _Rules) -> list[ConditionMatch]:
    rows_of: dict[tuple, list[int]] = {}  # a table row → its units, in order: each row read once, not per match
    for k, unit in enumerate(units):
        if unit.row is not None:
            rows_of.setdefault(unit.row, []).append(k)
    candidates = [c for index, unit in enumerate(units) if (c := _candidate(index, unit, rules)) is not None]
    matches: list[ConditionMatch] = []
    # a numbered heading no row states ("3 Realisaties in 2023") opens another section: the table ends before it
    sections = [k for k, unit in enumerate(units) if unit.kind in ("heading", "paragraph")
                and len(unit.text.split()) <= _SECTION_WORDS and _SECTION_HEADING.match(unit.text)]
    for run in _runs(candidates, rules.max_gap, sections):
        assigned = _assign(run, units)
        if len(assigned) < rules.min_rows:
            continue
        stated = {c.unit: c.stated for c in run}
        statements = sorted(assigned)
        rowed = [k for k in statements if units[k].row is not None]
        if 2 * len(rowed) > len(statements):  # a table of rows: a paragraph near it is no row of it
            statements = rowed
        # rows that state and answer at once ("5. Wie uittreedt ...: artikel 12"): a row without an article
        # answers nothing else either ("9. Dit verslag is het bijzonder verslag ...")
        one_line_rows = 2 * sum(units[k].cites is not None for k in statements) > len(statements)
        backwards = _answered_before(units, statements)
        found: list[ConditionMatch] = []
        rows = sum(assigned[k][0] in stated[k] for k in statements)  # rows that paraphrase their condition
        for position, unit_index in enumerate(statements):
            condition, weight = assigned[unit_index]
            following = statements[position + 1] if position + 1 < len(statements) else len(units)
            unit = units[unit_index]
            if one_line_rows and unit.cites is None and unit.kind == "numbered":
                continue
            answers = _answer_before(units, unit_index, set(statements)) if backwards \
                else _answers(units, unit_index, following, set(statements), rows_of)
            if not answers:
                continue
            if condition not in stated[unit_index]:
                # a row that only names its condition ("Beperkt dividend") or only numbers it ("Voorwaarde 3")
                # counts when it answers with a statute article
                if not any(rules.article.search(blocks[a.block].text[a.start:a.end]) for a in answers):
                    continue
                rows += 1
            statement = unit.span if not unit.cites else Span(unit.span.block, unit.span.start,
                                                               unit.span.start + unit.cites)
            share = min(100.0, 100 * weight / _totals()[condition])
            found.append(ConditionMatch(condition, round(share, 1), unit.span.block, answers[0].block,
                                        statement, tuple(answers)))
        if rows >= rules.min_rows:
            matches.extend(found)
    return matches


def _candidate(index: int, unit: _Unit, rules: _Rules) -> _Candidate | None:
    """What the unit may state: the conditions its content words state, that it names, or that label it."""
    if len(unit.text) > rules.max_length:
        return None
    stated = unit.text if unit.cites is None else unit.text[:unit.cites]
    if unit.label is not None:  # the row's label says which condition, its words may paraphrase it too
        proven = frozenset([unit.label]) if score(stated).get(unit.label, 0) >= rules.min_weight else frozenset()
        return _Candidate(index, {unit.label: _totals()[unit.label]}, proven)
    named = _named(unit.head, rules)
    if unit.cites is not None and len(stated.split()) < 3 and unit.kind != "numbered" and not named:
        return None
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
        # a name makes the unit a candidate; the name the head opens with is the one it is about
        scores[condition] = max(scores.get(condition, 0), rules.min_weight) + first
    return _Candidate(index, scores, proven) if scores else None


_WORDS_BEFORE_ARTICLE = 3  # a unit that says this much before its article may state a condition around it


def _named(head: str | None, rules: _Rules) -> dict[int, int]:
    """The conditions the head names, each with 1 when its name comes first ("Voorwerp dat die impact dient":
    condition 2 first, then 1), else 0."""
    if not head:
        return {}
    plain = _plain(head)
    found: dict[int, int] = {}
    first = None
    for match in rules.names.finditer(plain):
        name = match.group(1)
        if name not in rules.named:
            continue
        if first is None:
            first = match.start()
        for condition in rules.named[name]:
            found[condition] = max(found.get(condition, 0), int(match.start() == first))
    return found


def labels(text: str) -> list[tuple[int, int]]:
    """Where the text labels something with a condition's number: the characters of "Voorwaarde 3"."""
    return [match.span() for match in _rules().label.finditer(text)]


def answer_spans(matches: list[ConditionMatch]) -> dict[int, list[tuple[int, int, int]]]:
    """Per block, the (start, end, condition) of the text that answers a condition."""
    spans: dict[int, list[tuple[int, int, int]]] = {}
    for match in matches:
        for span in match.answers:
            spans.setdefault(span.block, []).append((span.start, span.end, match.condition))
    return spans


def _units(blocks: list[Block], rules: _Rules, sentences: bool = False) -> list[_Unit]:
    """The units of the blocks; `sentences`: a paragraph of several sentences is cut into them (prose)."""
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
        elif block.kind != "cell" and (len(cuts := _numbered_rows(text)) >= 3
                                       or len(cuts := _labelled_rows(text, rules)) >= 2):
            for start, end in zip(cuts, cuts[1:] + [len(text)]):
                piece = text[start:end].rstrip()
                units.append(_unit(Span(index, start, start + len(piece)), piece, None, "numbered", rules))
        elif block.kind != "cell" and (listed := _listed_rows(block)):
            # a list in a paragraph: "- Beperkt stemrecht: artikel 28", "(3) beperkte dividenduitkering: ..."
            for start, end, number in listed:
                piece = text[start:end].rstrip()
                units.append(_unit(Span(index, start, start + len(piece)), piece, None,
                                   "numbered" if number is not None or start > 0 else block.kind, rules, number))
        elif sentences and block.kind in ("paragraph", "item") and len(cuts := _sentences(text)) >= 2:
            # conditions stated in running prose, a sentence each: "Het stemrecht is beperkt tot ... (artikel 27)"
            for start, end in zip(cuts, cuts[1:] + [len(text)]):
                piece = text[start:end].rstrip()
                units.append(_unit(Span(index, start, start + len(piece)), piece, None, "sentence", rules))
        elif block.kind != "cell" and len(cuts := _article_lines(block, rules)) >= 2:
            # cells of a table copied without blank lines, joined by the layout: "... concreet maakt Art. 33"
            for start, end in zip(cuts, cuts[1:] + [len(text)]):
                piece = text[start:end].rstrip()
                units.append(_unit(Span(index, start, start + len(piece)), piece, None, block.kind, rules))
        else:
            row_key = ("cell", block.row) if block.kind == "cell" else None
            kind = "numbered" if block.kind == "item" or _ROW_NUMBER.match(text) else block.kind
            units.append(_unit(Span(index, 0, len(text)), text, row_key, kind, rules,
                               block.number if block.kind == "item" else None))
    return units


# a mark that opens an item of a list: a bullet, or a number "3.", "3)", "(3)", "3°"
_LIST_MARK = re.compile(r"(?:[-*\u2022\u00b7\u25aa\u25e6\u2013\u2014]|\(?([1-9]\d?)[.)\u00b0]|\(([1-9]\d?)\))(?:\s+|$)")
_LIST_MIN = 3  # items: fewer are no list


def _listed_rows(block: Block) -> list[tuple[int, int, int | None]]:
    """The items of a list that the layout joined into one paragraph: each opens a source line with a bullet or
    a number ("- Beperkt stemrecht: artikel 28", "(3) beperkte dividenduitkering: artikel 34"), or, written
    in one run, with bracketed numbers counting up from (1). (start, end, number) of the text before the first
    item, if any, and of each item after its mark; [] when there are fewer than three items."""
    text = block.text
    starts, _ = line_edges(block)
    marks = [m for m in _LIST_MARK.finditer(text)
             if (m.start() == 0 or text[m.start() - 1].isspace()) and m.start() in starts and m.end() < len(text)]
    bulleted = [m for m in marks if m.group(1) is None and m.group(2) is None]
    numbered = [m for m in marks if m not in bulleted]
    items = bulleted if len(bulleted) >= len(numbered) else numbered
    if len(items) < _LIST_MIN:
        items = _counted(text)
    if len(items) >= _LIST_MIN:
        cuts = [(mark.start(), mark.end(), int(n) if (n := mark.group(1) or mark.group(2)) else None)
                for mark in items]
    else:  # bullets the PDF reader set apart in a column of their own: the items are lines that each cite
        cuts = [(start, start, None) for start in _citing_lines(block)]
        if len(cuts) < _LIST_MIN:
            return []
    found: list[tuple[int, int, int | None]] = []
    if text[:cuts[0][0]].strip():
        found.append((0, cuts[0][0], None))
    for k, (_, start, number) in enumerate(cuts):
        found.append((start, cuts[k + 1][0] if k + 1 < len(cuts) else len(text), number))
    return found


def _citing_lines(block: Block) -> list[int]:
    """Where the block's source lines begin, from the first that cites a statute article on, when every one
    of them does ("Beperkt stemrecht: artikel 25 van de statuten" a line): [] otherwise."""
    text = block.text
    starts, _ = line_edges(block)
    lines = [k for k in range(len(text)) if (k == 0 or text[k - 1].isspace()) and k in starts]
    if len(lines) < _LIST_MIN:
        return []
    article = _rules().article
    ends = lines[1:] + [len(text)]
    cite = [article.search(text, a, b) is not None for a, b in zip(lines, ends)]
    first = cite.index(True) if True in cite else len(cite)
    return lines[first:] if all(cite[first:]) and len(cite) - first >= _LIST_MIN else []


_BRACKETED = re.compile(r"(?<!\S)\(([1-9]\d?)\)\s+(?=\S)")


def _counted(text: str) -> list[re.Match[str]]:
    """Bracketed numbers in one run of text that count up from (1): "(1) ... (2) ... (3) ..."."""
    found: list[re.Match[str]] = []
    for match in _BRACKETED.finditer(text):
        if int(match.group(1)) == len(found) + 1:
            found.append(match)
    return found


_SENTENCE_END = re.compile(r"(?:(?<=[.!?])\s+(?=[(\"'\u201c]?[A-Z\u00c0-\u00dd])|(?<=;)\s+(?=[^\W\d_]))")


def _sentences(text: str) -> list[int]:
    """Where the sentences of a paragraph begin: after a full stop (or ! ? ;) and a space, at a letter; a full
    stop before a number ("art. 3") ends none."""
    return [0, *(match.end() for match in _SENTENCE_END.finditer(text))]


def _article_lines(block: Block, rules: _Rules) -> list[int]:
    """Where a block holds cells that the layout joined: a source line that opens with a statute article,
    capitalised ("Art. 33, eerste lid"), is a cell of its own, and so is the capitalised line after it. [0] and
    the offsets where such cells begin, or []."""
    starts, _ = line_edges(block)
    text = block.text
    cuts: set[int] = set()
    for match in rules.article.finditer(text):
        if not (text[match.start()].isupper() and match.start() in starts):
            continue
        # a cell of its own when the article's line ends within a few words ("Art. 33, eerste lid"), unlike a
        # line of prose that opens with one ("Artikel 43 over de bestemming van de resultaten herhaalt ...")
        following = next((offset for offset in range(match.end(), min(len(text), match.end() + _ARTICLE_LINE))
                          if offset in starts), None)
        if following is None and len(text) - match.end() > _ARTICLE_LINE:
            continue
        if match.start() > 0:
            cuts.add(match.start())
        if following is not None and text[following].isupper():
            cuts.add(following)  # the next line, capitalised, is the condition's cell
    return [0, *sorted(cuts)] if cuts else []


_ARTICLE_LINE = 40  # characters after the article's number that its own line may still hold ("derde lid")


_ROW_NUMBER = re.compile(r"\(?(\d{1,2})[.)]\s+(?=\S)")
_ROW_HINT = re.compile(r"\d[.)]\s")
_ROW_NUMBER_INSIDE = re.compile(r"(?:^|(?<=[.;:!?)\s]))\s*\(?(\d{1,2})[.)]\s+(?=[A-Z])")
# where the short lead-in of a row ends: "Dividend.", "Dividend:", "Dividend (artikel 32)", "Dividend – ..."
_HEAD_END = re.compile(r"[.:;(\t]|\s[-–—]\s")
_HEAD_TRIM = " *_\"'“”‘’«»-–—"


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


def _labelled_rows(text: str, rules: _Rules) -> list[int]:
    """Where the rows "Voorwaarde 1 ... Voorwaarde 2 ..." joined into one paragraph begin: labels written
    with a capital (a row's first word, "Voorwaarde 2" after "artikel 3" of a line joined to it) that count
    up by one from the block's start."""
    cuts: list[int] = []
    expected = None
    for match in rules.label.finditer(text):
        before = text[:match.start()].rstrip()
        if not text[match.start()].isupper():
            continue
        number = int(match.group(1))
        if expected is None:
            if before:
                return []
        elif number != expected:
            continue
        cuts.append(match.start())
        expected = number + 1
    return cuts


def _unit(span: Span, text: str, row: tuple | None, kind: str, rules: _Rules,
          number: int | None = None) -> _Unit:
    cited = rules.article.search(text)
    cites = cited.start() if cited else None
    start = 0
    if kind == "numbered" and (lead := _ROW_NUMBER.match(text)):
        number, start = int(lead.group(1)), lead.end()
    label = _label(text[start:], rules)
    head = None
    if label is None:
        end = len(text) if cites is None else cites
        stop = _HEAD_END.search(text, start, end)
        head = text[start:stop.start() if stop else end].strip(_HEAD_TRIM)
        if not head or len(head.split()) > rules.max_name_words or len(text) > rules.max_named_length:
            head = None
    return _Unit(span, text, row, cites, kind, number, label, head)


def _label(text: str, rules: _Rules) -> int | None:
    """The condition a row opens by numbering: "Voorwaarde 3 (beperkte uitkering)", "art. 8:5, §1, 3°"."""
    for pattern in (rules.label, *rules.numbering):
        if match := pattern.match(text):
            return int(match.group(1))
    return None


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


def _assign(run: list[_Candidate], units: list[_Unit]) -> dict[int, tuple[int, int]]:
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
            pairs.append((-weight, -(number == condition), -_cites_near(units, candidate.unit), -(weight - rest),
                          candidate.unit, condition))
    assigned: dict[int, tuple[int, int]] = {}
    taken: set[int] = set()
    rows_taken: set[tuple] = set()
    for negative, _, _, _, unit, condition in sorted(pairs):
        row = units[unit].row
        if unit in assigned or condition in taken or row in rows_taken:
            continue
        assigned[unit] = (condition, -negative)
        taken.add(condition)
        if row is not None:
            rows_taken.add(row)
    return assigned


def _cites_near(units: list[_Unit], index: int) -> bool:
    """The unit, a cell of its row or the unit after it cites an article: a title that names a condition
    ("Jaarverslag 2023") and cites none loses a tie to a row that does."""
    unit = units[index]
    near = units[index:index + 2] + [u for u in units[max(0, index - 9):index + 9]
                                     if unit.row is not None and u.row == unit.row]
    return any(u.cites is not None for u in near)


def _answered_before(units: list[_Unit], statements: list[int]) -> bool:
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


def _answer_before(units: list[_Unit], index: int, statements: set[int]) -> list[Span]:
    k = index - 1
    return [units[k].span] if k >= 0 and k not in statements and units[k].cites is not None else []


def _answers(units: list[_Unit], index: int, following: int, statements: set[int],
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


def _exclude_quotes(window: Window) -> None:
    """The conditions quote the law: their numbers are no figures of the year."""
    for match in window.table:
        for start, end in quoted_spans(match, window.context.blocks[match.block].text):
            quoted = window.context.doc(match.block).char_span(start, end, alignment_mode="contract")
            if quoted is not None:
                window.context.exclude(match.block, quoted.start, quoted.end)


RECOGNISER = Recogniser("condition_quotes", _exclude_quotes)
