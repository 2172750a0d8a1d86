"""The spaCy pipeline: a blank Dutch tokenizer and a sentencizer, built once per process.

No trained model is needed or loaded; every rule on top of the tokens comes from patterns/. Blocks go
through `nlp.pipe` in batches.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import cache
from itertools import compress

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span


@cache
def pipeline() -> Language:
    """spaCy's blank Dutch pipeline and a sentencizer, built once per process; the tokenizer comes from the
    cache folder when it is there (extractor/nlp/startup_cache.py)."""
    from extractor.nlp.startup_cache import blank_pipeline

    nlp = blank_pipeline()
    nlp.add_pipe("sentencizer")
    return nlp


# spaCy refuses a text over nlp.max_length (1,000,000 characters, error E088) and its memory grows with a
# text's length: a longer block is cut into pieces of at most this many characters, each cut just after a
# space (a sentence end where one is near), and the pieces' Docs joined into one with the text unchanged.
PIECE_CHARS = 100_000


# spaCy's tokenizer takes suffixes off a word one at a time, searching the whole rest of the word each time:
# time grows with the square of a word's length (20,000 "_" in a row took a minute). A run of this many
# characters without a space is no word: it is one token, made here.
LONG_RUN = re.compile(r"\S{200,}")


def analyse(texts: Iterable[str]) -> list[Doc]:
    nlp = pipeline()
    texts = list(texts)
    if all(len(text) <= PIECE_CHARS and not LONG_RUN.search(text) for text in texts):
        return list(nlp.pipe(texts, batch_size=256))
    return [nlp(text) if len(text) <= PIECE_CHARS and not LONG_RUN.search(text) else _in_pieces(nlp, text)
            for text in texts]


def _in_pieces(nlp: Language, text: str) -> Doc:
    """The Doc of a long text, or of one with a run of characters without a space: tokenized piece by piece
    (each run one token), joined, then split into sentences as a whole."""
    docs: list[Doc] = []
    for piece in pieces_of(text, PIECE_CHARS):
        last = 0
        for run in LONG_RUN.finditer(piece):
            if run.start() > last:
                docs.append(nlp.make_doc(piece[last:run.start()]))
            docs.append(Doc(nlp.vocab, words=[run.group()], spaces=[False]))
            last = run.end()
        if last < len(piece):
            docs.append(nlp.make_doc(piece[last:]))
    doc = Doc.from_docs(docs, ensure_whitespace=False) if len(docs) > 1 else docs[0]
    if doc.text != text:  # a guard of the contract: every character where it was
        raise AssertionError("joining the pieces of a long block changed its text")
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def pieces_of(text: str, size: int) -> list[str]:
    """`text` cut into pieces of at most `size` characters that join back into it: each cut after a
    sentence end and its space when there is one in the last quarter of the piece, else after the last space,
    else (a run with no space at all) at `size`."""
    pieces, start = [], 0
    while len(text) - start > size:
        end = start + size
        window = text.rfind(". ", end - size // 4, end)
        if window != -1:
            cut = window + 2
        else:
            space = text.rfind(" ", start + 1, end)
            cut = space + 1 if space != -1 else end
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


_LOWER_KEY = "extractor.lower"


def lower_words(doc: Doc) -> list[str]:
    """The lower-case text of every token of `doc`, made once per Doc (several recognisers walk it; each
    walk over a Doc makes a Token object per token). Read it, never change it."""
    words = doc.user_data.get(_LOWER_KEY)
    if words is None:  # from the tokens' LOWER ids, read at once: no Token object is made
        strings = doc.vocab.strings
        words = doc.user_data[_LOWER_KEY] = [strings[key] for key in doc.to_array(LOWER).tolist()]
    return words



def digit_tokens(doc: Doc) -> list[int]:
    """The indices of the tokens of `doc` that hold a digit (str.isdigit), in order, found once per Doc: a
    recogniser of numbers tests only these, not every token (a token of letters holds none). Lower case keeps
    every digit and makes none, so these are the tokens whose text holds one too."""
    found = doc.user_data.get(_DIGITS_KEY)
    if found is None:
        found = doc.user_data[_DIGITS_KEY] = [i for i, word in enumerate(lower_words(doc))
                                              if not word.isalpha() and any(ch.isdigit() for ch in word)]
    return found


_DIGITS_KEY = "extractor.digit_tokens"


def letter_words(doc: Doc) -> list[str]:
    """The lower-case words of `doc` made of letters only (str.isalpha), in order, picked out once per Doc in
    one pass: the finders of noise and of garbled or foreign text each judge a block by them. Read it, never
    change it."""
    found = doc.user_data.get(_LETTERS_KEY)
    if found is None:
        words = lower_words(doc)
        found = doc.user_data[_LETTERS_KEY] = list(compress(words, map(str.isalpha, words)))
    return found


_LETTERS_KEY = "extractor.letter_words"


def word_set(doc: Doc) -> frozenset[str]:
    """The distinct lower-case words of `doc`, made once per Doc: a cheap test before running a Matcher."""
    words = doc.user_data.get(_SET_KEY)
    if words is None:
        words = doc.user_data[_SET_KEY] = frozenset(lower_words(doc))
    return words


_SET_KEY = "extractor.words"


def sentence_of(doc: Doc, i: int) -> Span:
    """The sentence of token i: `doc[i].sent`, from the Doc's sentences found once (Token.sent looks for the
    edges of its sentence anew on every call, and asks first whether the Doc has any, token by token: a
    figure's recognisers ask for its sentence a dozen times)."""
    found = doc.user_data.get(_SENTENCES_KEY)
    if found is None:
        spans = list(doc.sents)
        found = doc.user_data[_SENTENCES_KEY] = ([span.start for span in spans], spans)
    starts, spans = found
    return spans[bisect_right(starts, i) - 1]


_SENTENCES_KEY = "extractor.sentences"


@cache
def stop_words() -> frozenset[str]:
    """spaCy's Dutch function words: words that never name what a figure counts."""
    return frozenset(pipeline().Defaults.stop_words)


@cache
def lemma(word: str) -> str:
    """The dictionary form of a lower-case Dutch word ("windturbines" -> windturbine, "traden" -> treden).

    simplemma's Dutch tables, installed with the package and read offline, once per process on first use;
    chosen over spaCy's lookup tables (spacy-lookups-data) because it knows the irregular plurals those miss
    ("gezinnen", "kinderen", "scholen", "bedrijven", "werkdagen") and weighs 19 MB against 99 MB. Its marks
    of a separable verb ("uit_geven") are dropped. Its answers are kept in the cache folder
    (extractor/nlp/startup_cache.py): a word met before costs no dictionary at all."""
    from extractor.nlp.startup_cache import lemmas

    if not word.strip():  # nothing to look up: the lemmatiser refuses an empty word ("voltijds-" split at its hyphen)
        return word
    return lemmas().lemma(word).replace("_", "").lower()
