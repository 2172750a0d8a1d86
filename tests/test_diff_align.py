"""Alignment: by canonical id, then by label and unit (rapidfuzz, score kept), conditions, events; and the
changes computed from it."""

from __future__ import annotations

import copy

from test_diff_fixtures import find, report_2021, report_2024

from extractor.diff import diff_reports
from extractor.diff.align import align_conditions, align_events, align_indicators
from extractor.diff.reports import Report, period_years


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
                                        "confidence": 0.734}
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
