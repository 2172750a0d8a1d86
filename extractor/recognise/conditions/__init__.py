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

The modules: `words.py` (the conditions' words, scores, names and labels), `units.py` (blocks cut into units),
`table.py` (which unit states which condition), `answers.py` (which text answers it). This module is the
recogniser: the law's words the conditions quote are no figures.
"""

from __future__ import annotations

from extractor.recognise.conditions.answers import answer_spans
from extractor.recognise.conditions.echoes import echo_spans
from extractor.recognise.conditions.table import match_conditions
from extractor.recognise.conditions.words import labels, load_rules, score, squeeze
from extractor.recognise.window import ConditionMatch, Recogniser, Window

__all__ = ["RECOGNISER", "answer_spans", "echo_spans", "labels", "match_conditions", "quoted_spans", "score"]


def quoted_spans(match: ConditionMatch, text: str) -> list[tuple[int, int]]:
    """The characters of a condition's statement that quote the law: all of it but the cooperative's own
    figures ("hoogstens 6 %"), which are figures of the report unless the law states them for that condition.
    A statement in the report's running prose is its own words: there only the law's numbers for that condition
    are no figures (a paragraph on the board that says it is unpaid keeps its counts: "negen leden, vijf
    vrijwilligers", "elf keer")."""
    rules = load_rules()
    if match.prose:
        return [(own.start(), own.end())
                for own in rules.own_figure.finditer(text, match.statement.start, match.statement.end)
                if squeeze(own.group()) in rules.law_numbers.get(match.condition, frozenset())]
    spans, start = [], match.statement.start
    for own in rules.own_figure.finditer(text, match.statement.start, match.statement.end):
        if squeeze(own.group()) in rules.law_numbers.get(match.condition, frozenset()):
            continue
        spans.append((start, own.start()))
        start = own.end()
    spans.append((start, match.statement.end))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _exclude_quotes(window: Window) -> None:
    """The conditions quote the law: their numbers are no figures of the year."""
    for match in window.table:
        for start, end in quoted_spans(match, window.context.blocks[match.block].text):
            quoted = window.context.doc(match.block).char_span(start, end, alignment_mode="contract")
            if quoted is not None:
                window.context.exclude(match.block, quoted.start, quoted.end)


RECOGNISER = Recogniser("condition_quotes", _exclude_quotes)
