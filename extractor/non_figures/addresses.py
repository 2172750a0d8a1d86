"""Addresses: a street with its house number and box ("Kasteelstraat 14", "Grote Markt 1 bus 3"), a postcode
with its municipality ("2440 Geel", "B-1000 Brussel"), and the house number before such a postcode
("Werft 32, 2440 Geel", "Dok-Noord 7, 9000 Gent"); a Dutch postcode with its two letters ("Amaranthout 47 | 2719 MR
Zoetermeer"). The street words and the words a postcode follows are in patterns/non_figures.yaml.

Dutch puts a count before what it counts ("3 windturbines"); a capitalised name followed by a number is a
name or an address, never a count. A postcode needs the punctuation or place of an address around it, so
that "2440 vennoten" stays a figure.
"""

from __future__ import annotations

import re

from extractor.nlp.language import lower_words
from extractor.figures.quantities import unit_of_word
from extractor.non_figures.base import Finder, NonFigure, Site, number_tokens, texts, words

_HOUSE_NUMBER = re.compile(r"^\d{1,4}[a-zA-Z]?(?:[/-]\d{1,4}[a-zA-Z]?)?$")
_BOX = re.compile(r"^(?:\d{1,4}[a-zA-Z]?|[a-zA-Z])$")
_POSTCODE = re.compile(r"^(?:(?:B|BE)-?)?([1-9]\d{3})$")
_POSTCODE_LETTERS = re.compile(r"^[A-Z]{2}$")  # the letters of a Dutch postcode ("2719 MR")


def find(site: Site) -> list[NonFigure]:
    """The streets with their house numbers first, then each postcode with its municipality and the street
    before it."""
    text, lower = texts(site.doc), lower_words(site.doc)
    found = _streets(text, lower)
    streets_end = {street.end for street in found}  # one past the house number (and box) of each street found
    for i in number_tokens(site.doc, site.text, "B"):  # a postcode opens with a digit or a "B" ("B-2440")
        found += _postcode_at(site, i, text, lower, streets_end)
    return found


def _streets(text: list[str], lower: list[str]) -> list[NonFigure]:
    """A capitalised word ending in a street word, then its house number and box ("Kasteelstraat 14 bus 3")."""
    lexicon = words()
    found = []
    for i in range(len(text) - 1):
        if text[i][:1].isupper() and _HOUSE_NUMBER.match(text[i + 1]) and _is_street(lower[i], lexicon.streets):
            end = _after_box(text, lower, i + 2, lexicon.house_number_box)
            found.append(NonFigure("address", i, end, "non_figure.address.street"))
    return found


def _postcode_at(site: Site, i: int, text: list[str], lower: list[str], streets_end: set[int]) -> list[NonFigure]:
    """The postcode at token `i` with its municipality, where an address places it, and the street before it;
    none where the number is no postcode ("2440 vennoten")."""
    written, lexicon = text[i], words()
    match = _POSTCODE.match(written) if written[:1].isdigit() or written[:1] == "B" else None
    if not match or i + 1 >= len(text):
        return []
    # a Dutch postcode: four digits, two capitals, the place ("2719 MR Zoetermeer")
    letters = _POSTCODE_LETTERS.match(text[i + 1]) is not None and i + 2 < len(text) \
        and text[i + 2][:1].isupper() and _is_name(text[i + 2])
    municipality = text[i + 2] if letters else text[i + 1]
    if not municipality[:1].isupper() or not (municipality.isalpha() or "-" in municipality):
        return []
    if not letters and (lower[i + 1] in lexicon.not_municipalities or unit_of_word(lower[i + 1])):
        return []
    before = lower[i - 1] if i else ""
    placed = (written[0] == "B" or i == 0 or site.doc[i].idx in site.starts or before in lexicon.postcode_after
              or i in streets_end or letters)
    if not placed:
        return []
    postcode = NonFigure("postcode", i, i + (3 if letters else 2), "non_figure.postcode", match.group(1))
    street = _street_before_postcode(site, i, text, before, streets_end)
    return [postcode] if street is None else [postcode, street]


def _street_before_postcode(site: Site, i: int, text: list[str], before: str,
                            streets_end: set[int]) -> NonFigure | None:
    """The street of the postcode at token `i` that no street word named: a capitalised word and a number before
    its comma or a cell's edge ("Werft 32, 2440 Geel", "Amaranthout 47 | 2719 MR Zoetermeer"), or ending the line
    before it in an address block of a letter or a cover ("Morelberg 52" / "4708 NL Roosendaal")."""
    doc = site.doc
    if before in (",", "|") and i >= 3 and (i - 1) not in streets_end and _HOUSE_NUMBER.match(text[i - 2]) \
            and text[i - 3][:1].isupper() and _is_name(text[i - 3]):
        return NonFigure("address", i - 3, i - 1, "non_figure.address.before_postcode")
    if i >= 2 and doc[i].idx in site.starts and i not in streets_end and _HOUSE_NUMBER.match(text[i - 1]) \
            and doc[i - 1].idx + len(text[i - 1]) - 1 in site.ends and text[i - 2][:1].isupper() \
            and _is_name(text[i - 2]):
        return NonFigure("address", i - 2, i, "non_figure.address.before_postcode")
    return None


def _is_name(written: str) -> bool:
    """Letters only, or words of letters joined by hyphens or apostrophes ("Dok-Noord", "Sint-Pieters")."""
    return re.fullmatch(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", written) is not None


def _is_street(word: str, streets: tuple[str, ...]) -> bool:
    return any(word.endswith(street) for street in streets)


def _after_box(text: list[str], lower: list[str], j: int, boxes: frozenset[str]) -> int:
    """One past "bus 3" after a house number, or `j` when there is none."""
    if j + 1 < len(text) and lower[j] in boxes and _BOX.match(text[j + 1]):
        return j + 2
    return j


# house numbers, boxes and postcodes
FINDER = Finder(rank=20, find=find)
