"""Hand-made report dicts of the two corpus reports, shaped as records.py `to_json` output.

Every record names the corpus line it comes from; its column is looked up in the real file, and the test
below checks that each raw text really stands on its line, so the fixtures cannot drift from the corpus.
The differ's tests build on these until (and beside) the extractor's own outputs.
"""

from __future__ import annotations

import copy
import hashlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MD_2021 = "corpus/smartcoop-bijzonder-verslag-2021.md"
TXT_2024 = "corpus/smartcoop-bijzonder-verslag-2024.txt"


def _lines(path: str) -> list[str]:
    return (ROOT / path).read_text(encoding="utf-8").split("\n")


def _location(path: str, line: int, raw: str) -> dict:
    text = _lines(path)[line - 1]
    column = text.find(raw)
    if column < 0:
        raise AssertionError(f"{path}:{line}: {raw!r} not on this line")
    return {"page": None, "line": line, "column": column + 1, "bbox": None}


def indicator(path: str, id: str, label: str, value, unit: str | None, raw: str, line: int,
              period: str | None = None, qualifier: str = "exact", match: str = "catalogue") -> dict:
    return {"id": id, "label": label, "value": value, "unit": unit, "qualifier": qualifier, "raw": raw,
            "period": period, "rule": "fixture", "location": _location(path, line, raw),
            "sentence": _lines(path)[line - 1].strip(), "match": match}


def statute(path: str, articles: list[str], raw: str, line: int, condition: int | None) -> dict:
    return {"instrument": "statutes", "article": ", ".join(articles), "articles": articles, "raw": raw,
            "condition": condition, "implied": False, "location": _location(path, line, raw), "rule": "fixture"}


def meeting(path: str, kind: str, date: str | None, precision: str | None, raw: str, line: int,
            articles: list[str], action: str | None) -> dict:
    return {"kind": kind, "date": date, "precision": precision, "raw": raw, "articles": articles,
            "action": action, "location": _location(path, line, raw), "rule": "fixture"}


def _document(path: str, fmt: str, year: int) -> dict:
    return {"path": path, "sha256": hashlib.sha256((ROOT / path).read_bytes()).hexdigest(), "format": fmt,
            "pages": None, "fiscal_year": year, "organisation": "SmartCoop",
            "title": "Bijzonder verslag over de erkenning als sociale onderneming"}


def report_2021() -> dict:
    p = MD_2021

    def i(*args, **kwargs):
        return indicator(p, *args, **kwargs)

    return {
        "schema_version": "1", "document": _document(p, "markdown", 2021),
        "indicators": [
            i("loans.projects", "projecten begeleid", 72, "projects", "72 projecten", 40, "2021"),
            i("loans.projects_financed", "projecten gefinancierd", 63, "projects", "63 projecten", 40, "2021"),
            i("loans.projects_advances", "projecten met voorschot", 9, "projects", "9 projecten", 40, "2021"),
            i("loans.amount", "bedrag van de leningen", 289686, "EUR", "289.686 euro", 40, "2021"),
            i("employment.persons", "personen tewerkgesteld", 18894, "persons", "18.894 personen", 58, "2021"),
            i("employment.newcomers", "nieuwkomers", 4764, "persons", "4.764 nieuwkomers", 58, "2021"),
            i("employment.persons.change_pct", "personen tewerkgesteld", 7.19, "%", "+7,19 %", 58),
            i("employment.contracts", "contracten", 172349, "contracts", "172.349 contracten", 58, "2021"),
            i("employment.workdays", "werkdagen", 576953, "days", "576.953 werkdagen", 58, "2021"),
            i("employment.hours", "werkuren", 4101304, "hours", "4.101.304 werkuren", 58, "2021"),
            i("employment.fte", "voltijds equivalenten", 2072, "FTE", "2.072 voltijds equivalenten", 58, "2021"),
            i("permanent_contracts.members", "leden met een contract van onbepaalde duur", 39, "persons",
              "39 leden", 59, "2021-12-31"),
            i("permanent_contracts.women", "vrouwen", 21, "persons", "21 vrouwen", 59, "2021-12-31"),
            i("permanent_contracts.men", "mannen", 18, "persons", "18 mannen", 59, "2021-12-31"),
            i("permanent_contracts.full_time", "voltijdse contracten", 26, "contracts", "26 voltijdse", 59,
              "2021-12-31"),
            i("permanent_contracts.part_time", "deeltijdse contracten", 13, "contracts", "13 deeltijdse", 59,
              "2021-12-31"),
            i("training.staff.volume", "opleiding vaste medewerkers", 159.5, "days", "159,5 dagen", 60),
            i("legal.requests", "juridische aanvragen", 3200, "requests", "meer dan 3.200 consultaties", 61,
              "2021", qualifier="at_least"),
            i("other.podcasts", "podcasts", 6, "podcasts", "6 podcasts", 68, match="derived"),
            i("publications.count", "publicaties", 16, "publications", "16 publicaties", 73, "2021"),
            i("conferences.count", "conferenties/debatten", 7, "conferences", "zeven conferenties", 74),
            i("workspace.area", "gedeelde werkruimten", 8700, "m2", "8.700", 90, qualifier="at_least"),
            i("training.members.participants", "deelnemers opleidingen leden", 694, "persons", "694 personen", 91,
              "2021"),
            i("payment_reminders.count", "betalingsherinneringen", 30194, "reminders",
              "30.194 betalingsherinneringen", 114, "2021"),
        ],
        "statute_references": [
            statute(p, ["1"], "artikel 1", 11, None),
            statute(p, ["3", "4"], "artikels 3 en 4", 19, 1),
            statute(p, ["3", "4"], "artikels 3 en 4", 20, 2),
            statute(p, ["3"], "Artikel 3", 21, 3),
            statute(p, ["43"], "Artikel 43", 21, 3),
            statute(p, ["46"], "Artikel 46", 22, 4),
            statute(p, ["20"], "artikel 20", 23, 5),
            statute(p, ["23"], "Artikel 23", 25, 6),
            statute(p, ["37"], "Artikel 37", 26, 7),
            statute(p, ["43"], "Artikel 43", 27, 8),
        ],
        "legal_references": [],
        "meetings": [
            meeting(p, "extraordinary", "2022-06-21", "day",
                    "buitengewone algemene vergadering van 21 juni 2022", 11, ["1"], "amended"),
            meeting(p, "extraordinary", "2020-06", "month",
                    "buitengewone algemene vergadering van juni 2020", 25, ["23"], "amended"),
            meeting(p, "extraordinary", "2020-06", "month",
                    "buitengewone algemene vergadering van juni 2020", 26, ["37"], "amended"),
            meeting(p, "general", None, None, "algemene vergadering", 59, [], None),
        ],
        "entities": [], "warnings": [],
    }


def report_2024() -> dict:
    p = TXT_2024

    def i(*args, **kwargs):
        return indicator(p, *args, **kwargs)

    return {
        "schema_version": "1", "document": _document(p, "text", 2024),
        "indicators": [
            i("loans.projects", "projecten ondersteund", 70, "projects", "70 projecten", 188, "2024"),
            i("loans.amount", "bedrag van de leningen", 236510, "EUR", "236.510 euro", 189, "2024"),
            i("loans.cumulative_projects", "projecten sinds de lancering", 253, "projects", "253 projecten", 190,
              "../2024"),
            i("loans.cumulative_amount", "totaalbedrag sinds de lancering", 1001063, "EUR", "1.001.063 euro", 191,
              "../2024"),
            i("employment.persons", "personen tewerkgesteld", 20892, "persons", "20.892 personen", 230, "2024"),
            i("employment.contracts", "arbeidsovereenkomsten", 217458, "contracts", "217.458", 231, "2024"),
            i("employment.workdays", "werkdagen", 639505, "days", "639.505 aangegeven werkdagen", 232, "2024"),
            i("employment.hours", "werkuren", 4512675, "hours", "4.512.675 werkuren", 233, "2024"),
            i("employment.fte", "voltijds equivalenten", 2284, "FTE", "2.284 voltijds equivalenten", 233, "2024"),
            i("permanent_contracts.members", "leden met een contract van onbepaalde duur", 33, "persons",
              "33 leden", 245, "2024-12-31"),
            i("permanent_contracts.women", "vrouwen", 14, "persons", "14 vrouwen", 246, "2024-12-31"),
            i("permanent_contracts.men", "mannen", 19, "persons", "19 mannen", 246, "2024-12-31"),
            i("permanent_contracts.full_time", "voltijdse contracten", 22, "contracts", "22 voltijdse", 246,
              "2024-12-31"),
            i("permanent_contracts.part_time", "deeltijdse contracten", 11, "contracts", "11 deeltijdse", 246,
              "2024-12-31"),
            i("training.staff.volume", "opleiding vaste medewerkers", 1946.5, "hours", "1.946,5 uur", 249),
            i("training.members.participants", "deelnemers opleidingen leden", 564, "persons", "564 deelnemers",
              250, "2024"),
            i("legal.requests", "juridische aanvragen", 674, "requests", "674 aanvragen", 259, "2024"),
            i("publications.count", "publicaties", 13, "publications", "13 publicaties", 333, "2024"),
            i("conferences.count", "conferenties/debatten", 9, "conferences", "negen", 345),
            i("workspace.area", "site Sint-Gillis", 4800, "m2", "4.800\u202fm2", 385),
            i("payment_reminders.count", "aanmaningen", 34945, "reminders", "34.945 aanmaningen", 512, "2024"),
        ],
        "statute_references": [
            statute(p, ["1"], "artikel 1", 9, None),
            statute(p, ["3", "4"], "artikels 3 en 4", 27, 1),
            statute(p, ["3", "4"], "artikels 3 en 4", 39, 2),
            statute(p, ["3"], "Artikel 3", 54, 3),
            statute(p, ["43"], "Artikel", 56, 3),
            statute(p, ["46"], "Artikel 46", 69, 4),
            statute(p, ["20"], "artikel 20", 78, 5),
            statute(p, ["23"], "Artikel 23", 112, 6),
            statute(p, ["37"], "Artikel 37", 123, 7),
            statute(p, ["43"], "Artikel 43", 136, 8),
        ],
        "legal_references": [],
        "meetings": [
            meeting(p, "extraordinary", "2023-06-20", "day", "buitengewone algemene", 9, ["1"], "amended"),
            meeting(p, "extraordinary", "2022-06", "month", "buitengewone algemene vergadering van juni", 113,
                    ["23"], "amended"),
            meeting(p, "extraordinary", "2020-06", "month", "buitengewone algemene vergadering van", 124,
                    ["37"], "amended"),
            meeting(p, "extraordinary", "2022", "year", "algemene vergadering van 2022", 126, ["37"], "confirmed"),
        ],
        "entities": [], "warnings": [],
    }


def find(report: dict, indicator_id: str) -> dict:
    return next(i for i in report["indicators"] if i["id"] == indicator_id)


def variant(report: dict, year: int | None = None, **values) -> dict:
    """A copy of `report` with some indicator values changed: variant(r, **{"loans.amount": 1})."""
    out = copy.deepcopy(report)
    if year is not None:
        out["document"]["fiscal_year"] = year
        old_year = str(report["document"]["fiscal_year"])
        out["document"]["path"] = out["document"]["path"].replace(old_year, str(year))
        for record in out["indicators"]:
            if record["period"]:
                record["period"] = record["period"].replace(old_year, str(year))
    for indicator_id, value in values.items():
        find(out, indicator_id)["value"] = value
    return out


@pytest.mark.parametrize("build", [report_2021, report_2024])
def test_fixture_records_stand_on_their_corpus_lines(build):
    report = build()
    path = report["document"]["path"]
    for kind in ("indicators", "statute_references", "meetings"):
        for record in report[kind]:
            loc = record["location"]
            line = _lines(path)[loc["line"] - 1]
            assert line[loc["column"] - 1:].startswith(record["raw"])
