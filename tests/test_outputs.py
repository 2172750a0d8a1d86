"""outputs/ holds the results of `extract corpus/`: they must be what the code produces now.

When a change to the code or patterns/ changes them on purpose, regenerate with `extract corpus/` and
review the diff of outputs/ in the commit.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from conftest import ROOT
from extractor.cli import run

REPORTS = sorted(p.name for p in (ROOT / "corpus").iterdir())


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import os

    out = tmp_path_factory.mktemp("outputs")
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        assert run(["corpus/", "--out", str(out), "--quiet"], io.StringIO(), io.StringIO()) == 0
    finally:
        os.chdir(here)
    return out


@pytest.mark.parametrize("report", REPORTS)
def test_committed_output_matches_the_code(fresh: Path, report: str) -> None:
    name = Path(report).stem + ".json"
    committed = (ROOT / "outputs" / name).read_text(encoding="utf-8")
    assert json.loads(committed) == json.loads((fresh / name).read_text(encoding="utf-8")), \
        f"outputs/{name} is stale: run `extract corpus/` and commit the result"
    assert committed == (fresh / name).read_text(encoding="utf-8")  # byte for byte: deterministic output


def test_every_committed_json_is_valid() -> None:
    from extractor.jsonio import validate

    for path in (ROOT / "outputs").glob("*.json"):
        schema = "findings" if path.name.startswith("diff-") else ("series" if path.name.startswith("series")
                                                                    else "report")
        if (ROOT / "schemas" / f"{schema}.schema.json").exists():
            validate(json.loads(path.read_text(encoding="utf-8")), schema)


def test_nothing_invalid_is_written(tmp_path: Path) -> None:
    from extractor.jsonio import SchemaViolation, write_json

    target = tmp_path / "report.json"
    with pytest.raises(SchemaViolation, match=r"at \$\.document"):
        write_json(target, {"schema_version": "1", "document": {}, "indicators": [], "statute_references": [],
                            "legal_references": [], "meetings": [], "entities": [], "warnings": []}, "report")
    assert not target.exists() and not list(tmp_path.iterdir())


def test_the_fast_validator_agrees_with_jsonschema() -> None:
    """jsonschema-rs checks first (it is fast), python-jsonschema is the reference: on valid outputs and on
    broken copies of them, the two give the same verdict."""
    import copy

    from extractor.jsonio import fast_validator, validator

    cases = []
    for path in sorted((ROOT / "outputs").glob("*.json")):
        schema = "findings" if path.name.startswith("diff-") else ("series" if path.name.startswith("series")
                                                                    else "report")
        data = json.loads(path.read_text(encoding="utf-8"))
        cases.append((schema, data))
        if schema == "report":
            broken = copy.deepcopy(data)
            broken["indicators"][0]["qualifier"] = "roughly"
            cases.append((schema, broken))
            broken = copy.deepcopy(data)
            broken["indicators"][0]["location"]["bbox"] = [1, 2, 3]
            cases.append((schema, broken))
            broken = copy.deepcopy(data)
            broken["indicators"][0]["id"] = "Not An Id"
            cases.append((schema, broken))
            broken = copy.deepcopy(data)
            broken["indicators"][0]["qualifier"] = "range"  # a range needs value_max
            cases.append((schema, broken))
        if schema == "findings":
            broken = copy.deepcopy(data)
            broken["findings"][0]["severity"] = "fatal"
            cases.append((schema, broken))
    assert len(cases) >= 10
    for schema, data in cases:
        fast = fast_validator(schema)
        assert fast is not None, "jsonschema-rs is a dependency"
        assert fast.is_valid(data) == validator(schema).is_valid(data), schema
