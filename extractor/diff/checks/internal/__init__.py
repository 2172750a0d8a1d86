"""Checks on one report on its own (family: internal; rule ids `internal.<kind>`): relations.py, the relations
the text states between its figures; figures.py, its figures against each other. The order the rules run in:
extractor/diff/checks/__init__.py."""
