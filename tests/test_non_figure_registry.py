"""The registry of non-figure finders: every module of extractor/non_figures/ that declares a `FINDER` is run, by
rank, with nothing else naming it; a section of patterns/non_figures.yaml that the schema does not list is the
words of such a module."""

from __future__ import annotations

import json
import pkgutil
import textwrap
from pathlib import Path

import pytest

from extractor import non_figures
from extractor.dutch import patterns
from extractor.non_figures import registry
from extractor.pipeline import extract_text


def test_every_finder_module_is_found_in_rank_order() -> None:
    modules = {m.name for m in pkgutil.iter_modules(non_figures.__path__)} - {"base", "registry"}
    found = registry.finders()
    assert {finder.find.__module__.rsplit(".", 1)[1] for finder in found} == modules
    ranks = [finder.rank for finder in found]
    assert ranks == sorted(ranks) and len(set(ranks)) == len(ranks), "two finders share a rank: say which is surer"


def test_a_new_module_in_the_folder_is_run_without_naming_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A finder module dropped beside the others (here in a folder added to the package's path) is found by
    the registry: its numbers are no figures from then on, each an entity with its kind and rule."""
    sentence = "De coöperatie telt 212 vennoten en kreeg lotnummer 4711 bij de loting."
    before = extract_text(sentence, fiscal_year=2023)
    assert [i["value"] for i in before["indicators"]] == [212, 4711]
    (tmp_path / "lot_numbers.py").write_text(textwrap.dedent('''
        from extractor.non_figures.base import Finder, NonFigure, Site


        def find(site: Site) -> list[NonFigure]:
            return [NonFigure("lot_number", i, i + 2, "non_figure.lot_number") for i, token in enumerate(site.doc)
                    if token.lower_ == "lotnummer" and i + 1 < len(site.doc)]


        FINDER = Finder(rank=65, find=find)
    '''), encoding="utf-8")
    monkeypatch.setattr(non_figures, "__path__", [*non_figures.__path__, str(tmp_path)])
    registry.finders.cache_clear()
    try:
        after = extract_text(sentence, fiscal_year=2023)
    finally:
        monkeypatch.undo()
        registry.finders.cache_clear()
    assert [i["value"] for i in after["indicators"]] == [212]
    assert [(e["label"], e["text"], e["rule"]) for e in after["entities"] if e["rule"] == "non_figure.lot_number"] \
        == [("LOT_NUMBER", "lotnummer 4711", "non_figure.lot_number")]


def test_a_section_the_schema_does_not_list_is_a_finders_words() -> None:
    schema = json.loads((patterns.schemas_dir() / "patterns" / "non_figures.schema.json").read_text(encoding="utf-8"))
    modules = {m.name for m in pkgutil.iter_modules(non_figures.__path__)}
    extra = set(patterns.load("non_figures")) - set(schema["properties"])
    assert extra <= modules, f"sections of patterns/non_figures.yaml that name no module: {sorted(extra - modules)}"
