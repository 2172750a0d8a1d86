"""What identifies a report: fiscal year, organisation, title (patterns/document.yaml)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from extractor import patterns
from extractor.dates import DateMention
from extractor.model import Block, Document

_YEAR_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


@dataclass(frozen=True)
class Metadata:
    fiscal_year: int | None
    organisation: str | None
    title: str | None
    year_source: str  # "option" | "text" | "file name" | "none"


@cache
def _rules() -> dict:
    data = patterns.load("document")
    return {"titles": [re.compile(p) for p in data["title_patterns"]],
            "footer": re.compile(data["footer_title_pattern"]),
            "organisations": [re.compile(p) for p in data["organisation_patterns"]],
            "year_words": [w.lower() for w in data["fiscal_year_words"]]}


def fiscal_year(document: Document, blocks: list[Block], dates: list[list[DateMention]],
                override: int | None) -> tuple[int | None, str]:
    """The year given, else the year the text names most often (a "boekjaar 2021" outweighs all), else the
    year in the file name."""
    if override is not None:
        return override, "option"
    counts: Counter[int] = Counter()
    for mentions in dates:
        for mention in mentions:
            if mention.explicit_year and mention.value:
                counts[int(mention.value[:4])] += 1
    for block in blocks:
        for word in _rules()["year_words"]:
            for match in re.finditer(rf"\b{word}\s+((?:19|20)\d\d)\b", block.text, re.IGNORECASE):
                counts[int(match.group(1))] += 1000
    if counts:
        top = max(counts.values())
        return max(year for year, count in counts.items() if count == top), "text"
    named = _YEAR_IN_NAME.findall(document.path.stem)
    if named:
        return int(named[-1]), "file name"
    return None, "none"


def describe(document: Document, blocks: list[Block], year: int | None, year_source: str,
             organisation: str | None = None) -> Metadata:
    rules = _rules()
    title = next((b.text for b in blocks if b.kind in ("heading", "paragraph")
                  and any(p.match(b.text) for p in rules["titles"])), None)
    if title is None:
        title = next((m.group("title") for f in document.furniture if (m := rules["footer"].search(f.text))), None)
    if title is None:
        title = next((b.text for b in blocks if b.kind == "heading"), None)
    return Metadata(year, organisation or _organisation(document, blocks), title, year_source)


def _organisation(document: Document, blocks: list[Block]) -> str | None:
    texts = [b.text for b in blocks] + [f.text for f in document.furniture]
    for pattern in _rules()["organisations"]:
        for text in texts:
            if match := pattern.search(text):
                return _usual_spelling(match.group("org"), texts)
    return None


def _usual_spelling(name: str, texts: list[str]) -> str:
    """"SMARTCOOP" in a heading is "SmartCoop" in the text: the spelling used most often."""
    spellings = Counter(m.group(0) for text in texts
                        for m in re.finditer(rf"\b{re.escape(name)}\b", text, re.IGNORECASE))
    return spellings.most_common(1)[0][0] if spellings else name
