"""The house by stages (issue 18): `extractor/` holds at most eight modules at its top level beside its stage
folders, and no two modules import each other when they load (an import inside a function, or under
`TYPE_CHECKING`, runs later and makes no cycle). Each check is also run on a package planted in a temporary
folder, so that it is seen to fail."""

from __future__ import annotations

import ast
import re
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


def _folders(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_dir() and (p / "__init__.py").exists())


def _row_of(section: str, folder: str) -> str:
    """The line of the section's table of folders that starts with `extractor/<folder>/`, or ""."""
    return next((line for line in section.splitlines() if line.startswith(f"| `extractor/{folder}/`")), "")


def unnamed_in_how_it_works(package: Path, section: str) -> list[str]:
    """The modules at the top of the package and its folders, at every depth, that the README's "How it works"
    does not name: the section must show the tree as it is. A stage folder is named as `extractor/<folder>/`;
    a folder inside it as `<name>/` in that folder's row of the table."""
    names = [f"`{name}`" for name in top_level_files(package) if f"`{name}`" not in section]
    for folder in _folders(package):
        if f"`extractor/{folder.name}/`" not in section:
            names.append(f"`extractor/{folder.name}/`")
        row = _row_of(section, folder.name)
        names += [f"`extractor/{sub.relative_to(package).as_posix()}/`" for sub in
                  sorted(p for p in folder.rglob("*") if p.is_dir() and (p / "__init__.py").exists())
                  if f"`{sub.name}/`" not in row]
    return names


def unnamed_pattern_files(root: Path, section: str) -> list[str]:
    """The pattern files the section's table of them does not name."""
    return [path.name for path in sorted((root / "patterns").glob("*.yaml")) if f"`{path.name}`" not in section]


_NAMED = re.compile(r"`([A-Za-z_][\w./]*(?:/|\.py|\.yaml))`|(?<![\w`/])((?:extractor|[a-z_]+)/[\w./]*)(?=[\s,]|$)")


def named_but_missing(root: Path, section: str) -> list[str]:
    """The files and folders the README's "How it works" names that are not in the tree: a path from the top
    (`extractor/...`) where it says; a name in a folder's row of the table under that folder (at any depth);
    a pattern file in patterns/; any other name somewhere in extractor/ (the diagram's `runtime/jsonio.py`)."""
    package = root / "extractor"
    tree = [p.relative_to(root).as_posix() + ("/" if p.is_dir() else "") for p in sorted(package.rglob("*"))
            if "__pycache__" not in p.parts]
    missing = []
    for line in section.splitlines():
        under = re.match(r"\| `extractor/(\w+)/`", line)
        for match in _NAMED.finditer(line):
            name = match[1] or match[2]
            if name.startswith(("extractor/", "schemas/", "patterns/", "tests/")):
                found = (root / name).exists() and (name.endswith("/") == (root / name).is_dir())
            elif name.endswith(".yaml"):
                found = (root / "patterns" / name).is_file()
            else:
                base = f"extractor/{under[1]}/" if under else "extractor/"
                found = any(path.startswith(base) and (path == base + name or path.endswith("/" + name))
                            for path in tree)
            if not found:
                missing.append(name)
    return missing


def test_how_it_works_names_every_top_module_and_folder() -> None:
    assert unnamed_in_how_it_works(ROOT / "extractor", _how_it_works()) == []


def test_how_it_works_names_every_pattern_file() -> None:
    assert unnamed_pattern_files(ROOT, _how_it_works()) == []


def test_a_folder_the_readme_does_not_name_is_found(tmp_path: Path) -> None:
    _plant(tmp_path, {"extractor/__init__.py": "", "extractor/cli.py": "", "extractor/document/__init__.py": "",
                      "extractor/document/readers/__init__.py": "", "extractor/plumbing/__init__.py": "",
                      "extractor/document/readers/pdf/__init__.py": "", "patterns/units.yaml": "",
                      "patterns/lexicon.yaml": ""})
    section = "`__init__.py`, `cli.py`\n| `extractor/document/` | its `readers/` |\n| `units.yaml` | units |"
    assert unnamed_in_how_it_works(tmp_path / "extractor", section) == [
        "`extractor/document/readers/pdf/`", "`extractor/plumbing/`"]
    assert unnamed_pattern_files(tmp_path, section) == ["lexicon.yaml"]


def test_every_file_and_folder_how_it_works_names_is_in_the_tree() -> None:
    section = _how_it_works()
    assert "`extractor/diff/`" in section and "runtime/jsonio.py" in section  # what the check reads is there
    assert named_but_missing(ROOT, section) == []


def test_a_folder_the_readme_names_that_is_not_in_the_tree_is_found(tmp_path: Path) -> None:
    _plant(tmp_path, {"extractor/__init__.py": "", "extractor/runtime/__init__.py": "",
                      "extractor/runtime/jsonio.py": "", "extractor/diff/__init__.py": "",
                      "extractor/diff/checks/__init__.py": "", "patterns/units.yaml": ""})
    section = ("text ──report──▶ JSON   extractor/report.py, runtime/jsonio.py\n"
               "| `extractor/diff/` | the checks (`checks/`: `internal/`), `renderers/` |\n"
               "| `extractor/nlp/` | spaCy |\n"
               "| `units.yaml`, `numerals.yaml` | units |\n")
    assert named_but_missing(tmp_path, section) == [
        "extractor/report.py", "internal/", "renderers/", "extractor/nlp/", "numerals.yaml"]
