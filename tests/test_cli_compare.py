"""`extract diff` and `extract check` from the command line: formats, exit codes, input errors."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from conftest import REPORT_2021, REPORT_2024, ROOT
from extractor.cli import run


OLD_JSON = "outputs/smartcoop-bijzonder-verslag-2021.json"
NEW_JSON = "outputs/smartcoop-bijzonder-verslag-2024.json"


def _run(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    return run(list(argv), stdout, stderr), stdout.getvalue(), stderr.getvalue()


@pytest.mark.parametrize("fail_on,expected", [("error", 1), ("warning", 1), ("info", 1), ("never", 0)])
def test_check_exit_code_follows_fail_on(fail_on: str, expected: int) -> None:
    code, stdout, _ = _run("check", NEW_JSON, "--against", OLD_JSON, "--fail-on", fail_on)
    assert code == expected
    assert stdout.startswith("Bevindingen: 2 fouten, 1 waarschuwing")


def test_check_of_the_earliest_report_finds_nothing_to_fail_on() -> None:
    """2021 checked against the corpus: no earlier report, and nothing wrong within it above info."""
    code, stdout, _ = _run("check", OLD_JSON, "--against", "outputs/", "--fail-on", "warning")
    assert code == 0, stdout


def test_check_a_draft_report_file_against_a_folder_of_reports(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ROOT / REPORT_2021, corpus)
    code, stdout, _ = _run("check", REPORT_2024, "--against", str(corpus))
    assert code == 1
    assert "21 juni 2022" in stdout and "20 juni 2023" in stdout


@pytest.mark.parametrize("fmt,start", [("text", "Bevindingen:"), ("markdown", "#"), ("json", "{"),
                                       ("html", "<!DOCTYPE html>")])
def test_every_format(fmt: str, start: str, tmp_path: Path) -> None:
    code, stdout, _ = _run("diff", OLD_JSON, NEW_JSON, "--format", fmt)
    assert code == 0  # diff does not fail by default
    assert stdout.lstrip().lower().startswith(start.lower())
    assert "20 juni 2023" in stdout
    if fmt == "json":
        from extractor.runtime.jsonio import validate

        data = json.loads(stdout)
        validate(data, "findings")
        persons = next(c for c in data["changes"] if c["id"] == "employment.persons")
        assert (persons["before"]["value"], persons["after"]["value"], persons["delta"]) == (18894, 20892, 1998)
        assert round(persons["relative"], 4) == 0.1057
        fte = next(c for c in data["changes"] if c["id"] == "employment.fte")
        assert (fte["before"]["value"], fte["after"]["value"], fte["delta"]) == (2072, 2284, 212)


def test_out_writes_a_file(tmp_path: Path) -> None:
    target = tmp_path / "diff.html"
    code, stdout, _ = _run("diff", OLD_JSON, NEW_JSON, "--format", "html", "--out", str(target))
    assert (code, stdout) == (0, "")
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("argv,message", [
    (["diff", "missing.json", NEW_JSON], "missing.json: no such file; check the path"),
    (["check", NEW_JSON, "--against", "nowhere/"], "nowhere: no such file or folder; check the path given to --against"),
    (["diff", "corpus/", NEW_JSON], "is a folder, not a report"),
])
@pytest.mark.usefixtures("in_english")  # the English wording of the error lines
def test_input_errors_exit_2_with_one_line(argv: list[str], message: str) -> None:
    code, _, stderr = _run(*argv)
    assert code == 2
    assert message in stderr and len(stderr.strip().splitlines()) == 1 and "Traceback" not in stderr


@pytest.mark.usefixtures("in_english")  # the English wording of the error lines
def test_a_json_that_is_not_a_report_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.json"
    bogus.write_text('{"hello": "world"}', encoding="utf-8")
    code, _, stderr = _run("diff", str(bogus), NEW_JSON)
    assert code == 2
    assert "bogus.json: not a report JSON" in stderr and "pass a report or an output of `extract`" in stderr


@pytest.mark.usefixtures("in_english")  # the English wording of the error lines
def test_usage_error_exits_2() -> None:
    code, _, stderr = _run("check", NEW_JSON)
    assert code == 2
    assert "--against" in stderr


@pytest.mark.slow  # a corpus diff by the command
@pytest.mark.parametrize("argv", [["diff", OLD_JSON, NEW_JSON], ["check", NEW_JSON, "--against", OLD_JSON]])
def test_all_lists_the_unchanged_and_possible_pairs_apart(argv: list[str]) -> None:
    """The table holds the changed, confidently aligned figures by section with both places; --all adds the
    unchanged figures, the possible pairs (marked) and those without counterpart."""
    code, table, _ = _run(*argv)
    assert code in (0, 1)
    assert ("  § «Bevorderen van de sociale, economische, fiscale en juridische bescherming»\n"
            "    personen tewerkgesteld (employment.persons): «18.894 personen» → «20.892 personen»  +1.998 +10,6 %\n"
            "        corpus/smartcoop-bijzonder-verslag-2021.md:58:45 → corpus/smartcoop-bijzonder-verslag-2024.txt:230:46\n"
            ) in table
    assert "Ongewijzigde cijfers:" not in table and "[mogelijk]" not in table
    assert table.endswith("Met --all ook 3 ongewijzigde, 8 mogelijk gekoppelde en 54 niet gekoppelde cijfers.\n")
    _, everything, _ = _run(*argv, "--all")
    assert everything.startswith(table[:table.index("\nMet --all")])
    assert "\nOngewijzigde cijfers:\n  § «Wettelijke verplichtingen»\n    «punten» (other.punt): «negen punten» → «negen punten»" \
        in everything
    assert everything.count("[mogelijk]") == 8 and "Niet gekoppeld (nieuw of weggevallen):" in everything
    _, markdown, _ = _run(*argv, "--all", "--format", "markdown")
    assert "## Mogelijk dezelfde grootheid" in markdown and "| mogelijk |" in markdown
