"""French spacing against the two conventions: what is a slip, of which kind, and what is not read."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translint.analysis.shielded import shield_of
from translint.analysis.typography import BREAKING, MISSING, UNWANTED, convention_for, slips
from translint.lang import Typography, language
from translint.model import Paragraph

NB, NNB = "\u00a0", "\u202f"


def convention(name: str) -> Typography:
    return next(c for c in language("fr").typography if c.name == name)


def found(text: str, name: str) -> list[tuple[str, str, str]]:
    paragraph = Paragraph(0, text, 0, len(text))
    return [
        (s.kind, s.mark, text[s.start : s.end])
        for s in slips(paragraph.content, convention(name), shield_of(paragraph))
    ]


@pytest.mark.parametrize(
    ("text", "fr_fr", "fr_ca"),
    [
        # The colon: a no-break space (full or narrow) in both conventions.
        (f"Résultat{NB}: bon", [], []),
        (f"Résultat{NNB}: bon", [], []),
        ("Résultat: bon", [(MISSING, ":", ":")], [(MISSING, ":", ":")]),
        ("Résultat : bon", [(BREAKING, ":", " :")], [(BREAKING, ":", " :")]),
        # ; ! ?: narrow no-break space in France, nothing in Canada.
        (f"oui{NNB}; non", [], []),  # Canada tolerates the narrow one
        (f"oui{NB}; non", [], [(UNWANTED, ";", f"{NB};")]),
        ("oui; non", [(MISSING, ";", ";")], []),
        ("oui ; non", [(BREAKING, ";", " ;")], [(UNWANTED, ";", " ;")]),
        ("Vraiment ?", [(BREAKING, "?", " ?")], [(UNWANTED, "?", " ?")]),
        ("Bravo!", [(MISSING, "!", "!")], []),
        (f"Vraiment{NNB}?!", [], []),  # a run of marks: only its first is spaced
        # Quotation marks: a no-break space inside.
        (f"«{NB}page{NB}»", [], []),
        ("«page»", [(MISSING, "«", "«"), (MISSING, "»", "»")] * 1, None),
        ("« page »", [(BREAKING, "«", "« "), (BREAKING, "»", " »")], None),
        # Percent and units: a no-break space after the number.
        (f"54{NB}% et 10{NB}Go", [], []),
        ("54% et 10Go", [(MISSING, "%", "%"), (MISSING, "Go", "Go")], None),
        ("54 % et 1 000 $", [(BREAKING, "%", " %"), (BREAKING, "$", " $")], None),
    ],
)
def test_conventions(text: str, fr_fr: list, fr_ca: list | None) -> None:
    assert found(text, "fr-FR") == fr_fr
    assert found(text, "fr-CA") == (fr_fr if fr_ca is None else fr_ca)


@pytest.mark.parametrize(
    "text",
    [
        "La réunion commence à 17:30 précises.",  # a time
        "un rapport de 3:1 entre les deux",  # a ratio
        f"la variable «{NB}$?{NB}» et le «{NB}$1${NB}» du début",  # shell symbols
        "Ouvrez https://exemple.org/?a=1;b=2 ou www.exemple.org/x:y maintenant",
        "Lancez `a ; b: c` puis continuez",  # a code span
        "Lancez <code>a ; b: c</code> puis continuez",
        "un fichier mp3 m et un.mp3 %",  # a unit after a token that is not a number
        "Largeur;Hauteur",  # glued: not punctuation
        ": au début de la ligne",
        f"«{NB}?{NB}»",  # the mark itself quoted
        "L'année 2017 L’équipe",  # a capital L starting a word is not litres
    ],
)
def test_what_is_not_punctuation_is_not_read(text: str) -> None:
    assert found(text, "fr-FR") == [] and found(text, "fr-CA") == []


@pytest.mark.parametrize(
    ("path", "texts", "expected"),
    [
        ("site/post.fr-CA.md", ["oui ; non ; peut-être ; ou pas"], "fr-CA"),
        ("site/fr_ca/post.md", [], "fr-CA"),
        ("site/post.fr-fr.md", ["oui; non"], "fr-FR"),
        ("post.md", ["oui; non; peut-être!"], "fr-CA"),
        ("post.md", ["oui; non"], "fr-FR"),  # one mark is no habit: the default
        ("post.md", ["oui ; non ; peut-être !"], "fr-FR"),
        ("post.md", [f"oui{NNB}; non"], "fr-FR"),  # France's preferred space, tolerated in Canada
        ("post.md", ["oui ; non", "peut-être; ou ; pas"], "fr-FR"),  # spaced, if not well
        ("post.md", ["oui ; non", "peut-être; ou; pas; ou"], "fr-CA"),  # the majority, by 2
        ("post.md", ["oui ; non", "peut-être; ou; pas"], "fr-FR"),  # by 1: the default
        ("post.md", ["oui ; non", "peut-être; ou"], "fr-FR"),  # a tie: the default
        ("post.md", ["oui; non; peut-être ; ou !"], "fr-FR"),  # France leads
        ("post.md", ["rien à dire : voilà"], "fr-FR"),  # no telling mark: the default
        ("post.md", [], "fr-FR"),
    ],
)
def test_the_convention_is_the_tag_else_the_text_s_habit_else_france(
    path: str, texts: list[str], expected: str
) -> None:
    chosen = convention_for(path, texts, language("fr").typography)
    assert chosen is not None and chosen.name == expected


def test_a_language_without_typography_has_no_convention() -> None:
    assert language("en").typography == ()
    assert convention_for("post.md", ["a: b"], ()) is None


TEXT = st.text(alphabet="ab 1:;!?«»%\u00a0\u202f\n`", max_size=40)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.sampled_from(["fr-FR", "fr-CA"]))
def test_every_slip_covers_its_mark_and_only_spaces_besides(text: str, name: str) -> None:
    paragraph = Paragraph(0, text, 0, len(text))
    for slip in slips(text, convention(name), shield_of(paragraph)):
        written = text[slip.start : slip.end]
        assert slip.mark in written
        assert not written.replace(slip.mark, "", 1).strip(" \u00a0\u202f\u2009")
        assert slip.kind in (MISSING, BREAKING, UNWANTED)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["mot", "autre", "texte", "1", "«", "»", ":", "%"]), max_size=10))
def test_text_spaced_by_the_convention_has_no_slip(words: list[str]) -> None:
    # Every mark written with the no-break space the convention prefers.
    text = "début"
    for word in words:
        if word in (":", "»", "%"):
            text += NB + word
        elif word == "«":
            text += " «" + NB + "cité"
        else:
            text += " " + word
    paragraph = Paragraph(0, text, 0, len(text))
    kinds = [s.mark for s in slips(text, convention("fr-CA"), shield_of(paragraph))]
    # (A % after a word that is not a number is not a unit: not read either.)
    assert kinds == []
