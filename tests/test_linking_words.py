"""Linking a quantity that a report words otherwise than last year's (extractor/diff/link.py, figures/keys.py).

tests/fixtures/linking_words/ holds the reports of five cooperatives (home care, a shop, housing, bicycle
delivery, solar energy) written for this; gold.json says which shapes: another noun for the same people or things (medewerkers / personeelsleden /
zorgverleners in dienst, vennoten / coöperanten / aandeelhouders / leden, bewoners / huurders, woningen /
wooneenheden), a qualifier one year and not the next, a row label that names the unit ("VTE",
"Gereden kilometers", "Omzet (euro)"), a count told by a verb ("38 traden uit"), a table cell one year and a
sentence the next. The measure is the issue's: a quantity stated in two consecutive reports carries ONE series
id in both, shared with no other quantity of those two reports. KNOWN_GAPS lists the pairs not linked yet, each
with its reason (a strict xfail: linking one makes its test fail until it is taken off the list).
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from extractor.diff.link import add_series
from extractor.pipeline import extract_file
from linked_fixtures import gold_files, in_order, linked_reports, organisation_of, written_and_linked, year_of

FIXTURES = ROOT / "tests" / "fixtures" / "linking_words"
GOLD = gold_files(FIXTURES)
ORGANISATIONS = sorted({organisation_of(name) for name in GOLD})
FILES = in_order(GOLD)

# (organisation, key, earlier year) -> why the pair is not linked yet
KNOWN_GAPS: dict[tuple[str, str, str], str] = {}


def _all_reports() -> dict[str, dict]:
    return linked_reports(FIXTURES)


def _record(report: dict, line: int, value: float) -> dict:
    found = [r for r in report["indicators"] if r["location"]["line"] == line and r["value"] == value]
    assert len(found) == 1, (line, value, [(r["location"]["line"], r["value"]) for r in report["indicators"]])
    return found[0]


def _series(name: str) -> dict[str, str]:
    report = _all_reports()[name]
    return {key: _record(report, line, value)["series"] for line, value, key in GOLD[name]}


PAIRS = [(key, a, b) for a, b in zip(FILES, FILES[1:]) if a.split("-", 1)[0] == b.split("-", 1)[0]
         for key in sorted({g[2] for g in GOLD[a]} & {g[2] for g in GOLD[b]})]


def _param(key: str, a: str, b: str):  # type: ignore[no-untyped-def]
    gap = KNOWN_GAPS.get((a.split("-", 1)[0], key, year_of(a)))
    return pytest.param(key, a, b, marks=pytest.mark.xfail(strict=True, reason=gap)) if gap else (key, a, b)


def _trapkracht(tmp_path, texts: tuple[tuple[int, str], ...]) -> list[dict]:  # type: ignore[no-untyped-def]
    """The reports of one bicycle workshop, a text per year, extracted and linked."""
    return written_and_linked(tmp_path, "Trapkracht", texts)


@pytest.mark.parametrize("key,a,b", [_param(*pair) for pair in PAIRS],
                         ids=[f"{a.split('-')[0]}:{key}:{year_of(a)}-{year_of(b)}" for key, a, b in PAIRS])
def test_one_quantity_one_series_in_consecutive_reports(key: str, a: str, b: str) -> None:
    series_a, series_b = _series(a), _series(b)
    assert series_a[key] == series_b[key], (series_a[key], series_b[key])
    others = {s for found in (series_a, series_b) for other, s in found.items() if other != key}
    assert series_a[key] not in others, f"{key}: shared with another quantity"


def test_a_row_label_keys_its_cells_by_what_its_unit_word_measures() -> None:
    # "| Gereden kilometers | 263.500 | 248.000 |": what "248.000 kilometer" measures in a sentence (afstand), no
    # key of the word "kilometers"; "| VTE | 21,0 | 19,5 |" (a unit the header words know): FTE, as "19,5 VTE"
    report = _all_reports()["zorgsaam-bijzonder-verslag-2023.md"]
    cells = [(r["value"], r["id"], r["period"]) for r in report["indicators"] if r["location"]["line"] == 10]
    assert cells == [(263500, "other.afstand", "2023"), (248000, "other.afstand", "2022")]
    bode = _all_reports()["fietsbode-bijzonder-verslag-2023.md"]
    fte = [(r["value"], r["unit"], r["id"]) for r in bode["indicators"] if r["location"]["line"] == 13]
    assert fte == [(21, "FTE", "other.werknemer_vte"), (19.5, "FTE", "other.werknemer_vte")]


def test_people_named_by_their_work_in_service_are_staff() -> None:
    # "waren 95 zorgverleners in dienst" (2024) counts what "Personeelsleden" (2023) counts
    report = _all_reports()["zorgsaam-bijzonder-verslag-2024.txt"]
    assert _record(report, 6, 95)["id"] == "other.werknemer"


def test_a_count_told_by_a_verb_counts_the_noun_of_the_sentence_before() -> None:
    # "Het aantal aandeelhouders steeg tot 1.301. 38 traden uit": members who left, as "24 traden uit" (2023)
    old = _all_reports()["zorgsaam-bijzonder-verslag-2023.md"]
    new = _all_reports()["zorgsaam-bijzonder-verslag-2024.txt"]
    assert _record(new, 11, 38)["id"] == _record(old, 15, 24)["id"] == "other.vennoot.uitgetreden"
    # "71 van hen sloten dit jaar aan": joined (aansluiten), not "sloten" (ditches)
    korf = _all_reports()["dekorf-bijzonder-verslag-2023.md"]
    assert _record(korf, 4, 71)["id"] == "other.vennoot.nieuw"


def test_two_quantities_of_one_report_never_share_a_series() -> None:
    for name in FILES:
        keys_by_series: dict[str, set[str]] = {}
        for key, series in _series(name).items():
            keys_by_series.setdefault(series, set()).add(key)
        assert {s: k for s, k in keys_by_series.items() if len(k) > 1} == {}, name


def test_the_corpus_run_groups_a_report_whose_title_has_a_heading_under_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # "Woonhaven cvso" / "Bijzonder verslag 2023" / "Kerncijfers": the organisation is Woonhaven, not the heading,
    # so the corpus run links its reports with the 2022 one
    from extractor.pipeline import extract_file as read

    names = {name: read(FIXTURES / name)["document"]["organisation"] for name in FILES}
    assert {name.split("-", 1)[0]: organisation for name, organisation in names.items()} == {
        "dekorf": "De Korf", "fietsbode": "Fietsbode", "woonhaven": "Woonhaven", "zonnedak": "Zonnedak",
        "zorgsaam": "Zorgsaam"}
    assert len(set(names.values())) == len(ORGANISATIONS)


def test_kin_nouns_of_two_years_link_and_keep_their_keys() -> None:
    # a shop's "vaste klanten" one year and "bezoekers" the next, "leveranciers" and "producenten": one quantity
    # each for the linker (patterns/lexicon.yaml kin), each figure keeps the key of its own words
    from extractor.pipeline import extract_text

    old = extract_text("Buurtsuper De Hoek cv. In 2022 kwamen gemiddeld 1.850 vaste klanten per week naar de winkel. "
                       "De omzet bedroeg 2,1 miljoen euro. We werkten met 41 lokale leveranciers.", 2022)
    new = extract_text("Buurtsuper De Hoek cv. De winkel ontving in 2023 gemiddeld 2.040 bezoekers per week. De omzet "
                       "steeg tot 2,3 miljoen euro. We kochten in bij 45 lokale producenten.", 2023)
    add_series([old, new])
    found = {r["value"]: (r["id"], r["series"]) for report in (old, new) for r in report["indicators"]}
    assert found[1850] == ("other.klant.vast", "other.klant.vast")
    assert found[2040] == ("other.bezoeker", "other.klant.vast")
    assert found[41][1] == found[45][1] != found[1850][1]
    assert found[45][0] == "other.producent.lokaal"


def test_a_change_and_the_level_it_came_to_are_two_figures() -> None:
    # "Het aantal vennoten steeg met 25 tot 215" (2023): a change of the members and their number, not a range
    # from 25 to 215; the change is no series of the new members of 2022 and 2024
    report = _all_reports()["fietsbode-bijzonder-verslag-2023.md"]
    found = [(r["value"], r.get("value_max"), r["id"]) for r in report["indicators"] if r["location"]["line"] == 17]
    assert found == [(25, None, "other.vennoot.verandering"), (215, None, "other.vennoot")]
    assert _record(report, 17, 25)["series"] not in set(_series("fietsbode-bijzonder-verslag-2024.txt").values())


def test_a_verb_after_a_count_is_no_unit() -> None:
    # "38 traden uit": the count has no unit "traden" (a verb), it counts the members of the sentence before
    report = _all_reports()["zorgsaam-bijzonder-verslag-2024.txt"]
    record = _record(report, 11, 38)
    assert (record["unit"], record["raw"]) == (None, "38")


def test_a_column_of_changes_gives_its_cells_the_change_of_the_row(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # "| Klanten | 236 | 212 | 24 |" under "Evolutie": 24 is the change of the customers, never a second count of
    # them that next year's customers could be linked to; "+9,1 %" is the change of the deliveries
    source = tmp_path / "x-bijzonder-verslag-2023.md"
    source.write_text("# X cv\n\n## Kerncijfers\n\n| | 2023 | 2022 | Evolutie |\n|---|---|---|---|\n"
                      "| Leveringen | 41.900 | 38.400 | +9,1 % |\n| Klanten | 236 | 212 | 24 |\n", encoding="utf-8")
    report = extract_file(source, 2023)
    found = [(r["location"]["line"], r["value"], r["id"]) for r in report["indicators"]]
    assert found == [(7, 41900, "other.rit"), (7, 38400, "other.rit"), (7, 9.1, "other.rit_procent.verandering"),
                     (8, 236, "other.klant"), (8, 212, "other.klant"), (8, 24, "other.klant.verandering")]


def test_last_years_figure_quoted_in_brackets_is_that_quantity_of_last_year() -> None:
    # "tot 91 (vorig jaar 84)", "64,0 VTE (2022: 61,5)", "(vorig jaar: 8 keer)", "1.298 vennoten (1.212 in 2022)":
    # the bracketed figure is last year's value of the figure before it, with its key, and links to last
    # year's report; "steeg opnieuw, tot 91" counts the staff the sentence names before its comma
    from extractor.pipeline import extract_text

    old = extract_text("Wijkwerk cv. Bijzonder verslag 2022.\n\nHet aantal medewerkers bedroeg 84. Samen goed voor "
                       "61,5 VTE.\nEind 2022 waren er 1.212 vennoten. De raad van bestuur vergaderde 8 keer.\n", 2022)
    new = extract_text("Wijkwerk cv. Bijzonder verslag 2023.\n\nHet aantal medewerkers steeg opnieuw, tot 91 (vorig "
                       "jaar 84). Samen goed voor 64,0 VTE (2022: 61,5).\nEind 2023 waren er 1.298 vennoten (1.212 in "
                       "2022). Het bestuur kwam 9 keer samen (vorig jaar: 8 keer).\n", 2023)
    add_series([old, new])
    found = {r["value"]: (r["id"], r["period"], r["series"]) for r in new["indicators"]}
    assert found == {
        91: ("other.werknemer", "2023-12-31", "other.werknemer"),  # staff, a stock: on the closing day
        84: ("other.werknemer", "2022-12-31", "other.werknemer"),
        64: ("employment.fte", "2023", "employment.fte"),
        61.5: ("other.werknemer_vte", "2022", "employment.fte"),  # the key of the words of '64,0 VTE'
        1298: ("other.vennoot", "2023-12-31", "other.vennoot"),  # "Eind 2023"
        1212: ("other.vennoot", "2022", "other.vennoot"),
        9: ("other.vergadering.bestuur", "2023", "other.vergadering.bestuur"),
        8: ("other.vergadering.bestuur", "2022", "other.vergadering.bestuur")}
    assert {r["value"]: r["series"] for r in old["indicators"]} == {
        84: "other.werknemer", 61.5: "employment.fte", 1212: "other.vennoot", 8: "other.vergadering.bestuur"}


def test_the_years_result_called_profit_loss_or_result_is_one_series(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # a profit one year, a loss the next and 'Resultaat van het boekjaar' in the table (patterns/lexicon.yaml kin):
    # in one report the table's cell and the sentence's loss are one quantity (a negative value too), and the
    # table's column of last year, equal to last year's profit, links the two years (a restatement of it)
    old = tmp_path / "ketting-bijzonder-verslag-2023.md"
    old.write_text("# De Ketting cv — Bijzonder verslag 2023\n\n## Financieel\n\nHet boekjaar sloot met een winst van "
                   "6.300 euro. De omzet bedroeg 212.400 euro.\n", encoding="utf-8")
    new = tmp_path / "ketting-bijzonder-verslag-2024.md"
    new.write_text("# De Ketting cv — Bijzonder verslag 2024\n\n## Resultatenrekening\n\n| (in euro) | 2024 | 2023 |\n"
                   "|---|---|---|\n| Omzet | 219.500 | 212.400 |\n| Resultaat van het boekjaar | (2.150) | 6.300 |\n\n"
                   "Het boekjaar sloot met een verlies van 2.150 euro.\n", encoding="utf-8")
    reports = [extract_file(old), extract_file(new)]
    add_series(reports)
    found = [[(r["location"]["line"], r["value"], r["id"], r["series"]) for r in report["indicators"]]
             for report in reports]
    assert found == [
        [(5, 6300, "other.winst_euro", "other.winst_euro"), (5, 212400, "other.omzet_euro", "other.omzet_euro")],
        [(7, 219500, "other.omzet_euro", "other.omzet_euro"), (7, 212400, "other.omzet_euro", "other.omzet_euro"),
         (8, -2150, "other.resultaat_euro", "other.winst_euro"), (8, 6300, "other.resultaat_euro", "other.winst_euro"),
         (10, -2150, "other.verlies_euro", "other.winst_euro")]]


def test_an_adverb_beside_the_figure_never_names_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # SHAPES.md 3: "steeg licht tot 4,1 %" measures what its subject names, not "licht" (patterns/lexicon.yaml
    # degree_words), and "van de monteurs" after the subject qualifies it: one series with last year's plain
    # "daalde tot 3,8 %"
    old = tmp_path / "trapkracht-jaarverslag-2023.txt"
    old.write_text("Trapkracht cv - Jaarverslag 2023\n\nHet verzuim daalde tot 3,8 %. De huurprijs lag 12 % "
                   "onder de markt.\n", encoding="utf-8")
    new = tmp_path / "trapkracht-jaarverslag-2024.txt"
    new.write_text("Trapkracht cv - Jaarverslag 2024\n\nHet verzuim van de herstellers steeg licht tot 4,1 %. "
                   "De huurprijs lag gemiddeld 15 % lager dan de markt.\n", encoding="utf-8")
    reports = [extract_file(old), extract_file(new)]
    add_series(reports)
    found = [[(r["location"]["line"], r["value"], r["id"], r["series"]) for r in report["indicators"]]
             for report in reports]
    assert found == [
        [(3, 3.8, "other.verzuim_procent", "other.verzuim_procent"),
         (3, 12, "other.huur_procent", "other.huur_procent")],
        [(3, 4.1, "other.verzuim_procent", "other.verzuim_procent"),
         (3, 15, "other.huur_procent", "other.huur_procent")]]


def test_joiners_leavers_and_those_who_finished_are_quantities_of_their_own(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # SHAPES.md 13 and 7: joiners and leavers told by a verb phrase ("zegden hun lidmaatschap op", "haakten af",
    # "namen ontslag"; "Er sloten er 34 aan" with the members of the sentence before as its subject) are the
    # movements of the members, not the members nor a count of "sloten"; trainees who finished their path
    # ("rondden hun traject af") are not the trainees on the staff (patterns/lexicon.yaml states)
    reports = _trapkracht(tmp_path, (
            (2023, "Eind 2023 telde Trapkracht 388 leden. Er traden 41 nieuwe leden toe en 12 leden zegden hun "
                   "lidmaatschap op.\n\nEr werkten 14 medewerkers, onder wie zes leerwerknemers. Vijf "
                   "leerwerknemers rondden in 2023 hun traject af.\n"),
            (2024, "Eind 2024 telde Trapkracht 409 leden. Er sloten er 34 aan, 13 haakten af.\n\nEr werkten 15 "
                   "medewerkers, onder wie zeven leerwerknemers. In 2024 rondden zes leerwerknemers hun traject "
                   "af.\n"),
            (2025, "Eind 2025 telde Trapkracht 434 leden. Er traden 39 nieuwe leden toe en 14 leden namen "
                   "ontslag.\n\nEr werkten 16 medewerkers, onder wie acht leerwerknemers. Zeven leerwerknemers "
                   "voltooiden hun traject.\n")))
    found = [[(r["value"], r["series"]) for r in report["indicators"]] for report in reports]
    assert found == [
        [(388, "other.vennoot"), (41, "other.vennoot.nieuw"), (12, "other.vennoot.uitgetreden"),
         (14, "other.werknemer"), (6, "other.werknemer.leer"), (5, "other.werknemer.afgerond.leer")],
        [(409, "other.vennoot"), (34, "other.vennoot.nieuw"), (13, "other.vennoot.uitgetreden"),
         (15, "other.werknemer"), (7, "other.werknemer.leer"), (6, "other.werknemer.afgerond.leer")],
        [(434, "other.vennoot"), (39, "other.vennoot.nieuw"), (14, "other.vennoot.uitgetreden"),
         (16, "other.werknemer"), (8, "other.werknemer.leer"), (7, "other.werknemer.afgerond.leer")]]


def test_the_article_in_a_list_of_counts_is_the_count_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # SHAPES.md 6: "vier monteurs, zes leerwerknemers in een traject, een coördinator en een winkelbediende": the
    # article after a list link, a few words after a count, is the count one (patterns/units.yaml list_links),
    # and links across the years; not the article of a measured noun ("en een kapitaal van 82.400 euro"), of a
    # list after a colon that spells out the count before it, before a numeral ("en een tiental"), or after a
    # count that is no item of a list ("41 leden bij, een record")
    reports = _trapkracht(tmp_path, (
            (2023, "Er werkten 12 mensen: vier monteurs, zes leerwerknemers in een traject, een coördinator en een "
                   "winkelbediende. De coöperatie telt 388 leden en een kapitaal van 77.600 euro. Er kwamen 41 "
                   "leden bij, een record.\n"),
            (2024, "Er werkten 13 mensen: vijf monteurs, zes leerwerknemers, een coördinator en een winkelbediende. "
                   "Er kwamen twee nieuwe diensten: een leenfiets en een dienst rond herstellingen aan huis.\n"),
            (2025, "Er werkten 14 mensen: vijf monteurs, zeven leerwerknemers, een coördinator en een "
                   "winkelbediende. We verkochten 326 fietsen en een tiental bakfietsen.\n")))
    found = [[(r["raw"], r["value"], r["series"]) for r in report["indicators"]] for report in reports]
    assert found == [
        [("12 mensen", 12, "other.persoon"), ("vier monteurs", 4, "other.monteur"),
         ("zes leerwerknemers", 6, "other.werknemer.leer"), ("een coördinator", 1, "other.coördinator"),
         ("een winkelbediende", 1, "other.werknemer.winkel"), ("388 leden", 388, "other.vennoot"),
         ("77.600 euro", 77600, "other.kapitaal_euro"), ("41 leden", 41, "other.vennoot.nieuw")],
        [("13 mensen", 13, "other.persoon"), ("vijf monteurs", 5, "other.monteur"),
         ("zes leerwerknemers", 6, "other.werknemer.leer"), ("een coördinator", 1, "other.coördinator"),
         ("een winkelbediende", 1, "other.werknemer.winkel"), ("twee nieuwe diensten", 2, "other.dienst.nieuw")],
        [("14 mensen", 14, "other.persoon"), ("vijf monteurs", 5, "other.monteur"),
         ("zeven leerwerknemers", 7, "other.werknemer.leer"), ("een coördinator", 1, "other.coördinator"),
         ("een winkelbediende", 1, "other.werknemer.winkel"), ("326 fietsen", 326, "other.fiets.verkocht"),
         ("een tiental bakfietsen", 10, "other.bakfiets")]]


def test_a_verb_of_joining_or_leaving_after_a_time_phrase_counts_the_members_before(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # SHAPES2.md S13 and S3: "In de loop van het jaar kwamen er 47 bij en gingen er 18 weg" counts the members of
    # the sentence before (was other.loop.nieuw, 'loop' of the time phrase); "samen 4.310 uur" is never labelled
    # 'samen' (patterns/lexicon.yaml degree_words), so two totals of hours told with it keep apart
    reports = _trapkracht(tmp_path, (
            (2023, "Eind 2023 telde Trapkracht 297 leden. Er traden 42 nieuwe leden toe en 25 leden traden uit. "
                   "De vrijwilligers presteerden samen 5.900 uur.\n"),
            (2024, "Eind 2024 telde Trapkracht 322 leden. In de loop van het jaar kwamen er 47 bij en gingen er 18 "
                   "weg. De keuken werd samen 4.310 uur verhuurd. De vrijwilligers presteerden samen 6.300 uur.\n")))
    found = [[(r["value"], r["series"]) for r in report["indicators"]] for report in reports]
    assert found == [
        [(297, "other.vennoot"), (42, "other.vennoot.nieuw"), (25, "other.vennoot.uitgetreden"),
         (5900, "other.vrijwilliger_duur")],
        [(322, "other.vennoot"), (47, "other.vennoot.nieuw"), (18, "other.vennoot.uitgetreden"),
         (4310, "other.keuken_duur"), (6300, "other.vrijwilliger_duur")]]


def _lexicon_pairs(name: str) -> list[tuple[str, str]]:
    from extractor.dutch import patterns

    return [tuple(example["words"]) for example in patterns.load("lexicon")[name]]


def _read_as(word: str) -> tuple[str, ...]:
    """The words the linker compares for a noun: its first part (a compound's) and its concept, last."""
    from extractor.diff.similarity import _content, _tokens

    return tuple(_content(_tokens(word)).split())


@pytest.mark.parametrize("a,b", _lexicon_pairs("kin_examples"))
def test_kin_and_compounds_of_kin_read_as_one_concept(a: str, b: str) -> None:
    # patterns/lexicon.yaml kin_examples: the linker reads the two nouns as one concept (a compound by its last part)
    assert _read_as(a)[-1] == _read_as(b)[-1] and a not in _read_as(a) and b not in _read_as(b), (_read_as(a), _read_as(b))


@pytest.mark.parametrize("a,b", _lexicon_pairs("kin_negative_examples"))
def test_other_nouns_and_other_first_parts_read_apart(a: str, b: str) -> None:
    assert _read_as(a) != _read_as(b), (_read_as(a), _read_as(b))


def test_the_quantity_named_by_another_word_next_year_is_one_series(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # SHAPES2.md S5: the audience counted as visitors one year, guests the next, spectators the year after; the
    # makers as producers, then as "voedselondernemers" (a compound whose last part is kin of producers): one
    # series each (patterns/lexicon.yaml kin), each figure keeping the key of its own words
    reports = _trapkracht(tmp_path, (
            (2023, "Het atelier werd gebruikt door 38 producenten. Op onze opendeurdagen ontvingen we 1.240 "
                   "bezoekers.\n"),
            (2024, "In 2024 huurden 41 voedselondernemers de keuken. 1.390 gasten kwamen over de vloer op de "
                   "opendeurdagen.\n"),
            (2025, "In 2025 huurden 44 voedselondernemers de keuken. De opendeurdagen trokken 1.510 "
                   "toeschouwers.\n")))
    found = [[(r["value"], r["id"], r["series"]) for r in report["indicators"]] for report in reports]
    assert found == [
        [(38, "other.producent", "other.producent"), (1240, "other.bezoeker", "other.bezoeker")],
        [(41, "other.voedselondernemers", "other.producent"), (1390, "other.gast", "other.bezoeker")],
        [(44, "other.voedselondernemers", "other.producent"), (1510, "other.toeschouwer", "other.bezoeker")]]


def test_a_count_or_share_with_no_noun_of_its_own_takes_its_antecedents(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # SHAPES2.md S6: "Daarvan gingen er 3.100 naar gezinnen en 2.100 naar studenten" counts parts of the parcels of
    # the sentence before (was labelled 'gingen'), the phrase after each says which part where the whole's key
    # would be shared; "20 % ervan" is a share of the profit the clause before names (was 'ervan'); each links to
    # the next year's wording with the noun
    reports = _trapkracht(tmp_path, (
            (2024, "Het atelier verdeelde 5.200 voedselpakketten. Daarvan gingen er 3.100 naar gezinnen en 2.100 "
                   "naar studenten. Het boekjaar sloot met een winst; 20 % ervan gaat naar het solidariteitsfonds.\n"),
            (2025, "Het atelier verdeelde 5.600 voedselpakketten: 3.300 pakketten voor gezinnen en 2.300 voor "
                   "studenten. Minstens 20 % van de winst gaat naar het solidariteitsfonds.\n")))
    found = [[(r["value"], r["id"], r["series"]) for r in report["indicators"]] for report in reports]
    assert found == [
        [(5200, "other.pakket.voedsel", "other.pakket.voedsel"), (3100, "other.pakket", "other.pakket"),
         (2100, "other.pakket.student", "other.pakket.student"),
         (20, "other.winst_procent.aandeel", "other.winst_procent.aandeel")],
        [(5600, "other.pakket.voedsel", "other.pakket.voedsel"), (3300, "other.pakket", "other.pakket"),
         (2300, "other.pakket", "other.pakket.student"),
         (20, "other.winst_procent.aandeel", "other.winst_procent.aandeel")]]


def test_parts_told_after_daarvan_keep_apart_from_their_whole() -> None:
    # SHAPES2.md S6: the whole "97.600 maaltijden" and its parts "Daarvan gingen er 69.400 naar scholen en 28.200
    # naar mensen thuis": three keys, the parts those of "schoolmaaltijden" and "thuismaaltijden" another year
    from extractor.pipeline import extract_text

    report = extract_text("De keuken bereidde 97.600 maaltijden. Daarvan gingen er 69.400 naar scholen en 28.200 "
                          "naar mensen thuis.", 2025)
    assert [(r["value"], r["id"]) for r in report["indicators"]] == [
        (97600, "other.maaltijd"), (69400, "other.maaltijd.school"), (28200, "other.maaltijd.thuis")]


def test_a_verb_of_change_or_a_ceiling_word_never_names_the_figure(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # SHAPES2.md S3 and S10: "De energiekosten stegen tot € 23.400" measures the energy costs (was labelled
    # 'stegen') and links to last year's "bedroegen € 21.900"; a
    # ceiling told after a coordinated verb ("volgt de wettelijke rentevoet en bedraagt ten hoogste 5 %") or as a
    # noun ("met een bovengrens van 5 %", was 'bovengrens') is a ceiling of the dividend the sentence opens with
    reports = _trapkracht(tmp_path, (
            (2024, "De energiekosten bedroegen € 21.900. Het dividend bedraagt maximaal 5 %.\n"),
            (2025, "De energiekosten stegen tot € 23.400. Het dividend volgt de wettelijke rentevoet en bedraagt ten "
                   "hoogste 5 %.\n"),
            (2026, "De energiekosten stegen tot € 24.100. Het dividend is beperkt, met een bovengrens van 5 %.\n")))
    found = [[(r["value"], r["id"], r["series"]) for r in report["indicators"]] for report in reports]
    assert found == [
        [(21900, "other.energiekosten_euro", "other.energiekosten_euro"),
         (5, "other.dividend_procent.maximum", "other.dividend_procent.maximum")],
        [(23400, "other.energiekosten_euro", "other.energiekosten_euro"),
         (5, "other.dividend_procent.maximum", "other.dividend_procent.maximum")],
        [(24100, "other.energiekosten_euro", "other.energiekosten_euro"),
         (5, "other.dividend_procent.maximum", "other.dividend_procent.maximum")]]
