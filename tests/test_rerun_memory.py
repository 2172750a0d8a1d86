"""A rerun served by the cache holds nothing per report for the whole corpus: what it checks of the outputs
(their digests; the series files grow with the corpus) is read a block at a time."""

from __future__ import annotations

import hashlib
import os
import tracemalloc
from pathlib import Path

from extractor.commands import steps


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
