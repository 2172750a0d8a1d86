"""Indicator-by-year series of a corpus of reports, for researchers (`extract series`, DESIGN.md §3).

    build(reports)                       report dicts -> SeriesTable (long rows, series, gaps, flags)
    csv_out.long_csv / wide_csv(table)   CSV text;  json_out.to_json(table) the series JSON
    sqlite_out.write(table, reports, findings, path)
    charts.render_all(table, out_dir)    PNG charts (needs matplotlib)
"""

from extractor.series.table import Cell, Row, Series, SeriesTable, build, series_key

__all__ = ["Cell", "Row", "Series", "SeriesTable", "build", "series_key"]
