"""Linking one quantity across the years where the reports word it in the shapes left open after SHAPES3 (issue 19;
devsets/REGRESS-10469df.md, SHAPES2.md): each test writes the reports of one invented cooperative in its own
words, extracts and links them, and asserts the id and the series of each figure by its line and value."""

from __future__ import annotations

from linked_fixtures import written_and_linked


def _reports(tmp_path, texts: tuple[tuple[int, str], ...]) -> list[dict]:  # type: ignore[no-untyped-def]
    """The reports of one language workshop, a text per year, extracted and linked."""
    return written_and_linked(tmp_path, "De Taalbrug", texts)


def _figures(report: dict) -> list[tuple[int, float, str, str]]:
    return [(r["location"]["line"], r["value"], r["id"], r["series"]) for r in report["indicators"]]


def test_a_score_on_a_scale_written_with_a_word_is_one_figure_and_no_count(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # REGRESS-10469df L2: "een 7,9 op 10" is a score (as "7,9/10"), its scale no figure of its own that may take
    # last year's count of coaches; this year's coaches continue last year's
    first, second = _reports(tmp_path, (
        (2022, "Zij werden bijgestaan door 9 coaches.\n"),
        (2023, "De cursisten gaven de coaching gemiddeld een 7,9 op 10.\n\n"
               "Zij werden bijgestaan door 10 coaches.\n")))
    coaches = "other.coach.ondersteund"
    assert _figures(first) == [(3, 9, coaches, coaches)]
    assert [(r["location"]["line"], r["value"], r["unit"]) for r in second["indicators"]] == [
        (3, 7.9, "score/10"), (5, 10, "coaches")]
    assert [series for *_, series in _figures(second)] == ["other.coaching", coaches]


def test_a_small_count_quoted_for_last_year_continues_last_years_figure_of_that_value(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # REGRESS-10469df L1: "12 onder hen haalden een EHBO-brevet (in 2022 nog maar 7)" states last year's 7 of
    # the same quantity: it continues last year's "7 leerlingen een EHBO-brevet", not another count of learners
    # ("5 leerlingen haalden hun heftruckattest", new this year)
    first, second = _reports(tmp_path, (
        (2022, "In 2022 oefenden 58 leerlingen hun Nederlands in de keuken.\n"
               "Het ging om 25 leerlingen in een inburgeringstraject en 18 mensen in een taalstage.\n\n"
               "Daarnaast behaalden 7 leerlingen een EHBO-brevet.\n"),
        (2023, "In 2023 oefenden 63 leerlingen hun Nederlands in de keuken.\n"
               "Het waren 27 leerlingen in een inburgeringstraject en 21 deelnemers aan een taalstage.\n\n"
               "12 onder hen haalden een EHBO-brevet (in 2022 nog maar 7) en 5 leerlingen haalden met steun "
               "van de stad hun heftruckattest.\n")))
    assert _figures(first) == [
        (3, 58, "other.leerling", "other.leerling"), (4, 25, "other.leerling", "other.leerling~2"),
        (4, 18, "other.persoon", "other.persoon"), (6, 7, "other.leerling", "other.leerling~3")]
    assert _figures(second) == [
        (3, 63, "other.leerling", "other.leerling"), (4, 27, "other.leerling", "other.leerling~2"),
        (4, 21, "other.deelnemer", "other.persoon"), (6, 12, "other.ehbo_brevet", "other.leerling~3"),
        (6, 7, "other.ehbo_brevet", "other.leerling~3"),
        (6, 5, "other.leerling.ondersteund", "other.leerling.ondersteund")]


def test_a_value_quoted_beside_a_figure_is_that_figures_and_not_another_of_its_key(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # "17 onder hen haalden een attest (in 2022 nog maar 11)": the 11 is the attest's last year, not the learners'
    # of the sentence before or of the table's row (one key, other.leerling, for all): it goes on the series of the 17
    first, second = _reports(tmp_path, (
        (2022, "In 2022 oefenden 58 leerlingen in de keuken.\n\nNaast de lessen behaalden 11 leerlingen een "
               "EHBO-brevet.\n"),
        (2023, "In 2023 oefenden 63 leerlingen in de keuken.\n"
               "17 onder hen haalden een EHBO-brevet (in 2022 nog maar 11).\n\n"
               "| | 2022 | 2023 |\n|---|---|---|\n| Leerlingen | 58 | 63 |\n")))
    assert _figures(first) == [(3, 58, "other.leerling", "other.leerling"),
                               (5, 11, "other.leerling", "other.leerling~2")]
    assert _figures(second) == [(3, 63, "other.leerling", "other.leerling"),
                                (4, 17, "other.leerling", "other.leerling~2"),
                                (4, 11, "other.leerling", "other.leerling~2"),
                                (8, 58, "other.leerling", "other.leerling"), (8, 63, "other.leerling", "other.leerling")]


def test_compounds_that_share_a_head_count_one_kind_of_people(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # SHAPES2 W2: "9 keuken- en zaalmedewerkers" counts staff (the head of the last compound), of the kitchen and
    # the hall: not a unit "keuken-" and a label from the verb; it continues as next year's "11 medewerkers"
    first, second = _reports(tmp_path, (
        (2023, "In het restaurant werken 9 keuken- en zaalmedewerkers.\n\n"
               "We tellen 12 vrijwilligers en 4 keuken-, zaal- en afwasmedewerkers.\n"),
        (2024, "In het restaurant werken nu 11 medewerkers.\n")))
    staff, washers = "other.werknemer.keuken.zaal", "other.werknemer.afwas.keuken.zaal"
    assert [(r["location"]["line"], r["value"], r["unit"], r["id"], r["series"]) for r in first["indicators"]] == [
        (3, 9, "zaalmedewerkers", staff, staff),
        (5, 12, "vrijwilligers", "other.vrijwilliger", "other.vrijwilliger"),
        (5, 4, "afwasmedewerkers", washers, washers)]
    assert _figures(second) == [(3, 11, "other.werknemer", staff)]


def test_a_count_of_a_list_of_nouns_continues_as_a_count_under_one_noun(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # SHAPES2 W2: "38 bakkers, brouwers en traiteurs" counts them all, no one noun names it: its words weigh
    # neither for nor against next year's "41 producenten" of the same sentence
    first, second = _reports(tmp_path, (
        (2023, "Het atelier werd gebruikt door 38 bakkers, brouwers en traiteurs.\n\n"
               "Er werken 6 vrijwilligers.\n"),
        (2024, "Het atelier werd gebruikt door 41 producenten.\n\nEr werken 7 vrijwilligers.\n")))
    assert [(r["location"]["line"], r["raw"], r["id"], r["series"]) for r in first["indicators"]] == [
        (3, "38 bakkers, brouwers en traiteurs", "other.bakker", "other.bakker"),
        (5, "6 vrijwilligers", "other.vrijwilliger", "other.vrijwilliger")]
    assert _figures(second) == [(3, 41, "other.producent", "other.bakker"),
                                (5, 7, "other.vrijwilliger", "other.vrijwilliger")]


def test_a_count_in_times_of_a_verbs_action_is_the_count_of_its_noun(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # SHAPES4 W11: "De gereedschappen werden 4.480 keer uitgeleend" counts loans, as last year's "4.120
    # uitleningen" did (not the tools: other.gereedschap_keer); "reserveerden onze leden 2.900 keer een bakfiets"
    # counts bookings (the verb before the number where none follows it)
    first, second = _reports(tmp_path, (
        (2023, "Er waren 4.120 uitleningen en 2.650 reserveringen.\n"),
        (2024, "De gereedschappen werden 4.480 keer uitgeleend.\n\n"
               "In 2024 reserveerden onze leden 2.900 keer een bakfiets.\n")))
    loans, bookings = "other.uitlening", "other.reservering"
    assert _figures(first) == [(3, 4120, loans, loans), (3, 2650, bookings, bookings)]
    assert _figures(second) == [(3, 4480, loans, loans), (5, 2900, bookings, bookings)]


def test_a_comparison_after_a_bracketed_figure_goes_back_to_the_figure_before_the_bracket(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # SHAPES2 S19: "14 koks (9,6 VTE), tegenover 12 een jaar eerder": 12 is last year's count of cooks, not of FTE
    # (it took the unit of the nearest figure, the FTE's, and the FTE's series)
    first, second = _reports(tmp_path, (
        (2025, "Eind 2025 telden we 12 koks (8,4 VTE).\n"),
        (2026, "Eind 2026 telden we 14 koks (9,6 VTE), tegenover 12 een jaar eerder.\n")))
    cooks, fte = "other.kok", "employment.fte"
    assert [(r["location"]["line"], r["value"], r["unit"], r["series"]) for r in first["indicators"]] == [
        (3, 12, "koks", cooks), (3, 8.4, "FTE", fte)]
    assert [(r["location"]["line"], r["value"], r["unit"], r["id"], r["series"]) for r in second["indicators"]] == [
        (3, 14, "koks", cooks, cooks), (3, 9.6, "FTE", fte, fte), (3, 12, "koks", cooks, cooks)]


def test_a_count_after_a_name_that_ends_in_a_word_of_a_level_is_a_figure(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # SHAPES2 W6: "telde De Tweede Fase 268 leden": 268 was taken for a level ("fase 2"), no figure, and the
    # bracketed 251 was left without its quantity; "in fase 2 van het project" stays a level
    first, second = written_and_linked(tmp_path, "De Tweede Fase", (
        (2025, "Eind 2025 telde De Tweede Fase 251 leden.\n"),
        (2026, "Eind 2026 telde De Tweede Fase 268 leden (vorig jaar 251). In fase 2 van het project kwamen er "
               "30 bezoekers.\n")))
    members = "other.vennoot"
    assert _figures(first) == [(3, 251, members, members)]
    assert _figures(second) == [(3, 268, members, members), (3, 251, members, members),
                                (3, 30, "other.bezoeker", "other.bezoeker")]
