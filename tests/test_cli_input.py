"""Bad input: one line naming the file, the reason and the remedy; other files still processed; nothing
written for the bad one; nothing already written damaged; the exit code says it failed."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from conftest import REPORT_2024, ROOT
from extractor.cli import run

pytestmark = pytest.mark.usefixtures("in_english")  # the English wording of the error lines


def _run(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(list(argv), stdout, stderr)
    return code, stdout.getvalue(), stderr.getvalue()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copy(ROOT / REPORT_2024, reports / "good.txt")
    return reports


def _one_error_line(stderr: str, name: str, reason: str, remedy: str) -> None:
    lines = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, stderr
    assert name in lines[0] and reason in lines[0] and remedy in lines[0], lines[0]
    assert "Traceback" not in stderr


@pytest.mark.parametrize("name,content,reason,remedy", [
    ("empty.txt", b"", "the file is empty", "check that the export did not fail"),
    ("blank.md", b"  \n\n \t\n", "only white space", "check that the export did not fail"),
    ("binary.txt", bytes(range(256)) * 40, "binary file", "pass the report as PDF, .txt or .md"),
    ("not-a-pdf.pdf", b"Dit is geen PDF maar platte tekst.\n", "not a PDF", ""),
])
def test_a_bad_file_is_refused_and_the_others_processed(folder: Path, tmp_path: Path, name: str,
                                                         content: bytes, reason: str, remedy: str) -> None:
    (folder / name).write_bytes(content)
    out = tmp_path / "out"
    code, stdout, stderr = _run(str(folder), "--out", str(out))
    assert code == 1
    _one_error_line(stderr, name, reason, remedy)
    assert sorted(p.name for p in out.iterdir()) == ["good.json"]
    assert "good.txt" in stdout


def test_a_path_that_does_not_exist(folder: Path, tmp_path: Path) -> None:
    code, _, stderr = _run(str(folder / "good.txt"), str(tmp_path / "missing.txt"), "--out", str(tmp_path / "o"))
    assert code == 1
    _one_error_line(stderr, "missing.txt", "no such file or folder", "check the path")
    assert (tmp_path / "o" / "good.json").exists()


def test_a_folder_with_no_reports(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.doc").write_bytes(b"\xd0\xcf\x11\xe0")  # an old Word file: no report extract reads
    code, _, stderr = _run(str(empty), "--out", str(tmp_path / "o"))
    assert code == 1
    _one_error_line(stderr, "empty", "no reports in this folder", "put .pdf, .docx, .odt, .txt or .md reports in it")
    assert not (tmp_path / "o").exists()


def test_an_unreadable_file(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = folder / "locked.txt"
    shutil.copy(folder / "good.txt", locked)
    original = Path.read_bytes

    def read_bytes(self: Path) -> bytes:  # root may read anything: refuse this one file as the OS would
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, _, stderr = _run(str(folder), "--out", str(tmp_path / "o"))
    assert code == 1
    _one_error_line(stderr, "locked.txt", "permission denied", "make the file readable")
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == ["good.json"]


def test_nothing_already_written_is_damaged(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert _run(str(folder), "--out", str(out))[0] == 0
    before = (out / "good.json").read_bytes()
    (folder / "good.txt").write_bytes(b"")  # the report is broken on a rerun
    code, _, _ = _run(str(folder), "--out", str(out))
    assert code == 1
    assert (out / "good.json").read_bytes() == before
    assert not list(out.glob(".*.tmp"))


@pytest.mark.slow  # a whole report extracted by the command
@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
def test_a_report_in_another_encoding_is_read_with_a_warning(tmp_path: Path, encoding: str) -> None:
    text = (ROOT / REPORT_2024).read_text(encoding="utf-8")
    # cp1252 has no narrow no-break space: a real cp1252 export would have a plain one
    source = tmp_path / f"report-{encoding}.txt"
    source.write_bytes(text.replace("\u202f", " ").replace("\u2009", " ").encode(encoding))
    code, stdout, _ = _run(str(source), "--out", str(tmp_path / "o"))
    assert code == 0
    report = json.loads((tmp_path / "o" / source.with_suffix(".json").name).read_text(encoding="utf-8"))
    reference = json.loads(json.dumps(__import__("extractor.pipeline", fromlist=["x"]).extract_file(
        Path(REPORT_2024))))
    assert [(i["id"], i["value"], i["location"]["line"]) for i in report["indicators"]] == \
        [(i["id"], i["value"], i["location"]["line"]) for i in reference["indicators"]]
    assert report["document"]["encoding"] == encoding
    assert [w["code"] for w in report["warnings"]] == ["encoding.fallback"]
    assert "save the report as UTF-8" in stdout


def test_a_report_without_figures_gives_valid_empty_json_and_a_warning(tmp_path: Path) -> None:
    source = tmp_path / "leeg-2023.txt"
    source.write_text("Bijzonder verslag\n\nDe raad van bestuur vergaderde over de strategie.\n", encoding="utf-8")
    code, stdout, _ = _run(str(source), "--out", str(tmp_path / "o"))
    assert code == 0
    report = json.loads((tmp_path / "o" / "leeg-2023.json").read_text(encoding="utf-8"))
    assert report["indicators"] == report["statute_references"] == report["meetings"] == []
    assert [w["code"] for w in report["warnings"]] == ["report.no_figures", "report.fiscal_year_from_name"]
    assert report["document"]["fiscal_year"] == 2023
    assert "no figures found" in stdout


def test_an_internal_error_is_one_line_unless_debug(folder: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import extractor.commands.extract as command

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(command, "extract_file", broken)
    code, _, stderr = _run(str(folder), "--out", str(tmp_path / "o"))
    assert code == 1
    _one_error_line(stderr, "good.txt", "internal error (RuntimeError: boom)", "rerun with --debug")
    with pytest.raises(RuntimeError, match="boom"):
        _run(str(folder), "--out", str(tmp_path / "o"), "--debug")


def test_usage_errors_are_one_line_with_exit_code_2() -> None:
    code, _, stderr = _run()
    assert code == 2
    assert stderr.startswith("error: the following arguments are required: `PATH`")
    assert len(stderr.strip().splitlines()) == 1


def test_fiscal_year_and_organisation_can_be_given(folder: Path, tmp_path: Path) -> None:
    code, _, _ = _run(str(folder / "good.txt"), "--out", str(tmp_path / "o"), "--fiscal-year", "2025",
                      "--organisation", "Andere CV")
    assert code == 0
    document = json.loads((tmp_path / "o" / "good.json").read_text(encoding="utf-8"))["document"]
    assert (document["fiscal_year"], document["fiscal_year_source"], document["organisation"]) == \
        (2025, "option", "Andere CV")


@pytest.mark.parametrize("argv", [["--help"], ["explain", "--help"], ["diff", "--help"], ["check", "--help"]])
def test_every_command_has_help_with_an_example(argv: list[str]) -> None:
    code, stdout, _ = _run(*argv)
    assert code == 0
    assert "example" in stdout and "extract" in stdout


def test_windows_line_endings_and_a_byte_order_mark_change_nothing(tmp_path: Path) -> None:
    text = (ROOT / REPORT_2024).read_text(encoding="utf-8")
    source = tmp_path / "windows.txt"
    source.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    code, _, _ = _run(str(source), "--out", str(tmp_path / "o"))
    assert code == 0
    report = json.loads((tmp_path / "o" / "windows.json").read_text(encoding="utf-8"))
    reference = json.loads((ROOT / "outputs" / "smartcoop-bijzonder-verslag-2024.json").read_text("utf-8"))
    assert [(i["id"], i["value"], i["location"]) for i in report["indicators"]] == \
        [(i["id"], i["value"], i["location"]) for i in reference["indicators"]]
    assert report["warnings"] == []


@pytest.mark.slow  # a whole report extracted by the command
def test_reports_sharing_a_name_get_outputs_of_their_own(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ROOT / REPORT_2024, folder / "verslag.txt")
    shutil.copy(ROOT / "corpus" / "smartcoop-bijzonder-verslag-2021.md", folder / "verslag.md")
    code, _, _ = _run(str(folder), "--out", str(tmp_path / "o"))
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "o").iterdir() if not p.name.startswith(("diff-", "series"))) == \
        ["verslag.md.json", "verslag.txt.json"]
