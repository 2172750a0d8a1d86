"""A conditions table in a PDF whose condition column holds only short names ("Beperkt dividend",
"Stemrecht"): the PDF reader gives it cell after cell, each name followed by its article, and every article
backs the condition its name names. The PDF is drawn here (reportlab), a sport cooperative's report."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractor.pipeline import extract_file

ROWS = [("Voorwaarde", "Statuten"), ("Maatschappelijk doel", "Artikel 3"), ("Voorwerp", "Artikel 4"),
        ("Beperkt dividend", "Artikel 31"), ("Vereffeningssaldo", "Artikel 44"), ("Uittreding", "Artikel 12 en 13"),
        ("Onbezoldigd bestuur", "Artikel 20"), ("Stemrecht", "Artikel 26"), ("Reserves", "Artikel 32"),
        ("Bijzonder verslag", "Dit verslag")]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    path = tmp_path_factory.mktemp("short-names") / "sportpunt-bijzonder-verslag-2023.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 70
    page.setFont("Helvetica-Bold", 13)
    page.drawString(56, y, "Erkenningsvoorwaarden")
    page.setFont("Helvetica", 10)
    y -= 24
    page.drawString(56, y, "Het Sportpunt cv is sinds 2021 erkend als sociale onderneming. Hieronder staat waar onze")
    y -= 13.5
    page.drawString(56, y, "statuten elke voorwaarde regelen.")
    y -= 24
    for left, right in ROWS:  # a table without ruling lines, a row's cells on one baseline
        page.drawString(56, y, left)
        page.drawString(300, y, right)
        y -= 26
    page.drawString(56, y - 14, "In 2023 telde de club 640 leden, van wie 212 jongeren.")
    page.showPage()
    page.save()
    return extract_file(path)


def test_every_article_backs_the_condition_its_short_name_names(report: dict) -> None:
    found = [(r["articles"], r["condition"], r["location"]["page"], r["location"]["line"])
             for r in report["statute_references"]]
    assert found == [(["3"], 1, 1, 5), (["4"], 2, 1, 6), (["31"], 3, 1, 7), (["44"], 4, 1, 8),
                     (["12", "13"], 5, 1, 9), (["20"], 6, 1, 10), (["26"], 7, 1, 11), (["32"], 8, 1, 12)]


def test_the_table_states_each_condition_where_its_name_stands(report: dict) -> None:
    table = [(c["condition"], c["location"]["line"], c["answer"]["text"]) for c in report["conditions"]]
    assert table == [(1, 5, "Artikel 3"), (2, 6, "Artikel 4"), (3, 7, "Artikel 31"), (4, 8, "Artikel 44"),
                     (5, 9, "Artikel 12 en 13"), (6, 10, "Artikel 20"), (7, 11, "Artikel 26"),
                     (8, 12, "Artikel 32")]
    assert [(i["raw"], i["location"]["line"]) for i in report["indicators"]] == [("640 leden", 14),
                                                                                  ("212 jongeren", 14)]
