"""Linking one quantity across the years in the alignment shapes of devsets/SHAPES5-E11-fietsen.md (issue 19):
each test writes the reports of one invented cooperative in its own words, extracts and links them, and asserts
the id, period and series of each figure by its line and value; two quantities of one report never share a
series."""

from __future__ import annotations

from linked_fixtures import written_and_linked


def _reports(tmp_path, texts: tuple[tuple[int, str], ...]) -> list[dict]:  # type: ignore[no-untyped-def]
    """The reports of one invented food bank, a text per year, extracted and linked."""
    return written_and_linked(tmp_path, "De Voedselkast", texts)


def _figures(report: dict) -> list[tuple[int, float, str, str, str]]:
    return [(r["location"]["line"], r["value"], r["id"], r["period"], r["series"]) for r in report["indicators"]]


def _own_series(report: dict) -> None:
    """Two quantities of one report never share a series: figures of one series in one report are one
    quantity's (the same key, for its year or another)."""
    keys: dict[str, set[str]] = {}
    for record in report["indicators"]:
        keys.setdefault(record["series"], set()).add(record["id"])
    assert {series: ids for series, ids in keys.items() if len(ids) > 1} == {}


def test_a_difference_with_an_earlier_year_after_a_level_is_a_change_of_its_own(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # E11-A7: "1.850 uur opleiding, 240 uur meer dan in 2024" put the 240 in the level's series with the period
    # 2024 (a diff compared it with last year's 1.610 hours); it is the change from 2024 to 2025, a series of its
    # own that next year's "160 uur meer dan in 2025" continues; a count ("900 meer dan in 2024") too. A level
    # compared with an earlier year's ("410 leden, tegenover 380 in 2024") stays two levels
    first, second, third = _reports(tmp_path, (
        (2024, "Samen volgden de medewerkers 1.610 uur opleiding. We deelden 11.700 voedselpakketten uit.\n"),
        (2025, "Samen volgden de medewerkers 1.850 uur opleiding, 240 uur meer dan in 2024.\n\n"
               "We deelden 12.600 voedselpakketten uit, 900 meer dan in 2024.\n\n"
               "We telden 410 leden, tegenover 380 in 2024.\n"),
        (2026, "Samen volgden de medewerkers 2.010 uur opleiding, 160 uur minder dan in 2025.\n")))
    hours, change = "other.opleiding_duur", "other.opleiding_duur.verandering"
    parcels = "other.pakket.voedsel"
    assert _figures(first) == [(3, 1610, hours, "2024", hours), (3, 11700, parcels, "2024", parcels)]
    assert _figures(second) == [
        (3, 1850, hours, "2025", hours), (3, 240, change, "2024/2025", change),
        (5, 12600, parcels, "2025", parcels),
        (5, 900, "other.pakket.verandering", "2024/2025", "other.pakket.verandering"),
        (7, 410, "other.vennoot", "2025-12-31", "other.vennoot"), (7, 380, "other.vennoot", "2024", "other.vennoot")]
    assert [(line, value, period, series) for line, value, _, period, series in _figures(third)] == [
        (3, 2010, "2026", hours), (3, 160, "2025/2026", change)]
    for report in (first, second, third):
        _own_series(report)


def test_a_yearly_percentage_change_of_one_count_is_one_series_whatever_its_wording(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # E11-A3: "7,3 % meer dan in 2022" (beside the level), "groeide het aantal maaltijden met 6,4 %" (labelled
    # by the 'extra' of the figure before it) and an Evolutie cell "+3,0 %" of the row Maaltijden were three
    # series: the rate is what the count word names, and one quantity's rate goes from 7,3 to 3,0 (no scale
    # weighs it), with or without its level beside it; the rides' rate in the same sentences stays apart, and a
    # year left out is bridged
    first, second, third, fourth = _reports(tmp_path, (
        (2022, "De keuken bereidde 41.200 maaltijden, 42 % meer dan in 2021. Het aantal ritten steeg met 4 %.\n"),
        (2023, "Met twee extra koelwagens groeide het aantal maaltijden met 6,4 %. Met vier nieuwe bestelwagens "
               "steeg het aantal ritten met 12,5 %.\n"),
        (2024, "| Kerncijfer | 2023 | 2024 | Evolutie |\n|---|---|---|---|\n"
               "| Maaltijden | 43.840 | 45.160 | +3,0 % |\n| Ritten | 900 | 950 | +5,6 % |\n"),
        (2026, "We serveerden 11 % meer maaltijden dan in 2025.\n")))
    meals, rides = "other.maaltijd_procent.verandering", "other.rit_procent.verandering"
    assert [(line, value, key, period, series) for line, value, key, period, series in _figures(first)
            if key.endswith("verandering")] == [(3, 42, meals, "2021/2022", meals), (3, 4, rides, "2021/2022", rides)]
    assert _figures(second) == [
        (3, 2, "other.extra.nieuw", "2023", "other.extra.nieuw"), (3, 6.4, meals, "2022/2023", meals),
        (3, 4, "other.bestelwagen.nieuw", "2023", "other.bestelwagen.nieuw"), (3, 12.5, rides, "2022/2023", rides)]
    assert [(line, value, period, series) for line, value, key, period, series in _figures(third)
            if key.endswith("verandering")] == [(5, 3, "2023/2024", meals), (6, 5.6, "2023/2024", rides)]
    assert _figures(fourth) == [(3, 11, meals, "2025/2026", meals)]
    for report in (first, second, third, fourth):
        _own_series(report)


def test_one_quantity_in_a_table_and_in_the_text_of_one_report_is_one_series(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # E11-A2: a count of people ("31 mensen", "66 mensen") beside the table row that names them by their role or
    # group ("Medewerkers (31/12)", "Vrijwilligers (31/12)"), of the same day; an amount in euro beside the row in
    # thousands that rounds it ("804.300 euro" and 804 k€, "een winst van 41.230 euro" and "Resultaat van het
    # boekjaar" 41 k€): one quantity each, which next year's text continues ("een verlies van 6.100 euro" too).
    # Not one: people of another period ("Het festival trok 31 mensen"), an amount of another thing that the
    # same cell would round ("De kosten bedroegen 804.450 euro")
    first, second = _reports(tmp_path, (
        (2024, "| Kerncijfer | 2023 | 2024 |\n|---|---|---|\n| Vrijwilligers (31/12) | 58 | 66 |\n"
               "| Medewerkers (31/12) | 27 | 31 |\n| Omzet (x 1.000 euro) | 712 | 804 |\n"
               "| Resultaat van het boekjaar (x 1.000 euro) | -3,5 | 41 |\n\n"
               "Eind 2024 werkten 31 mensen in de keuken. Op 31 december 2024 hielpen 66 mensen mee in de "
               "voedselbank. Het festival trok 31 mensen.\n\n"
               "De omzet bedroeg 804.300 euro. Het jaar sluit met een winst van 41.230 euro. De kosten bedroegen "
               "804.450 euro.\n"),
        (2025, "Eind 2025 telde de keuken 36 medewerkers en 71 vrijwilligers. De omzet klom tot 871.000 euro, maar "
               "we leden een verlies van 6.100 euro.\n")))
    volunteers, staff, revenue, result = ("other.vrijwilliger", "other.werknemer", "other.omzet_euro",
                                          "other.resultaat_euro")
    assert [(line, value, series) for line, value, _, _, series in _figures(first)] == [
        (5, 58, volunteers), (5, 66, volunteers), (6, 27, staff), (6, 31, staff), (7, 712000, revenue),
        (7, 804000, revenue), (8, -3500, result), (8, 41000, result),
        (10, 31, staff), (10, 66, volunteers), (10, 31, "other.persoon"),
        (12, 804300, revenue), (12, 41230, result), (12, 804450, "other.kost_euro")]
    assert [(line, value, key, series) for line, value, key, _, series in _figures(second)] == [
        (3, 36, staff, staff), (3, 71, volunteers, volunteers), (3, 871000, revenue, revenue),
        (3, -6100, "other.verlies_euro", result)]


def test_the_customers_of_a_delivery_are_one_series_under_another_noun_each_year(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # E11-A1/P1: "23 vaste afnemers", next year "29 klanten; een jaar eerder waren dat er 23" (the 29 was dated
    # last year by the next clause's "een jaar eerder", so the two were one year's two values), then "34
    # horecazaken" (a compound whose head 'zaak' is kin of klant): one series; the schools the kitchen serves
    # and the members stay their own
    first, second, third = _reports(tmp_path, (
        (2023, "Onze chauffeurs beleverden 23 vaste afnemers in de regio. Het ledental steeg tot 455.\n"),
        (2024, "Onze chauffeurs beleveren nu 29 klanten; een jaar eerder waren dat er 23. Het ledental steeg tot "
               "502.\n"),
        (2025, "De keuken levert nu aan 34 horecazaken en aan 12 scholen. Het ledental steeg tot 547.\n")))
    customers, members = "other.klant.vast", "other.vennoot"
    assert _figures(first) == [(3, 23, customers, "2023", customers), (3, 455, members, "2023-12-31", members)]
    assert _figures(second) == [(3, 29, "other.klant", "2024", customers), (3, 23, "other.klant", "2023", customers),
                                (3, 502, members, "2024-12-31", members)]
    assert _figures(third) == [(3, 34, "other.horecazaak", "2025", customers),
                               (3, 12, "other.school", "2025", "other.school"),
                               (3, 547, members, "2025-12-31", members)]


def test_a_running_total_whose_noun_is_left_out_counts_what_the_sentence_before_counted(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # E11-A4: "Sinds de start in 2019 zijn dat er 19" took its noun from 'start' (other.start.cumulatief), so
    # next year's "zo komt het totaal sinds 2019 op 26" (after "Zeven van hen") was another series: both count
    # the trainees who found work, as the sentence before says; "Het totaal aantal leden" names its own noun
    first, second = _reports(tmp_path, (
        (2024, "We begeleiden 40 cursisten. Vijf cursisten vonden werk in de horeca. Sinds de start in 2019 zijn "
               "dat er 19. Het totaal aantal leden komt op 455.\n"),
        (2025, "We begeleiden 44 cursisten. Zeven van hen vonden een vaste job; zo komt het totaal sinds 2019 op "
               "26. Het totaal aantal leden komt op 502.\n")))
    total, members = "other.cursiste.cumulatief", "other.vennoot"
    assert [(value, key, period, series) for _, value, key, period, series in _figures(first)][1:] == [
        (5, "other.cursiste", "2024", "other.cursiste"), (19, total, "2019/2024", total),
        (455, members, "2024-12-31", members)]
    assert [(value, key, period, series) for _, value, key, period, series in _figures(second)][1:] == [
        (7, "other.cursiste", "2025", "other.cursiste"), (26, "other.cursiste", "2019/2025", total),
        (502, members, "2025-12-31", members)]


def test_totals_counted_since_one_year_carry_on_under_another_noun(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # E11-A4: "zo komt het totaal sinds 2018 op 35" (the trainees, from the sentence before) and next year "Sinds
    # 2018 vonden zo al 45 mensen werk": two totals counted since the same year are one running total though the
    # second says 'mensen'; a total since another year in the same reports ("Sinds 2015 kregen 300 gezinnen een
    # pakket") stays its own
    first, second = _reports(tmp_path, (
        (2024, "De 14 stagiairs volgen een opleiding. Acht van hen konden aan de slag in de horeca; zo komt het "
               "totaal sinds 2018 op 35. Sinds 2015 kregen 300 gezinnen een pakket.\n"),
        (2025, "Tien stagiairs stapten over naar een vaste job. Sinds 2018 vonden zo al 45 mensen werk. Sinds 2015 "
               "kregen 340 gezinnen een pakket.\n")))
    assert [(value, period, series) for _, value, _, period, series in _figures(first)] == [
        (14, "2024", "other.stagiair"), (8, "2024", "other.stagiair~2"), (35, "2018/2024", "other.stagiair~3"),
        (300, "2015/2024", "other.gezin")]
    assert [(value, key, period, series) for _, value, key, period, series in _figures(second)] == [
        (10, "other.stagiair", "2025", "other.stagiair"), (45, "other.persoon", "2018/2025", "other.stagiair~3"),
        (340, "other.gezin", "2015/2025", "other.gezin")]


def test_a_running_total_in_the_next_clause_does_not_date_the_figure_before_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # E11-P4/A4: "Vijf cursisten vonden werk, en daarmee loopt het totaal sinds de start op tot 19": only the 19
    # is counted since the start (and exact: "op tot" is no ceiling); the five are this year's. A cue before the
    # figure still makes it a total ("Sinds de start vonden al 26 cursisten werk")
    first, second = _reports(tmp_path, (
        (2024, "Vijf cursisten vonden werk in de horeca, en daarmee loopt het totaal sinds de start op tot 19.\n"),
        (2025, "Sinds de start vonden al 26 cursisten werk. Zeven cursisten vonden dit jaar werk.\n")))
    total = "other.cursiste.cumulatief"
    assert [(value, key, period, r["qualifier"]) for (_, value, key, period, _), r
            in zip(_figures(first), first["indicators"])] == [
        (5, "other.cursiste", "2024", "exact"), (19, total, "../2024", "exact")]
    assert [(value, key, period, series) for _, value, key, period, series in _figures(second)] == [
        (26, total, "../2025", total), (7, "other.cursiste", "2025", "other.cursiste")]


def test_a_difference_with_last_year_measures_the_level_before_it_and_avoids_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # E11-A7: "De keuken draaide 1.730 uren, 120 uur minder dan in 2023" keyed the 120 other.getal_duur and read
    # 'minder' of the comparison as a state ('vermeden'), so "12 minder dan vorig jaar" and next year's "20 meer
    # dan vorig jaar" were two quantities; a state word of the clause before the figure still qualifies it
    first, second = _reports(tmp_path, (
        (2024, "De keuken draaide 1.730 uren, 120 uur minder dan in 2023. We telden 410 leden, 12 minder dan vorig "
               "jaar. Zo bespaarden we 14 ton voedselafval.\n"),
        (2025, "De keuken draaide 1.800 uren, 70 uur meer dan in 2024. We telden 430 leden, 20 meer dan vorig jaar. "
               "Zo bespaarden we 17 ton voedselafval.\n")))
    hours, members = "other.keuken_duur.verandering", "other.vennoot.verandering"
    waste = "other.voedselafval_gewicht.vermeden"
    assert [(value, key, period, series) for _, value, key, period, series in _figures(first)] == [
        (1730, "other.keuken_duur", "2024", "other.keuken_duur"), (120, hours, "2023/2024", hours),
        (410, "other.vennoot", "2024-12-31", "other.vennoot"), (12, members, "2023/2024", members),
        (14, waste, "2024", waste)]
    assert [(value, key, series) for _, value, key, _, series in _figures(second)] == [
        (1800, "other.keuken_duur", "other.keuken_duur"), (70, hours, hours),
        (430, "other.vennoot", "other.vennoot"), (20, members, members), (17, waste, waste)]


def test_users_with_a_subscription_are_the_subscribers_of_another_year(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # E11-A1(b): "1.240 gebruikers hadden een abonnement" and next year "1.410 abonnees" are one count (the object
    # of their clause names them: patterns/lexicon.yaml roles); users who pay per ride are no subscribers
    first, second = _reports(tmp_path, (
        (2024, "In 2024 hadden 1.240 gebruikers een abonnement. De 310 andere gebruikers betaalden per rit.\n"),
        (2025, "De coöperatie telde 1.410 abonnees en 280 losse gebruikers.\n")))
    assert [(value, key, series) for _, value, key, _, series in _figures(first)] == [
        (1240, "other.abonnee", "other.abonnee"), (310, "other.gebruiker", "other.gebruiker")]
    assert [(value, key, series) for _, value, key, _, series in _figures(second)] == [
        (1410, "other.abonnee", "other.abonnee"), (280, "other.gebruiker.los", "other.gebruiker")]
