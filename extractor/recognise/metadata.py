"""What identifies a report: fiscal year, organisation, its enterprise number, title (patterns/document.yaml)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, fields
from functools import cache
from typing import TYPE_CHECKING

from extractor.dutch import patterns, rules
from extractor.dutch.rules import Listed, Text, Whole, key
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
    fiscal_period: str | None = None  # "2021/2022": a fiscal year that closes in a year after it opens
    fiscal_year_end: str | None = None  # "2022-06-30": the day such a fiscal year closes, where the text says


@dataclass(frozen=True)
class FiscalYear:
    year: int | None
    source: str  # "option" | "text" | "file name" | "none"
    period: str | None = None  # "2021/2022" for a fiscal year across two calendar years
    end: str | None = None  # "2022-06-30": the day it closes, where the text says ("tot 30 juni 2022")


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
    labels: tuple[re.Pattern[str], ...]
    cover_name: re.Pattern[str]
    title_name: re.Pattern[str]
    name_title: re.Pattern[str]
    name_with_form: re.Pattern[str]
    name: re.Pattern[str]
    legal_form_line: re.Pattern[str]
    periods: tuple[re.Pattern[str], ...]
    not_fiscal: tuple[re.Pattern[str], ...]
    not_names: frozenset[str]


_DIGIT = re.compile(r"\d")
_YEAR_GROUP = r"\(\?P<year>"  # a pattern of a year names the group `year`
_ENTERPRISE_DIGITS = 9  # an enterprise number's digits, the leading 0 left out
_ORG_GROUP = r"\(\?P<org>"  # a pattern of a name names the group `org`


@dataclass(frozen=True)
class _Kinds:
    """The kinds of document, each with the words of its opening blocks that say it ("statuten", "notulen")."""

    statutes: Listed = key()
    minutes: Listed = key()
    accounts: Listed = key()
    report: Listed = key()


@rules.declares("document")
@dataclass(frozen=True)
class _Entries:
    """What is read of patterns/document.yaml, each pattern as written (declared once: the schema of these
    entries is made from these fields)."""

    title_patterns: Listed = key()
    head_title_patterns: Listed = key(form=r"\(\?P<title>")
    footer_title_pattern: Text = key()
    organisation_patterns: Listed = key()
    words_before_names: Listed = key()
    fiscal_year_words: Listed = key()
    fiscal_year_patterns: Listed = key(form=_YEAR_GROUP)
    enterprise_number_patterns: Listed = key(form=r"\(\?P<number>")
    title_blocks: Whole = key(low=1)
    legal_forms: Listed = key()
    organisation_kinds: Listed = key()
    organisation_name: Text = key(description="A name as documents set it: capitalised words; `{name}` in the "
                                  "organisation patterns stands for it.")
    organisation_label_patterns: Listed = key(form=_ORG_GROUP, optional=True, description="A name given with its "
                                              "label (filings, covers, statutes); read first.")
    cover_name_pattern: Text = key(form=_ORG_GROUP, description="A cover block that is a name opened by the kind of "
                                   "organisation.")
    title_name_pattern: Text = key(form=_ORG_GROUP, description="A title word and the name on one line (a cover, a "
                                   "running header).")
    name_title_pattern: Text = key(form=_ORG_GROUP, optional=True, description="The name, then a title word on one "
                                   "line (the title of minutes, a cover).")
    name_with_form_line: Text = key(form=_ORG_GROUP, description="A line that is a name with its legal form after it "
                                    "(a cover, an address block): the name without the form.")
    legal_form_line: Text = key(description="A cover line that is only a legal form, under the name it belongs to.")
    fiscal_period_patterns: Listed = key(form=_YEAR_GROUP, optional=True, description="A fiscal year that is not a "
                                         "calendar year, or a period written out: `year` the year it closes in, "
                                         "`start` the year it opens in.")
    not_fiscal_year_patterns: Listed = key(form=_YEAR_GROUP, optional=True, description="Dates that are not of the "
                                           "fiscal year (a founding, statutes adopted).")
    not_names: Listed = key(optional=True, description="Words that open a cover's heading, not a name.")
    document_kinds: _Kinds = key(description="The kind of a document from the words of its first blocks, first "
                                 "match in order.")
    article_headings: Listed = key(optional=True, description="Words that, with a number, open the heading of an "
                                   "article in a document of statutes.")
    chapter_headings: Listed = key(optional=True, description="Words that, with a number, open the heading of a "
                                   "chapter (‘Hoofdstuk 1’): a chapter titled statutes numbers its articles "
                                   "‘1.1’, ‘1.2’ without an article word.")


@cache
def entries() -> _Entries:
    """The entries of patterns/document.yaml, read as declared."""
    return rules.load(_Entries, patterns.load("document"))


def document_kinds() -> list[tuple[str, Listed]]:
    """Each kind of document with its words, in the order they are tried."""
    return [(item.name, getattr(entries().document_kinds, item.name)) for item in fields(_Kinds)]


@cache
def _rules() -> _Rules:
    data = entries()
    return _Rules(tuple(re.compile(p) for p in data.title_patterns),
                  tuple(re.compile(p) for p in data.head_title_patterns), re.compile(data.footer_title_pattern),
                  tuple(re.compile(p) for p in data.organisation_patterns),
                  frozenset(w.casefold() for w in data.words_before_names),
                  tuple(w.lower() for w in data.fiscal_year_words),
                  tuple(re.compile(p) for p in data.fiscal_year_patterns),
                  tuple(re.compile(p) for p in data.enterprise_number_patterns),
                  data.title_blocks,
                  tuple(re.compile(_named(p, data)) for p in data.organisation_label_patterns),
                  re.compile(_named(data.cover_name_pattern, data)),
                  re.compile(_named(data.title_name_pattern, data)),
                  re.compile(_named(data.name_title_pattern, data) if data.name_title_pattern else "(?!)"),
                  re.compile(_named(data.name_with_form_line, data)),
                  re.compile(f"^{data.organisation_name}$"),
                  re.compile(data.legal_form_line),
                  tuple(re.compile(p) for p in data.fiscal_period_patterns),
                  tuple(re.compile(p) for p in data.not_fiscal_year_patterns),
                  frozenset(w.casefold() for w in data.not_names))


def _named(pattern: str, data: _Entries) -> str:
    return pattern.replace("{name}", data.organisation_name)


def fiscal_year(document: Document, blocks: list[Block], dates: list[list[DateMention]],
                override: int | None, kind: str | None = None) -> tuple[int | None, str]:
    """The year given, else the year the title names, else the year the text names most often (a
    "boekjaar 2021" outweighs all plain mentions), else the year in the file name. Statutes are of no year."""
    found = fiscal_period(document, blocks, dates, override, kind)
    return found.year, found.source


def fiscal_period(document: Document, blocks: list[Block], dates: list[list[DateMention]],
                  override: int | None, kind: str | None = None) -> FiscalYear:
    """As `fiscal_year`, with the span of a fiscal year that closes in the year after it opens ("2021/2022"):
    its year is the year it closes in. A founding date or the date statutes were adopted counts for no year."""
    if override is not None:
        return FiscalYear(override, "option")
    if kind == "statutes":  # statutes hold for no one year: the date they were adopted is no fiscal year
        return FiscalYear(None, "none")
    rules = _rules()
    counts: Counter[int] = Counter()
    spans: dict[int, int] = {}  # the year a fiscal year closes in -> the year it opens in
    ends: dict[int, str] = {}  # the year a fiscal year closes in -> its closing day ("06-30"), where written
    for mentions in dates:
        for mention in mentions:
            if mention.explicit_year and mention.value:
                counts[int(mention.value[:4])] += 1
    if kind == "minutes":  # minutes are of the day of their meeting, the first day their opening blocks name
        # ("Bestuursvergadering 4" / "Datum: 16 september 2014"), whatever earlier year they report on
        day = next((m for mentions in dates[:rules.title_blocks] for m in mentions
                    if m.explicit_year and m.value and m.precision == "day"), None)
        if day is not None:
            counts[int(day.value[:4])] += _WORD_WEIGHT
    year_bound = _year_bound()
    for block in blocks:
        if not _DIGIT.search(block.text):
            continue  # every pattern below reads a year of digits (int of its group): none in the block
        if year_bound and not _YEAR_DIGITS.search(block.text):
            continue  # nor a year of four digits, which each of them reads (_year_bound)
        history: list[tuple[int, int]] = []  # spans no fiscal year is read in: a founding, the first fiscal year
        for pattern in rules.not_fiscal:
            for match in pattern.finditer(block.text):
                history.append(match.span())
                year = int(match.group("year"))
                if counts[year] > 0:
                    counts[year] -= 1
        for pattern in _year_word_patterns():
            for match in pattern.finditer(block.text):
                if not _within(match, history):
                    counts[int(match.group(1))] += _WORD_WEIGHT
        for pattern in rules.year_patterns:
            for match in pattern.finditer(block.text):
                if _within(match, history):
                    continue
                year = int(match.group("year"))
                counts[year] += _WORD_WEIGHT
                if _closes_mid_year(match) and any(w in match.group(0).lower() for w in rules.year_words):
                    spans[year] = year - 1
                    if day := _closing_day(match):
                        ends.setdefault(year, day)  # "het boekjaar dat eindigde op 30 juni 2023": 2022/2023 (never "een
                    # lening afgesloten op 15 maart 2023": no fiscal year is named)
        for year, opens, day in _periods(block.text, rules, history):
            counts[year] += _WORD_WEIGHT
            if opens != year:
                spans[year] = opens
                if day:
                    ends.setdefault(year, day)
    title = _title(document, blocks)
    if title is not None and (year := _title_year(title, rules)) is not None:
        counts[year] += _TITLE_WEIGHT
        for closes, opens, _ in _periods(title, rules):
            if closes == year and opens != year:
                spans[year] = opens
    counts = Counter({year: count for year, count in counts.items() if count > 0})
    if counts:
        top = max(counts.values())
        year = max(year for year, count in counts.items() if count == top)
        return FiscalYear(year, "text", f"{spans[year]}/{year}" if year in spans else None,
                          f"{year}-{ends[year]}" if year in spans and year in ends else None)
    named = _YEAR_IN_NAME.findall(document.path.stem)
    if named:
        return FiscalYear(int(named[-1]), "file name")
    return FiscalYear(None, "none")


# a group of a pattern that is a year of four digits: every match holds one, as the group is read as a number
_YEAR_GROUPS = ("(?P<year>(?:19|20)\\d\\d)", "(?P<start>(?:19|20)\\d\\d)")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


@cache
def _year_bound() -> bool:
    """Whether every pattern fiscal_period reads in a block matches only where the block holds a year of four
    digits ("2023"): each has a group `year` or `start` of one (the fiscal-year words' patterns too). Then a
    block without one is passed by a single search instead of one per pattern; a pattern added without such a
    group turns the shortcut off, never a match."""
    rules = _rules()
    return all(any(group in pattern.pattern for group in _YEAR_GROUPS)
               for pattern in (*rules.not_fiscal, *rules.year_patterns, *rules.periods))


@cache
def _year_word_patterns() -> tuple[re.Pattern[str], ...]:
    """Per word of a fiscal year ("boekjaar"), in order: the word and the year after it ("boekjaar 2023"), not a
    span of years ("boekjaar 2022-2023"); compiled once."""
    return tuple(re.compile(rf"\b{word}\s+((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)", re.IGNORECASE)
                 for word in _rules().year_words)


def _closing_day(match: re.Match[str]) -> str | None:
    """The day a written-out fiscal year closes, "MM-DD" ("tot 30 juni 2023", "t/m 30/6/2023"), if a real one."""
    found = match.groupdict()
    if not found.get("day"):
        return None
    month = _months().get((found.get("month") or "").lower().rstrip(".")) or \
        (int(found["mon"]) if found.get("mon") else None)
    day = int(found["day"])
    return f"{month:02d}-{day:02d}" if month and 1 <= month <= 12 and 1 <= day <= 31 else None


def _closes_mid_year(match: re.Match[str]) -> bool:
    """A fiscal year's closing day, named with its month, that is not the last of the calendar year."""
    month = match.groupdict().get("month")
    if not month:
        return False
    number = _months().get(month.lower().rstrip("."))
    return number is not None and number != _DECEMBER


_DECEMBER = 12


@cache
def _months() -> dict[str, int]:
    return {name.lower(): int(number) for name, number in patterns.load("dates")["months"].items()}


def _within(match: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    """Whether a match overlaps one of the spans ("Het eerste boekjaar liep van 3 mei 2015 tot 31 december 2016":
    the period is the founding's, of no fiscal year of the report)."""
    return any(match.start() < end and start < match.end() for start, end in spans)


def _periods(text: str, rules: _Rules, history: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str | None]]:
    """(the year it closes in, the year it opens in, its closing day "MM-DD" where written) of each fiscal
    period the text writes out: two years apart at most one ("2022-2023", "2022-23", "1 juli 2021 – 30 juni
    2022"); none within `history` (spans of not_fiscal_year_patterns)."""
    found = []
    for pattern in rules.periods:
        for match in pattern.finditer(text):
            if history and _within(match, history):
                continue
            opens, closes = match.group("start"), match.group("year")
            if len(closes) == 2:
                closes = opens[:2] + closes
            if 0 <= int(closes) - int(opens) <= 1:
                found.append((int(closes), int(opens), _closing_day(match)))
    return found


def _title_year(title: str, rules: _Rules) -> int | None:
    for pattern in _year_word_patterns():
        if match := pattern.search(title):
            return int(match.group(1))
    if periods := _periods(title, rules):
        return periods[0][0]
    years = set(_YEAR.findall(title))
    return int(years.pop()) if len(years) == 1 else None


def describe(document: Document, blocks: list[Block], year: int | None, year_source: str,
             organisation: str | None = None, period: str | None = None, end: str | None = None) -> Metadata:
    texts = [b.text for b in blocks] + [f.text for f in document.furniture]
    name = organisation or _organisation([b.text for b in blocks], [f.text for f in document.furniture],
                                         _cover_lines(document))
    return Metadata(year, name, _title(document, blocks), year_source, enterprise_number(texts), period, end)


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


_LABELLED_BLOCKS = 20  # "Naam : ..." is read in the opening blocks only: further on it names people


_COVER_LINES = 12  # the opening lines of a document, its cover: a name on a line of its own there


def _cover_lines(document: Document) -> list[str]:
    """The first lines of the first page as written: a cover's lines a paragraph may have joined ("Balans en
    Staat van Baten en Lasten" / "Stichting X" / "Boekjaar 2023")."""
    first = document.lines[0].page if document.lines else None
    lines = [line.text.strip() for line in document.lines if line.page == first and line.text.strip()]
    return lines[:_COVER_LINES]


def _organisation(blocks: list[str], furniture: list[str], cover: list[str] | None = None) -> str | None:
    """The organisation, in the spelling the report uses most, as the document names itself: a labelled name
    ("Naam : X", "de statutaire naam ... is X"), else its cover (a name opened by its kind, "Stichting X"; a
    name under a title word or above its legal form; a title and the name on one line), else a name with its
    legal form in the opening blocks ("Windkracht Kempen cv"), else the one the patterns capture most often,
    else a running header that names it."""
    rules = _rules()
    texts = blocks + furniture
    head = blocks[:rules.title_blocks]
    for text in blocks[:_LABELLED_BLOCKS]:
        found = [(m.start(), _cut(m.group("org"))) for p in rules.labels for m in p.finditer(text)
                 if not _placeholder(m)]
        if found := [item for item in found if item[1]]:
            return _usual_spelling(min(found)[1], texts)
    if name := _cover_name(head, rules):
        return _usual_spelling(name, texts)
    for text in head:
        found = [(m.start(), _trim(m.group("org"), rules, text[:m.start("org")]))
                 for p in rules.organisations for m in p.finditer(text)]
        if found := [item for item in found if item[1]]:
            return _usual_spelling(min(found)[1], texts)
    if name := _cover_name(cover or [], rules):
        return _usual_spelling(name, texts)
    names: Counter[str] = Counter()
    first: dict[str, str] = {}
    for pattern in rules.organisations:
        for text in texts:
            for match in pattern.finditer(text):
                name = _trim(match.group("org"), rules, text[:match.start("org")])
                if name:
                    names[name.casefold()] += 1
                    first.setdefault(name.casefold(), name)
    if names:
        top = max(names.values())
        best = next(key for key in first if names[key] == top)  # the first seen of the most frequent
        return _usual_spelling(first[best], texts)
    headers = Counter(_cut(m.group("org")) for text in furniture
                      for pattern in (rules.cover_name, rules.title_name)
                      if (m := pattern.match(text.strip())) and _named_so(m.group("org"), rules))
    if headers:  # a running header repeated on the pages: "STATUTEN HOME BERTHA DE VRIESE"
        return _usual_spelling(headers.most_common(1)[0][0], texts)
    return None


def _placeholder(match: re.Match[str]) -> bool:
    """A form's field left as its template wrote it: the name opens with its label's word ("Naam: Naam klant",
    "Opdrachtgever: opdrachtgever"; not "De statutaire naam van de stichting is Stichting X")."""
    label = re.findall(r"\w+", match.string[match.start():match.start("org")])
    name = match.group("org").split()
    return bool(label and name) and name[0].casefold() == label[0].casefold()


def _cover_name(head: list[str], rules: _Rules) -> str | None:
    """The name a cover sets on its own: "Stichting Stadslab Zeist"; a name under a title word ("STATUTEN" /
    "HOME BERTHA DE VRIESE") or above its legal form ("Feitelijke vereniging"); "Jaarverslag 2023 De Vonk"."""
    lines = [text.strip() for text in head]
    for index, line in enumerate(lines):
        if match := rules.cover_name.match(line):
            return _cut(match.group("org"))
        if (match := rules.title_name.match(line)) and _named_so(match.group("org"), rules):
            return _cut(match.group("org"))
        if name := name_before_title(line):
            return name
        if (match := rules.name_with_form.match(line)) and _named_so(match.group("org"), rules) \
                and not any(p.match(line) for p in rules.titles):
            return _cut(match.group("org"))  # "Van Hattem Advies B.V." on a line of its own
        if not _bare_name(line, rules):
            continue
        before = lines[index - 1] if index else ""
        after = lines[index + 1] if index + 1 < len(lines) else ""
        if rules.legal_form_line.match(after):
            return _cut(line)
        if _title_word(before, rules) and not _named_above(lines[:index - 1], rules):
            return _cut(line)  # under a title word; a heading there when a line above named the organisation
    return None


def _named_above(lines: list[str], rules: _Rules) -> bool:
    """A line over a cover's title names the organisation with its legal form ("Woonhaven cvso" / "Bijzonder
    verslag 2023" / "Kerncijfers"): a bare line under the title is then the first heading, not a name."""
    return any(_trim(m.group("org"), rules) for line in lines for p in rules.organisations for m in p.finditer(line))


def _bare_name(line: str, rules: _Rules) -> bool:
    """A line that is only a name: capitalised words, a few, not a title word or a legal form."""
    return bool(rules.name.match(line)) and len(line.split()) <= 6 and not rules.legal_form_line.match(line) \
        and not _title_word(line, rules) and not any(ch.isdigit() for ch in line) and _named_so(line, rules)


def name_before_title(line: str) -> str | None:
    """The name a title line sets before its title word ("Zeus Ledenvergadering" → "Zeus"), else None: no
    heading's word ("Algemene Ledenvergadering") nor a title of its own ("Notulen Bestuursvergadering")."""
    rules = _rules()
    line = line.strip().lstrip("#").strip()  # "# Zeus bestuursvergadering 24/09/2012": a Markdown heading's marks
    match = rules.name_title.match(line)
    if match is None or not _named_so(match.group("org"), rules) or _title_word(match.group("org"), rules):
        return None
    from extractor.nlp.language import stop_words  # here: it loads spaCy, which `extract --help` does not need

    if not line[match.end("org"):].strip()[:1].isupper() and (
            not _DATE_ONLY.match(line[match.end():]) or match.group("org").casefold() in stop_words()):
        return None  # "De ledenvergadering keurde": a sentence; "Zeus bestuursvergadering 24/09/2012": a heading
    return _trim(_cut(match.group("org")), rules) or None


_DATE_ONLY = re.compile(r"^[\s\d/.\-–]*$")  # what may follow a heading's title word in lower case: its date


def _named_so(name: str, rules: _Rules) -> bool:
    """A name does not open with a heading's word ("Inleiding", "Pagina 3")."""
    return name.split()[0].casefold().strip(".:") not in rules.not_names


def _title_word(line: str, rules: _Rules) -> bool:
    """A cover's title line: a title word with at most a year or two ("STATUTEN", "Jaarrekening 2023")."""
    bare = _YEAR.sub("", line).strip(" -–/:")
    return bool(bare) and len(bare.split()) <= 3 and any(p.match(bare) for p in rules.titles + _kind_titles())


@cache
def _kind_titles() -> tuple[re.Pattern[str], ...]:
    words = [w for _, words in document_kinds() for w in words]
    return tuple(re.compile(rf"(?i)^(?:\w+\s+)?{re.escape(w)}$") for w in words)


def _cut(name: str) -> str:
    """A captured name up to the end of its sentence ("Stichting X. De stichting" → "Stichting X")."""
    return re.split(r"[.;!?](?:\s|$)", name, maxsplit=1)[0].strip(" ,.-–")


_MID_SENTENCE = re.compile(r"[^\W\d_]*[a-z]\s+$")  # the text before ends with a lower-case word


def _trim(name: str, rules: _Rules, before: str = "") -> str:
    """Without the sentence's opening words ("Bij Windkracht Kempen cv" → "Windkracht Kempen", "Jaarverslag
    2023 van Buurtzorg Samen cv" → "Buurtzorg Samen"). A capitalised word after a lower-case one (`before`, the
    text before the name) opens no sentence: it is the name's own ("het jaarverslag van Van Dalen Groep B.V.")."""
    words = name.split()
    mid_sentence = _MID_SENTENCE.search(before) is not None
    while words and (words[0].isdigit() or words[0].islower()
                     or (words[0].casefold() in rules.not_in_names and not mid_sentence)):
        mid_sentence = words.pop(0).islower()
    return " ".join(words).strip(" ,.-–")


def _usual_spelling(name: str, texts: list[str]) -> str:
    """"SMARTCOOP" in a heading is "SmartCoop" in the text: the spelling used most often, not in capitals
    when another is used as often."""
    spellings = Counter(m.group(0) for text in texts
                        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE))
    if not spellings:
        return name
    # a name set in capitals on a cover or in a header is typography: the spelling of the text, where it has one
    return max(spellings, key=lambda s: (not s.isupper(), spellings[s]))


def enterprise_number(texts: list[str]) -> str | None:
    """The first Belgian enterprise number (ondernemingsnummer, KBO, btw) whose check digits hold, as
    "0xxx.xxx.xxx"."""
    texts = [text for text in texts if len(_DIGIT.findall(text)) >= _ENTERPRISE_DIGITS]  # a number needs them
    for pattern in _rules().enterprise_numbers:
        for text in texts:
            for match in pattern.finditer(text):
                digits = re.sub(r"\D", "", match.group("number"))
                if len(digits) == _ENTERPRISE_DIGITS:
                    digits = "0" + digits
                if len(digits) == _ENTERPRISE_DIGITS + 1 and digits[0] in "01" and 97 - int(digits[:8]) % 97 == int(digits[8:]):
                    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"
    return None


def organisation_key(name: str | None) -> str:
    """The name as compared across reports: case, accents, punctuation and a legal form left aside."""
    if not name:
        return ""
    plain = re.sub(r"[^\w]+", " ", _plain(name)).strip()
    forms = {form.casefold() for form in entries().legal_forms}
    words = plain.split()
    while len(words) > 1 and words[-1] in forms:
        words.pop()
    kinds = tuple(_plain(kind) for kind in entries().organisation_kinds)
    while len(words) > 1 and words[0].endswith(kinds):
        words.pop(0)  # "wooncooperatie de nieuwe thuis": the kind of organisation, then its name
    return " ".join(words)


def _plain(text: str) -> str:
    """Casefolded, accents left out: "Coöperatie" -> "cooperatie"."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in plain if not unicodedata.combining(ch))
