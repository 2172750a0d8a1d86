"""Which library reads the characters and lines of a PDF: pdfium (pypdfium2, the default) or pdfplumber.

pdfium is a C++ parser: bare pypdfium2 gives a page's characters with their boxes some seventy times
faster than pdfplumber's extract_words (pure-Python pdfminer; issue 21); pdfplumber stays as the second
engine and the reference its results are compared against (tests/test_pdf_engines.py). The choice is `--pdf-engine` on every command that reads reports, which sets
EXTRACT_PDF_ENGINE for the process and the workers it starts; a task sent to a Dask worker carries it.
Nothing here imports either library: `extract --help` stays fast."""

from __future__ import annotations

import os

from extractor.runtime.errors import UserError

ENGINES = ("pdfium", "pdfplumber")
DEFAULT = "pdfium"
ENVIRONMENT = "EXTRACT_PDF_ENGINE"


def selected(environ: dict[str, str] | None = None) -> str:
    """The engine the environment names, else the default."""
    environ = os.environ if environ is None else environ
    name = environ.get(ENVIRONMENT, "").strip().lower() or DEFAULT
    if name not in ENGINES:
        raise UserError(ENVIRONMENT, "pdf.unknown_engine", name=name, variable=ENVIRONMENT, engines=", ".join(ENGINES))
    return name


_page_jobs = 1


def page_jobs() -> int:
    """How many processes read the pages of one long PDF (pdf_pages): 1 unless a command said more."""
    return _page_jobs


def use_page_jobs(jobs: int) -> None:
    """Let `jobs` processes read the pages of each PDF this process reads itself (a run that extracts its
    reports here, not in a pool of workers that each read a whole report)."""
    global _page_jobs
    _page_jobs = max(1, int(jobs))


def choose(name: str | None) -> None:
    """Make `name` the engine of this process and of the processes it starts (None: leave it)."""
    if name is not None:
        os.environ[ENVIRONMENT] = name


class PageRead:
    """What an engine gives of one page: its characters (pdf_layout.Char tuples: text, x0, top, x1,
    bottom, size, ...; or pdfplumber's dicts of those keys), the vertical rules drawn on it (x, top, bottom), its images, its height; whether it could
    not be read whole; the degrees its text was turned by to be read;
    the characters without a Unicode mapping."""

    __slots__ = ("number", "chars", "rulings", "images", "height", "unreadable", "turned", "unmapped", "width")

    def __init__(self, number: int, chars: list[dict], rulings: list[tuple[float, float, float]], images: int,
                 height: float, *, unreadable: bool = False, turned: int = 0,
                 unmapped: int = 0, width: float = 0.0) -> None:
        self.number = number
        self.width = width  # 0: not known (a turned page), no spread looked for
        self.chars = chars
        self.rulings = rulings
        self.images = images
        self.height = height
        self.unreadable = unreadable
        self.turned = turned
        self.unmapped = unmapped


def cache_parts(path) -> tuple[str, ...]:
    """What a result-cache key adds for the report at `path`: the engine, for a PDF (a text report's key
    stays as it was)."""
    return (f"pdf-engine {selected()}",) if str(path).lower().endswith(".pdf") else ()


def add_argument(parser) -> None:
    """`--pdf-engine` on a command that reads reports."""
    parser.add_argument("--pdf-engine", choices=ENGINES, default=None, metavar="ENGINE",
                        help=f"what reads a PDF's characters and lines: {ENGINES[0]} (default, fast) or "
                             f"{ENGINES[1]} (the reference, slower); also ${ENVIRONMENT}")
