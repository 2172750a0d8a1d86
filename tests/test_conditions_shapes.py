"""The conditions of art. 8:5 WVV recognised by what they say, in the shapes cooperatives write them besides a
numbered table: bullet lists of short labels, rows numbered "(1)" to "(9)", running prose, Markdown bullets,
and the rows of a table or a bullet list in a PDF. Every statute reference is asserted with its line and the
condition it backs. The text reports are tests/fixtures/conditions/ (written for these tests, each in its own
words); the PDFs are drawn here with reportlab."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from conftest import ROOT
from extractor.pipeline import extract_file

OWN = ROOT / "tests" / "fixtures" / "conditions"

# (line, articles, condition): every statute reference of the report, in order
TEXTS = {
    # "- Hoofddoel: ...", "- Het stemrecht is beperkt tot een tiende ...", "- Jaarlijkse verantwoording: ..."
    "groenhart-bijzonder-verslag-2023.txt": [
        (7, ["3"], 1), (8, ["4"], 2), (9, ["35"], 3), (10, ["48"], 4), (11, ["12"], 5), (12, ["22"], 6),
        (13, ["28"], 7), (14, ["36"], 8), (15, ["41"], 9)],
    # "(3) beperkte dividenduitkering: artikel 34;" after an introduction on the same paragraph
    "de-schakel-sociaal-verslag-2023.txt": [
        (6, ["3"], 1), (7, ["4"], 2), (8, ["34"], 3), (9, ["47"], 4), (10, ["13"], 5), (11, ["21"], 6),
        (12, ["27"], 7), (13, ["35"], 8), (14, ["40"], 9)],
    # prose: "De Fietsbieb streeft geen vermogensvoordeel na als hoofddoel: ... (artikel 3 van de statuten)."
    "fietsbieb-bijzonder-verslag-2023.txt": [
        (7, ["3"], 1), (7, ["4"], 2), (9, ["33"], 3), (9, ["45"], 4), (9, ["12"], 5), (11, ["20"], 6),
        (11, ["27"], 7), (11, ["34"], 8), (11, ["40"], 9)],
    # "* **Bijzonder verslag** – artikel 38 van de statuten" under a title "Jaarverslag 2023" that names
    # condition 9 too but cites no article
    "zonnedak-jaarverslag-2023.md": [
        (7, ["3"], 1), (8, ["4"], 2), (9, ["31"], 3), (10, ["44"], 4), (11, ["11"], 5), (12, ["19"], 6),
        (13, ["25"], 7), (14, ["32"], 8), (15, ["38"], 9)],
}


def _references(report: dict) -> list[tuple[int, list[str], int | None]]:
    return [(r["location"]["line"], r["articles"], r["condition"]) for r in report["statute_references"]]


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_every_reference_backs_the_condition_its_row_or_sentence_states(name: str) -> None:
    assert _references(extract_file((OWN / name).relative_to(ROOT))) == TEXTS[name]


def test_prose_states_each_condition_in_its_own_sentence() -> None:
    report = extract_file((OWN / "fietsbieb-bijzonder-verslag-2023.txt").relative_to(ROOT))
    assert [(c["condition"], c["location"]["line"], c["location"]["column"]) for c in report["conditions"]] == \
        [(1, 7, 1), (2, 7, 162), (3, 9, 1), (4, 9, 128), (5, 9, 302), (6, 11, 1), (7, 11, 73), (8, 11, 202),
         (9, 11, 338)]
    # the year's own figure stays a figure
    assert [(i["raw"], i["location"]["line"]) for i in report["indicators"]] == [("640 gezinnen", 15)]


def test_counts_of_paragraphs_that_state_a_condition_in_prose_stay_figures() -> None:
    # a long Markdown report whose paragraphs on the meeting and the board state conditions in running prose
    # (the board is unpaid; "vijf vrijwilligers" has the words of condition 6): the counts of those paragraphs
    # are the report's own, not the law's. They were all withheld as quotes of the law, and only where the
    # paragraphs before made a run of conditions: the same board paragraph in a shorter report kept them.
    report = extract_file((OWN / "groene-fiets-bijzonder-verslag-2025.md").relative_to(ROOT))
    assert [(c["condition"], c["location"]["line"]) for c in report["conditions"]] == \
        [(4, 109), (5, 110), (6, 115), (9, 104)]
    assert [(i["raw"], i["value"], i["location"]["line"]) for i in report["indicators"]
            if 104 <= i["location"]["line"] <= 116] == [
        ("84 vennoten", 84, 105), ("twee bestuurders", 2, 106), ("vier jaar", 4, 106), ("2 %", 2, 108),
        ("ten hoogste 6 %", 6, 109), ("één volmacht", 1, 111), ("negen leden", 9, 115), ("vijf vrijwilligers", 5, 115),
        ("drie klanten", 3, 115), ("één vertegenwoordiger", 1, 115), ("elf keer", 11, 116)]


_ROWS = [("De vennootschap heeft als hoofddoel een positieve maatschappelijke impact op mens, milieu of samenleving.",
          "Artikel 3"),
         ("Het voorwerp in de statuten toont hoe de vennootschap die impact nastreeft.", "Artikel 4"),
         ("Beperkte dividenduitkering: nooit hoger dan de rentevoet van de Nationale Raad voor de Coöperatie.",
          "Artikel 33"),
         ("Bij vereffening krijgt het overschot een bestemming die aansluit bij ons voorwerp.", "Artikel 46"),
         ("Wie uittreedt, krijgt hoogstens de nominale waarde van zijn aandelen terug.", "Artikel 12"),
         ("Bestuurders zijn onbezoldigd; enkel presentiegeld is mogelijk.", "Artikel 21"),
         ("Het stemrecht is beperkt tot een tiende van de stemmen op de algemene vergadering.", "Artikel 27"),
         ("Vóór een dividend wordt een deel van de winst voorbehouden voor projecten.", "Artikel 34"),
         ("De raad van bestuur maakt jaarlijks een bijzonder verslag op.", "Artikel 40")]

_LABELS = [("Maatschappelijk doel", "artikel 3"), ("Voorwerp", "artikel 4"), ("Beperkte dividenduitkering", "artikel 30"),
           ("Bestemming van het liquidatiesaldo", "artikel 43"), ("Uittreding tegen nominale waarde", "artikel 11"),
           ("Onbezoldigd bestuur", "artikel 19"), ("Beperkt stemrecht", "artikel 25"),
           ("Reservering vóór dividend", "artikel 31"), ("Jaarlijks bijzonder verslag", "artikel 37")]


def _pdf(path: Path, shape: str) -> Path:
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    flow = [Paragraph("Bijzonder verslag 2023 van Buurtwarmte cv", styles["Title"]),
            Paragraph("Buurtwarmte cv is erkend als sociale onderneming. Onze statuten regelen de "
                      "erkenningsvoorwaarden als volgt:", body), Spacer(1, 12)]
    if shape == "table":  # ruled, a column of numbers, the condition's text wrapped beside its article
        data = [[Paragraph(c, body) for c in ("Nr.", "Erkenningsvoorwaarde", "Statuten")]]
        data += [[Paragraph(str(k), body), Paragraph(text, body), Paragraph(article, body)]
                 for k, (text, article) in enumerate(_ROWS, start=1)]
        table = Table(data, colWidths=[30, 330, 100])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        flow.append(table)
    else:  # bullets, which the PDF reader sets apart in a column of their own
        flow.append(ListFlowable([ListItem(Paragraph(f"{label}: {article} van de statuten", body))
                                  for label, article in _LABELS], bulletType="bullet"))
    flow += [Spacer(1, 12), Paragraph("In 2023 leverden we 3.400 MWh warmte aan 212 gezinnen.", body)]
    SimpleDocTemplate(str(path), pagesize=A4).build(flow)
    return path


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    folder = tmp_path_factory.mktemp("conditions-pdf")
    return {shape: extract_file(_pdf(folder / f"buurtwarmte-{shape}-2023.pdf", shape)) for shape in ("table", "bullets")}


def test_each_row_of_a_ruled_pdf_table_backs_its_condition(pdfs: dict[str, dict]) -> None:
    # a row's wrapped text runs on after its article cell in the reading order ("... maatschappelijke Artikel 3
    # impact op mens, ..."): the row states its condition around the article
    found = [(r["location"]["page"], r["location"]["line"], r["articles"], r["condition"])
             for r in pdfs["table"]["statute_references"]]
    assert found == [(1, 5, ["3"], 1), (1, 7, ["4"], 2), (1, 9, ["33"], 3), (1, 11, ["46"], 4), (1, 13, ["12"], 5),
                     (1, 15, ["21"], 6), (1, 16, ["27"], 7), (1, 18, ["34"], 8), (1, 20, ["40"], 9)]


def test_each_item_of_a_pdf_bullet_list_backs_its_condition(pdfs: dict[str, dict]) -> None:
    found = [(r["location"]["line"], r["articles"], r["condition"]) for r in pdfs["bullets"]["statute_references"]]
    assert found == [(4, ["3"], 1), (5, ["4"], 2), (6, ["30"], 3), (7, ["43"], 4), (8, ["11"], 5),
                     (9, ["19"], 6), (10, ["25"], 7), (11, ["31"], 8), (12, ["37"], 9)]
