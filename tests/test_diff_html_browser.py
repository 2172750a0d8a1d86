"""The HTML report in a real headless browser: it loads with no console message or error and shows every
finding. Chromium comes from the system packages (.ci/run installs it); on CI a missing browser fails."""

from __future__ import annotations

import html.parser
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT
from extractor import diff

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(BROWSER is None and not os.environ.get("CI"),
                                reason="no chromium here; CI installs it (apt-get install chromium)")


def _load(page: Path, profile: Path) -> tuple[str, list[str]]:
    """The page's DOM after loading, and every console line the browser logged for it."""
    assert BROWSER is not None, "chromium is not installed: .ci/run installs it"
    result = subprocess.run(
        [BROWSER, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
         "--enable-logging=stderr", "--v=0", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=True)
    console = [line for line in result.stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]
    return result.stdout, console


class _Text(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _visible_text(dom: str) -> str:
    parser = _Text()
    parser.feed(dom)
    return " ".join(" ".join(parser.parts).split())


@pytest.mark.slow  # starts a headless browser
def test_the_corpus_diff_page_loads_cleanly_and_shows_every_finding(tmp_path: Path) -> None:
    old = json.loads((ROOT / "outputs" / "smartcoop-bijzonder-verslag-2021.json").read_text("utf-8"))
    new = json.loads((ROOT / "outputs" / "smartcoop-bijzonder-verslag-2024.json").read_text("utf-8"))
    findings = diff.diff_reports(old, new)
    page = tmp_path / "diff.html"
    page.write_text(diff.render(findings, "html"), encoding="utf-8")
    dom, console = _load(page, tmp_path / "profile")
    assert console == []
    # the page marks the report's text a message quotes as <q lang="nl">, where the JSON writes «…»
    text = _visible_text(re.sub(r'<q lang="nl">(.*?)</q>', r"«\1»", dom, flags=re.S))
    messages = [f["message"] for f in diff.findings_to_json(findings)["findings"]]
    assert len(messages) >= 2
    for message in messages:
        assert " ".join(message.split()) in text, message
    assert "20 juni 2023" in text and "21 juni 2022" in text


@pytest.mark.slow  # starts a headless browser
def test_a_console_error_on_a_page_is_caught(tmp_path: Path) -> None:
    """The control: the check above would see a page that logs or throws."""
    page = tmp_path / "broken.html"
    page.write_text("<!doctype html><p>x</p><script>console.error('planted'); notDefined();</script>",
                    encoding="utf-8")
    _, console = _load(page, tmp_path / "profile")
    assert any("planted" in line for line in console)
    assert any("Uncaught ReferenceError" in line for line in console)


def test_render_stays_a_function_after_its_renderers_are_imported() -> None:
    """`extractor.diff.render` once named both the function and the package of renderers: after the first
    call the package shadowed the function, and a corpus of three reports failed on its second diff."""
    import extractor.diff.renderers.text  # noqa: F401

    assert callable(diff.render)
    old = json.loads((ROOT / "outputs" / "smartcoop-bijzonder-verslag-2021.json").read_text("utf-8"))
    new = json.loads((ROOT / "outputs" / "smartcoop-bijzonder-verslag-2024.json").read_text("utf-8"))
    findings = diff.diff_reports(old, new)
    assert diff.render(findings, "markdown") == diff.render(findings, "markdown")
