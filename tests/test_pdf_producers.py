"""PDFs of both corpus reports made by real producers give what their text versions give.

The fixtures are built by tests/make_producer_pdfs.py (LibreOffice in two templates, Chromium, WeasyPrint,
groff). Each is compared with the extraction of its report's text version, computed here and now (the
recognition rules change; frozen numbers would not follow them): the figures (>= 98 % with the same value),
the nine conditions with their whole answers, the statute references with their condition, the meetings,
and the box of every figure, which must crop the page to its digits. `python tests/test_pdf_producers.py`
prints the same measures as a table.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pdfplumber
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_producer_pdfs as producers  # noqa: E402
from conftest import REPORT_2021, REPORT_2024, ROOT  # noqa: E402
from pdf_checks import number_text, text_in_box  # noqa: E402
from extractor.pipeline import extract_file  # noqa: E402

pytestmark = pytest.mark.slow  # builds PDFs with other producers (LibreOffice) and reads them

TEXT_VERSIONS = {2021: REPORT_2021, 2024: REPORT_2024}
CASES = [(producer, year) for producer in producers.PRODUCERS for year in TEXT_VERSIONS]


def _squeeze(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


def figures(report: dict) -> Counter:
    return Counter((i["id"], _squeeze(i["raw"]), repr(i["value"])) for i in report["indicators"])


def conditions(report: dict) -> dict[int, str]:
    return {c["condition"]: _squeeze(c["answer"]["text"]) if c.get("answer") else None
            for c in report["conditions"]}


def statutes(report: dict) -> Counter:
    return Counter((tuple(r["articles"]), r["condition"]) for r in report["statute_references"])


def meetings(report: dict) -> Counter:
    return Counter((m["kind"], m["date"], m["precision"], tuple(m["articles"]), m["action"])
                   for m in report["meetings"])


def boxes_missing_their_figure(report: dict, path: Path) -> list[tuple]:
    """Figures whose box, cropped from the page, does not hold the figure's digits (or numeral)."""
    wrong = []
    with pdfplumber.open(path) as pdf:
        for indicator in report["indicators"]:
            location = indicator["location"]
            expected = number_text(indicator["raw"]).replace(" ", "")
            if not (location["page"] and location["bbox"]):
                wrong.append((indicator["raw"], location))
                continue
            inside = text_in_box(pdf, location)
            if expected not in re.sub(r"\s", "", inside).replace("\u00ad", ""):
                wrong.append((indicator["raw"], location["page"], location["bbox"], inside))
    return wrong


def measure(text: dict, pdf: dict, path: Path) -> dict[str, tuple[int, int]]:
    """found / wanted for each measure."""
    in_pdf, in_text = figures(pdf), figures(text)
    want_conditions, got_conditions = conditions(text), conditions(pdf)
    want_statutes, got_statutes = statutes(text), statutes(pdf)
    want_meetings, got_meetings = meetings(text), meetings(pdf)
    return {
        "figures": (sum((in_text & in_pdf).values()), sum(in_text.values())),
        "extra figures": (sum((in_pdf - in_text).values()), 0),
        "conditions": (sum(1 for k, v in want_conditions.items() if got_conditions.get(k) == v),
                       len(want_conditions)),
        "statute refs": (sum((want_statutes & got_statutes).values()), sum(want_statutes.values())),
        "meetings": (sum((want_meetings & got_meetings).values()), sum(want_meetings.values())),
        "boxes": (len(pdf["indicators"]) - len(boxes_missing_their_figure(pdf, path)), len(pdf["indicators"])),
    }


# ---------------------------------------------------------------------------------------------- the tests

@pytest.fixture(scope="module")
def text_versions() -> dict[int, dict]:
    return {year: extract_file(ROOT / name) for year, name in TEXT_VERSIONS.items()}


@pytest.fixture(scope="module", params=CASES, ids=[f"{p}-{y}" for p, y in CASES])
def produced(request: pytest.FixtureRequest, text_versions) -> tuple[dict, dict, Path]:
    producer, year = request.param
    path = producers.fixture(producer, year)
    assert path.exists(), f"{path} is missing: run python tests/make_producer_pdfs.py {producer}"
    return text_versions[year], extract_file(path), path


def test_the_figures_of_the_text_version_are_found_with_the_same_values(produced) -> None:
    text, pdf, _ = produced
    in_text, in_pdf = figures(text), figures(pdf)
    found = sum((in_text & in_pdf).values())
    assert found >= 0.98 * sum(in_text.values()), sorted((in_text - in_pdf).elements())
    values = {(key, raw): value for key, raw, value in in_text}
    assert [(key, raw, value) for key, raw, value in in_pdf if values.get((key, raw), value) != value] == []


def test_the_nine_conditions_come_with_their_whole_answers(produced) -> None:
    text, pdf, _ = produced
    assert len(conditions(text)) == 9
    assert conditions(pdf) == conditions(text)


def test_every_statute_reference_comes_with_its_condition(produced) -> None:
    text, pdf, _ = produced
    assert statutes(pdf) == statutes(text)


def test_every_meeting_is_found(produced) -> None:
    text, pdf, _ = produced
    assert meetings(pdf) == meetings(text)


def test_the_box_of_every_figure_holds_its_digits(produced) -> None:
    _, pdf, path = produced
    assert pdf["indicators"]
    assert boxes_missing_their_figure(pdf, path) == []


@pytest.mark.skipif(not producers.available("libreoffice"), reason="LibreOffice is not installed")
def test_the_libreoffice_fixture_is_rebuilt_alike(tmp_path) -> None:
    from extractor.document.readers.pdf import read_pdf

    built = producers.build("libreoffice", 2024, tmp_path / "libreoffice-2024.pdf")
    fresh, committed = read_pdf(built), read_pdf(producers.fixture("libreoffice", 2024))
    assert [line.text for line in fresh.lines] == [line.text for line in committed.lines]
    assert fresh.pages == committed.pages


if __name__ == "__main__":
    import os

    os.chdir(ROOT)
    versions = {year: extract_file(Path(name)) for year, name in TEXT_VERSIONS.items()}
    for producer, year in CASES:
        if [a for a in sys.argv[1:] if a != "-v"] and producer not in sys.argv[1:]:
            continue
        path = producers.fixture(producer, year)
        if not path.exists():
            print(f"{path.name:30} missing")
            continue
        pdf = extract_file(path)
        numbers = measure(versions[year], pdf, path)
        print(f"{path.name:30} " + "  ".join(f"{key} {a}/{b}" if key != "extra figures" else f"{key} {a}"
                                             for key, (a, b) in numbers.items()))
        if "-v" in sys.argv:
            text = versions[year]
            print("   missing figures:", sorted((figures(text) - figures(pdf)).elements()))
            print("   extra figures:  ", sorted((figures(pdf) - figures(text)).elements()))
            want, got = conditions(text), conditions(pdf)
            for k in sorted(set(want) | set(got)):
                if want.get(k) != got.get(k):
                    print(f"   condition {k}: text {want.get(k)!r}\n{'':17}pdf  {got.get(k)!r}")
            print("   statutes missing:", sorted((statutes(text) - statutes(pdf)).elements()),
                  "extra:", sorted((statutes(pdf) - statutes(text)).elements()))
            print("   meetings missing:", sorted((meetings(text) - meetings(pdf)).elements()),
                  "extra:", sorted((meetings(pdf) - meetings(text)).elements()))
            print("   boxes:", boxes_missing_their_figure(pdf, path))
