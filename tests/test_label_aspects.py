"""An uncatalogued figure's label is the report's noun (and qualifiers) as written, then the aspects the tool adds
to it between brackets ("actiepistes (aandeel)": the share of them). Those added words are the tool's, not the
report's: under --lang en they are English (vocabulary.aspects of patterns/findings.yaml), while the report's
words stay as written (issue 22, Done when: "--lang en gives no Dutch words outside quoted report text")."""

from __future__ import annotations

import pytest

from conftest import ROOT
from extractor.diff import messages
from extractor.api import series
from extractor.dutch.patterns import load


@pytest.fixture
def english():
    messages.use_language("en")
    yield
    messages.use_language("nl")


@pytest.mark.parametrize(("indicator_id", "label", "shown"), [
    ("other.actiepistes.aandeel", "actiepistes (aandeel)", "actiepistes (share)"),
    ("other.klant.vast.verandering", "klanten (vast, verandering)", "klanten (vast, change)"),
    ("other.vennoot.cumulatief", "vennoten (sinds de start)", "vennoten (since the start)"),
    ("other.aandeel", "aandelen", "aandelen"),  # the report's noun "aandeel", no aspect
    ("other.aandeel.verandering", "aandelen (verandering)", "aandelen (change)"),
    ("other.klant.vast", "klanten (vast)", "klanten (vast)"),  # a qualifier of the report, no aspect
    ("other.klant.aandeel", "klanten (andere woorden)", "klanten (andere woorden)"),  # label not as the tool made it
])
def test_the_aspects_a_label_adds_are_english_under_lang_en(english, indicator_id, label, shown):
    assert messages.indicator_label(indicator_id, label) == shown


def test_a_table_row_quotes_the_reports_words_only(english):
    assert messages.shown_label("other.actiepistes.aandeel", "actiepistes (aandeel)") == "«actiepistes» (share)"
    assert messages.shown_label("other.klant.vast.verandering", "klanten (vast, verandering)") == "«klanten» («vast», change)"
    assert messages.shown_label("other.actiepistes", "actiepistes") == "«actiepistes»"


def test_dutch_labels_stay_as_the_report_json_has_them():
    messages.use_language("nl")
    assert messages.indicator_label("other.actiepistes.aandeel", "actiepistes (aandeel)") == "actiepistes (aandeel)"
    assert messages.shown_label("other.actiepistes.aandeel", "actiepistes (aandeel)") == "«actiepistes (aandeel)»"


def test_the_dutch_aspect_words_are_those_the_lexicon_labels_with():
    assert load("findings")["vocabulary"]["aspects"] == load("lexicon")["aspects"]["labels"]


def test_the_corpus_series_under_lang_en():
    rows = series(sorted((ROOT / "corpus").iterdir()), lang="en")
    labels = {row["id"]: row["label"] for row in rows}
    assert labels["other.actiepistes.aandeel"] == "actiepistes (share)"
    assert labels["other.actiepistes"] == "actiepistes"
