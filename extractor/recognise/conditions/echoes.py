"""A statute article cited again later in the report, outside the conditions table: it backs the condition the
table ties it to when its sentence says something of that condition too ("Elk lid heeft één stem (artikel 27)",
"Overeenkomstig artikel 39 gaat 10 % van de winst naar het Leerfonds"), or, with the sentence before it, states
it ("... moet elk jaar een bijzonder verslag opstellen. Artikel 33 neemt die plicht over."); not when the sentence
tells that the article was amended ("wijzigde artikel 13"): that backs no condition."""

from __future__ import annotations

from extractor.document.model import Block
from extractor.recognise.conditions.units import sentence_starts
from extractor.recognise.conditions.words import load_rules, plain, score
from extractor.recognise.window import ConditionMatch


def echo_spans(blocks: list[Block], matches: list[ConditionMatch]) -> dict[int, list[tuple[int, int, int]]]:
    """Per block, the (start, end, condition) of the sentences outside the table that cite an article the table
    ties to one condition and say something of it."""
    rules = load_rules()
    tied: dict[str, set[int]] = {}  # an article's number → the conditions the table's answers tie it to
    answered: dict[int, list[tuple[int, int]]] = {}
    for match in matches:
        for span in match.answers:
            answered.setdefault(span.block, []).append((span.start, span.end))
            for article in rules.article.finditer(blocks[span.block].text, span.start, span.end):
                tied.setdefault(article.group(1), set()).add(match.condition)
    found: dict[int, list[tuple[int, int, int]]] = {}
    if not tied:
        return found
    for index, block in enumerate(blocks):
        text = block.text
        if rules.article.search(text) is None:
            continue
        cuts = sentence_starts(text)
        for k, (start, end) in enumerate(zip(cuts, cuts[1:] + [len(text)])):
            sentence = text[start:end]
            for article in rules.article.finditer(sentence):
                at = start + article.start()
                conditions = tied.get(article.group(1), set())
                if not conditions or any(a <= at < b for a, b in answered.get(index, ())):
                    continue
                before = text[cuts[k - 1]:start] if k else ""
                if any(word in plain(before + sentence) for word in rules.amended):
                    break  # "Ze keurden twee statutenwijzigingen goed. Artikel 13 bepaalt nu ..."
                if len(conditions) > 1:
                    # an article the table ties to two conditions (the dividend cap and the reserve before
                    # dividend): the one its own sentence alone says something of, and nothing of the other
                    said = score(rules.article.sub(" ", sentence))
                    (best, condition), (second, _) = sorted(((said.get(c, 0), c) for c in conditions),
                                                            reverse=True)[:2]
                    if best >= 1 and second == 0:
                        found.setdefault(index, []).append((at, start + article.end(), condition))
                    continue
                condition = next(iter(conditions))
                alone = score(rules.article.sub(" ", sentence)).get(condition, 0)
                if alone >= 1 or score(rules.article.sub(" ", before + sentence)).get(condition, 0) >= rules.min_weight:
                    found.setdefault(index, []).append((start + article.start(), start + article.end(), condition))
    return found
