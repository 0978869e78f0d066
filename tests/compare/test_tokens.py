"""The word helpers the name comparisons share (translint.compare.tokens)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from translint.compare.tokens import adjective, adjectives_of, present

# Letters of the endings and a few others, so that generated words often end like
# adjectives of names (Gaussian / gaussien) and share stems.
WORDS = st.text(alphabet="aeinrst", max_size=7)


@given(WORDS, WORDS)
def test_adjectives_of_holds_exactly_the_adjectives(word: str, other: str) -> None:
    assert (other in adjectives_of(word)) == adjective(word, other)


@given(WORDS, st.sets(WORDS, max_size=12))
def test_adjectives_of_finds_what_testing_every_word_finds(word: str, keys: set[str]) -> None:
    assert (not adjectives_of(word).isdisjoint(keys)) == any(adjective(word, k) for k in keys)


PRESENT = [
    ("Gaussian", {"flou", "gaussien"}, False, True),
    ("European", {"europeen"}, False, True),
    ("American", {"americain"}, False, True),
    ("Korea", {"coree"}, False, True),  # CLDR
    ("Quebec", {"quebecois"}, True, True),  # derived
    ("Quebec", {"quebecois"}, False, False),
    ("Gaussian", {"gauss"}, False, False),
    ("Debian", {"debien", "linux"}, False, True),
    ("Debian", {"linux"}, False, False),
]


def test_present() -> None:
    from translint.compare.tokens import place_translations

    places = place_translations("en", "fr")
    for word, keys, derived, expected in PRESENT:
        assert present(word, keys, places, derived) is expected, word
