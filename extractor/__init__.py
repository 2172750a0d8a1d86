"""extractor: figures, statute references and general meetings out of Dutch social-enterprise reports.

The Python API (extractor/api.py; cheap to import, the heavy parts load when first used):

    read(path) -> Report            a report file or its JSON output
    compare(old, new) -> Findings   as `extract diff`
    check(draft, earlier) -> Findings  as `extract check`
    series(paths) -> list[dict]     the long series table, one dict per figure: pandas.DataFrame(rows)
"""

from extractor.nlp import spacy_import as _spacy_import

__version__ = "0.1.0"

_spacy_import.install()  # spaCy, when it loads, without its command line (extractor/nlp/spacy_import.py)

from extractor.api import Report, check, compare, read, reports, series  # noqa: E402  (after the hook above)

__all__ = ["Report", "check", "compare", "read", "reports", "series", "__version__"]
