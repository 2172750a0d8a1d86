"""Every command in both languages (issue 22, point 5): with `--lang en` no Dutch word outside the report's own
text, with `--lang nl` no English word outside ids, on the corpus, and on bad input and usage errors (the one
error line of each: a binary, empty or white-space file, text named .pdf, a damaged .docx, an old .doc, a path
that does not exist, a mistyped command or option, …).

The words of each language are those of patterns/, not lists here: Dutch is every word of the pattern files'
Dutch data (tests/test_code_language.dutch_words, and the few words it shares with English), English every word
of the English messages and vocabulary of patterns/findings.yaml. What a command quotes of a report is taken
out before the words are read: the records' text as written, labels, sentences and units, the section headings
and titles, the organisation's name (all from the reports' JSON outputs), text between quotation marks, the text
of a review page's report, what an HTML page marks as the report's (<q lang="nl">, as a message marks it «…»:
tests/test_quoted_report_text.py holds messages to marked text alone); so are ids and paths (a word with `.`, `_` or `/`), options (`--all`), the code of an
HTML page (`<code>`, tags, style) and the commands a line tells to run (`extract diff …`).

The machine-readable formats (findings and series JSON, CSV, XLSX, SQLite, the Datasette metadata) are read by
their cells: the keys, column names and header rows are ids, and so is a cell of one token (`approximately`,
`unit_changed`); a cell of a column or key that holds the report's own text (REPORT_FIELDS: `raw`, `sentence`,
`snippet`, `noun`, …) is marked as such by its column and left out; every other cell (messages, notes, labels,
descriptions, XLSX cell notes) is read as the text outputs are. A catalogue label is no report text: it must be
in the language of the run. `--help` is read without its usage lines and the options' names (ids)."""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
import sqlite3
from functools import cache
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from extractor import cli
from test_code_language import BOTH, _LETTERS, _texts, dutch_words

pytestmark = pytest.mark.slow  # every command, twice, on the corpus (about a minute)

OLD, NEW = "corpus/smartcoop-bijzonder-verslag-2021.md", "corpus/smartcoop-bijzonder-verslag-2024.txt"


@cache
def english_words() -> frozenset[str]:
    english = yaml.safe_load((ROOT / "patterns" / "findings.yaml").read_text(encoding="utf-8"))["english"]
    catalogue = yaml.safe_load((ROOT / "patterns" / "indicators.yaml").read_text(encoding="utf-8"))["indicators"]
    texts = _texts([list(english["vocabulary"].values()), list(english["messages"].values()),
                    [item["label_en"] for item in catalogue]], frozenset())
    return frozenset(word for text in texts for word in _LETTERS.findall(text.lower()) if len(word) > 1)


@cache
def dutch_vocabulary() -> frozenset[str]:
    """The Dutch words of patterns/ (with those it shares with English) and of the messages' Dutch vocabulary."""
    findings = yaml.safe_load((ROOT / "patterns" / "findings.yaml").read_text(encoding="utf-8"))
    vocabulary = {key: value for key, value in findings["vocabulary"].items() if key != "units"}
    own = {word for text in _texts(list(vocabulary.values()), frozenset())
           for word in _LETTERS.findall(text.lower()) if len(word) > 1}
    return dutch_words() | BOTH | own


@cache
def report_texts() -> tuple[str, ...]:
    """Everything the corpus reports say that a command may repeat, longest first."""
    found: set[str] = set()
    for path in sorted((ROOT / "outputs").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if "document" in data:
            document = data["document"]
            found |= {document.get("title") or "", document.get("organisation") or ""}
            for key in ("indicators", "statute_references", "legal_references", "meetings", "entities"):
                for record in data.get(key, []):
                    found |= {str(record[field]) for field in ("raw", "label", "sentence", "text", "unit")
                              if record.get(field)}
        for change in data.get("changes", []):
            found |= {change.get("section") or "", change.get("label") or ""}
    found -= catalogue_labels()  # the catalogue's words, no report's: in the language of the run
    return tuple(sorted((text for text in found if text), key=len, reverse=True))


@cache
def catalogue_labels() -> frozenset[str]:
    catalogue = yaml.safe_load((ROOT / "patterns" / "indicators.yaml").read_text(encoding="utf-8"))["indicators"]
    return frozenset(item["label"] for item in catalogue)


# Keys and columns whose cells are the report's own text, marked as such by their name (report JSON, findings
# JSON, series files): left out of the words a command says.
REPORT_FIELDS = frozenset({"raw", "sentence", "snippet", "text", "noun", "organisation", "title", "section",
                           "document", "path", "old", "new", "source", "where"})
_ONE_TOKEN = re.compile(r"[\w.:@~+;|/%-]+")  # an id, a flag list, a unit code, a number


def _cells(rows, header: list[str] | None = None) -> list[str]:
    """The cells of `rows` that are no ids and no report text (by their column in `header`)."""
    said = []
    for row in rows:
        for at, value in enumerate(row):
            column = header[at] if header and at < len(header) else None
            if isinstance(value, str) and column not in REPORT_FIELDS and not _ONE_TOKEN.fullmatch(value.strip()):
                said.append(value)
    return said


def json_words(node, key: str | None = None) -> str:
    """The text of a JSON output's values, but for its keys (ids), one-token values and report-text fields."""
    if isinstance(node, dict):
        return "\n".join(json_words(value, name) for name, value in node.items() if name not in REPORT_FIELDS)
    if isinstance(node, list):
        return "\n".join(json_words(value, key) for value in node)
    return "\n".join(_cells([[node]]))


def csv_words(text: str) -> str:
    rows = list(csv.reader(io.StringIO(text)))
    return "\n".join(_cells(rows[1:], rows[0])) if rows else ""


def xlsx_words(path: Path) -> str:
    """Every sheet's cells (under their header row, which holds ids) and the notes on the cells."""
    import openpyxl

    said = []
    for sheet in openpyxl.load_workbook(path).worksheets:
        rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
        said += _cells(rows[1:], [str(name) for name in rows[0]]) if rows else []
        said += [cell.comment.text for row in sheet.iter_rows() for cell in row if cell.comment]
    return "\n".join(said)


def sqlite_words(path: Path) -> str:
    said = []
    with sqlite3.connect(path) as connection:
        for (table,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE '%_fts%'"):
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            said += _cells(cursor.fetchall(), [column[0] for column in cursor.description])
    connection.close()
    return "\n".join(said)


def help_words(text: str) -> str:
    """--help without its usage lines, the options' and arguments' names and their placeholders (ids)."""
    text = re.sub(r"^\S+: extract.*?\n\n", "", text, flags=re.S)  # "usage: extract …" / "gebruik: extract …"
    text = re.sub(r"^  (?:-\S*|[a-z_]+|[A-Z]+)(?: \S+)*?(?=  |$)", " ", text, flags=re.M)
    return re.sub(r"\{[^}]*\}|\b[A-Z]{2,}\b|\bnl\|en\b", " ", text)


@cache
def _REPORT_TEXT() -> re.Pattern[str]:
    """Any of the report texts, as a whole (not inside an id: `publications` of publications.count)."""
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(text) for text in report_texts()) + r")(?![\w.])")


def words_of(output: str) -> set[str]:
    """The words of a command's output that are its own: quoted report text, ids, paths and code taken out."""
    text = re.sub(r"<style>.*?</style>|<script>.*?</script>|<pre>.*?</pre>|<code[^>]*>.*?</code>"
                  r'|<p class="snippet">.*?</p>|<q lang="nl">.*?</q>', " ", output, flags=re.S)  # code, the report's text
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = re.sub(r"\S+\.(?:txt|md|json|pdf|html|csv|sqlite|xlsx|png)\b|--[\w-]+|`[^`]*`", " ", text)
    text = re.sub(r"\bextract(?: \w+)?\b", " ", text)  # a command to run: extract diff …
    text = _REPORT_TEXT().sub(" ", text)
    text = re.sub(r"‘[^’]*’|«[^»]*»|“[^”]*”|\"[^\"]*\"", " ", text)
    text = re.sub(r"\S*/\S*|\b\w+(?:[._+:@~]\w+)+\b", " ", text)  # paths; ids: employment.persons, number.digits+unit
    return {word for word in _LETTERS.findall(text.lower()) if len(word) > 1}


def _run(argv: list[str]) -> str:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = cli.run(argv, stdout, stderr)
    assert code in (0, 1), (argv, stderr.getvalue())
    return stdout.getvalue() + stderr.getvalue()


def _stdout(argv: list[str]) -> str:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = cli.run(argv, stdout, stderr)
    assert code in (0, 1), (argv, stderr.getvalue())
    return stdout.getvalue()


def _refused(argv: list[str]) -> str:
    """What a command says on a bad input or a usage error (exit 1 or 2), on standard error."""
    stdout, stderr = io.StringIO(), io.StringIO()
    code = cli.run(argv, stdout, stderr)
    assert code in (1, 2) and stderr.getvalue(), (argv, code, stderr.getvalue())
    return stdout.getvalue() + stderr.getvalue()


def bad_inputs(folder: Path) -> Path:
    """A folder of what a user may hand over by mistake: a binary file, an empty one, one of white space only,
    text named .pdf, a damaged Word file, an old .doc (skipped), a link to nothing and a named pipe (skipped); and
    beside it a draft that names no year."""
    bad = folder / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (bad / "empty.md").write_bytes(b"")
    (bad / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    (bad / "text.pdf").write_text("In 2024 was Smart werkgever.", encoding="utf-8")
    (bad / "damaged.docx").write_bytes(b"not a zip archive")
    (bad / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (bad / "gone.txt").symlink_to(folder / "nowhere.txt")  # a link to nothing
    os.mkfifo(bad / "pipe.txt")  # a named pipe
    (folder / "draft.txt").write_text("Wij hebben 12 vrijwilligers.\n", encoding="utf-8")  # no fiscal year
    return bad


def refusals(lang: str, folder: Path) -> dict[str, str]:
    """What every command says, in `lang`, on bad input and on a usage error."""
    bad = bad_inputs(folder)
    (folder / "nothing").mkdir()
    said = {
        "extract bad files": _refused([str(bad), str(folder / "missing.txt"), "-o", str(folder / "out"),
                                       "--lang", lang]),
        "extract usage": _refused(["corpus/", "-j", "0", "--lang", lang]),
        "extract out is a file": _refused(["corpus/", "-o", str(bad / "blank.txt"), "--lang", lang]),
        "mistyped command": _refused(["chek", NEW, "--lang", lang]),
        "diff usage": _refused(["diff", OLD, "--lang", lang]),
        "diff same report": _refused(["diff", NEW, NEW, "--lang", lang]),
        "diff missing": _refused(["diff", OLD, str(folder / "missing.json"), "--lang", lang]),
        "diff baseline missing": _refused(["diff", OLD, NEW, "--baseline", str(folder / "none.json"),
                                           "--lang", lang]),
        "check draft without year": _refused(["check", str(folder / "draft.txt"), "--against", "corpus/",
                                              "--lang", lang]),
        "series format": _refused(["series", "corpus/", "--format", "pdf", "--lang", lang]),
        "series sqlite to screen": _refused(["series", "corpus/", "--format", "sqlite", "--lang", lang]),
        "series empty folder": _refused(["series", str(folder / "nothing"), "--lang", lang]),
        "explain past the end": _refused(["explain", NEW, "99999", "--lang", lang]),
        "explain line 0": _refused(["explain", NEW, "0", "--lang", lang]),
        "review missing": _refused(["review", str(folder / "missing.txt"), "--lang", lang]),
        "baseline missing": _refused(["baseline", str(folder / "missing"), "--lang", lang]),
    }
    return said


def outputs(lang: str, folder: Path) -> dict[str, str]:
    """What every command says and writes on the corpus, by command."""
    said = {
        "extract": _run(["corpus/", "-o", str(folder / "run"), "--lang", lang]),
        "diff text": _run(["diff", OLD, NEW, "--all", "--lang", lang]),
        "diff markdown": _run(["diff", OLD, NEW, "--format", "markdown", "--lang", lang]),
        "check": _run(["check", NEW, "--against", "corpus/", "--fail-on", "never", "--lang", lang]),
        "explain": _run(["explain", NEW, "230", "--lang", lang]) + _run(["explain", NEW, "2", "--lang", lang]),
        "baseline": _run(["baseline", "corpus/", "-o", str(folder / "known.json"), "--lang", lang]),
        "series": _run(["series", "corpus/", "-o", str(folder / "series"), "--lang", lang]),
        "review": _run(["review", NEW, "--lang", lang]),
    }
    said["diff html"] = _run(["diff", OLD, NEW, "--format", "html", "-o", str(folder / "f.html"), "--lang", lang])
    for page in sorted(folder.glob("*.html")):
        said[f"diff html {page.name}"] = page.read_text(encoding="utf-8")
    return said | formats(lang, folder) | helps(lang) | warnings_shown(lang, folder) | refusals(lang, folder)


def formats(lang: str, folder: Path) -> dict[str, str]:
    """Every other output format on the corpus: JSON, CSV, XLSX, SQLite, the Datasette metadata, the series run
    of `extract corpus/`, and explain of an uncatalogued figure."""
    said = {
        "diff json": json_words(json.loads(_stdout(["diff", OLD, NEW, "--format", "json", "--lang", lang]))),
        "check json": json_words(json.loads(_stdout(["check", NEW, "--against", "corpus/", "--format", "json",
                                                     "--fail-on", "never", "--lang", lang]))),
        "series csv": csv_words(_stdout(["series", "corpus/", "--lang", lang])),
        "series wide csv": csv_words(_stdout(["series", "corpus/", "--wide", "--lang", lang])),
        "series json": json_words(json.loads(_stdout(["series", "corpus/", "--format", "json", "--lang", lang]))),
        "explain uncatalogued": _run(["explain", NEW, "153", "--lang", lang]),
    }
    for command in (["diff", OLD, NEW], ["check", NEW, "--against", "corpus/", "--fail-on", "never"]):
        path = folder / f"{command[0]}.xlsx"
        _run([*command, "--format", "xlsx", "-o", str(path), "--lang", lang])
        said[f"{command[0]} xlsx"] = xlsx_words(path)
    _run(["series", "corpus/", "--format", "xlsx", "-o", str(folder / "series.xlsx"), "--lang", lang])
    said["series xlsx"] = xlsx_words(folder / "series.xlsx")
    _run(["series", "corpus/", "--format", "sqlite", "-o", str(folder / "series.sqlite"), "--lang", lang])
    said["series sqlite"] = sqlite_words(folder / "series.sqlite")
    said["series metadata"] = json_words(json.loads((folder / "series.metadata.json").read_text(encoding="utf-8")))
    run = folder / "run"  # the series files of `extract corpus/` (outputs() ran it)
    said["corpus run wide csv"] = csv_words((run / "series-wide.csv").read_text(encoding="utf-8"))
    said["corpus run sqlite"] = sqlite_words(run / "series.sqlite")
    said["corpus run metadata"] = json_words(json.loads((run / "series.metadata.json").read_text(encoding="utf-8")))
    return said


def helps(lang: str) -> dict[str, str]:
    commands = ("", "diff", "check", "series", "explain", "baseline", "review", "completion")
    return {f"help {command or 'extract'}": help_words(_stdout(([command] if command else []) + ["--help", "--lang",
                                                                                                lang]))
            for command in commands}


def warnings_shown(lang: str, folder: Path) -> dict[str, str]:
    """A report's warnings in the summary (a cp1252 file that names no year), extracted first under the other
    language, then shown from the cache."""
    report = folder / "vrijwilligers.txt"
    report.write_bytes("Wij hebben 12 vrijwilligers in het café.\n".encode("cp1252"))
    _run([str(report), "-o", str(folder / "warned"), "--lang", "nl" if lang == "en" else "en"])
    return {"report warnings": _run([str(report), "-o", str(folder / "warned"), "--lang", lang])}


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return outputs("en", tmp_path_factory.mktemp("en"))


@pytest.fixture(scope="module")
def dutch(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return outputs("nl", tmp_path_factory.mktemp("nl"))


def test_the_vocabularies_are_read_from_the_pattern_files() -> None:
    assert {"findings", "report", "figures", "meeting", "persons", "column", "page"} <= english_words()
    assert {"bevindingen", "verslag", "cijfers", "vergadering", "regel", "kolom", "pagina"} <= dutch_vocabulary()


def test_the_check_sees_a_dutch_word_in_english_and_spares_quotes_ids_and_paths() -> None:
    assert words_of("corpus: 2 verslagen written") & (dutch_vocabulary() - english_words()) == {"verslagen"}
    assert words_of("2 reports geschreven") & (english_words() - dutch_vocabulary()) == {"reports"}
    assert words_of("the ‘aantal vennoten’ of employment.persons in corpus/a-verslag.txt") & (
        dutch_vocabulary() - english_words()) == set()
    assert words_of("<td><code>other.vennoot</code></td><td>regel 3</td>") & english_words() == set()


def test_english_output_has_no_dutch_word(english: dict[str, str]) -> None:
    dutch_only = dutch_vocabulary() - english_words()
    found = {command: sorted(words_of(text) & dutch_only) for command, text in english.items()}
    for command, words in found.items():
        for word in words[:3]:
            at = re.search(r".{0,80}\b" + word + r"\b.{0,40}", english[command], re.I)
            print(command, word, "…", at.group(0) if at else None)
    assert {command: words for command, words in found.items() if words} == {}
    assert len(english) >= 50 and all(english.values())


def test_dutch_output_has_no_english_word(dutch: dict[str, str]) -> None:
    english_only = english_words() - dutch_vocabulary()
    found = {command: sorted(words_of(text) & english_only) for command, text in dutch.items()}
    for command, words in found.items():
        for word in words[:3]:
            at = re.search(r".{0,80}\b" + word + r"\b.{0,40}", dutch[command], re.I)
            print(command, word, "…", at.group(0) if at else None)
    assert {command: words for command, words in found.items() if words} == {}
    assert len(dutch) >= 50 and all(dutch.values())
