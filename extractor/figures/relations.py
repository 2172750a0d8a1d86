"""Relations the text states between its own figures: part and whole, a claimed change, a from-to pair, a
cumulative figure, a per-unit ratio, a share (cues: patterns/relations.yaml).

The recogniser reads the report's indicator records (the report JSON's `indicators`, in document order):
each record carries its sentence and its raw text, so the figures of one sentence are found in it by
position and the words between them decide how they hang together. A relation names its indicators by
their index in `indicators`, with the role each plays, and quotes the sentences it rests on. The differ's
checks read these relations, so they work on any cooperative's report without a catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from extractor.dutch import numbers, patterns, rules
from extractor.dutch.rules import Listed, Number, Text, Whole, key
from extractor.figures.relation_records import Figure, Relation, Sentence
from extractor.figures.table_relations import table_totals

# Units that measure (an amount, a duration, a share) rather than count things: parts in one of these must
# be in the whole's unit. Any other unit counts things, and "24 mensen: 15 mannen en 7 vrouwen" may mix them.
MEASURES = frozenset({"EUR", "%", "m2", "hours", "days", "weeks", "months", "years", "FTE", "times", "fraction"})
STEM = 6  # two words alike in their first letters name the same thing: "kilometers", "kilometer"
NEXT_SENTENCE_LEAD_WORDS = 8  # a claim in a sentence without another figure speaks of the previous one
SENTENCE_GAP_LINES = 3
WHOLE_FOLLOWS_SENTENCES = 2
WORDS_BEFORE_CUE = 8  # "39 leden overgestapt op een contract van onbepaalde duur, van wie 21 vrouwen ..."
WORDS_BEFORE_COLON = 2  # "72 projecten begeleiding: 63 ... en 9 ..."  # "In totaal ..." sums the parts of at most the two sentences before it  # two sentences further apart than this are not one passage


def _alternatives(cues: Iterable[str]) -> str:
    return "|".join(sorted(cues, key=len, reverse=True))


def _words(cues: Iterable[str]) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{_alternatives(cues)})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class _PartWhole:
    parts_follow: Listed = key()
    parts_follow_punctuation: Listed = key()
    partial: Listed = key()
    next_sentence: Listed = key()
    whole_follows: Listed = key()
    gap_words: Whole = key(low=0, high=10)
    part_separators: Listed = key()
    group_separators: Listed = key()
    flows_in: Listed = key()
    flows_out: Listed = key()


@dataclass(frozen=True)
class _Written:
    """A change written in words and the factor it names ("verdubbelde" 2)."""

    pattern: Text = key()
    factor: Number = key(above=0)


@dataclass(frozen=True)
class _Qualifiers:
    below: Listed = key()
    above: Listed = key()
    around: Listed = key()


@dataclass(frozen=True)
class _Margin:
    relative: Number = key(low=0)
    points: Number = key(low=0)


@dataclass(frozen=True)
class _Change:
    up: Listed = key()
    down: Listed = key()
    up_verbs: Listed = key()
    down_verbs: Listed = key()
    against: Listed = key()
    previous_year: Listed = key()
    base_after_comparative: Listed = key()
    base_dated: Listed = key()
    written: tuple[_Written, ...] = key()
    qualifiers: _Qualifiers = key()
    margin: _Margin = key()
    written_margin: Number = key(low=0, high=1)


@dataclass(frozen=True)
class _FromTo:
    from_word: Listed = key("from")
    to: Listed = key()
    between: Listed = key()


@dataclass(frozen=True)
class _Cumulative:
    cues: Listed = key()
    since: Text = key()


@dataclass(frozen=True)
class _Ratio:
    per: Listed = key()
    average: Listed = key()


@dataclass(frozen=True)
class _Share:
    of: Listed = key()


@rules.declares("relations")
@dataclass(frozen=True)
class _Entries:
    """What the recogniser reads of patterns/relations.yaml, each cue as written (they are regular expressions;
    declared once: the schema of these entries is made from these fields)."""

    part_whole: _PartWhole = key()
    change: _Change = key()
    from_to: _FromTo = key()
    cumulative: _Cumulative = key()
    ratio: _Ratio = key()
    share: _Share = key()


@dataclass(frozen=True)
class Cues:
    parts_follow: re.Pattern
    punctuation: re.Pattern
    partial: re.Pattern
    next_sentence: re.Pattern
    whole_follows: re.Pattern
    gap_words: int
    separators: re.Pattern
    groups: re.Pattern
    flows_in: re.Pattern
    flows_out: re.Pattern
    up: re.Pattern
    down: re.Pattern
    up_verbs: re.Pattern
    down_verbs: re.Pattern
    against: re.Pattern
    against_year: re.Pattern
    previous_year: re.Pattern
    comparative: re.Pattern
    dated: re.Pattern
    written: tuple[tuple[re.Pattern, float], ...]
    below: re.Pattern
    above: re.Pattern
    around: re.Pattern
    margin_relative: float
    margin_points: float
    written_margin: float
    from_word: re.Pattern
    to_gap: re.Pattern
    cumulative: re.Pattern
    since: re.Pattern
    per: re.Pattern
    average: re.Pattern
    share_of: re.Pattern


@cache
def cues() -> Cues:
    data = rules.load(_Entries, patterns.load("relations"))
    pw, ch, ft = data.part_whole, data.change, data.from_to
    qual = ch.qualifiers
    return Cues(
        parts_follow=_words(pw.parts_follow),
        punctuation=re.compile(rf"(?:{_alternatives(pw.parts_follow_punctuation)})"),
        partial=_words(pw.partial),
        next_sentence=_words(pw.next_sentence),
        whole_follows=_words(pw.whole_follows),
        gap_words=pw.gap_words,
        separators=re.compile(rf"(?<!\w)(?:{_alternatives([s for s in pw.part_separators if s[0].isalnum()])})(?!\w)"
                              rf"|[{''.join(re.escape(s) for s in pw.part_separators if not s[0].isalnum())}]",
                              re.IGNORECASE),
        flows_in=_words(pw.flows_in),
        flows_out=_words(pw.flows_out),
        groups=re.compile(_alternatives([re.escape(g) for g in pw.group_separators]), re.IGNORECASE),
        up=_words(ch.up), down=_words(ch.down), against=_words(ch.against),
        up_verbs=_words(ch.up_verbs), down_verbs=_words(ch.down_verbs),
        against_year=re.compile(rf"(?:{_alternatives(ch.against)})\s+(?:\w+\s+){{0,2}}?(\d{{4}})", re.IGNORECASE),
        previous_year=_words(ch.previous_year),
        comparative=re.compile(rf"^\s*(?:{_alternatives(ch.up + ch.down)})\s+"
                               rf"(?:{_alternatives(ch.base_after_comparative)})\s*$", re.IGNORECASE),
        dated=re.compile(rf"^\s*(?:{_alternatives(ch.base_dated)})\s+"
                         rf"(?:(?:{_alternatives(ch.previous_year)})(?!\w)|\d{{4}}(?!\d))", re.IGNORECASE),
        written=tuple((re.compile(rf"(?<!\w)(?:{w.pattern})(?!\w)", re.IGNORECASE), float(w.factor))
                      for w in ch.written),
        below=_words(qual.below), above=_words(qual.above), around=_words(qual.around),
        margin_relative=ch.margin.relative, margin_points=ch.margin.points,
        written_margin=ch.written_margin,
        from_word=re.compile(rf"(?<!\w)(?:{_alternatives(ft.from_word)})\s*$", re.IGNORECASE),
        to_gap=re.compile(rf"^\s*(?:({_alternatives(ft.between)})\s*)?,?\s*(?:{_alternatives(ft.to)})\s*$",
                          re.IGNORECASE),
        cumulative=_words(data.cumulative.cues),
        since=re.compile(data.cumulative.since, re.IGNORECASE),
        per=re.compile(rf"^\s*(?:{_alternatives(data.ratio.per)})\s*([\w'-]+)", re.IGNORECASE),
        average=re.compile(rf"(?<!\w)(?:{_alternatives(data.ratio.average)})(?:\s+[\w'-]+){{0,2}}\s*$",
                           re.IGNORECASE),
        share_of=re.compile(rf"^\s*(?:{_alternatives(data.share.of)})\s+(?:[\w'-]+\s+){{0,1}}?([\w'-]+)",
                            re.IGNORECASE),
    )


def _sentences(indicators: list[dict]) -> list[Sentence]:
    """Consecutive records with one sentence make one Sentence, each figure placed by its raw text."""
    out: list[Sentence] = []
    for index, record in enumerate(indicators):
        text = str(record.get("sentence") or "")
        raw = str(record.get("raw") or "")
        if not text or not raw:
            continue
        if not out or out[-1].text != text:
            out.append(Sentence(text, []))
        sentence = out[-1]
        cursor = sentence.figures[-1].end if sentence.figures else 0
        start = text.find(raw, cursor)
        if start < 0:
            start = text.find(raw)
            if start < 0 or any(f.start <= start < f.end for f in sentence.figures):
                continue
        sentence.figures.append(Figure(index, record, start, start + len(raw)))
    for sentence in out:
        sentence.figures.sort(key=lambda f: f.start)
    return out


def _line(figure: Figure) -> tuple[int, int]:
    loc = figure.record.get("location") or {}
    return (loc.get("page") or 0, loc.get("line") or 0)


def _adjacent(before: Sentence, after: Sentence) -> bool:
    if not before.figures or not after.figures:
        return False
    (page_a, line_a), (page_b, line_b) = _line(before.figures[-1]), _line(after.figures[0])
    return page_a == page_b and 0 <= line_b - line_a <= SENTENCE_GAP_LINES


def unit(record: dict) -> str | None:
    return record.get("unit")


def compatible(whole: dict, part: dict, strict: bool = False) -> bool:
    """May `part` be a part of `whole`? The same unit; or, unless strict, both count things."""
    a, b = unit(whole), unit(part)
    if a == b:
        return True
    if strict or a in MEASURES or b in MEASURES or a is None:
        return False
    return not any(c.isdigit() or c == "/" for c in str(b or ""))


def _word_count(text: str) -> int:
    return len(re.findall(r"[^\W\d_][\w'-]*", text))


def _parts_cue(gap: str, c: Cues) -> str | None:
    """The cue that opens a list of parts right after a whole: "…, van wie", "(waarvan", "begeleiding:"."""
    found = list(c.parts_follow.finditer(gap))
    if found:
        match = found[-1]
        before, after = gap[:match.start()], gap[match.end():]
        if _word_count(after) <= c.gap_words and _word_count(before) <= WORDS_BEFORE_CUE and \
                not re.search(r"[.;!?]", before):
            return match.group().lower()
    punctuation = c.punctuation.search(gap)
    # a whole in brackets of its own closes them before the next bracket opens ("dagverhuur (€ 18.300),
    # weekendverhuur (€ 17.100) en ..."): amounts side by side, each of its noun, not a whole and its parts
    if punctuation and _word_count(gap[:punctuation.start()]) <= WORDS_BEFORE_COLON and \
            not gap[punctuation.end():].strip() and ")" not in gap[:punctuation.start()]:
        return punctuation.group().strip()
    return None


def _part_whole(sentences: list[Sentence], c: Cues, fiscal_year: str | None = None) -> list[Relation]:
    """A whole and its parts: the parts after the whole and a cue in one sentence ("24 mensen, waarvan 15
    mannen en 7 vrouwen"), in the sentence after it ("24 mensen. Daarvan zijn 15 mannen en 7 vrouwen."), and the
    parts before a whole that a cue says follows them ("... samen is dat 24")."""
    found: list[Relation] = []
    for s, sentence in enumerate(sentences):
        for k in range(len(sentence.figures) - 1):
            found += _parts_after(sentence, k, c)
        if s + 1 < len(sentences) and sentence.figures and _adjacent(sentence, sentences[s + 1]):
            found += _parts_in_next(sentence, sentences[s + 1], c)
    for s, sentence in enumerate(sentences):
        for k in range(len(sentence.figures)):
            found += _whole_after_parts(sentences, s, k, c, fiscal_year)
    return found


def _parts_after(sentence: Sentence, k: int, c: Cues) -> list[Relation]:
    """The parts that follow figure `k` of the sentence and a cue of parts after it, a group each (a cue of
    groups parts them); a group said to flow both in and out is a change of the whole, not its split."""
    whole, gap = sentence.figures[k], sentence.gap_after(k)
    cue = _parts_cue(gap, c)
    if cue is None:
        return []
    partial = bool(c.partial.search(cue)) or bool(c.partial.search(gap))
    found = []
    for group in _part_groups(sentence, k, c):
        said = sentence.text[group[0].start:group[-1].end] + sentence.gap_after(sentence.figures.index(group[-1]))
        flows = bool(c.flows_in.search(said)) + bool(c.flows_out.search(said))
        if flows == 2:
            continue  # what came in and went out: a change of the whole, not its split
        group_partial = partial or flows == 1
        found.append(Relation("part_whole", cue, [("whole", whole)] + [("part", p) for p in group],
                              [sentence], {"exhaustive": len(group) >= 2 and not group_partial,
                                           "same_sentence": True}))
    return found


def _part_groups(sentence: Sentence, k: int, c: Cues) -> list[list[Figure]]:
    """The figures after figure `k` that may be its parts, each after a separator ("21 vrouwen en 18 mannen",
    not "32, voor 694 personen"), in the groups a cue of groups parts them into (none empty)."""
    figures, whole = sentence.figures, sentence.figures[k]
    groups: list[list[Figure]] = [[]]
    for j in range(k + 1, len(figures)):
        part = figures[j]
        if not compatible(whole.record, part.record):
            break
        groups[-1].append(part)
        between = sentence.gap_after(j)
        separators = list(c.separators.finditer(between))
        if j + 1 >= len(figures) or _word_count(between) > c.gap_words + 1 or not separators or \
                _word_count(between[separators[-1].end():]) > 1:
            break
        if c.groups.search(between):
            groups.append([])
    return [group for group in groups if group]


def _parts_in_next(sentence: Sentence, following: Sentence, c: Cues) -> list[Relation]:
    """The split given in the next sentence, after its cue: "24 mensen. Daarvan zijn 15 mannen en 7 vrouwen."
    (the whole: the last figure of the sentence that the next one's first may be a part of)."""
    lead = following.gap_before(0)
    match = c.next_sentence.search(lead)
    if not match:
        return []
    first = following.figures[0]
    whole = next((f for f in reversed(sentence.figures) if compatible(f.record, first.record)), None)
    if whole is None:
        return []
    parts = [f for f in following.figures if compatible(whole.record, f.record)]
    partial = bool(c.partial.search(lead))
    return [Relation("part_whole", match.group().lower(), [("whole", whole)] + [("part", p) for p in parts],
                     [sentence, following], {"exhaustive": len(parts) >= 2 and not partial, "same_sentence": False})]


def _whole_after_parts(sentences: list[Sentence], s: int, k: int, c: Cues, fiscal_year: str | None
                       ) -> list[Relation]:
    """Parts, then "samen is dat" / "in totaal" and the whole (figure `k` of sentence `s`): the figures before it
    that may add up to it, in its sentence or, when it opens its sentence, in the adjacent sentences before."""
    sentence = sentences[s]
    whole = sentence.figures[k]
    match = c.whole_follows.search(sentence.gap_before(k))
    if not match:
        return []
    if whole.record.get("table") is not None:
        return []  # a table's total row: its parts are its rows (table_relations), not the lines over it
    if ".." in (_period(whole, fiscal_year) or ""):
        return []  # "sinds de oprichting ... in totaal 3.870": a total over the years, not of this year's parts
    before = [f for f in sentence.figures[:k] if _may_add_up(whole, f, fiscal_year)]
    window = [sentence]
    back = s
    while k == 0 and back > 0 and len(window) <= WHOLE_FOLLOWS_SENTENCES and \
            _adjacent(sentences[back - 1], sentences[back]):
        back -= 1
        window.insert(0, sentences[back])
        before = [f for f in sentences[back].figures if _may_add_up(whole, f, fiscal_year)] + before
    if len(before) < 2 or unit(whole.record) in (None, "%"):
        return []
    return [Relation("part_whole", match.group().lower(), [("whole", whole)] + [("part", p) for p in before],
                     window, {"exhaustive": True, "same_sentence": len(window) == 1, "whole_last": True})]


def _period(figure: Figure, fiscal_year: str | None) -> str | None:
    """The period the text dates the figure to, None for the fiscal year (stated or not)."""
    period = figure.record.get("period")
    if figure.record.get("period_source") == "closing_day":
        return None  # a stock on the day the fiscal year closes: of the fiscal year, as a figure it does not date
    return None if period is None or str(period) == fiscal_year else str(period)


def _may_add_up(whole: Figure, part: Figure, fiscal_year: str | None) -> bool:
    """A figure before "samen" / "in totaal" is one of its parts: the same unit and the same period ("1.250
    gezinnen van 2023" is last year's, no part of this year's total)."""
    return unit(part.record) == unit(whole.record) and _period(part, fiscal_year) == _period(whole, fiscal_year)


def _claim_qualifier(text: str, c: Cues) -> str:
    for name, pattern in (("below", c.below), ("above", c.above), ("around", c.around)):
        if pattern.search(text):
            return name
    return "exact"


def _said(text: str) -> str:
    """A cue as the text words it, in lower case: "Van  de" → "van de"."""
    return " ".join(text.split()).lower().strip(",")


def _decimals(raw: str) -> int:
    match = re.search(r"\d+(?:[.,](\d+))?", raw)
    return len(match.group(1)) if match and match.group(1) else 0


def _from_to(sentence: Sentence, c: Cues) -> list[Relation]:
    found = []
    for k in range(len(sentence.figures) - 1):
        first, second = sentence.figures[k], sentence.figures[k + 1]
        opening = c.from_word.search(sentence.gap_before(k))
        if not opening:
            continue
        between = c.to_gap.match(sentence.gap_after(k))
        units = {unit(first.record), unit(second.record)} - {None}  # "van 57 gezinnen ... naar 38": one unit
        if not between or len(units) > 1:
            continue
        year = re.search(r"\d{4}", between.group(1) or "")
        previous = bool(between.group(1) and c.previous_year.search(between.group(1)))
        details: dict[str, Any] = {"from_year": int(year.group()) if year else None}
        if previous:
            details["from_previous_year"] = True
        cue = f"{_said(opening.group())} … {_said(between.group()).split()[-1]}"  # "van … naar", "van … tot"
        found.append(Relation("from_to", cue, [("from", first), ("to", second)], [sentence], details))
    return found


BASE_GAP_WORDS = 6  # "15 % tegenover het vorige boekjaar (61 woningen)": words between a claim and its base


def _base(sentence: Sentence, k: int, c: Cues) -> Figure | None:
    """The earlier figure claim k is measured against, stated right after it: in parentheses after the
    comparison ("15 % tegenover vorig jaar (61 woningen)", "+9 % (vorig jaar: 320)", "12 % ten opzichte van
    2022 (1.200 leden)") or after a comparative and dated ("20 % meer dan de 150 van vorig jaar")."""
    if k + 1 >= len(sentence.figures):
        return None
    base = sentence.figures[k + 1]
    if unit(base.record) == "%":
        return None
    gap = sentence.gap_after(k)
    if _word_count(gap) > BASE_GAP_WORDS or re.search(r"[.;!?)]", gap):
        return None
    opening = gap.rfind("(")
    if opening >= 0:
        inside, before = gap[opening + 1:], gap[:opening]
        if not inside.strip(" :") or c.previous_year.fullmatch(inside.strip(" :")):
            # the figure opens the parenthesis after the comparison, or the parenthesis names last year
            closed = ")" in sentence.gap_after(k + 1)  # "(40 werknemers en 4 stagiairs)": no one base figure
            if closed and (inside.strip(" :") or c.against.search(before) or c.previous_year.search(before)):
                return base
        return None
    if c.comparative.match(gap) and c.dated.match(sentence.gap_after(k + 1)):
        return base
    return None


QUOTED_LEAD_WORDS = 3  # "5.230 broden per week (2022: 4.800)": words between a figure and the bracket
QUOTED_TAIL_WORDS = 4  # "(2022: 4.800), een stijging met 9 %": words between the bracket and the claim


def _quoted_base(sentence: Sentence, k: int, c: Cues) -> Figure | None:
    """The earlier figure quoted in brackets right after this year's, before the claim: "5.230 broden per week
    (2022: 4.800), een stijging met 9 %", "412 leden (vorig jaar: 380), +8 %". The bracket holds a year or
    names last year, then only the figure; the claim follows it after a few words."""
    if k < 2:
        return None
    subject, base = sentence.figures[k - 2], sentence.figures[k - 1]
    if unit(subject.record) == "%" or unit(base.record) == "%":
        return None
    lead, tail = sentence.gap_before(k - 1), sentence.gap_before(k)
    opening = lead.rfind("(")
    if opening < 0 or _word_count(lead[:opening]) > QUOTED_LEAD_WORDS or re.search(r"[.;!?()]", lead[:opening]):
        return None
    inside = lead[opening + 1:].strip(" :")
    if not (numbers.is_year(inside) or c.previous_year.fullmatch(inside)):
        return None
    closing = tail.lstrip()
    if not closing.startswith(")") or _word_count(closing[1:]) > QUOTED_TAIL_WORDS or "(" in closing:
        return None
    return base


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.nl.stop_words import STOP_WORDS  # spaCy's Dutch stop words: a kept general list
    return frozenset(STOP_WORDS)


def _names_its_own(lead: str, previous: Sentence, c: Cues) -> bool:
    """True when the words before a claim name what changed, and none of them is in the sentence before:
    "Het aantal huurders steeg met 8 %" after "De huur bedroeg 628 euro." speaks of the tenants, not the rent;
    "Dat is een groei met 15 %" names nothing and speaks of the figure before."""
    stop = _stop_words()
    words = [w for w in re.findall(r"[^\W\d_][\w'-]*", c.up.sub(" ", c.down.sub(" ", lead)).lower())
             if w not in stop and len(w) > 2]
    earlier = {w[:STEM] for w in re.findall(r"[^\W\d_][\w'-]*", previous.text.lower())}
    return bool(words) and not any(w[:STEM] in earlier for w in words)


def _base_in_next(sentences: list[Sentence], s: int, c: Cues) -> Figure | None:
    """The earlier figure given in the sentence after a claim, as last year's: "... een groei met 15 %. Vorig
    jaar waren dat er 61." (its only figure, after a few words that date it to last year)."""
    if s + 1 >= len(sentences) or not _adjacent(sentences[s], sentences[s + 1]):
        return None
    following = sentences[s + 1]
    counted = [f for f in following.figures if unit(f.record) != "%"]
    if len(counted) != 1 or following.figures[0] is not counted[0]:
        return None
    lead = following.gap_before(0)
    if _word_count(lead) > BASE_GAP_WORDS or not c.previous_year.search(lead):
        return None
    return counted[0]


def _subject(pool: list[Figure], base: Figure | None, wholes: dict[int, Figure]) -> Figure | None:
    """What a claim speaks of, among the figures before it (the nearest last): the one in the base's unit when
    the base is given, else the nearest, or the whole it is a part of ("68 woningen: 43 appartementen en 25
    eengezinswoningen. Dat is een groei met 15 %")."""
    candidates = [f for f in reversed(pool) if unit(f.record) != "%" and f is not base]  # never its own base
    if base is not None and unit(base.record) is not None:
        same = next((f for f in candidates if unit(f.record) == unit(base.record)), None)
        if same is not None:
            return same
    subject = candidates[0] if candidates else None
    if subject is not None and id(subject) in wholes:
        subject = wholes[id(subject)]  # "18.894 personen (van wie 4.764 nieuwkomers) (+7,19 %)"
    return subject


def _changes(sentences: list[Sentence], from_tos: dict[int, list[Relation]], c: Cues,
             wholes: list[Relation]) -> list[Relation]:
    """The claimed changes, sentence by sentence: a percentage with a direction ("een stijging met 12 %", "+9,2 %
    tegenover 2021"), then the written ones ("verdubbelde"), each with the figures it speaks of."""
    part_of = _parts_of_wholes(sentences, wholes)
    found = []
    for s, sentence in enumerate(sentences):
        pairs = from_tos.get(s, [])
        for k, figure in enumerate(sentence.figures):
            if unit(figure.record) == "%" and \
                    (change := _percent_change(sentences, s, k, pairs, part_of, c)) is not None:
                found.append(change)
        written = _written_changes(sentence, pairs, c)
        found += written
        if not written and not any(r.kind == "change" for r in found if r.sentences[-1] is sentence or
                                    sentence in r.sentences):
            found += _direction_changes(sentence, pairs, c)
    return found


DIRECTION_GAP_WORDS = 4  # "steeg opnieuw, tot 79": words between a verb of direction and the figure it claims
NAMING_STEM = 4  # the subject before the verb names the figure: a word of its noun or label in a word there


def _direction_changes(sentence: Sentence, pairs: list[Relation], c: Cues) -> list[Relation]:
    """A direction claimed by a verb alone ("Het aantal vrijwilligers steeg opnieuw, tot 79 (vorig jaar 86)",
    "Ook het ledenaantal steeg: eind 2024 telde de coöperatie 1.398 leden"): the first figure after the verb,
    when the words before the verb name it, with the earlier figure right after it (in parentheses, dated as
    last year's) when there is one. The checks compare the two figures, or the figure with last year's report."""
    found = []
    for pattern, direction in ((c.up_verbs, "up"), (c.down_verbs, "down")):
        for match in pattern.finditer(sentence.text):
            k = next((i for i, f in enumerate(sentence.figures) if f.start >= match.end()), None)
            if k is None or any(f.end <= match.start() and f.end > match.start() - 1 for f in sentence.figures):
                continue
            figure = sentence.figures[k]
            gap = sentence.text[match.end():figure.start]
            if unit(figure.record) == "%" or _word_count(gap) > DIRECTION_GAP_WORDS or re.search(r"[;.!?]", gap):
                continue
            if any(f.end <= match.start() for f in sentence.figures):
                continue  # a figure before the verb: which one changed is not said
            if not _names(sentence.text[:match.start()], figure.record):
                continue
            pair = next((p for p in pairs if p.members[1][1] is figure), None)
            if pair is not None:
                members = pair.members
            else:
                members = [("to", figure)]
                base = _base(sentence, k, c)
                if base is not None and unit(base.record) in (None, unit(figure.record)):
                    members = [("from", base), ("to", figure)]
            found.append(Relation("change", _said(match.group()), members, [sentence],
                                  {"direction": direction, "against": None}))
    return found


def _has_unit(record: dict) -> bool:
    return unit(record) is not None


def _names(lead: str, record: dict) -> bool:
    """True when a word of the figure's noun or label stands in the words before the verb ("Het aantal
    vrijwilligers" for "79 vrijwilligers", "het ledenaantal" for "1.398 leden")."""
    raw = str(record.get("raw", ""))
    words = re.findall(r"[^\W\d_][\w'-]*", (raw + " " + str(record.get("label") or "")).lower())
    names = {w for w in words if len(w) >= NAMING_STEM and w not in _stop_words()}
    if not any(w for w in re.findall(r"[^\W\d_][\w'-]*", raw.lower()) if w not in _stop_words()) and \
            not _has_unit(record):
        return True  # a bare figure ("tot 79") takes its noun from the words before the verb
    lead_words = [w for w in re.findall(r"[^\W\d_][\w'-]*", lead.lower()) if len(w) >= NAMING_STEM]
    return any(n[:max(NAMING_STEM, len(n) - 2)] in w or w[:max(NAMING_STEM, len(w) - 2)] in n
               for n in names for w in lead_words)


def _parts_of_wholes(sentences: list[Sentence], wholes: list[Relation]) -> dict[int, list[tuple[Figure, Figure]]]:
    """Sentence index -> (whole, part) of the wholes given with their parts in one sentence."""
    part_of: dict[int, list[tuple[Figure, Figure]]] = {}
    for relation in wholes:
        if relation.details.get("same_sentence"):
            s = next(i for i, sentence in enumerate(sentences) if sentence is relation.sentences[0])
            whole = relation.members[0][1]
            part_of.setdefault(s, []).extend((whole, f) for role, f in relation.members if role == "part")
    return part_of


def _percent_change(sentences: list[Sentence], s: int, k: int, pairs: list[Relation],
                    part_of: dict[int, list[tuple[Figure, Figure]]], c: Cues) -> Relation | None:
    """The change the percentage k of sentence s claims, if words or a sign give it a direction."""
    sentence = sentences[s]
    figure = sentence.figures[k]
    raw = str(figure.record.get("raw", ""))
    lead = sentence.gap_before(k)
    tail = sentence.gap_after(k)
    near = " ".join(lead.split()[-4:])
    sign = re.match(r"\s*([+−–-])\s*\d", raw)
    head = " ".join(tail.split()[:5])
    against = c.against_year.search(head)
    previous = c.previous_year.search(head)
    base = _base(sentence, k, c)
    later = None
    if base is None:
        base = _quoted_base(sentence, k, c)
    if base is None and k == len(sentence.figures) - 1:
        base = later = _base_in_next(sentences, s, c)
    compared = bool(against or previous or c.against.search(head) or base)
    direction = _direction(sign, near, lead, tail, bool(against), compared, c)
    if direction is None:
        return None
    members, window = _change_members(sentences, s, k, base, later, pairs, part_of, c)
    value = abs(float(figure.record["value"]))
    return Relation("change", (sign.group(1) if sign else near.split()[-1] if near.split() else ""),
                    members, window, {
                        "direction": direction,
                        "claimed": -value if direction == "down" else value, "claim_unit": "%",
                        "claim_qualifier": _claim_qualifier(near + " " + raw, c),
                        "claim_decimals": _decimals(raw),
                        "against": int(against.group(1)) if against else None})


def _direction(sign: re.Match | None, near: str, lead: str, tail: str, against: bool, compared: bool,
               c: Cues) -> str | None:
    """"up" or "down": the sign, else a word just before the percentage, else one just after it when the
    sentence compares, else one earlier in the sentence of a percentage set against a year."""
    if sign:
        return "up" if sign.group(1) == "+" else "down"
    if c.up.search(near):
        return "up"
    if c.down.search(near):
        return "down"
    first = " ".join(tail.split()[:2])
    if c.up.search(first) and compared:
        return "up"
    if c.down.search(first) and compared:
        return "down"
    if (against or c.against.search(first)) and (c.up.search(lead) or c.down.search(lead)):
        return "up" if c.up.search(lead) else "down"
    return None


def _change_members(sentences: list[Sentence], s: int, k: int, base: Figure | None, later: Figure | None,
                    pairs: list[Relation], part_of: dict[int, list[tuple[Figure, Figure]]],
                    c: Cues) -> tuple[list[tuple[str, Figure]], list[Sentence]]:
    """The claim and the figures it speaks of (a "van .. naar .." pair before it, else the figure it changes and
    its base), and the sentences they stand in."""
    sentence = sentences[s]
    figure = sentence.figures[k]
    members: list[tuple[str, Figure]] = [("claim", figure)]
    pair = next((p for p in reversed(pairs) if p.members[1][1].start < figure.start), None)
    window = [sentence]
    if pair is not None:
        return members + pair.members, window
    whole_of = {id(f): whole for whole, f in part_of.get(s, [])}
    subject = _subject(sentence.figures[:k], base, whole_of)
    in_row = figure.record.get("table") is not None  # a table's row says its own quantity, not the row over it
    if subject is None and s > 0 and not in_row \
            and _word_count(sentence.text[:figure.start]) <= NEXT_SENTENCE_LEAD_WORDS \
            and _adjacent(sentences[s - 1], sentence) and sentences[s - 1].figures \
            and not _names_its_own(sentence.text[:figure.start], sentences[s - 1], c):
        subject = _subject(sentences[s - 1].figures, base, {id(f): whole for whole, f in part_of.get(s - 1, [])})
        window.insert(0, sentences[s - 1])
    if subject is not None and base is not None and unit(base.record) in (None, unit(subject.record)):
        members.append(("from", base))
        if later is not None:
            window.append(sentences[s + 1])
    if subject is not None:
        members.append(("to", subject))
    return members, window


def _written_changes(sentence: Sentence, pairs: list[Relation], c: Cues) -> list[Relation]:
    """The changes written as words ("verdubbelde", "halveerde"), with the figure they change."""
    found = []
    for pattern, factor in c.written:
        for match in pattern.finditer(sentence.text):
            after = next((f for f in sentence.figures if f.start >= match.end()), None)
            before = next((f for f in reversed(sentence.figures) if f.end <= match.start()), None)
            subject = after or before
            if subject is None:
                continue
            members = [("to", subject)]
            pair = next((p for p in pairs if p.members[1][1] is subject), None)
            if pair is not None:
                members = pair.members
            found.append(Relation("change", match.group().lower(), members, [sentence], {
                "direction": "up" if factor > 1 else "down", "claimed": factor, "claim_unit": "factor",
                "claim_qualifier": "around", "claim_decimals": 0, "against": None}))
    return found


def _cumulative(sentence: Sentence, c: Cues) -> list[Relation]:
    found = []
    taken: set[int] = set()
    for match in c.cumulative.finditer(sentence.text):
        figure = next((f for f in sentence.figures if f.start >= match.end() and unit(f.record) != "%"), None) or \
            next((f for f in reversed(sentence.figures) if f.end <= match.start() and unit(f.record) != "%"), None)
        if figure is None or figure.index in taken:
            continue
        taken.add(figure.index)
        since = c.since.search(sentence.text[match.start():])
        found.append(Relation("cumulative", match.group().lower(), [("total", figure)], [sentence],
                              {"since": int(since.group(1)) if since else None}))
    return found


def _ratios_and_shares(sentences: list[Sentence], c: Cues) -> list[Relation]:
    found = []
    for s, sentence in enumerate(sentences):
        for k, figure in enumerate(sentence.figures):
            tail = sentence.gap_after(k)
            per = c.per.match(tail)
            average = c.average.search(sentence.gap_before(k))
            if per is None and average:
                found.append(Relation("ratio", _said(average.group()), [("ratio", figure)], [sentence], {"per": None}))
                continue
            if per is not None and not per.group(1)[0].isdigit():
                found.append(Relation("ratio", _said(tail[per.start():per.start(1)]), [("ratio", figure)], [sentence],
                                      {"per": per.group(1).lower()}))
                continue
            if unit(figure.record) != "%":
                continue
            share = c.share_of.match(tail)
            if share is None:
                continue
            noun = share.group(1).lower()
            members: list[tuple[str, Figure]] = [("share", figure)]
            pool = [f for f in sentence.figures[:k]]
            if s > 0 and _adjacent(sentences[s - 1], sentence):
                pool = sentences[s - 1].figures + pool
            whole = next((f for f in reversed(pool) if noun in str(f.record.get("raw", "")).lower().split()
                          or noun == str(unit(f.record) or "").lower()), None)
            if whole is not None:
                members.append(("whole", whole))
            found.append(Relation("share", _said(tail[share.start():share.start(1)]), members, [sentence], {"of": noun}))
    return found


def find(indicators: list[dict], fiscal_year: int | None = None) -> list[Relation]:
    """Every relation the text states between the figures in `indicators` (the report's records, in order);
    a figure the text dates to `fiscal_year` is of the same period as one it does not date."""
    c = cues()
    sentences = _sentences(indicators)
    from_tos = {s: _from_to(sentence, c) for s, sentence in enumerate(sentences)}
    found = _part_whole(sentences, c, None if fiscal_year is None else str(fiscal_year))
    found += [r for s in sorted(from_tos) for r in from_tos[s]]
    found += _changes(sentences, from_tos, c, [r for r in found if r.kind == "part_whole"])
    found += [r for sentence in sentences for r in _cumulative(sentence, c)]
    found += _ratios_and_shares(sentences, c)
    found += table_totals(indicators)
    order = {"part_whole": 0, "change": 1, "from_to": 2, "cumulative": 3, "ratio": 4, "share": 5}
    found.sort(key=lambda r: (min(f.index for _, f in r.members), order[r.kind], r.cue))
    return found


def to_json(indicators: list[dict], fiscal_year: int | None = None) -> list[dict]:
    return [relation.to_json() for relation in find(indicators, fiscal_year)]
