"""Doubled words: which doublings are slips, and what markup hides or does not hide."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translint import read_one
from translint.analysis.doublings import doublings, may_double, same_word
from translint.analysis.shielded import shield_of
from translint.lang import language
from translint.model import Paragraph


def doubled(text: str, lang: str) -> list[str]:
    paragraph = Paragraph(0, text, 0, len(text))
    legitimate = language(lang).text.legitimate_doublings
    found = doublings(paragraph.content, legitimate, shield_of(paragraph))
    return [paragraph.content[d.first : d.end] for d in found]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Slips: articles, prepositions, conjunctions, « que que », any word.
        ("fr", "Le le rapport a été publié.", ["Le le"]),
        ("fr", "Cliquez sur sur le bouton Nouveau.", ["sur sur"]),
        ("fr", "Vous noterez que que le grain a été réduit.", ["que que"]),
        ("fr", "il n’est pas toujours facile facile de trouver", ["facile facile"]),
        ("fr", "passent de de la première à la dernière", ["de de"]),
        ("fr", "le le le", ["le le", "le le"]),
        ("en", "Open the the file.", ["the the"]),
        ("en", "It is in in the folder.", ["in in"]),
        # Legitimate French doublings (translint/lang/fr/text.py).
        ("fr", "Nous nous sommes réunis à Montréal.", []),
        ("fr", "Vous vous êtes inscrits.", []),
        ("fr", "Identifiez vos disques durs en en affichant la liste.", []),
        ("fr", "la possibilité de faire faire ses déclarations", []),
        ("fr", "un cas très très rare", []),
        # Legitimate English doublings (translint/lang/en/text.py).
        ("en", "They had had enough.", []),
        ("en", "He said that that was fine.", []),
        ("en", "What it is is a list.", []),
        # A legitimate word of one language is a slip in the other.
        ("en", "We nous nous", ["nous nous"]),
        ("fr", "Ils had had", ["had had"]),
        # Not doublings: punctuation between, accents differ, numbers, identifiers.
        ("fr", "Vous, vous restez ici.", []),
        ("fr", "Il a à faire.", []),
        ("fr", "Il y a eu 10 10 fois plus de cas.", []),
        ("fr", "les modules PAM pam_unix(8) et pam_cracklib(8)", []),
        ("fr", "voir /usr/share share", []),
        ("en", "run ls -l -l twice", []),
        # Elided words are words: « l’a l’a » is doubled.
        ("fr", "Il l’a l’a dit.", ["l’a l’a"]),
        ("fr", "Il l'a l’a dit.", ["l'a l’a"]),
        # Across a line break the words are still doubled.
        ("fr", "dans le\nle dossier", ["le\nle"]),
    ],
)
def test_doublings(lang: str, text: str, expected: list[str]) -> None:
    assert doubled(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Voir https://exemple.org/le/le et la suite.", []),
        ("Voir www.exemple.org/de/de pour tout.", []),
        ("Lancez `ls ls` puis continuez.", []),
        ("Lancez <code>ls ls</code> puis continuez.", []),
        ("Lancez `ls` ls puis continuez.", []),  # one word in the code span, one outside
        ("Le le `code` ensuite.", ["Le le"]),
    ],
)
def test_code_spans_and_urls_are_not_prose(text: str, expected: list[str]) -> None:
    assert doubled(text, "fr") == expected


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("emphasis.md", "Le rapport de **de** la commission.\n", ["de de"]),
        ("link.md", "Lisez le [le rapport](https://exemple.org) ici.\n", ["le le"]),
        ("break.md", "Lisez le\nle rapport de la commission.\n", ["le\nle"]),
        ("tag.html", "<main><p>Lisez le <b>le</b> rapport.</p></main>", ["le le"]),
        ("code.md", "Lancez `ls ls` dans le dossier.\n", []),
    ],
)
def test_markup_between_two_words_does_not_hide_a_doubling(
    tmp_path: Path, name: str, text: str, expected: list[str]
) -> None:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    document = read_one(path, "fr")
    legitimate = language("fr").text.legitimate_doublings
    found = []
    for paragraph in document.paragraphs:
        for d in doublings(paragraph.content, legitimate, shield_of(paragraph)):
            found.append(paragraph.content[d.first : d.end])
    assert found == expected


def test_words_compare_up_to_case_but_not_accents() -> None:
    assert same_word("Le", "le") and same_word("l’a", "l'a")
    assert not same_word("a", "à") and not same_word("ou", "où")


WORDS = st.sampled_from(["le", "rapport", "de", "la", "commission", "publié", "Le", "à", "a"])
GLUE = st.sampled_from([" ", "\n", ", ", " 10 ", ". ", " « ", "\u00a0"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(WORDS, GLUE), max_size=12))
def test_every_doubling_is_two_equal_words_with_only_space_between(
    parts: list[tuple[str, str]],
) -> None:
    text = "".join(word + glue for word, glue in parts)
    paragraph = Paragraph(0, text, 0, len(text))
    for d in doublings(text, frozenset(), shield_of(paragraph)):
        first = text[d.first : d.first + len(d.word)]
        assert same_word(first, d.word) and text[d.start : d.end] == d.word
        assert not text[d.first + len(first) : d.start].strip()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["rapport", "commission", "publié", "hier", "été"]), unique=True),
    st.data(),
)
def test_a_word_written_twice_among_distinct_words_is_found(words: list[str], data) -> None:
    if not words:
        return
    at = data.draw(st.integers(0, len(words) - 1))
    text = " ".join(words[: at + 1] + words[at:])
    assert doubled(text, "fr") == [f"{words[at]} {words[at]}"]


PREFILTER_WORDS = st.sampled_from(
    ["le", "Le", "LE", "l’homme", "l'homme", "va-t-il", "VA-T-IL", "straße", "STRASSE", "à", "a"]
)
PREFILTER_GLUE = st.sampled_from([" ", "\n ", ", ", "3", "_", "-", "\u00a0", "’", ""])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(PREFILTER_WORDS, PREFILTER_GLUE), max_size=10))
def test_the_prefilter_never_rules_out_a_paragraph_with_a_doubling(
    parts: list[tuple[str, str]],
) -> None:
    text = "".join(word + glue for word, glue in parts)
    paragraph = Paragraph(0, text, 0, len(text))
    if doublings(text, frozenset(), shield_of(paragraph)):
        assert may_double(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le rapport a été publié hier.", False),
        ("le le rapport", True),
        ("L’homme l'homme", True),
        ("Straße STRASSE", True),  # casefolding changes the length: always walked
        ("la lampe", False),
    ],
)
def test_may_double(text: str, expected: bool) -> None:
    assert may_double(text) is expected
