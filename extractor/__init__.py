"""extractor: figures, statute references and general meetings out of Dutch social-enterprise reports."""

from extractor.nlp import spacy_import as _spacy_import

__version__ = "0.1.0"

_spacy_import.install()  # spaCy, when it loads, without its command line (extractor/nlp/spacy_import.py)
