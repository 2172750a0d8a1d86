"""extractor: figures, statute references and general meetings out of Dutch social-enterprise reports."""

__version__ = "0.1.0"
