"""How well a PDF's text layer can be read, page by page, and in what language.

A text layer can look whole and be garbage: a font with its own encoding gives "fà|v{à|Çz VâÜxÇt" for
"Stichting Curena" and "89FGHIJ;H:" for an amount; a font whose ligatures have no Unicode mapping drops them
("geac veerd" for "geactiveerd", "CO-concentra e"); a glyph with no Unicode at all is U+FFFD or "(cid:12)".
Each page is measured:

    dutch     the share of its words (two letters or more) that simplemma's Dutch dictionary knows (a kept
              lemmatiser, already used for the keys, read offline), or that are compounds of words it knows
              ("arbeidskosten", "funderingsconstructies": Dutch writes compounds as one word, and the
              dictionary holds few of them) unless a line of the page is a font's noise ("fà|v{à|Çz
              VâÜxÇt"): there the garbled fragments are no evidence of compounds, and the dictionary's own
              words are the measure; a unit after a number ("7.72 hr", "38x89 mm", "12 m²") is no word
    foreign   the share its French dictionary knows, for a page that is not Dutch
    unmapped  glyphs without Unicode
    gaps      letters missing at a ligature's place: two fragments that make a Dutch word with "ti", "fi",
              "fl", "ff", "ft" or "tt" between them, and are no words themselves

A page below the bar gets a warning that names it (`text.garbled`, `text.ligatures`, `text.language`);
the figures of its garbled or foreign passages are withheld (extractor/non_figures/garbled.py, which reads the
same measures per block).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from extractor.document.model import Document, Location, Notice

_WORD = re.compile(r"[^\W\d_]{2,}")
_FRAGMENTS = re.compile(r"([^\W\d_]+)[ \x00]([^\W\d_]+)")
# a unit or abbreviation of at most three letters right after a number: "7.72 hr", "38x89 mm", "12 m²"
_UNIT = re.compile(r"(?<=\d)\s?[^\W\d_]{1,3}(?![^\W\d_])")
_UNMAPPED = re.compile(r"\ufffd|\(cid:\d+\)|\x00")  # pdfplumber gives NUL for a glyph it cannot map
LIGATURES = ("ti", "fi", "fl", "ff", "ft", "tt", "ffi", "ffl", "tti")
# characters no word or number of a text is made of, but a font with its own encoding gives: "89:;::",
# '!"#"$%&"'()*"&+,-.)(()$/-$0'; a chunk (between spaces) with two of them (one of the first set) is noise
_NOISE = frozenset('!"#$&*;<=>?@[\\]^{|}~')
_NOISE_TOO = _NOISE | frozenset(":+")
_ANY_NOISE = re.compile("[" + re.escape("".join(sorted(_NOISE))) + "]")
NOISE_SHARE = 0.3  # of a line's chunks that are noise: at or above it, the line is garbled
COMPOUND_PART = 3  # letters a part of a compound has at least ("bouw|kosten", "damp|open")
LINKS = ("", "s", "e", "en")  # what joins the parts of a Dutch compound: "arbeid-s-kosten", "hoofd-en-pijn"
MIN_WORDS = 8  # a page with fewer words is not judged
DUTCH_BAR = 0.5  # a page whose share of Dutch words is below it is garbled or in another language
GAPS_BAR = 3  # ligature gaps on a page worth a warning
OTHER_LANGUAGES = ("fr", "en", "de")
STOP_SHARE = 0.15  # of a text's words that are Dutch function words: below it, the dictionaries are asked
OTHER_BAR = 0.7  # the share of its words another language must know to name the page's language


@dataclass(frozen=True)
class Measure:
    words: int
    dutch: float
    language: str | None  # the other language that reads the text better, if any
    unmapped: int
    gaps: int


@cache
def _known(word: str, language: str = "nl") -> bool:
    import simplemma

    return simplemma.is_known(word, lang=language)


@cache
def _compound(word: str) -> bool:
    """Whether a word the dictionary does not hold is a Dutch compound of words it does (the last part may be
    a compound itself): "arbeid|s|kosten", "hoofd|draag|constructies"."""
    for cut in range(COMPOUND_PART, len(word) - COMPOUND_PART + 1):
        head, tail = word[:cut], word[cut:]
        if not (_known(tail) or (len(tail) >= 2 * COMPOUND_PART and _compound(tail))):
            continue
        stems = [head[:len(head) - len(link)] for link in LINKS if head.endswith(link)]
        if any(len(stem) >= COMPOUND_PART and _known(stem) for stem in stems):
            return True
    return False


def _word_of(word: str, language: str, compounds: bool) -> bool:
    return _known(word, language) or (compounds and language == "nl" and len(word) >= 2 * COMPOUND_PART
                                      and _compound(word))


def known_share(words: list[str], language: str = "nl", *, compounds: bool = True) -> float:
    return sum(_word_of(word, language, compounds) for word in words) / len(words) if words else 1.0


def suspect(words: list[str]) -> bool:
    """Whether a text's words are worth the dictionaries (loaded once, a second and a half): few of them are
    Dutch function words, which make up a third of any Dutch prose. Tables of labels are suspect too, and
    pass the dictionary."""
    from extractor.nlp.language import stop_words

    return bool(words) and sum(map(stop_words().__contains__, words)) < STOP_SHARE * len(words)


def _noise(chunk: str) -> bool:
    return len(chunk) >= 4 and any(ch in _NOISE for ch in chunk) and sum(ch in _NOISE_TOO for ch in chunk) >= 2


def noisy(text: str) -> bool:
    """Whether a line or block is a garbled font's noise: many of its chunks are made of characters no word
    or number is made of."""
    if not _ANY_NOISE.search(text):
        return False  # no chunk is noise (the common case, found without a test of each chunk)
    chunks = text.split()
    return bool(chunks) and sum(_noise(chunk) for chunk in chunks) >= NOISE_SHARE * len(chunks)


def measure(text: str, *, compounds: bool = True) -> Measure:
    words = [w.lower() for w in _WORD.findall(_UNIT.sub(" ", text))]
    unmapped = len(_UNMAPPED.findall(text))
    if not suspect(words) and not unmapped:
        return Measure(len(words), 1.0, None, 0, 0)
    dutch = known_share(words, compounds=compounds)
    language = None
    if words and dutch < DUTCH_BAR:
        shares = {other: known_share(words, other) for other in OTHER_LANGUAGES}
        best = max(shares, key=lambda other: shares[other])
        if shares[best] >= OTHER_BAR and shares[best] > dutch:
            language = best
    return Measure(len(words), dutch, language, unmapped, _gaps(text))


def _gaps(text: str) -> int:
    count = 0
    for match in _FRAGMENTS.finditer(text):
        left, right = match.group(1).lower(), match.group(2).lower()
        if _known(left) and _known(right) and len(left) > 2 and len(right) > 2:
            continue
        if any(_known(left + ligature + right) for ligature in LIGATURES):
            count += 1
    return count


def page_notices(document: Document) -> list[Notice]:
    return assess(document)[0]


def garbled_line(text: str) -> bool:
    """Whether a line of a garbled page is garbled itself: a font's noise ("fà|v{à|Çz VâÜxÇt", "89FGHIJ;H:"),
    whose digits are no digits. A line whose only garbled glyphs are glyphs without Unicode ("(cid:25)
    (cid:19) -3.874": a heading font without a map beside an amount set in a font with one) reads its
    numbers right: they are kept, the page's warning names the glyphs lost."""
    return noisy(text)


def unreadable_line(text: str) -> bool:
    """Whether a line is made of glyphs without Unicode alone ("(cid:18)(cid:22) (cid:14)": a heading set in a
    font without a map): nothing of it can be read, not even how many words it has."""
    return bool(_UNMAPPED.search(text)) and not _UNMAPPED.sub("", text).strip()


def assess(document: Document) -> tuple[list[Notice], set[int]]:
    """The warnings about the text layer of a PDF's pages (garbled, ligatures lost, not Dutch), and the pages
    whose figures are withheld (garbled or in another language)."""
    notices, garbled, foreign = judge(document)
    return notices, garbled | foreign


def judge(document: Document) -> tuple[list[Notice], set[int | None], set[int | None]]:
    """The warnings about the text layer of a PDF's pages, the garbled pages (whose garbled lines give no
    figures: `garbled_line`), and the pages in another language (which give none). A text, Markdown or office
    document is judged whole for its language only: written in another language (the minutes of a Brussels
    association in French), it gives no figures, its page None among the foreign ones; a Dutch report with a
    passage in French is Dutch (the passage's figures are withheld by extractor/non_figures/garbled.py)."""
    if document.format != "pdf":
        return _document_language(document)
    pages: dict[int, list[str]] = defaultdict(list)
    for line in document.lines:
        if line.page is not None:
            pages[line.page].append(line.text)
    garbled, ligatures, languages, unmapped = [], [], defaultdict(list), []
    for page in sorted(pages):
        found = measure("\n".join(pages[page]), compounds=not any(noisy(line) for line in pages[page]))
        if found.unmapped:
            unmapped.append(page)
        if found.gaps >= GAPS_BAR:
            ligatures.append(page)
        if found.words >= MIN_WORDS and found.dutch < DUTCH_BAR:
            if found.language:
                languages[found.language].append(page)
            elif found.gaps < GAPS_BAR:
                garbled.append(page)
    notices = []
    if garbled:
        notices.append(Notice.of("text.garbled", Location(garbled[0], 1, 1), pages=garbled))
    if ligatures:
        notices.append(Notice.of("text.ligatures", Location(ligatures[0], 1, 1), pages=ligatures))
    if unmapped:
        notices.append(Notice.of("text.unmapped_glyphs", Location(unmapped[0], 1, 1), pages=unmapped))
    for language, where in sorted(languages.items()):
        notices.append(Notice.of("text.language", Location(where[0], 1, 1), pages=where, language=language))
    return notices, set(garbled), {page for where in languages.values() for page in where}


def _document_language(document: Document) -> tuple[list[Notice], set[int | None], set[int | None]]:
    """A document without pages judged whole: another language when its Dutch share is below the bar and another
    language reads it (`measure`)."""
    found = measure("\n".join(line.text for line in document.lines))
    if found.words >= MIN_WORDS and found.dutch < DUTCH_BAR and found.language:
        return [Notice.of("text.language_document", Location(None, 1, 1), language=found.language)], set(), {None}
    return [], set(), set()


def foreign_language(notices: list[Notice]) -> str | None:
    """The other language a document without pages is written in, from its notice (`_document_language`)."""
    return next((dict(n.values or {}).get("language") for n in notices if n.code == "text.language_document"), None)


def dutch_text(text: str, language: str) -> bool:
    """Whether a line of a document in another language is Dutch itself: Dutch knows more of its words than that
    language does ("In 2023 telden we 120 leden" in French minutes; not "Tour de table – 15 min", which Dutch
    knows in part, French whole)."""
    words = [w.lower() for w in _WORD.findall(_UNIT.sub(" ", text))]
    return bool(words) and known_share(words) > known_share(words, language)
