"""Finding fingerprints and accepted findings (`extract baseline`, `--baseline FILE`), on the corpus reports.

A fingerprint is what a finding is about (rule, organisation, the series of its figures or its event, the
years), never where it stands: moving the text keeps it; the baseline made from the corpus accepts the corpus's
two real errors, and a planted error in a copy is reported alone and fails the run."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from extractor import cli
from extractor.diff import check_draft, render


ROOT = Path(__file__).resolve().parents[1]
MD_2021 = ROOT / "corpus/smartcoop-bijzonder-verslag-2021.md"
TXT_2024 = ROOT / "corpus/smartcoop-bijzonder-verslag-2024.txt"
# a percentage above 100 planted in the 2021 report: internal.percentage_range, an error of that report alone
PLANTED = ("(waarvan een vierde in", "(waarvan 125 % in")


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def _copy(folder: Path, planted: bool = False) -> Path:
    folder.mkdir()
    shutil.copy(TXT_2024, folder / TXT_2024.name)
    text = MD_2021.read_text(encoding="utf-8")
    if planted:
        assert text.count(PLANTED[0]) == 1
        text = text.replace(*PLANTED)
    (folder / MD_2021.name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.slow  # both corpus reports extracted, moved and diffed
def test_fingerprints_stay_when_lines_move(reports, tmp_path: Path) -> None:
    from extractor.pipeline import extract_file

    real = check_draft(reports[2024], [reports[2021]])
    text = TXT_2024.read_text(encoding="utf-8").split("\n")
    moved_text = "\n".join(text[:3] + ["", "Een inleidende alinea zonder enig cijfer.", ""] * 4 + text[3:])
    moved_path = tmp_path / TXT_2024.name
    moved_path.write_text(moved_text, encoding="utf-8")
    moved = check_draft(extract_file(moved_path, fiscal_year=2024), [reports[2021]])

    def keyed(findings) -> dict[str, tuple]:
        return {f.fingerprint: (f.rule, f.evidence[0].location["line"]) for f in findings.findings}

    before, after = keyed(real), keyed(moved)
    assert len(before) == len(real.findings) == 5  # each finding its own fingerprint
    assert before.keys() == after.keys()
    # the same findings, twelve lines further down: the lines moved, the fingerprints did not
    assert {fp: line + 12 for fp, (_, line) in before.items()} == {fp: line for fp, (_, line) in after.items()}
    assert {rule for rule, _ in before.values()} == {"across.event_date", "across.unit_change",
                                                      "across.definition_change"}


def test_fingerprints_differ_by_event_and_by_years(reports) -> None:
    findings = check_draft(reports[2024], [reports[2021]]).findings
    dates = sorted((f for f in findings if f.rule == "across.event_date"), key=lambda f: f.subject)
    assert [f.subject for f in dates] == ["article:1", "article:23"]
    assert [f.fingerprint_parts.years for f in dates] == [(2021, 2024), (2021, 2024)]
    assert [f.fingerprint_parts.organisation for f in dates] == ["smartcoop", "smartcoop"]
    assert dates[0].fingerprint != dates[1].fingerprint
    # a figure's finding is keyed on the series of its figures (their id until series ids are written)
    unit = next(f for f in findings if f.rule == "across.unit_change")
    assert unit.fingerprint_parts.subjects == tuple(sorted({e.key for e in unit.evidence}))
    assert all(unit.fingerprint_parts.subjects)


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "html"])
def test_every_format_shows_the_fingerprints(reports, fmt: str) -> None:
    findings = check_draft(reports[2024], [reports[2021]])
    shown = render(findings, fmt)
    fingerprints = [f.fingerprint for f in findings.findings]
    assert len(fingerprints) == 5 and all(fingerprints)
    for fingerprint in fingerprints:
        assert fingerprint in shown
    if fmt == "json":
        assert sorted(f["fingerprint"] for f in json.loads(shown)["findings"]) == sorted(fingerprints)


@pytest.mark.slow  # whole corpus runs, over a second
def test_baseline_accepts_the_corpus_errors_and_fails_on_a_planted_one(tmp_path: Path) -> None:
    known = tmp_path / "known.json"
    code, out, err = _run("baseline", "corpus/", "-o", str(known))
    assert (code, err) == (0, "")
    accepted = json.loads(known.read_text(encoding="utf-8"))["accepted"]
    assert [(a["rule"], a["subjects"], a["years"]) for a in accepted] == [
        ("across.event_date", ["article:23"], [2021, 2024]), ("across.event_date", ["article:1"], [2021, 2024])]

    # the Done-when's command as a CI job runs it: a baseline makes --fail-on error the default
    code, out, err = _run("corpus/", "--out", str(tmp_path / "out"), "-j", "1", "--baseline", str(known),
                          "--lang", "en")
    assert code == 0, err
    assert "findings in 1 diff: 0 errors, 1 warning, 3 notes; 2 accepted in " in out
    code, out, err = _run("corpus/", "--out", str(tmp_path / "out"), "-j", "1", "--baseline", str(known),
                          "--fail-on", "error", "--lang", "nl")
    assert code == 0, err
    assert "bevindingen in 1 vergelijking: 0 fouten, 1 waarschuwing, 3 opmerkingen; 2 aanvaard in " in out
    assert "van de statuten wijzigde, verschilt" not in out  # the accepted errors are not shown

    planted = _copy(tmp_path / "planted", planted=True)
    code, out, err = _run(str(planted), "--out", str(tmp_path / "out2"), "-j", "1", "--baseline", str(known),
                          "--lang", "en")
    assert code == 1, err
    errors = [line for line in out.splitlines() if line.lstrip().startswith("error ")]
    assert errors == [f"  error   {planted / MD_2021.name}:73  The percentage «125 %» (‘share of the "
                      "publications translated into Dutch’) lies outside the range of 0 to 100%."]
    assert "1 error, 1 warning, 3 notes; 2 accepted in " in out
    # --fail-on given holds over the baseline's default; without a baseline the default stays never
    assert _run(str(planted), "--out", str(tmp_path / "out2"), "-j", "1", "--baseline", str(known),
                "--fail-on", "never")[0] == 0
    assert _run(str(planted), "--out", str(tmp_path / "out2"), "-j", "1")[0] == 0


@pytest.mark.slow  # whole corpus runs, over a second
def test_without_a_baseline_the_corpus_errors_fail_the_run(tmp_path: Path) -> None:
    code, out, _ = _run("corpus/", "--out", str(tmp_path / "out"), "-j", "1", "--fail-on", "error", "--lang", "en")
    assert code == 1 and "2 errors" in out and "accepted" not in out


@pytest.mark.slow  # whole corpus runs, over a second
def test_check_and_diff_with_a_baseline_report_new_findings_and_what_is_gone(tmp_path: Path) -> None:
    planted = _copy(tmp_path / "planted", planted=True)
    known = tmp_path / "known.json"
    assert _run("baseline", str(planted), "-o", str(known))[0] == 0
    assert len(json.loads(known.read_text(encoding="utf-8"))["accepted"]) == 3  # two real, one planted

    check = ("check", str(TXT_2024.relative_to(ROOT)), "--against", str(MD_2021.relative_to(ROOT)))
    assert _run(*check)[0] == 1  # the two errors
    code, out, _ = _run(*check, "--baseline", str(known))
    assert code == 0
    assert out.startswith(f"Bevindingen: 0 fouten, 1 waarschuwing, 2 opmerkingen; 2 aanvaard in {known} ")
    # the planted error is of the 2021 report alone: check looks at the draft (2024), so it is not "gone"
    assert "niet meer gevonden" not in out

    diff = ("diff", str(MD_2021.relative_to(ROOT)), str(TXT_2024.relative_to(ROOT)))
    code, out, _ = _run(*diff, "--baseline", str(known), "--fail-on", "error", "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["summary"] == {"error": 0, "warning": 1, "info": 3}
    assert data["baseline"]["accepted"] == 2
    assert [(g["rule"], g["years"]) for g in data["baseline"]["gone"]] == [("internal.percentage_range", [2021])]
    code, out, _ = _run(*diff, "--baseline", str(known))
    assert "Aanvaard in " in out and "niet meer gevonden" in out and "internal.percentage_range" in out


@pytest.mark.usefixtures("in_english")  # the English wording of the error lines
def test_a_bad_baseline_file_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "known.json"
    bad.write_text('{"accepted": 3}', encoding="utf-8")
    for argv in (("corpus/", "--out", str(tmp_path / "out"), "--baseline", str(bad)),
                 ("diff", str(MD_2021.relative_to(ROOT)), str(TXT_2024.relative_to(ROOT)), "--baseline", str(bad))):
        code, out, err = _run(*argv)
        assert code == 2 and out == ""
        assert err.startswith(f"error: {bad}: not a baseline file") and err.count("\n") == 1
        assert "extract baseline CORPUS -o FILE" in err
    code, _, err = _run("diff", str(MD_2021.relative_to(ROOT)), str(TXT_2024.relative_to(ROOT)),
                        "--baseline", str(tmp_path / "missing.json"))
    assert code == 2 and err.startswith(f"error: {tmp_path / 'missing.json'}: no such baseline file;")
