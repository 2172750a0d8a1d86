"""The same options on the commands: -o/--out, -q/--quiet, --baseline and --lang mean the same everywhere."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from extractor import cli

MD_2021 = "corpus/smartcoop-bijzonder-verslag-2021.md"
TXT_2024 = "corpus/smartcoop-bijzonder-verslag-2024.txt"


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("command", [[], ["diff"], ["check"], ["series"], ["baseline"], ["explain"], ["review"]])
def test_every_command_has_the_shared_options(command: list[str]) -> None:
    code, help_text, _ = _run(*command, "--help")
    assert code == 0
    for option in ("-o", "-q", "--quiet", "--lang"):
        assert f"{option} " in help_text or f"{option}," in help_text, (command, option)
    if command not in (["baseline"], ["explain"], ["review"]):  # what they write has no findings to accept
        assert "--baseline FILE" in help_text, command
    if command in (["diff"], ["check"], ["series"], ["review"]):  # extract, baseline: JSON; explain: its lines
        assert "--format " in help_text, command


def test_explain_writes_to_out_and_says_so_unless_quiet(tmp_path: Path) -> None:
    target = tmp_path / "uitleg.txt"
    code, out, err = _run("explain", TXT_2024, "230", "-o", str(target), "--lang", "en")
    assert (code, out, err) == (0, f"→ {target}\n", "")
    assert target.read_text(encoding="utf-8").startswith(f"{TXT_2024}, line 230:\n  «20.892 personen» = 20,892 persons")
    assert _run("explain", TXT_2024, "230", "-o", str(target), "-q") == (0, "", "")
    assert target.read_text(encoding="utf-8").startswith(f"{TXT_2024}, regel 230:\n")


@pytest.mark.slow  # a corpus run
def test_diff_and_check_quiet_say_nothing_and_exit_by_the_findings(tmp_path: Path) -> None:
    assert _run("diff", MD_2021, TXT_2024, "-q", "--fail-on", "error") == (1, "", "")
    assert _run("check", TXT_2024, "--against", MD_2021, "-q") == (1, "", "")
    code, out, err = _run("check", TXT_2024, "--against", MD_2021, "-q", "-o", str(tmp_path / "f.json"),
                          "--format", "json", "--lang", "en")
    assert (code, out, err) == (1, "", "")
    data = json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))
    assert data["summary"] == {"error": 2, "warning": 1, "info": 2}
    assert data["findings"][0]["message"].startswith("The date of the extraordinary general meeting")
    code, out, err = _run("diff", MD_2021, TXT_2024)
    assert code == 0 and out.startswith("Bevindingen: ") and err.startswith("vergeleken: ")


def test_series_out_and_quiet(tmp_path: Path) -> None:
    code, out, err = _run("series", "outputs/", "-o", str(tmp_path / "s"), "-q")
    assert (code, out) == (0, "")
    assert (tmp_path / "s" / "series-long.csv").read_text(encoding="utf-8").startswith("id,label,unit,fiscal_year")
    code, out, _ = _run("series", "outputs/", "-o", str(tmp_path / "t"))
    assert code == 0 and out.startswith("geschreven: ")  # in the default language (Dutch)


@pytest.mark.slow  # a corpus run
def test_series_baseline_leaves_accepted_findings_out_of_sqlite(tmp_path: Path) -> None:
    known = tmp_path / "known.json"
    assert _run("baseline", "outputs/", "-o", str(known))[0] == 0

    def findings(database: Path) -> list[str]:
        with sqlite3.connect(database) as connection:
            return sorted(row[0] for row in connection.execute("SELECT severity FROM findings"))

    assert _run("series", "outputs/", "--format", "sqlite", "-o", str(tmp_path / "all.sqlite"), "-q")[0] == 0
    assert _run("series", "outputs/", "--format", "sqlite", "-o", str(tmp_path / "new.sqlite"), "-q",
                "--baseline", str(known))[0] == 0
    everything, new = findings(tmp_path / "all.sqlite"), findings(tmp_path / "new.sqlite")
    assert everything.count("error") == 2 and new.count("error") == 0
    assert len(everything) - len(new) == 2
