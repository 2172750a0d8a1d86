"""Numbers that identify rather than count: phone numbers, bank accounts (IBAN, BIC), enterprise and VAT
numbers. Candidates are found by their shape; the kept libraries decide: `phonenumbers` (Google's
libphonenumber: every Belgian numbering plan, "02 205 17 20", "+32 2 205 17 20", "014/58.21.90") and
`python-stdnum` (the checksums of IBAN, BIC, the Belgian enterprise number and EU VAT numbers). A number
whose checksum fails is still taken when a cue word of patterns/non_figures.yaml names it ("rekening",
"ondernemingsnummer", "tel.") and its shape fits: a reader types these by hand and mistypes them. An IBAN
needs no cue when it is written as one is printed, in groups of four after its country code, and its
account part has the length and characters of that country's accounts ("gestort op BE71 0017 3358 9269."):
no count or amount is written that way.
"""

from __future__ import annotations

import re

import phonenumbers
from stdnum import bic, iban, numdb
from stdnum.be import vat as be_vat
from stdnum.eu import vat as eu_vat

from extractor.nlp.language import lower_words
from extractor.non_figures.base import Finder, NonFigure, Site, cue_anywhere, cue_before, token_span, words

_DIGIT = re.compile(r"\d")
_SEP = r"[ \u00a0\u202f]"
# shapes only; the libraries validate
_IBAN = re.compile(rf"\b[A-Z]{{2}}\d{{2}}(?:{_SEP}?[A-Z0-9]{{4}}){{2,7}}(?:{_SEP}?[A-Z0-9]{{1,3}})?\b")
# an IBAN in groups of any length ("NL33KNAB 0257 311 890"): taken as far as its checksum holds
_GROUPED_IBAN = re.compile(rf"\b[A-Z]{{2}}\d{{2}}(?:{_SEP}?[A-Z0-9]{{1,4}}){{2,9}}(?![\w.,]\d)")
_GROUP = re.compile(rf"{_SEP}?[A-Z0-9]+")
# an IBAN as it is printed: the country code and check digits, then groups of four, the last one shorter
_PRINTED_IBAN = re.compile(rf"[A-Z]{{2}}\d{{2}}(?:{_SEP}[A-Z0-9]{{4}})+(?:{_SEP}[A-Z0-9]{{1,3}})?")
# an IBAN printed with its middle masked, as published accounts hide it: the country code and check digits, the
# bank's code, then a run of mask marks and the last digits ("NL70RABO .........7 18", "BE71 **** **** 6769")
_MASKED_IBAN = re.compile(rf"\b[A-Z]{{2}}\d{{2}}(?:{_SEP}?[A-Z0-9]{{1,4}})?{_SEP}?[.*•xX]{{3,}}"
                          rf"(?:{_SEP}?[.*•xX]+)*(?:{_SEP}?\d{{1,4}}){{1,3}}(?!\d)")
# one part of a country's account structure in the IBAN registry: "3!n" (3 digits), "16!c", "4!a"
_BBAN_PART = re.compile(r"(\d+)!([nac])")
_BBAN_CLASS = {"n": "[0-9]", "a": "[A-Z]", "c": "[A-Z0-9]"}
_BIC = re.compile(r"\b[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b")
# the Belgian enterprise number: "BE 0712.345.630", "0712 345 630", "0712345630"; the old nine digits
# ("712.345.630") only after a cue, as they look like an amount
_ENTERPRISE = re.compile(rf"(?<![\w.,])(?:BE{_SEP}?)?[01]\d{{3}}(?:[.]?\d{{3}}|{_SEP}\d{{3}}){{2}}(?!\w|[.,]\d)")
_OLD_ENTERPRISE = re.compile(rf"(?<![\w.,])(?:BE{_SEP}?)?\d{{3}}(?:\.\d{{3}}){{2}}(?!\w|[.,]\d)")
_VAT_COUNTRIES = r"(?:AT|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK)"
_VAT = re.compile(rf"\b{_VAT_COUNTRIES}{_SEP}?[0-9A-Z][0-9A-Z.{_SEP[1:-1]}]{{6,14}}[0-9A-Z]\b")
# what a match of each shape above holds, whatever else it holds: an IBAN's country and first check digit (the
# three IBAN shapes), an enterprise number's first four digits, an old one's two groups, a VAT number's country;
# a block without any of them holds none of these shapes, and a few searches decide it instead of six. One
# search each, not one of their alternation: the engine tries every alternative at every character (three
# times the time of the four searches, on every block with a digit)
_SHAPE_MARKS = tuple(re.compile(mark) for mark in (r"[A-Z]{2}\d", r"[01]\d{3}", r"\d{3}\.\d{3}", _VAT_COUNTRIES))


def has_shape_mark(text: str) -> bool:
    """Whether `text` holds one of the _SHAPE_MARKS: without one it holds no IBAN, enterprise or VAT number."""
    return any(mark.search(text) for mark in _SHAPE_MARKS)


# a phone number starts with "+", "00" or a trunk "0": a block without one holds none
_PHONE_HINT = re.compile(r"(?:\+|(?<![\d.,])0)\d")


def find(site: Site) -> list[NonFigure]:
    doc, text = site.doc, site.text
    found: list[NonFigure] = []
    taken: set[int] = set()

    def add(kind: str, start: int, end: int, how: str, value: str | None) -> None:
        span = token_span(doc, start, end)
        if span is None or taken & set(range(*span)):
            return
        taken.update(range(*span))
        found.append(NonFigure(kind, span[0], span[1], f"non_figure.{kind}.{how}", value))

    lower = lower_words(doc)
    cues = words().cues

    def cued(start: int, kind: str) -> bool:
        span = token_span(doc, start, start + 1)
        return span is not None and cue_before(lower, span[0], cues[kind])

    digits = _DIGIT.search(text) is not None
    if digits and has_shape_mark(text):
        for match in _GROUPED_IBAN.finditer(text):
            if (end := _valid_iban_end(match)) is not None:
                add("iban", match.start(), end, "checksum", iban.compact(text[match.start():end]))
        for match in _IBAN.finditer(text):
            if iban.is_valid(match.group()):
                add("iban", match.start(), match.end(), "checksum", iban.compact(match.group()))
            elif cued(match.start(), "account"):
                add("iban", match.start(), match.end(), "cue", iban.compact(match.group()))
            elif _printed_iban(match.group()):
                add("iban", match.start(), match.end(), "shape", iban.compact(match.group()))
        for match in _MASKED_IBAN.finditer(text):
            add("iban", match.start(), match.end(), "masked", None)
        for match in _ENTERPRISE.finditer(text):
            number = match.group()
            if be_vat.is_valid(number):
                add("enterprise_number", match.start(), match.end(), "checksum", be_vat.compact(number))
            elif cued(match.start(), "enterprise"):
                add("enterprise_number", match.start(), match.end(), "cue", None)
        for match in _OLD_ENTERPRISE.finditer(text):
            if cued(match.start(), "enterprise"):
                add("enterprise_number", match.start(), match.end(), "cue", None)
        for match in _VAT.finditer(text):
            if eu_vat.is_valid(match.group()):
                add("vat_number", match.start(), match.end(), "checksum", eu_vat.compact(match.group()))
    if digits and _PHONE_HINT.search(text):
        _phones(text, add, cued, cue_anywhere(lower, cues["phone"]))
    for match in _BIC.finditer(text):
        if bic.is_valid(match.group()) and cued(match.start(), "bic"):
            add("bic", match.start(), match.end(), "cue", match.group())
    return found


def _valid_iban_end(match: re.Match[str]) -> int | None:
    """Where the longest run of the match's groups that is a valid IBAN ends, if one is: the groups a printer
    chose ("NL33KNAB 0257 311 890") need not be fours, and a number may follow it on the line."""
    ends = [match.start() + m.end() for m in _GROUP.finditer(match.group())]
    text = match.string
    for end in reversed(ends):
        if iban.is_valid(text[match.start():end]):
            return end
    return None


def _printed_iban(number: str) -> bool:
    """`number` is written in an IBAN's printed groups and its account part fits the structure the IBAN
    registry gives its country (length and characters); the checksum is not asked."""
    if not _PRINTED_IBAN.fullmatch(number):
        return False
    compact = iban.compact(number)
    info = numdb.get("iban").info(compact)
    structure = info[0][1].get("bban") if info and info[0][0] == compact[:2] else None
    if not structure:
        return False
    pattern = "".join(f"{_BBAN_CLASS[kind]}{{{count}}}" for count, kind in _BBAN_PART.findall(structure))
    return re.fullmatch(pattern, compact[4:]) is not None


def _phones(text: str, add, cued, cue_in_block: bool) -> None:
    """`cue_in_block`: a cue word of a phone number stands in the block (cue_anywhere)."""
    for match in phonenumbers.PhoneNumberMatcher(text, "BE", leniency=phonenumbers.Leniency.VALID):
        add("phone", match.start, match.end, "valid",
            phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164))
    # a short service number ("0800.99.30") is only possible: its trunk "0" (or "+") and a cue before it
    # decide ("Bel 25.09.2022" stays a date); without a cue in the block, the second pass over it finds nothing
    if not cue_in_block:
        return
    for match in phonenumbers.PhoneNumberMatcher(text, "BE", leniency=phonenumbers.Leniency.POSSIBLE):
        if match.raw_string[:1] in "0+" and cued(match.start, "phone"):
            add("phone", match.start, match.end, "cue",
                phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164))


    # a phone number cut short by the layout (a card or a narrow cell wraps "09 223 45 67" after "45"): its trunk "0"
    # and groups of digits, right after a cue ("Telefoon 09 223 45"); too short for the library to call possible
    for match in _CUT_PHONE.finditer(text):
        if cued(match.start(), "phone"):
            add("phone", match.start(), match.end(), "cue_cut", None)


_CUT_PHONE = re.compile(r"(?<![\w.,/+])0\d{1,3}(?:[ ./]\d{2,3}){1,3}(?![\w.,/]\d)")


# phone, IBAN, BIC, enterprise and VAT numbers: checked by their checksums, the surest
FINDER = Finder(rank=10, find=find)
