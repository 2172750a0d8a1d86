"""The house by stages (issue 18): `extractor/` holds at most eight modules at its top level beside its stage
folders, and no two modules import each other when they load (an import inside a function, or under
`TYPE_CHECKING`, runs later and makes no cycle). Each check is also run on a package planted in a temporary
folder, so that it is seen to fail."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

TOP_LEVEL_FILES = 8


def _module(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(node: ast.AST, package: str, modules: set[str]) -> set[str]:
    """The modules of `modules` an import statement names (`from a.b import c` is a.b.c when that is a module)."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names} & modules
    assert isinstance(node, ast.ImportFrom)
    base = node.module or ""
    if node.level:
        parts = package.split(".")[:len(package.split(".")) - node.level + 1]
        base = ".".join(parts + ([node.module] if node.module else []))
    return {f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base for alias in node.names} & modules


def _load_time_imports(body: list[ast.stmt], package: str, modules: set[str]) -> set[str]:
    """What a module imports as it loads: its top-level statements, those inside `if`, `try` and `with` too;
    not a function's or a class's body, nor `if TYPE_CHECKING:`."""
    found: set[str] = set()
    for node in body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found |= _imported(node, package, modules)
        elif isinstance(node, ast.If) and "TYPE_CHECKING" not in ast.unparse(node.test):
            found |= _load_time_imports(node.body + node.orelse, package, modules)
        elif isinstance(node, ast.Try):
            handlers = [stmt for handler in node.handlers for stmt in handler.body]
            found |= _load_time_imports(node.body + handlers + node.orelse + node.finalbody, package, modules)
        elif isinstance(node, ast.With):
            found |= _load_time_imports(node.body, package, modules)
    return found


def import_cycles(root: Path, package: str) -> list[list[str]]:
    """Every cycle of load-time imports among the modules of `root / package`, as its modules sorted."""
    paths = {_module(root, path): path for path in sorted((root / package).rglob("*.py"))}
    modules = set(paths)
    graph = {}
    for name, path in paths.items():
        own_package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        graph[name] = _load_time_imports(ast.parse(path.read_text(encoding="utf-8")).body, own_package,
                                         modules) - {name}
    cycles = []
    for start in sorted(graph):  # a module on a cycle reaches itself again; the cycle is what reaches it back
        reached = _reach(graph, start)
        if start in reached:
            cycle = sorted(name for name in reached if start in _reach(graph, name))
            if cycle not in cycles:
                cycles.append(cycle)
    return cycles


def _reach(graph: dict[str, set[str]], start: str) -> set[str]:
    seen, stack = set(), list(graph[start])
    while stack:
        name = stack.pop()
        if name not in seen:
            seen.add(name)
            stack.extend(graph[name])
    return seen


def top_level_files(package: Path) -> list[str]:
    return sorted(path.name for path in package.iterdir() if path.is_file() and path.suffix == ".py")


def test_the_package_has_at_most_eight_modules_at_its_top_level() -> None:
    files = top_level_files(ROOT / "extractor")
    assert len(files) <= TOP_LEVEL_FILES, f"extractor/ holds {len(files)} modules: {files}; move some into a stage folder"


def test_no_module_imports_itself_back_as_it_loads() -> None:
    assert import_cycles(ROOT, "extractor") == []


def _plant(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_a_planted_cycle_is_found_and_a_late_import_is_none(tmp_path: Path) -> None:
    _plant(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/a.py": "from pkg import b\n",
        "pkg/stage/__init__.py": "",
        "pkg/stage/c.py": "from ..a import x\n",  # relative: pkg.a
        "pkg/b.py": "from pkg.stage import c\n",
        "pkg/late.py": "import pkg.typed\n\ndef f():\n    from pkg import a\n",  # late: no cycle
        "pkg/typed.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import late\n",
    })
    assert import_cycles(tmp_path, "pkg") == [["pkg.a", "pkg.b", "pkg.stage.c"]]


def test_a_ninth_module_at_the_top_is_counted(tmp_path: Path) -> None:
    _plant(tmp_path, {f"pkg/m{k}.py": "" for k in range(9)} | {"pkg/stage/x.py": "", "pkg/data.json": "{}"})
    assert len(top_level_files(tmp_path / "pkg")) == 9 > TOP_LEVEL_FILES


def _how_it_works() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split("\n## How it works\n", 1)[1].split("\n## ", 1)[0]


def unnamed_in_how_it_works(package: Path, section: str) -> list[str]:
    """The modules at the top of the package and its folders (two levels deep) that the README's "How it works"
    does not name: the section must show the tree as it is."""
    names = [f"`{name}`" for name in top_level_files(package)]
    for folder in sorted(p for p in package.iterdir() if p.is_dir() and (p / "__init__.py").exists()):
        names.append(f"`extractor/{folder.name}/`")
        names += [f"`{sub.name}/`" for sub in sorted(folder.iterdir())
                  if sub.is_dir() and (sub / "__init__.py").exists()]
    return [name for name in names if name not in section and name.replace("`", "`extractor/", 1) not in section]


def test_how_it_works_names_every_top_module_and_folder() -> None:
    assert unnamed_in_how_it_works(ROOT / "extractor", _how_it_works()) == []


def test_a_folder_the_readme_does_not_name_is_found(tmp_path: Path) -> None:
    _plant(tmp_path, {"extractor/__init__.py": "", "extractor/cli.py": "", "extractor/document/__init__.py": "",
                      "extractor/document/readers/__init__.py": "", "extractor/plumbing/__init__.py": ""})
    section = "`__init__.py`, `cli.py`; `extractor/document/` and its `readers/`"
    assert unnamed_in_how_it_works(tmp_path / "extractor", section) == ["`extractor/plumbing/`"]
