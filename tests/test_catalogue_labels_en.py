"""The catalogue's labels in English under --lang en (issue 22): a catalogued indicator is shown by its
`label_en` (patterns/indicators.yaml) in diff tables and findings; a label the report's own text gave an
uncatalogued figure stays as the report wrote it; the Dutch run shows the Dutch catalogue labels."""

from __future__ import annotations

import io

import yaml

from conftest import ROOT
from extractor import cli
from extractor.diff import messages

OLD = str(ROOT / "corpus" / "smartcoop-bijzonder-verslag-2021.md")
NEW = str(ROOT / "corpus" / "smartcoop-bijzonder-verslag-2024.txt")


def _diff(*options: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(["diff", OLD, NEW, "--all", *options], out, err) == 0, err.getvalue()
    return out.getvalue()


def _catalogue() -> list[dict]:
    return yaml.safe_load((ROOT / "patterns" / "indicators.yaml").read_text(encoding="utf-8"))["indicators"]


def test_english_diff_shows_the_english_catalogue_label_and_no_dutch_one() -> None:
    text = _diff("--lang", "en")
    # the label is the catalogue's English one; the figures stay as the reports wrote them
    assert "    persons employed (employment.persons): «18.894 personen» → «20.892 personen»  +1,998 +10.6%\n" in text
    assert "employment contracts (employment.contracts): «172.349 contracten» → «217.458 arbeidsovereenkomsten»" in text
    assert "personen tewerkgesteld" not in text
    shown_dutch = [item["id"] for item in _catalogue()
                   if item["label"] != item["label_en"] and f"{item['label']} ({item['id']})" in text]
    assert shown_dutch == []
    # an uncatalogued figure keeps the label taken from the report's text
    assert "    «punten» (other.punt): «negen punten» → «negen punten»  0 0.0%\n" in text
    markdown = _diff("--format", "markdown", "--lang", "en")
    assert "| persons employed (`employment.persons`) | «18.894 personen» | «20.892 personen» |" in markdown
    assert "personen tewerkgesteld" not in markdown


def test_dutch_diff_keeps_the_dutch_catalogue_label() -> None:
    text = _diff("--lang", "nl")
    line = "    personen tewerkgesteld (employment.persons): «18.894 personen» → «20.892 personen»  +1.998 +10,6 %\n"
    assert line in text
    assert "persons employed" not in text
    markdown = _diff("--format", "markdown", "--lang", "nl")
    assert "| personen tewerkgesteld (`employment.persons`) | «18.894 personen» | «20.892 personen» |" in markdown


def test_only_the_catalogue_own_label_is_translated() -> None:
    messages.use_language("en")
    assert messages.indicator_label("employment.hours", "werkuren") == "working hours"
    # a record of a catalogued id whose label is not the catalogue's (a report's own words) stays as written
    assert messages.indicator_label("employment.hours", "uren gepresteerd") == "uren gepresteerd"
    assert messages.indicator_label("other.punt", "punten") == "punten"
    messages.use_language("nl")
    assert messages.indicator_label("employment.hours", "werkuren") == "werkuren"


def test_every_catalogued_indicator_has_an_english_label() -> None:
    assert all(item["label_en"].strip() for item in _catalogue())
    assert len({item["label_en"] for item in _catalogue()}) == len(_catalogue())


def test_report_text_in_the_tables_is_marked_as_such(tmp_path) -> None:
    """A figure's text as written and an uncatalogued figure's label are the report's words: quoted in text and
    Markdown («…», ‘…’), and on the HTML page a <q lang="nl"> (a browser shows the quotation marks, a screen
    reader reads it as Dutch), in both languages; a catalogue label is the run's own words, unquoted."""
    page = tmp_path / "f.html"
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(["diff", OLD, NEW, "--all", "--format", "html", "-o", str(page), "--lang", "en"], out, err) == 0
    html = page.read_text(encoding="utf-8")
    assert '<td>persons employed<br><code class="id">employment.persons</code>' in html
    assert '<td class="n"><q lang="nl">18.894 personen</q>' in html
    assert '<td><q lang="nl">punten</q><br><code class="id">other.punt</code>' in html
