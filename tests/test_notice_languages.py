"""A report's warnings in the language of the run (issue 22, point 5): the report JSON keeps each warning's code
and the values that fill its words (`values`), and the summary words it from patterns/findings.yaml
(vocabulary.notices) in the language of --lang, whatever language the report was extracted in (a report from
the cache, extracted under the other --lang, was shown as stored: in English)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from extractor import cli
from extractor.document.model import Notice, notice_words


def _run(argv: list[str]) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(argv, out, err) == 0, err.getvalue()
    return out.getvalue()


SHOWN = {
    "nl": ["  waarschuwing: geen UTF-8: gelezen als cp1252; bewaar het verslag als UTF-8 om dit te vermijden",
           "  waarschuwing: geen boekjaar gevonden in de tekst of de bestandsnaam; geef het met --fiscal-year"],
    "en": ["  warning: not UTF-8: read as cp1252; save the report as UTF-8 to silence this",
           "  warning: no fiscal year found in the text or the file name; give it with --fiscal-year"],
}


@pytest.mark.parametrize("first, then", [("nl", "en"), ("en", "nl")])
def test_the_warnings_of_a_report_follow_lang_also_from_the_cache(tmp_path: Path, first: str, then: str) -> None:
    report = tmp_path / "vrijwilligers.txt"
    report.write_bytes("Wij hebben 12 vrijwilligers in het café.\n".encode("cp1252"))  # cp1252, no fiscal year
    out = tmp_path / "out"
    said_first = _run([str(report), "-o", str(out), "--lang", first]).splitlines()
    said_then = _run([str(report), "-o", str(out), "--lang", then]).splitlines()  # the same report, cached
    assert said_first[2:] == SHOWN[first] and said_then[2:] == SHOWN[then]
    stored = json.loads((out / "vrijwilligers.json").read_text(encoding="utf-8"))["warnings"]
    assert [(w["code"], w["message"], w.get("values")) for w in stored] == [
        ("encoding.fallback", SHOWN["en"][0].split(": ", 1)[1], {"encoding": "cp1252"}),
        ("report.no_fiscal_year", SHOWN["en"][1].split(": ", 1)[1], {})]


def test_every_notice_is_worded_in_both_languages_with_its_values() -> None:
    """Every code of vocabulary.notices has words in both languages, filled by the values a notice carries;
    pages are said as the language says them."""
    findings = yaml.safe_load((ROOT / "patterns" / "findings.yaml").read_text(encoding="utf-8"))
    codes = [code for code in findings["vocabulary"]["notices"] if "." in code]
    assert codes and codes == [code for code in findings["english"]["vocabulary"]["notices"] if "." in code]
    values = {"pages": [3, 4], "count": 7, "encoding": "cp1252", "degrees": 90, "language": "en", "given": 2023,
              "stated": 2024, "year": 2024}
    for code in codes:
        for language in ("nl", "en"):
            words = notice_words(code, values, language)
            assert words and "{" not in words, (code, language)
    assert notice_words("pdf.rotated_text", {"pages": [2], "degrees": 90}, "nl").startswith(
        "de tekst van pagina 2 staat op 90 graden")
    assert notice_words("text.garbled", {"pages": [1, 2]}, "en").startswith("the text layer of pages 1, 2 cannot")
    assert notice_words("text.language_passage", {"line": 12, "count": 3}, "nl") == (
        "tekst op regel 12 is in een andere taal, niet in het Nederlands: zijn 3 getallen zijn geen cijfers")
    assert Notice.of("report.fiscal_year_from_name", year=2024).message == (
        "fiscal year 2024 taken from the file name; the text names no year")
