"""Finding the reports a user names: files as given, folders walked for .pdf, .txt and .md."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from extractor.runtime.errors import InputError
from extractor.runtime.names import shown as shown_name
from extractor.recognise.metadata import organisation_key
from extractor.document.readers import REPORT_SUFFIXES


# Documents a folder may hold that extract cannot read: counted and named, never skipped without a word.
UNREADABLE_DOCUMENT_SUFFIXES = frozenset({".doc", ".docm", ".ott", ".rtf", ".pages", ".wpd",
                                          ".html", ".htm", ".epub", ".xls", ".xlsx", ".ods", ".ppt", ".pptx",
                                          ".odp"})
STDIN = Path("-")  # a text report on standard input


@dataclass
class Selection:
    files: list[Path] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)  # documents of a format extract cannot read
    not_files: list[tuple[Path, str]] = field(default_factory=list)  # a link to nothing, a FIFO...: and what it is


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
            entries = [p for p in path.rglob("*")
                       if not any(part.startswith(".") for part in p.relative_to(path).parts)]
            visible = [p for p in entries if p.is_file()]
            selection.not_files.extend((p, kind) for p in sorted(entries) if (kind := _not_a_file(p)))
            found = sorted(p for p in visible if p.suffix.lower() in REPORT_SUFFIXES)
            selection.skipped.extend(sorted(p for p in visible if p.suffix.lower() in UNREADABLE_DOCUMENT_SUFFIXES
                                            and not p.name.startswith("~$")))
            if not found:
                selection.errors.append(InputError(path, "input.folder_without_reports"))
            new = [p for p in found if os.path.realpath(p) not in seen]
        elif path.exists() or path.is_symlink():
            new = [path] if os.path.realpath(path) not in seen else []
        else:
            selection.errors.append(InputError(path, "input.missing"))
            continue
        seen.update(os.path.realpath(p) for p in new)
        selection.files.extend(new)
    return selection


def _not_a_file(path: Path) -> str | None:
    """What an entry of a folder is when it is neither a file nor a folder (None when it is one)."""
    import stat

    try:
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode):
            target = path.stat().st_mode  # follows the link
            mode = target
    except FileNotFoundError:
        return "link_to_nothing"
    except OSError:
        return "unreadable"
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return ("named_pipe" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode)
            else "device" if stat.S_ISBLK(mode) or stat.S_ISCHR(mode) else "not_regular")


def not_files_line(not_files: list[tuple[Path, str]]) -> str:
    """One line for the entries of the folders given that are neither files nor folders (each with its kind,
    a key of vocabulary.run: entry_<kind>), in the current language."""
    from extractor.diff.messages import counted, vocabulary
    from extractor.runtime.errors import UserError

    kinds = vocabulary()["run"]
    shown = ", ".join(f"{shown_name(path)} ({kinds['entry_' + kind]})" for path, kind in not_files[:10])
    more = {"more": len(not_files) - 10} if len(not_files) > 10 else {}
    return UserError(None, "warn.not_files_more" if more else "warn.not_files",
                     entries=counted("entry", len(not_files)), shown=shown, **more).line()


def display_path(path: Path) -> Path:
    """The path as the user will read it: relative to the working folder when it lies below it."""
    if path == STDIN:
        return path
    try:
        return Path(os.path.relpath(path.resolve(), Path.cwd())) if path.resolve().is_relative_to(Path.cwd()) \
            else path.resolve()
    except (OSError, ValueError):
        return path


# Names of the files a run writes beside the reports' JSON: no report's output may take one. The series
# files are named at the top of the output folder (series.json and the database's Datasette metadata,
# series.metadata.json; the others are not .json); every diff's name starts with DIFF_PREFIX, so no report's
# output name may start with it, at any depth.
SERIES_NAMES = frozenset({"series.json", "series.metadata.json"})
DIFF_PREFIX = "diff-"
RENAMED_PREFIX = "report-"  # put before a report's name that a series or diff file would take


def output_names(files: list[Path]) -> tuple[dict[Path, str], list[InputError]]:
    """Each report's output name, relative to the output folder: `<stem>.json` where that is the report's
    alone; else, for all the reports that share it, `<name>.json` ("a.pdf", "a.txt"), then the folders
    above the report as folders of the output ("a/jaarverslag-2024.json", "b/jaarverslag-2024.json"), as
    few as tell them apart. Names are compared as a case-insensitive file system would. A report whose name a
    series or diff file would take gets RENAMED_PREFIX before it ("series.txt": "report-series.json").
    Returns the names, and an error naming both inputs for any two that still share one (nothing of those
    two is written)."""
    levels = {path: 0 for path in files}
    names: dict[Path, str] = {}
    for _ in range(max((len(path.absolute().parts) for path in files), default=0) * 2 + 2):
        names = {path: _output_name(path, levels[path]) for path in files}
        if STDIN in names:
            names[STDIN] = "stdin.json"
        holders: dict[str, list[Path]] = {}
        for path, name in names.items():
            holders.setdefault(name.casefold(), []).append(path)
        clashing = [group for group in holders.values() if len(group) > 1]
        if not clashing:
            return names, []
        moved = False
        for group in clashing:
            level = max(levels[path] for path in group) + 1
            for path in group:
                if path != STDIN and level <= 2 * len(path.absolute().parts):
                    levels[path] = level
                    moved = True
        if not moved:
            break
    holders = {}
    for path in files:
        holders.setdefault(names[path].casefold(), []).append(path)
    errors = [InputError(group[0], "input.output_clash", name=_output_name(group[0], 1), other=group[1])
              for group in holders.values() if len(group) > 1]
    for group in holders.values():
        if len(group) > 1:
            for path in group:
                del names[path]
    return names, errors


def _output_name(path: Path, level: int) -> str:
    """Level 0: the stem; 1: the whole name; 2 and 3: the same below the folder the report is in; and so on."""
    if path == STDIN:
        return "stdin.json"
    base = path.stem if level % 2 == 0 else path.name
    if base.casefold().startswith(DIFF_PREFIX) or (level < 2 and f"{base}.json".casefold() in SERIES_NAMES):
        base = RENAMED_PREFIX + base
    folders = path.absolute().parent.parts[1:]  # not the root
    depth = level // 2
    above = list(folders[len(folders) - depth:]) if depth else []
    above = [RENAMED_PREFIX + part if part.casefold().startswith(DIFF_PREFIX) else part for part in above]
    return "/".join([*above, f"{base}.json"])


def diff_name(old_output: str, new_output: str) -> str:
    """The diff's file name, relative to the output folder, of two reports' output names (see output_names):
    beside them when they are in one folder ("a/diff-x-2021--x-2024.json"), else at the top, their folders
    written into the name."""
    old, new = PurePosixPath(old_output), PurePosixPath(new_output)
    if old.parent == new.parent:
        return (old.parent / f"{DIFF_PREFIX}{old.stem}--{new.stem}.json").as_posix()
    flat = [path.with_suffix("").as_posix().replace("/", "-") for path in (old, new)]
    return f"{DIFF_PREFIX}{flat[0]}--{flat[1]}.json"


YEARLY_KINDS = ("report", "accounts")


def chained(items: list, kind, figures) -> list:
    """The items of ONE organisation that make its chain of years: its reports and accounts, and documents of
    no recognised kind that hold figures. Statutes, minutes and documents without a single figure (a README, a
    cover letter) kept beside the reports are no year of the chain: dated by their text to a report's year,
    they would stand in its place and break the chain there. An organisation with none of those is chained
    as it is (minutes of several years). `kind` and `figures` read an item (its kind, its number of figures)."""
    yearly = [item for item in items
              if kind(item) in YEARLY_KINDS or (kind(item) in (None, "other") and figures(item))]
    return yearly or items


def consecutive(items: list, organisation, fiscal_year, name, folder=None, kind=None, figures=None) -> list[tuple]:
    """Pairs of consecutive fiscal years, within each organisation: a corpus of several cooperatives is
    compared cooperative by cooperative ("Windkracht Kempen" and "WINDKRACHT KEMPEN CV" are one), never one
    with another. Items without a fiscal year are left out, and so are items whose organisation is not known
    (`not_compared` lists them): unrelated documents in one folder (a policy plan, an audit, statutes) are
    never chained into diffs by their years. `organisation`, `fiscal_year` and `name` read an item; `name`
    breaks ties deterministically. `folder` is read no more (kept for the callers). With `kind` and `figures`,
    only the items `chained` keeps are paired."""
    groups: dict[tuple[str, str], list] = {}
    for item in items:
        key = organisation_key(organisation(item))
        if fiscal_year(item) is not None and key:
            groups.setdefault((key, ""), []).append(item)
    pairs: list[tuple] = []
    for key in sorted(groups):
        members = groups[key] if kind is None or figures is None else chained(groups[key], kind, figures)
        dated = sorted(members, key=lambda item: (fiscal_year(item), str(name(item))))
        # two reports of the same year (a draft beside the final one) are not consecutive years
        pairs.extend((a, b) for a, b in zip(dated, dated[1:]) if fiscal_year(a) != fiscal_year(b))
    return pairs


def not_compared(items: list, organisation) -> list:
    """The items `consecutive` leaves out for want of a known organisation, when there are two or more items
    (one report alone is compared with nothing anyway)."""
    return [item for item in items if not organisation_key(organisation(item))] if len(items) > 1 else []


def report_inputs(paths: list[Path], given_to: str) -> list[Path]:
    """The reports a command is given: files as named; a folder gives the JSON outputs of `extract` it holds
    (not the diffs and series beside them), else its report files. `given_to` names the option or command
    for the remedy of a path that does not exist. A JSON file in a folder of outputs that cannot be read
    (truncated, not UTF-8, unreadable) is an error that names it: left out, it would change the series or
    the findings without a word."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            outputs, damaged = [], []
            for candidate in sorted(p for p in path.rglob("*.json")
                                    if not any(part.startswith(".") for part in p.relative_to(path).parts)):
                kind = _json_kind(candidate)
                if kind == "report":
                    outputs.append(candidate)
                elif kind is not None:
                    damaged.append((candidate, kind))
            selection = collect([path]) if not outputs else None
            if damaged and (outputs or selection.errors):
                (first, reason), more = damaged[0], len(damaged) - 1
                if more:
                    raise InputError(first, "input.bad_jsons", cause=reason, more=more, folder=path)
                raise InputError(first, "input.bad_json", cause=reason)
            if outputs:
                files.extend(outputs)
                continue
            if selection.errors:
                raise InputError(path, "input.folder_without_outputs")
            files.extend(selection.files)
        elif path.exists():
            files.append(path)
        else:
            raise InputError(path, "input.missing_given", given_to=given_to)
    return files


def _json_kind(path: Path) -> str | None:
    """"report" for a JSON output of `extract` for one report; None for any other JSON (a diff, a series
    file); else why it cannot be read."""
    from extractor.runtime.jsonio import loads_given

    try:
        data = loads_given(path.read_bytes().decode("utf-8"))
    except OSError as error:
        return error.strerror or str(error)
    except UnicodeDecodeError:
        return "not UTF-8"
    except ValueError as error:  # JSONDecodeError, UnreadableJson
        return str(error)
    return "report" if isinstance(data, dict) and "document" in data and "indicators" in data else None
