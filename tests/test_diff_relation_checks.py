"""The differ's checks on the text's own relations and on events, for any cooperative: every check plants its
error in a copy of a real report (SmartCoop, the energy cooperative of ../shared/dev-reports, and two reports of
a housing cooperative written for these tests, tests/fixtures/other-sector) and stays silent without it."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.diff import check_draft
from extractor.pipeline import extract_file

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests/fixtures/dev-reports"  # committed copies of ../shared/dev-reports
DEV_2021 = DEV / "windkracht-kempen-bijzonder-verslag-2021.txt"
DEV_2022 = DEV / "windkracht-kempen-bijzonder-verslag-2022.md"
DEV_2023 = DEV / "windkracht-kempen-bijzonder-verslag-2023.txt"
SMART_2021 = ROOT / "corpus/smartcoop-bijzonder-verslag-2021.md"
SMART_2024 = ROOT / "corpus/smartcoop-bijzonder-verslag-2024.txt"
HOUSING = ROOT / "tests/fixtures/other-sector"
HOUSING_2022 = HOUSING / "woonkoop-leie-bijzonder-verslag-2022.txt"
HOUSING_2023 = HOUSING / "woonkoop-leie-bijzonder-verslag-2023.txt"
GOLD = ROOT / "tests/fixtures/gold-other-sectors"
THUIS_2022 = GOLD / "de-nieuwe-thuis-bijzonder-verslag-2022.txt"
THUIS_2023 = GOLD / "de-nieuwe-thuis-bijzonder-verslag-2023.md"

SERIOUS = ("error", "warning")


@pytest.fixture(scope="module")
def real():
    cache: dict[Path, dict] = {}

    def get(path: Path) -> dict:
        if path not in cache:
            cache[path] = extract_file(path)
        return cache[path]
    return get


def planted(tmp_path: Path, source: Path, old: str, new: str) -> tuple[dict, int]:
    """A copy of `source` with `old` replaced by `new` (it must occur once), extracted; and the planted line."""
    text = source.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {source.name}"
    copy = tmp_path / source.name
    copy.write_text(text.replace(old, new), encoding="utf-8")
    return extract_file(copy), text[:text.index(old)].count("\n") + 1


def serious(findings) -> list[tuple[str, str]]:
    return [(f.rule, f.severity) for f in findings.sorted_findings() if f.severity in SERIOUS]


def lines(finding) -> list[tuple[str, int]]:
    return [(Path(e.document).name[-8:], e.location["line"]) for e in finding.evidence]


def only(findings, rule: str):
    found = [f for f in findings.sorted_findings() if f.rule == rule]
    assert len(found) == 1, [(f.rule, f.message) for f in findings.findings]
    return found[0]


# ---- the clean reports: nothing serious -------------------------------------------------------------------

def test_clean_dev_reports_give_no_warning(real):
    assert serious(check_draft(real(DEV_2021), [])) == []
    assert serious(check_draft(real(DEV_2022), [real(DEV_2021)])) == []


def test_clean_housing_reports_give_no_warning(real):
    assert serious(check_draft(real(HOUSING_2022), [])) == []
    assert serious(check_draft(real(HOUSING_2023), [real(HOUSING_2022)])) == []


def test_dev_2023_gives_exactly_its_two_planted_errors(real):
    """The energy cooperative's 2023 report: the EGM redated and the claimed 12 %; nothing else serious."""
    findings = check_draft(real(DEV_2023), [real(DEV_2021), real(DEV_2022)])
    assert serious(findings) == [("internal.claim_mismatch", "error"), ("across.event_date", "warning")]
    redated = only(findings, "across.event_date")  # known by the articles it amended, 13 and 14
    assert redated.values["articles"] == ["13", "14"]
    assert redated.values["old_dates"] == ["2022-11-22", "2022-11-22"] and "2022-11-29" in redated.values["new_dates"]
    assert ("2023.txt", 43) in lines(redated) and ("-2022.md", 19) in lines(redated)
    claim = only(findings, "internal.claim_mismatch")
    assert lines(claim) == [("2023.txt", 73), ("2023.txt", 72), ("2023.txt", 72)]
    assert claim.values == {"claimed": 12.0, "claim_unit": "%", "computed": 7.97, "old": 16190, "new": 17480}
    # the label is the figure's own words (the recogniser's); the rest of the message is the differ's
    assert claim.message.startswith("Het verslag meldt «bijna 12 %» voor «")
    assert claim.message.endswith("», maar van «16.190 MWh» naar «17.480 MWh» is +7,97 %.")


# ---- parts and whole ----------------------------------------------------------------------------------------

def test_parts_given_with_namelijk_must_add_up(tmp_path, real):
    draft, line = planted(tmp_path, DEV_2022, "1.318 gezinnen", "1.218 gezinnen")
    finding = only(check_draft(draft, []), "internal.parts_sum")
    assert (finding.severity, finding.values["total"], finding.values["sum"]) == ("error", 1345, 1245)
    assert {e.location["line"] for e in finding.evidence} == {line} == {31}


def test_parts_in_the_next_sentence_must_add_up(tmp_path):
    draft, line = planted(tmp_path, HOUSING_2023, "Daarvan zijn 7", "Daarvan zijn 6")
    finding = only(check_draft(draft, []), "internal.parts_sum")
    assert finding.message == "De delen van ‘vennoten’ tellen niet op tot het totaal: 6 + 5 = 11, maar het verslag vermeldt 12."
    assert [e.location["line"] for e in finding.evidence] == [18, line, 19]


@pytest.mark.slow  # whole reports extracted
def test_parts_of_smartcoop_add_up_after_a_plant_only(tmp_path, real):
    assert [f for f in check_draft(real(SMART_2024), []).findings if f.rule == "internal.parts_sum"] == []
    draft, line = planted(tmp_path, SMART_2024, "14 vrouwen", "15 vrouwen")
    finding = only(check_draft(draft, []), "internal.parts_sum")
    assert (finding.values["total"], finding.values["parts"]) == (33, [15, 19])


# ---- claimed changes ----------------------------------------------------------------------------------------

def test_claim_beside_its_from_to_pair(tmp_path, real):
    assert [f for f in check_draft(real(HOUSING_2023), []).findings if f.rule == "internal.claim_mismatch"] == []
    draft, line = planted(tmp_path, HOUSING_2023, "een groei met 11,5 %", "een groei met 15 %")
    finding = only(check_draft(draft, []), "internal.claim_mismatch")
    assert finding.values["computed"] == 11.48 and finding.evidence[0].location["line"] == line == 12


@pytest.mark.parametrize("quoted", ["(2022: 4.800)", "(vorig jaar: 4.800)"])
def test_claim_after_last_years_figure_quoted_in_brackets(tmp_path, quoted):
    """"5.230 broden per week (2022: 4.800), een stijging met 20 %": the bracket is last year's figure, the one
    before it this year's; 4.800 -> 5.230 is +8,96 %, so 20 % is wrong and 9 % is right."""
    def checked(claim: str):
        path = tmp_path / "bakkerij-bijzonder-verslag-2023.txt"
        path.write_text("Bijzonder verslag 2023 van Bakkerij De Korenbloem cv\n\n"
                        f"In 2023 bakten we 5.230 broden per week {quoted}, een stijging met {claim}.\n"
                        "We telden 335 leden.\n", encoding="utf-8")
        return [f for f in check_draft(extract_file(path), []).findings if f.rule == "internal.claim_mismatch"]
    assert checked("9 %") == []
    [finding] = checked("20 %")
    assert finding.values == {"claimed": 20.0, "claim_unit": "%", "computed": 8.96, "old": 4800, "new": 5230}
    assert [(e.raw, e.location["line"]) for e in finding.evidence] == [("20 %", 3), ("4.800", 3), ("5.230 broden", 3)]


def test_claim_within_its_qualifier_is_silent(tmp_path):
    draft, _ = planted(tmp_path, DEV_2023, "stijging met bijna 12 %", "stijging met bijna 8 %")
    assert [f for f in check_draft(draft, []).findings if f.rule == "internal.claim_mismatch"] == []


def test_claim_against_last_years_report(tmp_path, real):
    """"16.190 MWh, +9,2 % tegenover 2021": 14.820 MWh in the 2021 report gives +9,24 %; +12,2 % is wrong."""
    assert [f for f in check_draft(real(DEV_2022), [real(DEV_2021)]).findings if f.rule == "across.change_claim"] == []
    draft, line = planted(tmp_path, DEV_2022, "+9,2 % tegenover 2021", "+12,2 % tegenover 2021")
    finding = only(check_draft(draft, [real(DEV_2021)]), "across.change_claim")
    assert finding.values == {"claimed": 12.2, "computed": 9.24, "reference_year": 2021, "old": 14820, "new": 16190}
    assert lines(finding) == [("-2022.md", line), ("-2022.md", 27), ("2021.txt", 101)]


def test_claim_against_last_years_figure_in_parentheses(tmp_path, real):
    """"We verhuren nu 68 woningen: 43 appartementen en 25 eengezinswoningen. Dat is een groei met 15 % tegenover
    vorig jaar (61 woningen)." (the housing cooperative's planted error): the claim speaks of the 68 dwellings
    (the whole of the sentence before, in the base's unit), measured against the 61 in parentheses: +11,48 %.
    Claimed as 11,5 % it is silent."""
    findings = check_draft(real(THUIS_2023), [real(THUIS_2022)])
    finding = only(findings, "internal.claim_mismatch")
    assert finding.values == {"claimed": 15.0, "claim_unit": "%", "computed": 11.48, "old": 61, "new": 68}
    assert [(e.raw, e.location["line"]) for e in finding.evidence] == [
        ("15 %", 23), ("61 woningen", 23), ("68 woningen", 23)]
    assert [f.subject for f in findings.findings if f.rule == "across.change_claim"] == []  # not the 25 houses
    clean, _ = planted(tmp_path, THUIS_2023, "een groei met 15 %", "een groei met 11,5 %")
    assert [f.rule for f in check_draft(clean, [real(THUIS_2022)]).findings if "claim" in f.rule] == []


# a claim with its base beside it, in other wordings and sectors: (wrong claim, the change the figures give,
# the same sentence with the claim right)
BASE_BESIDE = [
    ("De energiecoöperatie telt 1.344 leden, een toename van 15 % ten opzichte van 2022 (1.200 leden).", 12.0,
     "De energiecoöperatie telt 1.344 leden, een toename van 12 % ten opzichte van 2022 (1.200 leden)."),
    ("De voedselbank bediende 349 gezinnen, +4 % (vorig jaar: 320).", 9.06,
     "De voedselbank bediende 349 gezinnen, +9 % (vorig jaar: 320)."),
    ("De sportclub telt nu 180 abonnees; dat is 25 % meer dan de 150 van vorig jaar.", 20.0,
     "De sportclub telt nu 180 abonnees; dat is 20 % meer dan de 150 van vorig jaar."),
    ("De thuiszorgdienst presteerde 9.400 uren, een daling met 3 % tegenover vorig jaar (10.000 uren).", -6.0,
     "De thuiszorgdienst presteerde 9.400 uren, een daling met 6 % tegenover vorig jaar (10.000 uren)."),
    ("Het maatwerkbedrijf stelde 212 doelgroepwerknemers tewerk, bijna 9 % minder dan de 225 van 2022.", -5.78,
     "Het maatwerkbedrijf stelde 212 doelgroepwerknemers tewerk, bijna 6 % minder dan de 225 van 2022."),
    ("De buurtwinkel telt nu 412 klanten, een groei met 15 %. Vorig jaar waren dat er 375.", 9.87,
     "De buurtwinkel telt nu 412 klanten, een groei met 10 %. Vorig jaar waren dat er 375."),
]


@pytest.mark.parametrize("wrong,computed,right", BASE_BESIDE, ids=[w.split()[1] for w, _, _ in BASE_BESIDE])
def test_claim_against_its_base_beside_it(wrong: str, computed: float, right: str) -> None:
    from extractor.pipeline import extract_text

    finding = only(check_draft(extract_text("Intro.\n\n" + wrong, fiscal_year=2023), []), "internal.claim_mismatch")
    assert finding.values["computed"] == computed and finding.evidence[0].location["line"] == 3
    assert [f.rule for f in check_draft(extract_text("Intro.\n\n" + right, fiscal_year=2023), []).findings] == []


# ---- a figure for last year ---------------------------------------------------------------------------------

def test_last_years_figure_must_match_last_years_report(tmp_path, real):
    assert [f for f in check_draft(real(DEV_2023), [real(DEV_2022)]).findings
            if f.rule == "across.previous_year_figure"] == []
    draft, line = planted(tmp_path, DEV_2023, "16.190 MWh in 2022", "16.910 MWh in 2022")
    finding = only(check_draft(draft, [real(DEV_2022)]), "across.previous_year_figure")
    assert finding.severity == "warning"
    assert lines(finding) == [("2023.txt", line), ("-2022.md", 27)]
    assert finding.values == {"year": 2022, "stated": 16910, "earlier": 16190}


def test_last_years_figure_in_another_sector(tmp_path, real):
    draft, line = planted(tmp_path, HOUSING_2023, "ging van 61 naar", "ging van 63 naar")
    finding = only(check_draft(draft, [real(HOUSING_2022)]), "across.previous_year_figure")
    assert lines(finding) == [("2023.txt", line), ("2022.txt", 12)]


# ---- cumulative figures -------------------------------------------------------------------------------------

def test_cumulative_below_this_years_figure(tmp_path, real):
    assert [f for f in check_draft(real(DEV_2023), []).findings if f.rule == "internal.cumulative_below_year"] == []
    draft, line = planted(tmp_path, DEV_2023, "al 97 gezinnen", "al 27 gezinnen")
    finding = only(check_draft(draft, []), "internal.cumulative_below_year")
    assert finding.values == {"cumulative": 27, "yearly": 31} and finding.evidence[0].location["line"] == line


def test_cumulative_below_last_years_cumulative(tmp_path, real):
    assert [f for f in check_draft(real(HOUSING_2023), [real(HOUSING_2022)]).findings
            if f.rule == "across.cumulative_shrinks"] == []
    draft, line = planted(tmp_path, HOUSING_2023, "al 69 gezinnen", "al 48 gezinnen")
    finding = only(check_draft(draft, [real(HOUSING_2022)]), "across.cumulative_shrinks")
    assert finding.values == {"old": 52, "new": 48}
    assert lines(finding) == [("2023.txt", line), ("2022.txt", 23)]


# ---- events -------------------------------------------------------------------------------------------------

def test_egm_known_by_its_date_silent_when_dated_alike(tmp_path, real):
    text = DEV_2023.read_text(encoding="utf-8")
    assert text.count("29 november 2022") == 2
    copy = tmp_path / DEV_2023.name
    copy.write_text(text.replace("29 november 2022", "22 november 2022"), encoding="utf-8")
    draft = extract_file(copy)
    assert [f for f in check_draft(draft, [real(DEV_2022)]).findings if f.rule.startswith("across.event")] == []


def test_egm_redated_in_another_sector(tmp_path, real):
    assert [f for f in check_draft(real(HOUSING_2023), [real(HOUSING_2022)]).findings
            if f.rule == "across.event_redated"] == []
    draft, line = planted(tmp_path, HOUSING_2023, "vergadering van 7 december 2022", "vergadering van 17 december 2022")
    finding = only(check_draft(draft, [real(HOUSING_2022)]), "across.event_redated")
    assert finding.values["old_date"] == "2022-12-07" and finding.values["new_date"] == "2022-12-17"
    assert lines(finding) == [("2023.txt", line - 1), ("2022.txt", 27)]  # the meeting's words begin a line up


@pytest.mark.slow  # whole reports extracted
def test_one_meeting_with_other_articles(tmp_path, real):
    """SmartCoop: the EGM of 21 June 2022 amended article 1 (2021 report); a 2024 copy that dates the amendment
    of article 2 to that day contradicts it (and the amendment of article 1 is no longer dated differently)."""
    draft, line = planted(tmp_path, SMART_2024, "van artikel 1 van de statuten van de coöperatie tijdens de buitengewone algemene \nvergadering van 20 juni 2023",
                          "van artikel 2 van de statuten van de coöperatie tijdens de buitengewone algemene \nvergadering van 21 juni 2022")
    findings = check_draft(draft, [real(SMART_2021)])
    finding = only(findings, "across.event_articles")
    assert (finding.values["old_articles"], finding.values["new_articles"]) == (["1"], ["2"])
    assert [f for f in check_draft(real(SMART_2024), [real(SMART_2021)]).findings if f.rule == "across.event_articles"] == []


def test_condition_on_another_article_with_no_meeting_in_between(tmp_path, real):
    """Condition 4 backed by article 46 (2021) and 47 (a 2024 copy): no meeting amended either: a warning."""
    draft, line = planted(tmp_path, SMART_2024, "Artikel 46 van de statuten over de", "Artikel 47 van de statuten over de")
    finding = only(check_draft(draft, [real(SMART_2021)]), "across.condition_article")
    assert (finding.severity, finding.subject) == ("warning", "condition:4")
    assert finding.evidence[0].location["line"] == line


# ---- several organisations ----------------------------------------------------------------------------------

def test_a_draft_is_compared_with_its_own_organisation_only(real):
    """A corpus of several cooperatives: the housing cooperative's 2023 report meets only its own 2022 report,
    not SmartCoop's or the energy cooperative's reports of earlier years."""
    findings = check_draft(real(HOUSING_2023), [real(SMART_2021), real(DEV_2021), real(DEV_2022), real(HOUSING_2022)])
    assert [Path(d.path).name for d in findings.documents] == [HOUSING_2023.name, HOUSING_2022.name]
    assert serious(findings) == []


def test_an_organisation_named_with_its_kind_is_compared_with_its_plain_name(real, tmp_path):
    """The housing cooperative calls itself "Wooncoöperatie De Nieuwe Thuis" in 2022 and "De Nieuwe Thuis" in
    2023: one organisation. Its planted error is caught: the extraordinary meeting that amended articles 11 and
    12 is dated 6 december 2022 in 2022 (line 35, active: "Zij wijzigde artikel 11 en artikel 12") and 16
    december 2022 in 2023 (line 15, passive: "De artikels 11 en 12, gewijzigd door de ... vergadering van")."""
    old, new = real(THUIS_2022), real(THUIS_2023)
    assert (old["document"]["organisation"], new["document"]["organisation"]) == (
        "Wooncoöperatie De Nieuwe Thuis", "De Nieuwe Thuis")
    findings = check_draft(new, [old])
    assert [Path(d.path).name for d in findings.documents] == [THUIS_2023.name, THUIS_2022.name]
    finding = only(findings, "across.event_date")
    assert (finding.severity, finding.subject) == ("warning", "article:11,12")  # the same year: a warning
    assert lines(finding) == [("-2023.md", 15), ("2022.txt", 35)]
    assert finding.values["old_dates"] == ["2022-12-06"] and finding.values["new_dates"] == ["2022-12-16"]
    clean, _ = planted(tmp_path, THUIS_2023, "van 16 december 2022", "van 6 december 2022")
    assert [f.rule for f in check_draft(clean, [old]).findings if f.rule.startswith("across.event")] == []


def test_housing_2023_gives_exactly_its_two_planted_errors(real, tmp_path):
    """De Nieuwe Thuis 2023 against 2022: the claimed 15 % and the redated EGM, nothing else; the articles the
    2022 conditions table cites for conditions 1 and 2 (5 and 6) are still cited in 2023, so no condition is
    dropped, even where its row is not read. An article no longer cited at all is dropped."""
    findings = check_draft(real(THUIS_2023), [real(THUIS_2022)])
    assert serious(findings) == [("internal.claim_mismatch", "error"), ("across.event_date", "warning")]
    draft, line = planted(tmp_path, THUIS_2023, "**Het voorwerp.** Zie artikel 6.", "**Het voorwerp.** Zie de statuten.")
    finding = only(check_draft(draft, [real(THUIS_2022)]), "across.condition_dropped")
    assert finding.values == {"condition": 2, "old_articles": ["6"]} and lines(finding)[-1] == ("2022.txt", 17)


@pytest.mark.slow  # whole reports extracted
def test_a_corpus_of_several_organisations_is_diffed_organisation_by_organisation(tmp_path):
    """`extract` on a folder with two cooperatives' reports: one diff per cooperative, none across them."""
    import io

    from extractor.cli import run

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for source in (HOUSING_2022, HOUSING_2023, SMART_2021, SMART_2024):
        (corpus / source.name).write_bytes(source.read_bytes())
    out = tmp_path / "out"
    code = run([str(corpus), "--out", str(out), "--no-cache"], io.StringIO(), io.StringIO())
    assert code == 0
    assert sorted(p.name for p in out.glob("diff-*.json")) == [
        "diff-smartcoop-bijzonder-verslag-2021--smartcoop-bijzonder-verslag-2024.json",
        "diff-woonkoop-leie-bijzonder-verslag-2022--woonkoop-leie-bijzonder-verslag-2023.json"]


def test_possible_pairs_are_shown_apart_in_the_changes_table():
    """SmartCoop 2021 → 2024: pairs the aligner is unsure of are listed under their own heading, after the
    changed figures, in text and Markdown with --all (show_all) and always on the HTML page; a confident pair is
    never among them, and without --all they are not in the table."""
    import json

    from extractor.diff import diff_reports, render
    from extractor.diff.renderers.common import listed_changes, possible_changes

    old = json.loads((ROOT / "outputs/smartcoop-bijzonder-verslag-2021.json").read_text(encoding="utf-8"))
    new = json.loads((ROOT / "outputs/smartcoop-bijzonder-verslag-2024.json").read_text(encoding="utf-8"))
    findings = diff_reports(old, new)
    possible = possible_changes(findings)
    assert possible and all(c.alignment.possible for c in possible)
    assert not set(map(id, possible)) & set(map(id, listed_changes(findings)))
    heading = "Mogelijk dezelfde grootheid (niet zeker gekoppeld, nooit de grond van een bevinding)"
    assert heading not in render(findings, "text") and heading not in render(findings, "markdown")
    text = render(findings, "text", show_all=True)
    assert text.index("Gewijzigde cijfers:") < text.index(heading + ":")
    assert f"## {heading}" in render(findings, "markdown", show_all=True)
    assert f'<section class="possible"><h2>{heading}</h2>' in render(findings, "html")


def test_a_claims_base_dated_last_year_is_no_period_note(tmp_path, real):
    """The base of a claim is last year's figure on purpose ("tegenover 2022 (61 woningen)"): no note that it is
    dated to another year than the report's; a figure dated to 2022 on its own still gets one."""
    base, line = planted(tmp_path, THUIS_2023, "tegenover vorig jaar (61 woningen)", "tegenover 2022 (61 woningen)")
    assert [r["period"] for r in base["indicators"] if r["location"]["line"] == line and "%" not in r["raw"]] == \
        ["2023", "2023", "2023", "2022"]  # 68, 43 and 25 of this year (by default); the 61 of 2022
    assert [f.rule for f in check_draft(base, []).findings if f.rule == "internal.period_mismatch"] == []
    dated, line = planted(tmp_path, THUIS_2023, "Op de wachtlijst staan ongeveer 310 kandidaat-huurders.",
                          "Op 31 december 2022 stonden ongeveer 310 kandidaat-huurders op de wachtlijst.")
    finding = only(check_draft(dated, []), "internal.period_mismatch")
    assert (finding.severity, finding.evidence[0].raw, finding.evidence[0].location["line"]) == (
        "info", "ongeveer 310 kandidaat-huurders", line)


ZONNEDAK_2023 = ROOT / "tests/fixtures/checks/zonnedak-jaarverslag-2023.md"
ZONNEDAK_2024 = ROOT / "tests/fixtures/checks/zonnedak-jaarverslag-2024.md"


def _claims(findings) -> list[tuple[str, str, list[tuple[str, int]]]]:
    return [(f.rule, f.values["claimed"], [(Path(e.document).name, e.location["line"]) for e in f.evidence])
            for f in findings.findings if f.rule in ("internal.claim_mismatch", "across.change_claim")]


def test_a_direction_claimed_by_a_verb_alone_holds_in_the_clean_report(real):
    assert _claims(check_draft(real(ZONNEDAK_2024), [real(ZONNEDAK_2023)])) == []


def test_a_rise_the_figure_beside_it_denies(tmp_path, real):
    """"steeg opnieuw, tot 79 (vorig jaar 86)": the earlier figure in the same sentence."""
    draft, line = planted(tmp_path, ZONNEDAK_2024, "tot 91 (vorig jaar 86)", "tot 79 (vorig jaar 86)")
    finding = only(check_draft(draft, [real(ZONNEDAK_2023)]), "internal.claim_mismatch")
    assert (finding.values["old"], finding.values["new"], finding.values["claimed"]) == (86, 79, "up")
    assert [e.location["line"] for e in finding.evidence] == [line, line]
    assert finding.message.startswith("Het verslag meldt een stijging voor «"), finding.message


def test_a_rise_last_years_report_denies(tmp_path, real):
    """"Ook het ledenaantal steeg" while the count fell from last year's report's 1.412."""
    draft, line = planted(tmp_path, ZONNEDAK_2024, "1.437 leden", "1.398 leden")
    finding = only(check_draft(draft, [real(ZONNEDAK_2023)]), "across.change_claim")
    assert (finding.values["old"], finding.values["new"], finding.values["claimed"]) == (1412, 1398, "up")
    assert [e.location["line"] for e in finding.evidence] == [line, 7]
    assert finding.message.startswith("Het verslag meldt een stijging voor ‘vennoten’"), finding.message  # the catalogue's word


def test_a_balance_figure_of_last_year_restated_in_a_sentence(tmp_path, real):
    """"De langlopende schulden bedroegen op 31/12/2023 ..." in the 2024 report against the balance sheet of the
    2023 report: the same key, within a tenth of it, so surely a correction (a warning with both values and
    lines); the figure as last year's report gave it is silent."""
    clean = [f for f in check_draft(real(ZONNEDAK_2024), [real(ZONNEDAK_2023)]).findings
             if f.rule == "across.previous_year_figure"]
    assert clean == []
    draft, line = planted(tmp_path, ZONNEDAK_2024, "tegenover 7.318.400 euro", "tegenover 7.381.400 euro")
    finding = only(check_draft(draft, [real(ZONNEDAK_2023)]), "across.previous_year_figure")
    assert (finding.severity, finding.values["stated"], finding.values["earlier"]) == ("warning", 7381400, 7318400)
    assert [(Path(e.document).name, e.location["line"]) for e in finding.evidence] == [
        ("zonnedak-jaarverslag-2024.md", line), ("zonnedak-jaarverslag-2023.md", 16)]


def test_a_figure_of_last_year_without_this_years_beside_it_is_checked_too(tmp_path, real):
    """"Het kapitaal bedroeg op 31 december 2023 ..." with no capital of 2024 in the report: its figure is paired
    with last year's report's through the linker's nodes."""
    draft, line = planted(tmp_path, ZONNEDAK_2024, "Het kapitaal bedroeg op 31 december 2023 812.000 euro.",
                          "Het kapitaal bedroeg op 31 december 2023 821.000 euro.")
    finding = only(check_draft(draft, [real(ZONNEDAK_2023)]), "across.previous_year_figure")
    assert (finding.values["stated"], finding.values["earlier"]) == (821000, 812000)
    assert [e.location["line"] for e in finding.evidence] == [line, 15]
