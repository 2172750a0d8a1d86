"""`python -m extractor.dutch.rule_schemas`: writes what the recognisers declare of their pattern files' entries
(extractor/dutch/rules.py) into schemas/patterns/*.schema.json. It imports every module of the folders that hold
rules (a finder of non-figures is imported by the registry only when it first runs) to see every declaration, so
it lives apart from the declarations themselves."""

from __future__ import annotations

import importlib
import json
import pkgutil

from extractor.dutch.rules import DECLARED, with_declarations
from extractor.runtime.data_files import schemas_dir


RULE_FOLDERS = ("extractor.document", "extractor.dutch", "extractor.figures", "extractor.non_figures",
                "extractor.recognise", "extractor.series")


def declare_all() -> dict[str, list[type]]:
    """Every declaration of every module of the folders that hold rules, by pattern file."""
    for folder in RULE_FOLDERS:
        package = importlib.import_module(folder)
        for module in pkgutil.walk_packages(package.__path__, f"{folder}."):
            importlib.import_module(module.name)
    return DECLARED


def write_schemas() -> list[str]:
    """Write the declared properties into schemas/patterns/*.schema.json; the names of the files changed."""
    declare_all()
    changed = []
    for pattern in sorted(DECLARED):
        path = schemas_dir() / "patterns" / f"{pattern}.schema.json"
        before = json.loads(path.read_text(encoding="utf-8"))
        after = with_declarations(before, pattern)
        if after != before:  # a schema that already agrees keeps its own layout
            path.write_text(json.dumps(after, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            changed.append(path.name)
    return changed


if __name__ == "__main__":
    print("\n".join(write_schemas()) or "the schemas agree with the declarations")
