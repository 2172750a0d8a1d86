"""Statute-article and legal references: "artikels 3 en 4 van de statuten", "artikel 24 en artikel 25", "artikel 8:5, 3 van het WVV",
"koninklijk besluit van 28 juni 2019". Words from patterns/references.yaml; spaCy Matchers find them.

An article that names no instrument ("Artikel 38: het dividend ...", "artikel 13 (uittreding)") is one of the
statutes when its number is not the company code's "boek:artikel", no other text is named after it ("van de
OCMW-wet") and either it answers a condition in the conditions table, or the statutes are spoken of close by
(this block or the ones just before it, the table or list it is part of, the heading of its section), or the
report cites articles of its statutes by name elsewhere ("Artikel 3 van de statuten"): a report that does
so speaks of its own statutes' articles, and writes out the law it cites ("artikel 1 van de wet van ...").

The grammar of a reference: article word, numbers joined by list and range words ("de artikelen 40 tot 42"),
each number perhaps with a suffix ("7bis") and subdivisions ("artikel 12, § 2", "Art. 33, eerste lid",
"artikel 5, tweede lid, 3°"), kept in `subdivisions`; the article word repeated in a list ("artikel 24 en
artikel 25", "artikel 12, §2 en artikel 24") makes one reference; then the instrument ("van de statuten")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from extractor.dutch import patterns
from extractor.dutch.rules import Lists, Listed, Text, Whole, declares, key, load
from extractor.recognise.context import Context
from extractor.recognise.window import FoundReference, Recogniser, Window
from extractor.dutch.dates import DateMention, DatesByBlock
from extractor.nlp.language import lower_words, pipeline, word_set
from extractor.records import Entity, LegalReference, StatuteReference

_STATUTES = "statutes"


@dataclass(frozen=True)
class _Span:
    """One matched article reference: tokens [start, end) with its subdivisions, numbers and their parts."""

    start: int
    end: int
    numbers: list[str]
    subdivisions: dict[str, str]


@dataclass(frozen=True)
class _Rules:
    articles: Matcher
    glued_articles: Matcher
    number: re.Pattern[str]  # one article number: "12", "8:5", "7bis", "12a"
    glued: re.Pattern[str]  # an abbreviated article word glued to its number: "art.12"
    ordinal_suffixes: tuple[str, ...]  # "1ste lid", "2de lid"
    suffixes: frozenset[str]  # "bis" written apart: "artikel 7 bis"
    paragraph_marks: frozenset[str]
    subdivision_words: frozenset[str]
    subdivision_ordinals: frozenset[str]
    enumeration_marks: frozenset[str]
    other_text_links: frozenset[str]
    instruments: tuple[tuple[tuple[str, ...], str], ...]  # words → instrument, longest first
    links: frozenset[str]
    list_words: frozenset[str]
    acts: PhraseMatcher
    date_links: frozenset[str]
    article_words: frozenset[str]  # a block without one of these has no article reference: no need to match
    act_words: frozenset[str]
    range_words: frozenset[str]
    statute_context: re.Pattern[str]
    context_blocks: int
    code_context: re.Pattern[str]
    implied_code: str
    statute_citation: re.Pattern[str]  # "Artikel 3 van de statuten", "artikels 5 en 19 van onze statuten"
    book_words: frozenset[str] = frozenset()  # "art. 403 Boek 2 BW"
    item_words: frozenset[str] = frozenset()  # "lid 1 sub f", "eerste lid, onder a"
    named_instruments: frozenset[str] = frozenset()  # "Wet Gemeenschappelijke Regelingen": a law by its name


@declares("references")
@dataclass(frozen=True)
class _Words:
    """The entries of patterns/references.yaml (declared once: the schema is made from them), as written."""

    article_words: Listed = key()
    glued_article_words: Listed = key()  # "art.12"
    list_words: Listed = key()
    range_words: Listed = key()
    article_suffixes: Listed = key()  # "7bis"
    paragraph_marks: Listed = key()
    subdivision_words: Listed = key()
    ordinal_suffixes: Listed = key()
    subdivision_ordinals: Listed = key()
    enumeration_marks: Listed = key()
    other_text_links: Listed = key()
    statute_context_words: Listed = key()
    statute_context_blocks: Whole = key(low=0, high=10)
    statute_citation_gap: Whole = key(low=0, high=200, description="Characters allowed between an article number "
                                      "and the name of the statutes for the report to cite its statutes by article.")
    code_context_words: Listed = key()
    implied_code: Text = key()
    links: Listed = key()
    instruments: Lists = key()  # an instrument's name and the phrases that name it
    book_words: Listed = key(optional=True, description="Words for a code's book between an article and the code "
                                                        "(‘art. 403 Boek 2 BW’).")
    item_words: Listed = key(optional=True, description="Words before the letter or number of an item of an "
                                                        "article's paragraph (‘artikel 6 lid 1 sub f AVG’).")
    named_instruments: Listed = key(optional=True, description="Instruments named by a common word that a law's "
                                    "name may follow in capitals (‘artikel 31a Wet Gemeenschappelijke Regelingen’).")
    date_links: Listed = key()
    dated_acts: Lists = key()


@cache
def _rules() -> _Rules:
    data = load(_Words, patterns.load("references"))
    nlp = pipeline()
    articles = Matcher(nlp.vocab)
    suffixes = "|".join(re.escape(word) for word in data.article_suffixes)
    number = rf"\d+(?::\d+)?(?:{suffixes}|[a-z])?"
    dashes = "".join(re.escape(w) for w in data.range_words if len(w) == 1 and not w.isalnum())
    # one token may hold a range or a list: "40-42", "3,4"
    token = rf"{number}(?:[{dashes},]{number})*" if dashes else rf"{number}(?:,{number})*"
    joiners = "|".join(re.escape(word) for word in [*data.list_words, *data.range_words,
                                                     *data.article_suffixes])
    glued = "|".join(re.escape(word.lower()) for word in data.glued_article_words)
    articles.add("ARTICLE", [[{"LOWER": {"IN": list(data.article_words)}}, {"ORTH": ".", "OP": "?"},  # "Artt" "."
                              {"LOWER": {"REGEX": f"^{token}$"}},
                              {"LOWER": {"REGEX": f"^({token}|{joiners})$"}, "OP": "*"}]], greedy="LONGEST")
    # "art.12": a regular expression on every token is slow, so this runs only on a block the text test finds
    glued_articles = Matcher(nlp.vocab)
    glued_articles.add("ARTICLE", [[{"LOWER": {"REGEX": f"^({glued}){token}$"}},
                                    {"LOWER": {"REGEX": f"^({token}|{joiners})$"}, "OP": "*"}]], greedy="LONGEST")
    instruments = sorted(((tuple(t.lower_ for t in nlp.make_doc(phrase)), name)
                          for name, phrases in data.instruments.items() for phrase in phrases),
                         key=lambda item: -len(item[0]))
    acts = PhraseMatcher(nlp.vocab, attr="LOWER")
    for name, phrases in data.dated_acts.items():
        acts.add(name, [nlp.make_doc(phrase) for phrase in phrases])
    return _Rules(articles, glued_articles, re.compile(number), re.compile(rf"(?i)(?<!\w)(?:{glued})\d"),
                  tuple(sorted(data.ordinal_suffixes, key=len, reverse=True)),
                  frozenset(data.article_suffixes),
                  frozenset(data.paragraph_marks), frozenset(data.subdivision_words),
                  frozenset(data.subdivision_ordinals), frozenset(data.enumeration_marks),
                  frozenset(data.other_text_links),
                  tuple(instruments), frozenset(data.links),
                  frozenset(data.list_words) | frozenset(data.range_words), acts,
                  frozenset(word.lower() for word in data.date_links),
                  frozenset(word.lower() for word in data.article_words),
                  frozenset(nlp.make_doc(phrase)[0].lower_ for phrases in data.dated_acts.values()
                            for phrase in phrases),
                  frozenset(data.range_words),
                  re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(w) for w in data.statute_context_words) + ")"),
                  int(data.statute_context_blocks),
                  re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in data.code_context_words) + r")(?!\w)"),
                  data.implied_code, _statute_citation(data),
                  frozenset(word.lower() for word in data.book_words or ()),
                  frozenset(word.lower() for word in data.item_words or ()),
                  frozenset(data.named_instruments or ()))


@cache
def article_suffixes() -> frozenset[str]:
    """The suffixes of an article inserted between two others, glued or apart: "7bis", "ART. 6 BIS"."""
    return frozenset(word.lower() for word in load(_Words, patterns.load("references")).article_suffixes)


def _statute_citation(data: _Words) -> re.Pattern[str]:
    """An article word, its number, at most `statute_citation_gap` characters without a sentence mark, and a
    name of the statutes."""
    words = "|".join(re.escape(w) for w in sorted(data.article_words, key=len, reverse=True))
    names = "|".join(re.escape(w) for w in data.instruments[_STATUTES])
    gap = int(data.statute_citation_gap)
    return re.compile(rf"(?i)(?<!\w)(?:{words})\s*\d[^.;:!?]{{0,{gap}}}?(?<!\w)(?:{names})(?!\w)")


def recognise(context: Context, dates: DatesByBlock,
              answers: dict[int, list[tuple[int, int, int]]]) -> tuple[list[FoundReference], list[Entity]]:
    """`answers`: per block, the (start, end, condition) of the text answering a condition of the table."""
    rules = _rules()
    found: list[FoundReference] = []
    entities: list[Entity] = []
    near = _StatutesNear(context, rules)
    cites = _CitesStatutes(context, rules)
    for index, doc in context.analysed():
        words = word_set(doc)
        glued = rules.glued.search(context.blocks[index].text) is not None
        if words & rules.article_words or glued:
            lower = lower_words(doc)
            matches = rules.articles(doc) + (rules.glued_articles(doc) if glued else [])
            matches.sort(key=lambda match: match[1])  # greedy: not in text order
            spans = [_span(lower, start, end, rules) for _, start, end in matches]
            for group in _lists(lower, spans, rules):
                offset = doc[group.start].idx
                condition = next((c for a, b, c in answers.get(index, ()) if a <= offset < b), None)
                result = _article(context, index, doc, group, rules, condition,
                                  lambda: condition is not None or near(index) or cites())
                if isinstance(result, FoundReference):
                    found.append(result)
                    context.exclude(index, result.start, result.end)
                elif result is not None:
                    entities.append(result)
                    context.exclude(index, group.start, group.end)
        if words & rules.act_words:
            found.extend(_dated_acts(context, index, doc, dates[index], rules))
    return found, entities


class _StatutesNear:
    """Whether the statutes are spoken of close to a block: in it or the blocks just before it, in the table
    or list it is a cell or item of (and the blocks just before that), or in the heading of its section."""

    def __init__(self, context: Context, rules: _Rules) -> None:
        self.context = context
        self.rules = rules
        self.runs: dict[int, bool] = {}  # first block of a table or list → whether it speaks of the statutes

    def __call__(self, index: int) -> bool:
        blocks = self.context.blocks
        words = self.rules.statute_context
        if _near(self.context, index, words, self.rules.context_blocks):
            return True
        kind = blocks[index].kind
        if kind in ("cell", "item"):
            first = index
            while first > 0 and blocks[first - 1].kind == kind:
                first -= 1
            if first not in self.runs:
                last = index
                while last + 1 < len(blocks) and blocks[last + 1].kind == kind:
                    last += 1
                self.runs[first] = any(words.search(block.text) for block
                                       in blocks[max(0, first - self.rules.context_blocks):last + 1])
            if self.runs[first]:
                return True
        heading = next((k for k in range(index - 1, -1, -1) if blocks[k].kind == "heading"), None)
        return heading is not None and bool(words.search(blocks[heading].text))


class _CitesStatutes:
    """Whether the report cites an article of its statutes by name anywhere, asked once (every block's text
    is at hand in each window, so the answer is the same whatever the windows)."""

    def __init__(self, context: Context, rules: _Rules) -> None:
        self.context = context
        self.rules = rules
        self.answer: bool | None = None

    def __call__(self) -> bool:
        if self.answer is None:
            rules = self.rules
            self.answer = any(rules.statute_citation.search(block.text) for block in self.context.blocks
                              if rules.statute_context.search(block.text))
        return self.answer


def _near(context: Context, index: int, words: re.Pattern[str], blocks: int) -> bool:
    first = max(0, index - blocks)
    return any(words.search(block.text) for block in context.blocks[first:index + 1])


def _span(lower: list[str], start: int, end: int, rules: _Rules) -> _Span:
    """The article numbers of a match and the subdivisions after them ("artikel 5, tweede lid, 3°")."""
    for k in range(start + 1, end):  # "artikel 5, 3°": the 3 is an item of the article, no article
        if k > start + 1 and (k + 1 < len(lower) and lower[k + 1] in rules.enumeration_marks
                              or lower[k][-1:] in rules.enumeration_marks):
            end = k
            break
    for k in range(start + 2, end):  # "Art. 14 en 15   6 vennoten traden uit": two numbers side by side, with
        if lower[k][:1].isdigit() and lower[k - 1][:1].isdigit():  # no list word between, end the list
            end = k
            break
    while end > start + 2 and lower[end - 1] in rules.list_words:
        end -= 1  # "artikels 3 en 4 en ..." → the numbers only
    first = lower[start]
    glued = [] if first in rules.article_words else [first[first.index(".") + 1:]]  # "art.12"
    numbers = _numbers(glued + lower[start + 1:end], rules)
    subdivisions: dict[str, str] = {}
    stop = _subdivision(lower, end, rules)
    if stop > end and numbers:
        first = end + 1 if lower[end] == "," else end
        subdivisions[numbers[-1]] = _joined_text(lower, first, stop)
    return _Span(start, stop, numbers, subdivisions)


def _joined_text(lower: list[str], start: int, end: int) -> str:
    """Tokens as one string with the spaces of the usual writing: "tweede lid, 3°", "§ 2"."""
    text = ""
    for word in lower[start:end]:
        glued = word in (",", "°", "º") or not text
        text += word if glued else " " + word
    return text


def _subdivision(lower: list[str], k: int, rules: _Rules) -> int:
    """Where the subdivisions that follow token k end ("§ 2", ", tweede lid, 3°", ", 1° en 2°"); k if none."""
    end = k
    while True:
        start = end + 1 if end < len(lower) and lower[end] in (",", *rules.list_words) else end
        after = _part(lower, start, rules)
        if after == start:
            return end
        end = after


def _part(lower: list[str], k: int, rules: _Rules) -> int:
    """The end of one subdivision at token k, or k: "§ 2", "eerste lid", "lid 2", "3°"."""
    word = lower[k] if k < len(lower) else ""
    following = lower[k + 1] if k + 1 < len(lower) else ""
    if word in rules.paragraph_marks and following.isdigit():
        return k + 2
    if following in rules.subdivision_words and (word in rules.subdivision_ordinals or _digit_ordinal(word, rules)):
        return k + 2
    if word in rules.subdivision_words and following.isdigit():
        return k + 2
    if word.isdigit() and following in rules.enumeration_marks:
        return k + 2
    if word[:-1].isdigit() and word[-1:] in rules.enumeration_marks:
        return k + 1
    if word in rules.item_words and re.fullmatch(r"[a-z]|\d{1,2}[°º]?", following):  # "sub f", "onder a"
        return k + 2
    return k


def _digit_ordinal(word: str, rules: _Rules) -> bool:
    """"1ste", "2de", "3e"."""
    suffix = next((s for s in rules.ordinal_suffixes if word.endswith(s)), None)
    return suffix is not None and word[:-len(suffix)].isdigit()


def _lists(lower: list[str], spans: list[_Span], rules: _Rules) -> list[_Span]:
    """Spans joined into one where only list words stand between them, the article word repeated ("artikel 24
    en artikel 25", "artikel 12, §2 en artikel 24"); "artikel 40 tot artikel 42" is 40, 41 and 42."""
    joined: list[_Span] = []
    for span in spans:
        previous = joined[-1] if joined else None
        between = lower[previous.end:span.start] if previous else []
        if previous is None or not between or len(between) > 3 or not all(w in rules.list_words for w in between):
            joined.append(span)
            continue
        numbers = list(span.numbers)
        last, first = previous.numbers[-1:], numbers[:1]
        if between[-1] in rules.range_words and last and first and last[0].isdigit() and first[0].isdigit() \
                and 0 < int(first[0]) - int(last[0]) <= 20:
            numbers = [str(n) for n in range(int(last[0]) + 1, int(first[0]))] + numbers
        joined[-1] = _Span(previous.start, span.end, previous.numbers + numbers,
                           {**previous.subdivisions, **span.subdivisions})
    return joined


def _numbers(tokens: list[str], rules: _Rules) -> list[str]:
    """The article numbers, a range written out: "5 tot 8" → 5, 6, 7, 8 (a short range of plain numbers);
    "7 bis" → 7bis; one token "40-42" is a range, "3,4" a list."""
    numbers: list[str] = []
    for k, text in enumerate(tokens):
        if text in rules.suffixes and numbers and numbers[-1].isdigit() and k and tokens[k - 1] == numbers[-1]:
            numbers[-1] += text
            continue
        if not rules.number.fullmatch(text):
            if any(c.isdigit() for c in text):  # "40-42", "3,4"
                numbers.extend(_numbers(_split_token(text, rules), rules))
            continue
        if k >= 2 and tokens[k - 1] in rules.range_words and numbers and numbers[-1].isdigit() and text.isdigit() \
                and 0 < int(text) - int(numbers[-1]) <= 20:
            numbers.extend(str(n) for n in range(int(numbers[-1]) + 1, int(text) + 1))
        else:
            numbers.append(text)
    return numbers


def _split_token(text: str, rules: _Rules) -> list[str]:
    """"40-42" → 40, -, 42; "3,4" → 3, ",", 4."""
    return [part for part in re.split(r"([^\w:])", text) if part]


def _article(context: Context, index: int, doc: Doc, span: _Span, rules: _Rules,
             condition: int | None, statutes_near: Callable[[], bool]) -> FoundReference | Entity | None:
    lower = lower_words(doc)
    start, end, numbers = span.start, span.end, span.numbers
    if not numbers:
        return None
    instrument, stop, book = _instrument_after(lower, end, rules)
    if book is not None and instrument is not None:  # "art. 403 Boek 2 BW": article 2:403 of the code
        numbers = [n if ":" in n else f"{book}:{n}" for n in numbers]
    location = context.locate_tokens(index, start, end)
    if instrument in rules.named_instruments and doc[stop - 1].text[:1].isupper():
        while stop < len(doc) and doc[stop].is_alpha and doc[stop].text[:1].isupper():
            stop += 1  # "Wet Gemeenschappelijke Regelingen": the law's name, with the law
    raw = doc[start:stop].text
    if instrument == _STATUTES or (instrument is None and not any(":" in n for n in numbers)
                                   and not _names_other_text(lower, end, rules) and statutes_near()):
        record = StatuteReference(instrument=_STATUTES, article=", ".join(numbers), articles=numbers, raw=raw,
                                  condition=condition, implied=instrument is None, location=location,
                                  rule="reference.statutes" + (".implied" if instrument is None else ""),
                                  subdivisions=span.subdivisions)
        return FoundReference(index, start, stop, record)
    implied = instrument is None and all(":" in n for n in numbers) \
        and _near(context, index, rules.code_context, rules.context_blocks)
    if implied:  # "verbindt in artikel 8:5 negen voorwaarden", the code named just before
        instrument = rules.implied_code
    if instrument is not None:
        parts = numbers[1:] + [span.subdivisions[numbers[0]]] if numbers[0] in span.subdivisions else numbers[1:]
        legal = LegalReference(instrument=instrument, article=numbers[0],
                               subdivision=", ".join(parts) or None, date=None, raw=raw, location=location,
                               rule="reference.code" + (".implied" if implied else ""))
        return FoundReference(index, start, stop, legal)
    return Entity(label="ARTICLE", text=raw, location=location, rule="reference.no_instrument")


def _names_other_text(lower: list[str], k: int, rules: _Rules) -> bool:
    """After the numbers, "van het bouwreglement": a word no instrument of ours names the article's text."""
    if k >= len(lower) or lower[k] not in rules.other_text_links:
        return False
    k += 1
    while k < len(lower) and lower[k] in rules.links:
        k += 1
    return k < len(lower) and re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", lower[k]) is not None  # "ocmw-wet"


def _instrument_after(lower: list[str], k: int, rules: _Rules) -> tuple[str | None, int, str | None]:
    """The instrument named after the article numbers, over linking words ("van het nieuwe Wetboek ...") and a
    code's book ("Boek 2 BW"), where it ends, and the book; none, and `k`, when no instrument follows
    ("artikel 42 de uittreding")."""
    end, book = k, None
    for _ in range(5):
        for words, name in rules.instruments:
            if tuple(lower[k:k + len(words)]) == words:
                return name, k + len(words), book
        if k < len(lower) and lower[k] in rules.links:
            k += 1
            continue
        if k + 1 < len(lower) and lower[k] in rules.book_words and lower[k + 1].isdigit():
            book, k = lower[k + 1], k + 2
            continue
        break
    return None, end, None


def _dated_acts(context: Context, index: int, doc: Doc, dates: list[DateMention], rules: _Rules) -> list[FoundReference]:
    found = []
    starts = {d.start: d for d in dates if d.precision == "day"}
    for match_id, start, end in rules.acts(doc):
        if end < len(doc) and doc[end].lower_ in rules.date_links and (date := starts.get(end + 1)) is not None:
            record = LegalReference(instrument=doc.vocab.strings[match_id], article=None, subdivision=None,
                                    date=date.value, raw=doc[start:date.end].text,
                                    location=context.locate_tokens(index, start, end), rule="reference.dated_act")
            found.append(FoundReference(index, start, date.end, record))
            context.exclude(index, start, date.end)
    return found


def _run(window: Window) -> None:
    found, entities = recognise(window.context, window.dates, window.answers)
    window.found.references += found
    window.found.reference_entities += entities


RECOGNISER = Recogniser("references", _run)
