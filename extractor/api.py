"""The Python API: what the `extract` commands are built on, for notebooks and scripts.

    import extractor
    report = extractor.read("corpus/smartcoop-bijzonder-verslag-2024.txt")   # -> Report
    findings = extractor.compare("outputs/a-2021.json", report)             # -> Findings
    rows = extractor.series(["corpus/"])                                    # -> list[dict], one per figure
    pandas.DataFrame(rows)

Importing this module is cheap: spaCy, the readers and the differ load when a function first needs them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from extractor.diff.findings import Findings

PathLike = Union[str, "os.PathLike[str]"]


def _keep_the_api_names() -> None:
    """`extractor.series` is this module's function, though a subpackage of that name exists: importing the
    subpackage (`from extractor.series import build`, which the work below does) makes Python set the
    package's attribute to the subpackage, so each API function sets it back. The subpackage stays importable
    by name (sys.modules)."""
    import sys

    package = sys.modules.get("extractor")
    if package is not None and getattr(package, "series", None) is not series:
        package.series = series  # type: ignore[attr-defined]


class Report:
    """One report as `extract` writes it (the report JSON contract, schemas/report.schema.json), with the parts
    most often wanted as attributes. `data` is the whole dict. (A plain class, not a dataclass: importing
    dataclasses would cost `extract --help` 30 ms.)"""

    __slots__ = ("data",)

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Report) and other.data == self.data

    __hash__ = None  # type: ignore[assignment]  # a dict inside: not hashable

    @property
    def document(self) -> dict[str, Any]:
        return self.data["document"]

    @property
    def path(self) -> str:
        return self.document["path"]

    @property
    def fiscal_year(self) -> int | None:
        return self.document["fiscal_year"]

    @property
    def organisation(self) -> str | None:
        return self.document["organisation"]

    @property
    def figures(self) -> list[dict[str, Any]]:
        """Every figure (the report JSON's `indicators`): id, label, value, unit, qualifier, raw, period,
        rule, location, sentence."""
        return self.data["indicators"]

    @property
    def statute_references(self) -> list[dict[str, Any]]:
        return self.data["statute_references"]

    @property
    def legal_references(self) -> list[dict[str, Any]]:
        return self.data["legal_references"]

    @property
    def meetings(self) -> list[dict[str, Any]]:
        return self.data["meetings"]

    @property
    def warnings(self) -> list[dict[str, Any]]:
        return self.data["warnings"]

    def figure_records(self) -> list[dict[str, Any]]:
        """One flat dict per figure (location spread into page, line, column): `pandas.DataFrame` takes it."""
        return [{"id": f["id"], "label": f["label"], "value": f["value"], "unit": f["unit"],
                 "qualifier": f["qualifier"], "raw": f["raw"], "period": f["period"], "rule": f["rule"],
                 "page": (f.get("location") or {}).get("page"), "line": (f.get("location") or {}).get("line"),
                 "column": (f.get("location") or {}).get("column"), "sentence": f.get("sentence")}
                for f in self.figures]

    def to_json(self) -> dict[str, Any]:
        return self.data

    def __repr__(self) -> str:
        return (f"Report({self.path!r}, fiscal_year={self.fiscal_year}, organisation={self.organisation!r}, "
                f"{len(self.figures)} figures)")


def read(path: PathLike, *, fiscal_year: int | None = None) -> Report:
    """The report of a report file (PDF, .txt, .md: extracted now, or taken from the cache `extract` fills)
    or of its JSON output (validated). `fiscal_year` says what the text does not. An unreadable file raises
    extractor.runtime.errors.InputError, whose `line()` names the file, the reason and the remedy."""
    try:
        return Report(load_report(Path(path), fiscal_year))
    finally:
        _keep_the_api_names()


def _report(item: Report | dict[str, Any] | PathLike) -> dict[str, Any]:
    if isinstance(item, Report):
        return item.data
    if isinstance(item, dict):
        return item
    return read(item).data


def compare(old: Report | dict[str, Any] | PathLike, new: Report | dict[str, Any] | PathLike, *,
            lang: str | None = None) -> Findings:
    """The changes from `old` to `new` and the findings on each alone and on `new` against `old` (as
    `extract diff`): a Findings with `.findings` (rule, severity, message, evidence, fingerprint),
    `.changes` and `.to_json()` (the findings JSON). `lang` "nl" or "en" words the messages and notes, as
    --lang does; left out, the locale's language, Dutch when it is unknown (as the commands)."""
    from extractor import diff
    from extractor.runtime.language import using

    try:
        loaded = _report(old), _report(new)
        with using(lang):
            return diff.diff_reports(*loaded)
    finally:
        _keep_the_api_names()


def check(draft: Report | dict[str, Any] | PathLike,
          earlier: Iterable[Report | dict[str, Any] | PathLike], *, lang: str | None = None) -> Findings:
    """The findings on `draft` alone and against every earlier report of its organisation (as `extract check`);
    `lang` as for `compare`."""
    from extractor import diff
    from extractor.runtime.language import using

    try:
        loaded = _report(draft), [_report(item) for item in earlier]
        with using(lang):
            return diff.check_draft(*loaded)
    finally:
        _keep_the_api_names()


def reports(paths: Sequence[PathLike] | PathLike) -> list[Report]:
    """The reports of files or folders (a folder: the JSON outputs of `extract` it holds, else its reports)."""
    from extractor.runtime.inputs import report_inputs

    given = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    return [read(path) for path in report_inputs([Path(p) for p in given], "extractor.reports")]


def series(paths: Sequence[PathLike] | PathLike | Iterable[Report], *,
           lang: str | None = None) -> list[dict[str, Any]]:
    """The long series table of the reports at `paths` (or of Report objects): one dict per figure a report
    states, with the columns of `series-long.csv` (id, label, unit, fiscal_year, value, value_max, qualifier, raw,
    organisation, enterprise_number, document, page, line, column, period, series, catalogued, match, rule,
    approximate, flags);
    numbers stay numbers, so `pandas.DataFrame(extractor.series(...))` needs no conversion. `lang` words the
    catalogued labels ("nl" or "en"; left out, the locale's language, Dutch when it is unknown)."""
    from extractor.runtime.language import using
    from extractor.series import build
    from extractor.series.csv_out import LONG_COLUMNS, _long as long_values

    if isinstance(paths, (str, os.PathLike)):
        loaded = reports(paths)
    else:
        items = list(paths)
        loaded = [item if isinstance(item, Report) else None for item in items]
        if any(item is None for item in loaded):
            loaded = reports(items)  # type: ignore[arg-type]
    from extractor.commands.link_step import link_loaded

    _keep_the_api_names()
    with using(lang):
        table = build(link_loaded([report.data for report in loaded]))  # type: ignore[union-attr]
        return [dict(zip(LONG_COLUMNS, long_values(row))) for row in table.rows]


# A report from a file, as the commands and `read` get one.

_EXTRACTED: dict[tuple, dict] = {}
_EXTRACTED_KEPT = 4


def _extracted(path: Path, fiscal_year: int | None) -> dict:
    """The report of a report file, extracted once per process for one file as it is now (`check` of a
    draft against its own folder names the draft twice); each caller gets a copy of its own."""
    from copy import deepcopy

    from extractor.runtime.inputs import display_path

    shown = display_path(path)
    try:
        stat = path.stat()
        key = (str(shown), str(path.resolve()), stat.st_ino, stat.st_mtime_ns, stat.st_size, fiscal_year)
    except OSError:
        from extractor.pipeline import extract_file

        return extract_file(shown, fiscal_year)  # the reader says what is wrong with it
    if key not in _EXTRACTED:
        while len(_EXTRACTED) >= _EXTRACTED_KEPT:  # a long-lived process keeps only the last few
            del _EXTRACTED[next(iter(_EXTRACTED))]
        _EXTRACTED[key] = _from_result_cache(path, shown, fiscal_year)
    return deepcopy(_EXTRACTED[key])


def _from_result_cache(path: Path, shown: Path, fiscal_year: int | None) -> dict:
    """The report from the result cache `extract` fills (same key: the file's bytes, its name, the year, the
    code), else extracted now and put there; without a cache folder, extracted."""
    import hashlib
    import json

    from extractor.document.readers import pdf_engine
    from extractor.runtime import cache
    from extractor.runtime.parallel import report_text

    root = cache.startup_root()
    try:
        data = path.read_bytes()
    except OSError:
        root = None
    if root is None:
        from extractor.pipeline import extract_file

        return extract_file(shown, fiscal_year)
    store = cache.Cache(root, "reports")
    digest = hashlib.sha256(data).hexdigest()
    entry = cache.key("report", digest, shown.as_posix(), None if fiscal_year is None else str(fiscal_year), None,
                      cache.code_fingerprint(), *pdf_engine.cache_parts(shown))
    text = store.get(entry)
    if text is None:
        text = report_text(shown, fiscal_year, None)
        if f'"sha256": "{digest}"' in text:  # the report is of the bytes the key was made from
            store.put(entry, text)
    return json.loads(text)


def load_report(path: Path, fiscal_year: int | None = None) -> dict:
    """A report dict from a report file (extracted now) or from its JSON output (validated). `fiscal_year`
    is the year the user gives: it says what the text does not."""
    from extractor.runtime.errors import InputError
    from extractor.runtime.jsonio import SchemaViolation, loads_given, validate

    if path.suffix.lower() != ".json":
        return _extracted(path, fiscal_year)
    try:
        data = loads_given(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, "file.missing") from None
    except (OSError, ValueError) as error:  # UnicodeDecodeError, JSONDecodeError, UnreadableJson
        raise InputError(path, "json.unreadable", cause=error) from None
    try:
        validate(data, "report")
    except SchemaViolation as error:
        raise InputError(path, "json.not_report", cause=error) from None
    if fiscal_year is not None and data["document"]["fiscal_year"] is None:
        data["document"]["fiscal_year"] = fiscal_year
    elif fiscal_year is not None and data["document"]["fiscal_year"] != fiscal_year:
        raise InputError(path, "json.other_year", year=data["document"]["fiscal_year"], given=fiscal_year)
    return data
