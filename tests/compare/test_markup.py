"""Markup of aligned paragraphs (translint.compare.markup): what differs, and what does not."""

from __future__ import annotations

import pytest

from translint.compare.markup import looks_like_code, markup_differences
from translint.model import AlignmentGroup, AnalysedDocument, AnalysedParagraph, Document
from translint.read.segment import segment


def analysed(text: str, fmt: str) -> AnalysedDocument:
    paragraphs = segment(text, fmt)
    document = Document("x", text, paragraphs, fmt)
    return AnalysedDocument(document, tuple(AnalysedParagraph(p) for p in paragraphs))


def one_to_one(count: int) -> tuple[AlignmentGroup, ...]:
    return tuple(AlignmentGroup((i,), (i,), 0.99) for i in range(count))


def kinds(english: str, french: str, fmt: str = "markdown", groups=None) -> list[tuple]:
    """The differences as (kind, source paragraph, target paragraph, details)."""
    source, target = analysed(english, fmt), analysed(french, fmt)
    if groups is None:
        assert len(source.paragraphs) == len(target.paragraphs)
        groups = one_to_one(len(source.paragraphs))
    found = markup_differences(source, target, groups)
    return [(d.kind, d.source, d.target, d.details) for d in found]


# Real text: the Canada.ca blog's "news releases" post (2022-07-28), English and French.
ALERTS_EN = """\
#### Place alerts in context, not just at the top

Consider the placement of alerts carefully.

#### Remove alerts as soon as possible
"""
ALERTS_FR = """\
**Placer les alertes dans le contexte, pas seulement en haut**

Examinez attentivement le placement des alertes.

#### Supprimer les alertes dès que possible
"""


@pytest.mark.parametrize(
    ("english", "french", "expected"),
    [
        # The blog's own slip: a level-4 heading written as a bold paragraph.
        (ALERTS_EN, ALERTS_FR, [("heading-lost", 0, 0, (("level", 4), ("written", "emphasised")))]),
        ("## Final word\n\nText.", "Mot de la fin\n\nTexte.", [("heading-lost", 0, 0, (("level", 2), ("written", "text")))]),
        ("Final word\n\nText.", "## Mot de la fin\n\nTexte.", [("heading-added", 0, 0, (("level", 2), ("written", "text")))]),
        ("## Final word", "### Mot de la fin", [("heading-level", 0, 0, (("source_level", 2), ("target_level", 3)))]),
        ("## Final word", "<h2>Mot de la fin</h2>", []),  # raw HTML counts levels alike
        ("## Final word", "Mot de la fin\n=====", [("heading-level", 0, 0, (("source_level", 2), ("target_level", 1)))]),
        ("## Learn more", "## Pour en savoir davantage", []),
        # Lists.
        ("- undermined trust in the site", "la perte de confiance dans le site.", [("item-lost", 0, 0, ())]),
        ("> - Canada.ca user feedback", "> – Commentaires des utilisateurs", [("item-dashed", 0, 0, ())]),
        ("Undermined trust.", "- la perte de confiance.", [("item-added", 0, 0, ())]),
        ("– Canada.ca user feedback", "- Commentaires des utilisateurs", []),
        ("1. Craft a headline", "- Créer un titre", [("list-numbering", 0, 0, (("source_numbered", 1),))]),
        ("- Craft a headline", "* Créer un titre", []),
        # Code spans: copied, not translated.
        ("Run `apt-get --help` first.", "Lancez d’abord `apt-get --help`.", []),
        ("Run `apt --help` first.", "Lancez d’abord `apt --aide`.", [("code-changed", 0, 0, (("code", "apt --help"), ("instead", "apt --aide")))]),
        ("Run `apt --help` first.", "Lancez d’abord apt --help.", [("code-unmarked", 0, 0, (("code", "apt --help"),))]),
        ("Run `apt --help` first.", "Lancez d’abord l’aide.", [("code-changed", 0, 0, (("code", "apt --help"),))]),
        ("Run <code>ls</code> now.", "Lancez `ls` maintenant.", []),
        # Emphasis: on one side only.
        ("A **lot** of problems.", "Beaucoup de problèmes.", [("emphasis-lost", 0, 0, ())]),
        ("Cumulative total:", "<strong>Total cumulé&nbsp;:</strong>", [("emphasis-added", 0, 0, ())]),
        ("You *do* need **it**.", "Il **le** faut.", []),  # moved and regrouped: the same
        ("## Offer live demos", "## **Offrir des démonstrations**", []),  # a heading is bold
        (
            "**Before and after optimization:** February 2017",
            "**Avant et après l’optimisation&nbsp;: ** février 2017",
            [("emphasis-broken", 0, 0, ())],
        ),
    ],
)  # fmt: skip
def test_markup_differences(english: str, french: str, expected: list[tuple]) -> None:
    assert kinds(english, french) == expected


def test_html_pages_compare_like_markdown() -> None:
    english = (
        "<h2>Final word</h2><ul><li>undermined <b>trust</b></li></ul><p>Run <code>ls</code></p>"
    )
    french = "<h3>Mot de la fin</h3><p>perte de confiance</p><p>Lancez <code>liste</code></p>"
    assert [kind for kind, *_ in kinds(english, french, "html")] == [
        "heading-level",
        "item-lost",
        "emphasis-lost",
        "code-changed",
    ]


def test_markdown_against_html_compares_kinds_not_levels() -> None:
    source, target = (
        analysed("## Final word\n\nText.", "markdown"),
        analysed("<h3>Mot</h3><p>Texte.</p>", "html"),
    )
    assert markup_differences(source, target, one_to_one(2)) == ()
    target = analysed("<p>Mot</p><p>Texte.</p>", "html")
    assert [d.kind for d in markup_differences(source, target, one_to_one(2))] == ["heading-lost"]


def test_plain_text_has_no_markup() -> None:
    """A heading the text reader guesses, or a typed bullet, is not markup to compare."""
    english = "1. Introduction\n\nSome text here for the reader.\n\n• an item\n"
    french = "Introduction\n\nDu texte ici pour le lecteur.\n\nun élément\n"
    source, target = analysed(english, "text"), analysed(french, "text")
    groups = one_to_one(min(len(source.paragraphs), len(target.paragraphs)))
    assert markup_differences(source, target, groups) == ()


def test_groups_of_several_paragraphs() -> None:
    """A heading merged into the next paragraph (no blank line after its unmarked line)
    is lost; a sentence that the translation made a sentence and a list is not a slip."""
    english = "## Final word\n\nAs the official source of information.\n"
    french = "Mot de la fin\nEn tant que source officielle.\n"
    groups = (AlignmentGroup((0, 1), (0,), 0.9),)
    assert [k for k, *_ in kinds(english, french, groups=groups)] == ["heading-lost"]
    english = "The DTO collaborated with Gerry McGovern and Health Canada.\n"
    french = "Le BTN a collaboré avec des partenaires :\n\n- Gerry McGovern\n- Santé Canada\n"
    groups = (AlignmentGroup((0,), (0, 1, 2), 0.9),)
    assert kinds(english, french, groups=groups) == []


def test_front_matter_and_unmatched_groups_are_not_compared() -> None:
    english = "---\ntitle: Final **word**\n---\n## Learn more\n"
    french = "---\ntitle: Mot de la fin\n---\nPour en savoir davantage\n"
    groups = (
        AlignmentGroup((0,), (0,), 0.9),
        AlignmentGroup((1,), (), None),
        AlignmentGroup((), (1,), None),
    )
    assert kinds(english, french, groups=groups) == []


@pytest.mark.parametrize(
    ("written", "code"),
    [("--help", True), ("apt-get", True), ("sudo", True), ("fileName", True), ("x = 1", True),
     ("Find a job", False), ("Submit", False), ("Sign in", False)],
)  # fmt: skip
def test_looks_like_code(written: str, code: bool) -> None:
    assert looks_like_code(written) is code
