"""Every pattern file validates, and every example and negative example it carries holds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from extractor.dutch import patterns
from extractor.dutch.dates import find_dates
from extractor.document.model import Document, SourceLine
from extractor.nlp.language import analyse
from extractor.document.normalise import normalise
from extractor.figures.periods import stated_period
from extractor.pipeline import extract_text

NAMES = patterns.pattern_names()
# numerals.yaml is run by tests/test_numbers.py, findings.yaml by the differ's tests, relations.yaml by
# tests/test_diff_relations.py
RUN_HERE = [name for name in NAMES if name not in ("numerals", "findings", "relations")]
# What a file's examples speak of, when a negative example lists nothing: no record of these kinds.
KINDS = {"qualifiers": ["indicators"], "units": ["indicators"], "non_figures": ["indicators"],
         "indicators": ["indicators"], "meetings": ["meetings"], "conditions": ["statute_references"],
         "references": ["statute_references", "legal_references"]}
RECORD_KINDS = ("indicators", "statute_references", "legal_references", "meetings")


def _examples(kind: str) -> list[tuple[str, int, dict]]:
    return [(name, i, example) for name in RUN_HERE for i, example in enumerate(patterns.load(name)[kind])]


def test_every_pattern_file_has_a_schema_and_validates() -> None:
    assert {"indicators", "units", "qualifiers", "numerals", "meetings", "references", "conditions", "dates",
            "layout", "non_figures", "document"} <= set(NAMES)
    for name in NAMES:
        schema = json.loads((patterns.schemas_dir() / "patterns" / f"{name}.schema.json").read_text())
        Draft202012Validator.check_schema(schema)
        data = patterns.load(name)
        assert data["examples"] and data["negative_examples"], name


def test_a_broken_pattern_file_is_reported_with_its_json_path(tmp_path, monkeypatch) -> None:
    (tmp_path / "units.yaml").write_text("description: x\nunits: {EUR: euro}\n", encoding="utf-8")
    monkeypatch.setattr(patterns, "patterns_dir", lambda: tmp_path)
    patterns.load.cache_clear()
    try:
        with pytest.raises(patterns.PatternError, match=r"units\.yaml: at \$"):
            patterns.load("units")
    finally:
        patterns.load.cache_clear()


def _run(name: str, example: dict) -> dict | list:
    text = example["text"]
    if name == "layout":
        return _normalised(text, example.get("format", "text"))
    if name == "dates":
        doc = analyse([text])[0]
        return [{"value": d.value, "precision": d.precision} for d in find_dates(doc, example.get("fiscal_year"))
                if d.precision != "year"]
    fmt = example.get("format") or ("markdown" if name == "document" else "text")
    return extract_text(text, fiscal_year=example.get("fiscal_year"), fmt=fmt)


def _normalised(text: str, fmt: str) -> str:
    lines = [SourceLine(None, i, line) for i, line in enumerate(text.split("\n"), start=1)]
    blocks = normalise(Document(path=Path("snippet"), format=fmt, sha256="0" * 64, lines=lines))
    return " | ".join(block.text for block in blocks)


def _matches(expected: list[dict], found: list[dict]) -> bool:
    """Each expected record is found, in order, with every field it names; nothing else of that kind."""
    if len(expected) != len(found):
        return False
    # an example's `period` is what its text states: null where the figure has the fiscal year by default
    return all(all((stated_period(f) if k == "period" else f.get(k)) == v for k, v in e.items())
               for e, f in zip(expected, found))


@pytest.mark.parametrize("name,index,example", _examples("examples"),
                         ids=[f"{n}:{i}" for n, i, _ in _examples("examples")])
def test_example(name: str, index: int, example: dict) -> None:
    result = _run(name, example)
    if name == "layout":
        assert result == example["normalised"]
        return
    if name == "dates":
        assert result == example["dates"]
        return
    assert isinstance(result, dict)
    if "document" in example:
        assert {k: result["document"][k] for k in example["document"]} == example["document"]
    for kind in RECORD_KINDS:
        if kind in example:
            assert _matches(example[kind], result[kind]), (kind, result[kind])


@pytest.mark.parametrize("name,index,example", _examples("negative_examples"),
                         ids=[f"{n}:{i}" for n, i, _ in _examples("negative_examples")])
def test_negative_example(name: str, index: int, example: dict) -> None:
    result = _run(name, example)
    if name == "layout":
        assert result == "", "furniture or white space leaves no text"
        return
    if name == "dates":
        assert result == []
        return
    assert isinstance(result, dict)
    if "document" in example:
        assert {k: result["document"][k] for k in example["document"]} == example["document"]
        return
    if "absent_ids" in example:
        assert not {i["id"] for i in result["indicators"]} & set(example["absent_ids"])
        return
    if name == "conditions":
        assert all(r["condition"] is None for r in result["statute_references"])
        return
    for kind in RECORD_KINDS:
        if kind in example:
            assert _matches(example[kind], result[kind]), (kind, result[kind])
        elif kind in KINDS.get(name, []):
            assert result[kind] == [], (kind, result[kind])
