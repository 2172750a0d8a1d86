"""spaCy's tokenizer exceptions ("special cases": abbreviations, emoticons, "'s"), added when a text could
need them rather than all at start-up.

spaCy adds its 4,670 Dutch special cases one by one when a tokenizer loads, making the lexemes of each and
tokenizing each for its phrase matcher: a third of a second, most of the tokenizer's start-up, for an
editor's `extract check` that meets a dozen of them. `OnDemand` wraps a tokenizer loaded without them: before
it tokenizes a text, it adds those whose text occurs in it.

Why the tokens are the same as with every special case loaded: a special case changes a tokenization only
where its string is a span of the text (spaCy looks a word, or what is left of it once affixes are split off,
up in its table), or where its phrase matcher finds the case's tokens one after the other. Those tokens
concatenate to the case's string, so the text without its whitespace contains the string without its
whitespace. A case whose string, whitespace taken out, does not occur in the text whitespace taken out, can
change nothing: it is left out until a text has it. The test is a set lookup of one pair of the string's
characters among the text's pairs (one with a character that is neither letter nor digit, where there is one),
then a substring search.

Once a process has tokenized `ALL_AFTER` characters, it adds the rest: a long run pays the full cost once, and
no more checks. Anything else asked of the tokenizer (its rules, its serialisation) adds the rest first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

ALL_AFTER = 2_000_000  # characters tokenized before the remaining special cases are all added

Rules = Mapping[str, Sequence[Mapping[int, str]]]


class OnDemand:
    """A spaCy tokenizer (a callable from text to Doc, as `Language.tokenizer`) whose special cases
    `rules` are added to it as texts need them."""

    def __init__(self, tokenizer: Any, rules: Rules) -> None:
        self._tokenizer = tokenizer
        self._rules = dict(rules)
        self._waiting: dict[str | tuple[str, str], list[tuple[str, str]]] | None = {}
        self._seen = 0
        always = []
        for string in self._rules:
            squeezed = "".join(string.split())
            if not squeezed:
                always.append(string)  # a case of whitespace alone: in nearly every text
            else:
                self._waiting.setdefault(_anchor(squeezed), []).append((string, squeezed))
        self._add(always)

    def __call__(self, text: str):  # noqa: ANN204 - spaCy's Doc, not imported here
        if self._waiting is not None:
            self._cover(text)
        return self._tokenizer(text)

    def pipe(self, texts, batch_size: int = 1000):  # noqa: ANN001, ANN201 - spaCy's protocol
        for text in texts:
            yield self(text)

    @property
    def waiting(self) -> int:
        """How many special cases have not been added yet."""
        return sum(map(len, self._waiting.values())) if self._waiting is not None else 0

    def complete(self) -> Any:
        """The tokenizer with every special case added."""
        if self._waiting is not None:
            self._add([string for cases in self._waiting.values() for string, _ in cases])
            self._waiting = None
        return self._tokenizer

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # an instance still being made (copy, pickle): nothing to forward yet
            raise AttributeError(name)
        return getattr(self.complete(), name)

    def __reduce__(self):  # noqa: ANN204 - pickle's protocol
        return _complete_tokenizer, (self.complete(),)

    def _cover(self, text: str) -> None:
        self._seen += len(text)
        if self._seen > ALL_AFTER:
            self.complete()
            return
        squeezed = "".join(text.split())
        present = set(zip(squeezed, squeezed[1:]))
        present.update(squeezed)
        hits = present.intersection(self._waiting)
        if not hits:
            return
        found = []
        for anchor in sorted(hits, key=str):  # in a fixed order: the tokenizer's tables come out the same
            cases = self._waiting[anchor]
            keep = [case for case in cases if case[1] not in squeezed]
            found += [string for string, squeezed_case in cases if squeezed_case in squeezed]
            if keep:
                self._waiting[anchor] = keep
            else:
                del self._waiting[anchor]
        self._add(found)

    def _add(self, strings: list[str]) -> None:
        for string in strings:
            self._tokenizer.add_special_case(string, self._rules[string])


def _complete_tokenizer(tokenizer: Any) -> Any:
    return tokenizer


def _anchor(squeezed: str) -> str | tuple[str, str]:
    """What a text must contain for `squeezed` to be in it: its single character, or its pair of characters
    least likely in running text (one with a character that is neither a letter nor a digit, else the
    last pair)."""
    if len(squeezed) == 1:
        return squeezed
    pairs = list(zip(squeezed, squeezed[1:]))
    odd = [pair for pair in pairs if not (pair[0].isalnum() and pair[1].isalnum())]
    return odd[0] if odd else pairs[-1]
