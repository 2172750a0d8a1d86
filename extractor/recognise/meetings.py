"""General meetings with their dates, and what they did to which statute articles.

"Artikel 23 van de statuten werd aangepast tijdens de buitengewone algemene vergadering van juni 2020"
→ an extraordinary meeting, 2020-06 (month), articles ["23"], action "amended". The date is the one linked to
the meeting ("vergadering van/op ..."), else the nearest of its clause, before or after it ("hield zaterdag 8
april zijn algemene vergadering", "Op 27 april 2024 hield de jaarlijkse algemene vergadering", "gewijzigd op
29 november 2022, toen de buitengewone algemene vergadering"), unless the date is tied to something else ("de
wet van", "per 31 december") or nearer to another body (the board). A meeting denied ("geen buitengewone
algemene vergadering") is none; a meeting mentioned without a date is kept as an entity, not as a meeting.
What it did, in any tense or voice, is read in its sentence and, when that names no article, in the sentences
after it that still speak of it. Words from patterns/meetings.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractor.dutch import rules as rule_files
from extractor.dutch.rules import Listed, Lists, Phrases, Words, key
from extractor.dutch import patterns
from extractor.recognise.context import Context
from extractor.recognise.window import Recogniser, Window
from extractor.dutch.dates import FISCAL_YEAR, DateMention, DatesByBlock
from extractor.nlp.language import lower_words, pipeline, word_set
from extractor.records import MEETING_ACTIONS, Entity, Meeting, StatuteReference
from extractor.recognise.window import FoundReference

_BOUNDARIES = frozenset([",", ";", ":", "(", ")", "[", "]"])
_BRACKETS = {"(": ")", "[": "]", "–": "–", "—": "—", "-": "-"}  # an apposition's opening and closing marks
_APPOSITION_WORDS = 6  # words between a meeting's brackets or dashes ("de BAV", "BAV, 9 december 2022")
_AMENDMENT_WINDOW = 6  # tokens between an amendment ("gewijzigd") and the date of the meeting it implies
_QUALIFIER_WORDS = 1  # words before the action that open a clause qualifying the one before ("laatst gewijzigd")
_QUALIFIER_OPENINGS = frozenset([",", "("])  # marks that open a clause qualifying the words before them
_EXTRAORDINARY = "extraordinary"
_OWNER_WORDS = 3  # words of the owner's name between a meeting and its date
_WINDOW = 40  # tokens: a date further than this from the meeting in its sentence is not its date
_DECISION_WINDOW = 80  # tokens: a deed's appositions between the meeting that opens a sentence and its decision
_OPENING_TOKENS = 3  # tokens before a meeting that still opens its sentence ("1.", "de")


@dataclass(frozen=True)
class _Action:
    action: str
    words: tuple[str, ...]  # contiguous words ("nieuwe", "tekst"), or the verb of a separable verb
    particle: str | None  # the particle that follows the verb later in the sentence ("goed")


@rule_files.declares("meetings")
@dataclass(frozen=True)
class _Rules:
    """The rules of patterns/meetings.yaml: its word lists (`key()`: declared here once, the schema is made from
    them by extractor/dutch/rules.py) and what is built from its other entries."""

    date_links: Phrases = key()
    owner_links: Phrases = key()
    foreign_links: Phrases = key("foreign_date_links")
    clause_joins: Words = key()
    appositions: Words = key()
    decisions: Phrases = key()
    negations: Phrases = key()
    planned: Words = key()
    planned_before: Phrases = key()
    anaphora: Words = key()
    references_back: Phrases = key()
    statute_words: Words = key()
    date_articles: Words = key()
    amendment_links: Words = key("amendment_date_links")
    amendment_joins: Words = key()
    statute_names: Words = key()
    amendment_list_words: Words = key()
    kind_phrases: Lists = key("kinds")  # a meeting's kind -> the phrases that name it
    abbreviation_words: Lists = key("abbreviations")  # as written: matched by their case
    form_words: Lists = key("forms")
    other_bodies: Listed = key()
    action_forms: Lists = key("actions")  # in the order of precedence (a separable verb: verb, dots, particle)
    implied: Listed = key("implied_actions", among=MEETING_ACTIONS)
    kinds: PhraseMatcher
    abbreviations: Matcher
    abbreviation_kinds: dict[str, str]  # lower-cased abbreviation → kind, for one between brackets
    others: PhraseMatcher
    forms: dict[str, str]  # word → form
    actions: dict[str, list[_Action]]  # first word → actions starting with it
    precedence: dict[str, int]  # action → rank (0 wins)
    anchors: frozenset[str]  # a block with none of these words names no meeting: no need to match
    implied_actions: frozenset[str]
    action_words: frozenset[str]  # last words of the implying actions: a block without one states no amendment


@cache
def _rules() -> _Rules:
    said = rule_files.load(_Rules, patterns.load("meetings"), **{name: None for name in _DERIVED})
    nlp = pipeline()
    kinds = PhraseMatcher(nlp.vocab, attr="LOWER")
    for kind, phrases in said.kind_phrases.items():
        kinds.add(kind, [nlp.make_doc(phrase) for phrase in phrases])
    abbreviations = Matcher(nlp.vocab)
    for kind, words in said.abbreviation_words.items():
        abbreviations.add(kind, [[{"ORTH": word}] for word in words])
    others = PhraseMatcher(nlp.vocab, attr="LOWER")
    others.add("other", [nlp.make_doc(phrase) for phrase in said.other_bodies])
    actions: dict[str, list[_Action]] = {}
    for action, forms in said.action_forms.items():
        for form in forms:
            verb, _, particle = form.lower().partition(" ... ")
            entry = _Action(action, tuple(verb.split()), particle or None)
            actions.setdefault(entry.words[0], []).append(entry)
    anchors = frozenset([nlp.make_doc(p)[-1].lower_ for phrases in said.kind_phrases.values() for p in phrases]
                        + [w.lower() for words in said.abbreviation_words.values() for w in words])
    return replace(
        said, kinds=kinds, abbreviations=abbreviations,
        abbreviation_kinds={w.lower(): kind for kind, words in said.abbreviation_words.items() for w in words},
        others=others, forms={word.lower(): form for form, words in said.form_words.items() for word in words},
        actions=actions, precedence={action: rank for rank, action in enumerate(said.action_forms)},
        anchors=anchors, implied_actions=frozenset(said.implied), action_words=frozenset(
            e.words[-1] for entries in actions.values() for e in entries
            if e.particle is None and e.action in said.implied))


_DERIVED = ("kinds", "abbreviations", "abbreviation_kinds", "others", "forms", "actions", "precedence", "anchors",
            "implied_actions", "action_words")  # the fields of _Rules built from the declared ones


def recognise(context: Context, dates: DatesByBlock,
              references: list[FoundReference]) -> tuple[list[Meeting], list[Entity]]:
    rules = _rules()
    meetings: list[Meeting] = []
    entities: list[Entity] = []
    for index, doc in context.analysed():
        words = word_set(doc)
        named, amended = bool(words & rules.anchors), bool(words & rules.action_words)
        if not (named or amended):
            continue
        lower = lower_words(doc)
        others = [(s, e) for _, s, e in rules.others(doc)]
        usable = [d for d in dates[index] if d.value and d.year_source != FISCAL_YEAR]
        spans = _meeting_spans(doc, lower, others, usable, rules) if named else []
        if amended:
            meetings.extend(_implied(context, index, lower, spans, others, usable, references, rules))
        if not spans:
            continue
        statutes = [f for f in references if f.block == index and isinstance(f.record, StatuteReference)]
        linked = {n: d for n, span in enumerate(spans)
                  if (d := _date_within(span, usable) or _date_after(lower, span.end, usable, rules))}
        taken = {d.start for d in linked.values()}
        # a month without a year anywhere near: the year the report implies (`_year_of_report`); a day without
        # one ("op 8 april") stays undated
        months = [d for d in dates[index] if d.value and d.year_source == FISCAL_YEAR and d.precision == "month"
                  and _PLAIN_DATE.match(d.value)]
        for number, span in enumerate(spans):
            date = linked.get(number) or _date_in_clause(doc, lower, spans, number, usable, taken, others, rules)
            of_report = False
            if date is None and months:
                date = _date_within(span, months) or _date_after(lower, span.end, months, rules) \
                    or _date_in_clause(doc, lower, spans, number, months, taken, others, rules)
                of_report = date is not None
            if date is None:
                entities.append(Entity("MEETING", span.text, context.locate_tokens(index, span.start, span.end),
                                       "meeting.undated"))
            else:
                meeting = _meeting(context, index, doc, lower, spans, number, date, statutes, rules)
                meetings.append(_year_of_report(meeting, context) if of_report else meeting)
    return meetings, entities


_PLAIN_DATE = re.compile(r"^\d{4}-(\d\d)(?:-\d\d)?$")  # a month or a day, no interval
FISCAL_YEAR_IMPLIED, SAME_MEETING_IMPLIED = "fiscal_year", "same_meeting"  # values of Meeting.year_implied_by


def _year_of_report(meeting: Meeting, context: Context) -> Meeting:
    """A meeting named by its month only, "de algemene vergadering van juni": the year the report
    implies. A meeting held is one of the fiscal year the report is about (the month as it falls in that year,
    which may run across two calendar years); one still to come is the first such month after the year's end.
    `settle_years` later prefers the year of a full date of the same meeting elsewhere in the report."""
    assert meeting.date is not None
    end_year, end_month = context.fiscal_year, 12
    if context.fiscal_year_end and _PLAIN_DATE.match(context.fiscal_year_end):
        end_year, end_month = int(context.fiscal_year_end[:4]), int(context.fiscal_year_end[5:7])
    if end_year is None:
        return meeting
    month = int(meeting.date[5:7])
    if meeting.planned:
        year = end_year if month > end_month else end_year + 1
    else:
        year = end_year if month <= end_month else end_year - 1
    return replace(meeting, date=f"{year:04d}{meeting.date[4:]}", year_inferred=True, year_source=None,
                   year_implied_by=FISCAL_YEAR_IMPLIED)


def settle_years(meetings: list[Meeting]) -> list[Meeting]:
    """A meeting named by its month only takes the year of a full date of the same meeting elsewhere in the
    report: of the same kind, in the same month, its year written ("Gewone algemene vergadering – zaterdag 17
    juni 2023"), when all such dates agree on one year."""
    written: dict[tuple[str, str], set[str]] = {}
    for meeting in meetings:
        if meeting.date and not meeting.year_inferred and (plain := _PLAIN_DATE.match(meeting.date)):
            written.setdefault((meeting.kind, plain.group(1)), set()).add(meeting.date[:4])
    settled = []
    for meeting in meetings:
        years = written.get((meeting.kind, meeting.date[5:7]), set()) \
            if meeting.year_implied_by == FISCAL_YEAR_IMPLIED and meeting.date else set()
        if len(years) == 1:
            meeting = replace(meeting, date=next(iter(years)) + meeting.date[4:],  # type: ignore[operator]
                              year_implied_by=SAME_MEETING_IMPLIED)
        settled.append(meeting)
    return settled


def _meeting_spans(doc: Doc, lower: list[str], others: list[tuple[int, int]], usable: list[DateMention],
                   rules: _Rules) -> list[Span]:
    """The meetings a block names (their kinds and abbreviations), with their appositions, less those denied
    and those of another body."""
    spans = [s for s in filter_spans([Span(doc, s, e, label=m) for m, s, e in rules.kinds(doc)]
                                     + [Span(doc, s, e, label=m) for m, s, e in rules.abbreviations(doc)])
             if not _denied(lower, s.start, rules)]
    return [s for s in _with_appositions(doc, lower, spans, usable, rules)
            if not _of_other_body(lower, s, others, rules)]


def _meeting(context: Context, index: int, doc: Doc, lower: list[str], spans: list[Span], number: int,
             date: DateMention, statutes: list[FoundReference], rules: _Rules) -> Meeting:
    """The meeting of `spans[number]` on `date`: the statute articles its sentence (or the sentences after it)
    speaks of, what it did to them, its form and whether it is still to come."""
    span = spans[number]
    first, last = min(span.start, date.start), max(span.end, date.end)
    location = context.locate_tokens(index, first, last)  # where its raw text begins
    sentence = span.sent
    previous_end = spans[number - 1].end if number and spans[number - 1].start >= sentence.start \
        else sentence.start
    next_start = spans[number + 1].start if number + 1 < len(spans) and \
        spans[number + 1].start < sentence.end else sentence.end
    articles = [a for f in statutes if sentence.start <= f.start < sentence.end
                for a in f.record.articles]  # type: ignore[union-attr]
    on_statutes = bool(articles) or _speaks_of_statutes(lower, sentence.start, sentence.end, rules)
    action = _clause_action(lower, span, previous_end, next_start, sentence.end, rules)
    if not articles:
        more, more_action, more_statutes = _following(doc, lower, spans, number, statutes, rules)
        articles, on_statutes = more, on_statutes or more_statutes
        action = _better(action, more_action, rules)
    return Meeting(
        kind=span.label_, date=date.value, precision=date.precision,  # type: ignore[arg-type]
        raw=doc[first:last].text, articles=list(dict.fromkeys(articles)),
        action=action if on_statutes else None, location=location,
        rule=f"meeting.{span.label_}+date.{date.precision}", form=_form(lower, span, rules),
        planned=_planned(lower, span, date, sentence.start, sentence.end, rules),
        year_inferred=date.year_inferred, year_source=date.year_source)


def _starts_with(lower: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    return tuple(lower[i:i + len(phrase)]) == phrase


def _ends_with(lower: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    """True when the words just before token i are `phrase`."""
    return i >= len(phrase) and tuple(lower[i - len(phrase):i]) == phrase


def _denied(lower: list[str], start: int, rules: _Rules) -> bool:
    return any(_ends_with(lower, start, phrase) for phrase in rules.negations)


def _planned(lower: list[str], span: Span, date: DateMention, sentence_start: int, sentence_end: int,
             rules: _Rules) -> bool:
    """ "de volgende algemene vergadering"; "zal", "gepland", ... in the clause of the meeting and its date."""
    if any(_ends_with(lower, span.start, phrase) for phrase in rules.planned_before):
        return True
    start, end = min(span.start, date.start), max(span.end, date.end)
    while start > sentence_start and lower[start - 1] not in _BOUNDARIES:
        start -= 1
    while end < sentence_end and lower[end] not in _BOUNDARIES:
        end += 1
    return any(lower[i] in rules.planned for i in range(start, end))


def _form(lower: list[str], span: Span, rules: _Rules) -> str:
    for word in lower[span.start:span.end]:
        if word in rules.forms:
            return rules.forms[word]
    return span.label_


def _date_after(lower: list[str], k: int, dates: list[DateMention], rules: _Rules) -> DateMention | None:
    """The date linked to the meeting that ends at token k: "vergadering van 21 juni 2022", "AV 8 mei 2021"."""
    by_start = {d.start: d for d in dates}
    starts = [k]
    for owner in rules.owner_links:  # "vergadering van de voedselcoöperatie van juni 2020": skip the owner
        if _starts_with(lower, k, owner):
            starts += [k + len(owner) + n for n in range(1, _OWNER_WORDS + 1)
                       if all(w.isalpha() for w in lower[k + len(owner):k + len(owner) + n])]
            break
    for start in starts:
        if start == k and (date := by_start.get(k)) is not None:
            return date
        for link in rules.date_links:
            if _starts_with(lower, start, link) and (date := by_start.get(start + len(link))) is not None:
                return date
    return None


def _date_in_clause(doc: Doc, lower: list[str], spans: list[Span], number: int, dates: list[DateMention],
                    taken: set[int], others: list[tuple[int, int]], rules: _Rules) -> DateMention | None:
    """The nearest date of the meeting's clause that is no other thing's date."""
    span = spans[number]
    sentence = span.sent
    best: tuple[tuple[bool, int], DateMention] | None = None  # a day or month before a bare year, then nearest
    # another body owns a date of its own sentence only ("De raad kwam acht keer samen. Op 19 maart ...")
    others = [(s, e) for s, e in others if sentence.start <= s and e <= sentence.end]
    for date in dates:
        if date.start in taken or not sentence.start <= date.start < sentence.end:
            continue
        if date.precision == "year" and not date.dates_context:
            continue  # "de jaarrekening 2022" dates no meeting; "in 2023" may
        if any(_ends_with(lower, date.start, link) for link in rules.foreign_links):
            continue
        before = date.end <= span.start
        low, high = (date.end, span.start) if before else (span.end, date.start)
        distance = high - low
        decided = not before and _decided(lower, sentence.start, span, date, rules)
        if distance > (_DECISION_WINDOW if decided else _WINDOW) \
                or any(low <= s.start < high for s in spans if s is not span):
            continue
        if not decided and not _same_clause(lower, low, high, before,
                                            _opening(lower, sentence.start, date, dates, rules), rules):
            continue
        if any(min(abs(s - date.end), abs(date.start - e)) <= distance for s, e in others):
            continue  # nearer to the board or a working group: theirs
        if before and any(sentence.start <= s and e <= date.start
                          and not any(lower[i] in _BOUNDARIES for i in range(e, date.start)) for s, e in others):
            continue  # "De raad van bestuur kwam op 3 mei in buitengewone vergadering bijeen": the board's date
        rank = (date.precision == "year", distance)
        if best is None or rank < best[0]:
            best = (rank, date)
    return best[1] if best else None


def _decided(lower: list[str], sentence_start: int, span: Span, date: DateMention, rules: _Rules) -> bool:
    """True when the meeting opens its sentence and its decision follows the date right away, whatever stands
    between the two: the appositions a deed gives the meeting's owner ("de algemene vergadering van X, een
    vereniging met volledige rechtsbevoegdheid, statutair gevestigd te Amsterdam, hierna te noemen: de
    "Vereniging", op elf mei tweeduizend drieëntwintig heeft besloten: ...")."""
    before = lower[sentence_start:span.start]
    opens = len(before) <= _OPENING_TOKENS and all(not w.isalpha() or w in rules.date_articles for w in before)
    return opens and any(_starts_with(lower, date.end, phrase) for phrase in rules.decisions)


def _opening(lower: list[str], sentence_start: int, date: DateMention, dates: list[DateMention],
             rules: _Rules) -> bool:
    """True when the date opens its sentence: before it only other dates, punctuation and one preposition, with
    an article ("Op 27 april 2024, ...", "In het jaar tweeduizend eenentwintig, op de vierentwintigste september")."""
    covered = {i for d in dates for i in range(d.start, d.end)}
    words = [i for i in range(sentence_start, date.start) if i not in covered and lower[i].isalpha()]
    return len(words) <= 1 or len(words) == 2 and lower[words[1]] in rules.date_articles


def _same_clause(lower: list[str], low: int, high: int, before: bool, opening: bool, rules: _Rules) -> bool:
    """True when nothing cuts the meeting (tokens low..high on one side) from its date, or the cut is one a date
    crosses: the date opens the sentence, the meeting's clause starts with "toen", an apposition follows it."""
    cuts = [i for i in range(low, high) if lower[i] in _BOUNDARIES]
    if not cuts:
        return True
    if before:
        # "gewijzigd op 29 november 2022, toen de buitengewone algemene vergadering ..."
        joined = cuts[-1] + 1 < len(lower) and lower[cuts[-1] + 1] in rules.clause_joins
        return opening or joined
    # after the meeting: only across the comma right after it, when what follows describes the meeting
    return len(cuts) == 1 and cuts[0] == low and low + 1 < high and lower[low + 1] in rules.appositions


def _speaks_of_statutes(lower: list[str], start: int, end: int, rules: _Rules) -> bool:
    return any(lower[i] in rules.statute_words for i in range(start, end))


def _actions_in(lower: list[str], start: int, end: int, sentence_end: int, rules: _Rules) -> str | None:
    """The action said between start and end that ranks first ("wijziging" over "goedgekeurd")."""
    found: str | None = None
    for i in range(start, end):
        for entry in rules.actions.get(lower[i], ()):
            if not _starts_with(lower, i, entry.words):
                continue
            if entry.particle is not None and entry.particle not in lower[i + 1:sentence_end]:
                continue
            found = _better(found, entry.action, rules)
    return found


def _better(a: str | None, b: str | None, rules: _Rules) -> str | None:
    if a is None or b is None:
        return a or b
    return a if rules.precedence[a] <= rules.precedence[b] else b


def _action(lower: list[str], span: Span, previous_end: int, next_start: int,
            sentence_end: int, rules: _Rules) -> str | None:
    """What the meeting did: said before it (back to the previous meeting), else after it up to the next one
    ("werd tijdens de vergadering van juni 2022 aangepast")."""
    before = _actions_in(lower, previous_end, span.start, sentence_end, rules)
    if before is not None:
        return before
    return _actions_in(lower, span.end, next_start, sentence_end, rules)


def _following(doc: Doc, lower: list[str], spans: list[Span], number: int, statutes: list[FoundReference],
               rules: _Rules) -> tuple[list[str], str | None, bool]:
    """Articles and action of the sentences after the meeting's, in its block, while they speak of it: a
    sentence that starts with "Ze", "Die", ... or names articles once the statutes are the subject; up to
    the next meeting."""
    sentence = spans[number].sent
    topic = _speaks_of_statutes(lower, sentence.start, sentence.end, rules)
    articles: list[str] = []
    action: str | None = None
    later = [s.start for s in spans[number + 1:]]
    for following in doc[sentence.end:].sents if sentence.end < len(doc) else ():
        if any(following.start <= s < following.end for s in later):
            break
        named = [a for f in statutes if following.start <= f.start < following.end
                 for a in f.record.articles]  # type: ignore[union-attr]
        if not (lower[following.start] in rules.anaphora or _refers_back(lower, following.start, rules)
                or (named and topic)):
            break
        topic = topic or _speaks_of_statutes(lower, following.start, following.end, rules)
        articles.extend(named)
        action = _better(action, _actions_in(lower, following.start, following.end, following.end, rules), rules)
    return articles, action, topic


def _with_appositions(doc: Doc, lower: list[str], spans: list[Span], dates: list[DateMention],
                      rules: _Rules) -> list[Span]:
    """A meeting followed by its other name or its date between brackets or dashes is one meeting, named by
    both: "de buitengewone algemene vergadering (BAV) op 9 december 2022", "– de BAV –", "(hierna ‘de BAV’)",
    "de BAV (buitengewone algemene vergadering)", "de algemene vergadering (zaterdag 14 mei 2022)".
    Extraordinary when either name says so."""
    out: list[Span] = []
    for span in spans:
        if out and span.start < out[-1].end:
            continue  # the other name inside the previous meeting's brackets
        end = _apposition_end(lower, span.end, spans, dates, rules)
        if end is not None:
            inner = [s.label_ for s in spans if span.end < s.start < end] + \
                [rules.abbreviation_kinds[w] for w in lower[span.end + 1:end - 1] if w in rules.abbreviation_kinds]
            label = _EXTRAORDINARY if _EXTRAORDINARY in [span.label_, *inner] else span.label_
            span = Span(doc, span.start, end, label=label)
        out.append(span)
    return out


def _apposition_end(lower: list[str], k: int, spans: list[Span], dates: list[DateMention],
                    rules: _Rules) -> int | None:
    """One past the closing mark of the brackets or dashes at token k when they hold a meeting's name or date."""
    if k >= len(lower) or lower[k] not in _BRACKETS:
        return None
    close = _BRACKETS[lower[k]]
    for j in range(k + 1, min(len(lower), k + 2 + _APPOSITION_WORDS)):
        if lower[j] == close:
            named = any(w in rules.abbreviation_kinds for w in lower[k + 1:j]) or \
                any(k < s.start and s.end <= j for s in spans) or any(k < d.start and d.end <= j for d in dates)
            return j + 1 if named else None
        if lower[j] in _BRACKETS.values() and lower[j] != lower[k]:
            return None  # another mark closes first
    return None


def _date_within(span: Span, dates: list[DateMention]) -> DateMention | None:
    """The date written inside a meeting's brackets: "de buitengewone algemene vergadering (BAV, 9 december 2022)"."""
    return next((d for d in dates if span.start < d.start and d.end < span.end), None)


def _of_other_body(lower: list[str], span: Span, others: list[tuple[int, int]], rules: _Rules) -> bool:
    """ "de buitengewone vergadering van de raad van bestuur": a meeting of another body, no general meeting."""
    starts = {s for s, _ in others}
    return any(_starts_with(lower, span.end, owner) and span.end + len(owner) in starts for owner in rules.owner_links)


def _clause(lower: list[str], i: int, start: int, end: int) -> tuple[int, int]:
    """The tokens around token i between the boundaries of its clause, within start..end."""
    first, last = i, i
    while first > start and lower[first - 1] not in _BOUNDARIES:
        first -= 1
    while last < end and lower[last] not in _BOUNDARIES:
        last += 1
    return first, last


def _implied(context: Context, index: int, lower: list[str], spans: list[Span], others: list[tuple[int, int]],
             dates: list[DateMention], references: list[FoundReference], rules: _Rules) -> list[Meeting]:
    """Meetings no sentence names but an amendment of the statutes dates: "artikel 17, zoals gewijzigd in december
    2022" → an extraordinary meeting of 2022-12 that amended article 17. Only in a sentence that names no meeting
    and no other body, for a day or a month linked to the action in its clause, when the clause (or the one it
    qualifies, "Artikel 17, zoals ...") speaks of the statutes and of no law."""
    doc = context.doc(index)
    mine = [f for f in references if f.block == index]
    found: list[Meeting] = []
    used: set[int] = set()
    for sentence in doc.sents:
        if any(sentence.start <= s.start < sentence.end for s in spans) or \
                any(sentence.start <= s < sentence.end for s, _ in others):
            continue
        said: dict[int, tuple[int, str]] = {}  # first token → (one past the last, action): the longest said there
        for i in range(sentence.start, sentence.end):
            for entry in rules.actions.get(lower[i], ()):
                if _starts_with(lower, i, entry.words) and entry.particle is None \
                        and entry.action in rules.implied_actions and i + len(entry.words) > said.get(i, (0, ""))[0]:
                    said[i] = (i + len(entry.words), entry.action)
        occurrences = [(i, end, action) for i, (end, action) in sorted(said.items())]
        for i, end, action in occurrences:
            for meeting, date_start in _implied_at(context, index, lower, (i, end), action, occurrences, sentence,
                                                   [d for d in dates if d.start not in used], mine, rules):
                used.add(date_start)
                found.append(meeting)
    return found


def _apart(start: int, end: int, date: DateMention, covered: set[int]) -> int:
    """The words between an action at start..end and a date, but those of the articles named."""
    low, high = (end, date.start) if date.start >= end else (date.end, start)
    return sum(1 for k in range(low, high) if k not in covered)


def _implied_at(context: Context, index: int, lower: list[str], at: tuple[int, int], action: str,
                occurrences: list[tuple[int, int, str]], sentence: Span, dates: list[DateMention],
                references: list[FoundReference], rules: _Rules) -> list[tuple[Meeting, int]]:
    """The implied meetings of the action at tokens at = (start, end), each with the first token of its date: the
    date linked to the action, not nearer to another action of the sentence, and those listed after it ("in juni
    2020 en juni 2022")."""
    start, end = at
    first, last = _clause(lower, start, sentence.start, sentence.end)
    covered = {k for f in references for k in range(f.start, f.end)}

    def apart(d: DateMention) -> int:
        return _apart(start, end, d, covered)

    candidates = [d for d in dates if first <= d.start and d.end <= last and d.precision in ("day", "month")
                  and lower[d.start - 1] in rules.amendment_links and apart(d) <= _AMENDMENT_WINDOW
                  and not any(_apart(s, e, d, covered) < apart(d) for s, e, _ in occurrences if s != start)]
    if not candidates:
        return []
    chain = [min(candidates, key=apart)]
    by_start = {d.start: d for d in dates if d.precision in ("day", "month")}
    while chain[-1].end + 1 < last and lower[chain[-1].end] in rules.amendment_list_words \
            and (following := by_start.get(chain[-1].end + 1)) is not None:
        chain.append(following)
    scope = first
    # a clause that qualifies the one before it: ", zoals gewijzigd in ...", "(laatst gewijzigd op ...)"
    if first >= sentence.start + 2 and lower[first - 1] in _QUALIFIER_OPENINGS and \
            (lower[first] in rules.amendment_joins or start - first <= _QUALIFIER_WORDS):
        scope = _clause(lower, first - 2, sentence.start, sentence.end)[0]
    inside = [f for f in references if scope <= f.start < last]
    if any(not isinstance(f.record, StatuteReference) for f in inside):
        return []  # a law amended, not the statutes
    articles = [a for f in inside for a in f.record.articles]  # type: ignore[union-attr]
    if not articles and not any(lower[k] in rules.statute_names for k in range(scope, last)):
        return []
    planned = any(lower[k] in rules.planned for k in range(first, last))
    return [(_implied_meeting(context, index, start, end, date, articles, action, planned), date.start)
            for date in chain]


def _implied_meeting(context: Context, index: int, start: int, end: int, date: DateMention, articles: list[str],
                     action: str, planned: bool) -> Meeting:
    low, high = (start, date.end) if date.start >= end else (date.start, end)
    return Meeting(
        kind=_EXTRAORDINARY, date=date.value, precision=date.precision,  # type: ignore[arg-type]
        raw=context.doc(index)[low:high].text, articles=list(dict.fromkeys(articles)), action=action,
        location=context.locate_tokens(index, low, high), rule=f"meeting.implied_by_amendment+date.{date.precision}",
        planned=planned, implied=True, year_inferred=date.year_inferred, year_source=date.year_source)


def _refers_back(lower: list[str], start: int, rules: _Rules) -> bool:
    """A sentence that opens with the meeting named by its head noun ("De vergadering beslist ...") speaks of it."""
    return any(_starts_with(lower, start, phrase) for phrase in rules.references_back)


def _clause_action(lower: list[str], span: Span, previous_end: int, next_start: int, sentence_end: int,
                   rules: _Rules) -> str | None:
    """What the meeting did (`_action`), and what its own clause says after it: "Op 9 december 2022 keurde de BAV
    de wijziging van artikel 5 goed" amended the statutes, as "De BAV keurde ... de wijziging ... goed" does."""
    action = _action(lower, span, previous_end, next_start, sentence_end, rules)
    clause_end = span.end
    while clause_end < next_start and lower[clause_end] not in _BOUNDARIES:
        clause_end += 1
    return _better(action, _actions_in(lower, span.end, clause_end, sentence_end, rules), rules)


def _run(window: Window) -> None:
    """The articles a meeting acted on are those of its block: this window's references."""
    meetings, entities = recognise(window.context, window.dates, window.found.references)
    window.found.meetings += meetings
    window.found.meeting_entities += entities


RECOGNISER = Recogniser("meetings", _run)
