"""`extract explain REPORT LINE [--page N]`: why each figure on a line was extracted, and where it stands."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from extractor.runtime.inputs import display_path
from extractor.runtime.errors import InputError, UserError, error_line, internal_error
from extractor.figures.periods import stated_period

if TYPE_CHECKING:
    from extractor.document.model import Document


def run(report: Path, line: int, page: int | None, stdout: TextIO, stderr: TextIO, debug: bool = False,
        out: Path | None = None, quiet: bool = False) -> int:
    """Explain the line; to `out` instead of the screen when given (with a line naming it, unless `quiet`)."""
    if out is None:
        return _explain(report, line, page, stdout, stderr, debug)
    import io

    from extractor.runtime.jsonio import write_text_atomic

    text = io.StringIO()
    code = _explain(report, line, page, text, stderr, debug)
    if code == 0:
        write_text_atomic(out, text.getvalue())
        if not quiet:
            print(f"→ {out}", file=stdout)
    return code


def _explain(report: Path, line: int, page: int | None, stdout: TextIO, stderr: TextIO, debug: bool) -> int:
    shown = display_path(report)
    read = _read(shown, stderr, debug)
    if read is None:
        return 2
    document, data = read
    here = page if data["document"]["format"] == "pdf" else None
    refused = _no_such_line(shown, data, document, line, page, here)
    if refused:
        print(error_line(refused), file=stderr)
        return 2
    from extractor.diff import messages

    said = messages.vocabulary()["explain"]
    where = _where_said(document, line, page, here, said)
    figures, others, excluded = _on_line(data, line, here)
    if not figures and not others and not excluded:
        print(said["nothing"].format(file=shown, where=where), file=stdout)
        return 0
    print(said["heading"].format(file=shown, where=where), file=stdout)
    for figure in figures:
        _print_figure(figure, said, stdout)
    for kind, record in others:
        print(said["other"].format(kind=said[kind], raw=record["raw"], rule=record.get("rule", ""),
                                   where=_where(record["location"], said)), file=stdout)
    for entity in excluded:
        value = f" = {entity['value']}" if entity.get("value") else ""
        print(said["not_a_figure"].format(text=entity["text"], value=value, label=said.get(f"entity_{entity['label'].lower()}", entity["label"].lower()),
                                          rule=entity.get("rule", ""), where=_where(entity["location"], said)),
              file=stdout)
    return 0


def _read(shown: str, stderr: TextIO, debug: bool) -> tuple[Document, dict] | None:
    """The document and its report JSON; None (with its one line said) when it cannot be read."""
    from extractor.pipeline import extract_document  # spaCy: not for `extract explain --help`
    from extractor.document.readers import read_document

    try:
        document = read_document(shown)
        return document, extract_document(document)
    except InputError as error:
        print(error_line(error), file=stderr)
    except Exception as error:
        if debug:
            raise
        print(internal_error(error, shown), file=stderr)
    return None


def _no_such_line(shown: str, data: dict, document: Document, line: int, page: int | None,
                  here: int | None) -> UserError | None:
    """Why the line asked for cannot be explained (the reason and its remedy), or None."""
    from extractor.diff.messages import counted

    if data["document"]["format"] == "pdf" and page is None:
        return UserError(shown, "explain.pdf_needs_page")
    if line < 1:
        return UserError(shown, "explain.no_line", line=line)
    if here is not None:
        pages = data["document"].get("pages") or 0
        if not 1 <= here <= pages:
            return UserError(shown, "explain.no_page", page=here, pages=counted("page", pages), last=pages)
    last = max((source.number for source in document.lines if source.page == here), default=0)
    if line > last:
        return UserError(shown, "explain.beyond_page" if here is not None else "explain.beyond_file", line=line,
                         page=here, lines=counted("line", last), last=last)
    return None


def _where_said(document: Document, line: int, page: int | None, here: int | None, said: dict) -> str:
    """The line (and page) in words; in Word and OpenDocument, the paragraph or table row too."""
    where = said["where_page"].format(page=page, line=line) if here else said["where_line"].format(line=line)
    source = next((s for s in document.lines if s.number == line and s.page == here), None)
    if source is not None and source.part is not None:
        where += (said["in_paragraph"].format(paragraph=source.part[1]) if source.part[0] == "paragraph"
                  else said["in_table_row"].format(table=source.part[1], row=source.part[2]))
    return where


def _on_line(data: dict, line: int, here: int | None) -> tuple[list[dict], list[tuple[str, dict]], list[dict]]:
    """The figures, the other records (with their kind) and the numbers that are no figures, of the line."""
    def on_line(record: dict) -> bool:
        location = record.get("location") or {}
        return location.get("line") == line and location.get("page") == here

    figures = [i for i in data["indicators"] if on_line(i)]
    others = ([("statute_reference", r) for r in data["statute_references"] if on_line(r)]
              + [("legal_reference", r) for r in data["legal_references"] if on_line(r)]
              + [("meeting", r) for r in data["meetings"] if on_line(r)])
    # numbers that are no figures: each exclusion is an entity with its kind and rule
    excluded = [e for e in data["entities"] if on_line(e) and any(c.isdigit() for c in e["text"])
                or on_line(e) and e.get("rule", "").startswith("non_figure.")]
    return figures, others, excluded


def _print_figure(figure: dict, said: dict, stdout: TextIO) -> None:
    from extractor.diff import messages

    value = messages.number(figure["value"])
    if figure.get("value_max") is not None:
        value = f"{value}..{messages.number(figure['value_max'])}"
    print(said["figure"].format(raw=figure["raw"], value=value,
                                qualifier=said.get(f"qualifier_{figure['qualifier']}", figure["qualifier"]),
                                unit=_unit(figure["unit"])).replace("  (", " ("),
          file=stdout)
    label = messages.record_label(figure)  # the catalogue's label in the run's language
    if figure["match"] != "catalogue":  # a label of the report's own words: quoted as such
        label = f"‘{label}’"
    print(said["identity"].format(id=figure["id"], label=label,
                                  match=said.get(f"match_{figure['match']}", figure["match"])), file=stdout)
    period = stated_period(figure)
    print(said["rule"].format(rule=figure["rule"], period=messages.period(period) if period else said["no_period"]),
          file=stdout)
    print(said["at"].format(where=_where(figure["location"], said)), file=stdout)
    print(said["sentence"].format(sentence=figure["sentence"]), file=stdout)


def _unit(code: str | None) -> str:
    """A unit of the vocabulary in the run's language; a counted noun as the report wrote it, quoted as such."""
    from extractor.diff import messages

    if not code:
        return ""
    return messages.unit(code) if code in messages.vocabulary()["units"] else f"‘{code}’"


def _where(location: dict, said: dict) -> str:
    parts = []
    if location["page"] is not None:
        parts.append(said["at_page"].format(page=location["page"]))
    parts.append(said["at_line"].format(line=location["line"], column=location["column"]))
    if part := location.get("part"):  # Word, OpenDocument: the paragraph or the table cell
        parts.append(said["at_paragraph"].format(paragraph=part["paragraph"]) if "paragraph" in part
                     else said["at_cell"].format(table=part["table"], row=part["row"], cell=part["cell"]))
    if location["bbox"]:
        parts.append(said["at_box"].format(box=", ".join(f"{v:g}" for v in location["bbox"])))
    return "; ".join(parts)
