"""The general Dutch lexicon of patterns/lexicon.yaml, indexed by lemma.

Every word of the file and of the text goes through the same `canonical` form (the lemmatiser's, see
`extractor.nlp.language.lemma`), so that "coöperanten", "aandeelhouders" and "leden" meet in one concept whatever
their inflection, and a word the lemmatiser gets wrong is wrong alike on both sides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from extractor.dutch.rules import as_phrases
from extractor.dutch import patterns
from extractor.nlp.language import lemma


@dataclass(frozen=True)
class Concept:
    name: str  # the canonical concept ("vennoot"), part of a key
    label: str  # how a Dutch label names it ("vennoten")


@dataclass(frozen=True)
class Table:
    """Phrases, as tuples of canonical words, and the concept each names."""

    phrases: dict[tuple[str, ...], Concept]
    longest: int

    def match(self, forms: Sequence[str | None], i: int, stop: int) -> tuple[Concept, int] | None:
        """The concept of the longest phrase starting at token i (and ending before `stop`), with its length."""
        for length in range(min(self.longest, stop - i), 0, -1):
            words = tuple(forms[i:i + length])
            if None not in words and words in self.phrases:
                return self.phrases[words], length
        return None

    def word(self, form: str | None) -> Concept | None:
        return self.phrases.get((form,)) if form else None


@dataclass(frozen=True)
class Role:
    """A counted noun that counts another concept in a clause that says so ("mensen" that are employed count
    staff): the noun's concept, the concept it takes, and the phrases that say so."""

    nouns: frozenset[str]  # the concepts (or lemmas) of the nouns that take it
    concept: Concept
    context: Table


@dataclass(frozen=True)
class MeasureUnit:
    dimension: str  # part of every key of its figures: "energie", "euro", "procent"
    default: str | None  # the measure it names when the sentence names none ("productie" for MWh)


@dataclass(frozen=True)
class Lexicon:
    nouns: Table
    measures: Table
    states: Table
    unit_states: frozenset[str]  # the states that also qualify a measured quantity
    sources: Table
    source_dimensions: frozenset[str]  # the dimensions whose quantities a source qualifies
    rate_words: frozenset[str]  # "per": the figure is a rate of the noun after it
    number_concept: str  # what a figure counts when no word says what
    count_words: frozenset[str]  # "aantal": a count of the noun after it
    participle_prefix: str  # a past participle's prefix and endings ("geplaatst", "vertegenwoordigde")
    participle_endings: tuple[str, ...]
    organs: Table
    units: dict[str, MeasureUnit]
    members: frozenset[str]
    organ_counts: frozenset[str]  # concepts a governing body named before them qualifies ("hield 9 vergaderingen")
    generic: frozenset[str]
    change: Table
    change_links: frozenset[str]
    measure_links: frozenset[str]  # "een omzet van 2,1 miljoen euro"
    amount_links: frozenset[str]  # "1,9 miljoen euro aan loonpremies"
    member: Concept  # a governing body's members
    aspect_names: dict[str, str]  # aspect ("change", "share", "maximum", "cumulative") → its part of a key
    aspect_labels: dict[str, str]  # aspect → its words in a label
    change_after: tuple[tuple[str, ...], ...]
    change_after_levels: tuple[tuple[str, ...], ...]  # "410 meer dan vorig jaar": a change of a count too
    cumulative: tuple[tuple[str, ...], ...]
    maximum: tuple[tuple[str, ...], ...]
    share: tuple[tuple[str, ...], ...]
    particles: frozenset[str]
    boundaries: frozenset[str]
    range_joiners: frozenset[str]
    recipients: frozenset[str]
    negations: frozenset[str]
    postmodifiers: frozenset[str]  # "4 mensen in een traject": the phrase after the counted noun qualifies it
    degree_words: frozenset[str]  # "steeg licht tot 4,1 %": how much a figure moved, never what it is
    articles: frozenset[str]  # "het verzuim": the word after one is a noun
    words: frozenset[str]  # every single word the lexicon knows, canonical
    compound_parts: tuple[int, int]  # the least letters of a compound's head and of its first part
    not_heads: frozenset[str]  # words of `nouns` that never head a compound
    partitives: tuple[tuple[str, ...], ...] = ()  # "Drie van hen": part of the count before it
    linking: tuple[str, ...] = ()  # the letters a compound's first part may end in ("bestuurs-vergaderingen")
    money_measures: Table | None = None  # `measures` with the words that name a quantity only as an amount of money
    money_dimensions: frozenset[str] = frozenset()  # the dimensions of an amount of money ("euro")
    written_states: dict[str, Concept] = field(default_factory=dict, hash=False, compare=False)  # matched as written
    roles: tuple[Role, ...] = ()
    kin: dict[str, str] = field(default_factory=dict, hash=False, compare=False)  # concept -> its group's first

    def kin_of(self, concept: str) -> str:
        """The first concept of the group of kin a concept is in ("bezoeker" -> klant), else the concept."""
        return self.kin.get(concept, concept)

    def measures_in(self, dimension: str | None) -> Table:
        """The measures a figure of this dimension may measure: a word that names a quantity only as an amount
        of money ("reserveerde 15.000 euro") names nothing for another dimension ("18.400 keer gereserveerd")."""
        if self.money_measures is not None and dimension in self.money_dimensions:
            return self.money_measures
        return self.measures

    def state(self, written: str, form: str | None) -> Concept | None:
        """The state a word names: as written first (a participle that tells a state, not its verb's event)."""
        return self.written_states.get(written) or self.states.word(form)

    def compound(self, word: str) -> tuple[Concept, Concept] | None:
        """What a compound counts and what qualifies it: "doelgroepwerknemers" -> (werknemer, doelgroep);
        the longest head of `nouns` that ends the word. None for a word that is no such compound."""
        return _compound(word.lower()) if self is lexicon() else _split_compound(self, word.lower())


@lru_cache(maxsize=4096)
def _compound(word: str) -> tuple[Concept, Concept] | None:
    return _split_compound(lexicon(), word)


def _split_compound(lex: Lexicon, word: str) -> tuple[Concept, Concept] | None:
    head_letters, modifier_letters = lex.compound_parts
    if "-" in word:  # "doelgroep-werknemers": the hyphen says where
        modifier, _, head = word.rpartition("-")
        # "voltijds- en deeltijdse": a first part whose head comes after "en" is no compound by itself
        starts = [len(modifier) + 1] if head and len(modifier.strip("-")) >= modifier_letters else []
    else:
        starts = list(range(modifier_letters, len(word) - head_letters + 1))
    for start in starts:
        head = word[start:]
        if head in lex.not_heads or canonical(head) in lex.not_heads:
            continue
        found = lex.nouns.word(canonical(head)) or lex.nouns.word(head)
        if found is not None:
            modifier = word[:start].rstrip("-")
            return found, _organ(lex, modifier) or Concept(modifier, modifier)  # as written: the lemmatiser takes "groente" for a verb
    return None


def _organ(lex: Lexicon, modifier: str) -> Concept | None:
    """The governing body a compound's first part names, with or without its linking letters
    ("bestuurs" -> bestuur)."""
    for form in (modifier, *(modifier[:-len(end)] for end in lex.linking if modifier.endswith(end))):
        found = lex.organs.word(form) or lex.organs.word(canonical(form))
        if found is not None:
            return found
    return None


def canonical(word: str) -> str:
    """The form a word is compared in: its lemma; an inflected adjective or participle the lemmatiser keeps
    as written ("geplaatste") loses its -e first, when what is left is a form the lemmatiser knows."""
    word = word.lower()
    found = lemma(word)
    if found == word and len(word) > 4 and word.endswith("e"):
        stem = lemma(word[:-1])
        if stem != word[:-1]:
            return stem
    return found


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(canonical(word) for word in text.split())


def _table(groups: dict[str, dict], money: bool = False) -> Table:
    phrases: dict[tuple[str, ...], Concept] = {}
    for name, group in groups.items():
        if group.get("written"):
            continue  # matched as written only (Lexicon.state)
        concept = Concept(name, group["label"])
        for text in [*group["words"], *(group.get("money_words", ()) if money else ())]:
            # under its lemmas and as written: the lemmatiser may take a singular for a verb ("boer" ->
            # boeren) while the plural of the text lemmatises to it ("boeren" -> boer)
            phrases.setdefault(_phrase(text), concept)
            phrases.setdefault(tuple(text.lower().split()), concept)
    return Table(phrases, max((len(p) for p in phrases), default=1))


@cache
def lexicon() -> Lexicon:
    data = patterns.load("lexicon")
    aspects = data["aspects"]
    units = {code: MeasureUnit(unit["dimension"], unit.get("default")) for code, unit in data["units"].items()}
    change = Table({_phrase(w): Concept(aspects["names"]["change"], aspects["labels"]["change"])
                    for w in aspects["change"]["words"]}, 1)
    tables = {name: _table(data[name]) for name in ("nouns", "measures", "states", "sources", "organs")}
    money_measures = _table(data["measures"], money=True)
    words = frozenset(w for table in (*tables.values(), money_measures) for phrase in table.phrases for w in phrase)
    roles = tuple(Role(frozenset(_role_nouns(role)), Concept(role["as"], data["nouns"][role["as"]]["label"]),
                       _table({role["as"]: {"label": role["as"], "words": role["words"]}}))
                  for role in data.get("roles", ()))
    return Lexicon(
        nouns=tables["nouns"], measures=tables["measures"], states=tables["states"],
        unit_states=frozenset(name for name, group in data["states"].items() if group.get("with_units")),
        sources=tables["sources"], source_dimensions=frozenset(data["source_dimensions"]),
        rate_words=frozenset(data["rate_words"]), organs=tables["organs"], units=units,
        number_concept=data["number_concept"], count_words=frozenset(data["count_words"]),
        participle_prefix=data["participles"]["prefix"], participle_endings=tuple(data["participles"]["endings"]),
        members=frozenset(canonical(w) for w in data["members"]), organ_counts=frozenset(data.get("organ_counts", ())),
        generic=frozenset(canonical(w) for w in data["generic"]),
        change=change, change_links=frozenset(aspects["change"]["links"]),
        measure_links=frozenset(data["measure_links"]), amount_links=frozenset(data.get("amount_links", ())), member=Concept(data["member"]["name"], data["member"]["label"]),
        aspect_names=dict(aspects["names"]), aspect_labels=dict(aspects["labels"]),
        change_after=as_phrases(aspects["change"]["after"]),
        change_after_levels=as_phrases(aspects["change"].get("after_levels", ())), cumulative=as_phrases(aspects["cumulative"]),
        maximum=as_phrases(aspects["maximum"]), share=as_phrases(aspects["share"]),
        particles=frozenset(data["particles"]), boundaries=frozenset(data["boundaries"]),
        range_joiners=frozenset(data["range_joiners"]), recipients=frozenset(data["recipients"]),
        negations=frozenset(data["negations"]), postmodifiers=frozenset(data.get("postmodifiers", ())),
        degree_words=frozenset(data.get("degree_words", ())), articles=frozenset(data.get("articles", ())),
        words=words, compound_parts=(data["compounds"]["head_letters"], data["compounds"]["modifier_letters"]),
        not_heads=frozenset(w.lower() for w in data["compounds"]["not_heads"]),
        linking=tuple(data["compounds"].get("linking", ())), partitives=as_phrases(data.get("partitives", ())),
        money_measures=money_measures, money_dimensions=frozenset(data.get("money_dimensions", ())),
        written_states={w.lower(): Concept(name, group["label"]) for name, group in data["states"].items()
                        if group.get("written") for w in group["words"]},
        roles=roles, kin={canonical(member): group[0] for group in data.get("kin", ()) for member in group})


def _role_nouns(role: dict) -> list[str]:
    """The nouns a role is said of, as concepts or lemmas: "noun: persoon", "nouns: [persoon, zorgverlener]"."""
    from extractor.nlp.language import lemma

    nouns = [role["noun"]] if "noun" in role else list(role["nouns"])
    return nouns + [lemma(noun) for noun in nouns]
