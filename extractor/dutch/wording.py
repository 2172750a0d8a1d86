"""The entries of patterns/findings.yaml, the program's wording in two languages, declared once
(extractor/dutch/rules.py): the differ's message templates by rule id and the vocabulary the messages, the
renderers, the commands' help and the series files are worded with, in Dutch and the same in English. The schema
of the file is made from these fields; the wording itself is read where it is shown (runtime/language.py
`patterns()`, which swaps in the English one for --lang en)."""

from __future__ import annotations

from dataclasses import dataclass

from extractor.dutch import rules
from extractor.dutch.rules import Listed, Lists, Text, Texts, key

_RULE_ID = "^(internal|across)\\.[a-z_]+$"  # a message's key: the id of the differ's rule that words it


@dataclass(frozen=True)
class _Number:
    thousands: Text = key(shortest=0)
    decimal: Text = key()
    percent: Text = key(form="\\{n\\}")


@dataclass(frozen=True)
class _Directions:
    up: Text = key()
    down: Text = key()


@dataclass(frozen=True)
class _Periods:
    fiscal_year: Text = key(form="\\{start\\}.*\\{end\\}")
    from_to: Text = key()
    until: Text = key()
    since: Text = key("from")


@dataclass(frozen=True)
class _QualifierMarks:
    exact: Text = key(shortest=0)
    approximately: Text = key(shortest=0)
    at_least: Text = key(shortest=0)
    at_most: Text = key(shortest=0)


@dataclass(frozen=True)
class _Aspects:
    change: Text = key()
    share: Text = key()
    maximum: Text = key()
    cumulative: Text = key()
    target: Text = key()


@dataclass(frozen=True)
class _Table:
    description: Text = key()
    columns: Texts = key(optional=True)


@dataclass(frozen=True)
class _Datasette:
    title: Text = key()
    description: Text = key()
    organisations_unknown: Text = key()
    years: Text = key()
    years_unknown: Text = key()
    no_reports: Text = key()
    unit_view: Text = key()
    tables: dict[str, _Table] = key(at_least=1)


@dataclass(frozen=True)
class _Command:
    description: Text = key()
    epilog: Text = key(optional=True)
    options: Texts = key()


@dataclass(frozen=True)
class _Help:
    usage: Text = key()
    positionals: Text = key()
    options: Text = key()
    commands: dict[str, _Command] = key(at_least=1)


@dataclass(frozen=True)
class _Vocabulary:
    """The words the messages, the renderers, the commands and the series files are worded with."""

    report: Text = key(form="\\{year\\}")
    report_unnamed: Text = key(form="\\{name\\}")
    article: Text = key(form="\\{number\\}")
    articles: Text = key(form="^(?=.*\\{numbers\\})(?=.*\\{last\\})")
    no_article: Text = key(shortest=0)
    no_date: Text = key(shortest=0)
    directions: _Directions = key(description="a rise or fall a report claims by a verb alone (‘steeg’, "
                                              "‘daalde’), named in a message where a claimed change stands")
    months: Listed = key(at_least=12, at_most=12)
    meeting_kinds: Texts = key(needs=("general", "extraordinary"))
    meeting_event: Text = key(optional=True, shortest=0, description="what a meeting did, after its kind in a "
                                                                     "message, with {articles} and {action}")
    actions: Texts = key(needs=("amended", "confirmed"))
    units: Texts = key(needs=("none",))
    labels: Texts = key(needs=("error", "warning", "info", "summary"))
    counted: Lists = key(needs=("error", "warning", "info"), each=(2, 2), form="\\{n\\}")
    number: _Number = key()
    run: Texts = key(description="the screen summary of extract corpus/ and extract baseline")
    errors: Lists = key(optional=True, each=(2, 2), description="a user's error line (bad input, a usage error): "
                                                                "key -> [reason, remedy], with {placeholders}")
    usage: Texts = key(optional=True, description="argparse's own usage errors: its English message (%s for what "
                                                  "it fills in) -> ours, with {0}, {1}...")
    qualifier_marks: _QualifierMarks = key()
    periods: _Periods = key(description="A period of a figure in words (never interval notation): from a year "
                                        "to the fiscal year, up to a year, from a year on, a fiscal year across "
                                        "two calendar years (fiscal_year: {start} and {end} the years it opens and "
                                        "closes in); a day or month is a date in words.")
    review: Texts = key(description="the review page of one report (extract review)")
    explain: Texts = key(description="extract explain: why each figure on a line was extracted")
    chart: Texts = key(description="the charts of extract series --plot")
    quoted_label: Text = key(optional=True, form="\\{text\\}", description="a label of the report's own words (an "
                                                                          "uncatalogued figure's) as a table row of "
                                                                          "diff and check shows it, marked as quoted")
    quoted_raw: Text = key(optional=True, form="\\{text\\}", description="a figure's text as the report writes it, "
                                                                        "as a table row of diff and check shows it, "
                                                                        "marked as quoted")
    aspects: _Aspects = key(optional=True, description="the words an uncatalogued label adds for its aspects (the "
                                                       "Dutch ones are patterns/lexicon.yaml aspects.labels), by "
                                                       "aspect")
    help: _Help = key(description="--help of every command: argparse's own words (the usage prefix, the titles of "
                                  "the arguments and options), and per command its description, its examples "
                                  "(epilog) and each option's help by the option's dest (an id)")
    notices: Texts = key(description="a report's warnings (report JSON warnings), by their code, filled with their "
                                     "values: what the summary shows under the report in the language of the run; "
                                     "page, pages and line name where")
    datasette: _Datasette = key(description="series.metadata.json beside series.sqlite (Datasette): its title and "
                                            "description, and each table's description and its columns' (the "
                                            "tables' and columns' names are ids, the same in every language)")
    series: Texts = key(description="what the series files say in words: the notes column of a series (a unit or "
                                    "label change, conflicting values, values that are not exact, a figure dated "
                                    "outside its report's year) and the XLSX cell notes of a value")


@dataclass(frozen=True)
class _English:
    vocabulary: _Vocabulary = key()
    messages: Texts = key(names=_RULE_ID)


@rules.declares("findings")
@dataclass(frozen=True)
class Wording:
    """patterns/findings.yaml: the Dutch vocabulary and messages, and the same in English."""

    vocabulary: _Vocabulary = key()
    messages: Texts = key(names=_RULE_ID, description="the differ's message templates by rule id, in Python "
                                                      "str.format syntax with named fields")
    english: _English = key(description="the same vocabulary and messages in English (--lang en)")
