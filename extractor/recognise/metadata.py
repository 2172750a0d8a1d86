"""What identifies a report: fiscal year, organisation, its enterprise number, title (patterns/document.yaml)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from extractor.dutch import patterns
from extractor.document.model import Block, Document

if TYPE_CHECKING:  # dates load spaCy: `extract --help` and the corpus walk must not
    from extractor.dutch.dates import DateMention

_YEAR_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_TITLE_WEIGHT = 100_000  # the year the title names ("boekjaar 2023") outweighs every other mention
_WORD_WEIGHT = 1_000  # "boekjaar 2021", "het boekjaar dat op 31 december 2023 werd afgesloten"


@dataclass(frozen=True)
class Metadata:
    fiscal_year: int | None
    organisation: str | None
    title: str | None
    year_source: str  # "option" | "text" | "file name" | "none"
    enterprise_number: str | None = None  # "0712.345.630": the Belgian ondernemingsnummer, checksum valid


@dataclass(frozen=True)
class _Rules:
    titles: tuple[re.Pattern[str], ...]
    head_titles: tuple[re.Pattern[str], ...]
    footer: re.Pattern[str]
    organisations: tuple[re.Pattern[str], ...]
    not_in_names: frozenset[str]
    year_words: tuple[str, ...]
    year_patterns: tuple[re.Pattern[str], ...]
    enterprise_numbers: tuple[re.Pattern[str], ...]
    title_blocks: int


@cache
def _rules() -> _Rules:
    data = patterns.load("document")
    return _Rules(tuple(re.compile(p) for p in data["title_patterns"]),
                  tuple(re.compile(p) for p in data["head_title_patterns"]), re.compile(data["footer_title_pattern"]),
                  tuple(re.compile(p) for p in data["organisation_patterns"]),
                  frozenset(w.casefold() for w in data["words_before_names"]),
                  tuple(w.lower() for w in data["fiscal_year_words"]),
                  tuple(re.compile(p) for p in data["fiscal_year_patterns"]),
                  tuple(re.compile(p) for p in data["enterprise_number_patterns"]),
                  int(data["title_blocks"]))


def fiscal_year(document: Document, blocks: list[Block], dates: list[list[DateMention]],
                override: int | None) -> tuple[int | None, str]:
    """The year given, else the year the title names, else the year the text names most often (a
    "boekjaar 2021" outweighs all plain mentions), else the year in the file name."""
    if override is not None:
        return override, "option"
    rules = _rules()
    counts: Counter[int] = Counter()
    for mentions in dates:
        for mention in mentions:
            if mention.explicit_year and mention.value:
                counts[int(mention.value[:4])] += 1
    for block in blocks:
        for word in rules.year_words:
            for match in re.finditer(rf"\b{word}\s+((?:19|20)\d\d)\b", block.text, re.IGNORECASE):
                counts[int(match.group(1))] += _WORD_WEIGHT
        for pattern in rules.year_patterns:
            for match in pattern.finditer(block.text):
                counts[int(match.group("year"))] += _WORD_WEIGHT
    title = _title(document, blocks)
    if title is not None and (year := _title_year(title, rules)) is not None:
        counts[year] += _TITLE_WEIGHT
    if counts:
        top = max(counts.values())
        return max(year for year, count in counts.items() if count == top), "text"
    named = _YEAR_IN_NAME.findall(document.path.stem)
    if named:
        return int(named[-1]), "file name"
    return None, "none"


def _title_year(title: str, rules: _Rules) -> int | None:
    for word in rules.year_words:
        if match := re.search(rf"\b{word}\s+((?:19|20)\d\d)\b", title, re.IGNORECASE):
            return int(match.group(1))
    years = set(_YEAR.findall(title))
    return int(years.pop()) if len(years) == 1 else None


def describe(document: Document, blocks: list[Block], year: int | None, year_source: str,
             organisation: str | None = None) -> Metadata:
    texts = [b.text for b in blocks] + [f.text for f in document.furniture]
    return Metadata(year, organisation or _organisation(texts, _rules().title_blocks), _title(document, blocks),
                    year_source,
                    enterprise_number(texts))


def _title(document: Document, blocks: list[Block]) -> str | None:
    rules = _rules()
    head = [b for b in blocks[:rules.title_blocks] if b.kind in ("heading", "paragraph")]
    title = next((b.text for b in head if any(p.match(b.text) for p in rules.titles)), None)
    if title is None:
        title = next((m.group("title") for b in head for p in rules.head_titles if (m := p.search(b.text))), None)
    if title is None:
        title = next((b.text for b in blocks if b.kind in ("heading", "paragraph")
                      and any(p.match(b.text) for p in rules.titles)), None)
    if title is None:
        title = next((m.group("title") for f in document.furniture if (m := rules.footer.search(f.text))), None)
    if title is None:
        title = next((b.text for b in blocks if b.kind == "heading"), None)
    return title


def _organisation(texts: list[str], head: int) -> str | None:
    """The name the patterns capture in the report's opening blocks (its letterhead), else the one they capture
    most often ("Windkracht Kempen cv" → "Windkracht Kempen"), in the spelling the report uses most."""
    rules = _rules()
    for text in texts[:head]:
        found = [(m.start(), _trim(m.group("org"), rules)) for p in rules.organisations for m in p.finditer(text)]
        if found := [item for item in found if item[1]]:
            return _usual_spelling(min(found)[1], texts)
    names: Counter[str] = Counter()
    first: dict[str, str] = {}
    for pattern in rules.organisations:
        for text in texts:
            for match in pattern.finditer(text):
                name = _trim(match.group("org"), rules)
                if name:
                    names[name.casefold()] += 1
                    first.setdefault(name.casefold(), name)
    if not names:
        return None
    top = max(names.values())
    best = next(key for key in first if names[key] == top)  # the first seen of the most frequent
    return _usual_spelling(first[best], texts)


def _trim(name: str, rules: _Rules) -> str:
    """Without the sentence's opening words ("Bij Windkracht Kempen cv" → "Windkracht Kempen", "Jaarverslag
    2023 van Buurtzorg Samen cv" → "Buurtzorg Samen")."""
    words = name.split()
    while words and (words[0].casefold() in rules.not_in_names or words[0].isdigit() or words[0].islower()):
        words.pop(0)
    return " ".join(words).strip(" ,.-–")


def _usual_spelling(name: str, texts: list[str]) -> str:
    """"SMARTCOOP" in a heading is "SmartCoop" in the text: the spelling used most often, not in capitals
    when another is used as often."""
    spellings = Counter(m.group(0) for text in texts
                        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE))
    if not spellings:
        return name
    return max(spellings, key=lambda s: (spellings[s], not s.isupper()))


def enterprise_number(texts: list[str]) -> str | None:
    """The first Belgian enterprise number (ondernemingsnummer, KBO, btw) whose check digits hold, as
    "0xxx.xxx.xxx"."""
    for pattern in _rules().enterprise_numbers:
        for text in texts:
            for match in pattern.finditer(text):
                digits = re.sub(r"\D", "", match.group("number"))
                if len(digits) == 9:
                    digits = "0" + digits
                if len(digits) == 10 and digits[0] in "01" and 97 - int(digits[:8]) % 97 == int(digits[8:]):
                    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"
    return None


def organisation_key(name: str | None) -> str:
    """The name as compared across reports: case, accents, punctuation and a legal form left aside."""
    if not name:
        return ""
    plain = re.sub(r"[^\w]+", " ", _plain(name)).strip()
    forms = {form.casefold() for form in patterns.load("document")["legal_forms"]}
    words = plain.split()
    while len(words) > 1 and words[-1] in forms:
        words.pop()
    kinds = tuple(_plain(kind) for kind in patterns.load("document")["organisation_kinds"])
    while len(words) > 1 and words[0].endswith(kinds):
        words.pop(0)  # "wooncooperatie de nieuwe thuis": the kind of organisation, then its name
    return " ".join(words)


def _plain(text: str) -> str:
    """Casefolded, accents left out: "Coöperatie" -> "cooperatie"."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in plain if not unicodedata.combining(ch))
