"""The conditions stated in running prose (SHAPES-REFS R6: "(voorwaarde N)" after each clause of one paragraph;
R7: chained sentences without numbers, the article at a sentence's start or in its middle, a run-in label naming
two conditions, the reserve's sentence naming the dividend too), and the table's articles cited again later in
the report (R8, R9): they back the article's condition when their sentence, or for a sentence that points back
("neemt die plicht over") the one before it, says something of it; an amended article backs none. Also the
meeting named again by "was die van <datum>" (RM3). The report is tests/fixtures/conditions/, written for this
test in its own words."""

from __future__ import annotations

from conftest import ROOT
from extractor.pipeline import extract_file

REPORT = ROOT / "tests" / "fixtures" / "conditions" / "speelhuis-bijzonder-verslag-2025.txt"


def test_every_reference_backs_the_condition_its_sentence_states() -> None:
    report = extract_file(REPORT.relative_to(ROOT))
    assert [(r["location"]["line"], r["articles"], r["condition"]) for r in report["statute_references"]] == [
        (8, ["36"], 9),  # "Artikel 36 van onze statuten neemt die plicht over": the sentence before states 9
        (13, ["3"], 1), (14, ["4"], 2),  # "Doel en voorwerp." then one sentence each
        (16, ["29"], 3), (17, ["44"], 4), (19, ["12"], 5),  # "(voorwaarde N)" after the clause
        (22, ["20"], 6), (23, ["26"], 7), (26, ["30"], 8), (26, ["36"], 9),  # chained, no numbers
        (29, ["12"], None),  # amended, backs nothing
        (33, ["20"], 6), (34, ["26"], 7), (41, ["30"], 8)]  # cited again: unpaid board, one vote, the fund


def test_the_meeting_named_again_by_die_van() -> None:
    report = extract_file(REPORT.relative_to(ROOT))
    assert [(m["kind"], m["date"], m["location"]["line"]) for m in report["meetings"]] == [
        ("extraordinary", "2024", 29), ("extraordinary", "2024-03-09", 37)]


def test_an_article_tied_to_two_conditions_backs_the_one_its_own_sentence_speaks_of() -> None:
    # SHAPES4 R9: article 31 answers both the dividend cap (3) and the reserve before dividend (8); the later
    # sentence about the proposed dividend says only "het maximum" of it: the cap
    from extractor.pipeline import extract_text
    text = ("| Voorwaarde | Statuten |\n|---|---|\n| 1. Sociaal doel | Artikel 2 |\n| 3. Beperkt dividend | Artikel 31 |\n"
            "| 5. Uittreding | Artikel 11 |\n| 6. Kosteloos bestuur | Artikel 19 |\n"
            "| 8. Eerst de reserve, dan dividend | Artikel 31, derde lid |\n\n"
            "De raad stelt voor € 900 naar de reserve te brengen, daarna 1 % dividend uit te keren. Dat is ruim\n"
            "minder dan het maximum dat artikel 31 van de statuten toelaat.\n")
    report = extract_text(text, fiscal_year=2024, fmt="markdown", name="verslag-2024.md")
    assert [(r["location"]["line"], r["articles"], r["condition"]) for r in report["statute_references"]] == [
        (3, ["2"], 1), (4, ["31"], 3), (5, ["11"], 5), (6, ["19"], 6), (7, ["31"], 8), (10, ["31"], 3)]
