"""A first part of a compound left hanging before "en" ("12 voltijds- en 8 deeltijdse medewerkers", "leer- en
werkplekken") is a word ending in a hyphen with nothing after it. Split at its hyphen, the compound splitter
handed the lemmatiser an empty word, which refused it: `extract check` stopped with "internal error
(ValueError: Wrong input value: empty string)" on a report written that way."""

from __future__ import annotations

import io
from pathlib import Path

from extractor.cli import run
from extractor.dutch.lexicon import canonical, lexicon

LAST_YEAR = """Bijzonder verslag 2023 van Proefcoop cv

Op 31 december 2023 telden we 20 medewerkers en 300 vennoten. De omzet bedroeg 1.200.000 euro.
"""
THIS_YEAR = """Bijzonder verslag 2024 van Proefcoop cv

Op 31 december 2024 telden we 12 voltijds- en 8 deeltijdse medewerkers, 310 vennoten en 45 leer- en
werkplekken. De omzet bedroeg 1.300.000 euro.
"""


def test_a_first_part_left_hanging_is_no_compound() -> None:
    assert lexicon().compound("voltijds-") is None
    assert lexicon().compound("leer-") is None
    assert canonical("") == ""
    found = lexicon().compound("doelgroep-werknemers")  # a hyphen with a head after it still splits
    assert found is not None and (found[0].name, found[1].name) == ("werknemer", "doelgroep")


def test_check_reads_a_report_with_first_parts_left_hanging(tmp_path: Path) -> None:
    (tmp_path / "proef-2023.md").write_text(LAST_YEAR, encoding="utf-8")
    (tmp_path / "proef-2024.md").write_text(THIS_YEAR, encoding="utf-8")
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(["check", str(tmp_path / "proef-2024.md"), "--against", str(tmp_path / "proef-2023.md"),
                "--format", "json"], stdout, stderr)
    assert "internal error" not in stderr.getvalue()
    assert code == 0, stderr.getvalue()
    assert '"raw": "1.300.000 euro"' in stdout.getvalue()
