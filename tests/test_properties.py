"""Property-based: random Dutch sentences with figures, qualifiers, units, dates and odd spaces, of any sector.
Whatever the sentence, extraction does not crash, every `raw` stands in its sentence, every location points
at the text it names in the source line (at the number, after its qualifier), and every range has value <= value_max."""

from __future__ import annotations

import re

import pytest

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.pipeline import extract_text

SUBJECTS = ["De coöperatie", "Onze woningcoöperatie", "Het buurtrestaurant", "De voedselcoöperatie",
            "Het fietskoeriersbedrijf", "De energiecoöperatie", "Het maatwerkbedrijf", "De vereniging"]
VERBS = ["telde", "bereikte", "leverde", "verhuurde", "bood", "had", "verwerkte", "ontving"]
QUALIFIERS = ["", "bijna ", "meer dan ", "ongeveer ", "circa ", "minstens ", "tot ", "zowat ", "ruim "]
UNITS = ["leden", "woningen", "maaltijden", "euro", "%", "uur", "m²", "personen", "vrijwilligers",
         "leveringen", "kWh", "VTE", "dagen", "huurders", "projecten"]
WORD_NUMBERS = ["twee", "drie", "zeven", "tien", "twaalf", "twintig", "honderd", "duizend"]
MONTHS = ["januari", "maart", "juni", "september", "december"]
ODD_SPACES = [" ", " ", " ", "\u00a0", "\u202f", "\t", "  ", "\u2009"]


@st.composite
def numbers(draw) -> str:
    kind = draw(st.sampled_from(["digits", "thousands", "decimal", "word", "million"]))
    if kind == "digits":
        return str(draw(st.integers(0, 999)))
    if kind == "thousands":
        return f"{draw(st.integers(1, 999))}.{draw(st.integers(0, 999)):03d}"
    if kind == "decimal":
        return f"{draw(st.integers(0, 999))},{draw(st.integers(0, 99))}"
    if kind == "word":
        return draw(st.sampled_from(WORD_NUMBERS))
    return f"{draw(st.integers(1, 99))} miljoen"


@st.composite
def figures(draw) -> str:
    space = draw(st.sampled_from(ODD_SPACES))
    unit = draw(st.sampled_from(UNITS))
    if draw(st.booleans()) and draw(st.booleans()):
        low, high = sorted(draw(st.lists(st.integers(1, 5000), min_size=2, max_size=2)))
        return f"tussen {low} en {high}{space}{unit}"
    return f"{draw(st.sampled_from(QUALIFIERS))}{draw(numbers())}{space}{unit}"


@st.composite
def dates(draw) -> str:
    year = draw(st.integers(1995, 2030))
    kind = draw(st.sampled_from(["", "year", "day", "month", "end"]))
    if kind == "year":
        return f" in {year}"
    if kind == "day":
        return f" op {draw(st.integers(1, 28))} {draw(st.sampled_from(MONTHS))} {year}"
    if kind == "month":
        return f" in {draw(st.sampled_from(MONTHS))} {year}"
    if kind == "end":
        return f" eind {year}"
    return ""


@st.composite
def sentences(draw) -> str:
    space = draw(st.sampled_from(ODD_SPACES))
    # invisible characters: a zero-width space anywhere, a soft hyphen inside a word (before a digit it is a
    # hyphen its producer wrote so, "€\u00ad50": tests/test_signs.py)
    invisible = draw(st.sampled_from(["", "", "\u200b"]))
    subject = draw(st.sampled_from(SUBJECTS))
    if draw(st.booleans()):
        head, _, noun = subject.rpartition(" ")
        subject = f"{head} {noun[:3]}\u00ad{noun[3:]}"
    parts = [subject, draw(st.sampled_from(VERBS)), invisible + draw(figures())]
    if draw(st.booleans()):
        parts += ["en", draw(figures())]
    return space.join(parts) + draw(dates()) + draw(st.sampled_from([".", ".", "!", ";", ""]))


@st.composite
def reports(draw) -> str:
    lines = []
    for _ in range(draw(st.integers(1, 4))):
        lines.append(" ".join(draw(st.lists(sentences(), min_size=1, max_size=3))))
        lines.append("")
    return "\n".join(lines)


_LOOSE = re.compile(r"[\s\u00a0\u202f\u2009\u200b\u00ad]+")


def _loose(text: str) -> str:
    return _LOOSE.sub(" ", text).strip()


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_random_dutch_sentences_with_figures(text: str) -> None:
    report = extract_text(text, 2024)
    lines = text.split("\n")
    for figure in report["indicators"]:
        assert figure["raw"] and figure["raw"] in figure["sentence"], figure
        location = figure["location"]
        source = lines[location["line"] - 1]
        at = source[location["column"] - 1:]
        # the location is that of the number: the raw text from its first word there ("bijna 3 miljoen euro"
        # stands at "3"), read in the source line
        words = _loose(figure["raw"]).split(" ")
        starts = [k for k, word in enumerate(words) if word[:1].isdigit() or word in WORD_NUMBERS]
        assert starts and _loose(at).startswith(" ".join(words[starts[0]:])), (figure, source)
        if figure["qualifier"] == "range":
            assert figure["value"] <= figure["value_max"], figure
    for record in report["statute_references"] + report["meetings"]:
        assert 1 <= record["location"]["line"] <= len(lines)
