"""How alike two figures of two reports are: each figure's profile (its words, context, heading, unit, role, period
and scale) and the pair's confidence, 0..1. The linker (extractor/diff/link.py) pairs figures by one global
assignment over these scores; extractor/diff/align.py turns its pairs into the differ's records.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from extractor.diff.view import Report
from extractor.figures.periods import period_kind, stated_period
from extractor.figures.catalogue import concept_of
from extractor.figures.quantities import counts_a_list
from extractor.figures.stocks import is_target
from extractor.figures.relations import MEASURES

# A pair's confidence (0..1) weighs what each figure record carries: its words (label, unit, raw), the words
# around it in its sentence, its value's scale, its unit, its role in the text's relations and the period it is
# dated to. From CONFIDENT up a pair is the same quantity; from POSSIBLE up it is shown apart as "possible",
# never the ground of a warning; below, the two are different quantities.
CONFIDENT = 0.45
POSSIBLE = 0.35
WEIGHTS = {"words": 0.3, "context": 0.25, "heading": 0.2, "unit": 0.15, "role": 0.10}
SCALE_SHARE = 0.35  # how much of the score the value's scale may take away: a factor 3 apart keeps 65 %
CONTEXT_WORDS = 6
MAX_OFFSET = 2  # a figure dated this many years before or after the report's year is still about that year  # words either side of a figure that describe it


def _tokens(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_][\w'-]*", text.lower())]


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.nl.stop_words import STOP_WORDS  # spaCy's Dutch stop words: a kept general list
    return frozenset(STOP_WORDS)


def _content(words: list[str]) -> str:
    """The content words, each a concept of the lexicon where it names one (patterns/lexicon.yaml: "medewerkers"
    and "werknemers" are one concept, "coöperanten" and "vennoten" another), else as written."""
    stop = _stop_words()
    return " ".join(_concept(w) for w in words if w not in stop and len(w) > 2)


def content_concepts(text: str) -> list[str]:
    """The content words of a text, each as its concept (see _content), one item a word."""
    stop = _stop_words()
    return [_concept(w) for w in _tokens(text) if w not in stop and len(w) > 2]


@cache
def _concept(word: str) -> str:
    """The lexicon's concept of a word (a counted noun or a measured quantity), else the word."""
    from extractor.dutch.lexicon import canonical, lexicon
    lex = lexicon()
    form = canonical(word)
    found = lex.nouns.word(form) or lex.measures.word(form) or lex.nouns.word(word) or lex.measures.word(word)
    # concepts of one kin are one for the linker ("vaste klanten" and "bezoekers" of a shop): keys keep them apart
    if found is not None:
        return lex.kin_of(found.name)
    return lex.kin.get(form or word) or _compound_concept(word) or word


KIN_HEAD = 3  # letters the last part of a compound has at least to be read as its head here ("kook-les")


def _compound_concept(word: str) -> str | None:
    """A compound whose last part is a counted noun or kin of the lexicon, as its first part and that part's
    concept ("voedselondernemers" -> "voedselondernemers" read as "voedsel producent", "kookworkshops" as "kook
    workshop"): what it counts meets another year's plain word or synonym, its first part still tells it apart
    ("schoolmaaltijden" and "thuismaaltijden"). The longest such last part; None for no such compound."""
    from extractor.dutch.lexicon import canonical, lexicon

    lex = lexicon()
    first = lex.compound_parts[1]
    for start in range(first, len(word) - KIN_HEAD + 1):
        head, modifier = word[start:], word[:start].rstrip("-")
        if head in lex.not_heads:
            continue
        form = canonical(head)
        found = lex.nouns.word(form) or lex.nouns.word(head)
        concept = lex.kin_of(found.name) if found is not None else lex.kin.get(form) or lex.kin.get(head)
        if concept is not None:
            return f"{modifier} {concept}"
    return None


@dataclass
class Profile:
    """What alignment compares of one figure record."""

    record: dict
    words: str  # label, unit and the words of its raw text
    context: str  # the content words around it in its sentence
    heading: str  # the content words of the heading of its passage (text sources)
    roles: frozenset[str]  # its roles in the report's relations: "part_whole:whole", "change:claim", ...
    offset: int | None  # the year it is dated to, less the report's fiscal year
    catalogued: bool
    subject: dict | None = None  # a claimed change: the figure it speaks of, when the text says
    period_kind: str = "annual"  # extractor/figures/periods.py


def profile(report: Report, record: dict) -> Profile:
    raw = str(record.get("raw") or "")
    sentence = str(record.get("sentence") or "")
    at = sentence.find(raw)
    if at < 0:
        around = _tokens(sentence)
    else:
        around = _tokens(sentence[:at])[-CONTEXT_WORDS:] + _tokens(sentence[at + len(raw):])[:CONTEXT_WORDS]
    # a figure without a unit has no words of its own yet (its label is a placeholder): its words say nothing
    words = _content(_tokens(" ".join([str(record.get("label") or ""), str(record.get("unit") or ""), raw]))) \
        if record.get("unit") is not None else ""
    if words and record.get("match", "catalogue") != "derived" and (concept := concept_of(str(record.get("id")))):
        words = f"{words} {concept} {concept}"  # what the catalogue's quantity counts, in the lexicon's concept
    if record.get("match") == "derived" and (not words or (record.get("table") or {}).get("total")):
        # its key names what it counts even where the sentence put the noun away from the number ("Het aantal
        # fietskoeriers groeide tot 55": other.koerier), and what a total row totals where its label says
        # "Totaal" (under "Leden op 31/12/2025": other.vennoot), without the word total that every total shares
        words = _content(_tokens(" ".join(str(record.get("id") or "").split(".")[1:]).replace("_", " ")))
    if record.get("unit") is not None and counts_a_list(raw):
        words = ""  # "38 bakkers, brouwers en traiteurs": no one noun says what it counts (next year "41 producenten")
    year = report.stated_year(record)  # the fiscal year by default says nothing of the year
    offset = None
    if year is not None and report.fiscal_year is not None:
        offset = year - report.fiscal_year
        if abs(offset) > MAX_OFFSET:
            offset = None  # the date of a law or of the founding, not the year the figure is for
    heading = report.heading(record) or report.section(record) or ""
    if _cover_line(heading, report):
        heading = ""  # the cover's name or title over a report without headings: no passage of its own
    return Profile(record, words, _content(around), _content(_tokens(heading)), report.roles(record), offset,
                   record.get("match", "catalogue") != "derived", report.claim_subject(record),
                   record.get("period_kind") or period_kind(stated_period(record), report.fiscal_year,
                                                             report.document.get("fiscal_period")))


def _cover_line(heading: str, report: Report) -> bool:
    """The line a figure stands under is the report's name or title ("Woonhaven cvso", "Bijzonder verslag
    2023"), which every figure of the report shares and last year's report words otherwise."""
    plain = heading.casefold().strip()
    document = report.document
    named = [str(document.get(key) or "").casefold().strip() for key in ("organisation", "title")]
    return bool(plain) and any(name and (name in plain or plain in name) for name in named)


TIMES = "times"  # the unit of "11 keer": a count of the events its words name


def row_unit(record: dict) -> str | None:
    """The unit a figure is in: its own, else the unit of measure its table row's label names as a word of its
    own ("| Voltijds equivalenten | 64,8 |" is in FTE, as "61,4 voltijds equivalenten" in a sentence). The cell
    itself keeps no unit (the row's word is read as a unit for linking only)."""
    unit = record.get("unit")
    if unit is not None or not isinstance(record.get("table"), dict) or not record["table"].get("row"):
        return unit
    from extractor.figures.keys import label_unit

    return label_unit(str(record["table"]["row"]))


def _unit_score(a: dict, b: dict) -> float | None:
    """How compatible two units are (None: never the same quantity)."""
    ua, ub = row_unit(a), row_unit(b)
    if ua == ub:
        return 1.0 if ua is not None else 0.6
    if (_score(ua) or _score(ub)) and ua is not None and ub is not None:
        return None  # "een 7,9 op 10" is a score on its scale: no count, no amount, no score on another scale
    if ua is None or ub is None:
        other = ub if ua is None else ua
        if other in MEASURES:
            return None
        # a cell of no unit of its own whose row names what the other figure counts ("| Kandidaat-huurders |
        # 140 |" and "126 kandidaat-huurders op de wachtlijst"): their keys open with one concept
        return 1.0 if a.get("match") == b.get("match") == "derived" and _key_head(a) == _key_head(b) != "" else 0.5
    if TIMES in (ua, ub) and (ub if ua == TIMES else ua) not in MEASURES and a.get("id") == b.get("id"):
        return 1.0  # "vergaderde 11 keer" and "12 bestuursvergaderingen": one count of meetings, one key
    if ua not in MEASURES and ub not in MEASURES and a.get("id") == b.get("id") and a.get("match") == "derived":
        return 1.0  # one key of the words around them: "Drie van hen" and "Vier koeriers" of the board
    if (code := _measure_code(ua)) is not None and code == _measure_code(ub):
        return 1.0  # one unit in two forms: "kilometer" and "km", "mwh" and "MWh", "VTE" and "FTE"
    if ua in MEASURES or ub in MEASURES:
        return None  # days and hours: only a catalogue id pairs them (unit_change says so)
    a, b = str(ua).lower(), str(ub).lower()
    if a.endswith(b) or b.endswith(a):
        return 1.0  # a Dutch compound names a kind of its last word: "windturbines" are "turbines"
    if _concept(a) == _concept(b) and _concept(a) != a:
        return 1.0  # one concept of the lexicon: "medewerkers" and "werknemers"
    return 0.6 * fuzz.ratio(a, b) / 100


def _score(unit: str | None) -> bool:
    """A score on a scale ("7,28/10", "een 7,9 op 10": unit "score/10")."""
    from extractor.series.units import SCORE

    return unit is not None and str(unit).startswith(SCORE)


def _measure_code(unit: str) -> str | None:
    """The unit of measure of the one vocabulary (patterns/units.yaml) a figure's unit is a form of; None for a
    counted noun."""
    from extractor.series.units import COUNT, PERSONS, series_unit

    code = series_unit(unit, unit).unit
    return None if code in (None, COUNT, PERSONS) else code


def _aspects(record: dict) -> frozenset[str]:
    """What a derived key says its figure is beyond a level: a change (patterns/lexicon.yaml aspects.names;
    "omzet_procent.verandering"); a ceiling or a share may be worded one year and not the next ("hoogstens 5 %")."""
    from extractor.dutch.lexicon import lexicon

    if record.get("match") != "derived":
        return frozenset()
    names = lexicon().aspect_names
    kinds = {names[kind] for kind in ("change",) if kind in names}
    return frozenset(part for part in str(record.get("id") or "").split(".")[2:] if part in kinds)


RATE_UNITS = frozenset({"%"})


def _one_rate(a: dict, b: dict) -> bool:
    """Two percentage changes whose keys name one measured thing ("7,3 % meer maaltijden dan in 2022", "het
    aantal maaltijden steeg met 6,4 %" and the Evolutie cell "+3,0 %" of the row Maaltijden: all
    other.maaltijd_procent.verandering): the yearly rate of one quantity, whether the text gives the level beside
    it (a claimed change) or not."""
    return row_unit(a) in RATE_UNITS and row_unit(b) in RATE_UNITS and bool(_aspects(a)) \
        and _aspects(a) == _aspects(b) and _key_head(a) == _key_head(b) != "" and _named(a)


def _named(record: dict) -> bool:
    """A derived key that names what it measures, not a bare number's ("getal_procent")."""
    from extractor.dutch.lexicon import lexicon

    return _key_head(record).split("_")[0] != lexicon().number_concept


def _key_head(record: dict) -> str:
    """What a derived key counts: its first part after the prefix ("kandidaat" of other.kandidaat.wachtend)."""
    parts = str(record.get("id") or "").split(".")
    return parts[1] if len(parts) > 1 else ""


def _scale(a: float, b: float) -> float:
    if a == b:
        return 1.0
    if a <= 0 or b <= 0:
        return 0.3
    return max(0.0, 1.0 - 2 * abs(math.log10(a / b)))  # a factor 3.2 or more: nothing alike


FAR_APART = 2.0  # orders of magnitude: two values a factor 100 apart are two quantities ("meer dan 30.000
# vennoten" and "drie vennoten" of a committee), where a factor 10 may still be a typo the checks report


def _too_far_apart(a: float, b: float) -> bool:
    return a > 0 and b > 0 and abs(math.log10(a / b)) > FAR_APART


def _role_score(a: Profile, b: Profile) -> float:
    if a.roles == b.roles:
        score = 1.0 if a.roles else 0.6
    elif a.roles & b.roles:
        score = 0.8
    elif a.roles and b.roles:
        score = 0.0
    else:
        score = 0.3
    return score


KIND_ROLES = frozenset({"cumulative:total", "ratio:ratio", "change:claim"})
PENALTY = 0.15  # a figure dated to another year than its counterpart, or of another kind (cumulative, ratio)
SUBJECT_UNIT = 0.6  # two claims whose subjects' units score lower than this speak of different quantities


SAME_START = 0.1  # two totals counted since one year, in two reports: a running total carried on


def _same_start(a: Profile, b: Profile) -> bool:
    """Both figures are totals counted since the same year ("Sinds 2018 ... op 35", next year "Sinds 2018 vonden
    zo al 45 mensen werk": 2018/2024 and 2018/2025), whatever noun each sentence gives them."""
    if a.period_kind != "cumulative" or b.period_kind != "cumulative":
        return False
    start_a, start_b = (str(p.record.get("period") or "").partition("/")[0] for p in (a, b))
    return len(start_a) == 4 and start_a.isdigit() and start_a == start_b


def _penalty(a: Profile, b: Profile) -> float:
    penalty = 0.0
    if a.offset is not None and b.offset is not None and a.offset != b.offset:
        penalty += PENALTY
    kinds = KIND_ROLES - {"change:claim"} if _one_rate(a.record, b.record) else KIND_ROLES
    if (a.roles & kinds) != (b.roles & kinds):
        penalty += PENALTY
    elif (a.period_kind == "cumulative") != (b.period_kind == "cumulative"):
        penalty += PENALTY  # the kilometres of the year and those since the start: the text dates them apart
    if _aspects(a.record) != _aspects(b.record):
        penalty += PENALTY  # "25" as the members' change ("steeg met 25 tot 215") and "22 nieuwe vennoten"
    if a.subject is not None and b.subject is not None and (_unit_score(a.subject, b.subject) or 0) < SUBJECT_UNIT:
        penalty += 2 * PENALTY  # two claimed changes of figures in other units: of two other quantities
    return penalty


def unsure_claims(a: Profile, b: Profile) -> bool:
    """Two claimed changes ("daalde met 41 %", "een groei met 15 %") are one quantity only when the text says what
    each speaks of: without that they are a possible pair at most."""
    return ("change:claim" in a.roles and "change:claim" in b.roles and (a.subject is None or b.subject is None)
            and not _one_named_key(a.record, b.record))


def _one_named_key(a: dict, b: dict) -> bool:
    """Two uncatalogued figures with one key that names what they measure ("de omzet steeg met 12,5 %" and "de
    omzet, een groei van 10,7 %": omzet_procent.verandering), not a bare number's."""
    key = str(a.get("id") or "")
    if a.get("match") != "derived" or b.get("match") != "derived" or key != b.get("id"):
        return False
    return named_key(key)


def named_key(key: str) -> bool:
    """A derived key that names what its figure counts or measures, not a bare number's (other.getal)."""
    from extractor.dutch.lexicon import lexicon

    return "." in key and key.split(".")[1].split("_")[0] != lexicon().number_concept


def similarity(a: Profile, b: Profile, bonus: float = 0.0) -> tuple[float, float, float] | None:
    """(confidence 0..1, word score 0..100, context score 0..100), or None when they cannot be one quantity;
    `bonus` is added to the evidence before the values' scale weighs it."""
    unit = _unit_score(a.record, b.record)
    if unit is None or _too_far_apart(float(a.record["value"]), float(b.record["value"])):
        return None
    if is_target(a.record) != is_target(b.record):
        return None  # a target ("we mikken op 500 leden") is never the quantity reached ("470 leden")
    # the set ratio alone calls "vennoten" and "nieuwe vennoten" alike: the sorted ratio tempers it
    words = (fuzz.token_set_ratio(a.words, b.words) + fuzz.token_sort_ratio(a.words, b.words)) / 2 \
        if a.words and b.words else 50.0
    context = fuzz.token_set_ratio(a.context, b.context) if a.context and b.context else 30.0
    heading = fuzz.token_set_ratio(a.heading, b.heading) if a.heading and b.heading else 40.0
    base = (WEIGHTS["words"] * words / 100 + WEIGHTS["context"] * context / 100 + WEIGHTS["heading"] * heading / 100
            + WEIGHTS["unit"] * unit + WEIGHTS["role"] * _role_score(a, b) + bonus
            + (SAME_START if _same_start(a, b) else 0.0))
    # a yearly rate of change of one quantity goes from 42 % to 11 % as a matter of course: no scale to weigh
    scale = 1.0 if _one_rate(a.record, b.record) else _scale(float(a.record["value"]), float(b.record["value"]))
    score = base * (1 - SCALE_SHARE + SCALE_SHARE * scale) - _penalty(a, b)
    return round(score, 3), round(words, 1), round(context, 1)
