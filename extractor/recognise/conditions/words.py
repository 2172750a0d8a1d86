"""The words of the nine conditions of art. 8:5 WVV (patterns/conditions.yaml) and what is read with them: the
weight of each condition's content words a text carries (`score`, and `totals`, what the law's own wording
carries), the conditions a row's short lead-in names (`names_in`), the label or the law's numbering a row opens
with (`label_of`, `labels`), and the statute article a text cites (`Rules.article`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from extractor.dutch import patterns
from extractor.dutch import rules as rule_files
from extractor.dutch.rules import Listed, Lists, Text, Whole, key
from extractor.runtime.errors import PatternError


@dataclass(frozen=True)
class Rules:
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
    amended: tuple[str, ...]  # words (plain, found anywhere) of a sentence that tells an article was amended


_ACCENTS: dict[int, str] = {}


def plain(text: str) -> str:
    """Lower case without accents: "Coöperant" → "cooperant"."""
    return _plain(text)


def _plain(text: str) -> str:
    """Lower case without accents: "Coöperant" → "cooperant"."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    for ch in set(folded) - _ACCENTS.keys():
        if not ch.isascii():
            base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            _ACCENTS[ord(ch)] = base if len(base) == 1 else ch
    # only the characters outside ASCII change: found by the regular expression engine and replaced one by one,
    # not every character looked up in the table (str.translate does, slowly, in a text with one outside ASCII)
    return _NOT_ASCII.sub(_unaccented, folded)


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _unaccented(match: re.Match[str]) -> str:
    return _ACCENTS[ord(match.group())]


@dataclass(frozen=True)
class _Concept:
    """One concept of a condition: the words that say it, and how much it weighs."""

    words: Listed = key()
    weight: Whole = key(low=1, high=5, optional=True, default=1)


@dataclass(frozen=True)
class Condition:
    """One condition of art. 8:5 WVV as patterns/conditions.yaml gives it."""

    label: Text = key()
    text: Text = key(shortest=20)  # the law's own wording
    names: Listed = key(shortest=2)
    concepts: tuple[_Concept, ...] = key(at_least=2)


@rule_files.declares("conditions")
@dataclass(frozen=True)
class _TableWords:
    """The entries of patterns/conditions.yaml: the conditions themselves and the words and bounds beside them
    (declared once: their schema is made from them)."""

    conditions: dict[str, Condition] = key(at_least=9, at_most=9, names="^[1-9]$")

    min_weight: Whole = key(low=1)
    min_rows: Whole = key(low=1, high=9)
    max_gap: Whole = key(low=1)
    max_length: Whole = key(low=20)
    max_name_words: Whole = key(low=1, high=12)
    max_named_length: Whole = key(low=20)
    labels: Listed = key(shortest=2)
    numbering: Listed = key(shortest=2)
    own_figure_units: Listed = key(unique=True, description="units that make a number in a condition's statement the "
                                               "cooperative's own figure")
    own_figure_units_before: Listed = key(unique=True, description="those of them written before the number")
    law_numbers: Lists = key(optional=True, names="^[1-9]$", unique=True,
                             description="condition → the law's own numbers as written: they stay quoted")
    amended: Listed = key(shortest=4, unique=True, description="words of a sentence that tells a statute article "
                                                              "was amended: citing it again backs no condition")


@cache
def load_rules() -> Rules:
    data = patterns.load("conditions")
    said = rule_files.load(_TableWords, data)
    weights: dict[int, tuple[int, ...]] = {}
    at_start: dict[str, set[tuple[int, int]]] = {}
    inside: dict[str, set[tuple[int, int]]] = {}
    fuzzy: dict[int, list[tuple[str, int]]] = {}
    for number, item in said.conditions.items():
        condition = int(number)
        weights[condition] = tuple(concept.weight for concept in item.concepts)
        for k, concept in enumerate(item.concepts):
            for word in concept.words:
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
    for number, item in said.conditions.items():
        for name in item.names:
            named.setdefault(_plain(name.strip()), set()).add(int(number))
    names = re.compile(r"(?<![a-z0-9])(?=(" + _trie(named) + "))")
    labels = "|".join(re.escape(w) for w in sorted(said.labels, key=len, reverse=True))
    label = re.compile(rf"(?i)(?<!\w)(?:{labels})\s*(?:nr\.?\s*)?([1-9])(?!\d|°|[.,:]\d)")
    numbering = []
    for k, expression in enumerate(said.numbering):
        try:
            numbering.append(re.compile(expression))
        except re.error as error:
            raise PatternError(f"{patterns.patterns_dir() / 'conditions.yaml'}: at $.numbering[{k}]: "
                               f"not a regular expression: {error}") from None
    return Rules(weights, starts, inner, credits, {c: tuple(v) for c, v in fuzzy.items()}, max_fuzzy,
                 said.min_weight, said.min_rows, said.max_gap, said.max_length, article,
                 names, {name: frozenset(cs) for name, cs in named.items()}, said.max_name_words,
                 said.max_named_length, _own_figure(said),
                 {int(c): frozenset(squeeze(n) for n in ns) for c, ns in said.law_numbers.items()},
                 label, tuple(numbering), tuple(_plain(w) for w in said.amended))


@cache
def totals() -> dict[int, int]:
    """condition → the weight the law's own wording of it carries (`text`): a statement's score is its share.
    A paraphrase's words the law does not use ("geen winstoogmerk") weigh in a statement, not in the law."""
    rules = load_rules()
    return {int(n): max(score(item.text).get(int(n), 0), rules.min_weight) for n, item in conditions().items()}


@cache
def conditions() -> dict[int, Condition]:
    """The nine conditions of patterns/conditions.yaml, by number."""
    said = rule_files.load(_TableWords, patterns.load("conditions"))
    return {int(number): condition for number, condition in said.conditions.items()}


_NUMBER = r"\d+(?:[.,]\d+)*"


def _own_figure(said: _TableWords) -> re.Pattern[str]:
    after = "|".join(re.escape(u) for u in sorted(said.own_figure_units, key=len, reverse=True))
    before = "|".join(re.escape(u) for u in sorted(said.own_figure_units_before, key=len, reverse=True))
    return re.compile(rf"(?i)(?:(?<!\w)(?:{before})\s?{_NUMBER}|(?<![\w.,]){_NUMBER}\s?(?:{after})(?!\w))")


def squeeze(text: str) -> str:
    return " ".join(text.split()).casefold()


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
    rules = load_rules()
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


def names_in(head: str | None, rules: Rules) -> dict[int, int]:
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
    return [match.span() for match in load_rules().label.finditer(text)]


def label_of(text: str, rules: Rules) -> int | None:
    """The condition a row opens by numbering: "Voorwaarde 3 (beperkte uitkering)", "art. 8:5, §1, 3°"."""
    for pattern in (rules.label, *rules.numbering):
        if match := pattern.match(text):
            return int(match.group(1))
    return None
