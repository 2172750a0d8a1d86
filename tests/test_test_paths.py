"""Tests read only the repository and its `../shared`, found from `Path(__file__)`: no test names a path from the
root of one machine's disk (the development reports, say, at an absolute path on the machine where they were
written). Every string literal of tests/ that starts at the root is checked; the few the tests need name no file of
ours and are listed here with their reason."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from conftest import ROOT

ALLOWED = {
    "/proc": "the kernel's table of processes: the orphans a killed run would leave (tests/test_edges_processes.py)",
    "/proc/self/stat": "whether that table is there at all",
    "/dev/full": "a device that is always full: the disk-full error of standard output",
    "/data": "a name only, never read: the output names of reports given as paths (tests/test_edges_names.py)",
    "/srv/reports/coop-0123-bijzonder-verslag-2024.txt": "a name only, never read: the size of what a run keeps of a "
                                                         "report (tests/test_rerun_memory.py)",
    "/usr/share/fonts/truetype/dejavu": "a system font for the scripts that draw the PDF fixtures, not a test",
}
_ROOTED = re.compile(r"^(?:/[A-Za-z]|~/)")  # from the root of the disk, or from the home folder


def rooted_paths(source: str) -> list[tuple[int, str]]:
    """(line, text) of every string literal of `source` that names a path from the disk's root or the home folder,
    except those of ALLOWED."""
    tree = ast.parse(source)
    # the pieces of an f-string go on from what is put before them (f"{work}/profile"): no path from the root
    pieces = {id(value) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for value in node.values}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in pieces:
            text = node.value.strip()
            if _ROOTED.match(text) and text not in ALLOWED:
                found.append((node.lineno, text))
    return sorted(found)


def test_no_test_names_a_path_from_the_root_of_the_disk() -> None:
    found = {str(path.relative_to(ROOT)): rooted_paths(path.read_text(encoding="utf-8"))
             for path in sorted((ROOT / "tests").rglob("*.py"))
             if path.name != Path(__file__).name}  # this file plants such paths in a copy of another
    assert {name: paths for name, paths in found.items() if paths} == {}


def test_a_test_that_reads_the_development_reports_from_one_machine_is_found() -> None:
    source = (ROOT / "tests" / "test_diff_dev_alignment.py").read_text(encoding="utf-8")
    assert rooted_paths(source) == []
    planted = source + '\nDEV = Path("/work/shared/dev-reports")\nOTHER = Path("~/reports")\n'
    lines = source.count("\n")
    assert rooted_paths(planted) == [(lines + 2, "/work/shared/dev-reports"), (lines + 3, "~/reports")]
