"""Finding the reports a user names: files as given, folders walked for .pdf, .txt and .md."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from extractor.runtime.errors import InputError
from extractor.recognise.metadata import organisation_key
from extractor.document.readers import REPORT_SUFFIXES


# Documents a folder may hold that extract cannot read: counted and named, never skipped without a word.
UNREADABLE_DOCUMENT_SUFFIXES = frozenset({".doc", ".docx", ".docm", ".odt", ".ott", ".rtf", ".pages", ".wpd",
                                          ".html", ".htm", ".epub", ".xls", ".xlsx", ".ods", ".ppt", ".pptx",
                                          ".odp"})
STDIN = Path("-")  # a text report on standard input


@dataclass
class Selection:
    files: list[Path] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)  # documents of a format extract cannot read


def collect(paths: list[Path]) -> Selection:
    selection = Selection()
    seen: set[str] = set()  # the files' real paths, as text (a corpus may hold thousands)
    for path in paths:
        if path == STDIN:
            if "-" not in seen:
                seen.add("-")
                selection.files.append(STDIN)
            continue
        if path.is_dir():
            visible = [p for p in path.rglob("*") if p.is_file()
                       and not any(part.startswith(".") for part in p.relative_to(path).parts)]
            found = sorted(p for p in visible if p.suffix.lower() in REPORT_SUFFIXES)
            selection.skipped.extend(sorted(p for p in visible if p.suffix.lower() in UNREADABLE_DOCUMENT_SUFFIXES
                                            and not p.name.startswith("~$")))
            if not found:
                selection.errors.append(InputError(path, "no reports in this folder",
                                                   "put .pdf, .txt or .md reports in it or name the files"))
            new = [p for p in found if os.path.realpath(p) not in seen]
        elif path.exists() or path.is_symlink():
            new = [path] if os.path.realpath(path) not in seen else []
        else:
            selection.errors.append(InputError(path, "no such file or folder", "check the path"))
            continue
        seen.update(os.path.realpath(p) for p in new)
        selection.files.extend(new)
    return selection


def display_path(path: Path) -> Path:
    """The path as the user will read it: relative to the working folder when it lies below it."""
    if path == STDIN:
        return path
    try:
        return Path(os.path.relpath(path.resolve(), Path.cwd())) if path.resolve().is_relative_to(Path.cwd()) \
            else path.resolve()
    except (OSError, ValueError):
        return path


def output_names(files: list[Path]) -> dict[Path, str]:
    """<stem>.json per report; reports sharing a stem ("a.pdf", "a.txt") keep their suffix in the name."""
    stems: dict[str, int] = {}
    for path in files:
        stems[path.stem] = stems.get(path.stem, 0) + 1
    names = {path: (f"{path.stem}.json" if stems[path.stem] == 1 else f"{path.name}.json") for path in files}
    if STDIN in names:
        names[STDIN] = "stdin.json"
    return names


def consecutive(items: list, organisation, fiscal_year, name) -> list[tuple]:
    """Pairs of consecutive fiscal years, within each organisation: a corpus of several cooperatives is
    compared cooperative by cooperative ("Windkracht Kempen" and "WINDKRACHT KEMPEN CV" are one), never one
    with another. Items without a fiscal year are left out. `organisation`,
    `fiscal_year` and `name` read an item; `name` breaks ties deterministically."""
    groups: dict[str, list] = {}
    for item in items:
        if fiscal_year(item) is not None:
            groups.setdefault(organisation_key(organisation(item)), []).append(item)
    pairs: list[tuple] = []
    for key in sorted(groups):
        dated = sorted(groups[key], key=lambda item: (fiscal_year(item), str(name(item))))
        # two reports of the same year (a draft beside the final one) are not consecutive years
        pairs.extend((a, b) for a, b in zip(dated, dated[1:]) if fiscal_year(a) != fiscal_year(b))
    return pairs


def report_inputs(paths: list[Path], given_to: str) -> list[Path]:
    """The reports a command is given: files as named; a folder gives the JSON outputs of `extract` it holds
    (not the diffs and series beside them), else its report files. `given_to` names the option or command
    for the remedy of a path that does not exist."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            outputs = sorted(p for p in path.rglob("*.json")
                             if not any(part.startswith(".") for part in p.relative_to(path).parts)
                             and _is_report_json(p))
            if outputs:
                files.extend(outputs)
                continue
            selection = collect([path])
            if selection.errors:
                raise InputError(path, "no reports or report JSON outputs in this folder",
                                 "name a folder of .pdf, .txt or .md reports, or the outputs/ of `extract`")
            files.extend(selection.files)
        elif path.exists():
            files.append(path)
        else:
            raise InputError(path, "no such file or folder", f"check the path given to {given_to}")
    return files


def _is_report_json(path: Path) -> bool:
    """A JSON output of `extract` for one report (not a diff, not a series file)."""
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(data, dict) and "document" in data and "indicators" in data
