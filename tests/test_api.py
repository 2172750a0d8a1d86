"""The Python API (extractor.read, compare, check, series) on the corpus reports, as a notebook would use it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import extractor
from extractor.runtime.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
MD_2021 = "corpus/smartcoop-bijzonder-verslag-2021.md"
TXT_2024 = "corpus/smartcoop-bijzonder-verslag-2024.txt"


def test_read_a_report_file() -> None:
    report = extractor.read(TXT_2024)
    assert isinstance(report, extractor.Report)
    assert (report.path, report.fiscal_year, report.organisation) == (TXT_2024, 2024, "SmartCoop")
    persons = next(f for f in report.figures if f["id"] == "employment.persons" and f["value"] == 20892)
    assert (persons["raw"], persons["location"]["line"], persons["location"]["column"]) == ("20.892 personen", 230, 46)
    assert len(report.figures) == 63 and len(report.meetings) == 4 and len(report.statute_references) == 11
    assert repr(report) == f"Report('{TXT_2024}', fiscal_year=2024, organisation='SmartCoop', 63 figures)"


def test_read_a_json_output_gives_the_same_report() -> None:
    from_json = extractor.read(ROOT / "outputs/smartcoop-bijzonder-verslag-2024.json")
    # the same, but for the series ids and the possible ones, which the corpus run gives by linking the
    # organisation's other reports
    unlinked = json.loads(json.dumps(from_json.data))
    for record in unlinked["indicators"]:
        del record["series"]
        record.pop("possible_series", None)
    assert unlinked == extractor.read(TXT_2024).data
    assert from_json.to_json() == json.loads((ROOT / "outputs/smartcoop-bijzonder-verslag-2024.json").read_text("utf-8"))


def test_read_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as raised:
        extractor.read(tmp_path / "nothing.txt")
    assert raised.value.line().startswith(f"{tmp_path / 'nothing.txt'}: ")


def test_figure_records_are_flat() -> None:
    rows = extractor.read(TXT_2024).figure_records()
    row = next(r for r in rows if r["id"] == "employment.persons" and r["value"] == 20892)
    assert (row["line"], row["column"], row["page"], row["unit"], row["qualifier"]) == (230, 46, None, "persons", "exact")


@pytest.mark.slow  # the corpus extracted and compared
def test_compare_takes_paths_reports_or_dicts() -> None:
    old, new = extractor.read(MD_2021), extractor.read(TXT_2024)
    for pair in ((MD_2021, TXT_2024), (old, new), (old.data, new.data)):
        findings = extractor.compare(*pair)
        errors = [f for f in findings.findings if f.severity == "error"]
        assert sorted(f.subject for f in errors) == ["article:1", "article:23"]
        assert all(f.rule == "across.event_date" and f.fingerprint for f in errors)
    assert findings.to_json()["summary"] == {"error": 2, "warning": 1, "info": 3}
    persons = next(c for c in findings.changes if c.id == "employment.persons")
    assert (persons.before.value, persons.after.value, persons.delta) == (18894, 20892, 1998)


def test_check_a_draft_against_earlier_reports() -> None:
    findings = extractor.check(TXT_2024, [MD_2021])
    assert findings.counts() == {"error": 2, "warning": 1, "info": 2}
    assert [d.path for d in findings.documents] == [TXT_2024, MD_2021]


@pytest.mark.slow  # the corpus extracted and compared
def test_series_records_are_what_a_dataframe_takes() -> None:
    rows = extractor.series(["corpus/"])
    persons = [r for r in rows if r["id"] == "employment.persons"]
    assert [(r["fiscal_year"], r["value"], r["document"], r["line"]) for r in persons] == [
        (2021, 18894, MD_2021, 58), (2024, 20892, TXT_2024, 230)]
    assert all(isinstance(r["value"], (int, float)) for r in rows)
    assert extractor.series("corpus/") == rows == extractor.series([extractor.read(MD_2021), extractor.read(TXT_2024)])
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(rows)
    assert frame["value"].dtype.kind in "if" and len(frame) == len(rows)
    wide = frame[frame["id"] == "employment.persons"].pivot(index="id", columns="fiscal_year", values="value")
    assert wide.loc["employment.persons"].tolist() == [18894, 20892]


@pytest.mark.slow  # starts a process
def test_importing_extractor_loads_neither_spacy_nor_the_differ() -> None:
    code = ("import sys, extractor; print(sorted(m for m in ('spacy', 'extractor.diff', 'extractor.pipeline', "
            "'jsonschema', 'yaml') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip() == "[]"


def _notebook_cells(block: str) -> list[tuple[str, list[str]]]:
    """The cells of a README block: code, and the lines it shows (`# …` under it; `…` ends a shortened one)."""
    cells: list[tuple[list[str], list[str]]] = [([], [])]
    for line in block.splitlines():
        if line.startswith("# "):
            cells[-1][1].append(line[2:])
        else:
            if cells[-1][1]:
                cells.append(([], []))
            cells[-1][0].append(line)
    return [("\n".join(code), shown) for code, shown in cells]


def test_the_readmes_notebook_example_runs() -> None:
    """The README's Python block, cell by cell as a notebook runs it: each cell's last expression shows its
    repr, which must be the lines written under it (to the `…` where the README shortens it)."""
    import ast
    import re

    pytest.importorskip("pandas")
    block = re.search(r"## From Python:.*?```python\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.S).group(1)
    namespace: dict = {}
    cells = _notebook_cells(block)
    assert sum(1 for _, shown in cells if shown) >= 5
    for code, shown in cells:
        tree = ast.parse(code)
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        exec(compile(tree, "README.md", "exec"), namespace)
        if last is None:
            assert not shown, code
            continue
        value = eval(compile(ast.Expression(last.value), "README.md", "eval"), namespace)
        lines = [line.rstrip() for line in repr(value).splitlines()]
        if shown and shown[-1] == "…":
            assert lines[:len(shown) - 1] == shown[:-1], code
        else:
            assert lines == shown, code


def test_compare_check_and_series_take_the_language_the_commands_take(monkeypatch: pytest.MonkeyPatch) -> None:
    """lang= as --lang: "nl" or "en"; left out, the locale's language, Dutch when it is unknown; for that call only."""
    from extractor.runtime import language

    old, new = extractor.read(MD_2021), extractor.read(TXT_2024)
    english = extractor.compare(old, new, lang="en")
    dutch = extractor.compare(old, new, lang="nl")
    assert english.findings[0].message.startswith("The figure «een tiental acties» (‘actions of the diversity plan’)")
    assert dutch.findings[0].message.startswith("Het cijfer «een tiental acties» (‘acties van het diversiteitsplan’)")
    assert [f.fingerprint for f in english.findings] == [f.fingerprint for f in dutch.findings]
    dates = [f.message for f in english.findings if f.rule == "across.event_date"]
    assert [f.message for f in extractor.check(new, [old], lang="en").findings if f.rule == "across.event_date"] == dates
    before = language.current()
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert extractor.compare(old, new).findings[0].message == english.findings[0].message
    monkeypatch.setenv("LC_ALL", "C")
    assert extractor.compare(old, new).findings[0].message == dutch.findings[0].message
    assert language.current() == before  # the process's language is left as it was
    persons = {r["fiscal_year"]: r["label"] for r in extractor.series([old, new], lang="en")
               if r["id"] == "employment.persons"}
    assert persons == {2021: "persons employed", 2024: "persons employed"}
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        extractor.compare(old, new, lang="fr")
