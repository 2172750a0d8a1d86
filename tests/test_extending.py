"""The README's "Extending" section shows a new non-figure that needs code as two files, whole: a module of
extractor/non_figures/ and what it adds to patterns/non_figures.yaml. This copies the package with its patterns
and schemas, writes those two blocks of the README into the copy, checks that no other file differs, and runs
the copy in a process of its own: the registry finds the finder, the pattern file validates, its example and its
negative example hold."""

from __future__ import annotations

import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

pytestmark = pytest.mark.slow

MODULE = "extractor/non_figures/shirt_numbers.py"
PATTERNS = "patterns/non_figures.yaml"


def _blocks() -> dict[str, str]:
    """The README's fenced blocks of the "Extending" section, by the path their first line names."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Extending\n", 1)[1].split("\n## ", 1)[0]
    found = {}
    for block in re.findall(r"```(?:python|yaml)\n(.*?)```", section, re.S):
        first = block.split("\n", 1)[0]
        if match := re.match(r"# (\S+)", first):
            found[match.group(1).rstrip(":")] = block
    return found


def _differing(left: Path, right: Path) -> list[str]:
    """The files that differ between two trees, or are in one only (caches aside)."""
    found = []
    compared = filecmp.dircmp(left, right, ignore=["__pycache__"])
    stack = [(compared, "")]
    while stack:
        here, prefix = stack.pop()
        found += [prefix + name for name in here.left_only + here.right_only + here.diff_files]
        stack += [(sub, f"{prefix}{name}/") for name, sub in here.subdirs.items()]
    return sorted(found)


_RUN = """
import json, sys
import extractor
from extractor.dutch import patterns
from extractor.non_figures.registry import finders
from extractor.pipeline import extract_text

data = patterns.load("non_figures")
print(json.dumps({
    "package": extractor.__file__,
    "finders": sorted(f.find.__module__ for f in finders()),
    "examples": [extract_text(e["text"]) for e in data["examples"][-1:]],
    "negative_examples": [extract_text(e["text"]) for e in data["negative_examples"][-1:]],
}, default=str))
"""


def test_a_new_non_figure_is_its_module_and_its_pattern_file(tmp_path: Path) -> None:
    blocks = _blocks()
    assert set(blocks) == {MODULE, PATTERNS}
    copy = tmp_path / "repo"
    for folder in ("extractor", "patterns", "schemas"):
        shutil.copytree(ROOT / folder, copy / folder, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / MODULE).write_text(blocks[MODULE], encoding="utf-8")
    added = yaml.safe_load(blocks[PATTERNS])
    data = yaml.safe_load((copy / PATTERNS).read_text(encoding="utf-8"))
    for key, value in added.items():
        data[key] = data[key] + value if key in ("examples", "negative_examples") else value
    (copy / PATTERNS).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert _differing(ROOT / "extractor", copy / "extractor") == ["non_figures/shirt_numbers.py"]
    assert _differing(ROOT / "patterns", copy / "patterns") == ["non_figures.yaml"]
    assert _differing(ROOT / "schemas", copy / "schemas") == []

    env = {**os.environ, "EXTRACTOR_CACHE_DIR": str(tmp_path / "cache"), "PYTHONDONTWRITEBYTECODE": "1"}
    run = subprocess.run([sys.executable, "-c", _RUN], cwd=copy, env=env, capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["package"] == str(copy / "extractor" / "__init__.py")  # the copy ran, not the repository
    assert "extractor.non_figures.shirt_numbers" in result["finders"]
    [example] = result["examples"]
    assert [i["value"] for i in example["indicators"]] == [14]
    assert [(e["label"], e["text"], e["rule"]) for e in example["entities"] if e["label"] == "SHIRT_NUMBER"] == \
        [("SHIRT_NUMBER", "9", "non_figure.shirt_number")]
    [negative] = result["negative_examples"]
    assert negative["indicators"] == []
