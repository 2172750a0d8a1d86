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
from extractor.non_figures.base import Finder, NonFigure, Site, texts, words

_HOUSE_NUMBER = re.compile(r"^\d{1,4}[a-zA-Z]?(?:[/-]\d{1,4}[a-zA-Z]?)?$")
_BOX = re.compile(r"^(?:\d{1,4}[a-zA-Z]?|[a-zA-Z])$")
_POSTCODE = re.compile(r"^(?:(?:B|BE)-?)?([1-9]\d{3})$")
_POSTCODE_LETTERS = re.compile(r"^[A-Z]{2}$")  # the letters of a Dutch postcode ("2719 MR")


def find(site: Site) -> list[NonFigure]:
    doc, line_starts = site.doc, site.starts
    lexicon = words()
    lower = lower_words(doc)
    text = texts(doc)
    found: list[NonFigure] = []
    streets_end: set[int] = set()  # one past the house number (and box) of each street found
    for i in range(len(doc) - 1):
        if not text[i][:1].isupper() or not _HOUSE_NUMBER.match(text[i + 1]) \
                or not _is_street(lower[i], lexicon.streets):
            continue
        end = _after_box(text, lower, i + 2, lexicon.house_number_box)
        found.append(NonFigure("address", i, end, "non_figure.address.street"))
        streets_end.add(end)
    for i, written in enumerate(text):
        match = _POSTCODE.match(written) if written[:1].isdigit() or written[:1] == "B" else None
        if not match or i + 1 >= len(doc):
            continue
        # a Dutch postcode: four digits, two capitals, the place ("2719 MR Zoetermeer")
        letters = _POSTCODE_LETTERS.match(text[i + 1]) is not None and i + 2 < len(doc) \
            and text[i + 2][:1].isupper() and _is_name(text[i + 2])
        municipality = text[i + 2] if letters else text[i + 1]
        if not municipality[:1].isupper() or not (municipality.isalpha() or "-" in municipality):
            continue
        if not letters and (lower[i + 1] in lexicon.not_municipalities or unit_of_word(lower[i + 1])):
            continue
        before = lower[i - 1] if i else ""
        placed = (written[0] == "B" or i == 0 or doc[i].idx in line_starts or before in lexicon.postcode_after
                  or i in streets_end or letters)
        if not placed:
            continue
        found.append(NonFigure("postcode", i, i + (3 if letters else 2), "non_figure.postcode", match.group(1)))
        # "Werft 32, 2440 Geel", "Amaranthout 47 | 2719 MR Zoetermeer": a capitalised word and a number
        # before the comma (or a cell's edge) are its street
        if before in (",", "|") and i >= 3 and (i - 1) not in streets_end and _HOUSE_NUMBER.match(text[i - 2]) \
                and text[i - 3][:1].isupper() and _is_name(text[i - 3]):
            found.append(NonFigure("address", i - 3, i - 1, "non_figure.address.before_postcode"))
        # an address block of a letter or a cover: the street on one line, the postcode opening the next
        # ("Morelberg 52" / "4708 NL Roosendaal")
        elif i >= 2 and doc[i].idx in line_starts and i not in streets_end and _HOUSE_NUMBER.match(text[i - 1]) \
                and doc[i - 1].idx + len(text[i - 1]) - 1 in site.ends and text[i - 2][:1].isupper() and _is_name(text[i - 2]):
            found.append(NonFigure("address", i - 2, i, "non_figure.address.before_postcode"))
    return found


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
