"""What a finding's message quotes of a report is marked as the report's own text, the same way in every format
(issue 22, Done when: "--lang en gives no Dutch words outside quoted report text").

A message names figures as the report writes them ('een tiental acties'), the report's words for a unit or a
quantity ('consultaties'), an uncatalogued figure's label and an article's title. Under --lang en such a Dutch
phrase must be told apart from an untranslated word: the message marks it «…» (vocabulary.quoted_raw) in the
text, Markdown, JSON and XLSX outputs, and the HTML page marks it <q lang="nl">. A catalogued quantity's label is
the catalogue's, in the run's language, between ‘…’: not report text, so it is read as the message's own words.

The check here exempts only marked text: every other word of a message, a change's reason or a note in English
must be English (no word of the Dutch vocabulary of patterns/), on the corpus and on the dev and check fixtures,
whose pairs give the rules that quote figures (a claimed change, a period, a unit, a definition, a stale figure)."""

from __future__ import annotations

import html
import io
import json
import re

import pytest

from conftest import ROOT
from extractor import cli
from extractor.diff import messages as nl
from test_code_language import _LETTERS
from test_command_languages import dutch_vocabulary, english_words

PAIRS = (
    ("corpus/smartcoop-bijzonder-verslag-2021.md", "corpus/smartcoop-bijzonder-verslag-2024.txt"),
    ("tests/fixtures/dev-reports/windkracht-kempen-bijzonder-verslag-2022.md",
     "tests/fixtures/dev-reports/windkracht-kempen-bijzonder-verslag-2023.txt"),
    ("tests/fixtures/checks/zonnedak-jaarverslag-2023.md", "tests/fixtures/checks/zonnedak-jaarverslag-2024.md"),
)
MARKED = re.compile(r"«([^«»]*)»")
MARKED_HTML = re.compile(r'<q lang="nl">(.*?)</q>', re.S)


def own_words(text: str) -> set[str]:
    """The words of a message that are its own: all but the marked report text, ids and paths."""
    text = MARKED.sub(" ", text)
    text = re.sub(r"\S*/\S*|\b\w+(?:[._+:@~-]\w+)+\b", " ", text)
    return {word for word in _LETTERS.findall(text.lower()) if len(word) > 1}


def _run(argv: list[str]) -> str:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = cli.run(argv, stdout, stderr)
    assert code in (0, 1), (argv, stderr.getvalue())
    return stdout.getvalue()


@pytest.fixture
def english():
    yield nl.use_language("en")
    nl.use_language("nl")


def test_a_message_marks_the_report_text_it_quotes(english) -> None:
    message = nl.message("internal.period_mismatch", raw="een tiental acties", label="acties van het actieplan",
                         period="2023", fiscal_year="2021")
    assert message == ("The figure «een tiental acties» («acties van het actieplan») is for 2023, not for the "
                       "fiscal year 2021 of this report.")
    assert nl.message("across.definition_change", label="requests to the legal service", old_words="consultaties",
                      old_report="2021 report", new_words="aanvragen", new_report="2024 report").startswith(
        "‘requests to the legal service’ is called «consultaties» in the 2021 report and «aanvragen» in the 2024")
    # a unit the vocabulary names is the language's word; a report's own noun is marked
    assert nl.message("across.unit_change", label="x", old_unit=nl.unit("days"), old_raw="159,5 dagen",
                      old_report="2021 report", new_unit=nl.unit("activiteiten"), new_raw="12 activiteiten",
                      new_report="2024 report").startswith(
        "«x» is given in days («159,5 dagen») in the 2021 report and in «activiteiten» («12 activiteiten»)")
    # a catalogue label is the catalogue's name, in the run's language; other words are the report's
    assert nl.named("vennoten") == nl.named("members (shareholders)") == "‘members (shareholders)’"
    assert nl.named("vennoten van het eerste uur") == "«vennoten van het eerste uur»"


@pytest.mark.slow
@pytest.mark.parametrize("old, new", PAIRS, ids=lambda path: path.split("/")[-1])
def test_english_messages_have_no_dutch_word_outside_marked_report_text(old: str, new: str, tmp_path) -> None:
    dutch_only = dutch_vocabulary() - english_words()
    data = json.loads(_run(["diff", old, new, "--format", "json", "--all", "--lang", "en"]))
    said = [finding["message"] for finding in data["findings"]]
    said += [change["reason"] for change in data.get("changes", []) if change.get("reason")]
    assert said
    found = {text: sorted(own_words(text) & dutch_only) for text in said}
    assert {text: words for text, words in found.items() if words} == {}
    # the figures a message quotes are marked: the raw text of each finding's evidence it names stands in «…»
    for finding in data["findings"]:
        quoted = set(MARKED.findall(finding["message"]))
        for evidence in finding["evidence"]:
            raw = evidence.get("raw") or ""
            if raw and raw in finding["message"]:
                assert any(raw in text for text in quoted), (raw, finding["message"])

    # every format marks what the JSON marks: text and Markdown «…», the HTML page <q lang="nl">
    marks = sorted(text for message in said for text in MARKED.findall(message))
    page = tmp_path / "findings.html"
    _run(["diff", old, new, "--format", "html", "--all", "-o", str(page), "--lang", "en"])
    sections = re.findall(r'<section class="finding.*?<p>(.*?)</p>', page.read_text(encoding="utf-8"), re.S)
    reasons = re.findall(r'<span class="reason">(.*?)</span>', page.read_text(encoding="utf-8"), re.S)
    in_page = sorted(html.unescape(text) for part in sections + reasons for text in MARKED_HTML.findall(part))
    assert in_page == marks
    for part in sections + reasons:
        assert "«" not in part and not own_words(html.unescape(re.sub(r"<[^>]+>", " ", MARKED_HTML.sub(" ", part)))
                                                 ) & dutch_only
    text = _run(["diff", old, new, "--all", "--lang", "en"])
    markdown = _run(["diff", old, new, "--format", "markdown", "--all", "--lang", "en"])
    for mark in marks:
        assert re.search(r"«" + r"\s+".join(map(re.escape, mark.split())) + "»", text), mark  # wrapped lines
        assert f"«{mark}»" in markdown, mark
