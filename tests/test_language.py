"""--lang nl|en: the findings, their headings and the summaries of `extract`, `diff`, `check` and `baseline` in
one language (patterns/findings.yaml holds both); the default is the locale's, Dutch when it is unknown.

"No Dutch outside quoted report text" is checked on the telling Dutch words tests/test_code_language.py uses,
after taking out what the reports themselves say (every figure's and finding's raw text, snippet, label and
section heading, anything between quotes) and file paths; "no English outside ids" likewise, on telling
English words."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from extractor import cli
from extractor.runtime.language import from_locale
from test_code_language import TELLING as DUTCH

MD_2021 = "corpus/smartcoop-bijzonder-verslag-2021.md"
TXT_2024 = "corpus/smartcoop-bijzonder-verslag-2024.txt"
ENGLISH = frozenset("""
the and with from for which that than this report reports finding findings error errors warning warnings note
notes figure figures changed unchanged dropped new written accepted line page place before now difference relative
comparable heading paired possibly date differs amended meeting general extraordinary given days hours statutes
""".split())
_QUOTED = re.compile(r"‘[^’]*’|“[^”]*”|\"[^\"]*\"|`[^`]*`|«[^»]*»")
_PATH = re.compile(r"\S+\.(?:txt|md|json|pdf|html|csv|sqlite)\S*|\S+/\S*")
_WORD = re.compile(r"[a-zà-ÿ]+")


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def _ids() -> list[str]:
    """The ids the output shows (indicator ids, rules): words of no language, taken out first."""
    import extractor

    findings = extractor.check(TXT_2024, [MD_2021])
    ids = {change.id for change in findings.changes} | {finding.rule for finding in findings.findings}
    return sorted(ids, key=len, reverse=True)


def _report_texts() -> list[str]:
    """What the corpus reports say: every figure's, reference's and meeting's raw text, sentence, label and
    heading, longest first (taken out of the output before its words are looked at)."""
    import extractor

    texts: set[str] = set()
    for path in (MD_2021, TXT_2024):
        report = extractor.read(path)
        for record in report.figures + report.meetings + report.statute_references + report.legal_references:
            texts.update(str(record.get(key) or "") for key in ("raw", "sentence", "label"))
    findings = extractor.check(TXT_2024, [MD_2021])
    for finding in findings.findings:
        for evidence in finding.evidence:
            texts.update((evidence.raw, evidence.snippet or ""))
    for change in findings.changes:
        texts.update((change.label, change.section or ""))
        texts.update(side.raw for side in (change.before, change.after) if side is not None)
    return sorted({" ".join(t.split()) for t in texts if t.strip()}, key=len, reverse=True)


def _own_words(output: str) -> set[str]:
    """The words of `output` that are the tool's own: report text, quotes, paths and HTML tags taken out."""
    text = re.sub(r"<(style|script)>.*?</\1>", " ", output, flags=re.S)  # code, not words
    text = re.sub(r"<p class=\"snippet\">.*?</p>", " ", text, flags=re.S)  # the report's own sentences
    text = re.sub(r"<span class=\"(?:where|rule|fingerprint|tag)\">", " ", text)  # a place, an id: apart
    text = re.sub(r"<[^>]+>", " ", re.sub(r"</?(?:span|mark|code)\b[^>]*>", "", text))  # highlights: inline
    import html

    text = html.unescape(text)
    for id_ in _ids():
        text = text.replace(id_, " ")
    text = " ".join(_PATH.sub(" ", text).split())  # white space as the report texts below have it
    for quoted in _report_texts():
        text = text.replace(quoted, " ")
    text = _QUOTED.sub(" ", text)
    return set(_WORD.findall(text.lower()))


@pytest.fixture(scope="module")
def check_outputs() -> dict[tuple[str, str], str]:
    out = {}
    for lang in ("nl", "en"):
        for fmt in ("text", "markdown", "html"):
            code, text, _ = _run("check", TXT_2024, "--against", MD_2021, "--format", fmt, "--lang", lang, "--all")
            assert code == 1
            out[(lang, fmt)] = text
    return out


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_check_in_english_has_no_dutch_of_its_own(check_outputs, fmt: str) -> None:
    english = check_outputs[("en", fmt)]
    assert _own_words(english) & DUTCH == set()
    assert "The date of the extraordinary general meeting that amended article 1 of the statutes differs: " \
           "21 June 2022 in the 2021 report, 20 June 2023 in the 2024 report." in english.replace("\n  ", " ")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_check_in_dutch_has_no_english_of_its_own(check_outputs, fmt: str) -> None:
    dutch = check_outputs[("nl", fmt)]
    assert _own_words(dutch) & ENGLISH == set()
    assert "De datum van de buitengewone algemene vergadering die artikel 1" in dutch


def test_the_words_are_found_when_they_are_there() -> None:
    """The check above can fail: the other language's output is caught by it."""
    _, dutch, _ = _run("check", TXT_2024, "--against", MD_2021, "--lang", "nl")
    _, english, _ = _run("check", TXT_2024, "--against", MD_2021, "--lang", "en")
    assert {"fouten", "waarschuwing", "verslag"} <= _own_words(dutch) & DUTCH
    assert {"errors", "warning", "report"} <= _own_words(english) & ENGLISH


def test_english_numbers_in_the_changed_figures() -> None:
    _, english, _ = _run("diff", MD_2021, TXT_2024, "--lang", "en")
    assert "employment.persons: 18.894 personen → 20.892 personen  +1,998 +10.6%" in english
    _, dutch, _ = _run("diff", MD_2021, TXT_2024, "--lang", "nl")
    assert "employment.persons: 18.894 personen → 20.892 personen  +1.998 +10,6 %" in dutch


@pytest.mark.slow  # two whole corpus runs
@pytest.mark.parametrize("lang, words, summary", [
    ("en", ENGLISH, ["corpus: 2 reports written, 121 figures",
                     "  findings in 1 diff: 2 errors, 1 warning, 3 notes",
                     f"  {TXT_2024}: 2 errors, 1 warning"]),
    ("nl", DUTCH, ["corpus: 2 verslagen geschreven, 121 cijfers",
                   "  bevindingen in 1 vergelijking: 2 fouten, 1 waarschuwing, 3 opmerkingen",
                   f"  {TXT_2024}: 2 fouten, 1 waarschuwing"]),
])
def test_the_corpus_run_speaks_one_language(tmp_path: Path, lang: str, words: frozenset, summary: list[str]) -> None:
    code, out, _ = _run("corpus/", "-o", str(tmp_path / "o"), "-j", "1", "--lang", lang)
    assert code == 0 and out.splitlines()[-3:] == summary
    other = DUTCH if lang == "en" else ENGLISH
    own = _own_words(out) - {"corpus", "extract", "diff", "markdown", "text"}  # command names and formats: ids
    assert own & other == set() and own & words


def test_baseline_speaks_the_language(tmp_path: Path) -> None:
    _, out, _ = _run("baseline", MD_2021, TXT_2024, "-o", str(tmp_path / "k.json"), "--lang", "en")
    assert out == f"baseline: 2 findings at or above error in 1 diff accepted → {tmp_path / 'k.json'}\n"
    _, out, _ = _run("baseline", MD_2021, TXT_2024, "-o", str(tmp_path / "k.json"), "--lang", "nl")
    assert out == f"baseline: 2 bevindingen van niveau fout of hoger in 1 vergelijking aanvaard → {tmp_path / 'k.json'}\n"


@pytest.mark.parametrize("environ, expected", [
    ({}, "nl"), ({"LANG": "C.UTF-8"}, "nl"), ({"LANG": "POSIX"}, "nl"), ({"LANG": "fr_BE.UTF-8"}, "nl"),
    ({"LANG": "en_GB.UTF-8"}, "en"), ({"LANG": "nl_BE.UTF-8"}, "nl"), ({"LANG": "en_US"}, "en"),
    ({"LANG": "en_GB.UTF-8", "LC_ALL": "nl_BE.UTF-8"}, "nl"), ({"LANG": "nl_BE", "LC_MESSAGES": "en_IE"}, "en"),
    ({"LANG": "", "LC_ALL": ""}, "nl"),
])
def test_the_default_is_the_locales_and_dutch_when_unknown(environ: dict, expected: str) -> None:
    assert from_locale(environ) == expected


def test_lang_holds_for_one_command_only() -> None:
    from extractor.diff import messages

    _run("diff", MD_2021, TXT_2024, "--lang", "en")
    assert messages.language() == "nl"
