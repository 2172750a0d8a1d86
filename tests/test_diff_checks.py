"""Each check on hand-made report dicts of the corpus (tests/test_diff_fixtures.py): the two real
inconsistencies of the corpus are found with evidence from both reports, nothing else is; every planted
error is found, with the exact message and the planted line."""

from __future__ import annotations

import copy

import pytest
from test_diff_fixtures import MD_2021, TXT_2024, find, report_2021, report_2024, variant

from extractor.diff import check_draft, diff_reports
from extractor.diff.checks import REGISTRY, run_across, run_internal
from extractor.diff.view import Report


def summary(findings) -> list[tuple]:
    return [(f.severity, f.rule, f.subject, [(e.document, e.location["line"]) for e in f.evidence])
            for f in findings.sorted_findings()]


def only(findings, rule: str):
    found = [f for f in findings.sorted_findings() if f.rule == rule]
    assert len(found) == 1, [f.message for f in findings.findings]
    return found[0]


# ---- the corpus as it is

def test_corpus_pair_has_exactly_the_real_inconsistencies():
    findings = diff_reports(report_2021(), report_2024())
    assert summary(findings) == [
        ("error", "across.event_date", "article:1", [(TXT_2024, 9), (MD_2021, 11)]),
        ("error", "across.event_date", "article:23", [(TXT_2024, 113), (MD_2021, 25)]),
        ("warning", "across.unit_change", "training.staff.volume", [(TXT_2024, 249), (MD_2021, 60)]),
        ("info", "across.definition_change", "training.members.participants", [(TXT_2024, 250), (MD_2021, 91)]),
        ("info", "across.definition_change", "legal.requests", [(TXT_2024, 259), (MD_2021, 61)]),
    ]
    messages = [f.message for f in findings.sorted_findings()]
    assert messages == [
        "De datum van de buitengewone algemene vergadering die artikel 1 van de statuten wijzigde, verschilt: "
        "21 juni 2022 in het verslag 2021, 20 juni 2023 in het verslag 2024.",
        "De datum van de buitengewone algemene vergadering die artikel 23 van de statuten wijzigde, verschilt: "
        "juni 2020 in het verslag 2021, juni 2022 in het verslag 2024.",
        "«opleiding vaste medewerkers» staat in het verslag 2021 in dagen («159,5 dagen») en in het verslag 2024 "
        "in uren («1.946,5 uur»): de cijfers zijn niet zonder meer vergelijkbaar.",
        "«deelnemers opleidingen leden» heet in het verslag 2021 «personen» en in het verslag 2024 «deelnemers»: "
        "een ander woord kan een ander begrip zijn, dus ga na of beide cijfers hetzelfde tellen.",
        "«juridische aanvragen» heet in het verslag 2021 «consultaties» en in het verslag 2024 «aanvragen»: een "
        "ander woord kan een ander begrip zijn, dus ga na of beide cijfers hetzelfde tellen.",
    ]


def test_event_date_values_and_alignment():
    finding = diff_reports(report_2021(), report_2024()).sorted_findings()[0]
    assert finding.values == {"articles": ["1"], "action": "amended", "old_dates": ["2022-06-21"],
                              "new_dates": ["2023-06-20"]}
    assert finding.alignment.to_json() == {"method": "event", "score": None, "key": "article:1/amended"}
    assert [e.raw for e in finding.evidence] == ["buitengewone algemene",
                                                 "buitengewone algemene vergadering van 21 juni 2022"]


def test_internal_checks_pass_on_both_corpus_reports():
    assert run_internal(Report(report_2021())) == []
    assert run_internal(Report(report_2024())) == []


def test_check_draft_2024_against_2021_is_the_across_part_of_the_diff():
    findings = check_draft(report_2024(), [report_2021()])
    assert [f.rule for f in findings.sorted_findings()] == ["across.event_date", "across.event_date",
                                                           "across.unit_change"] + ["across.definition_change"] * 2
    assert [d.fiscal_year for d in findings.documents] == [2024, 2021]


def test_check_draft_ignores_later_reports_and_the_draft_itself():
    findings = check_draft(report_2021(), [report_2024(), report_2021()])
    assert findings.findings == []
    assert [d.fiscal_year for d in findings.documents] == [2021]


# ---- internal: planted errors

def test_parts_not_adding_up_by_sex():
    report = variant(report_2021(), **{"permanent_contracts.men": 17})
    finding = only(diff_reports(report_2021(), report), "internal.parts_sum")
    assert finding.severity == "error"
    assert finding.message == ("De delen van ‘leden met een contract van onbepaalde duur’ tellen niet op tot het "
                               "totaal: 21 + 17 = 38, maar het verslag vermeldt 39.")
    assert [(e.location["line"], e.raw) for e in finding.evidence] == [
        (59, "39 leden"), (59, "21 vrouwen"), (59, "18 mannen")]
    assert finding.values["sum"] == 38


def test_parts_not_adding_up_by_working_time_and_loans():
    report = variant(report_2021(), **{"permanent_contracts.part_time": 12, "loans.projects_advances": 8})
    found = run_internal(Report(report))
    assert [(f.rule, f.subject, f.values["sum"]) for f in found] == [
        ("internal.parts_sum", "loans.projects", 71),
        ("internal.parts_sum", "permanent_contracts.members", 38)]


def test_cumulative_below_the_year():
    report = variant(report_2024(), **{"loans.cumulative_projects": 53})
    found = run_internal(Report(report))
    assert [(f.rule, f.severity) for f in found] == [("internal.cumulative_below_year", "error")]
    assert found[0].message == ("Het cumulatieve cijfer «projecten sinds de lancering» (53) is kleiner dan het "
                                "cijfer van dit jaar «projecten ondersteund» (70).")
    assert [e.location["line"] for e in found[0].evidence] == [190, 188]


def test_hours_per_fte_out_of_line():
    report = variant(report_2021(), **{"employment.fte": 2702})  # 2.072 with two digits swapped
    found = run_internal(Report(report))
    assert [f.rule for f in found] == ["internal.fte_hours_ratio", "internal.fte_workdays_ratio"]
    assert found[0].message == ("4.101.304 werkuren voor 2.702 voltijds equivalenten geeft 1.517,9 uur per "
                                "voltijds equivalent; een voltijds jaar in België telt ongeveer 1.976 uur "
                                "(38 uur × 52 weken).")
    assert found[0].values == {"hours": 4101304, "fte": 2702, "ratio": 1517.9, "norm": 1976}


def test_the_corpus_ratios_are_in_line():
    assert round(4101304 / 2072, 1) == 1979.4  # 0,2 % above 1.976: no finding
    assert round(4512675 / 2284, 1) == 1975.8


def test_workdays_per_fte_out_of_line():
    report = variant(report_2021(), **{"employment.workdays": 57695})
    found = run_internal(Report(report))
    assert [f.rule for f in found] == ["internal.fte_workdays_ratio"]
    assert found[0].values["ratio"] == 27.8


def test_same_indicator_twice_with_different_values():
    report = report_2021()
    second = copy.deepcopy(find(report, "employment.persons"))
    second.update(value=18984, raw="18.984 personen", location=dict(second["location"], line=61))
    report["indicators"].append(second)
    found = run_internal(Report(report))
    assert [f.rule for f in found] == ["internal.duplicate_value"]
    assert found[0].message == ("‘personen tewerkgesteld’ wordt meer dan eens vermeld, met verschillende waarden: "
                                "«18.894 personen» (regel 58), «18.984 personen» (regel 61).")


def test_figure_dated_to_another_year():
    report = report_2021()
    find(report, "loans.projects")["period"] = "2020"
    found = run_internal(Report(report))
    assert [(f.rule, f.severity) for f in found] == [("internal.period_mismatch", "info")]  # context, not an error
    assert found[0].message == ("Het cijfer «72 projecten» («projecten begeleid») slaat op 2020, niet op het "
                                "boekjaar 2021 van dit verslag.")


def test_percentage_above_100_but_not_a_change():
    report = report_2021()
    find(report, "employment.persons.change_pct")["value"] = 107.19  # a change may exceed 100 %
    share = copy.deepcopy(find(report, "employment.persons.change_pct"))
    share.update(id="permanent_contracts.women_share", value=107.19, raw="107,19 %")
    report["indicators"].append(share)
    found = run_internal(Report(report))
    assert [(f.rule, f.subject) for f in found] == [("internal.percentage_range", "permanent_contracts.women_share")]


# ---- across: planted errors

def test_condition_backed_by_another_article():
    new = report_2024()
    new["statute_references"][7].update(articles=["24"], article="24")
    finding = only(diff_reports(report_2021(), new), "across.condition_article")
    assert finding.message == ("Voorwaarde 6 van artikel 8:5 WVV steunt in het verslag 2024 op artikel 24 van de "
                               "statuten, in het verslag 2021 op artikel 23: de voorwaarde moet in de statuten "
                               "staan, dus ga na of artikel 24 haar regelt.")
    assert [(e.document, e.location["line"]) for e in finding.evidence] == [(TXT_2024, 112), (MD_2021, 25)]


def test_condition_no_longer_backed():
    new = report_2024()
    del new["statute_references"][5]  # article 46, condition 4
    finding = only(diff_reports(report_2021(), new), "across.condition_dropped")
    assert finding.subject == "condition:4"
    assert finding.evidence[0].location["line"] == 22


def test_event_held_by_another_kind_of_meeting():
    new = report_2024()
    new["meetings"][2]["kind"] = "general"  # article 37, amended in June 2020
    finding = only(diff_reports(report_2021(), new), "across.event_kind")
    assert finding.message == ("De vergadering die artikel 37 van de statuten wijzigde, is een buitengewone "
                               "algemene vergadering volgens het verslag 2021 maar een algemene vergadering volgens "
                               "het verslag 2024.")


def test_event_dated_alike_at_a_coarser_precision_is_no_finding():
    new = report_2024()
    new["meetings"][0].update(date="2022-06", precision="month")
    assert [f.subject for f in diff_reports(report_2021(), new).findings if f.rule == "across.event_date"] == \
        ["article:23"]


def test_event_differing_in_the_day_only_is_a_warning():
    new = report_2024()
    new["meetings"][0].update(date="2022-06-20")
    finding = [f for f in diff_reports(report_2021(), new).sorted_findings() if f.subject == "article:1"][0]
    assert finding.severity == "warning"


@pytest.mark.parametrize("earlier_persons, finding", [
    (17627, False),  # 18.894 / 17.627 = +7,19 %
    (17000, True),  # +11,14 %
])
def test_change_claim_against_the_earlier_report(earlier_persons, finding):
    report_2020 = variant(report_2021(), year=2020, **{"employment.persons": earlier_persons})
    found = run_across(Report(report_2021()), [Report(report_2020)], (REGISTRY["across.change_claim"],))
    assert bool(found) is finding
    if finding:
        assert found[0].message == ("Het verslag meldt +7,19 % voor ‘personen tewerkgesteld’ ten opzichte van "
                                    "2020, maar de cijfers geven +11,14 % (17.000 in het verslag 2020, 18.894 in "
                                    "het verslag 2021).")
        assert [e.location["line"] for e in found[0].evidence] == [58, 58, 58]


def test_cumulative_total_shrinks():
    report_2025 = variant(report_2024(), year=2025, **{"loans.cumulative_projects": 235})
    finding = only(diff_reports(report_2024(), report_2025), "across.cumulative_shrinks")
    assert finding.message == ("Het cumulatieve cijfer «projecten sinds de lancering» daalt van 253 in het verslag "
                               "2024 naar 235 in het verslag 2025; een cumulatief totaal kan niet dalen.")


def test_cumulative_total_below_the_sum_of_the_years():
    new = variant(report_2024(), **{"loans.cumulative_projects": 120})
    finding = only(diff_reports(report_2021(), new), "across.cumulative_below_sum")
    assert finding.message == ("Het cumulatieve cijfer «projecten sinds de lancering» (120) is kleiner dan de som "
                               "van de jaarcijfers «projecten ondersteund» in de verslagen 2021, 2024 (142).")
    assert [(e.document, e.location["line"]) for e in finding.evidence] == [
        (TXT_2024, 190), (MD_2021, 40), (TXT_2024, 188)]


def test_cumulative_total_grows_less_than_the_year_added():
    report_2025 = variant(report_2024(), year=2025, **{"loans.cumulative_projects": 300,
                                                       "loans.cumulative_amount": 1237573})
    finding = only(diff_reports(report_2024(), report_2025), "across.cumulative_growth")
    assert finding.message == ("Het cumulatieve cijfer «projecten sinds de lancering» (300) is kleiner dan 253 in "
                               "het verslag 2024 plus de jaarcijfers «projecten ondersteund» sindsdien (2025: 70), "
                               "samen 323.")
    assert finding.values == {"cumulative": 300, "old": 253, "sum": 70, "expected": 323, "years": [2025]}


def test_synonyms_are_no_definition_change_unless_the_figure_jumps():
    """betalingsherinneringen / aanmaningen are one unit in patterns/units.yaml: no finding at +16 %;
    consultaties / aanvragen are one too, but 3.200 -> 674 is a factor 4,7: reported."""
    found = diff_reports(report_2021(), report_2024()).findings
    assert [f.subject for f in found if f.rule == "across.definition_change"] == [
        "training.members.participants", "legal.requests"]


def test_factor_ten_is_a_typo():
    new = variant(report_2024(), **{"payment_reminders.count": 349450})
    finding = only(diff_reports(report_2021(), new), "across.outlier_factor")
    assert finding.severity == "error"
    assert finding.values == {"old": 30194, "new": 349450, "factor": 11.57}
    assert finding.evidence[0].location["line"] == 512


def test_stale_figure_copied_from_last_year():
    new = report_2024()
    find(new, "publications.count").update(value=16, raw="16 publicaties")
    finding = only(diff_reports(report_2021(), new), "across.stale_figure")
    assert finding.message == ("‘publicaties’ is «16 publicaties» in zowel het verslag 2021 als het verslag 2024: "
                               "een cijfer dat een jaar later precies gelijk blijft, werd vaak niet bijgewerkt.")


def test_stale_sentence_copied_word_for_word():
    new = report_2024()
    copied = copy.deepcopy(find(report_2021(), "other.podcasts"))
    copied["location"] = dict(copied["location"], line=300)
    new["indicators"].append(copied)
    finding = only(diff_reports(report_2021(), new), "across.stale_sentence")
    assert finding.evidence[0].location["line"] == 300 and finding.evidence[1].location["line"] == 68
    assert finding.alignment.method == "fuzzy" and finding.alignment.score == 100.0


def test_unchanged_stock_and_approximate_figures_are_not_stale():
    new = report_2024()
    find(new, "workspace.area").update(value=8700)
    assert [f.rule for f in diff_reports(report_2021(), new).findings if f.rule.startswith("across.stale")] == []


def test_every_rule_lives_in_the_folder_of_its_family():
    """`across.event_date` is in extractor/diff/checks/across/, `internal.parts_sum` in .../internal/."""
    for rule_id, rule in REGISTRY.items():
        family = rule_id.split(".", 1)[0]
        assert rule.check.__module__.startswith(f"extractor.diff.checks.{family}."), (rule_id, rule.check.__module__)
