"""What the language tools build at start-up, kept in the cache folder (`cache.startup_store()`), so that a
process loads it instead of building it again: spaCy's Dutch tokenizer, and the lemmas of the words met.

- The tokenizer: spaCy's own serialisation (`Tokenizer.to_bytes`, without the vocabulary, which is built
  the same way in every process), keyed like the results (`cache.code_fingerprint()`: spaCy's version and
  this tool's code). Loading it skips spaCy's configuration and the building of its affix rules; its
  special cases, which spaCy adds one by one (a third of a second), are added as texts need them
  (extractor/nlp/special_cases.py).
- The lemmas: simplemma's answer for each word this machine has lemmatised, in one table keyed on
  simplemma's version, filled as words are met and written back when the process ends. A word not in the
  table is lemmatised by simplemma as before; its Dutch dictionary (decoded from its compressed file, about
  half a second) is kept decoded beside the table, so that even a miss costs a tenth of that.

An entry that cannot be read, is damaged or comes from another version is a miss: built as before, and
rewritten; a cache folder that cannot be written costs only the time. Results are identical either way
(tests/test_nlp_cache.py).
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import sys
from collections.abc import Callable, Mapping
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from extractor.runtime import cache as store_of

if TYPE_CHECKING:
    from spacy.language import Language

LANGUAGE = "nl"
_TOKENIZER_PARTS = ("vocab",)  # left out of the tokenizer's entry: every process builds the same vocabulary
_SPECIAL_CASES = "exceptions"  # the part of the entry that holds them (spaCy's name)


# ------------------------------------------------------------------------------------------- tokenizer

def blank_pipeline() -> Language:
    """spaCy's blank Dutch pipeline, its tokenizer loaded from the cache when an entry is there, else built
    by spaCy (`spacy.blank`) and stored."""
    store = store_of.startup_store()
    entry = store_of.key("tokenizer", LANGUAGE, store_of.code_fingerprint()) if store is not None else None
    data = store.get_bytes(entry) if store is not None else None
    if data is not None:
        nlp = _loaded_pipeline(data)
        if nlp is not None:
            return nlp
    nlp = build_pipeline()
    if store is not None:
        store.put_bytes(entry, nlp.tokenizer.to_bytes(exclude=_TOKENIZER_PARTS))
    return nlp


def build_pipeline() -> Language:
    """The pipeline as spaCy builds it, tokenizer rules and all, and one infix of our own: a number glued to
    the word after it by a slash or a semicolon is two tokens ("€107/stuk", a price per unit;
    "€890;gesubsidieerd": an amount and the next item of a list, U+037E read as ";" by NFC). spaCy splits a
    slash between letters only, and a semicolon not at all inside a word, so the number was lost."""
    import spacy
    from spacy.util import compile_infix_regex

    nlp = spacy.blank(LANGUAGE)
    infixes = list(nlp.Defaults.infixes or ()) + [_NUMBER_THEN_WORD]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


_NUMBER_THEN_WORD = r"(?<=[0-9])(?<![^\W\d_][0-9])[/;](?=[^\W\d_]{2})"  # not after a unit's digit: "m2/jaar", "CO2/kWh"


def _loaded_pipeline(data: bytes) -> Language | None:
    """The language's pipeline around an empty tokenizer, filled from `data` but for the special cases, which
    are added as texts need them (extractor/nlp/special_cases.py); None when `data` does not load."""
    import srsly
    from spacy.tokenizer import Tokenizer
    from spacy.util import get_lang_class

    from extractor.nlp.special_cases import OnDemand

    nlp = get_lang_class(LANGUAGE)(create_tokenizer=lambda nlp: Tokenizer(nlp.vocab))
    try:
        parts = srsly.msgpack_loads(data)
        rules = parts.pop(_SPECIAL_CASES)
        nlp.tokenizer.from_bytes(srsly.msgpack_dumps(parts), exclude=_TOKENIZER_PARTS)
        nlp.tokenizer = OnDemand(nlp.tokenizer, rules)
    except Exception:  # noqa: BLE001 - an entry of another spaCy, or damaged in a way the checksum missed
        return None
    return nlp


# ---------------------------------------------------------------------------------------------- lemmas

class LemmaTable:
    """simplemma's lemma of every word looked up, those of earlier runs loaded from the store."""

    def __init__(self, lemmatise: Callable[[str], str], store: store_of.Cache | None, entry: str | None) -> None:
        self._lemmatise = lemmatise
        self._store = store
        self._entry = entry
        self.known: dict[str, str] = _read_table(store, entry)
        self.new: dict[str, str] = {}

    def lemma(self, word: str) -> str:
        found = self.known.get(word)
        if found is None:
            found = self.known[word] = self.new[word] = self._lemmatise(word)
        return found

    def save(self) -> None:
        """Write the table back when words were added, with what another process wrote meanwhile."""
        if self._store is None or not self.new:
            return
        table = _read_table(self._store, self._entry)
        table.update(self.new)
        self._store.put_bytes(self._entry, marshal.dumps(table))
        self.known.update(table)
        self.new = {}


def _read_table(store: store_of.Cache | None, entry: str | None) -> dict[str, str]:
    data = store.get_bytes(entry) if store is not None and entry else None
    if data is None:
        return {}
    try:
        table = marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return {}
    if not isinstance(table, dict):
        return {}
    return {word: lemma for word, lemma in table.items() if isinstance(word, str) and isinstance(lemma, str)}


def _simplemma_version() -> str:
    try:
        return metadata.version("simplemma")
    except metadata.PackageNotFoundError:
        return "-"


@cache
def lemmas() -> LemmaTable:
    """This process's table (written back when the process ends)."""
    store = store_of.startup_store()
    entry = store_of.key("lemmas", LANGUAGE, _simplemma_version(), str(marshal.version), sys.version) \
        if store is not None else None
    table = LemmaTable(lambda word: _lemmatiser()(word), store, entry)
    if store is not None:
        atexit.register(_save_quietly, table)
    return table


def _save_quietly(table: LemmaTable) -> None:
    """At exit: a cache that cannot be written, or a second Ctrl-C while it is, only loses the new words."""
    try:
        table.save()
    except BaseException:  # noqa: BLE001 - the process is ending; the table is only a cache
        pass


@cache
def _lemmatiser() -> Callable[[str], str]:
    """simplemma's `lemmatize(word, lang="nl")`: the same strategy, over its Dutch dictionary loaded decoded
    from the store when there (else decoded by simplemma, then stored)."""
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy

    lemmatizer = Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=_Dictionaries()))
    return lambda word: lemmatizer.lemmatize(word, lang=LANGUAGE)


class _Dictionaries:
    """A simplemma dictionary factory (its `DictionaryFactory` protocol) that keeps the decoded dictionary
    in the store."""

    def __init__(self) -> None:
        self._loaded: dict[str, Mapping[str, str]] = {}

    def get_dictionary(self, lang: str) -> Mapping[str, str]:
        if lang not in self._loaded:
            self._loaded[lang] = _dictionary(lang)
        return self._loaded[lang]


def _dictionary(lang: str) -> Mapping[str, str]:
    from simplemma.strategies.dictionaries import DEFAULT_DICTIONARY_FACTORY

    return store_of.startup_table(("simplemma dictionary", lang, _simplemma_version(), _data_digest(lang)),
                                  lambda: dict(DEFAULT_DICTIONARY_FACTORY.get_dictionary(lang).items()))


def _data_digest(lang: str) -> str:
    """The digest of simplemma's data file of `lang` (when it is where simplemma 2 keeps it)."""
    import simplemma

    path = Path(simplemma.__file__).parent / "strategies" / "dictionaries" / "data" / f"{lang}.plzma"
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "-"
