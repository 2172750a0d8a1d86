"""Linking one quantity across the years where the reports word it in the wording shapes of devsets/SHAPES4.md
(issue 19), and the relations those wordings must not make: each test writes the reports of one invented
cooperative in its own words, extracts (and links) them, and asserts the id and series of each figure by its line
and value."""

from __future__ import annotations

from linked_fixtures import written_and_linked


def _reports(tmp_path, texts: tuple[tuple[int, str], ...]) -> list[dict]:  # type: ignore[no-untyped-def]
    """The reports of one invented tool library, a text per year, extracted and linked."""
    return written_and_linked(tmp_path, "De Gereedschapskist", texts)


def _figures(report: dict) -> list[tuple[int, float, str, str]]:
    return [(r["location"]["line"], r["value"], r["id"], r["series"]) for r in report["indicators"]]


def test_amounts_each_in_brackets_after_their_noun_are_no_whole_and_parts(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # SHAPES4 FA-10: "zaalhuur (€ 12.300), catering (€ 8.100) en lidgelden (€ 2.600)": the first bracketed
    # amount closes its brackets before the next noun: it is no whole of the amounts after it (a parts_sum
    # false alarm "8.100 + 2.600 ≠ 12.300" before)
    (report,) = _reports(tmp_path, (
        (2024, "De opbrengsten stegen tot € 23.000. Dat bedrag is opgebouwd uit zaalhuur (€ 12.300), "
               "catering (€ 8.100) en lidgelden (€ 2.600).\n"),))
    assert [(line, value) for line, value, _, _ in _figures(report)] == [
        (3, 23000), (3, 12300), (3, 8100), (3, 2600)]
    assert [relation for relation in report["relations"] if relation["kind"] == "part_whole"] == []


def test_the_subject_of_an_amount_verb_names_the_amount_not_the_sentence_before(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # SHAPES4 W12: "De afschrijvingen bedroegen € N" after a sentence with another amount took that amount's
    # quantity (huur, verlies); the noun that opens the sentence before "bedroegen"/"klommen" names it, also with a
    # phrase or an aside between them, and the table row "Afschrijvingen" next year is the same quantity
    first, second = _reports(tmp_path, (
        (2024, "De huur bedroeg € 5.000. De afschrijvingen bedroegen € 9.300.\n\n"
               "We leden een verlies van € 2.000. De verzekeringen, vooral die van de bestelwagen, klommen naar "
               "€ 1.400.\n"),
        (2025, "Kosten (in euro)\n\n| | 2025 | 2024 |\n|---|---|---|\n| Huur | 5.200 | 5.000 |\n"
               "| Afschrijvingen | 9.800 | 9.300 |\n| Verzekeringen | 1.500 | 1.400 |\n")))
    rent, depreciation, insurance, loss = ("other.huur_euro", "other.afschrijving_euro", "other.verzekering_euro",
                                           "other.verlies_euro")
    assert _figures(first) == [(3, 5000, rent, rent), (3, 9300, depreciation, depreciation),
                               (5, -2000, loss, loss), (5, 1400, insurance, insurance)]
    assert _figures(second) == [(7, 5200, rent, rent), (7, 5000, rent, rent),
                                (8, 9800, depreciation, depreciation), (8, 9300, depreciation, depreciation),
                                (9, 1500, insurance, insurance), (9, 1400, insurance, insurance)]


def test_a_concessive_adverb_after_the_verb_is_not_what_the_change_measures(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # SHAPES4 S3: a PDF column puts the verb at a line's end and "desondanks met P % tot € N" on the next: the
    # change and the amount are of the subject ('inkomsten'), not of the adverb or of the deficit before
    first, second = _reports(tmp_path, (
        (2024, "De inkomsten stegen met 6 % tot € 49.000.\n"),
        (2025, "Voor de derde keer boeken we een tekort van € 2.100. De inkomsten stegen\n"
               "desondanks met 4 % tot € 51.000, maar de kosten stegen harder.\n")))
    income, change, deficit = "other.opbrengst_euro", "other.opbrengst_procent.verandering", "other.tekort_euro"
    assert _figures(first) == [(3, 6, change, change), (3, 49000, income, income)]
    assert _figures(second) == [(3, -2100, deficit, deficit), (4, 4, change, change), (4, 51000, income, income)]


def test_a_count_of_people_in_a_named_group_counts_the_group(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # SHAPES4 W13: "Onze vrijwilligersploeg bestond uit 31 mensen (een jaar eerder 28)" counts volunteers, as
    # "34 vrijwilligers" next year, not 'personen'; a group named by a compound that counts nothing of the
    # lexicon ("Het kookteam") keeps 'personen'
    first, second = _reports(tmp_path, (
        (2024, "Onze vrijwilligersploeg bestond uit 31 mensen (een jaar eerder 28). Het kookteam kookte voor 90 "
               "mensen.\n"),
        (2025, "We konden rekenen op 34 vrijwilligers.\n")))
    volunteers = "other.vrijwilliger"
    assert _figures(first) == [(3, 31, volunteers, volunteers), (3, 28, volunteers, volunteers),
                               (3, 90, "other.persoon", "other.persoon")]
    assert _figures(second) == [(3, 34, volunteers, volunteers)]


def test_a_separable_verb_of_change_moves_its_subject_as_its_one_word_form_does(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # "De loonsubsidies namen toe met 4,8 %" (particle after the verb) and next year "De loonsubsidies stegen
    # met 3,2 %": one quantity's change, not the change of the revenue named the sentence before
    first, second = _reports(tmp_path, (
        (2024, "De opbrengsten stegen tot € 50.000. De loonsubsidies namen toe met 4,8 %.\n"),
        (2025, "De opbrengsten stegen tot € 53.000. De loonsubsidies stegen met 3,2 %.\n")))
    revenue, change = "other.opbrengst_euro", "other.loonsubsidies_procent.verandering"
    assert _figures(first) == [(3, 50000, revenue, revenue), (3, 4.8, change, change)]
    assert _figures(second) == [(3, 53000, revenue, revenue), (3, 3.2, change, change)]


def test_a_number_that_opens_an_aside_between_dashes_counts_the_noun_before_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # SHAPES4 W14: "De naaimachines – negen in totaal – staan in de achterzaal" was no figure (a written number
    # with no noun after it); it counts the noun before the dash, in digits too, as "11 naaimachines" next year
    first, second = _reports(tmp_path, (
        (2024, "De naaimachines – negen in totaal – staan in de achterzaal. De boormachines – 14 in totaal – "
               "liggen in de kelder.\n"),
        (2025, "We hebben nu 11 naaimachines en 15 boormachines.\n")))
    sewing, drills = "other.naaimachine", "other.boormachine"
    assert _figures(first) == [(3, 9, sewing, sewing), (3, 14, drills, drills)]
    assert _figures(second) == [(3, 11, sewing, sewing), (3, 15, drills, drills)]
