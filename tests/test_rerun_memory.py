"""A rerun served by the cache holds little per report for the whole corpus: what it checks of the outputs
(their digests; the series files grow with the corpus) is read a block at a time; of each report and diff it
keeps a few facts, read from the cache instead of the JSON (extractor/commands/facts.py)."""

from __future__ import annotations

import hashlib
import os
import tracemalloc
from pathlib import Path

import pytest

from extractor.commands import facts, steps

pytestmark = pytest.mark.slow  # measures the memory of whole corpus runs


def test_the_digest_of_a_large_output_is_read_a_block_at_a_time(tmp_path: Path) -> None:
    big = tmp_path / "series.json"
    data = os.urandom(1 << 20) * 24  # 24 MB, as series.json of a corpus of some 500 reports
    big.write_bytes(data)
    expected = hashlib.sha256(data).hexdigest()
    del data
    steps._file_digest.cache_clear()
    tracemalloc.start()
    try:
        digest = steps._digest(big)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert digest == expected
    assert peak < 2 * 1024 * 1024, f"{peak / 1e6:.1f} MB held to hash a 24 MB file"


# ------------------------------------------------------------------------ facts kept instead of the JSONs

def _corpus_run(folder: Path, out: Path, cache_dir: Path) -> str:
    import io

    from extractor.commands import extract

    stdout = io.StringIO()
    options = extract.Options([folder], out, jobs=1, cache_dir=cache_dir, language="en")
    assert extract.run_corpus(options, stdout, io.StringIO()) == 0
    return stdout.getvalue()


def test_a_cached_rerun_reads_the_facts_not_the_jsons(two_reports: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The rerun says and writes what the first run did, without parsing a report or a diff JSON."""
    from extractor.commands import extract

    first = _corpus_run(two_reports, tmp_path / "out", tmp_path / "cache")
    written = {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()}
    monkeypatch.setattr(facts, "report_facts", lambda report: pytest.fail("a report JSON parsed"))
    monkeypatch.setattr(facts, "diff_facts", lambda findings: pytest.fail("a diff JSON parsed"))
    monkeypatch.setattr(extract, "report_facts", facts.report_facts)
    monkeypatch.setattr(steps, "diff_facts", facts.diff_facts)
    again = _corpus_run(two_reports, tmp_path / "out", tmp_path / "cache")
    assert again == first.replace("series.metadata.json\n", "series.metadata.json (unchanged)\n")
    assert "2 errors, 1 warning, 3 notes" in again and "fiscal year 2024 (text): 63 figures" in again
    assert {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()} == written


@pytest.mark.parametrize("damage", [b"", b"{\"counts\": 1}", b"\xff\xfe not json"])
def test_damaged_facts_are_made_again_from_the_json(two_reports: Path, tmp_path: Path, damage: bytes) -> None:
    first = _corpus_run(two_reports, tmp_path / "out", tmp_path / "cache")
    facts_entries = []
    for entry in (tmp_path / "cache" / "facts").rglob("*.json"):
        if entry.read_bytes().partition(b"\n")[2].startswith((b'{"document"', b'{"counts"')):  # facts, keys sorted
            facts_entries.append(entry)
            entry.write_bytes(damage)
    assert len(facts_entries) == 3  # two reports, one diff
    (tmp_path / "out" / "series.json").unlink()  # the series is made again, from the reports
    again = _corpus_run(two_reports, tmp_path / "out", tmp_path / "cache")
    assert again == first


def test_a_corpus_run_keeps_little_per_report(tmp_path: Path) -> None:
    """What a run holds of each report until its end: its paths, its `document` part, compressed, and its
    digest; well under a kilobyte."""
    import sys

    from extractor.commands.extract import Extracted

    document = {"path": "/srv/reports/coop-0123-bijzonder-verslag-2024.txt", "sha256": "ab" * 32,
                "format": "text", "pages": None, "fiscal_year": 2024, "fiscal_year_source": "text",
                "organisation": "Coöperatie De Fietsband", "enterprise_number": "0123.456.789",
                "title": "Bijzonder verslag over de erkenning als “sociale onderneming”", "encoding": "utf-8"}
    item = Extracted(Path(document["path"]), tmp_path / "coop-0123-bijzonder-verslag-2024.json", document=document,
                     figures=60, output_digest="cd" * 32)
    size = sys.getsizeof(item) + sum(sys.getsizeof(getattr(item, name)) for name in item.__slots__)
    assert item.document == document and size < 1000, size
