"""The findings page (issue 22, point 6): every place a link relative to where the page is written (a PDF's with
#page=N), filters by severity and by rule, and the page in every PDF place of the corpus summary."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT
from extractor.commands.facts import _place, diff_facts
from extractor.diff import check_draft, findings_to_json, render
from extractor.diff.renderers.html import Links

MD_2021 = "corpus/smartcoop-bijzonder-verslag-2021.md"
TXT_2024 = "corpus/smartcoop-bijzonder-verslag-2024.txt"


def test_links_are_relative_to_the_page_and_lead_to_the_reports(reports, tmp_path: Path) -> None:
    base = tmp_path / "pages" / "2024"
    page = render(check_draft(reports[2024], [reports[2021]]), "html", base=base)
    hrefs = set(re.findall(r'href="([^"#]*)(?:#[^"]*)?"', page))
    assert len(hrefs) == 2
    assert {(base / href).resolve() for href in hrefs} == {(ROOT / MD_2021).resolve(), (ROOT / TXT_2024).resolve()}
    assert all(not href.startswith("/") for href in hrefs)
    # the evidence of the first error: both places are links
    assert re.search(r'<a class="where" href="[^"]*smartcoop-bijzonder-verslag-2024\.txt">'
                     + re.escape(f"{TXT_2024}:9:60") + "</a>", page)


def test_a_pdf_place_links_to_its_page() -> None:
    links = Links(ROOT)
    assert links.href("reports/verslag.pdf", {"page": 6, "line": 3}) == "reports/verslag.pdf#page=6"
    assert links.href("reports/verslag.txt", {"page": None, "line": 3}) == "reports/verslag.txt"
    assert links.place("verslag.pdf, pagina 6, regel 3", "reports/verslag.pdf", {"page": 6, "line": 3}) == \
        '<a class="where" href="reports/verslag.pdf#page=6">verslag.pdf, pagina 6, regel 3</a>'


def test_filters_by_severity_and_rule(reports) -> None:
    findings = check_draft(reports[2024], [reports[2021]])
    page = render(findings, "html")
    form = page[page.index('<form class="filters">'):page.index("</form>")]
    assert re.findall(r'name="severity" value="(\w+)"', form) == ["error", "warning", "info"]
    assert re.findall(r'name="rule" value="([\w.]+)"', form) == ["across.definition_change", "across.event_date",
                                                                 "across.unit_change"]
    sections = re.findall(r'<section class="finding (\w+)" data-severity="(\w+)" data-rule="([\w.]+)">', page)
    assert len(sections) == len(findings.findings) == 5 and all(a == b for a, b, _ in sections)
    assert "f.dataset.severity" in page and "f.dataset.rule" in page and "<script src" not in page


def test_the_corpus_summary_gives_the_page_of_a_pdf_place(reports) -> None:
    assert _place({"document": "verslag.pdf", "location": {"page": 6, "line": 3, "column": 1}}) == \
        "verslag.pdf, pagina 6, regel 3"
    assert _place({"document": "verslag.txt", "location": {"page": None, "line": 9, "column": 60}}) == \
        "verslag.txt:9"
    from copy import deepcopy

    pdf = deepcopy(reports[2024])  # the session's report stays as it is
    pdf["document"].update(path="reports/verslag-2024.pdf", format="pdf")
    for record in pdf["meetings"] + pdf["indicators"]:
        record["location"] = {**record["location"], "page": 4}
    facts = diff_facts(findings_to_json(check_draft(pdf, [reports[2021]])))
    errors = [line for line in facts["lines"] if "reports/verslag-2024.pdf" in line]
    assert errors and all("reports/verslag-2024.pdf, pagina 4, regel " in line for line in errors)


def test_a_page_written_with_out_links_each_place_to_its_record_on_the_review_pages(tmp_path: Path) -> None:
    """`diff --format html -o FILE` writes the review page of both reports beside the findings page; each place of
    the evidence and of the changed figures links to its record's highlight there (issue 22, point 2)."""
    import io

    from extractor import cli

    out = tmp_path / "findings.html"
    stdout, stderr = io.StringIO(), io.StringIO()
    assert cli.run(["diff", MD_2021, TXT_2024, "--format", "html", "-o", str(out), "--lang", "en"],
                   stdout, stderr) == 0, stderr.getvalue()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "findings.html", "review-smartcoop-bijzonder-verslag-2021.html", "review-smartcoop-bijzonder-verslag-2024.html"]
    page = out.read_text(encoding="utf-8")
    links = re.findall(r'<a class="review" href="([^"#]+)#([^"]+)">see it in the report</a>', page)
    assert len(links) > 40
    ids = {name: set(re.findall(r' id="([^"]+)"', (tmp_path / name).read_text(encoding="utf-8")))
           for name, _ in links}
    assert [(name, anchor) for name, anchor in links if anchor not in ids[name]] == []
    # the first error's evidence: the 2024 report's meeting on line 9, column 60, and the 2021 report's
    first = page.split('<section class="finding error"', 2)[1]
    assert 'href="review-smartcoop-bijzonder-verslag-2024.html#l9c60"' in first
    assert 'href="review-smartcoop-bijzonder-verslag-2021.html#l' in first


def test_a_changed_figure_row_leads_with_its_label_not_its_id(reports) -> None:
    page = render(check_draft(reports[2024], [reports[2021]]), "html")
    rows = re.findall(r'<tr class="change[^"]*"><td>(.*?)</td>', page)
    assert rows and all(not row.startswith("<code") for row in rows)
    assert any(row.startswith("personen tewerkgesteld<br><code class=\"id\">employment.persons</code>") for row in rows)


def test_evidence_is_the_whole_sentence_across_hard_wrapped_lines(reports) -> None:
    """A meeting has no sentence of its own: its evidence is the sentence it stands in, read across the wrapped
    lines of the text file (2024: lines 8-10), never cut mid-sentence, and nothing of the sentence before."""
    findings = findings_to_json(check_draft(reports[2024], [reports[2021]]))
    first = findings["findings"][0]
    assert first["kind"] == "event_date"
    assert [e["snippet"] for e in first["evidence"]] == [
        "Die evolutie werd opgenomen in een wijziging van artikel 1 van de statuten van de coöperatie tijdens de "
        "buitengewone algemene vergadering van 20 juni 2023.",
        "Die evolutie wordt opgenomen in een wijziging van artikel 1 van de statuten van de coöperatie tijdens de "
        "buitengewone algemene vergadering van 21 juni 2022."]
    for finding in findings["findings"]:
        for evidence in finding["evidence"]:
            assert evidence["snippet"].rstrip("”’\")").endswith((".", "!", "?", ":")), evidence["snippet"]


@pytest.mark.slow  # a corpus diff by the command
def test_reports_given_by_absolute_path_are_shown_relative_to_the_page(tmp_path: Path) -> None:
    """Reports outside the working folder keep their absolute path in the JSON; the page does not repeat it in
    every place: a place shows the report's path relative to the page's folder, as its link does."""
    import io
    import shutil

    from extractor import cli

    reports = tmp_path / "verslagen"
    reports.mkdir()
    for name in (MD_2021, TXT_2024):
        shutil.copy(ROOT / name, reports / Path(name).name)
    out = tmp_path / "pages" / "findings.html"
    out.parent.mkdir()
    stdout, stderr = io.StringIO(), io.StringIO()
    assert cli.run(["diff", str(reports / Path(MD_2021).name), str(reports / Path(TXT_2024).name), "--format",
                    "html", "-o", str(out)], stdout, stderr) == 0, stderr.getvalue()
    page = out.read_text(encoding="utf-8")
    assert re.findall(r"(?<![.\w])" + re.escape(str(tmp_path)), page) == []  # no absolute path, in text or link
    relative = f"../verslagen/{Path(TXT_2024).name}"
    assert f'href="{relative}">{relative}:9:60</a>' in page
    assert f"verslag 2024 — {relative}</a>" in page
