"""The stored word lists answer exactly as spaCy's lemmatiser tables do, read back
without spaCy, and a damaged file is rebuilt rather than believed."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.strings import get_string_id

from translint.analysis import nlp
from translint.analysis.wordlists import (
    WordLists,
    decode,
    encode,
    stored_word_lists,
    string_hash,
    word_lists_path,
)


@given(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40))
def test_the_string_hash_is_spacys_for_any_text(text: str) -> None:
    from spacy.symbols import IDS

    if text not in IDS:  # spaCy gives its symbols small ids instead: see the next test
        assert string_hash()(text) == get_string_id(text)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_symbol_keyed_forms_are_kept_as_words(lang: str) -> None:
    """The French table is keyed by spaCy's ids; a form that is also a symbol name
    (``case``) has a small id, not a hash, and must still be found."""
    from spacy.symbols import IDS

    lists = nlp._read_lexicon(lang)
    assert all(f not in set(IDS.values()) for f in lists.forms)


# Forms (mangeons, étaient), lemmas, symbol names, plurals, names, acronyms, nonsense.
WORDS = {
    "en": [
        "running",
        "stopped",
        "Toolbox",
        "ENTER",
        "The",
        "case",
        "mark",
        "Daejeon",
        "Yongkyu",
        "QKBA",
        "qzxv",
    ],
    "fr": [
        "mangeons",
        "étaient",
        "chevaux",
        "Montréal",
        "case",
        "marque",
        "Daejeon",
        "AAQC",
        "qzxv",
        "Les",
    ],
}


def _spacy_answer(lang: str, word: str) -> bool:
    """``is_dictionary_word`` as it was before the lists were stored: sets of words
    and of spaCy string ids, looked up with spaCy's own ``get_string_id``."""
    import spacy
    import srsly

    root = spacy.util.get_package_path(nlp.pipeline_name(lang))
    path = next(root.glob("**/lemmatizer/lookups/lookups.bin"))
    tables = srsly.msgpack_loads(path.read_bytes())
    words = set(nlp._function_words(lang))
    for key in ("noun", "verb", "adj", "adv"):
        words.update(tables.get("lemma_index", {}).get(get_string_id(key), ()))
    lookup = tables.get("lemma_lookup", {})
    for lemmas in lookup.values():
        words.update([lemmas] if isinstance(lemmas, str) else lemmas)
    old = WordLists(frozenset(words), frozenset(lookup))
    candidates = {word.lower(), word.lower().removesuffix("s")}
    return bool(candidates & old.words) or any(get_string_id(c) in old.forms for c in candidates)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_stored_lists_answer_as_spacy_tables(lang: str, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("TRANSLINT_CACHE_DIR", str(tmp_path))
    nlp._lexicon.cache_clear()
    try:
        stored = nlp._lexicon(lang)
        assert list(tmp_path.glob(f"wordlists-{lang}-*.bin"))
        for word in WORDS[lang]:
            candidates = {word.lower(), word.lower().removesuffix("s")}
            assert stored.knows(candidates) == _spacy_answer(lang, word), word
    finally:
        nlp._lexicon.cache_clear()


def test_known_answers() -> None:
    assert nlp.is_dictionary_word("mangeons", "fr")  # a form: found by its hash
    assert nlp.is_dictionary_word("Toolbox", "en")
    assert not nlp.is_dictionary_word("Yongkyu", "en")
    assert not nlp.is_dictionary_word("Daejeon", "fr")


@settings(max_examples=50)
@given(
    st.frozensets(
        st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\n"), min_size=1)
    ),
    st.frozensets(st.integers(min_value=0, max_value=2**64 - 1)),
)
def test_lists_round_trip_through_their_file_bytes(
    words: frozenset[str], forms: frozenset[int]
) -> None:
    lists = WordLists(words, forms)
    assert decode(encode(lists)) == lists


def test_a_damaged_or_foreign_file_is_rebuilt_and_replaced(tmp_path: Path) -> None:
    lists = WordLists(frozenset({"maison", "chat"}), frozenset({12345}))
    path = word_lists_path(tmp_path, "fr", "abc")
    old = word_lists_path(tmp_path, "fr", "older")
    old.write_bytes(encode(lists))
    built: list[int] = []

    def build() -> WordLists:
        built.append(1)
        return lists

    for damage in (b"", encode(lists)[:-3], b"something else entirely"):
        path.write_bytes(damage)
        assert stored_word_lists(path, build) == lists
        assert decode(path.read_bytes()) == lists
    assert len(built) == 3
    assert stored_word_lists(path, build) == lists and len(built) == 3  # read, not built
    assert not old.exists()  # another install's lists of the same language


def test_an_unwritable_folder_still_gives_the_lists(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", "utf-8")
    lists = WordLists(frozenset({"chat"}), frozenset())
    assert stored_word_lists(word_lists_path(blocker, "fr", "k"), lambda: lists) == lists
