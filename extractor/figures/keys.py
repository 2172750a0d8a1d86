"""What a figure is, in its own words: a key and a Dutch label built from its sentence, no catalogue needed.

For a counted figure the key is the counted noun, lemmatised and mapped to its concept in the general
lexicon ("137 nieuwe vennoten" and "211 coöperanten erbij" -> vennoot.nieuw); for a measured one (euro, %,
MWh, uur, keer) the quantity it measures and its dimension ("een omzet van 2,1 miljoen euro" ->
omzet_euro, "De windturbines produceerden 13.950 MWh" -> productie_energie.wind). The words that qualify it
and what it is beyond a level (a change, a share, a ceiling, a total since a start) follow. The same wording
gives the same key in every report; the words come from patterns/lexicon.yaml, the lemmas from
`extractor.nlp.language.lemma`. A figure whose sentence names nothing of its own (", er kwamen er 211 bij", "Voor
2022 stelt de raad 5 % voor") takes the quantity of the figure before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from extractor.dutch import numbers
from extractor.dutch.lexicon import Concept, Lexicon, canonical, lexicon
from extractor.nlp.language import lemma, lower_words, stop_words
from extractor.figures import signs
from extractor.figures.quantities import Figure, measure_compound, quoted_earlier, time_reference, unit_of_word

# aspects in the order they close a key, with their Dutch labels
CHANGE, SHARE, MAXIMUM, CUMULATIVE, TARGET = "change", "share", "maximum", "cumulative", "target"
# named and labelled in patterns/lexicon.yaml (aspects.names, .labels)
ASPECTS = (CHANGE, SHARE, MAXIMUM, CUMULATIVE, TARGET)
_NOUN_GAP = 3  # words of a counted noun between "meer" and "dan in 2024"
_SHARE_UNITS = frozenset({"%", "fraction"})  # a share of a whole: "4 % van de winst", "de helft van de woningen"
_ROW_CELLS = 4  # how many cells before a figure's own its row's label may stand
_RUN_IN = 5  # how many words a run-in label before a colon may have ("Verkochte beurtenkaarten: 4.310")
_AFTER = 3  # how far after a figure its measured noun may stand ("14.820 MWh groene stroom")


@dataclass(frozen=True)
class Description:
    key: str  # "vennoot.nieuw", "productie_energie.wind": the id of an uncatalogued figure is "other.<key>"
    label: str  # "vennoten (nieuw)"
    head: str  # the concept or lemma of what is counted or measured
    head_label: str
    dimension: str | None  # of a measured figure ("euro"); None for a count
    named: bool  # the head comes from the figure's own words, not from a figure before it or a fallback
    part: bool = False  # it counts part of what a count before it counted ("Daarvan gingen er 69.400 naar ...")


@dataclass
class _Words:
    """The figure's block, seen as words: lower case, canonical forms, and which tokens are names."""

    doc: Doc
    lower: list[str]
    forms: _Forms  # canonical form of each content word; None for names, numbers and marks
    sentences: list[tuple[int, int]]  # the (start, end) of the sentence of each token
    cumulative: dict[int, bool]  # clause start -> it says "since the start", filled as asked

    @classmethod
    def of(cls, doc: Doc) -> _Words:
        cached = doc.user_data.get(_WORDS_KEY)
        if cached is None:
            lower = lower_words(doc)
            sentences: list[tuple[int, int]] = []
            for sentence in doc.sents:
                sentences += [(sentence.start, sentence.end)] * (sentence.end - sentence.start)
            cached = doc.user_data[_WORDS_KEY] = cls(doc, lower, _Forms(doc, lower, sentences), sentences, {})
        return cached


class _Forms:
    """The canonical forms of a block's tokens, each made when first asked (most tokens never are)."""

    def __init__(self, doc: Doc, lower: list[str], sentences: list[tuple[int, int]]) -> None:
        self.doc, self.lower, self.sentences = doc, lower, sentences
        self.made: dict[int, str | None] = {}

    def __len__(self) -> int:
        return len(self.lower)

    def __getitem__(self, index: int | slice):  # type: ignore[no-untyped-def]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self.lower)))]
        if index < 0:
            index += len(self.lower)
        if index not in self.made:
            self.made[index] = _form(self.doc, index, self.lower[index], self.sentences[index][0] == index)
        return self.made[index]


_WORDS_KEY = "extractor.figures.keys.words"
_STORE_KEY = "extractor.figures.keys.figures"
_LETTERS = re.compile(r"^[^\W\d_]+\d*(?:[-'’][^\W\d_]+\d*)*$")  # words, "co2" too


def _clean(text: str) -> str | None:
    """A word as it names a thing: lower case, without the name of an organisation glued before it
    ("Smart-leden" -> leden); None for a name, a number or a mark."""
    if not _LETTERS.match(text):
        return None
    if text[0].isupper():
        parts = text.split("-")
        while parts and parts[0][:1].isupper():
            parts.pop(0)
        return "-".join(parts).lower() or None if parts else None
    return text.lower()


def _form(doc: Doc, i: int, lower: str, first: bool) -> str | None:
    text = doc[i].text
    if not text[:1].isalpha():
        return None
    if text[:1].isupper() and "-" not in text and _LETTERS.match(text):
        form = canonical(lower)
        if first or form in lexicon().words:
            return form  # the first word of a sentence, or a word of the lexicon ("CO2"), is no name
        return None
    word = _clean(text)
    return canonical(word) if word else None


def describe(doc: Doc, figure: Figure, figures: Sequence[Figure] = ()) -> Description:
    """The description of `figure`; `figures` are all the figures of its block, in order (the figures before
    it lend it their quantity when its sentence names none)."""
    store: dict[tuple[int, int], Description] = doc.user_data.setdefault(_STORE_KEY, {})
    spot = (figure.number_start, figure.end)
    if spot not in store and (to := _went_to(doc, figure, figures)) is not None:
        store[spot] = describe(doc, to, figures)  # "van 4,30 naar 4,80 euro": one quantity, the key of where it went
    if spot not in store:
        earlier = [f for f in figures if f.number_start < figure.number_start]
        before = [(f, describe(doc, f, earlier)) for f in earlier]
        store[spot] = _Describer(_Words.of(doc), figure, before, lexicon()).run()
    return store[spot]


def targeted(doc: Doc, figure: Figure) -> bool:
    """Whether the text gives `figure` as a target, not as the quantity reached (`_Describer.target`): such a
    figure is never a catalogued indicator's value ("We willen groeien naar 5 VTE" is no FTE employed)."""
    return _Describer(_Words.of(doc), figure, [], lexicon()).target()


def _went_to(doc: Doc, figure: Figure, figures: Sequence[Figure]) -> Figure | None:
    """The figure a from-figure went to ("ging van 4,30 naar 4,80 euro", patterns/relations.yaml from_to): the next
    figure of its block, in the same unit or the from-figure in none, after a "to" word right after it."""
    from extractor.figures.relations import cues  # the from-to words, as the relations read them

    lower = _Words.of(doc).lower
    later = [f for f in figures if f.number_start > figure.number_start]
    if not later or figure.start == 0 or figure.qualifier == "range":
        return None
    to, c = later[0], cues()
    if to.unit != figure.unit or not c.from_word.search(lower[figure.start - 1]):
        return None
    return to if c.to_gap.match(" ".join(lower[figure.end:to.start])) else None


class _Describer:
    def __init__(self, words: _Words, figure: Figure, before: list[tuple[Figure, Description]],
                 lex: Lexicon) -> None:
        self.w, self.f, self.before, self.lex = words, figure, before, lex
        self.doc = words.doc
        self.sent_start, self.sent_end = words.sentences[figure.number_start]
        self.stop = stop_words()
        self.labelled = False  # the figure's words are the label before a colon
        self.unit, self.end = self._unit()
        # the lexicon's entry of that unit, if it knows it
        self.unit_entry = lex.units.get(self.unit or "") or lex.units.get((self.unit or "").lower())
        self.measures = lex.measures_in(self.unit_entry.dimension if self.unit_entry is not None else None)
        self.clause_start, self.clause_end = self._clause()
        self.post: list[Concept] = []  # the phrase after the counted noun: "4 mensen [in een traject]"
        self.noun_end: int | None = None  # one past the counted noun, when it follows the number
        self.part = False  # it counts part of what a count before it counted, with no noun of its own
        self.noun_after = False  # what it counts or measures is named right after it ("86 kandidaat-huurders")
        self.counted_qualifiers: list[Concept] = []  # a percentage of a count: the count's compound part

    # --- the whole -------------------------------------------------------------------------------------
    def run(self) -> Description:
        if (quoted := self._quoted()) is not None:
            return quoted
        unit = self.unit_entry
        qualifiers: list[Concept] = []
        aspects: set[str] = set()
        if unit is None:
            head, named, noun = self._partitive() or self._counted(qualifiers)
            head = self._role(head)
            dimension = None
            if noun in self.lex.members:
                organ = self._organ()
                if organ is not None:
                    head, named = self.lex.member, True
                    qualifiers.append(organ)
                elif (organ := self._organ_after()) is not None:
                    qualifiers.append(organ)  # "Drie van hen zijn lid van de raad van bestuur"
            elif (organ := self._organ_after()) is not None:
                qualifiers.append(organ)  # "Vier koeriers maken deel uit van het bestuur"
            elif head.name in self.lex.organ_counts and (organ := self._organ()) is not None:
                qualifiers.append(organ)  # "De raad van bestuur hield 9 vergaderingen", as "vergaderde 9 keer"
            qualifiers += self._states(measured=False)
            if self._part_of_a_whole():
                aspects.add(SHARE)  # "8 van de 35 actiepistes", "de helft van de 120 woningen"
        else:
            dimension = unit.dimension
            head, named = self._measured(unit.default, aspects)
            qualifiers += self.counted_qualifiers
            if dimension in self.lex.source_dimensions:
                qualifiers += self._sources(dimension)
            if dimension == self.lex.units["times"].dimension:
                if (organ := self._organ()) is not None:
                    qualifiers.append(organ)
                known = head.name in _counted_concepts() or self.measures.word(head.name) is not None
                if not known and (event := self._event()) is not None:
                    head, named = event, True  # "werden 4.480 keer uitgeleend": 4.480 uitleningen
                else:
                    event = None  # "kwam 9 keer samen": the lexicon's meetings
                if head.name in _counted_concepts() or event is not None:
                    dimension = None  # "vergaderde 11 keer": 11 meetings, as "11 bestuursvergaderingen" says
            qualifiers += self._states(measured=True)
        aspects |= self._aspects()
        description = self._assemble(head, named, dimension, qualifiers, aspects)
        if (labelled := self._by_run_in_label(description, aspects)) is not None:
            return labelled
        if self.noun_end is not None and self._shares_key(description.key):
            # another quantity of the sentence, told by the phrase after its noun ("14 mensen, ..., onder wie
            # 4 mensen in een traject") or else by the first word of its own that follows ("zes vennoten die
            # de diensten gebruiken", "200 personen regelmatig samengekomen")
            told = self.post or self._word_after(self.noun_end)
            if told:
                description = self._assemble(head, named, dimension, qualifiers + told, aspects)
        elif self.part and self._shares_key(description.key, passage=True):
            # a part with no noun of its own ("Daarvan gingen er 69.400 naar scholen en 28.200 naar mensen
            # thuis"): the phrase after it says which part, never the whole's key
            if told := self._word_after(self.end):
                description = self._assemble(head, named, dimension, qualifiers + told, aspects)
        return description

    def _quoted(self) -> Description | None:
        """The description of the figure this one is quoted beside in brackets, as its value for another year
        ("91 koeriers (vorig jaar 84)", "64,0 VTE (2022: 61,5)"): one quantity, one key."""
        previous = next(((f, d) for f, d in reversed(self.before) if f.number_start >= self.sent_start), None)
        if previous is None or self.f.unit not in (None, previous[0].unit) or self.f.qualifier == "range":
            return None
        if not quoted_earlier(self.w.lower, previous[0], self.f.start, self.f.number_end):
            return None
        return previous[1]

    def _by_run_in_label(self, description: Description, aspects: set[str]) -> Description | None:
        """A figure after a run-in label ("Gasverbruik: 980 MWh (vorig boekjaar: 1.050 MWh), een daling met
        6,7 %") is of the quantity the label names, as the same label's row in a table or before leader dots
        is: the figure right after the colon, and a figure of the sentence that names nothing of its own (the
        change told after it). The label: the words that open the sentence, up to its first colon, no number."""
        colon = self._run_in_colon()
        if colon is None or self.f.start <= colon:
            return None
        alone = self.labelled and self.clause_start == self.sent_start and not self.noun_after
        if not alone and (description.named or self.noun_after):
            return None
        label = self.doc[self.sent_start:colon].text
        found = describe_label(label, unit=self.unit, signed=CHANGE in aspects)
        if found.head == self.lex.number_concept:
            return None
        return found

    def _run_in_colon(self) -> int | None:
        """The colon that closes a run-in label opening the figure's sentence: words only before it, at most
        a few, none a verb (a participle as an adjective: "Verkochte")."""
        for i in range(self.sent_start, min(self.sent_end, self.sent_start + _RUN_IN + 1)):
            word = self.w.lower[i]
            if word in _LABEL_MARKS:
                return i if i > self.sent_start else None
            if not _LETTERS.match(self.doc[i].text) or (_verb(word) and not self._adjective(i)):
                return None
        return None

    def _role(self, head: Concept) -> Concept:
        """The concept a counted noun takes in its clause: "we stelden 24 mensen tewerk" counts staff; "Onze
        vrijwilligersploeg bestond uit 31 mensen" counts volunteers."""
        for role in self.lex.roles:
            if head.name in role.nouns and any(role.context.match(self.w.forms, i, self.clause_end) is not None
                                              for i in self._outside_figure(self.clause_start, self.clause_end)):
                return role.concept
        if head.name in self.lex.collective_nouns and (group := self._collective()) is not None:
            return group
        return head

    def _collective(self) -> Concept | None:
        """The people a group's name before the figure in its sentence says it is made of: the first part of a
        compound that ends in a word of patterns/lexicon.yaml collectives ("vrijwilligersploeg" -> vrijwilliger),
        when the lexicon counts that part; none where another figure stands between."""
        _, modifier_letters = self.lex.compound_parts
        for i in range(self.f.start - 1, self.sent_start - 1, -1):
            word = self.w.lower[i]
            if word[:1].isdigit():
                return None
            for ending in self.lex.collective_words:
                first = word[:-len(ending)] if word.endswith(ending) else ""
                if len(first) < modifier_letters:
                    continue
                for part in (first, *(first[:-len(s)] for s in self.lex.linking if first.endswith(s))):
                    found = self.lex.nouns.word(canonical(part)) or self.lex.nouns.word(lemma(part))
                    if found is not None and found.name not in self.lex.collective_nouns:
                        return found
        return None

    def _word_after(self, k: int) -> list[Concept]:
        for j in range(k, self.clause_end):
            if self._noun_like(j) and (self.w.forms[j] or "") not in self.lex.generic:
                return [self._qualifier(j)]
            if self.w.lower[j][:1].isdigit():
                break
        return []

    def _shares_key(self, key: str, passage: bool = False) -> bool:
        """Whether a figure before this one in its sentence (`passage`: or in the sentence before), with another
        value, has this key, in a sentence that does not tell one quantity's change ("steeg van 1.842 vennoten
        naar 2.015 vennoten in de loop van het jaar", "2.015 vennoten, tegenover 1.842 vennoten vorig jaar")."""
        since = self.w.sentences[self.sent_start - 1][0] if passage and self.sent_start > 0 else self.sent_start
        if not any(figure.number_start >= since and description.key == key
                   and (figure.value, figure.value_max) != (self.f.value, self.f.value_max)
                   for figure, description in self.before):
            return False
        lower, forms = self.w.lower, self.w.forms
        if any(self.lex.change.word(forms[i]) is not None for i in range(self.sent_start, self.sent_end)):
            return False
        return not _contains_any(lower[self.sent_start:self.sent_end], self.lex.change_after)

    def _assemble(self, head: Concept, named: bool, dimension: str | None, qualifiers: list[Concept],
                  aspects: set[str]) -> Description:
        seen, ordered, key = _key_of(head, qualifiers, dimension, aspects, self.lex)
        parts = [seen[name].label for name in sorted(seen)] + [self.lex.aspect_labels[a] for a in ordered]
        label = f"{head.label} ({', '.join(parts)})" if parts else head.label
        return Description(key, label, head.name, head.label, dimension, named, self.part)

    # --- where the figure's words are ---------------------------------------------------------------------
    def _unit(self) -> tuple[str | None, int]:
        """The figure's unit and where its words end; a number whose unit is written after the second number
        of its range takes that unit ("tussen 2 en 4 %", "2 tot 4 % van de winst")."""
        if self.f.unit is not None:
            return self.f.unit, self.f.end
        lower, k = self.w.lower, self.f.end
        if k < len(lower) and (unit := _unit_word(lower[k])) is not None:
            return unit, k + 1
        k = self.f.number_end
        if (k + 2 < len(lower) and lower[k] in self.lex.range_joiners and lower[k + 1][:1].isdigit()
                and (unit := _unit_word(lower[k + 2])) is not None):
            return unit, k + 3
        return None, self.f.end

    def _clause(self) -> tuple[int, int]:
        bounds = self.lex.boundaries
        start = self.f.start
        while start > self.sent_start and self.w.lower[start - 1] not in bounds:
            start -= 1
        end = self.end
        while end < self.sent_end and self.w.lower[end] not in bounds:
            end += 1
        if not any(self._content(i) for i in [*range(start, self.f.start), *range(self.end, end)]):
            start = self._row_label(start)  # nothing but the figure and its unit
            if start > self.sent_start and self.w.lower[start - 1] in _LABEL_MARKS:
                start = self._label_before(start - 1)  # "Omzet: 2,6 miljoen euro"
                self.labelled = True
        return start, end

    def _label_before(self, mark: int) -> int:
        """Where the label before a colon starts ("- Winst van het boekjaar: € 61.400"): after the boundary
        before it, in its sentence."""
        start = mark
        while start > self.sent_start and self.w.lower[start - 1] not in self.lex.boundaries:
            start -= 1
        return start

    def _row_label(self, start: int) -> int:
        """A figure alone in a cell of a pipe table ("| Omzet | € 1,9 miljoen |") is described by its row's
        label: the nearest cell before it, in the same row, that holds a word. Where the clause starts if none."""
        lower, cell_end = self.w.lower, start - 1
        for _ in range(_ROW_CELLS):
            if cell_end <= self.sent_start or lower[cell_end] != "|" or lower[cell_end - 1] == "|":
                return start  # no cell before, or the row's first cell
            cell_start = cell_end
            while cell_start > self.sent_start and lower[cell_start - 1] != "|":
                cell_start -= 1
            if any(self._content(i) and not self.doc[i].like_num for i in range(cell_start, cell_end)):
                return cell_start
            cell_end = cell_start - 1
        return start

    def _outside_figure(self, start: int, end: int) -> list[int]:
        return [i for i in range(start, end) if not self.f.number_start <= i < self.f.number_end]

    def _content(self, i: int) -> bool:
        return self.w.forms[i] is not None and self.w.lower[i] not in self.stop

    def _adjective(self, i: int) -> bool:
        """An inflected adjective or a participle ("nieuwe", "aanwezige", "vertegenwoordigde", "geplaatst")."""
        word = self.w.lower[i]
        if word.endswith("e") and lemma(word) != word:
            return True
        return word.endswith(self.lex.participle_endings) and word.startswith(self.lex.participle_prefix) \
            and _verb(word)

    # --- a count: what it counts ------------------------------------------------------------------------
    def _counted(self, qualifiers: list[Concept]) -> tuple[Concept, bool, str | None]:
        """What a count counts, whether its own words say so, and the canonical form of its noun: the noun after
        the number, else the noun a count word before it names, else what the figure before it counts, else a
        noun of its clause, else the fallback."""
        return (self._counted_noun_after(qualifiers) or self._aside_of_noun() or self._partitive_before()
                or self._noun_of_count_word(qualifiers)
                or self._counted_before() or self._noun_in_clause() or (*self._fallback(), None))

    def _counted_noun_after(self, qualifiers: list[Concept]) -> tuple[Concept, bool, str | None] | None:
        """The counted noun after the number, over the adjectives and verbs before it ("12 nieuwe vennoten");
        the adjectives it passed become qualifiers. None where the words after say when or how often, or stop."""
        nouns, forms = self.lex.nouns, self.w.forms
        adjectives: list[int] = []
        k = self.f.number_end if self.f.max_end is None else self.f.max_end  # "5 tot 10 vrijwilligers"
        limit = min(self.sent_end, max(self.f.end, k + 1) + 3)
        if time_reference(self.w.lower, k) or (k < self.sent_end and self.w.lower[k] in self.lex.rate_words):
            limit = k  # "tegenover 1.980 vorig jaar", "365 per week": the words after say when or how often
        elided: list[Concept] = []  # "9 keuken- en zaalmedewerkers": first parts that leave their head to the last
        if k < self.f.end - 1 and self.w.lower[k].endswith("-"):
            elided = [Concept(_lemma_of(part), part) for i in range(k, self.f.end - 1)
                      if self.w.lower[i].endswith("-") and (part := _clean(self.doc[i].text[:-1])) is not None]
            k = self.f.end - 1  # the last compound names the head they share
        while k < limit:
            if (found := nouns.match(forms, k, self.sent_end)) is not None:
                qualifiers += [self._qualifier(j) for j in adjectives] + elided
                self.post, self.noun_end = self._postmodifier(k + found[1]), k + found[1]
                self.noun_after = True
                return found[0], True, forms[k + found[1] - 1]
            word = self.w.lower[k]
            if word in ("of", "en") and adjectives:
                k += 1
                continue
            if not self._content(k) and self._title_case_unit(k):
                # "zes Activiteiten": a counted noun in title case, not a name
                qualifiers += [self._qualifier(j) for j in adjectives] + elided
                self.post, self.noun_end = self._postmodifier(k + 1), k + 1
                self.noun_after = True
                return Concept(_lemma_of(word), word), True, canonical(word)
            if not self._content(k) or word in self.lex.particles:
                return None
            if k + 1 < self.sent_end and numbers.is_year(self.w.lower[k + 1]):
                return None  # a word before a year opens a date: "naar 38 eind 2024" counts what the 57 did
            if self._adjective(k) or _verb(word) or self._separable_verb(k):
                adjectives.append(k)
                k += 1
                continue
            if (forms[k] or "") in self.lex.generic:
                return None
            qualifiers += [self._qualifier(j) for j in adjectives] + elided
            self.post, self.noun_end = self._postmodifier(k + 1), k + 1
            self.noun_after = True
            if (compound := self.lex.compound(_clean(self.doc[k].text) or word)) is not None:
                qualifiers.append(compound[1])  # "48 doelgroepwerknemers": werknemers, of the target group
                return compound[0], True, compound[0].name
            return Concept(_lemma_of(word), _clean(self.doc[k].text) or word), True, forms[k]
        return None

    def _noun_of_count_word(self, qualifiers: list[Concept]) -> tuple[Concept, bool, str | None] | None:
        """No noun after the number: the noun a count word before it names ("het aantal coöperanten steeg tot
        2.015", "er kwamen er 211 bij"); past the clause's comma where no figure stands between ("Het aantal
        medewerkers steeg opnieuw, tot 91")."""
        nouns, forms = self.lex.nouns, self.w.forms
        for i in range(self.f.start - 1, self._count_word_reach() - 1, -1):
            if forms[i] in self.lex.count_words:
                for j in range(i + 1, self.f.start):
                    if (found := nouns.match(forms, j, self.f.start)) is not None:
                        return found[0], True, forms[j + found[1] - 1]
                    if self._content(j) and not self._adjective(j):
                        if (compound := self.lex.compound(self.w.lower[j])) is not None:
                            qualifiers.append(compound[1])  # "het aantal groentepakketten"
                            return compound[0], True, compound[0].name
                        return Concept(_lemma_of(self.w.lower[j]), self.w.lower[j]), True, forms[j]
        return None

    def _aside_of_noun(self) -> tuple[Concept, bool, str | None] | None:
        """The noun before an aside between dashes that the count opens ("De naaimachines – negen in totaal –
        staan ..."), as the figure's words took it (extractor/figures/quantities.py)."""
        k = self.f.start - 2
        if k < self.sent_start or self.f.unit is None or self.w.lower[k] != self.f.unit \
                or self.w.lower[k + 1] not in signs.marks().dashes or self.w.forms[k] is None:
            return None
        form = self.w.forms[k]
        found = self.lex.nouns.word(form)
        return (found or Concept(_lemma_of(self.w.lower[k]), self.w.lower[k])), True, form

    def _counted_before(self) -> tuple[Concept, bool, str | None] | None:
        """What the figure before it in its sentence counts; in the sentence before, where the figure opens its
        own with a verb, or only a verb stands before it ("Het aantal aandeelhouders steeg tot 1.301. 38 traden
        uit": the subject left out is theirs)."""
        since = self.sent_start
        if self.sent_start > 0 and (self._opens_with_verb() or self._only_a_verb_before() or self._anaphoric()):
            since = self.w.sentences[self.sent_start - 1][0]
        for figure, description in reversed(self.before):
            if figure.number_start >= since and description.dimension is None and (description.named or (
                    figure.number_start >= self.sent_start and description.head != self.lex.number_concept)):
                # (one that took its quantity so too: "29 sloten aan, 8 traden uit"); the next member of a
                # part's list is a part too ("Daarvan gingen er 69.400 naar scholen en 28.200 naar mensen thuis")
                self.part = description.part and figure.number_start >= self.sent_start
                return Concept(description.head, description.head_label), False, None
        return None

    def _anaphoric(self) -> bool:
        """"Sinds de start in 2018 zijn dat er 27", "zo komt het totaal sinds 2018 op 35": words of its clause
        before the count stand for what the count before it counted (patterns/lexicon.yaml anaphors), in the
        sentence before where its own has none."""
        lower = self.w.lower
        return any(tuple(lower[i:i + len(p)]) == p for p in self.lex.anaphors
                   for i in range(self.clause_start, self.f.start - len(p) + 1))

    def _partitive_before(self) -> tuple[Concept, bool, str | None] | None:
        """A count with no noun of its own after a partitive in its clause ("Daarvan gingen er 69.400 naar
        scholen"): part of what the last count before it counted (in its sentence or the one before)."""
        lower = self.w.lower
        if not any(tuple(lower[i:i + len(p)]) == p for p in self.lex.partitives
                   for i in range(self.clause_start, self.f.start - len(p) + 1)):
            return None
        since = self.w.sentences[self.sent_start - 1][0] if self.sent_start > 0 else self.sent_start
        for figure, description in reversed(self.before):
            if figure.number_start >= since and description.dimension is None and description.named:
                self.part = True
                return Concept(description.head, description.head_label), True, description.head
        return None

    def _noun_in_clause(self) -> tuple[Concept, bool, str | None] | None:
        """The noun of its clause nearest the number."""
        for i in self._by_distance(self.clause_start, self.clause_end):
            if (found := self.lex.nouns.word(self.w.forms[i])) is not None:
                return found, True, self.w.forms[i]
        return None

    def _opens_with_verb(self) -> bool:
        """"38 traden uit": the count opens its sentence and a verb follows it."""
        k = self.f.number_end
        return self.f.start == self.sent_start and k < self.sent_end and (_verb(self.w.lower[k])
                                                                         or self._separable_verb(k))

    def _only_a_verb_before(self) -> bool:
        """"Er sloten er 34 aan", "In de loop van het jaar kwamen er 47 bij": a verb of a state (with its
        particle later in the clause) and no counted noun before the count in its sentence; its subject is the
        one of the sentence before."""
        before = range(self.sent_start, self.f.start)
        return any(self._content(i) and self._separable_verb(i) for i in before) and not any(
            self.lex.nouns.word(self.w.forms[i]) is not None for i in before if self._content(i))

    def _count_word_reach(self) -> int:
        """How far back a count word ("het aantal") may name what a bare number counts: its clause; the whole
        sentence before it where its clause has no word of its own before the number ("..., tot 91") and no
        figure or table cell stands between."""
        start = self.clause_start
        if any(self._content(i) for i in range(start, self.f.start)):
            return start
        figures = [f.end for f, _ in self.before if self.sent_start <= f.number_start < self.f.start]
        start = max([self.sent_start, *figures])
        cells = [i for i in range(start, self.f.start) if self.w.lower[i] == "|"]
        return max([start, *(i + 1 for i in cells)])

    def _separable_verb(self, k: int) -> bool:
        """A word that, with a particle later in its clause, is a verb of a state: "29 sloten aan" (aansluiten),
        not 29 ditches."""
        word = self.w.lower[k]
        return any(self._closing_particle(p) and self.lex.states.word(canonical(self.w.lower[p] + word))
                   is not None for p in range(k + 1, self.clause_end))

    def _closing_particle(self, p: int) -> bool:
        """A particle that closes its clause, as a separable verb's does ("sloten dit jaar aan."); "aan de
        deur" is a preposition."""
        return self.w.lower[p] in self.lex.particles and (
            p + 1 >= self.clause_end or not self.w.lower[p + 1][:1].isalnum()
            or self.w.lower[p + 1] in self.lex.particle_closers)  # "sloten ... aan als coöperant"

    def _postmodifier(self, k: int) -> list[Concept]:
        """The noun of a phrase right after the counted noun that qualifies it: "4 mensen in een traject",
        "30 gezinnen met een leefloon"; none for a name ("in Gent"), a number or a unit ("in 2023", "met 12 %")."""
        if k >= self.clause_end or self.w.lower[k] not in self.lex.postmodifiers:
            return []
        j = k + 1
        while j < self.clause_end and self.w.lower[j] in self.stop and self.w.lower[j] not in self.lex.postmodifiers:
            j += 1  # "een", "de", "hun"
        while j + 1 < self.clause_end and self._noun_like(j) and self._noun_like(j + 1):
            j += 1  # "met een laag inkomen": the phrase's last word is its noun
        if j >= self.clause_end or not self._noun_like(j) or (self.w.forms[j] or "") in self.lex.generic:
            return []
        return [self._qualifier(j)]

    def _noun_like(self, i: int) -> bool:
        word = self.w.lower[i]
        return (self._content(i) and not _verb(word) and _unit_word(word) is None
                and numbers.parse_words([word]) is None)

    def _part_of_a_whole(self) -> bool:
        lower, k = self.w.lower, self.f.number_end
        for phrase in self.lex.share:
            after = k + len(phrase)
            if tuple(lower[k:after]) == phrase and after < len(lower) and lower[after][:1].isdigit():
                return True
        return False

    def _title_case_unit(self, k: int) -> bool:
        text = self.doc[k].text
        word = text.lower()
        # a plural of a common noun ("Activiteiten" -> activiteit), never a name ("2440 Geel")
        return (self.f.unit_words == text and "-" not in text and text[:1].isupper() and text[1:].islower()
                and bool(_LETTERS.match(text)) and lemma(word) != word and not _verb(word))

    def _qualifier(self, i: int) -> Concept:
        found = self.lex.state(self.w.lower[i], self.w.forms[i])
        if found is not None:
            return found
        word = self.w.lower[i]
        return Concept(_lemma_of(word), word)

    def _partitive(self) -> tuple[Concept, bool, str | None] | None:
        """"Drie van hen": part of what the last count before it in its block counted, with its noun."""
        lower, k = self.w.lower, self.f.number_end
        if not any(tuple(lower[k:k + len(p)]) == p for p in self.lex.partitives):
            return None
        for figure, description in reversed(self.before):
            if description.dimension is None and description.named:
                return Concept(description.head, description.head_label), True, description.head
        return None

    def _organ_after(self) -> Concept | None:
        """A governing body named after a count in its clause: the count is of those in it ("3 koeriers in
        de raad van bestuur", "Vier koeriers maken deel uit van het bestuur")."""
        organs, forms = self.lex.organs, self.w.forms
        for i in range(self.end, self.clause_end):
            if (found := organs.match(forms, i, self.clause_end)) is not None:
                return found[0]
        return None

    def _organ(self) -> Concept | None:
        organs, forms = self.lex.organs, self.w.forms
        for i in range(self.f.start - 1, self.sent_start - 1, -1):
            if (found := organs.match(forms, i, self.f.start)) is not None:
                return found[0]
        return None

    # --- a measure: what it measures --------------------------------------------------------------------
    def _measured(self, default: str | None, aspects: set[str]) -> tuple[Concept, bool]:
        """What a measure measures (and whether its own words say so): the steps in the order they are tried,
        the first that finds it wins; with nothing of its own, an earlier figure's."""
        found = (self._measure_in_compound() or self._measure_before(aspects) or self._measure_after() or self._share_of(aspects)
                 or self._measure_near() or self._rate() or self._noun_after() or self._counted_in_percent()
                 or self._subject() or self._level_compared() or self._default(default))
        return found if found is not None else self._earlier_figure(aspects)

    def _measure_in_compound(self) -> tuple[Concept, bool] | None:
        """"1.240 vrijwilligersuren", "350 opleidingsuren": a unit written as one compound says what it measures in
        its first part, as "1.300 uur vrijwilligerswerk" does after the unit."""
        words = (self.f.unit_words or "").lower()
        split = measure_compound(words) if words.isalpha() else None
        if split is None:
            return None
        first = split[0]
        found = self.measures.word(first) or self.lex.nouns.word(first)
        return (found if found is not None else Concept(_lemma_of(first), first)), True

    def _measure_before(self, aspects: set[str]) -> tuple[Concept, bool] | None:
        """"een omzet van 2,1 miljoen euro"; "een stijging met bijna 12 %" is a change (an aspect)."""
        lex, forms = self.lex, self.w.forms
        j = self.f.start - 1
        if j - 1 >= self.clause_start and self.w.lower[j] in lex.measure_links | lex.change_links:
            if lex.change.word(forms[j - 1]) is not None:
                aspects.add(CHANGE)
            elif (self.w.lower[j] in lex.measure_links and self._content(j - 1) and (forms[j - 1] or "") not in lex.generic
                  and not self._aspect_word(j - 1)):
                found = self.measures.word(forms[j - 1]) or lex.nouns.word(forms[j - 1])
                if found is not None:
                    return found, True
                if not _verb(self.w.lower[j - 1]) and not self._adjective(j - 1):
                    word = self.w.lower[j - 1]
                    return Concept(_lemma_of(word), word), True
        return None

    def _measure_after(self) -> tuple[Concept, bool] | None:
        """"4,5 % dividend", "14.820 MWh groene stroom", "1,9 miljoen euro aan loonpremies"."""
        lex, forms = self.lex, self.w.forms
        for k in range(self.end, min(self.clause_end, self.end + _AFTER)):
            found = self.measures.match(forms, k, self.clause_end)
            if found is not None:
                self.noun_after = True
                return found[0], True
            if k == self.end and self.w.lower[k] in lex.amount_links:
                continue
            if not self._content(k) or not (self._adjective(k) or _verb(self.w.lower[k])):
                break
        return None

    def _share_of(self, aspects: set[str]) -> tuple[Concept, bool] | None:
        """"4 % van de winst", "78 % van de huurders": a share (an aspect) of the whole named after it."""
        if self.unit in _SHARE_UNITS:
            share = self._share() or self._share_of_antecedent()
            if share is not None:
                aspects.add(SHARE)
                return share, True
        return None

    def _measure_near(self) -> tuple[Concept, bool] | None:
        """"Het geplaatste kapitaal komt op 2.401.000 euro", "Het fonds besteedde 31.750 euro"."""
        found = self._nearest(self.measures)
        return (found, True) if found is not None else None

    def _rate(self) -> tuple[Concept, bool] | None:
        """"38 euro per uur", "1.629 uur per VTE": a rate of the noun after "per"."""
        k = self.end
        if k + 1 < self.clause_end and self.w.lower[k] in self.lex.rate_words and self._content(k + 1):
            word = self.w.lower[k + 1]
            return Concept(f"{self.w.lower[k]}_{_lemma_of(word)}", f"{self.w.lower[k]} {word}"), False
        return None

    def _noun_after(self) -> tuple[Concept, bool] | None:
        """"200 uur debatten": the noun right after the unit."""
        k, lex = self.end, self.lex
        if (k < self.clause_end and self._content(k) and not _verb(self.w.lower[k])
                and (self.w.forms[k] or "") not in lex.generic and not self._adjective(k)
                and not any(tuple(self.w.lower[k:k + len(p)]) == p for p in lex.change_after)):
            word = self.w.lower[k]
            self.noun_after = True
            return Concept(_lemma_of(word), _clean(self.doc[k].text) or word), True
        return None

    def _level_compared(self) -> tuple[Concept, bool] | None:
        """"De keuken draaide 1.730 uren, 120 uur minder dan in 2023": a difference with another year right after
        a level of its unit in its sentence measures what that level measures, not the unit's default."""
        if not self._comparison_words():
            return None
        for figure, description in reversed(self.before):
            if figure.number_start < self.sent_start:
                break
            if description.head != self.lex.number_concept and \
                    description.dimension == (self.unit_entry.dimension if self.unit_entry else None):
                return Concept(description.head, description.head_label), False
        return None

    def _counted_in_percent(self) -> tuple[Concept, bool] | None:
        """"Met twee extra koelwagens groeide het aantal maaltijden met 6,4 %": a percentage of the count a count
        word names in its clause (its compound's first part a qualifier, as the count's own key has it), not of
        the figure before it ("twee extra")."""
        if self.unit not in _SHARE_UNITS:
            return None
        found = self._noun_of_count_word(self.counted_qualifiers)
        return (found[0], True) if found is not None else None

    def _subject(self) -> tuple[Concept, bool] | None:
        """"De afschrijvingen bedroegen € 9.300", "De afschrijvingen op A, B en C klommen naar € 8.800": the
        noun after the article that opens the sentence, when a verb whose subject the amount measures stands
        between it and the figure (patterns/lexicon.yaml subject_verbs, or a word of change), not the quantity
        of the sentence before."""
        lower, start, lex = self.w.lower, self.sent_start, self.lex
        if not lex.subject_verbs or lower[start] not in lex.articles:
            return None
        noun = start + 1
        while noun < self.f.start and self._content(noun) and self._adjective(noun):
            noun += 1  # "De hogere afschrijvingen"
        if (noun >= self.f.start or not self._content(noun) or (self.w.forms[noun] or "") in lex.generic
                or _unit_word(lower[noun]) is not None):
            return None
        # the verb before any figure of the sentence ("De winkel haalde een omzet van 2,1 miljoen euro, een
        # stijging met 8 %": the change is the omzet's)
        first = next((i for i in range(noun + 1, self.f.start) if lower[i][:1].isdigit()), self.f.start)
        # a separable verb's particle may stand after the figure ("namen toe met 4,8 %")
        particles = [lower[j] for j in range(noun + 1, self.sent_end) if lower[j] in lex.particles]

        def moves(i: int) -> bool:  # "stegen": a verb of change moves its subject too
            verbs = [lemma(lower[i])] + [canonical(p + lemma(lower[i])) for p in particles]
            return lex.change.word(self.w.forms[i]) is not None or any(
                verb in lex.subject_verbs or lex.change.word(verb) is not None for verb in verbs)
        if not any(moves(i) for i in range(noun + 1, first)):
            return None
        word = lower[noun]
        found = self.measures.word(self.w.forms[noun]) or lex.nouns.word(self.w.forms[noun])
        if found is not None:
            return found, True
        name = (_clean(word) or word) if _verb(word) else _lemma_of(word)
        return Concept(name, _clean(self.doc[noun].text) or word), True

    def _default(self, default: str | None) -> tuple[Concept, bool] | None:
        """The unit's own quantity (patterns/lexicon.yaml units: default)."""
        if default is None:
            return None
        return self.lex.measures.word(default) or self.lex.nouns.word(default) or Concept(default, default), True

    def _earlier_figure(self, aspects: set[str]) -> tuple[Concept, bool]:
        """Nothing of its own: a change is one of the figure before it in its sentence ("16.190 MWh, +9,2 %"),
        another measure takes the quantity of the last figure of its dimension ("Voor 2022 stelt de raad 5 %
        voor"); a labelled figure takes its label ("Loonpremies maatwerk: 2,1 miljoen euro")."""
        if self.labelled:
            return self._fallback()
        dimension = self.lex.units.get(self.unit or "", None)
        changing = CHANGE in aspects or self._change()
        for figure, description in reversed(self.before):
            if not description.named:
                continue
            if changing and figure.number_start >= self.sent_start:
                return Concept(description.head, description.head_label), False
            if dimension is not None and description.dimension == dimension.dimension:
                return Concept(description.head, description.head_label), False
        if (named := self._measure_before_clause()) is not None:
            return named, False
        return self._fallback()

    def _measure_before_clause(self) -> Concept | None:
        """A clause that names nothing of its own measures what its sentence is about: the first quantity it
        names, its subject ("Het dividend volgt de wettelijke rentevoet en bedraagt ten hoogste 5 %", "Het
        dividend is beperkt, met een maximum van 5 %"); none where another figure stands before the clause."""
        if any(self.w.lower[i][:1].isdigit() for i in range(self.sent_start, self.clause_start)):
            return None  # another figure's words
        for i in range(self.sent_start, self.clause_start):
            if (found := self.measures.word(self.w.forms[i])) is not None:
                return found
        return None

    def _event(self) -> Concept | None:
        """What a count in "keer" counts where its clause says it with a verb the lexicon does not know: that
        verb's action, as a noun ("De gereedschappen werden 4.480 keer uitgeleend", "reserveerden onze leden 2.900
        keer een deelwagen": uitlening, reservering, patterns/lexicon.yaml event_nouns). The verb after the number
        first, else the one before it; never a verb of change ("steeg tot 350 keer") or a function word."""
        after = range(self.end, self.clause_end)
        before = range(self.f.start - 1, self.clause_start - 1, -1)
        for i in [*after, *before]:
            word = self.w.lower[i]
            if not self._content(i) or not _verb(word) or self._aspect_word(i) or word in self.lex.degree_words:
                continue
            form = self.w.forms[i]
            if self.lex.nouns.word(form) is not None:
                continue  # a counted noun that reads as a verb too ("leden")
            if self.measures.word(form) is not None:
                return None  # "vergaderde 11 keer": the lexicon's concept
            noun = self.lex.event_noun(lemma(word))
            return Concept(noun, noun) if noun is not None else None
        return None

    def _share(self) -> Concept | None:
        lower = self.w.lower
        for phrase in self.lex.share:
            k = self.end
            if tuple(lower[k:k + len(phrase)]) != phrase:
                continue
            k += len(phrase)
            while k < self.clause_end and self._content(k) and (self._adjective(k) or _verb(lower[k])):
                k += 1  # "van de aangesloten woningen": what it is a share of is the noun after the participle
            if k < self.clause_end:
                found = self.measures.match(self.w.forms, k, self.clause_end) or \
                    self.lex.nouns.match(self.w.forms, k, self.clause_end)
                if found is not None:
                    return found[0]
                word = self.w.lower[k]
                if (self._content(k) and not _verb(word) and (self.w.forms[k] or "") not in self.lex.generic
                        and (_unit_word(word) or "") not in self.lex.units):
                    return Concept(_lemma_of(word), _clean(self.doc[k].text) or word)
        return None

    def _share_of_antecedent(self) -> Concept | None:
        """"De winst wordt overgedragen; minstens 15 % ervan gaat naar het fonds": a share followed by a partitive
        pronoun is of the quantity named last before it in its sentence, else of the count before it in its
        sentence or the one before ("Er kwamen 64 cursisten. 20 % ervan vond werk")."""
        lower, k = self.w.lower, self.end
        if not any(tuple(lower[k:k + len(p)]) == p for p in self.lex.partitives):
            return None
        for i in range(self.f.start - 1, self.sent_start - 1, -1):
            found = self.lex.measures.word(self.w.forms[i]) or self.lex.nouns.word(self.w.forms[i])
            if found is not None:
                return found
        since = self.w.sentences[self.sent_start - 1][0] if self.sent_start > 0 else self.sent_start
        return next((Concept(d.head, d.head_label) for f, d in reversed(self.before)
                     if d.named and d.dimension is None and f.number_start >= since), None)

    def _nearest(self, table) -> Concept | None:
        """The concept of `table` nearest to the figure in its clause, separable verbs included."""
        forms = self.w.forms
        candidates = self._outside_figure(self.clause_start, self.clause_end)
        particles = [i for i in candidates if self.w.lower[i] in self.lex.particles]
        for i in self._by_distance(self.clause_start, self.clause_end):
            found = table.match(forms, i, self.clause_end)
            if found is not None:
                return found[0]
            if particles and forms[i] is not None:
                for p in particles:
                    if p != i and (concept := table.word(canonical(self.w.lower[p] + lemma(self.w.lower[i])))):
                        return concept
        return None

    def _by_distance(self, start: int, end: int) -> list[int]:
        inside = [i for i in range(start, end) if not self.f.start <= i < self.f.end]
        return sorted(inside, key=lambda i: (self.f.start - i if i < self.f.start else i - self.f.end + 1, i))

    def _sources(self, dimension: str) -> list[Concept]:
        """Where the quantity comes from, before it in its sentence but after the figure of its dimension
        before it ("De turbines haalden 15.230 MWh, de zonnepanelen 960 MWh")."""
        start = self.sent_start
        for figure, description in self.before:
            if figure.number_start >= self.sent_start and description.dimension == dimension:
                start = max(start, figure.end)
        for i in range(self.f.start - 1, start - 1, -1):
            found = self.lex.sources.match(self.w.forms, i, self.f.start)
            if found is not None:
                return [found[0]]
        return []

    # --- what qualifies it, and what it is beyond a level ------------------------------------------------------
    def _states(self, measured: bool) -> list[Concept]:
        lex, forms, lower = self.lex, self.w.forms, self.w.lower
        found: list[Concept] = []
        # the figure's own qualifier words qualify the number, not the thing: "minder dan 10 %" avoids nothing
        # nor do the words that compare it with another year: "12 minder dan vorig jaar" avoids nothing
        compared = self._comparison_words()
        tokens = [i for i in self._outside_figure(self.clause_start, self.clause_end)
                  if not self.f.start <= i < self.f.number_start and i not in compared]
        if self.f.start > self.clause_start and lower[self.f.start - 1] in lex.recipients:
            # "verhuurt 312 woningen aan 640 huurders": the clause's verb does not act on the huurders
            tokens = [i for i in tokens if self.f.start <= i < self.end]
        particles = [i for i in tokens if lower[i] in lex.particles]
        for i in tokens:
            if i + 1 < self.clause_end and self._adjective(i) and self._content(i + 1):
                continue  # "lid van de ondersteunende teams": it qualifies another noun
            concept = lex.state(lower[i], forms[i])
            if concept is None and particles and forms[i] is not None and lower[i] not in lex.particles:
                for p in particles:
                    # the particle before the verb's lemma, or before the verb as written: "sloten ... aan" is
                    # "aansloten" (aansluiten), where "sloten" alone reads as a plural noun
                    concept = lex.states.word(canonical(lower[p] + lemma(lower[i]))) \
                        or (lex.states.word(canonical(lower[p] + lower[i])) if self._closing_particle(p) else None)
                    if concept is not None:
                        break
            if concept is not None and (not measured or concept.name in lex.unit_states):
                found.append(concept)
        return found

    def _change(self) -> bool:
        lex, lower, forms = self.lex, self.w.lower, self.w.forms
        number = self.doc[self.f.number_start].text
        if number[:1] == "+":
            return True
        if (number[:1] == "−" or (number[:1] == "-" and number[1:2].isdigit())) and not self._money():
            return True  # an amount of money with a minus is a negative amount ("een resultaat van -1.250 euro")
        if self.f.number_start > 0 and lower[self.f.number_start - 1] == "+":
            return True
        j = self.f.start - 1
        if j >= self.clause_start and lower[j] in lex.change_links:
            if any(lex.change.word(forms[i]) or self._separable_change(i, j) for i in range(self.clause_start, j)):
                return True
        if any(tuple(lower[self.end:self.end + len(phrase)]) == phrase for phrase in lex.change_after_levels):
            return True  # "3.120 gebruikers, 410 meer dan vorig jaar"
        if self._compared_around_noun():
            return True  # "3 % meer maaltijden dan in 2024"
        if self.unit not in _SHARE_UNITS:
            return False  # "84.300 euro, tegenover 61.200 euro in 2022": two levels, no change
        for phrase in lex.change_after:
            for k in (self.end, self.end + 1):
                if tuple(lower[k:k + len(phrase)]) == phrase:
                    return True
        return False

    def _comparison_words(self) -> set[int]:
        """The places of the words right after the figure that make it a change against another year ("120 uur
        minder dan in 2023", "12 minder dan vorig jaar": patterns/lexicon.yaml aspects.change.after_levels)."""
        lower, end = self.w.lower, self.end
        for phrase in self.lex.change_after_levels:
            if tuple(lower[end:end + len(phrase)]) == phrase:
                return set(range(end, end + len(phrase)))
        return set()

    def _compared_around_noun(self) -> bool:
        """"We serveerden 3 % meer maaltijden dan in 2024", "900 meer pakketten dan vorig jaar": a phrase of
        change after a level (patterns/lexicon.yaml aspects.change.after_levels) with the counted noun between its
        first word and the rest (at most _NOUN_GAP words, no number or punctuation)."""
        lower, end = self.w.lower, self.end
        for phrase in self.lex.change_after_levels:
            if len(phrase) < 2 or end >= self.clause_end or lower[end] != phrase[0]:
                continue
            for gap in range(1, _NOUN_GAP + 1):
                at = end + 1 + gap
                between = lower[end + 1:at]
                if at > self.sent_end or not all(self._content(i) for i in range(end + 1, at)) \
                        or any(w[:1].isdigit() for w in between):
                    break
                if tuple(lower[at:at + len(phrase) - 1]) == phrase[1:]:
                    return True
        return False

    def _money(self) -> bool:
        return self.unit_entry is not None and self.unit_entry.dimension in self.lex.money_dimensions

    def _separable_change(self, i: int, end: int) -> bool:
        """A verb of change split from its particle in the clause: "nam ... toe met 5,2 %" (toenemen)."""
        lower = self.w.lower
        return any(lower[p] in self.lex.particles and p != i and self.lex.change.word(canonical(lower[p] + lemma(lower[i])))
                   is not None for p in range(self.clause_start, end))

    def _aspects(self) -> set[str]:
        lex, lower = self.lex, self.w.lower
        aspects: set[str] = set()
        if self._change():
            aspects.add(CHANGE)
        before = lower[self.clause_start:self.f.number_start]
        if _contains_any(before, lex.maximum):
            aspects.add(MAXIMUM)
        elif self.f.qualifier == "at_most" and any(word in lex.negations for word in before):
            aspects.add(MAXIMUM)  # "niemand kan meer dan 20 aandelen nemen": a ceiling (the negation turned it)
        if self.target():
            aspects.add(TARGET)  # "ons doel is 60 vrijwilligers": what the text aims at, not what it counted
        start, end = self._semicolon_clause()  # "12 woningen; sinds de oprichting al 85": the cue is the 85's
        cumulative = self.w.cumulative.get(start)
        if cumulative is None:
            cumulative = self.w.cumulative[start] = _contains_any(lower[start:end], lex.cumulative)
        if cumulative and not cue_of_a_later_figure(lower, self.sent_start, self.sent_end, self.end, lex.cumulative):
            aspects.add(CUMULATIVE)
        return aspects

    def _semicolon_clause(self) -> tuple[int, int]:
        """The tokens of the figure's sentence between the semicolons around it."""
        lower, start, end = self.w.lower, self.sent_start, self.sent_end
        for i in range(self.f.number_start - 1, start - 1, -1):
            if lower[i] == ";":
                start = i + 1
                break
        for i in range(self.f.number_start, end):
            if lower[i] == ";":
                return start, i
        return start, end

    def target(self) -> bool:
        """Whether the figure is a target, not the quantity reached (patterns/lexicon.yaml aspects.target): a word
        of aim before it in its clause ("Ons doel is 60 vrijwilligers", "We mikken op 500 leden") or as the run-in
        label that opens its sentence ("Streefcijfer: 1.200 ritten"; `_names_an_aim`); or a word of intent before
        it, with a verb
        of reaching in its clause ("We willen groeien naar 15 medewerkers", "we hopen 600 leden te bereiken") or a
        deadline before a year ("Tegen 2026 willen we 40 woningen")."""
        aim, lower = self.lex.target, self.w.lower
        colon = self._run_in_colon()
        if colon is not None and colon < self.f.start:
            if self._names_an_aim(self.sent_start, colon):
                return True
            before = lower[max(self.clause_start, colon + 1):self.f.number_start]  # the label is no clause of it
        else:
            before = lower[self.clause_start:self.f.number_start]
        if _contains_any(before, aim.words):
            # the aim is the figure, unless a verb other than a link stands between ("Het doel werd gehaald: 30
            # workshops" counts what was done)
            last = max(i for i, word in enumerate(before) if (word,) in aim.words)
            return not any(_verb(word) and (word,) not in aim.links for word in before[last + 1:])
        if not _contains_any(before, aim.intents):
            return False
        clause = lower[self.clause_start:self.clause_end]
        return _contains_any(clause, aim.reach) or any(
            tuple(clause[i:i + len(deadline)]) == deadline and numbers.is_year(clause[i + len(deadline)])
            for deadline in aim.deadlines for i in range(len(clause) - len(deadline)))

    def _names_an_aim(self, start: int, end: int) -> bool:
        """Whether a run-in label says only that what follows is an aim: a word of aim with function words and
        years ("Streefcijfer:", "Ons doel voor 2025:"), not a label of its own that names one ("Doelstelling 3:
        betaalbaar wonen", "Doel van de rit: 12 scholen")."""
        words = self.w.lower[start:end]
        aims = [w for w in words if (w,) in self.lex.target.words]
        return bool(aims) and all((w,) in self.lex.target.words or w in self.stop or numbers.is_year(w)
                                  for w in words)

    def _aspect_word(self, i: int) -> bool:
        """A word that says how a figure moved or what it bounds, never what it is: "De kosten stegen tot
        € 23.400" measures the costs, "met een maximum van 5 %" a ceiling of what the sentence names."""
        return self.lex.change.word(self.w.forms[i]) is not None or (self.w.lower[i],) in self.lex.maximum

    def _complement_of(self, i: int, nouns: frozenset[int]) -> bool:
        """Whether word `i` is in a phrase opened by a measure link ("van") right after another of `nouns`
        before the figure (function words between them)."""
        if i > self.f.start:
            return False
        k = i - 1
        while k >= self.clause_start and not self._content(k) and self.w.lower[k] not in self.lex.measure_links:
            k -= 1
        if k < self.clause_start or self.w.lower[k] not in self.lex.measure_links:
            return False
        k -= 1
        while k >= self.clause_start and not self._content(k):
            k -= 1
        return k in nouns

    def _fallback(self) -> tuple[Concept, bool]:
        """The nearest content word of the clause that is no unit, a noun before a verb or an adjective:
        never the unit alone."""
        candidates = [i for i in self._by_distance(self.clause_start, self.clause_end)
                      if self._content(i) and (self.w.forms[i] or "") not in self.lex.generic
                      and (_unit_word(self.w.lower[i]) or "") not in self.lex.units
                      and self.w.lower[i] not in self.lex.degree_words and not self._aspect_word(i)]
        nouns = [i for i in candidates if not self._adjective(i) and (
            not _verb(self.w.lower[i]) or (i > self.clause_start and self.w.lower[i - 1] in self.lex.articles))]
        # a noun after "van" that follows another noun qualifies that one: "Het ziekteverzuim van de monteurs
        # steeg tot 4,1 %" measures the ziekteverzuim
        heads = frozenset(nouns)
        nouns.sort(key=lambda i: self._complement_of(i, heads))
        for i in nouns or candidates:
            word = self.w.lower[i]
            # a noun whose lemma reads as a verb ("het verzuim" -> verzuimen) keeps its own form
            name = (_clean(word) or word) if i in nouns and _verb(word) else _lemma_of(word)
            return Concept(name, _clean(self.doc[i].text) or word), False
        return Concept(self.lex.number_concept, self.lex.number_concept), False


@cache
def _counted_concepts() -> frozenset[str]:
    """The concepts of things counted (patterns/lexicon.yaml nouns)."""
    return frozenset(concept.name for concept in lexicon().nouns.phrases.values())


_LABEL_MARKS = frozenset({":"})  # "Omzet: 2,6 miljoen euro": the words before it name the figure


def cue_of_a_later_figure(lower: list[str], start: int, end: int, after: int,
                          cues: tuple[tuple[str, ...], ...]) -> bool:
    """Every cue of the sentence [start, end) stands after the figure that ends at `after`, with a number (no
    year) after it: the cue is that later figure's ("Vijf cursisten vonden werk, en daarmee loopt het totaal
    sinds de start op tot 19": the 19 is counted since the start, the five are this year's)."""
    found = [i for i in range(start, end) for cue in cues if cue and tuple(lower[i:i + len(cue)]) == cue]
    return bool(found) and all(i >= after and any(word[:1].isdigit() and not numbers.is_year(word)
                                                  for word in lower[i:end]) for i in found)


def _contains_any(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    present = set(words)
    for phrase in phrases:
        if all(word in present for word in phrase):
            n = len(phrase)
            if any(tuple(words[i:i + n]) == phrase for i in range(len(words) - n + 1)):
                return True
    return False


def _unit_word(word: str) -> str | None:
    """The unit a word names: a code of units.yaml, or a unit the lexicon knows by its word ("MWh")."""
    return unit_of_word(word) or (word if word in lexicon().units else None)


def _verb(word: str) -> bool:
    """A form of a verb: its lemma is an infinitive other than the word ("traden" -> treden, "gegeven" ->
    geven); a plural noun in -s ("huishoudens") is none."""
    found = lemma(word)
    return found != word and found.endswith("en") and not word.endswith(("s", "'s", "’s"))


def _lemma_of(word: str) -> str:
    cleaned = _clean(word) or word
    found = lemma(cleaned)
    if found == cleaned and cleaned.endswith("'s") and len(cleaned) > 3:
        return lemma(cleaned[:-2])  # a plural in 's the lemmatiser does not know ("café's"): its stem
    return found


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9à-ÿ]+", "_", text.lower()).strip("_") or lexicon().number_concept


_BRACKETED = re.compile(r"\([^)]*\)|\[[^]]*\]")
_LABEL_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def describe_label(label: str, parent: str | None = None, unit: str | None = None,
                   total: bool = False, column: str | None = None, signed: bool = False) -> Description:
    """The description of a figure in a table cell, from its row's label and the label of its parent row
    ("Verhuurde woningen" -> woning.in_beheer, "Aantal leden" -> vennoot, "Huurinkomsten" in euro ->
    huurinkomst_euro, "Vrouwen" under "Werknemers" -> vrouw.werknemer), the same words giving the same key
    as in running text where the lexicon knows them. `unit` is the cell's unit (its dimension closes the
    first part of the key, as for a measured figure in a sentence). A total row that names what it totals ("Totaal
    activa" under "Vlottende activa") is not of its parent. A cell under a column header that names a change
    ("Evolutie", "Verschil"), or written with a plus ("+9,1 %"), is the row's change, not its level."""
    lex = lexicon()
    measure = lex.units.get(unit or "") or lex.units.get((unit or "").lower())
    dimension = measure.dimension if measure is not None else None
    named = _label_unit(label)
    words = named[1] if named is not None and unit is not None and named[0] == unit else label
    head, qualifiers, aspects = _label_parts(words, lex, dimension)
    if signed or (column and CHANGE in _label_parts(column, lex)[2]):
        aspects.add(CHANGE)
    if parent and (head is None or not total):
        parent_head, _, _ = _label_parts(parent, lex, dimension)
        if head is None:
            head = parent_head  # "Totaal" under "Werknemers": the workers in all
        elif parent_head is not None and parent_head.name != head.name:
            qualifiers.append(parent_head)
    if head is None and measure is not None and measure.default is not None:
        head = lex.measures.word(measure.default) or lex.nouns.word(measure.default) \
            or Concept(measure.default, measure.default)
        # "Voltijds equivalenten", "Gereden kilometers": what the unit measures, as of "64,8 VTE" in a sentence
    if head is None:
        head = Concept(lex.number_concept, lex.number_concept)
    _, _, key = _key_of(head, qualifiers, dimension, aspects, lex)
    return Description(key, label.strip(), head.name, head.label, dimension, True)


def _label_parts(label: str, lex: Lexicon, dimension: str | None = None
                 ) -> tuple[Concept | None, list[Concept], set[str]]:
    """What a row label names, the words that qualify it, and its aspects (a change, a total since the start).
    What it names is the last noun of its first group of content words ("Materiële vaste activa", "Liquide
    middelen", "Verkochte pakketten"; "Subsidies van de provincie"), a word or phrase the lexicon knows there
    first ("Resultaat van het boekjaar"); a label that opens with a count or total word skips it ("Aantal
    leden", "Totaal vlottende activa")."""
    elided, label = _elided_parts(_BRACKETED.sub(" ", label).lower())
    words = _LABEL_WORD.findall(label)
    stop = stop_words()
    forms = [canonical(w) for w in words]
    aspects: set[str] = set()
    if _contains_any(words, lex.cumulative):
        aspects.add(CUMULATIVE)
    if _contains_any(words, lex.maximum):
        aspects.add(MAXIMUM)

    if _contains_any(words, lex.target.words):
        aspects.add(TARGET)  # "Streefcijfer leden": the target, not the members counted

    phrased: set[int] = set()  # the words of "sinds de start", "maximaal": an aspect, never what is named
    for phrase in (*lex.cumulative, *lex.maximum, *lex.target.words):
        for i in range(len(words) - len(phrase) + 1):
            if tuple(words[i:i + len(phrase)]) == phrase:
                phrased |= set(range(i, i + len(phrase)))

    def content(i: int) -> bool:
        w = words[i]
        return (i not in phrased and w not in stop and len(w) > 1 and forms[i] not in lex.generic and forms[i] not in lex.count_words
                and (_unit_word(w) or "") not in lex.units and numbers.parse_words([w]) is None)

    first = next((i for i in range(len(words)) if content(i)), len(words))
    group_end = first
    while group_end < len(words) and content(group_end):
        group_end += 1
    head: Concept | None = None
    used: set[int] = set()
    for i in range(first, group_end):  # the last phrase of the lexicon that starts in the first group
        found = lex.nouns.match(forms, i, len(words)) or lex.measures_in(dimension).match(forms, i, len(words))
        if found is not None and lex.change.word(forms[i]) is None:
            head, used = found[0], set(range(i, i + found[1]))
    if head is None and group_end > first:
        last = group_end - 1
        while last > first and lex.change.word(forms[last]) is not None:
            last -= 1
        if lex.change.word(forms[last]) is None:
            compound = lex.compound(words[last]) or _hyphenated(words[last], lex)
            head = compound[0] if compound is not None else Concept(_lemma_of(words[last]), words[last])
            used = {last}
            qualifiers = [compound[1]] if compound is not None else []
        else:
            qualifiers = []
    else:
        qualifiers = []
    for phrase in (*lex.cumulative, *lex.maximum, *lex.target.words):  # "sinds de start": an aspect, not a qualifier
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if tuple(words[i:i + n]) == phrase:
                used |= set(range(i, i + n))
    for i in range(len(words)):
        if i in used or not content(i):
            continue
        if lex.change.word(forms[i]) is not None:
            aspects.add(CHANGE)
            continue
        qualifiers.append(lex.state(words[i], forms[i]) or Concept(_lemma_of(words[i]), words[i]))
    return head, qualifiers + elided, aspects


@cache
def _elided_part() -> re.Pattern[str]:
    """A first part of a compound that leaves its head to the compound after it, with the noun link after it
    (patterns/units.yaml noun_links): "keuken- en " of "Keuken- en zaalmedewerkers", "keuken-, " of "Keuken-,
    zaal- en afwasmedewerkers"."""
    from extractor.figures.quantities import _lexicon as _units_lexicon  # the noun links, as a sentence's count

    links = "|".join(re.escape(link) if not link[:1].isalpha() else rf"{re.escape(link)}\b"
                     for link in sorted(_units_lexicon().noun_links, key=len, reverse=True))
    return re.compile(rf"\b([^\W\d_]+)-\s*(?:{links})\s*(?=[^\W\d_])")


def _elided_parts(label: str) -> tuple[list[Concept], str]:
    """The first parts of compounds a row label writes before the compound whose head they share ("Keuken- en
    zaalmedewerkers": keuken; "Keuken-, zaal- en afwasmedewerkers": keuken, zaal), as qualifiers of what the
    last compound counts, and the label without them ("zaalmedewerkers"), as "9 keuken- en zaalmedewerkers"
    reads in a sentence."""
    parts = [Concept(_lemma_of(m.group(1)), m.group(1)) for m in _elided_part().finditer(label)]
    return parts, _elided_part().sub(" ", label) if parts else label


def _hyphenated(word: str, lex: Lexicon) -> tuple[Concept, Concept] | None:
    """A word whose hyphen sets a kind before a counted noun ("Gebruikers-leden", "Smart-leden"): that noun,
    qualified by the kind, as the same word in a sentence counts it ("316 gebruikers-leden"), also where the
    lexicon takes the noun for no head of a compound written as one word ("gezinsleden")."""
    modifier, _, tail = word.rpartition("-")
    if len(modifier) < lex.compound_parts[1] or not tail:
        return None
    found = lex.nouns.word(canonical(tail)) or lex.nouns.word(tail)
    return (found, Concept(modifier, modifier)) if found is not None else None


def label_unit(label: str) -> str | None:
    """The unit of measure a row label names as a word of its own ("Voltijds equivalenten": FTE, "Gereden
    kilometers"), the unit a figure written with that word would take; None where the label names a counted
    thing ("Leden") or no unit."""
    found = _label_unit(label)
    return found[0] if found is not None else None


def _label_unit(label: str) -> tuple[str, str] | None:
    """The unit of measure a row label names and the label without its words ("Gereden kilometers": km,
    "Gereden")."""
    from extractor.figures.quantities import _lexicon as _units_lexicon  # the unit words of patterns/units.yaml

    units = _units_lexicon().units
    matches = list(_LABEL_WORD.finditer(_BRACKETED.sub(" ", label)))
    words = [m.group(0).lower() for m in matches]
    longest = max((len(phrase) for phrase in units), default=1)
    for i in range(len(words)):
        for n in range(min(longest, len(words) - i), 0, -1):
            code = units.get(tuple(words[i:i + n])) or (words[i] if n == 1 else None)
            if code is not None and measured(code):
                rest = _BRACKETED.sub(" ", label)
                return code, (rest[:matches[i].start()] + " " + rest[matches[i + n - 1].end():]).strip()
    return None


def measured(unit: str) -> bool:
    """A unit that measures (euro, %, MWh, km): what is measured is said by other words than the unit."""
    lex = lexicon()
    return unit in lex.units or unit.lower() in lex.units


def _key_of(head: Concept, qualifiers: list[Concept], dimension: str | None, aspects: set[str],
            lex) -> tuple[dict[str, Concept], list[str], str]:
    """A figure's key from its head concept, its qualifiers (each once, the head's own left out), its dimension
    and its aspects: (the qualifiers by slug, the aspects in their order, the key)."""
    seen: dict[str, Concept] = {}
    for q in qualifiers:
        if q.name != head.name:
            seen.setdefault(_slug(q.name), q)
    head_slug = _slug(head.name)
    first = head_slug if dimension is None or dimension == head_slug else f"{head_slug}_{dimension}"
    ordered = [a for a in ASPECTS if a in aspects]
    return seen, ordered, ".".join([first, *sorted(seen), *(lex.aspect_names[a] for a in ordered)])
