"""What the recognisers find: one dataclass per kind of record, each with its provenance.

Field names follow the report JSON contract (DESIGN.md §3); `to_json` gives the contract's dict.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from extractor.document.model import Location

Qualifier = Literal["exact", "approximately", "at_least", "at_most", "range"]
Precision = Literal["day", "month", "year"]


@dataclass
class Indicator:
    id: str  # canonical id from patterns/indicators.yaml, or "other.<key>" built from its words (describe.py)
    label: str  # Dutch label: the catalogue's, or the words that name the quantity in the text
    value: float | int
    unit: str | None  # canonical unit: "persons", "EUR", "hours", "days", "m2", "%", "score/10", ...
    qualifier: Qualifier
    raw: str  # the figure as written, with its qualifier and unit: "bijna 3 miljoen euro"
    period: str | None  # ISO 8601 period the text gives the figure: "2021", "2021-12-31", "../2024"; else None
    rule: str  # the rule that produced it: "number.digits+unit", "number.written", ...
    location: Location
    sentence: str
    value_max: float | int | None = None  # for ranges ("tussen 1 en 5,98")
    match: str = "catalogue"  # how the id was found: "catalogue", "fuzzy:<score>", "derived"
    # for a figure in a table of figures: {"table": n, "row", "parent", "column"[, "unit", "scale", "total"]}
    table: dict | None = None
    # the period names a year only, by a table's column or a phrase ("vorig jaar"): a stock stands on its last day
    year_only: bool = False

    def to_json(self) -> dict:
        out = {"id": self.id, "label": self.label, "value": self.value, "unit": self.unit,
               "qualifier": self.qualifier, "raw": self.raw, "period": self.period, "rule": self.rule,
               "location": self.location.to_json(), "sentence": self.sentence, "match": self.match}
        if self.value_max is not None:
            out["value_max"] = self.value_max
        if self.table is not None:
            out["table"] = dict(self.table)
        return out


@dataclass
class StatuteReference:
    """A reference to articles of the organisation's own statutes ("artikels 3 en 4 van de statuten")."""

    instrument: str  # "statutes"
    article: str  # "3", or "3, 4" for several; `articles` holds them one by one
    articles: list[str]
    raw: str
    condition: int | None  # 1..9: the condition of art. 8:5 WVV the reference backs, when the text says so
    implied: bool  # True when "statuten" is not written but implied (the conditions table)
    location: Location
    rule: str
    # article → its subdivisions, lower case: {"12": "§ 2"} for "§2", {"5": "tweede lid, 3°"}, {"33": "eerste lid"}
    subdivisions: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"instrument": self.instrument, "article": self.article, "articles": self.articles,
                "subdivisions": dict(self.subdivisions), "raw": self.raw, "condition": self.condition,
                "implied": self.implied, "location": self.location.to_json(), "rule": self.rule}


@dataclass
class LegalReference:
    """A reference to the law: an article of a code ("artikel 8:5, 3 van het WVV"), an act, a royal decree."""

    instrument: str  # "WVV", "royal_decree", "act"
    article: str | None  # "8:5"
    subdivision: str | None  # "3" in "artikel 8:5, 3"
    date: str | None  # ISO date of an act or decree: "2019-06-28"
    raw: str
    location: Location
    rule: str

    def to_json(self) -> dict:
        return {"instrument": self.instrument, "article": self.article, "subdivision": self.subdivision,
                "date": self.date, "raw": self.raw, "location": self.location.to_json(), "rule": self.rule}


MEETING_ACTIONS = ("amended", "repealed", "adopted", "confirmed")  # what a meeting did to the statutes (its action)


@dataclass
class Meeting:
    kind: str  # "general" | "extraordinary"
    date: str | None  # "2022-06-21", "2020-06", "2022"
    precision: Precision | None
    raw: str
    articles: list[str] = field(default_factory=list)  # statute articles the meeting acted on
    action: str | None = None  # "amended" | "repealed" | "confirmed" | "adopted" | None
    location: Location | None = None
    rule: str = ""
    form: str | None = None  # the meeting's name: "ordinary", "annual", "statutory", "mixed", "extraordinary"
    planned: bool = False  # the text announces it ("zal ... wijzigen", "de volgende algemene vergadering")
    year_inferred: bool = False  # the year of `date` is not written beside it but taken from its context
    year_source: str | None = None  # where an inferred year came from: "sentence", "paragraph", "heading", ...
    implied: bool = False  # no meeting is named: a dated amendment of the statutes implies it
    year_implied_by: str | None = None  # a meeting named by month only: "fiscal_year" | "same_meeting" gave its year

    def to_json(self) -> dict:
        return {"kind": self.kind, "date": self.date, "precision": self.precision, "raw": self.raw,
                "articles": self.articles, "action": self.action,
                "location": self.location.to_json() if self.location else None, "rule": self.rule,
                "form": self.form or self.kind, "planned": self.planned, "year_inferred": self.year_inferred,
                "year_source": self.year_source, "implied": self.implied,
                **({"year_implied_by": self.year_implied_by} if self.year_implied_by else {})}


@dataclass
class Entity:
    """A named thing the rules recognise that is not a figure: organisation, date, URL, meeting mention."""

    label: str  # "ORG", "DATE", "URL", "MEETING"
    text: str
    location: Location
    rule: str
    value: str | None = None  # normalised value where there is one (an ISO date)

    def to_json(self) -> dict:
        return {"label": self.label, "text": self.text, "value": self.value,
                "location": self.location.to_json(), "rule": self.rule}
