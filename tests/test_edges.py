"""Issue 13, in one process: odd input, unusable folders, command-line conventions, comparisons that make no
sense, and the corpus-wide summary. (Signals, pipes and start-up need real processes: tests/test_processes.py.)"""

from __future__ import annotations

import io
import json
import os
import shutil
import time
from pathlib import Path

import pytest

from conftest import REPORT_2021, REPORT_2024, ROOT
from extractor.cli import run

pytestmark = pytest.mark.usefixtures("in_english")  # the English wording of the error lines

OLD_JSON = "outputs/smartcoop-bijzonder-verslag-2021.json"
NEW_JSON = "outputs/smartcoop-bijzonder-verslag-2024.json"


def _run(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(list(argv), stdout, stderr)
    return code, stdout.getvalue(), stderr.getvalue()


def _report(out: Path, name: str) -> dict:
    return json.loads((out / name).read_text(encoding="utf-8"))


def _figures(report: dict) -> list[tuple]:
    return [(i["raw"], i["value"], i["location"]["line"], i["location"]["column"]) for i in report["indicators"]]


# ------------------------------------------------------------------------------------------ long and odd input

@pytest.mark.slow
def test_a_line_longer_than_a_million_characters_keeps_its_columns(tmp_path: Path) -> None:
    padding = "=" * 1_100_000 + " "  # 1,100,001 characters before the figure, on one line
    source = tmp_path / "lang-2024.txt"
    source.write_text("Titel\n\n" + padding + "De coöperatie telde 1.234 leden in 2024.\n", encoding="utf-8")
    code, _, stderr = _run(str(source), "-o", str(tmp_path / "o"), "--no-cache")
    assert (code, stderr) == (0, "")
    figures = _figures(_report(tmp_path / "o", "lang-2024.json"))
    assert ("1.234 leden", 1234, 3, len(padding) + len("De coöperatie telde ") + 1) in figures


@pytest.mark.slow
def test_a_paragraph_over_spacys_limit_is_read_in_pieces(tmp_path: Path) -> None:
    rule = "De winkel verkocht producten van lokale boeren. " + "=" * 250 + " "
    lines = [rule] * 3_500  # one paragraph of 1,053,500 characters, over 3,500 wrapped lines
    lines[3_400] = "In 2023 werkten er 37 vrijwilligers mee in de winkel. "
    source = tmp_path / "winkel-2023.txt"
    source.write_text("".join(line.rstrip() + "\n" for line in lines), encoding="utf-8")
    code, _, stderr = _run(str(source), "-o", str(tmp_path / "o"), "--no-cache")
    assert (code, stderr) == (0, "")
    assert ("37 vrijwilligers", 37, 3_401, 20) in _figures(_report(tmp_path / "o", "winkel-2023.json"))


def test_pieces_join_back_into_the_text() -> None:
    from extractor.nlp.language import pieces_of

    text = "Een zin. " * 50 + "x" * 300 + " en nog wat woorden zonder punt " * 20
    for size in (7, 40, 100, 333):
        pieces = pieces_of(text, size)
        assert "".join(pieces) == text and all(len(piece) <= size for piece in pieces)


@pytest.mark.parametrize("run_of", ["=" * 20_000, "_" * 20_000, "-" * 20_000, ". " * 10_000, "*" * 20_000])
def test_a_run_of_punctuation_takes_linear_time(tmp_path: Path, run_of: str) -> None:
    source = tmp_path / "streep-2024.md"
    source.write_text(f"# Verslag\n\n{run_of}\n\nHet fonds steunde 12 projecten.\n\n{run_of}\n", encoding="utf-8")
    started = time.process_time()  # CPU time: a loaded machine does not slow it, a quadratic pattern does
    code, _, _ = _run(str(source), "-o", str(tmp_path / "o"), "--no-cache")
    assert code == 0 and time.process_time() - started < 5
    assert ("12 projecten", 12, 5, 19) in _figures(_report(tmp_path / "o", "streep-2024.json"))


@pytest.mark.parametrize("ending", ["\r", "\r\n", "\n"])
def test_cr_lf_and_crlf_line_endings_read_alike(tmp_path: Path, ending: str) -> None:
    text = (ROOT / REPORT_2024).read_text(encoding="utf-8")
    source = tmp_path / "eindes-2024.txt"
    source.write_bytes(text.replace("\n", ending).encode("utf-8"))
    code, _, _ = _run(str(source), "-o", str(tmp_path / "o"), "--no-cache")
    assert code == 0
    reference = json.loads((ROOT / "outputs" / "smartcoop-bijzonder-verslag-2024.json").read_text("utf-8"))
    assert _figures(_report(tmp_path / "o", "eindes-2024.json")) == _figures(reference)


def test_a_text_report_from_standard_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from extractor.document.readers import text

    data = "Jaarverslag 2022\n\nHet woonproject bood onderdak aan 48 gezinnen.\n".encode("utf-8")
    monkeypatch.setattr(text, "_stdin", data)
    code, stdout, stderr = _run("-", "-o", str(tmp_path / "o"), "--no-cache")
    assert (code, stderr) == (0, "")
    report = _report(tmp_path / "o", "stdin.json")
    assert report["document"]["path"] == "-" and report["document"]["fiscal_year"] == 2022
    assert _figures(report) == [("48 gezinnen", 48, 3, 35)]
    assert stdout.startswith(f"- → {tmp_path / 'o' / 'stdin.json'}")


def test_documents_of_formats_extract_cannot_read_are_counted_and_named(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ROOT / REPORT_2024, folder / "verslag-2024.txt")
    for name in ("verslag-2023.doc", "verslag-2022.pages", "notulen.rtf"):
        (folder / name).write_bytes(b"PK\x03\x04")
    (folder / "logo.png").write_bytes(b"\x89PNG")
    code, _, stderr = _run(str(folder), "-o", str(tmp_path / "o"), "--no-cache")
    assert code == 0
    assert stderr == (f"warning: skipped 3 files of a format extract cannot read (.doc, .pages, .rtf): "
                      f"{folder / 'notulen.rtf'}, {folder / 'verslag-2022.pages'}, {folder / 'verslag-2023.doc'}; "
                      "save them as .docx, .odt, PDF, .txt or .md to include them\n")


@pytest.mark.slow  # a corpus run
def test_a_fiscal_year_option_against_the_texts_year_warns(tmp_path: Path) -> None:
    code, stdout, _ = _run(REPORT_2024, "-o", str(tmp_path / "o"), "--fiscal-year", "2023", "--no-cache")
    assert code == 0
    report = _report(tmp_path / "o", "smartcoop-bijzonder-verslag-2024.json")
    assert report["document"]["fiscal_year"] == 2023
    assert [w["code"] for w in report["warnings"]] == ["report.fiscal_year_differs"]
    assert "--fiscal-year 2023 was given, but the text names fiscal year 2024" in stdout
    code, _, _ = _run(REPORT_2024, "-o", str(tmp_path / "p"), "--fiscal-year", "2024", "--no-cache")
    assert _report(tmp_path / "p", "smartcoop-bijzonder-verslag-2024.json")["warnings"] == []


# ------------------------------------------------------------------------------------- unusable output folders

def test_out_that_is_a_file_is_one_usage_error(tmp_path: Path) -> None:
    target = tmp_path / "outputs.json"
    target.write_text("{}", encoding="utf-8")
    code, stdout, stderr = _run(REPORT_2024, REPORT_2021, "-o", str(target))
    assert (code, stdout) == (2, "")
    assert stderr == (f"error: {target}: --out names a file, not a folder; give --out a folder (it is created "
                      "when missing), or move the file away\n")
    code, _, stderr = _run(REPORT_2024, "-o", str(target / "below"))
    assert code == 2 and stderr.startswith(f"error: {target / 'below'}: --out lies below {target}, a file")


def test_out_that_cannot_be_written_is_one_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    def read_only(*args, **kwargs):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    code, _, stderr = _run(REPORT_2024, "-o", str(tmp_path / "new"))
    assert code == 2
    assert stderr == (f"error: {tmp_path / 'new'}: --out cannot be written (Read-only file system); give --out a "
                      "folder you may write to, on a disk with free space\n")
    assert not (tmp_path / "new").exists()


def test_cache_dir_that_is_a_file_is_one_usage_error(tmp_path: Path) -> None:
    target = tmp_path / "cache"
    target.write_text("", encoding="utf-8")
    code, _, stderr = _run(REPORT_2024, "-o", str(tmp_path / "o"), "--cache-dir", str(target))
    assert code == 2
    assert stderr == (f"error: {target}: --cache-dir names a file, not a folder; give --cache-dir a folder (it is "
                      "created when missing), or move the file away\n")
    assert not (tmp_path / "o").exists()


def test_stale_temporary_files_of_a_killed_run_are_removed(tmp_path: Path) -> None:
    out = tmp_path / "o"
    out.mkdir()
    dead = out / ".diff-a--b.json.999999999-k3j4h5g6.tmp"  # no process has this id
    old_form = out / ".a.json.x8y7z6w5.tmp"
    mine_alive = out / f".b.json.{os.getppid()}-a1b2c3d4.tmp"  # a process that runs: maybe writing it now
    foreign = out / ".notes.tmp"
    for path in (dead, old_form, mine_alive, foreign):
        path.write_text("partial", encoding="utf-8")
    hours_ago = time.time() - 2 * 3600
    os.utime(old_form, (hours_ago, hours_ago))
    assert _run(REPORT_2024, "-o", str(out), "--no-cache", "-q")[0] == 0
    assert sorted(p.name for p in out.iterdir()) == sorted([mine_alive.name, foreign.name,
                                                            "smartcoop-bijzonder-verslag-2024.json"])


# --------------------------------------------------------------------------------- command-line conventions

def test_short_options(tmp_path: Path) -> None:
    code, stdout, _ = _run(REPORT_2024, "-o", str(tmp_path / "o"), "-q", "-j", "1", "--no-cache")
    assert (code, stdout) == (0, "")
    assert (tmp_path / "o" / "smartcoop-bijzonder-verslag-2024.json").exists()
    code, stdout, _ = _run("-V")
    assert code == 0 and stdout.startswith("extract ")


@pytest.mark.parametrize("typed,meant", [("chek", "check"), ("dif", "diff"), ("explian", "explain"),
                                         ("serie", "series")])
def test_a_mistyped_command_suggests_the_nearest(typed: str, meant: str) -> None:
    code, stdout, stderr = _run(typed, "x")
    assert (code, stdout) == (2, "")
    assert stderr == (f"error: unknown command {typed!r}; did you mean `extract {meant}`? (a report path must "
                      "exist; see `extract --help`)\n")


def test_a_word_far_from_every_command_is_a_missing_path(tmp_path: Path) -> None:
    code, _, stderr = _run("verslag", "-o", str(tmp_path / "o"))
    assert code == 1 and stderr == "error: verslag: no such file or folder; check the path\n"


def test_colour_only_on_a_terminal_without_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    from extractor.runtime.terminal import use_colour

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    assert use_colour(Terminal()) and not use_colour(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_colour(Terminal())
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("TERM", "dumb")
    assert not use_colour(Terminal())


def test_check_on_a_terminal_with_no_color_has_no_escape_codes(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setenv("TERM", "xterm")
    outputs = {}
    for no_color in ("", "1"):
        monkeypatch.setenv("NO_COLOR", no_color)
        stdout = Terminal()
        run(["check", NEW_JSON, "--against", OLD_JSON], stdout, io.StringIO())
        outputs[no_color] = stdout.getvalue()
    assert "\033[" in outputs[""] and "\033[" not in outputs["1"]


# ---------------------------------------------------------------------------------- comparisons that make sense

def test_diff_says_what_it_compared() -> None:
    code, _, stderr = _run("diff", "--lang", "en", OLD_JSON, NEW_JSON)
    assert code == 0
    assert stderr == f"compared: {OLD_JSON} (2021) → {NEW_JSON} (2024)\n"


def test_diff_of_a_report_with_itself_is_refused() -> None:
    code, stdout, stderr = _run("diff", "--lang", "en", NEW_JSON, REPORT_2024)
    assert (code, stdout) == (2, "")
    assert stderr == (f"error: {REPORT_2024}: is the same report as {NEW_JSON} (the same bytes), so nothing can "
                      "change; give two reports of different years: extract diff OLD NEW\n")


def test_diff_with_its_arguments_swapped_compares_earlier_to_later() -> None:
    _, right, _ = _run("diff", "--lang", "en", OLD_JSON, NEW_JSON, "--format", "json")
    code, swapped, stderr = _run("diff", "--lang", "en", NEW_JSON, OLD_JSON, "--format", "json")
    assert code == 0 and swapped == right
    assert stderr.splitlines() == [
        f"warning: {NEW_JSON} is of 2024, {OLD_JSON} of 2021: compared earlier → later, {OLD_JSON} → {NEW_JSON}; "
        "give the earlier report first to silence this",
        f"compared: {OLD_JSON} (2021) → {NEW_JSON} (2024)"]


def test_diff_of_two_reports_of_one_year_warns(tmp_path: Path) -> None:
    draft = tmp_path / "ontwerp-2024.txt"
    draft.write_text((ROOT / REPORT_2024).read_text(encoding="utf-8").replace("20.892", "20.893"), encoding="utf-8")
    code, _, stderr = _run("diff", "--lang", "en", NEW_JSON, str(draft))
    assert code == 0
    assert stderr.splitlines()[0] == ("warning: both reports are of fiscal year 2024: the changes are between two "
                                      "versions of one year, and checks across years do not apply")


def test_check_names_what_it_checked_and_what_it_left_out() -> None:
    code, _, stderr = _run("check", "--lang", "en", NEW_JSON, "--against", "outputs/")
    assert code == 1
    assert stderr.splitlines() == [
        f"warning: {REPORT_2024} is the draft itself: left out",
        f"checked: {REPORT_2024} (2024) against {REPORT_2021} (2021)"]


def test_check_against_a_report_of_the_same_year_says_nothing_was_compared() -> None:
    code, _, stderr = _run("check", "--lang", "en", NEW_JSON, "--against", REPORT_2024, "--fail-on", "never")
    assert code == 0
    assert stderr.splitlines() == [
        f"warning: {REPORT_2024} is the draft itself: left out",
        f"warning: no report given is of a year before 2024: {REPORT_2024} was checked on its own only; pass "
        "earlier reports to --against"]


def test_check_of_a_draft_without_a_year_needs_fiscal_year(tmp_path: Path) -> None:
    draft = tmp_path / "verslag ontwerp.txt"
    draft.write_text("Bijzonder verslag van SmartCoop\n\nSmart was in België werkgever van 21.000 personen.\n",
                     encoding="utf-8")
    code, stdout, stderr = _run("check", "--lang", "en", str(draft), "--against", REPORT_2021)
    assert (code, stdout) == (2, "")
    assert stderr.startswith(f"error: {draft}: the draft names no fiscal year") and \
        stderr.endswith("; give it with --fiscal-year YEAR\n")
    code, stdout, stderr = _run("check", "--lang", "en", str(draft), "--against", REPORT_2021, "--fiscal-year", "2024")
    assert code in (0, 1) and stdout.startswith("Findings:")
    assert stderr == f"checked: {draft} (2024) against {REPORT_2021} (2021)\n"


@pytest.mark.parametrize("line,message", [
    ("0", "line 0 does not exist (lines count from 1)"),
    ("99999", "line 99999 does not exist (the file has 3 lines); give a line from 1 to 3"),
])
def test_explain_out_of_range_is_an_error(tmp_path: Path, line: str, message: str) -> None:
    source = tmp_path / "kort.txt"
    source.write_text("Verslag 2024\n\nWe telden 12 leden.", encoding="utf-8")
    code, stdout, stderr = _run("explain", str(source), line)
    assert (code, stdout) == (2, "")
    assert stderr.startswith(f"error: {source}: {message}")


@pytest.mark.slow
def test_explain_of_a_page_a_pdf_does_not_have() -> None:
    code, _, stderr = _run("explain", "tests/fixtures/pdf/smartcoop-bijzonder-verslag-2024.pdf", "3", "--page", "99")
    assert code == 2 and "page 99 does not exist (the PDF has " in stderr


# ---------------------------------------------------------------------------------------- the corpus-wide view

@pytest.mark.slow  # a corpus run
def test_a_corpus_run_ends_with_one_summary_and_fails_on_error(tmp_path: Path) -> None:
    code, stdout, _ = _run("corpus/", "-o", str(tmp_path / "o"), "--no-cache", "--lang", "en")
    assert code == 0
    summary = stdout.splitlines()[-3:]
    assert summary[0] == "corpus: 2 reports written, 121 figures"
    assert summary[1:] == ["  findings in 1 diff: 2 errors, 1 warning, 3 notes",
                           f"  {REPORT_2024}: 2 errors, 1 warning"]
    assert _run("corpus/", "-o", str(tmp_path / "o"), "--fail-on", "error", "-q")[0] == 1
    assert _run("corpus/", "-o", str(tmp_path / "o"), "--fail-on", "never", "-q")[0] == 0


@pytest.mark.slow  # a corpus run
def test_progress_goes_through_every_step(tmp_path: Path) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stderr = Terminal()
    assert run(["corpus/", "-o", str(tmp_path / "o"), "--no-cache"], io.StringIO(), stderr) == 0
    shown = stderr.getvalue()
    assert f"extract [1/2]" in shown and f"extract [2/2]" in shown
    assert f"diff [1/1]" in shown and f"{REPORT_2021} → {REPORT_2024}" in shown
    assert shown.endswith("\r\033[K")


def test_every_option_short_and_long_and_every_bad_input_is_in_the_readme() -> None:
    from extractor import cli

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = cli._main_parser(io.StringIO(), io.StringIO())
    for option in {o for action in parser._actions for o in action.option_strings} - {"-h", "--help"}:
        assert f"`{option}" in readme or f"{option} " in readme, option
    assert "### Bad inputs, and what you see" in readme
    for shown in ("did you mean", "--out names a file", "interrupted; files already written are complete",
                  "skipped N files of a format", "does not exist (the file has", "NO_COLOR", "TERM=dumb",
                  "DASK_DISTRIBUTED__WORKER__DAEMON=False dask worker", "[--fiscal-year YEAR]"):
        assert shown in readme, shown


def test_a_cache_entry_left_half_written_by_a_killed_run_is_removed(tmp_path: Path) -> None:
    from extractor.runtime.cache import Cache

    store = Cache(tmp_path, "reports")
    entry = "ab" + "0" * 62
    folder = store.folder / "ab"
    folder.mkdir(parents=True)
    left = folder / f".{entry[:16]}.999999999-zz99zz99.tmp"
    left.write_text("half", encoding="utf-8")
    store.put(entry, "{}")
    assert store.get(entry) == "{}" and not left.exists()
