"""spaCy without its command line at start-up.

`import spacy` imports spaCy's own command line (`spacy.cli`: typer, weasel, requests, jinja2 and some 350
modules, a third of spaCy's import time) only to offer `spacy.info`, which this tool never calls. `install()`
(run when the `extractor` package loads; it imports nothing) puts an import hook in front of spaCy's package:
while `spacy/__init__.py` runs, `spacy.cli` and `spacy.cli.info` are stand-ins; once it has run they are gone.
Afterwards `import spacy.cli`, `spacy.cli` and `spacy.info()` load the real command line as before. Should
spaCy's package fail to load with the stand-ins (a spaCy that needs more of its command line while it
loads), it is loaded again without them. Only the import of the package `spacy` itself is touched, once.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

_STAND_INS = ("spacy.cli", "spacy.cli.info")


class _Finder:
    """A meta path finder (importlib's protocol) of the package `spacy` alone."""

    def find_spec(self, name: str, path: Any = None, target: Any = None):
        if name != "spacy":
            return None
        uninstall()
        from importlib.util import find_spec

        spec = find_spec(name)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        spec.loader = _Loader(spec.loader)
        return spec


class _Loader:
    """spaCy's own loader, with the stand-ins in place while it runs."""

    def __init__(self, loader: Any) -> None:
        self.loader = loader

    def create_module(self, spec):  # noqa: ANN001 - importlib's protocol
        return self.loader.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        module.__loader__ = self.loader
        if module.__spec__ is not None:
            module.__spec__.loader = self.loader
        stand_ins = _stand_ins()
        placed = [name for name in _STAND_INS if name not in sys.modules]
        for name in placed:
            sys.modules[name] = stand_ins[name]
        try:
            self.loader.exec_module(module)
        except ImportError:
            _remove(placed, stand_ins, module)
            self.loader.exec_module(module)  # as spaCy loads without the hook
            return
        _remove(placed, stand_ins, module)
        if "__getattr__" not in module.__dict__:
            module.__getattr__ = _real_cli_on_demand  # PEP 562: `spacy.cli` imports it when first used


def _remove(placed: list[str], stand_ins: dict[str, types.ModuleType], module: types.ModuleType) -> None:
    for name in placed:
        if sys.modules.get(name) is stand_ins[name]:
            del sys.modules[name]
    if module.__dict__.get("cli") is stand_ins["spacy.cli"]:
        del module.cli


def _stand_ins() -> dict[str, types.ModuleType]:
    cli = types.ModuleType("spacy.cli", "A stand-in while spaCy loads (extractor/nlp/spacy_import.py).")
    info = types.ModuleType("spacy.cli.info", cli.__doc__)

    def info_(*args: Any, **kwargs: Any) -> Any:
        """spaCy's `spacy.info`, from its real command line."""
        return importlib.import_module("spacy.cli.info").info(*args, **kwargs)

    info.info = info_
    cli.info = info
    return {"spacy.cli": cli, "spacy.cli.info": info}


def _real_cli_on_demand(name: str) -> Any:
    if name == "cli":
        return importlib.import_module("spacy.cli")
    raise AttributeError(f"module 'spacy' has no attribute {name!r}")


_FINDER = _Finder()


def install() -> None:
    """Put the hook in place, unless spaCy is loaded already."""
    if "spacy" not in sys.modules and _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)


def uninstall() -> None:
    if _FINDER in sys.meta_path:
        sys.meta_path.remove(_FINDER)
