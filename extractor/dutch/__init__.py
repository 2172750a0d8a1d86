"""The Dutch language: pattern files loaded and validated, numbers, dates, the lexicon, number formatting."""
