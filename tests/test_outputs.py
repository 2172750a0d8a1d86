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
    from extractor.runtime.jsonio import validate

    for path in (ROOT / "outputs").glob("*.json"):
        schema = "findings" if path.name.startswith("diff-") else (
            "datasette-metadata" if path.name.endswith(".metadata.json")
            else "series" if path.name.startswith("series") else "report")
        if (ROOT / "schemas" / f"{schema}.schema.json").exists():
            validate(json.loads(path.read_text(encoding="utf-8")), schema)


def test_nothing_invalid_is_written(tmp_path: Path) -> None:
    from extractor.runtime.jsonio import SchemaViolation, write_json

    target = tmp_path / "report.json"
    with pytest.raises(SchemaViolation, match=r"at \$\.document"):
        write_json(target, {"schema_version": "1", "document": {}, "indicators": [], "statute_references": [],
                            "legal_references": [], "meetings": [], "entities": [], "warnings": []}, "report")
    assert not target.exists() and not list(tmp_path.iterdir())


def test_the_fast_validator_agrees_with_jsonschema() -> None:
    """jsonschema-rs checks first (it is fast), python-jsonschema is the reference: on valid outputs and on
    broken copies of them, the two give the same verdict."""
    import copy

    from extractor.runtime.jsonio import fast_validator, validator

    cases = []
    for path in sorted((ROOT / "outputs").glob("*.json")):
        schema = "findings" if path.name.startswith("diff-") else (
            "datasette-metadata" if path.name.endswith(".metadata.json")
            else "series" if path.name.startswith("series") else "report")
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


def _json_text(data: object) -> bytes:
    """The reference: the standard library's text of every JSON the tool writes."""
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


EDGE_CASES = [
    {"tiny": 1.5e-05, "nested": [{"x": -2.5e-07}], "fine": 0.0001},  # json writes "1.5e-05", orjson "0.000015"
    {"big": 2 ** 70, "negative": -(2 ** 65)},  # beyond 64 bits: orjson refuses
    {1: "a non-string key", "b": None},  # json turns the key into a string, orjson refuses
    {"huge": 1e16, "exact": 3000000.0, "zero": -0.0, "ints": [0, -1, 18894]},
    {"text": "x\u001f\n\t\"\\ é \u2028 \u00a0 \u202f \x7f 🙂", "empty": [], "none": {}, "raw": "\": 0.00001"},
    [], {}, "alone", 12.5, None,
]


@pytest.mark.parametrize("data", EDGE_CASES, ids=range(len(EDGE_CASES)))
def test_the_encoder_writes_what_json_writes(data: object) -> None:
    from extractor.runtime.jsonio import encode

    assert encode(data) == _json_text(data)


def test_the_encoder_agrees_with_json_on_every_committed_output() -> None:
    from extractor.runtime import jsonio

    assert jsonio.orjson is not None, "orjson is a dependency"
    paths = sorted((ROOT / "outputs").glob("*.json"))
    assert len(paths) >= 4
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert jsonio.encode(data) == _json_text(data) == path.read_bytes(), path.name


def test_without_orjson_the_text_is_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    from extractor.runtime import jsonio

    data = json.loads((ROOT / "outputs" / "series.json").read_text(encoding="utf-8"))
    fast = jsonio.encode(data)
    monkeypatch.setattr(jsonio, "orjson", None)
    assert jsonio.encode(data) == fast
