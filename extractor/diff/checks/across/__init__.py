"""Checks of a report against earlier reports (family: across; rule ids `across.<kind>`): statutes.py, its
meetings and statute articles; relations.py, the relations the text states with earlier years; figures.py, its
figures against earlier ones; stale.py, what it copied. The order the rules run in:
extractor/diff/checks/__init__.py."""
