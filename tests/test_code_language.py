"""Dutch belongs in patterns/, concepts in extractor/: no string in the code that is not a docstring speaks Dutch.

Checked on a set of telling Dutch words (function words and the field's own words that have no English
homograph). A string may still quote Dutch as an example, between quotation marks or brackets ("a claimed
change (een stijging met 15 %)"), and name a file ("smartcoop-bijzonder-verslag-2024.txt")."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from conftest import ROOT

TELLING = frozenset("""
het een van voor zijn niet meer dan bij ook wordt werd naar zoals tussen sinds ongeveer bijna ruim hoogstens
minstens verslag vergadering algemene buitengewone artikel artikels artikelen statuten voorwaarde voorwaarden
fout fouten waarschuwing bevinding bevindingen personen werknemers leden vennoten aandelen aandeelhouders euro
procent miljoen miljard duizend honderd januari februari maart april mei juni juli augustus september oktober
november december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag jaar jaren boekjaar uur uren dagen
werkdagen pagina regel opleiding bestuur bestuurder bestuurders raad dividend uittreding vereffening stemrecht
waarvan wie stijging daling groei
""".split())

# quoted or bracketed examples, file names and paths: not the code speaking
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'|“[^”]*”|‘[^’]*’|\([^()]*\)|\S+\.(?:txt|md|json|pdf|html)\b|\S+/\S*")
_WORD = re.compile(r"[a-zà-ÿ]+")
SOURCES = sorted((ROOT / "extractor").rglob("*.py"))


def dutch_strings(source: str) -> list[tuple[int, str]]:
    """(line, text) of every string literal, docstrings left out, that holds a telling Dutch word outside
    quotes and brackets."""
    tree = ast.parse(source)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            words = set(_WORD.findall(_QUOTED.sub(" ", node.value).lower()))
            if words & TELLING:
                found.append((node.lineno, node.value))
    return sorted(found)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_dutch_in_the_code(path: Path) -> None:
    assert dutch_strings(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("source, expected", [
    ('LABEL = "sinds de start"', [(1, "sinds de start")]),
    ('if word in ("van", "met"): pass', [(1, "van")]),
    ('x = "miljoen" in raw', [(1, "miljoen")]),
    ('RULE = "a claimed change (een stijging met 15 %) that the figures belie"', []),
    ('HELP = "example: extract corpus/smartcoop-bijzonder-verslag-2024.txt"', []),
    ('def f():\n    """Het verslag van de vergadering."""\n', []),
    ('KEY = "fiscal_year"', []),
])
def test_the_check_finds_dutch_and_spares_quotes_names_and_docstrings(source: str, expected: list) -> None:
    assert dutch_strings(source) == expected
