"""Alignment: by canonical id, then by label and unit (rapidfuzz, score kept), conditions, events; and the
changes computed from it."""

from __future__ import annotations

import copy

from test_diff_fixtures import find, report_2021, report_2024

from extractor.diff import diff_reports
from extractor.diff.align import align_conditions, align_events, align_indicators
from extractor.diff.view import Report, period_years


def test_catalogue_ids_pair_by_id():
    pairs = align_indicators(Report(report_2021()), Report(report_2024()))
    by_id = {p.id: p for p in pairs}
    assert by_id["employment.persons"].alignment.to_json() == {"method": "id", "score": None,
                                                               "key": "employment.persons", "confidence": 1.0}
    assert (by_id["employment.persons"].old["value"], by_id["employment.persons"].new["value"]) == (18894, 20892)
    assert [p.id for p in pairs if p.old is None] == ["loans.cumulative_projects", "loans.cumulative_amount"]
    assert [p.id for p in pairs if p.new is None] == [
        "loans.projects_financed", "loans.projects_advances", "employment.newcomers",
        "employment.persons.change_pct", "other.podcasts"]


def test_derived_ids_pair_by_label_and_unit_with_the_score():
    new = report_2024()
    podcast = copy.deepcopy(find(report_2021(), "other.podcasts"))
    podcast.update(label="podcast", value=9, raw="9 podcasts")
    new["indicators"].append(podcast)
    pair = [p for p in align_indicators(Report(report_2021()), Report(new)) if p.id == "other.podcasts"][0]
    assert pair.alignment.to_json() == {"method": "fuzzy", "score": 99.0, "key": "other.podcasts", "context": 100.0,
                                        "confidence": 0.73}
    assert (pair.old["value"], pair.new["value"]) == (6, 9)


def test_fuzzy_pairing_needs_the_same_unit():
    new = report_2024()
    podcast = copy.deepcopy(find(report_2021(), "other.podcasts"))
    podcast.update(unit="hours")
    new["indicators"].append(podcast)
    pairs = [p for p in align_indicators(Report(report_2021()), Report(new)) if p.id == "other.podcasts"]
    assert [(p.old is None, p.new is None) for p in pairs] == [(True, False), (False, True)]


def test_fuzzy_pairing_weighs_the_sentence_and_the_scale():
    """The same counted noun in an unrelated sentence, ten times larger, is another quantity ("100 workshops" at
    one event, "negen workshops" at another): at most a "possible" pair, never the ground of a finding."""
    new = report_2024()
    podcast = copy.deepcopy(find(report_2021(), "other.podcasts"))
    podcast.update(sentence="Er kwamen dit jaar 60 podcasts bij over de geschiedenis van coöperaties.", value=60,
                   raw="60 podcasts")
    new["indicators"].append(podcast)
    pairs = [p for p in align_indicators(Report(report_2021()), Report(new)) if p.id == "other.podcasts"]
    assert all(p.alignment is None or p.alignment.possible for p in pairs)
    findings = diff_reports(report_2021(), new)
    assert not [f for f in findings.findings if f.subject == "other.podcasts"]


def test_a_catalogued_figure_pairs_with_a_derived_one_by_label():
    new = report_2024()
    derived = find(new, "publications.count")
    derived.update(id="other.publications", match="derived")
    pair = [p for p in align_indicators(Report(report_2021()), Report(new)) if p.id == "publications.count"][0]
    assert pair.alignment.method == "fuzzy" and pair.alignment.score == 100.0
    assert pair.new["id"] == "other.publications"


def test_conditions_pair_by_condition():
    pairs = align_conditions(Report(report_2021()), Report(report_2024()))
    assert [(p.condition, p.old_articles, p.new_articles) for p in pairs] == [
        (1, ["3", "4"], ["3", "4"]), (2, ["3", "4"], ["3", "4"]), (3, ["3", "43"], ["3", "43"]),
        (4, ["46"], ["46"]), (5, ["20"], ["20"]), (6, ["23"], ["23"]), (7, ["37"], ["37"]), (8, ["43"], ["43"])]


def test_events_pair_by_article_and_action():
    pairs = align_events(Report(report_2021()), Report(report_2024()))
    assert [(p.key, [m["date"] for m in p.old], [m["date"] for m in p.new]) for p in pairs] == [
        ("article:1/amended", ["2022-06-21"], ["2023-06-20"]),
        ("article:23/amended", ["2020-06"], ["2022-06"]),
        ("article:37/amended", ["2020-06"], ["2020-06"])]


def test_changes_before_after_delta_relative():
    changes = {c.id: c for c in diff_reports(report_2021(), report_2024()).changes}
    persons = changes["employment.persons"].to_json()
    assert (persons["before"]["value"], persons["after"]["value"], persons["delta"], persons["relative"],
            persons["status"]) == (18894, 20892, 1998, 0.105748, "changed")
    assert persons["after"]["location"] == {"page": None, "line": 230, "column": 46, "bbox": None}
    assert changes["training.staff.volume"].status == "incomparable"
    assert changes["training.staff.volume"].delta is None
    assert changes["loans.cumulative_projects"].status == "added"
    assert changes["employment.newcomers"].status == "dropped"
    assert changes["legal.requests"].approximate is True


def test_approximate_values_compare_as_approximate():
    old, new = report_2021(), report_2024()
    find(new, "workspace.area").update(value=8900, qualifier="approximately")  # 8.700+ vs about 8.900
    change = {c.id: c for c in diff_reports(old, new).changes}["workspace.area"]
    assert (change.status, change.approximate, change.delta) == ("unchanged", True, 200)


def test_period_years():
    assert period_years("2021") == (2021, 2021)
    assert period_years("2021-12-31") == (2021, 2021)
    assert period_years("../2024") == (None, 2024)
    assert period_years("2020/2021") == (2020, 2021)
    assert period_years(None) is None


# ---- the same quantity in other words, other sectors ----------------------------------------------------------

CARE_2022 = """Zorgcoöperatie Zonnehof cv
Bijzonder verslag over het boekjaar 2022

Werking in 2022
Het team telt 9 medewerkers, samen 6,4 VTE. Daarnaast helpen 35 vrijwilligers bij de maaltijden.
We bezorgden 12.400 maaltijden aan 210 gezinnen. De investering in de nieuwe keuken bedroeg € 486.000.
Het dividend bedraagt hoogstens 5 % van de nominale waarde van de aandelen.

Bestuur
De raad van bestuur vergaderde elf keer. De algemene vergadering telde 167 aanwezige vennoten.
"""
CARE_2023 = """Zorgcoöperatie Zonnehof cv
Bijzonder verslag over het boekjaar 2023

Werking in 2023
Ons team bestaat uit 10 werknemers (7,1 VTE), bijgestaan door 41 vrijwilligers.
In 2023 werden 13.100 maaltijden bezorgd bij 236 gezinnen. De renovatie van de keuken kostte 402.500 euro.
We keren 5 % dividend uit, zoals artikel 32 van de statuten toelaat.

Bestuur
De raad van bestuur kwam 12 keer samen. Op de algemene vergadering waren 181 vennoten aanwezig.
"""
HOUSING_2022 = """Wooncoöperatie Dak cv
Bijzonder verslag over het boekjaar 2022

Activiteiten in 2022
Het kapitaal bedroeg 3,1 miljoen euro. Met het renovatiefonds renoveerden we 12 woningen. De investering bedroeg € 486.000. Het energieverbruik van die woningen daalde met 41 %.
De gemiddelde huur bedroeg 612 euro per maand.
Het team telt 9 medewerkers. De raad van bestuur vergaderde elf keer.
"""
HOUSING_2023 = """Wooncoöperatie Dak cv
Bijzonder verslag over het boekjaar 2023

Activiteiten in 2023
Het ingebrachte kapitaal bedraagt 3,4 miljoen euro. Het renovatiefonds financierde de renovatie van 9 woningen, voor 402.500 euro.
De huurprijs steeg tot 628 euro per maand. Het aantal huurders steeg met 8 %.
Er werken nu 10 personen in het team. De raad van bestuur kwam 12 keer samen.
"""


def _confident(tmp_path, old_text: str, new_text: str) -> tuple[list, list]:
    """(confident pairs, possible pairs) as (old raw, new raw), of two reports written to tmp_path."""
    from extractor.pipeline import extract_file

    reports = []
    for name, text in (("old.txt", old_text), ("new.txt", new_text)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        reports.append(Report(extract_file(tmp_path / name)))
    pairs = [p for p in align_indicators(*reports) if p.old and p.new]
    return ([(p.old["raw"], p.new["raw"]) for p in pairs if p.alignment.confident],
            [(p.old["raw"], p.new["raw"]) for p in pairs if p.alignment.possible])


def test_synonyms_units_and_qualifiers_pair_confidently(tmp_path, monkeypatch):
    """"medewerkers"/"werknemers" (one concept of the lexicon), "€ 486.000"/"402.500 euro", "hoogstens 5 %"/"5 %",
    "elf keer"/"12 keer", "aanwezige vennoten"/"vennoten ... aanwezig": every quantity of a care cooperative's two
    years is paired, each with its own."""
    monkeypatch.chdir(tmp_path)
    confident, possible = _confident(tmp_path, CARE_2022, CARE_2023)
    assert confident == [("9 medewerkers", "10 werknemers"), ("6,4 VTE", "7,1 VTE"),
                         ("35 vrijwilligers", "41 vrijwilligers"), ("12.400 maaltijden", "13.100 maaltijden"),
                         ("210 gezinnen", "236 gezinnen"), ("€ 486.000", "402.500 euro"), ("hoogstens 5 %", "5 %"),
                         ("elf keer", "12 keer"), ("167 aanwezige vennoten", "181 vennoten")]
    assert possible == []


def test_claims_of_unnamed_quantities_are_possible_pairs_at_most(tmp_path, monkeypatch):
    """"Het energieverbruik van die woningen daalde met 41 %" and "Het aantal huurders steeg met 8 %" name what
    changed, and no figure of theirs is given: never a confident pair. The section heading ("Activiteiten in
    2022" / "2023") and the team context pair the staff though counted as "medewerkers" and "personen"."""
    monkeypatch.chdir(tmp_path)
    confident, possible = _confident(tmp_path, HOUSING_2022, HOUSING_2023)
    assert ("41 %", "8 %") not in confident and possible == [("41 %", "8 %")]
    assert confident == [("3,1 miljoen euro", "3,4 miljoen euro"), ("12 woningen", "9 woningen"),
                         ("€ 486.000", "402.500 euro"), ("612 euro", "628 euro"), ("9 medewerkers", "10 personen"),
                         ("elf keer", "12 keer")]
