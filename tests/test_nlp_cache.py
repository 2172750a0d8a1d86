"""Start-up from the cache folder (extractor/nlp/startup_cache.py, patterns.load): spaCy's tokenizer, simplemma's
lemmas and dictionary, and the parsed pattern files are built once and loaded afterwards; the results are
the same with and without the cache; a damaged entry is rebuilt silently; without a cache (or with one that
cannot be written) everything is built as before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPORT_2021, REPORT_2024, ROOT
from extractor.runtime import cache
from extractor.nlp import language as nlp
from extractor.nlp import startup_cache as nlp_cache
from extractor.dutch import patterns

pytestmark = pytest.mark.slow  # start-up caches: fresh processes, built tokenizers

DEV = ROOT / "tests" / "fixtures" / "dev-reports"
OTHER_SECTORS = sorted(path for path in (ROOT / "tests" / "fixtures" / "gold-other-sectors").iterdir()
                       if path.suffix in (".txt", ".md") and path.stem != "README")


@pytest.fixture
def startup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A start-up cache folder of this test's own (restored afterwards)."""
    monkeypatch.setattr(cache, "_startup_root", tmp_path / "cache")
    return tmp_path / "cache"


def _entries(folder: Path) -> list[Path]:
    return sorted((folder / "startup").rglob("*.bin")) if (folder / "startup").exists() else []


def _tokens(language, texts: list[str]) -> list[tuple]:
    language.add_pipe("sentencizer")
    return [(t.idx, t.text, t.whitespace_, t.is_sent_start, t.norm_, t.lower_, t.shape_, t.like_num, t.is_stop,
             t.is_punct, t.is_alpha, t.like_url) for doc in language.pipe(texts) for t in doc]


# ------------------------------------------------------------------------------------------- tokenizer

def test_the_tokenizer_from_the_cache_tokenizes_exactly_as_spacy_builds_it(startup: Path) -> None:
    texts = [(ROOT / path).read_text(encoding="utf-8") for path in (REPORT_2021, REPORT_2024)]
    texts += [path.read_text(encoding="utf-8") for path in OTHER_SECTORS]
    texts += [path.read_text(encoding="utf-8") for path in sorted(DEV.glob("*.txt")) + sorted(DEV.glob("*.md"))]
    texts += TRICKY
    texts.append("Zie art. 8:5 WVV, d.w.z. o.a. blz. 3 t.e.m. 7; ca. 1.250 m² (vs. 2023), e-mail: info@coop.be, "
                 "www.zorgcoop.be/jaarverslag; 's avonds 't huis, zo'n 40 vrijwilligers: +12,5%!")
    built = _tokens(nlp_cache.build_pipeline(), texts)
    nlp_cache.blank_pipeline()  # builds and stores
    assert len(_entries(startup)) == 1
    loaded = _tokens(nlp_cache.blank_pipeline(), texts)
    assert len(built) > 10_000 and loaded == built


# texts where a special case sits against punctuation, inside brackets, across a space, or where the tokens
# of one would follow each other across words (its phrase matcher sees tokens, not spaces)
TRICKY = ["(a.s.) [o.a.] {d.w.z.} \"enz.\" 'blz. 3' enz.). a. s. o. a. d. w. z. a.s.,o.a.;blz.:",
          ":-) :-( ;-) <3 :) (: ^_^ o.O :p :P xD =) ¯\\_(ツ)_/¯ (╯°□°）╯︵┻━┻ ...",
          "'s avonds, 's-Hertogenbosch, 't huis, zo'n, m'n, d'r, 's Gravenwezel; z'n 'S MORGENS",
          "St.Truiden Mr.Jansen, Prof.dr. Peeters, nr.12, art.8:5, ca.€ 1.250, t.e.m.7, i.p.v.,\u00a0bv.\u00a0x",
          "Blz. BLZ. O.A. D.W.Z. Enz. ENZ. a.d.h.v. A.D.H.V. m.b.t. M.B.T. vzw. VZW. cv. CV. bvba. nv.",
          "e.d. e.a. e.v. e.v.a. i.s.m. m.a.w. m.i.v. n.a.v. o.b.v. p.m. t.a.v. t.o.v. v.w.b. w.o. z.o.z."]


def test_special_cases_come_as_a_text_needs_them_and_change_no_token(startup: Path) -> None:
    """The loaded tokenizer adds spaCy's special cases only when a text holds their characters, and
    tokenizes each text alone, with only its own cases added, as spaCy's full tokenizer does."""
    built = nlp_cache.build_pipeline()
    nlp_cache.blank_pipeline()  # builds and stores
    total = len(built.tokenizer.rules)
    for text in TRICKY:
        fresh = nlp_cache.blank_pipeline()
        assert fresh.tokenizer.waiting > total - 100
        assert _tokens(fresh, [text]) == _tokens(nlp_cache.build_pipeline(), [text]), text
    plain = nlp_cache.blank_pipeline()
    waiting = plain.tokenizer.waiting
    plain("Er zijn 12 leden")
    assert plain.tokenizer.waiting == waiting  # nothing in it asks for a case
    assert [t.text for t in plain("o.a. blz. 3")] == ["o.a.", "blz.", "3"]
    assert waiting - 10 <= plain.tokenizer.waiting <= waiting - 2  # those two, and shorter ones inside ("a.")


def test_asked_for_anything_else_the_tokenizer_has_every_special_case(startup: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import pickle

    from extractor.nlp import special_cases

    rules = nlp_cache.build_pipeline().tokenizer.rules
    nlp_cache.blank_pipeline()
    assert nlp_cache.blank_pipeline().tokenizer.rules == rules
    assert pickle.loads(pickle.dumps(nlp_cache.blank_pipeline().tokenizer)).rules == rules
    monkeypatch.setattr(special_cases, "ALL_AFTER", 50)
    long_run = nlp_cache.blank_pipeline()
    texts = ["Er zijn twaalf leden en ook vijf vrijwilligers.", *TRICKY]
    assert _tokens(long_run, texts) == _tokens(nlp_cache.build_pipeline(), texts)
    assert long_run.tokenizer.waiting == 0


def test_a_warm_cache_does_not_build_the_tokenizer(startup: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    builds: list[int] = []
    original = nlp_cache.build_pipeline
    monkeypatch.setattr(nlp_cache, "build_pipeline", lambda: builds.append(1) or original())
    nlp_cache.blank_pipeline()
    nlp_cache.blank_pipeline()
    assert builds == [1]


def test_the_pipeline_is_built_once_per_process(tmp_path: Path) -> None:
    """In a process of its own: every Matcher of the recognisers holds the vocabulary of the one pipeline."""
    probe = ("from extractor.nlp import startup_cache as nlp_cache\n"
             "made = []\n"
             "original = nlp_cache.blank_pipeline\n"
             "nlp_cache.blank_pipeline = lambda: made.append(1) or original()\n"
             "from extractor.nlp import language as nlp\n"
             "from pathlib import Path\n"
             "from extractor.pipeline import extract_file\n"
             f"extract_file(Path({REPORT_2021!r})), extract_file(Path({REPORT_2024!r}))\n"
             "nlp.stop_words(), nlp.analyse(['Er zijn 12 leden.'])\n"
             "print(len(made), nlp.pipeline() is nlp.pipeline())\n")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "EXTRACTOR_CACHE_DIR": str(tmp_path)})
    assert done.stdout == "1 True\n", done.stderr


@pytest.mark.parametrize("damage", ["truncate", "flip", "empty"])
def test_a_damaged_tokenizer_entry_is_rebuilt_silently(startup: Path, monkeypatch: pytest.MonkeyPatch,
                                                       damage: str) -> None:
    nlp_cache.blank_pipeline()
    [entry] = _entries(startup)
    data = entry.read_bytes()
    entry.write_bytes({"truncate": data[:len(data) // 2], "flip": data[:-20] + b"X" + data[-19:], "empty": b""}[damage])
    builds: list[int] = []
    original = nlp_cache.build_pipeline
    monkeypatch.setattr(nlp_cache, "build_pipeline", lambda: builds.append(1) or original())
    language = nlp_cache.blank_pipeline()
    assert builds == [1] and [t.text for t in language("Zie art. 5, o.a. blz. 3.")] == \
        ["Zie", "art.", "5", ",", "o.a.", "blz.", "3", "."]
    assert entry.read_bytes() == data  # rewritten whole
    nlp_cache.blank_pipeline()
    assert builds == [1]


def test_an_entry_spacy_cannot_load_is_rebuilt(startup: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry whose checksum holds but whose content spaCy refuses (another spaCy's): built again."""
    store = cache.startup_store()
    entry = cache.key("tokenizer", nlp_cache.LANGUAGE, cache.code_fingerprint())
    store.put_bytes(entry, b"not msgpack at all")
    language = nlp_cache.blank_pipeline()
    assert [t.text for t in language("o.a. 12 leden")] == ["o.a.", "12", "leden"]
    assert store.get_bytes(entry) != b"not msgpack at all"


def test_without_a_cache_everything_is_built_and_nothing_written(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "_startup_root", None)
    monkeypatch.setattr(nlp_cache, "_lemmatiser", nlp_cache._lemmatiser.__wrapped__)
    assert cache.startup_store() is None
    assert [t.text for t in nlp_cache.blank_pipeline()("blz. 3")] == ["blz.", "3"]
    table = nlp_cache.LemmaTable(lambda word: word + "!", None, None)
    assert table.lemma("leden") == "leden!"
    table.save()
    assert list(tmp_path.rglob("*")) == []


def test_a_cache_folder_that_cannot_be_written_costs_only_the_time(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be")
    monkeypatch.setattr(cache, "_startup_root", blocked)
    assert [t.text for t in nlp_cache.blank_pipeline()("o.a. 12 leden")] == ["o.a.", "12", "leden"]
    patterns.load.cache_clear()
    try:
        assert patterns.load("units")["description"]
    finally:
        patterns.load.cache_clear()
    assert blocked.read_text() == "a file where the cache folder should be"


def test_the_command_line_chooses_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from extractor.commands import extract

    monkeypatch.setattr(cache, "_startup_root", tmp_path / "elsewhere")
    options = extract.Options([ROOT / REPORT_2021], tmp_path / "out", jobs=1, quiet=True, cache=False)
    assert extract.run(options, io.StringIO(), io.StringIO())[0] == 0
    assert cache.startup_root() is None
    options = extract.Options([ROOT / REPORT_2021], tmp_path / "out", jobs=1, quiet=True, cache_dir=tmp_path / "c")
    assert extract.run(options, io.StringIO(), io.StringIO())[0] == 0
    assert cache.startup_root() == tmp_path / "c"


# ---------------------------------------------------------------------------------------------- lemmas

def _words() -> list[str]:
    words = set()
    for path in [ROOT / REPORT_2021, ROOT / REPORT_2024, *OTHER_SECTORS]:
        words.update(w.strip(".,;:()[]\"'’“”!?") for w in path.read_text(encoding="utf-8").lower().split())
    return sorted(w for w in words if w)


def test_the_lemmas_are_simplemmas(startup: Path) -> None:
    import simplemma

    words = _words()
    expected = [simplemma.lemmatize(word, lang="nl") for word in words]
    table = nlp_cache.LemmaTable(nlp_cache._lemmatiser.__wrapped__(), cache.startup_store(), "ab" * 32)
    assert len(words) > 2000 and [table.lemma(word) for word in words] == expected
    table.save()
    again = nlp_cache.LemmaTable(lambda word: pytest.fail(f"lemmatised again: {word}"), cache.startup_store(),
                                 "ab" * 32)
    assert [again.lemma(word) for word in words] == expected


def test_simplemmas_dictionary_is_decoded_once(startup: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from simplemma.strategies.dictionaries import DEFAULT_DICTIONARY_FACTORY

    first = nlp_cache._dictionary("nl")
    assert len(_entries(startup)) == 1
    assert first == dict(DEFAULT_DICTIONARY_FACTORY.get_dictionary("nl").items())
    monkeypatch.setattr(type(DEFAULT_DICTIONARY_FACTORY), "get_dictionary",
                        lambda self, lang: pytest.fail("simplemma's file decoded again"))
    assert nlp_cache._dictionary("nl") == first


def test_the_table_keeps_what_another_process_added(startup: Path) -> None:
    store = cache.startup_store()
    one = nlp_cache.LemmaTable(str.upper, store, "cd" * 32)
    two = nlp_cache.LemmaTable(str.title, store, "cd" * 32)
    one.lemma("leden")
    two.lemma("kinderen")
    one.save()
    two.save()
    three = nlp_cache.LemmaTable(lambda word: pytest.fail(word), store, "cd" * 32)
    assert (three.lemma("leden"), three.lemma("kinderen")) == ("LEDEN", "Kinderen")


@pytest.mark.parametrize("content", [b"", b"\x00garbage", b"\xe9not marshal"])
def test_a_damaged_table_is_ignored(startup: Path, content: bytes) -> None:
    store = cache.startup_store()
    store.put_bytes("ef" * 32, content)
    table = nlp_cache.LemmaTable(str.upper, store, "ef" * 32)
    assert table.known == {} and table.lemma("leden") == "LEDEN"
    table.save()
    assert nlp_cache.LemmaTable(str.lower, store, "ef" * 32).lemma("leden") == "LEDEN"


def test_the_table_is_written_when_the_process_ends(tmp_path: Path) -> None:
    probe = ("from extractor.nlp import language as nlp\n"
             "print(nlp.lemma('kinderen'), nlp.lemma('gezinnen'))\n")
    environment = {**os.environ, "EXTRACTOR_CACHE_DIR": str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=environment, capture_output=True, text=True)
    assert first.stdout == "kind gezin\n", first.stderr
    again = subprocess.run([sys.executable, "-c", probe + "import sys; print('simplemma' in sys.modules)\n"],
                           cwd=ROOT, env=environment, capture_output=True, text=True)
    assert again.stdout == "kind gezin\nFalse\n", again.stderr


# -------------------------------------------------------------------------------------------- patterns

@pytest.fixture
def fresh_patterns():
    patterns.load.cache_clear()
    yield
    patterns.load.cache_clear()


def test_a_pattern_file_is_parsed_once(startup: Path, fresh_patterns: None, monkeypatch: pytest.MonkeyPatch) -> None:
    names = patterns.pattern_names()
    parsed = {name: patterns._parsed(patterns.patterns_dir() / f"{name}.yaml",
                                     (patterns.patterns_dir() / f"{name}.yaml").read_bytes(),
                                     (patterns.schemas_dir() / "patterns" / f"{name}.schema.json").read_bytes())
              for name in names}
    assert {name: patterns.load(name) for name in names} == parsed
    assert len(_entries(startup)) == len(names)
    patterns.load.cache_clear()
    monkeypatch.setattr(patterns, "_parsed", lambda *args: pytest.fail("parsed again"))
    assert {name: patterns.load(name) for name in names} == parsed


def test_a_changed_pattern_file_is_parsed_and_validated_again(startup: Path, fresh_patterns: None, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from extractor.runtime.errors import PatternError

    copy = tmp_path / "patterns"
    shutil.copytree(patterns.patterns_dir(), copy)
    monkeypatch.setattr(patterns, "patterns_dir", lambda: copy)
    assert patterns.load("units")
    text = (copy / "units.yaml").read_text(encoding="utf-8")
    (copy / "units.yaml").write_text(text.replace("description:", "descriptio:", 1), encoding="utf-8")
    patterns.load.cache_clear()
    with pytest.raises(PatternError, match=r"units.yaml: at \$"):
        patterns.load("units")


def test_worker_processes_use_the_runs_cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from extractor.commands import extract

    options = extract.Options([ROOT / REPORT_2021, ROOT / REPORT_2024], tmp_path / "out", jobs=2, quiet=True,
                              cache_dir=tmp_path / "c", pool_min_bytes=0)
    assert extract.run(options, io.StringIO(), io.StringIO())[0] == 0
    tokenizer = cache.key("tokenizer", nlp_cache.LANGUAGE, cache.code_fingerprint())
    assert cache.Cache(tmp_path / "c", "startup", ".bin").get_bytes(tokenizer) is not None  # a worker stored it
