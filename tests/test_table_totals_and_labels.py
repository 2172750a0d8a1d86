"""A total row labelled only "Totaal" totals what its table's title or the header over its row labels names
("| Leden | 31/12/2025 | ... |", "| Verhuurvloot op 31/12/2025 | Aantal |"), so it links with that quantity stated
elsewhere (SHAPES.md 9); a row label whose hyphen sets a kind before a counted noun ("Gebruikers-leden
(A-aandelen)") counts that noun, not the bracket's (SHAPES.md 14), and such a row right under a Markdown table's
rule line is read (its numbers were taken for a garbled text layer's digits under a garbled line)."""

from __future__ import annotations

from extractor.diff.link import add_series
from extractor.pipeline import extract_text

REPORT_2024 = """Jaarverslag 2024 van Fietsatelier De Spaak cv

Eind 2024 telde de coöperatie 409 leden: 316 gebruikers-leden en 93 steunende leden.
"""

REPORT_2025 = """# Jaarverslag 2025 van Fietsatelier De Spaak cv

| Leden | 31/12/2025 | 31/12/2024 |
|---|---:|---:|
| Gebruikers-leden (A-aandelen) | 334 | 316 |
| Steunende leden (B-aandelen) | 100 | 93 |
| Totaal | 434 | 409 |

| Verhuurvloot op 31/12/2025 | Aantal |
|---|---:|
| Stadsfietsen | 50 |
| Bakfietsen | 6 |
| Totaal | 56 |
"""


def _rows(report: dict) -> list[tuple]:
    return [(r["location"]["line"], r["value"], r["id"], r["table"]["row"], r["table"].get("total", False))
            for r in report["indicators"] if "table" in r]


def test_a_bare_total_row_takes_what_the_header_over_the_labels_names() -> None:
    assert _rows(extract_text(REPORT_2025, fmt="markdown", fiscal_year=2025)) == [
        (5, 334, "other.vennoot.gebruikers", "Gebruikers-leden (A-aandelen)", False),
        (5, 316, "other.vennoot.gebruikers", "Gebruikers-leden (A-aandelen)", False),
        (6, 100, "other.vennoot.ondersteund", "Steunende leden (B-aandelen)", False),
        (6, 93, "other.vennoot.ondersteund", "Steunende leden (B-aandelen)", False),
        (7, 434, "other.vennoot", "Totaal", True),
        (7, 409, "other.vennoot", "Totaal", True),
        (11, 50, "other.stadsfiets", "Stadsfietsen", False),
        (12, 6, "other.bakfiets", "Bakfietsen", False),
        (13, 56, "other.verhuurvloot", "Totaal", True),
    ]


def test_the_total_row_links_with_the_members_in_last_years_text() -> None:
    old, new = extract_text(REPORT_2024, fiscal_year=2024), extract_text(REPORT_2025, fmt="markdown", fiscal_year=2025)
    add_series([old, new])
    members = {r["series"] for r in old["indicators"] if r["value"] == 409} | \
        {r["series"] for r in new["indicators"] if r["value"] in (434, 409)}
    assert len(members) == 1, members
    users = {r["series"] for r in new["indicators"] if r["value"] in (334, 316)}
    assert len(users) == 1 and not users & members, (users, members)
