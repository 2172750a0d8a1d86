"""`extract series --plot`: real PNG files of the expected size, one per indicator stated in two or more years."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

pytest.importorskip("matplotlib")

from extractor.series import build  # noqa: E402
from extractor.series.charts import DPI, HEIGHT_PX, WIDTH_PX, chart_groups, render_all  # noqa: E402

from test_series_helpers import indicator, report  # noqa: E402

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(path: Path) -> tuple[int, int]:
    """(width, height) from the IHDR chunk, after checking the PNG signature."""
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE, f"{path} is not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def charts(reports, tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("charts")
    return {path.name: path for path in render_all(build([reports[2021], reports[2024]]), out)}


@pytest.mark.slow  # renders charts with matplotlib, seconds
def test_one_chart_per_catalogued_indicator_with_two_years(charts):
    expected = {"employment.persons", "employment.fte", "employment.contracts", "employment.hours",
                "employment.workdays", "loans.amount", "loans.projects", "payment_reminders.count",
                "permanent_contracts.women", "permanent_contracts.men", "permanent_contracts.members",
                "permanent_contracts.full_time", "permanent_contracts.part_time", "publications.count",
                "conferences.count", "legal.requests", "workspace.area", "diversity.actions",
                "training.members.participants", "training.staff.volume"}
    assert sorted(charts) == sorted(f"series-{i}.png" for i in expected)
    assert not any(name.startswith("series-other.") for name in charts)  # uncatalogued: not charted


@pytest.mark.slow  # renders charts with matplotlib, seconds
def test_charts_are_real_pngs_of_the_expected_size(charts):
    assert (WIDTH_PX, HEIGHT_PX, DPI) == (900, 500, 100)
    for path in charts.values():
        assert png_size(path) == (900, 500)
        assert path.stat().st_size > 10_000  # something is drawn
    assert sorted(p.name for p in next(iter(charts.values())).parent.iterdir()) == sorted(charts)  # no temp files


def test_a_unit_change_is_charted_as_separate_panels(reports):
    groups = chart_groups(build([reports[2021], reports[2024]]))
    assert [s.key for s in groups["SmartCoop", "training.staff.volume"]] == ["training.staff.volume@days",
                                                                              "training.staff.volume@hours"]
    assert [s.key for s in groups["SmartCoop", "employment.persons"]] == ["employment.persons@persons"]
    assert {organisation for organisation, _ in groups} == {"SmartCoop"}


@pytest.mark.slow  # charts drawn by matplotlib
def test_gaps_conflicts_ranges_and_approximations_render(tmp_path):
    table = build([
        report(2021, [indicator("a.count", 5, line=3), indicator("a.count", 8, line=9),
                      indicator("b.ratio", 1, qualifier="range", value_max=5.98)]),
        report(2022, [indicator("b.ratio", 1, qualifier="range", value_max=3.5)]),  # a.count: gap
        report(2023, [indicator("a.count", 6, qualifier="approximately"),
                      indicator("b.ratio", 2, qualifier="at_least")]),
        report(2025, [indicator("a.count", 1200.5, qualifier="at_most")])])
    paths = render_all(table, tmp_path)
    assert [p.name for p in paths] == ["series-a.count.png", "series-b.ratio.png"]
    assert all(png_size(p) == (900, 500) for p in paths)
    assert render_all(table, tmp_path / "again")[0].read_bytes() == paths[0].read_bytes()  # deterministic


@pytest.mark.slow  # charts drawn by matplotlib
def test_several_organisations_get_a_chart_each_named_after_the_organisation(tmp_path, monkeypatch):
    from extractor.series import charts

    titles = []
    real = charts.render

    def render(members, years, path, organisation=None):
        titles.append((path.name, organisation, years))
        return real(members, years, path, organisation)

    monkeypatch.setattr(charts, "render", render)
    table = build([report(2023, [indicator("a.count", 5)], name="a2023", organisation="Coop A"),
                   report(2024, [indicator("a.count", 6)], name="a2024", organisation="Coop A"),
                   report(2022, [indicator("a.count", 50)], name="b2022", organisation="Coöperatie B"),
                   report(2024, [indicator("a.count", 60)], name="b2024", organisation="Coöperatie B"),
                   report(2024, [indicator("a.count", 7)], name="c2024", organisation="C")])  # one year: no chart
    paths = render_all(table, tmp_path)
    assert [p.name for p in paths] == ["series-coop-a-a.count.png", "series-cooperatie-b-a.count.png"]
    assert titles == [("series-coop-a-a.count.png", "Coop A", [2023, 2024]),
                      ("series-cooperatie-b-a.count.png", "Coöperatie B", [2022, 2024])]
    assert all(png_size(p) == (900, 500) for p in paths)
    assert sorted(p.name for p in tmp_path.iterdir()) == [p.name for p in paths]


def test_organisation_slugs_are_distinct_file_names():
    from extractor.series.charts import chart_name, organisation_slugs

    assert organisation_slugs([None, "A.B", "A B", "Coöperatie De Vonk"]) == {
        None: "unnamed", "A.B": "a-b", "A B": "a-b-2", "Coöperatie De Vonk": "cooperatie-de-vonk"}
    assert chart_name("employment.persons") == "series-employment.persons.png"
    assert chart_name("employment.persons", "coop-a") == "series-coop-a-employment.persons.png"


def _drawn_texts(monkeypatch, table, folder: Path) -> list[str]:
    """Every text a chart draws (title, notes, value labels, tick labels), as laid out."""
    from matplotlib.figure import Figure
    from matplotlib.text import Text

    drawn: list[str] = []
    real = Figure.savefig

    def savefig(figure, *args, **kwargs):
        figure.canvas.draw()
        drawn.extend(text.get_text() for text in figure.findobj(Text) if text.get_text())
        drawn.extend(label.get_text() for axes in figure.axes for label in axes.get_yticklabels())
        return real(figure, *args, **kwargs)

    monkeypatch.setattr(Figure, "savefig", savefig)
    render_all(table, folder)
    return drawn


@pytest.mark.parametrize("lang, labels, ticks", [
    ("en", {"18,894", "approx. 3,200", "1 – 5.98"}, {"20,000"}),
    ("nl", {"18.894", "ca. 3.200", "1 – 5,98"}, {"20.000"})])
def test_chart_values_and_axis_are_written_the_way_of_the_language(monkeypatch, tmp_path, lang, labels, ticks):
    """A value label and the value axis follow --lang (issue 22: '18.894' under --lang en read as 18.894)."""
    from extractor.runtime import language

    language.set_current(lang)
    table = build([report(2021, [indicator("a.count", 18894), indicator("b.count", 3200, qualifier="approximately"),
                                 indicator("c.ratio", 1, qualifier="range", value_max=5.98)]),
                   report(2022, [indicator("a.count", 20892), indicator("b.count", 3300),
                                 indicator("c.ratio", 2)])])
    drawn = _drawn_texts(monkeypatch, table, tmp_path)
    assert labels <= set(drawn) and ticks <= set(drawn)
