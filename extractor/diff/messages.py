"""The wording of findings: templates and vocabulary from patterns/findings.yaml, numbers formatted the way
the language writes them. Dutch (`nl`, the default) or English (`en`: the file's `english` part, the same keys).

No Dutch or English word lives here: every message, unit name, month and heading comes from the pattern file.
`use_language` sets the language of everything rendered after it in this process (the commands set it from
--lang, else from the locale: extractor/runtime/language.py).
"""

from __future__ import annotations

import json
import string
from functools import cache
from pathlib import Path
from typing import Any

from extractor.dutch.formatting import format_nl
from extractor.runtime.errors import PatternError

PATTERN = "findings"


class MessageError(Exception):
    """A message template that cannot be rendered with the values a rule gives: a bug, named by rule."""


def _repo_file(*parts: str) -> Path:
    return Path(__file__).resolve().parents[2].joinpath(*parts)


def _load_directly() -> dict[str, Any]:
    """Read and validate patterns/findings.yaml without the shared loader (used when it is unavailable)."""
    import yaml
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    path = _repo_file("patterns", f"{PATTERN}.yaml")
    schema_path = _repo_file("schemas", "patterns", f"{PATTERN}.schema.json")
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    errors = list(Draft202012Validator(schema).iter_errors(data))
    if errors:
        error = best_match(errors)
        raise PatternError(f"{path}: at {error.json_path}: {error.message}")
    return data


@cache
def patterns() -> dict[str, Any]:
    try:
        from extractor.dutch.patterns import load
    except ImportError:  # the differ used on its own, without the extractor's loader
        return _load_directly()
    return load(PATTERN)


from extractor.runtime.language import LANGUAGES, current as language  # noqa: E402,F401
from extractor.runtime.language import set_current as use_language  # noqa: E402,F401
# use_language(code): render findings, labels and numbers in `code` ("nl" or "en") from now on, in this process


def _words() -> dict[str, Any]:
    """The part of the pattern file for the current language: the file itself for Dutch, `english` else."""
    data = patterns()
    return data if language() == "nl" else data["english"]


def vocabulary() -> dict[str, Any]:
    return _words()["vocabulary"]


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def render_template(template: str, values: dict[str, Any], rule: str = "?") -> str:
    missing = sorted(placeholders(template) - set(values))
    if missing:
        raise MessageError(f"message of rule {rule}: no value for {', '.join(missing)}")
    return template.format(**values)


# A message's placeholders that hold the report's own text (a figure as written, its words, an article's title):
# marked as quoted report text («…», vocabulary.quoted_raw) wherever the message is shown, so that under --lang en
# a Dutch phrase of the report is told apart from an untranslated word. A label is the catalogue's name of a
# quantity (‘…’, vocabulary.quoted_label, in the run's language) or, for an uncatalogued figure, the report's
# words (marked as report text); a unit is the language's word for it or the report's noun (marked).
REPORT_TEXT_VALUES = frozenset({"raw", "old_raw", "new_raw", "old_words", "new_words", "title"})
LABEL_VALUES = frozenset({"label", "cumulative_label", "yearly_label"})
UNIT_VALUES = frozenset({"old_unit", "new_unit"})


def _marked(name: str, value: Any) -> Any:
    if not isinstance(value, str) or not value:
        return value
    if name in REPORT_TEXT_VALUES:
        return quoted(value)
    if name in LABEL_VALUES:
        return named(value)
    if name in UNIT_VALUES and value not in vocabulary()["units"].values():
        return quoted(value)
    return value


def message(rule: str, **values: Any) -> str:
    """A finding's message in the run's language, the report's own text in it marked (REPORT_TEXT_VALUES)."""
    templates = _words()["messages"]
    if rule not in templates:
        raise MessageError(f"rule {rule} has no message in patterns/{PATTERN}.yaml")
    return render_template(templates[rule], {name: _marked(name, value) for name, value in values.items()}, rule)


def label(key: str) -> str:
    """A fixed word of the renderers (headings, severities): vocabulary.labels.<key>."""
    return vocabulary()["labels"][key]


@cache
def _catalogue_labels() -> dict[str, tuple[str, str]]:
    """id -> (label, label_en) of the catalogued indicators (patterns/indicators.yaml); empty when the differ is
    used without the extractor's loader."""
    try:
        from extractor.figures.entries import indicators
    except ImportError:
        return {}
    return {item.id: (item.label, item.label_en) for item in indicators().indicators}


def indicator_label(indicator_id: str, label: str) -> str:
    """The label to show for an indicator: in English, a catalogued indicator's English label (label_en) where
    the record carries the catalogue's own label; a label taken from the report's text stays as written, but for
    the aspects the tool adds to it, in the run's language ("actiepistes (aandeel)" -> "actiepistes (share)")."""
    if language() == "nl":
        return label
    catalogued = _catalogue_labels().get(indicator_id)
    if catalogued is not None and catalogued[0] == label:
        return catalogued[1]
    words, qualifiers, aspects = _aspects_of(indicator_id, label)
    return _with_aspects(words, qualifiers, aspects) if aspects else label


def shown_label(indicator_id: str, label: str) -> str:
    """An indicator's label as a table row shows it: the catalogue's in the run's language, or the report's own
    words marked as report text («…»: an uncatalogued figure's label is quoted from the report), the aspects the
    tool adds to them in the run's language ("«actiepistes» (share)")."""
    if indicator_id in _catalogue_labels() or not _catalogue_labels():
        return indicator_label(indicator_id, label)
    words, qualifiers, aspects = _aspects_of(indicator_id, label)
    if language() == "nl" or not aspects:
        return quoted(label)
    return _with_aspects(quoted(words), [quoted(word) for word in qualifiers], aspects)


def _aspects_of(indicator_id: str, label: str) -> tuple[str, list[str], list[str]]:
    """An uncatalogued figure's label split into the report's noun, the report's qualifiers and the aspects the
    tool adds last between its brackets, as many as end both the id and the label (patterns/lexicon.yaml:
    aspects.names end the id, aspects.labels the label): ("other.klant.vast.verandering", "klanten (vast,
    verandering)") -> ("klanten", ["vast"], ["change"]); no aspects where the label does not end in their words."""
    from extractor.dutch.patterns import load

    aspects = load("lexicon")["aspects"]
    by_name = {name: aspect for aspect, name in aspects["names"].items()}
    ordered: list[str] = []
    for part in reversed(indicator_id.split(".")[1:]):
        if part not in by_name:
            break
        ordered.insert(0, by_name[part])
    head, _, inside = label[:-1].rpartition(" (") if label.endswith(")") else ("", "", "")
    parts = inside.split(", ")
    for n in range(min(len(ordered), len(parts)), 0, -1):
        if head and parts[len(parts) - n:] == [aspects["labels"][a] for a in ordered[len(ordered) - n:]]:
            return head, parts[:len(parts) - n], ordered[len(ordered) - n:]
    return label, [], []


def _with_aspects(words: str, qualifiers: list[str], aspects: list[str]) -> str:
    """The report's words of a label with the aspects the tool adds, in the run's language (vocabulary.aspects)."""
    return f"{words} ({', '.join(qualifiers + [vocabulary()['aspects'][a] for a in aspects])})"


def quoted(text: str) -> str:
    """A figure's text as the report writes it, marked as such: «18.894 personen». Every format marks the
    report's own text so (HTML: <q lang="nl">, extractor/diff/renderers/html.py)."""
    return vocabulary()["quoted_raw"].format(text=text)


def named(label: str) -> str:
    """A quantity's label inside a sentence: a label of the catalogue between ‘…’, in the run's language (in
    English, a catalogue label given in Dutch is the catalogue's English one); any other (the report's own
    words of an uncatalogued figure) marked as report text («…»)."""
    catalogue = _catalogue_labels()
    if not catalogue:
        return vocabulary()["quoted_label"].format(text=label)
    if language() != "nl":
        label = _english_labels().get(label, label)
    ours = 0 if language() == "nl" else 1
    if any(label == pair[ours] for pair in catalogue.values()):
        return vocabulary()["quoted_label"].format(text=label)
    return quoted(label)


@cache
def _english_labels() -> dict[str, str]:
    """Dutch catalogue label -> its English one, where every indicator of that label has the same English one."""
    found: dict[str, set[str]] = {}
    for dutch, english in _catalogue_labels().values():
        found.setdefault(dutch, set()).add(english)
    return {dutch: next(iter(english)) for dutch, english in found.items() if len(english) == 1}


def unit_named(code: str | None) -> str:
    """A unit inside a sentence: the language's word for it, or the report's own noun marked as report text."""
    word = unit(code)
    return word if code is None or code in vocabulary()["units"] else quoted(word)


def record_label(record: dict[str, Any]) -> str:
    """The label of a figure record (report JSON) as shown: `indicator_label` of its id and label."""
    return indicator_label(str(record.get("id", "")), str(record.get("label") or ""))


def error_words(key: str, values: dict[str, Any]) -> tuple[str, str]:
    """The reason and the remedy of a user's error line (vocabulary.errors.<key>), filled with `values`."""
    reason, remedy = vocabulary()["errors"][key]
    return render_template(reason, values, key), render_template(remedy, values, key)


def usage_message(message: str) -> str:
    """argparse's own (English) message of a usage error in the current language: vocabulary.usage holds its
    messages, %s where argparse fills in a value, and ours, {0}, {1} there; a message it does not hold stays."""
    import re

    for known, ours in vocabulary()["usage"].items():
        pattern = "^" + re.escape(known).replace("%s", "(.+?)") + "$"
        found = re.match(pattern, message, re.S)
        if found:
            return ours.format(*(usage_message(part) for part in found.groups()))
    return message


def counted(key: str, n: int) -> str:
    """A count with its noun, singular or plural: vocabulary.counted.<key>."""
    one, many = vocabulary()["counted"][key]
    return (one if n == 1 else many).format(n=n)


# ---- Dutch formatting of values --------------------------------------------------------------------------

def number(value: float | int | None, decimals: int | None = None) -> str:
    """18894 -> "18.894", 159.5 -> "159,5", 1979.4 with decimals=1 -> "1.979,4"; without `decimals`, at most
    two (in English "18,894", "159.5": the separators are vocabulary.number; dutch/formatting.py writes it)."""
    if value is None:
        return "?"
    if decimals is None:
        decimals = len(f"{float(value):.2f}".rstrip("0").split(".")[1])
    separators = vocabulary()["number"]
    return format_nl(value, decimals, thousands=separators["thousands"], decimal=separators["decimal"])


def figure(value: float | int, qualifier: str = "exact", value_max: float | int | None = None) -> str:
    """A figure with its qualifier marked, the language's way (vocabulary.qualifier_marks and .number): "18.894",
    "ca. 3.000.000", "1 – 5,98" in Dutch; "18,894", "approx. 3,000,000", "1 – 5.98" in English."""
    if qualifier == "range" and value_max is not None:
        return f"{number(value)} – {number(value_max)}"
    return vocabulary()["qualifier_marks"].get(qualifier, "") + number(value)


def percent(value: float, decimals: int = 2, signed: bool = True) -> str:
    sign = "+" if signed and value > 0 else ""
    return sign + vocabulary()["number"]["percent"].format(n=number(value, decimals))


def unit(code: str | None) -> str:
    if code is None:
        return vocabulary()["units"]["none"]
    return vocabulary()["units"].get(code, code)


def quantity(value: float | int, unit_code: str | None) -> str:
    if unit_code == "%":
        return vocabulary()["number"]["percent"].format(n=number(value))
    if unit_code is None:
        return number(value)
    return f"{number(value)} {unit(unit_code)}"


def period(iso: str | None, split: bool = False) -> str:
    """A figure's period (report JSON `period`) in words: "2017/2023" -> "de jaren 2017 tot en met 2023",
    "../2024" -> "de periode tot en met 2024", "2023-05" -> "mei 2023"; never ISO interval notation. In a report
    whose fiscal years run across two calendar years (`split`), "2021/2022" is "het boekjaar 2021-2022"."""
    if not iso:
        return vocabulary()["no_date"]
    start, slash, end = iso.partition("/")
    if not slash:
        return date(iso, None)
    words = vocabulary()["periods"]
    if split and len(start) == len(end) == 4 and start.isdigit() and end.isdigit() and int(end) == int(start) + 1:
        return words["fiscal_year"].format(start=start, end=end)
    start_words = None if start in ("", "..") else date(start, None)
    end_words = None if end in ("", "..") else date(end, None)
    if start_words and end_words:
        return words["from_to"].format(start=start_words, end=end_words)
    if end_words:
        return words["until"].format(end=end_words)
    return words["from"].format(start=start_words)


def date(iso: str | None, precision: str | None) -> str:
    """An ISO date in words at its precision: day, month name (vocabulary.months) and year."""
    if not iso:
        return vocabulary()["no_date"]
    parts = iso.split("-")
    months = vocabulary()["months"]
    if len(parts) >= 3 and precision in (None, "day"):
        return f"{int(parts[2])} {months[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) >= 2 and precision in (None, "day", "month"):
        return f"{months[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def articles(numbers: list[str]) -> str:
    """Statute article numbers in words: vocabulary.article for one, .articles for several, .no_article."""
    voc = vocabulary()
    if not numbers:
        return voc["no_article"]
    if len(numbers) == 1:
        return voc["article"].format(number=numbers[0])
    return voc["articles"].format(numbers=", ".join(numbers[:-1]), last=numbers[-1])


def report_name(fiscal_year: int | None, path: str, split: bool = False) -> str:
    """"verslag 2023"; "verslag 2022-2023" where the fiscal year runs across two calendar years."""
    if fiscal_year is None:
        return vocabulary()["report_unnamed"].format(name=Path(path).name)
    return vocabulary()["report"].format(year=fiscal_year_name(fiscal_year, split))


def fiscal_year_name(year: int, split: bool = False) -> str:
    """A fiscal year as reports write it: "2023", or "2022-2023" for one that closes in 2023 and opened in 2022."""
    return f"{year - 1}-{year}" if split else str(year)


def meeting_kind(kind: str | None) -> str:
    return vocabulary()["meeting_kinds"].get(kind or "general", kind or "")


def action(code: str | None) -> str:
    return vocabulary()["actions"].get(code or "", code or "")
