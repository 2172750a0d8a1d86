"""The per-Doc indexes of extractor/nlp/language.py, made once and read by every recogniser, must give what spaCy
gives token by token: the lower-case words, the tokens with a digit, the sentence of each token."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.document.normalise import normalise
from extractor.document.readers import read_document
from extractor.document.tables import find_tables
from extractor.nlp.language import analyse, digit_tokens, lower_words, sentence_of

ROOT = Path(__file__).resolve().parents[1]
REPORTS = sorted((ROOT / "corpus").iterdir()) + sorted((ROOT / "tests" / "fixtures" / "dev-reports").glob("*.txt"))


@pytest.mark.parametrize("path", REPORTS, ids=lambda path: path.name)
def test_the_indexes_of_every_block_are_what_spacy_gives_token_by_token(path: Path) -> None:
    document = read_document(path)
    blocks = normalise(document, find_tables(document))
    docs = analyse(block.text for block in blocks)
    sentences = 0
    for doc in docs:
        assert lower_words(doc) == [token.lower_ for token in doc]
        assert digit_tokens(doc) == [token.i for token in doc if any(ch.isdigit() for ch in token.text)]
        for token in doc:
            expected, found = token.sent, sentence_of(doc, token.i)
            assert (found.start, found.end) == (expected.start, expected.end), (doc.text, token.i)
        sentences += len(list(doc.sents))
    assert sentences > 50  # the reports are read as many sentences, not one per block


def test_a_sentence_is_found_for_the_first_and_the_last_token() -> None:
    doc = analyse(["Wij telden 12 leden. Nu zijn het er 14! En morgen?"])[0]
    assert [sentence_of(doc, i).text for i in (0, 4, 5, len(doc) - 1)] == \
        ["Wij telden 12 leden.", "Wij telden 12 leden.", "Nu zijn het er 14!", "En morgen?"]
