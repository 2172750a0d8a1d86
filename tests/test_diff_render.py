"""Renderers and the public API's JSON, validation and exit codes, on the corpus fixtures."""

from __future__ import annotations

import json
import re

import pytest
from test_diff_fixtures import MD_2021, ROOT, TXT_2024, report_2021, report_2024, variant

from extractor.diff import FindingsSchemaError, diff_reports, exit_code, findings_to_json, render
from extractor.diff.findings import Findings


@pytest.fixture(scope="module", autouse=True)
def in_repository():
    """Report paths are relative to the repository, as `extract corpus/` writes them: run from there."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        yield


@pytest.fixture(scope="module")
def findings(in_repository) -> Findings:
    return diff_reports(report_2021(), variant(report_2024(), **{"payment_reminders.count": 349450}))


def test_json_validates_and_keeps_the_contract(findings):
    data = findings_to_json(findings)
    assert list(data)[:4] == ["schema_version", "documents", "changes", "findings"]
    assert data["documents"][0]["path"] == MD_2021 and data["documents"][1]["fiscal_year"] == 2024
    assert [f["kind"] for f in data["findings"]] == ["event_date", "event_date", "outlier_factor", "unit_change",
                                                     "definition_change", "definition_change", "definition_change"]
    first = data["findings"][0]
    assert first["evidence"][0] == {
        "document": TXT_2024, "location": {"page": None, "line": 9, "column": 60, "bbox": None},
        "raw": "buitengewone algemene",
        "snippet": "Die evolutie werd opgenomen in een wijziging van artikel 1 van de statuten van de coöperatie "
                   "tijdens de buitengewone algemene vergadering van 20 juni 2023.",
        "fiscal_year": 2024}
    assert data["summary"] == {"error": 3, "warning": 1, "info": 3}


def test_json_render_is_deterministic_utf8(findings):
    text = render(findings, "json")
    assert text == render(diff_reports(report_2021(), variant(report_2024(), **{"payment_reminders.count": 349450})),
                          "json")
    assert "coöperatie" in text and json.loads(text)["schema_version"] == "1"


def test_invalid_findings_are_refused_with_a_json_path(findings):
    broken = Findings(documents=findings.documents, findings=[findings.findings[0]])
    broken.findings[0] = type(broken.findings[0])(**{**broken.findings[0].__dict__, "evidence": []})
    with pytest.raises(FindingsSchemaError, match=r"^findings JSON: output breaks schemas/findings\.schema\.json at \$\.findings\[0\]\.evidence: "):
        findings_to_json(broken)


def test_text_most_serious_first_without_colour(findings):
    text = render(findings, "text")
    assert "\033[" not in text
    tags = re.findall(r"^(FOUT|WAARSCHUWING|OPMERKING) \[(\S+)\] [0-9a-f]{12}$", text, re.M)
    assert tags == [("FOUT", "across.event_date"), ("FOUT", "across.event_date"),
                    ("FOUT", "across.outlier_factor"), ("WAARSCHUWING", "across.unit_change")] + \
        [("OPMERKING", "across.definition_change")] * 3
    assert text.splitlines()[0] == "Bevindingen: 3 fouten, 1 waarschuwing, 3 opmerkingen"
    assert f"    {TXT_2024}:9:60: «buitengewone algemene" in text
    assert "  personen tewerkgesteld (employment.persons): «18.894 personen» → «20.892 personen»  +1.998 +10,6 %" in text


def test_text_colour_only_when_asked(findings):
    text = render(findings, "text", color=True)
    assert "\033[1;31mFOUT\033[0m [across.event_date]" in text


def test_markdown(findings):
    text = render(findings, "markdown")
    assert text.startswith("# Bevindingen\n\n3 fouten, 1 waarschuwing, 3 opmerkingen\n")
    assert "- **FOUT** `across.event_date`: De datum van de buitengewone algemene vergadering die artikel 1" in text
    assert f"  - `{MD_2021}:11:611`: «buitengewone algemene vergadering van 21 juni 2022»" in text
    assert "| aanmaningen (`payment_reminders.count`) | «30.194 betalingsherinneringen» | «34.945 aanmaningen» | +319.256 |" in text


def test_html_is_self_contained_with_both_sides_highlighted(findings):
    page = render(findings, "html")
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    assert not re.search(r"""src\s*=|<link|@import|url\(|https?:|<script\s+src""", page)  # nothing from elsewhere
    assert all(not href.startswith("/") for href in re.findall(r'href="([^"]*)"', page))  # relative links only
    first = page.split('<section class="finding error" data-severity="error" data-rule="across.event_date">')[1]
    first = first.split("</section>")[0]
    assert first.count('<div class="side">') == 2
    assert "<h3>verslag 2024 — corpus/smartcoop-bijzonder-verslag-2024.txt</h3>" in first
    assert "<mark>buitengewone algemene vergadering van 21 juni 2022</mark>" in first
    assert '<span class="num">1</span>' in first  # "artikel 1" in the 2024 snippet


def test_unknown_format(findings):
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        render(findings, "pdf")


@pytest.mark.parametrize("fail_on, expected", [("error", 1), ("warning", 1), ("info", 1), ("never", 0)])
def test_exit_code(findings, fail_on, expected):
    assert exit_code(findings, fail_on) == expected


def test_exit_code_warnings_only():
    copy_2022 = variant(report_2021(), year=2022)  # last year's figures again: stale, a warning each
    copy_2022["indicators"] = [i for i in copy_2022["indicators"] if not i["id"].endswith("change_pct")]
    only_warnings = diff_reports(report_2021(), copy_2022)
    assert sorted({f.rule for f in only_warnings.findings}) == ["across.stale_figure", "across.stale_sentence"]
    assert (exit_code(only_warnings, "error"), exit_code(only_warnings, "warning")) == (0, 1)
    assert exit_code(diff_reports(report_2021(), report_2021()), "info") == 0
    with pytest.raises(ValueError):
        exit_code(only_warnings, "fatal")


# ---- the changed-figures table on the real corpus (SmartCoop 2021 → 2024) ------------------------------------

OLD_JSON = ROOT / "outputs/smartcoop-bijzonder-verslag-2021.json"
NEW_JSON = ROOT / "outputs/smartcoop-bijzonder-verslag-2024.json"
PROTECTION = "Bevorderen van de sociale, economische, fiscale en juridische bescherming"


@pytest.fixture(scope="module")
def corpus_findings(in_repository) -> Findings:
    return diff_reports(json.loads(OLD_JSON.read_text(encoding="utf-8")),
                        json.loads(NEW_JSON.read_text(encoding="utf-8")))


def test_table_holds_confident_pairs_only_grouped_by_section(corpus_findings):
    from extractor.diff.renderers.common import by_section, listed_changes

    shown = listed_changes(corpus_findings)
    assert all(c.before and c.after and c.alignment.confident for c in shown)
    assert [(section, [c.id for c in items]) for section, items in by_section(shown)] == [
        ("Een dag in het teken van de economische ontwikkeling van activiteiten", ["loans.projects", "loans.amount"]),
        (PROTECTION, ["employment.persons", "employment.contracts", "employment.workdays", "employment.hours",
                      "employment.fte", "permanent_contracts.members", "permanent_contracts.women",
                      "permanent_contracts.men", "permanent_contracts.full_time", "permanent_contracts.part_time",
                      "training.staff.volume", "training.members.participants", "legal.requests"]),
        ("Bevorderen van de erkenning van ons sociaal en economisch nut", ["publications.count", "conferences.count"]),
        ("Bevorderen van de persoonlijke ontplooiing en de keuze voor een optimale, toegankelijke werkomgeving",
         ["workspace.area", "legal.training_participants", "other.ontmoeting_duur", "permanent_contracts.switched"]),
        ("Cyberveiligheid: samen de coöperatie beschermen", ["payment_reminders.count"])]


def test_table_marks_agree_with_the_unit_and_definition_findings(corpus_findings):
    """A row is marked exactly when a unit-change or definition-change finding names its two figures."""
    from extractor.diff.renderers.common import listed_changes

    marked = {c.id: (c.marks, c.before.location["line"], c.after.location["line"])
              for c in listed_changes(corpus_findings) if c.marks}
    assert marked == {"training.staff.volume": (("unit",), 60, 249),
                      "training.members.participants": (("definition",), 91, 250),
                      "legal.requests": (("definition",), 61, 259)}
    named = {(f.rule, frozenset((e.document, e.location["line"]) for e in f.evidence))
             for f in corpus_findings.findings if f.rule in ("across.unit_change", "across.definition_change")}
    rows = {("across.unit_change" if mark == "unit" else "across.definition_change",
             frozenset({(c.before.document, c.before.location["line"]), (c.after.document, c.after.location["line"])}))
            for c in corpus_findings.changes for mark in c.marks}
    assert rows == named and len(named) == 3


def test_text_table_rows_with_both_places(corpus_findings):
    text = render(corpus_findings, "text")
    table = text[text.index("Gewijzigde cijfers:\n"):]
    assert table.startswith(
        "Gewijzigde cijfers:\n"
        "  § «Een dag in het teken van de economische ontwikkeling van activiteiten»\n"
        "    projecten ondersteund met een renteloze lening (loans.projects): «72 projecten» → «70 projecten»  -2 -2,8 %\n"
        f"        {MD_2021}:40:381 → {TXT_2024}:188:73\n")
    assert (f"  § «{PROTECTION}»\n"
            "    personen tewerkgesteld (employment.persons): «18.894 personen» → «20.892 personen»  +1.998 +10,6 %\n"
            f"        {MD_2021}:58:45 → {TXT_2024}:230:46\n") in table
    assert ("    opleiding voor de vaste medewerkers (ondersteunende teams) (training.staff.volume): «159,5 dagen» → «1.946,5 uur»  niet vergelijkbaar  [andere eenheid]\n"
            f"        {MD_2021}:60:84 → {TXT_2024}:249:18\n") in table
    assert ("    deelnemers aan de opleidingen voor de leden (training.members.participants): «694 personen» → «564 deelnemers»  -130 -18,7 %  [andere omschrijving]\n"
            f"        {MD_2021}:91:87 → {TXT_2024}:250:1\n") in table
    # the rest only with --all: a last line says how much there is
    assert "Ongewijzigde cijfers" not in text and "[mogelijk]" not in text and "nieuw" not in table
    assert text.endswith("\nMet --all ook 3 ongewijzigde, 8 mogelijk gekoppelde en 54 niet gekoppelde cijfers.\n")


def test_text_with_all_lists_the_rest_apart(corpus_findings):
    text = render(corpus_findings, "text", show_all=True)
    assert ("\nOngewijzigde cijfers:\n"
            "  § «Wettelijke verplichtingen»\n"
            "    «punten» (other.punt): «negen punten» → «negen punten»  0 0,0 %\n"
            f"        {MD_2021}:17:236 → {TXT_2024}:19:46\n") in text
    possible = text[text.index("Mogelijk dezelfde grootheid"):text.index("Niet gekoppeld (nieuw of weggevallen):")]
    assert ("    «workshops» (other.workshop): «100 workshops» → «negen workshops»  -91 -91,0 %  [mogelijk]\n"
            f"        {MD_2021}:85:700 → {TXT_2024}:171:83\n") in possible
    assert possible.count("[mogelijk]") == 8
    unpaired = text[text.index("Niet gekoppeld (nieuw of weggevallen):"):]
    assert f"    kantoren (offices.count): — → «8 kantoren»  nieuw\n        {TXT_2024}:98:58\n" in unpaired
    assert "Met --all" not in text


def test_markdown_table_per_section_with_places_and_marks(corpus_findings):
    text = render(corpus_findings, "markdown")
    header = ("| Indicator | Vroeger | Nu | Verschil | Relatief | Plaats vroeger | Plaats nu | Opmerking |\n"
              "|---|---|---|---|---|---|---|---|\n")
    assert f"### «{PROTECTION}»\n\n{header}| personen tewerkgesteld (`employment.persons`) | «18.894 personen» | «20.892 personen» | +1.998 | " \
           f"+10,6 % | `{MD_2021}:58:45` | `{TXT_2024}:230:46` |  |\n" in text
    assert (f"| opleiding voor de vaste medewerkers (ondersteunende teams) (`training.staff.volume`) | «159,5 dagen» | «1.946,5 uur» | niet vergelijkbaar |  | `{MD_2021}:60:84` | "
            f"`{TXT_2024}:249:18` | andere eenheid |\n") in text
    assert "## Ongewijzigde cijfers" not in text
    assert "## Ongewijzigde cijfers\n\n### «Wettelijke verplichtingen»\n" in render(corpus_findings, "markdown",
                                                                                   show_all=True)


def test_html_table_by_section_and_the_possible_pairs_apart(corpus_findings):
    page = render(corpus_findings, "html")
    changes = page[page.index("<h2>Gewijzigde cijfers</h2>"):page.index('<section class="possible">')]
    assert changes.count("<h3>") == 5 and f'<h3><q lang="nl">{PROTECTION}</q></h3>' in changes
    unit_row = next(r for r in changes.split("<tr") if "training.staff.volume" in r)
    assert unit_row.startswith(' class="change marked">') and '<td class="note">andere eenheid</td>' in unit_row
    assert f'<a class="where" href="{MD_2021}">{MD_2021}:60:84</a>' in unit_row
    possible = page[page.index('<section class="possible">'):]
    assert possible.count('<td class="note">mogelijk</td>') == 8
    assert '<section class="unchanged_changes">' not in page
    everything = render(corpus_findings, "html", show_all=True)
    assert '<section class="unchanged_changes">' in everything and '<section class="unpaired">' in everything


def test_json_changes_carry_section_and_marks(corpus_findings):
    data = findings_to_json(corpus_findings)
    volume = next(c for c in data["changes"] if c["id"] == "training.staff.volume")
    assert (volume["section"], volume["marks"], volume["status"]) == (PROTECTION, ["unit"], "incomparable")
    assert len(data["changes"]) == len(corpus_findings.changes)  # every change, whatever is shown


@pytest.mark.slow
def test_pdf_sections_are_the_lines_in_larger_type():
    """A PDF's headings are read from its type sizes (the report JSON keeps none): a heading wrapped over two
    lines is one; a figure stands under the nearest heading before it, on its page or an earlier one."""
    from extractor.diff.view import pdf_headings
    from extractor.document.readers.pdf import read_pdf

    pdf = ROOT / "tests/fixtures/pdf/smartcoop-bijzonder-verslag-2024.pdf"
    headings = pdf_headings(read_pdf(pdf).lines)
    assert headings[:3] == [((1, 1), "Juridisch kader"), ((1, 13), "Wettelijke verplichtingen"),
                            ((2, 24), "Sterke, aanhoudende dynamiek van de activiteit van de vennoten en ambitie om "
                                      "hen te blijven begeleiden in een veilig, duidelijk kader")]  # pdftotext's 24
    assert ((6, 23), "Bevorderen van de persoonlijke ontplooiing en de keuze voor een optimale, toegankelijke "
                     "werkomgeving") in headings
    from extractor.diff.view import Report

    report = Report({"document": {"path": "tests/fixtures/pdf/smartcoop-bijzonder-verslag-2024.pdf", "format": "pdf",
                                  "sha256": None}})
    assert report.section({"location": {"page": 4, "line": 13}}) == PROTECTION
    assert report.section({"location": {"page": 5, "line": 1}}) == PROTECTION  # on the heading's own line: before it
    gone = Report({"document": {"path": "nowhere/report.pdf", "format": "pdf", "sha256": None}})
    assert gone.section({"location": {"page": 4, "line": 13}}) is None
