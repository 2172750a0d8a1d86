"""The general Dutch lexicon of patterns/lexicon.yaml, indexed by lemma.

Every word of the file and of the text goes through the same `canonical` form (the lemmatiser's, see
`extractor.nlp.language.lemma`), so that "coöperanten", "aandeelhouders" and "leden" meet in one concept whatever
their inflection, and a word the lemmatiser gets wrong is wrong alike on both sides.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import cache, lru_cache

from extractor.dutch import patterns, rules
from extractor.dutch.rules import Flag, Listed, Pairs, Phrases, Sets, Text, Whole, Words, key
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
    subject_verbs: frozenset[str]  # lemmas: "De afschrijvingen bedroegen € 9.300" measures the subject
    amount_links: frozenset[str]  # "1,9 miljoen euro aan loonpremies"
    member: Concept  # a governing body's members
    aspect_names: dict[str, str]  # aspect ("change", "share", "maximum", "cumulative", "target") → its part of a key
    aspect_labels: dict[str, str]  # aspect → its words in a label
    change_after: tuple[tuple[str, ...], ...]
    change_after_levels: tuple[tuple[str, ...], ...]  # "410 meer dan vorig jaar": a change of a count too
    cumulative: tuple[tuple[str, ...], ...]
    maximum: tuple[tuple[str, ...], ...]
    share: tuple[tuple[str, ...], ...]
    target: _Target  # "ons doel is 60 vrijwilligers", "we willen groeien naar 15 medewerkers"
    particles: frozenset[str]
    particle_closers: frozenset[str]  # "sloten 57 mensen aan als coöperant": the particle still closes the verb
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
    anaphors: tuple[tuple[str, ...], ...] = ()  # "Sinds 2018 zijn dat er 27": the count of the sentence before
    linking: tuple[str, ...] = ()  # the letters a compound's first part may end in ("bestuurs-vergaderingen")
    money_measures: Table | None = None  # `measures` with the words that name a quantity only as an amount of money
    money_dimensions: frozenset[str] = frozenset()  # the dimensions of an amount of money ("euro")
    written_states: dict[str, Concept] = field(default_factory=dict, hash=False, compare=False)  # matched as written
    roles: tuple[Role, ...] = ()
    kin: dict[str, str] = field(default_factory=dict, hash=False, compare=False)  # concept -> its group's first
    event_endings: Pairs = ()  # "uitlenen" -> "uitlening": an infinitive's ending and its action noun's
    event_words: dict[str, str] = field(default_factory=dict, hash=False, compare=False)  # "rijden" -> "rit"

    def event_noun(self, infinitive: str) -> str | None:
        """The noun that names what a verb does, as a count of it names it ("werden 4.480 keer uitgeleend":
        uitlenen -> uitlening, as "4.120 uitleningen"): the lexicon's noun for the verb, else the infinitive with
        its ending replaced (the first that fits); None for no infinitive."""
        if infinitive in self.event_words:
            return self.event_words[infinitive]
        for ending, noun_ending in self.event_endings:
            if infinitive.endswith(ending) and len(infinitive) > len(ending) + 1:
                return infinitive[:-len(ending)] + noun_ending
        return None
    collective_nouns: frozenset[str] = frozenset()  # "31 mensen": counted nouns a group's name says more of
    collective_words: tuple[str, ...] = ()  # "vrijwilligersploeg": the last parts of a group's name

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



# The entries of patterns/lexicon.yaml, declared once (extractor/dutch/rules.py): the schema of the file is made
# from these fields, `words()` reads them, and `lexicon()` builds the Lexicon from them.
_NAME = "^[a-z0-9_à-ÿ]+$"  # a concept's or a dimension's name, part of a key


@dataclass(frozen=True)
class _Concept:
    """A concept: how a label names it and the words (any form) that name it."""

    label: Text = key()
    words: Listed = key()
    with_units: Flag = key(optional=True, description="a state that also qualifies a measured quantity (\"een "
                                                      "nieuwe installatie van 220 kWp\")")
    money_words: Listed = key(optional=True, description="words that name a measure only for an amount of money "
                                                         "(money_dimensions)")
    written: Flag = key(optional=True, description="a state whose words are matched as written, before their "
                                                   "lemma (a participle of state)")


@dataclass(frozen=True)
class _Unit:
    dimension: Text = key(form=_NAME)
    default: Text = key(optional=True, form=_NAME)


@dataclass(frozen=True)
class _Compounds:
    head_letters: Whole = key(low=2)
    modifier_letters: Whole = key(low=2)
    not_heads: Words = key()
    linking: Listed = key(optional=True, description="The linking letters a compound's first part may end in (a "
                                                     "‘tussen-s’): without them it names what it names alone, a "
                                                     "governing body for example.")


@dataclass(frozen=True)
class _Participles:
    prefix: Text = key()
    endings: Listed = key()


@dataclass(frozen=True)
class _Change:
    words: Listed = key()
    links: Words = key()
    after: Phrases = key()
    after_levels: Phrases = key(optional=True, description="Words right after a count or an amount that make it "
                                                           "a change, not a level (‘410 meer dan vorig jaar’).")


@dataclass(frozen=True)
class _AspectNames:
    """Each aspect's part of a figure's key."""

    change: Text = key(form="^[a-z]+$")
    share: Text = key(form="^[a-z]+$")
    maximum: Text = key(form="^[a-z]+$")
    cumulative: Text = key(form="^[a-z]+$")
    target: Text = key(form="^[a-z]+$")


@dataclass(frozen=True)
class _AspectLabels:
    """Each aspect's words in a figure's label."""

    change: Text = key()
    share: Text = key()
    maximum: Text = key()
    cumulative: Text = key()
    target: Text = key()


@dataclass(frozen=True)
class _Target:
    """A target, not the quantity reached: words of aim, of intent, of reaching and of a deadline."""

    words: Phrases = key()
    intents: Phrases = key()
    reach: Phrases = key()
    deadlines: Phrases = key()
    links: Phrases = key()


@dataclass(frozen=True)
class _Aspects:
    change: _Change = key()
    cumulative: Phrases = key()
    maximum: Phrases = key()
    share: Phrases = key()
    target: _Target = key()
    names: _AspectNames = key()
    labels: _AspectLabels = key()


@dataclass(frozen=True)
class _Member:
    name: Text = key()
    label: Text = key()


@dataclass(frozen=True)
class _Collectives:
    nouns: Listed = key()
    words: Listed = key()


@dataclass(frozen=True)
class _Role:
    nouns: Listed = key()
    counts: Text = key("as")
    words: Listed = key()


@dataclass(frozen=True)
class _EventNouns:
    endings: Pairs = key(description="an infinitive's ending and the ending of the noun of its action, the first "
                                     "that fits is taken (‘uitlenen’ -> ‘uitlening’)")
    words: Pairs = key(optional=True, description="a verb's infinitive and the noun of its action where the "
                                                  "endings do not make it (‘rijden’ -> ‘rit’)")


@rules.declares("lexicon")
@dataclass(frozen=True)
class LexiconWords:
    """The entries of patterns/lexicon.yaml the Lexicon is built from, as the file gives them."""

    compounds: _Compounds = key(description="A compound ending in a word of nouns counts what that word counts, "
                                            "qualified by its first part: the least letters of each part, and the "
                                            "words that never head a compound.")
    nouns: dict[str, _Concept] = key(names=_NAME)
    measures: dict[str, _Concept] = key(names=_NAME)
    states: dict[str, _Concept] = key(names=_NAME)
    sources: dict[str, _Concept] = key(names=_NAME)
    organs: dict[str, _Concept] = key(names=_NAME)
    units: dict[str, _Unit] = key()
    money_dimensions: Words = key(optional=True, description="the dimensions of an amount of money, for "
                                                             "money_words")
    kin: Sets = key(optional=True, description="groups of concepts (or nouns) that another year's report may use "
                                               "for the same people or things: the linker weighs them as one, "
                                               "keys keep them distinct")
    collectives: _Collectives = key(optional=True, description="A count of these nouns (concepts) whose "
                                           "sentence names a group before it by a compound ending in one of the "
                                           "words counts what the compound's first part names (‘Onze "
                                           "vrijwilligersploeg bestond uit 31 mensen’).")
    roles: tuple[_Role, ...] = key(optional=True, description="counted nouns that count another concept where "
                                                              "their clause has one of the words")
    members: Words = key()
    organ_counts: Words = key(optional=True, description="concepts of nouns that a governing body named before "
                                                         "them in their sentence qualifies (‘De raad van bestuur "
                                                         "hield 9 vergaderingen’)")
    generic: Words = key()
    number_concept: Text = key(form="^[a-z]+$")
    count_words: Words = key()
    participles: _Participles = key()
    aspects: _Aspects = key()
    particles: Words = key()
    particle_closers: Words = key(description="Words that may follow a separable verb's particle, which still "
                                  "closes the verb: ‘sloten 57 mensen aan als coöperant’.")
    boundaries: Words = key()
    source_dimensions: Words = key()
    rate_words: Words = key()
    range_joiners: Words = key()
    recipients: Words = key()
    negations: Words = key()
    measure_links: Words = key()
    subject_verbs: Words = key(optional=True, description="Verbs (lemmas) whose subject, first in the sentence, "
                                                          "is what the amount after them measures (‘De "
                                                          "afschrijvingen bedroegen € 9.300’).")
    member: _Member = key()
    partitives: Phrases = key(optional=True, description="Pronouns after a count that say it counts part of what "
                                                         "a figure before it counted (‘Drie van hen’).")
    anaphors: Phrases = key(optional=True, description="Words before a count with no noun of its own that stand "
                                                       "for what the count of the sentence before counted (‘Zes "
                                                       "stagiairs vonden werk. Sinds 2018 zijn dat er 27.’).")
    degree_words: Words = key(optional=True, description="Adverbs that say how much or how a figure moved, never "
                                                         "what it is (‘steeg licht tot 4,1 %’).")
    articles: Words = key(optional=True, description="Definite articles: the word right after one is a noun, "
                                                     "though it reads as a verb's root too.")
    postmodifiers: Words = key(optional=True, description="Prepositions that open a phrase after the counted noun "
                                                          "that qualifies it.")
    amount_links: Words = key(optional=True, description="Words between an amount and what it is an amount of, "
                                                         "after it (‘1,9 miljoen euro aan loonpremies’).")
    event_nouns: _EventNouns = key(description="The noun that names what a verb does, for a "
                                                                     "count in ‘keer’ of it (‘werden 4.480 keer "
                                                                     "uitgeleend’ counts uitleningen).")


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


def _table(groups: Mapping[str, _Concept], money: bool = False) -> Table:
    phrases: dict[tuple[str, ...], Concept] = {}
    for name, group in groups.items():
        if group.written:
            continue  # matched as written only (Lexicon.state)
        concept = Concept(name, group.label)
        for text in [*group.words, *(group.money_words if money else ())]:
            # under its lemmas and as written: the lemmatiser may take a singular for a verb ("boer" ->
            # boeren) while the plural of the text lemmatises to it ("boeren" -> boer)
            phrases.setdefault(_phrase(text), concept)
            phrases.setdefault(tuple(text.lower().split()), concept)
    return Table(phrases, max((len(p) for p in phrases), default=1))


@cache
def words() -> LexiconWords:
    """The entries of patterns/lexicon.yaml as the file gives them (no word lemmatised yet)."""
    return rules.load(LexiconWords, patterns.load("lexicon"))


@cache
def lexicon() -> Lexicon:
    said = words()
    aspects = said.aspects
    names, labels = _by_aspect(aspects.names), _by_aspect(aspects.labels)
    units = {code: MeasureUnit(unit.dimension, unit.default or None) for code, unit in said.units.items()}
    change = Table({_phrase(w): Concept(names["change"], labels["change"]) for w in aspects.change.words}, 1)
    tables = {name: _table(getattr(said, name)) for name in ("nouns", "measures", "states", "sources", "organs")}
    money_measures = _table(said.measures, money=True)
    known = frozenset(w for table in (*tables.values(), money_measures) for phrase in table.phrases for w in phrase)
    roles = tuple(Role(frozenset(_role_nouns(role)), Concept(role.counts, said.nouns[role.counts].label),
                       _table({role.counts: _Concept(role.counts, role.words, False, (), False)}))
                  for role in said.roles)
    return Lexicon(
        nouns=tables["nouns"], measures=tables["measures"], states=tables["states"],
        unit_states=frozenset(name for name, group in said.states.items() if group.with_units),
        sources=tables["sources"], source_dimensions=said.source_dimensions,
        rate_words=said.rate_words, organs=tables["organs"], units=units,
        number_concept=said.number_concept, count_words=said.count_words,
        participle_prefix=said.participles.prefix, participle_endings=said.participles.endings,
        members=frozenset(canonical(w) for w in said.members), organ_counts=said.organ_counts,
        generic=frozenset(canonical(w) for w in said.generic),
        change=change, change_links=aspects.change.links,
        measure_links=said.measure_links, amount_links=said.amount_links, subject_verbs=said.subject_verbs,
        member=Concept(said.member.name, said.member.label),
        aspect_names=names, aspect_labels=labels,
        change_after=aspects.change.after, change_after_levels=aspects.change.after_levels,
        cumulative=aspects.cumulative, maximum=aspects.maximum, share=aspects.share, target=aspects.target,
        particles=said.particles, particle_closers=said.particle_closers, boundaries=said.boundaries,
        range_joiners=said.range_joiners, recipients=said.recipients,
        negations=said.negations, postmodifiers=said.postmodifiers,
        degree_words=said.degree_words, articles=said.articles,
        words=known, compound_parts=(said.compounds.head_letters, said.compounds.modifier_letters),
        not_heads=said.compounds.not_heads, linking=said.compounds.linking, partitives=said.partitives,
        anaphors=said.anaphors or (),
        money_measures=money_measures, money_dimensions=said.money_dimensions,
        written_states={w.lower(): Concept(name, group.label) for name, group in said.states.items()
                        if group.written for w in group.words},
        roles=roles, kin={canonical(member): group[0] for group in said.kin for member in group},
        event_endings=said.event_nouns.endings,
        event_words=dict(said.event_nouns.words or ()),
        collective_nouns=frozenset(said.collectives.nouns) if said.collectives else frozenset(),
        collective_words=tuple(said.collectives.words) if said.collectives else ())


def _by_aspect(section: _AspectNames | _AspectLabels) -> dict[str, str]:
    """aspect ("change", "share", "maximum", "cumulative") -> what the section gives it, in that order."""
    return {item.name: getattr(section, item.name) for item in fields(section)}


def _role_nouns(role: _Role) -> list[str]:
    """The nouns a role is said of, as concepts and as lemmas."""
    return list(role.nouns) + [lemma(noun) for noun in role.nouns]
