"""PNG charts of the series (matplotlib): one per organisation and catalogued indicator stated in at least two
fiscal years: series-<id>.png when the corpus has one organisation, series-<organisation>-<id>.png (and the
organisation in the title) when it has several.

What a chart shows, and how it stays honest:
- fiscal years on the x-axis; the value axis starts at zero; values labelled in the notation of the run's
  language (18.894 under --lang nl, 18,894 under --lang en), as the axis;
- an exact value is a filled dot; a value that is not exact (approximately, at least, at most) is an open dot
  whose label says so ("ca. 10", "> 3.200", "≤ 1"); a range is a bar from its lower to its upper bound;
- consecutive reports that each state one value are joined by a solid line, or a dotted one when years without
  any report of the organisation lie between them (shaded, "no report"); a report that does not state the
  figure is a gap: no line across it;
- a year whose reports state different values shows every value as a red cross, unjoined;
- an indicator whose unit changed gets one panel per unit, never one line, and a red note.

Figures are made without pyplot (no global state, no display needed) and written atomically.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from pathlib import Path

from extractor.series.files import atomic_target
from extractor.series.table import PERIOD_DIFFERS, Row, Series, SeriesTable

WIDTH_PX, HEIGHT_PX, DPI = 900, 500, 100
EXACT_COLOUR, CONFLICT_COLOUR, NOTE_COLOUR, GAP_COLOUR = "#1f5a99", "#c0392b", "#c0392b", "#eeeeee"


def chart_groups(table: SeriesTable, include_derived: bool = False) -> dict[tuple[str | None, str], list[Series]]:
    """The charts: (organisation, id) -> its series, one per unit; for those stated in two or more years."""
    groups: dict[tuple[str | None, str], list[Series]] = {}
    for series in table.wide(include_derived):
        groups.setdefault((series.organisation, series.id), []).append(series)
    return {key: members for key, members in groups.items()
            if len({year for s in members for year in s.years}) >= 2}


def chart_name(indicator_id: str, organisation_slug: str | None = None) -> str:
    """series-<id>.png, or series-<organisation slug>-<id>.png in a corpus of several organisations."""
    return "series-" + (f"{organisation_slug}-" if organisation_slug else "") \
        + re.sub(r"[^\w.\-]", "_", indicator_id) + ".png"


def organisation_slugs(organisations: list[str | None]) -> dict[str | None, str]:
    """A file-name part per organisation: "Coöperatie De Vonk" -> "cooperatie-de-vonk"; "unnamed" for None;
    two organisations with the same slug get -2, -3 (in the order given)."""
    slugs: dict[str | None, str] = {}
    for organisation in organisations:
        plain = unicodedata.normalize("NFKD", organisation or "").encode("ascii", "ignore").decode()
        slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "unnamed"
        candidate, number = slug, 1
        while candidate in slugs.values():
            number += 1
            candidate = f"{slug}-{number}"
        slugs[organisation] = candidate
    return slugs


def render_all(table: SeriesTable, out_dir: Path, include_derived: bool = False) -> list[Path]:
    organisations = table.organisations
    several = len(organisations) > 1
    slugs = organisation_slugs(organisations)
    paths = []
    groups = chart_groups(table, include_derived)
    for organisation, indicator in sorted(groups, key=lambda key: (key[0] or "", key[1])):
        years = table.organisation_years.get(organisation) or table.years
        name = chart_name(indicator, slugs[organisation] if several else None)
        paths.append(render(groups[organisation, indicator], years, out_dir / name,
                            organisation=(organisation or _said("organisation_unknown")) if several else None))
    return paths


def render(members: list[Series], corpus_years: list[int], path: Path, organisation: str | None = None) -> Path:
    """One chart; `corpus_years` are the fiscal years of the organisation's reports; `organisation`, when
    given, heads the title (a corpus of several organisations)."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI)
    axes = figure.subplots(1, len(members), squeeze=False)[0]
    first = members[0]
    unit_changed = len(members) > 1
    from extractor.diff import messages

    label = messages.indicator_label(first.id, first.label)
    heading = label[:1].upper() + label[1:]
    title = textwrap.wrap(f"{organisation}: {heading}" if organisation else heading, 70)
    figure.suptitle("\n".join(title), fontsize=13, x=0.02, ha="left", y=0.98, va="top")
    for ax, series in zip(axes, members):
        _panel(ax, series, corpus_years, show_unit_title=unit_changed)
    footer = [_said("source", id=first.id, sources="; ".join(_source(row) for s in members for row in s.rows
                                                             if row.fiscal_year is not None))]
    if any(not row.exact for s in members for row in s.rows):
        footer.append(_said("open_dot"))
    footer.extend(_said("period_differs", year=row.fiscal_year, raw=row.raw, period=row.period)
                  for s in members for row in s.rows if PERIOD_DIFFERS in row.flags)
    if any(b - a > 1 for a, b in zip(corpus_years, corpus_years[1:])):
        footer.append(_said("dotted_line"))
    if unit_changed:
        footer.append(_said("unit_changed", units=", ".join(f"{_unit(s.unit)} ({', '.join(map(str, s.years))})"
                                                            for s in members)))
    footer_text = "\n".join("\n".join(textwrap.wrap(line, 150)) for line in footer)
    figure.text(0.02, 0.015, footer_text, fontsize=7.5, ha="left", va="bottom",
                color=NOTE_COLOUR if unit_changed else "#555555")
    lines = footer_text.count("\n") + 1
    figure.subplots_adjust(left=0.13, right=0.97, top=0.92 - 0.06 * len(title) - (0.04 if unit_changed else 0),
                           bottom=0.12 + 0.028 * lines, wspace=0.3)
    with atomic_target(path) as temporary:
        figure.savefig(temporary, format="png", dpi=DPI, metadata={"Software": None})
    return path


def _panel(ax, series: Series, corpus_years: list[int], show_unit_title: bool) -> None:
    cells = series.cells()
    low, high = min(corpus_years), max(corpus_years)
    values = [v for row in series.rows if row.fiscal_year is not None
              for v in (row.value, row.value_max) if v is not None]
    top = max(values) if values else 1
    # Years without any report: shaded, so a line across them is not read as data.
    for year in range(low, high + 1):
        if year not in corpus_years:
            ax.axvspan(year - 0.5, year + 0.5, color=GAP_COLOUR, zorder=0, lw=0)
            ax.text(year, top * 1.2, _said("no_report"), ha="center", va="top", fontsize=7, color="#888888")
    # Lines between consecutive reports that both state one value.
    for before, after in zip(corpus_years, corpus_years[1:]):
        a, b = cells.get(before), cells.get(after)
        if a is None or b is None or a.conflict or b.conflict or "range" in (a.rows[0].qualifier,
                                                                               b.rows[0].qualifier):
            continue  # nothing to join: a gap, a conflict, or a range (no single value to join)
        style = "-" if after == before + 1 else ":"
        ax.plot([before, after], [a.rows[0].value, b.rows[0].value], linestyle=style, color=EXACT_COLOUR,
                lw=1.8, zorder=2)
    for year in corpus_years:
        cell = cells.get(year)
        if cell is None:  # the year's report does not state it: a gap, not a zero
            ax.text(year, top * 0.03, _said("not_stated"), ha="center", va="bottom", fontsize=8, color="#888888",
                    style="italic")
        elif cell.conflict:
            for row in cell.rows:
                ax.plot([year], [row.value], marker="x", color=CONFLICT_COLOUR, ms=9, mew=2, zorder=3)
                ax.annotate(_figure(row), (year, row.value),
                            textcoords="offset points", xytext=(8, 0), va="center", fontsize=9,
                            color=CONFLICT_COLOUR)
            ax.text(year, top * 1.1, _said("conflicting"), ha="center", fontsize=8, color=CONFLICT_COLOUR)
        else:
            _point(ax, year, cell.rows[0])
    ax.set_xlim(low - 0.6, high + 0.6)
    ax.set_xticks(list(range(low, high + 1)))
    ax.set_xticklabels([str(y) for y in range(low, high + 1)])
    ax.set_ylim(0, top * 1.22)
    ax.yaxis.set_major_formatter(_ticks())
    ax.set_ylabel(series.noun or _unit(series.unit))  # a count by what it counts ("gezinnen"), a measure by its unit
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", color="#dddddd", lw=0.6)
    ax.set_axisbelow(True)
    if show_unit_title:
        ax.set_title(_said("in_unit", unit=_unit(series.unit)), fontsize=10, color=NOTE_COLOUR)


def _point(ax, year: int, row: Row) -> None:
    if row.qualifier == "range" and row.value_max is not None:
        ax.plot([year, year], [row.value, row.value_max], color=EXACT_COLOUR, lw=6, alpha=0.5,
                solid_capstyle="butt", zorder=3)
        label_at = row.value_max
    else:
        ax.plot([year], [row.value], marker="o", ms=8, mew=2, color=EXACT_COLOUR,
                markerfacecolor=EXACT_COLOUR if row.exact else "white", zorder=3)
        label_at = row.value
    ax.annotate(_figure(row), (year, label_at),
                textcoords="offset points", xytext=(0, 9), ha="center", fontsize=10, fontweight="bold")


def _figure(row: Row) -> str:
    """A value's label in the run's language: "ca. 10" / "approx. 10", "18.894" / "18,894"."""
    from extractor.diff import messages

    return messages.figure(row.value, row.qualifier, row.value_max)


def _ticks():
    """The value axis in the run's language's notation."""
    from matplotlib.ticker import FuncFormatter
    from extractor.diff import messages

    return FuncFormatter(lambda value, _position: messages.number(round(value, 6)))


def _source(row: Row) -> str:
    where = (_said("at_page", page=row.page, line=row.line) if row.page else _said("at_line", line=row.line))
    return f"{row.fiscal_year}: {Path(row.document).name} {where}"


def _unit(code: str | None) -> str:
    """A unit code in words, in the language of the run ("days" -> "dagen")."""
    from extractor.diff import messages

    return messages.unit(code) if code else ""


def _said(key: str, **values: object) -> str:
    """A word or line of the charts in the language of the run (vocabulary.chart of patterns/findings.yaml)."""
    from extractor.diff import messages

    return messages.vocabulary()["chart"][key].format(**values)
