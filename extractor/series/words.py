"""The words the series files say in the language of the run (vocabulary.series and .datasette of
patterns/findings.yaml; extractor/runtime/language.py): notes, XLSX cell notes, the Datasette metadata.

Numbers, units, periods and catalogue labels are worded as the differ's messages word them
(extractor/diff/messages.py); where the differ cannot be imported the series are still written, with numbers,
unit codes, periods and labels as the JSON has them."""

from __future__ import annotations

from types import ModuleType
from typing import Any


def _messages() -> ModuleType | None:
    try:
        from extractor.diff import messages
    except ImportError:
        return None
    return messages


def vocabulary() -> dict[str, Any]:
    """The vocabulary of patterns/findings.yaml in the language of the run."""
    from extractor.dutch.patterns import load
    from extractor.runtime.language import current

    data = load("findings")
    return (data if current() == "nl" else data["english"])["vocabulary"]


def said(key: str, **values: object) -> str:
    """vocabulary.series.<key>, filled in; what it quotes of a report stands between quotation marks."""
    return vocabulary()["series"][key].format(**values)


def number(value: float | int | None) -> str:
    messages = _messages()
    return messages.number(value) if messages else str(value)


def unit(code: str | None) -> str:
    messages = _messages()
    return messages.unit(code) if messages else str(code or "")


def period(iso: str | None) -> str:
    """A period in words ("2017 tot en met 2023" / "2017 to 2023"), never in interval notation."""
    messages = _messages()
    return messages.period(iso) if messages else str(iso or "")


def label(record: dict[str, Any]) -> str:
    """A figure's label: a catalogued one in the run's language, the report's own words as written."""
    messages = _messages()
    return messages.record_label(record) if messages else str(record.get("label") or "")


def quoted(text: str) -> str:
    """The report's own text, marked as such the way every format marks it (vocabulary.quoted_raw: «…»)."""
    return vocabulary()["quoted_raw"].format(text=text)
