"""`python -m extractor.dutch.rule_schemas`: writes what the recognisers declare of their pattern files' entries
(extractor/dutch/rules.py) into schemas/patterns/*.schema.json. It imports every module of the folders that hold
rules (a finder of non-figures is imported by the registry only when it first runs) to see every declaration, so
it lives apart from the declarations themselves."""

from __future__ import annotations

import importlib
import json
import pkgutil
from typing import Any

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
    """Write the declared properties into schemas/patterns/*.schema.json; the names of the files changed. Only
    what the declarations change is written anew (`patched`): the rest of a file keeps its own layout."""
    declare_all()
    changed = []
    for pattern in sorted(DECLARED):
        path = schemas_dir() / "patterns" / f"{pattern}.schema.json"
        text = path.read_text(encoding="utf-8")
        before = json.loads(text)
        after = with_declarations(before, pattern)
        if after != before:
            path.write_text(patched(text, after), encoding="utf-8")
            changed.append(path.name)
    return changed


_WIDTH = 120  # a value written on one line when it fits on its line within this many characters


def patched(text: str, after: Any) -> str:
    """The JSON `text` made to hold `after`, in its own layout: the members of each object that are the same
    keep their text; a changed value is written anew in its place (an object of both recursively, member by
    member); a new member follows the object's last, indented as it is. What cannot be patched so (a member
    taken away, a top that is no object) is written whole, two spaces an indent."""
    start = _skip(text, 0)
    if not isinstance(after, dict) or text[start:start + 1] != "{":
        return json.dumps(after, indent=2, ensure_ascii=False) + "\n"
    made = _patch_value(text, start, after)
    if json.loads(made) != after:  # never write what does not read back as the declarations made it
        raise AssertionError("the patched schema does not read back as made")
    return made


_DECODER = json.JSONDecoder()


def _skip(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t\r\n":
        at += 1
    return at


def _patch_value(text: str, at: int, after: Any) -> str:
    """`text` with the value that starts at `at` made `after`."""
    before, end = _DECODER.raw_decode(text, at)
    if before == after:
        return text
    if isinstance(before, dict) and isinstance(after, dict) and before and set(before) <= set(after):
        return _patch_object(text, at, after)  # the same members and maybe more: patched member by member
    return text[:at] + _render(after, text, at, end) + text[end:]


def _patch_object(text: str, at: int, after: dict) -> str:
    """`text` with the object that starts at `at` made `after`, member by member, from the last to the first
    (each patch leaves the text before it where it was)."""
    members = _members(text, at)
    new = [name for name in after if name not in members]
    if new:
        last = max(end for _, _, end in members.values())  # the end of the last member's value
        named, start, end = max(members.values())  # the last member: where its name stands, its value
        column = _column(text, named)
        beside = "\n" not in text[start:end]
        added = "".join(f",\n{' ' * column}{json.dumps(name, ensure_ascii=False)}: "
                        f"{_render(after[name], text, None, None, column + len(json.dumps(name)) + 2, column, beside)}"
                        for name in new)
        text = text[:last] + added + text[last:]
    for name, (_, start, _) in sorted(members.items(), key=lambda item: -item[1][1]):
        text = _patch_value(text, start, after[name])
    return text


def _members(text: str, at: int) -> dict[str, tuple[int, int, int]]:
    """The members of the object at `at`: its name -> where the name starts, where its value starts and ends."""
    found: dict[str, tuple[int, int, int]] = {}
    at = _skip(text, at + 1)
    while text[at] != "}":
        named = at
        name, at = _DECODER.raw_decode(text, at)
        at = _skip(text, at)
        if text[at] != ":":
            raise ValueError(f"not JSON: no colon after {name!r} at character {at}")
        start = _skip(text, at + 1)
        _, end = _DECODER.raw_decode(text, start)
        found[name] = (named, start, end)
        at = _skip(text, end)
        if text[at] == ",":
            at = _skip(text, at + 1)
    return found


def _column(text: str, at: int) -> int:
    return at - (text.rfind("\n", 0, at) + 1)


def _render(value: Any, text: str, at: int | None, end: int | None, column: int | None = None,
            indent: int | None = None, one_line_beside: bool = False) -> str:
    """A value written where another stood (`at` to `end` of `text`) or is added (at `column`, its member
    indented by `indent`; `one_line_beside` when the member before it is written on one line): on one line where
    the old one was (or the one beside it is) and the new one fits; a list of strings or numbers wrapped as the
    old one was, where it opened on the line of its "["; else two spaces an indent under its member's indent."""
    if at is not None:
        column = _column(text, at)
        line_start = text.rfind("\n", 0, at) + 1
        indent = len(text[line_start:at]) - len(text[line_start:at].lstrip(" "))
        one_line_beside = "\n" not in text[at:end]
    one_line = json.dumps(value, ensure_ascii=False)
    if one_line_beside and column + len(one_line) + 1 <= _WIDTH:
        return one_line
    if at is not None and text[at] == "[" and text[at + 1] not in "\r\n" and isinstance(value, list) \
            and all(isinstance(item, (str, int, float)) for item in value):
        return _wrapped(value, column)
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + " " * (indent or 0))


def _wrapped(items: list, column: int) -> str:
    """A list of strings or numbers opened at `column`, its items filling each line to `_WIDTH`, the next lines
    under the first item."""
    lines, line = [], "["
    for k, item in enumerate(items):
        piece = json.dumps(item, ensure_ascii=False) + ("," if k + 1 < len(items) else "]")
        if line != "[" and column + len(line) + 1 + len(piece) > _WIDTH:
            lines.append(line)
            line = " " * (column + 1) + piece
            column = 0
        else:
            line += ("" if line == "[" else " ") + piece
    lines.append(line)
    return "\n".join(lines)


if __name__ == "__main__":
    print("\n".join(write_schemas()) or "the schemas agree with the declarations")
