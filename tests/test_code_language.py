"""Dutch belongs in patterns/, concepts in extractor/: no string literal of the code that is not a docstring, and
no regular expression, holds a Dutch word.

The Dutch words are those of patterns/ itself: every word of every pattern file's Dutch data (its word lists, its
phrases, its example texts, its message templates), read from the files, so a word added there is checked here
at once. Left out of the files' words: what is no Dutch there (descriptions and notes, the English messages,
the keys, identifiers such as `employment.persons`, unit codes, the names in `{placeholders}` and `(?P<groups>)`,
escapes such as `\\b`), and the few words of `BOTH` below, which are also English or code words.

Each string literal is split into letter runs, so a regular expression is read word by word
(`r"\\b(?:bijna|ruim)\\b"` holds `bijna` and `ruim`). A string may still quote Dutch as an example between
quotation marks ("a claimed change ‘een stijging met 15 %’") and name a file or a path
("smartcoop-bijzonder-verslag-2024.txt")."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

# Words of the pattern files that are also common English or code words: flagging them would flag English. Each
# is here because the code's own English uses it (messages, keys, HTML, CSS, URLs, language codes, SQLite's
# "-wal" file).
BOTH = frozenset("""
in is of op per be was are all do up as no on at it an
name part non total box level page order start type module data lang auto code title info id
nl en fr de le lu www https org eur fte iban bic vat pct wvv art nr ca
diff baseline corpus extract catalogue codes
indicator factor contract score percent percentage half later progress social plus maximum wal postcode last
""".split())
# Keys whose values are no Dutch: English prose, identifiers and codes.
_NOT_DUTCH = frozenset({"description", "note", "english", "label_en", "id", "unit", "units", "implied_actions",
                        # references.yaml: the ids of instruments named by a common word
                        "named_instruments",
                        # units.yaml: the series' unit vocabulary (codes, dimensions), the codes and concepts that
                        # count people, a figure's unit code, and the codes and words that are never a series unit
                        "vocabulary", "score_dimension", "dimension", "people", "figure_unit",
                        "vocabulary_negative_examples"})
_CODE = re.compile(r"^[\w.:/%-]*[_.][\w.:/%-]*$")  # an identifier or a path: employment.persons, non_figure.phone
_NOT_WORDS = re.compile(r"\{[^{}]*\}|\(\?P<\w+>|\(\?P=\w+\)|\\[a-zA-Z]")  # placeholders, group names, escapes
_LETTERS = re.compile(r"[^\W\d_]+")
# quoted examples, file names and paths inside a string: not the code speaking
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’|\S+\.(?:txt|md|json|pdf|html|yaml)\b|\S+/\S+")
SOURCES = sorted((ROOT / "extractor").rglob("*.py"))


def _texts(node: object, unit_codes: frozenset[str]):
    if isinstance(node, dict):
        language = node.get("lang", "nl")
        if language != "nl" and len(language) <= 3:  # an example in another language (not --help's "lang" option)
            return
        for key, value in node.items():
            if key in ("examples", "negative_examples"):  # the text of each; its records hold codes
                yield from _texts([example.get("text", "") for example in value if example.get("lang", "nl") == "nl"],
                                  unit_codes)
            elif key not in _NOT_DUTCH:
                yield from _texts(value, unit_codes)
    elif isinstance(node, list):
        for value in node:
            yield from _texts(value, unit_codes)
    elif isinstance(node, str) and not _CODE.match(node) and node not in unit_codes:
        yield _NOT_WORDS.sub(" ", node)


@cache
def dutch_words() -> frozenset[str]:
    files = {path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))
             for path in sorted((ROOT / "patterns").glob("*.yaml"))}
    unit_codes = frozenset(files["units"]["units"])
    return frozenset(word for data in files.values() for text in _texts(data, unit_codes)
                     for word in _LETTERS.findall(text.lower()) if len(word) > 1) - BOTH


# Telling Dutch words (function words and the field's own words with no English homograph) that
# tests/test_language.py holds a command's English output to: its output may quote a report's own words
# ("zeven adviesverleners"), which the whole vocabulary above would flag.
TELLING = frozenset("""
het een van voor zijn niet meer dan bij ook wordt werd naar zoals tussen sinds ongeveer bijna ruim hoogstens
minstens verslag vergadering algemene buitengewone artikel artikels artikelen statuten voorwaarde voorwaarden
fout fouten waarschuwing bevinding bevindingen personen werknemers leden vennoten aandelen aandeelhouders euro
procent miljoen miljard duizend honderd januari februari maart april mei juni juli augustus september oktober
november december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag jaar jaren boekjaar uur uren dagen
werkdagen pagina regel opleiding bestuur bestuurder bestuurders raad dividend uittreding vereffening stemrecht
waarvan wie stijging daling groei
""".split())


def dutch_strings(source: str) -> list[tuple[int, str]]:
    """(line, word) of every Dutch word of a string literal (docstrings left out), outside quotes."""
    tree = ast.parse(source)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    words = dutch_words()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            for word in _LETTERS.findall(_QUOTED.sub(" ", node.value).lower()):
                if word in words:
                    found.append((node.lineno, word))
    return sorted(found)


def test_the_vocabulary_is_read_from_the_pattern_files() -> None:
    words = dutch_words()
    assert {"bijna", "ruim", "vergadering", "statuten", "verandering", "aandeel", "cumulatief", "keer",
            "januari", "waarvan"} <= words
    assert not {"the", "report", "persons", "employment", "description", "year"} & words
    assert len(words) > 1500


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_dutch_in_the_code(path: Path) -> None:
    assert dutch_strings(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("source, expected", [
    ('QUALIFIERS = re.compile(r"\\b(?:bijna|ruim)\\b")', [(1, "bijna"), (1, "ruim")]),
    ('LABEL = "sinds de start"', [(1, "sinds")]),
    ('if word in ("van", "met"): pass', [(1, "met"), (1, "van")]),
    ('x = "miljoen" in raw', [(1, "miljoen")]),
    ('ASPECTS = ("verandering", "aandeel", "maximum", "cumulatief")',
     [(1, "aandeel"), (1, "cumulatief"), (1, "verandering")]),  # "maximum" is English too
    ('x = f"{n} keer"', [(1, "keer")]),
    ('RULE = "a claimed change (een stijging met 15 %) that the figures belie"', [(1, "een"), (1, "met"), (1, "stijging")]),
    ('RULE = "a claimed change “een stijging met 15 %” that the figures belie"', []),
    ('HELP = "example: extract corpus/smartcoop-bijzonder-verslag-2024.txt"', []),
    ('def f():\n    """Het verslag van de vergadering."""\n', []),
    ('KEY = "fiscal_year"', []),
])
def test_the_check_finds_dutch_in_strings_and_regexes_and_spares_quotes_names_and_docstrings(
        source: str, expected: list) -> None:
    assert dutch_strings(source) == expected


def test_a_dutch_word_planted_in_a_regex_of_a_copy_of_the_code_fails_the_check(tmp_path: Path) -> None:
    """A real module of extractor/, copied and given one regular expression with a Dutch word: the check that
    passes on the module fails on its copy, at the planted line."""
    source = (ROOT / "extractor" / "figures" / "signs.py").read_text(encoding="utf-8")
    assert dutch_strings(source) == []
    planted = tmp_path / "signs.py"
    planted.write_text(source + '\n_HEDGE = re.compile(r"(?i)\\b(?:nagenoeg)\\s+\\d")\n', encoding="utf-8")
    assert dutch_strings(planted.read_text(encoding="utf-8")) == [(source.count("\n") + 2, "nagenoeg")]


@pytest.mark.slow  # every module of extractor/ read again: seconds
def test_the_language_test_fails_on_a_copy_of_extractor_with_a_dutch_word_in_a_regex(tmp_path: Path) -> None:
    """The test above, run over a copy of the whole of extractor/ in which one module's code compiles a regular
    expression with a Dutch word ("nagenoeg", a word of patterns/qualifiers.yaml): it passes on every module of
    the copy but that one, and fails there, naming the line."""
    import shutil

    copy = tmp_path / "extractor"
    shutil.copytree(ROOT / "extractor", copy, ignore=shutil.ignore_patterns("__pycache__"))
    planted = copy / "figures" / "signs.py"
    source = planted.read_text(encoding="utf-8")
    planted.write_text(source + '\n\ndef _hedged(text: str) -> bool:\n'
                       '    return re.search(r"(?i)\\b(?:nagenoeg|zowat)\\s+\\d", text) is not None\n', encoding="utf-8")
    failed = {}
    for path in sorted(copy.rglob("*.py")):
        try:
            test_no_dutch_in_the_code(path)
        except AssertionError as error:
            failed[str(path.relative_to(copy))] = str(error)
    assert list(failed) == ["figures/signs.py"]
    line = source.count("\n") + 4
    assert f"({line}, 'nagenoeg')" in failed["figures/signs.py"]
    assert dutch_strings(planted.read_text(encoding="utf-8")) == [(line, "nagenoeg"), (line, "zowat")]
