"""The rule-based sentence splitter: real sentences of both corpora, and its invariants."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from translint.analysis.sentences import sentence_spans


def split(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, lang)]


# (language, paragraph, its sentences): real sentences of the Canada.ca blog and the
# Debian manuals, and the traps the issue names.
CASES = [
    (
        "en",
        "Links act as road signs for off-ramps. They help guide users. They also attract "
        "attention.",
        ["Links act as road signs for off-ramps.", "They help guide users.",
         "They also attract attention."],
    ),
    (
        "en",
        "Imagine a very busy 8-lane freeway. Confusing, right? Should I stay in my lane or "
        "take the off-ramp?! Too many off-ramps are a sure way to get lost.",
        ["Imagine a very busy 8-lane freeway.", "Confusing, right?",
         "Should I stay in my lane or take the off-ramp?!",
         "Too many off-ramps are a sure way to get lost."],
    ),
    (
        "en",
        "Dr. Yonkyu Park spoke first, e.g. on sensing. He cited No. 5 of the list.",
        ["Dr. Yonkyu Park spoke first, e.g. on sensing.", "He cited No. 5 of the list."],
    ),
    (
        "en",
        "Version 1.2.3 fixes foo.txt. See https://www.debian.org/doc/index.html for more. "
        "It costs 3.5 dollars.",
        ["Version 1.2.3 fixes foo.txt.", "See https://www.debian.org/doc/index.html for more.",
         "It costs 3.5 dollars."],
    ),
    (
        "en",
        "J. R. R. Tolkien lived in the U.S. Army camp. He wrote (a lot.) “Really.” Then he left.",
        ["J. R. R. Tolkien lived in the U.S. Army camp.", "He wrote (a lot.)", "“Really.”",
         "Then he left."],
    ),
    ("en", "Wait... what? Yes… Fine.", ["Wait... what?", "Yes…", "Fine."]),
    (
        "fr",
        "M. Dupont est là, p. ex. avec Mme Durand. Quoi ? Il a dit « Non. » Puis il est "
        "parti !",
        ["M. Dupont est là, p. ex. avec Mme Durand.", "Quoi ?", "Il a dit « Non. »",
         "Puis il est parti !"],
    ),
    (
        "fr",
        "Le taux est de 3,5 %. Les fichiers, etc. Le reste suit.",
        ["Le taux est de 3,5 %.", "Les fichiers, etc.", "Le reste suit."],
    ),
    (
        "fr",
        "Les internautes consultent souvent votre page sur des appareils mobiles. Ils voient la "
        "toute petite partie de la page qui est disponible sur leur écran. Cependant, si vous "
        "placez des détails cruciaux après un lien, les gens risquent de prendre la « bretelle "
        "de sortie » et de ne jamais revenir.",
        ["Les internautes consultent souvent votre page sur des appareils mobiles.",
         "Ils voient la toute petite partie de la page qui est disponible sur leur écran.",
         "Cependant, si vous placez des détails cruciaux après un lien, les gens risquent de "
         "prendre la « bretelle de sortie » et de ne jamais revenir."],
    ),
    ("fr", "  ", []),
    ("en", "No final mark", ["No final mark"]),
    ("en", "lower case after a dot. stays one sentence.", ["lower case after a dot. stays one sentence."]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_sentences(lang: str, text: str, expected: list[str]) -> None:
    assert split(text, lang) == expected


PIECES = st.sampled_from(
    ["Hello", "world", "M.", "Dr.", "p. ex.", "3.5", "3,5", "https://a.b/c.d", "foo.txt",
     "1.2.3", "J.", "etc.", "...", "…", "?", "!", " ?", "«", "»", "(", ")", "\"", "Le",
     "the", "e.g.", "No.", ".", ". ", "\n", "\u00a0", "  "]
)  # fmt: skip
TEXTS = st.lists(PIECES, max_size=30).map(" ".join)


@given(TEXTS, st.sampled_from(["en", "fr"]))
def test_spans_cover_the_text_in_order(text: str, lang: str) -> None:
    spans = sentence_spans(text, lang)
    position = 0
    for start, end in spans:
        assert start < end, "a sentence is never empty"
        assert text[position:start].strip() == "", "only white space between sentences"
        assert not text[start].isspace() and not text[end - 1].isspace()
        position = end
    assert text[position:].strip() == ""


UNSPLIT = st.sampled_from(["3.5", "3,5", "https://www.debian.org/a.b.html", "foo.txt", "1.2.3"])


@given(
    st.lists(PIECES, max_size=8).map(" ".join), UNSPLIT, st.lists(PIECES, max_size=8).map(" ".join)
)
def test_no_split_inside_a_decimal_url_or_file_name(before: str, kept: str, after: str) -> None:
    text = f"{before} {kept} {after}"
    at = text.index(f" {kept} ") + 1
    for start, end in sentence_spans(text, "en"):
        assert not start < at + len(kept) <= end or start <= at, (text, start, end)
        assert not (at < start < at + len(kept))


def test_a_long_paragraph_is_fast() -> None:
    text = "This is a sentence, e.g. a long one, with 3.5 figures. " * 20_000
    spans = sentence_spans(text, "en")
    assert len(spans) == 20_000
    assert all(re.fullmatch(r"This .*\.", text[a:b]) for a, b in spans[:10])
