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
