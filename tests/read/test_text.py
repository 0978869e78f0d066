"""Plain-text paragraphs (translint.read.text): lines, wrapped blocks, headings, items."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translint.model import ParagraphKind
from translint.read.segment import segment

from ..conftest import CAPTION, CHROME, HEAD, ITEM, TEXT
from ..conftest import SHARED_CORPORA as CORPORA
from .conftest import assert_offsets, corpus_files, kinds, seed

# --------------------------------------------------------------------------- seed pair


def test_seed_english_has_36_paragraphs() -> None:
    text = seed("en")
    paragraphs = segment(text, "text")
    assert len(paragraphs) == 36
    assert_offsets(text, paragraphs)
    assert paragraphs[1].text == "- Nam Hyun Cho"
    assert (paragraphs[1].kind, paragraphs[1].content) == (ITEM, "Nam Hyun Cho")
    # "- 5 min read" is part of the byline, which a translation should carry: checked, not chrome.
    assert (paragraphs[3].kind, paragraphs[3].content) == (ITEM, "5 min read")
    assert paragraphs[11].text.startswith("Investment to Quantum technology")
    assert "54.1%" in paragraphs[11].content
    assert paragraphs[35].text.startswith("This partnership represents")


def test_seed_french_has_40_paragraphs() -> None:
    text = seed("fr")
    paragraphs = segment(text, "text")
    assert len(paragraphs) == 40
    assert_offsets(text, paragraphs)
    assert [(p.kind, p.text) for p in paragraphs[:2]] == [
        (CHROME, "top of page"),
        (CHROME, "• LinkedIn"),
    ]
    assert paragraphs[-1].text == "bottom of page" and paragraphs[-1].kind is CHROME
    assert (paragraphs[6].text, paragraphs[6].content) == (
        "• Informatique Quantique",
        "Informatique Quantique",
    )
    assert paragraphs[6].kind is ITEM
    nested = paragraphs[21]
    assert nested.kind is ITEM and nested.content.startswith("Les réseaux de communication")
    # Consecutive non-blank lines are separate paragraphs, even when identical.
    assert paragraphs[13].text == paragraphs[14].text
    assert paragraphs[13].end < paragraphs[14].start
    # Leading spaces are not part of the paragraph; offsets still point right.
    assert text[paragraphs[6].start - 2 : paragraphs[6].start] == "  "


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            [
                "At the Frontier of Innovation: Quebec and Korea Advancing Quantum "
                "Collaboration and Strategic Relations",
                "Korea’s Quantum Vision",
                "Quebec’s Role in the Quantum Ecosystem",
                "Panel Discussion Highlights: Safety, Business, and Talent in Quantum Field",
                "Safety and Environment:",
                "Entrepreneurship and Early Adoption",
                "Talent and Ecosystem Development",
                "A Strategic Partnership Declaration: Daejeon city and Quebec province "
                "Officially Signed MOU at the Conference",
                "Looking Ahead on Quebec Korea Relationship",
            ],
        ),
        (
            "fr",
            [
                "À La Frontière de L’innovation : Le Québec et La Corée Font Progresser "
                "La Collaboration Quantique et les Relations Stratégiques",
                "La Vision Quantique de La Corée",
                "Le Rôle du Québec dans L’écosystème Quantique",
                "Points Forts du Panel : Sécurité, Entrepreneuriat et Talents dans Le "
                "Domaine Quantique",
                "Déclaration de Partenariat Stratégique : Signature Officielle d’un MOU "
                "Entre La Ville de Daejeon et La Province de Québec",
                "Perspectives Pour La Relation Québec Corée",
            ],
        ),
    ],
)
def test_seed_headings(lang: str, expected: list[str]) -> None:
    headings = [p.text for p in segment(seed(lang), "text") if p.kind is HEAD]
    assert headings == expected


def test_seed_short_lines_in_a_row_are_a_list_not_headings() -> None:
    paragraphs = segment(seed("en"), "text")
    assert [(p.text, p.kind) for p in paragraphs[7:10]] == [
        ("Quantum Computing", TEXT),
        ("Quantum Communication", TEXT),
        ("Quantum Sensing", TEXT),
    ]
    # A long line ending with a colon introduces a quote: not a heading.
    assert paragraphs[27].text.startswith("Mayor Janghoon Lee") and paragraphs[27].kind is TEXT


# --------------------------------------------------------------------------- corpora


@pytest.mark.skipif(not CORPORA.is_dir(), reason="shared corpora not beside the repo")
@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: "/".join(p.parts[-3:]))
def test_corpus_paragraph_counts(path: Path) -> None:
    meta = json.loads((path.parent / "meta.json").read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    paragraphs = segment(text, "text")
    assert len(paragraphs) == meta[f"{path.stem}_paras"]
    assert [p.text for p in paragraphs] == text.rstrip("\n").split("\n\n")


@pytest.mark.skipif(not CORPORA.is_dir(), reason="shared corpora not beside the repo")
def test_corpus_heading_agreement() -> None:
    """HEADING against the HTML's h1..h6: measured P=1.00 R=0.98 (h1..h4: P=0.94 R=0.99)."""
    true_pos = false_pos = false_neg = 0
    for path in corpus_files():
        meta = json.loads((path.parent / "meta.json").read_text(encoding="utf-8"))
        gold = meta[f"{path.stem}_block_kinds"]
        for paragraph, block in zip(
            segment(path.read_text(encoding="utf-8"), "text"), gold, strict=True
        ):
            predicted, actual = paragraph.kind is HEAD, block.startswith("h")
            true_pos += predicted and actual
            false_pos += predicted and not actual
            false_neg += actual and not predicted
    assert true_pos / (true_pos + false_pos) >= 0.98
    assert true_pos / (true_pos + false_neg) >= 0.96


# --------------------------------------------------------------------------- plain text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One.\nTwo.\n", [(TEXT, "One."), (TEXT, "Two.")]),
        ("  indented line.  \n\t\n\u00a0 \nnext.", [(TEXT, "indented line."), (TEXT, "next.")]),
        ("• bullet", [(ITEM, "bullet")]),
        ("  - dash item", [(ITEM, "dash item")]),
        ("* star item", [(ITEM, "star item")]),
        ("– en dash item", [(ITEM, "en dash item")]),
        ("    • nested", [(ITEM, "nested")]),
        ("-5 degrees is cold.", [(TEXT, "-5 degrees is cold.")]),
        ("- ", [(TEXT, "-")]),
        ("top of page", [(CHROME, "top of page")]),
        ("BACK TO TOP ↑", [(CHROME, "BACK TO TOP ↑")]),
        ("  • LinkedIn", [(CHROME, "LinkedIn")]),
        ("X", [(CHROME, "X")]),
        ("Retour en haut", [(CHROME, "Retour en haut")]),
        ("Haut de page", [(CHROME, "Haut de page")]),
        ("Partager :", [(CHROME, "Partager :")]),
        ("Imprimer", [(CHROME, "Imprimer")]),
        ("12 min read", [(TEXT, "12 min read")]),
        ("5 min de lecture", [(TEXT, "5 min de lecture")]),
        ("Share the results with your team.", [(TEXT, "Share the results with your team.")]),
        ("Figure 3.14. Le champ de recherche", [(CAPTION, "Figure 3.14. Le champ de recherche")]),
        ("Table 5.1. List of tools", [(CAPTION, "Table 5.1. List of tools")]),
        ("Figure 2", [(CAPTION, "Figure 2")]),
        ("Table 5.1 shows the tools.", [(TEXT, "Table 5.1 shows the tools.")]),
    ],
)
def test_plain_lines(text: str, expected: list[tuple[ParagraphKind, str]]) -> None:
    assert kinds(text) == expected
    assert_offsets(text, segment(text, "text"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numbered headings, with the depth of the number as level
        ("1.1. Console basics\n\nText follows here.", [(HEAD, 2), (TEXT, None)]),
        ("1.1. Console basics\n\n1.1.1. The prompt\n\nText.", [(HEAD, 2), (HEAD, 3), (TEXT, None)]),
        ("Chapter 5. Network setup\n\nText.", [(HEAD, 1), (TEXT, None)]),
        ("Chapitre 2. Premiers pas\n\nTexte.", [(HEAD, 1), (TEXT, None)]),
        ("A.1. Shared libraries\n\nText.", [(HEAD, 2), (TEXT, None)]),
        ("2.2. New…\n\nText.", [(HEAD, 2), (TEXT, None)]),
        ("2.3 Getting Started\n\nText.", [(HEAD, 2), (TEXT, None)]),
        ("Text.\n\n4.5.4. Stricter password rule", [(TEXT, None), (HEAD, 3)]),
        # not numbered headings
        ("3.0 (quilt) for everything else\n\nText.", [(TEXT, None), (TEXT, None)]),
        ("1 character = 1 byte\n\nText.", [(TEXT, None), (TEXT, None)]),
        ("2025 was a good year\n\nText.", [(TEXT, None), (TEXT, None)]),
        ("1. Install the package.\n\nText.", [(TEXT, None), (TEXT, None)]),
        # unnumbered headings in a document without numbered ones
        ("Korea’s Quantum Vision\n\nDr. Park presented a roadmap.", [(HEAD, None), (TEXT, None)]),
        ("Safety and Environment:\n\nQuantum networks are secure.", [(HEAD, None), (TEXT, None)]),
        ("“CML Explorer” options\n\nThe options are these.", [(HEAD, None), (TEXT, None)]),
        ("The heading is last", [(TEXT, None)]),
        ("lowercase start here\n\nText.", [(TEXT, None), (TEXT, None)]),
        ("A sentence that ends.\n\nText.", [(TEXT, None), (TEXT, None)]),
        ("Is this a question?\n\nText.", [(TEXT, None), (TEXT, None)]),
        ("Note\n\nThe username is case sensitive.", [(TEXT, None), (TEXT, None)]),
        ("Astuce\n\nUtilisez la touche Tab.", [(TEXT, None), (TEXT, None)]),
        ("Mayor Lee of Daejeon emphasized the significance of the partnership:\n\nText.",
         [(TEXT, None), (TEXT, None)]),
        ("Title\n\n• first item", [(HEAD, None), (ITEM, None)]),
        ("Share\n\nText.", [(CHROME, None), (TEXT, None)]),
        ("Heading before chrome\n\ntop of page", [(TEXT, None), (CHROME, None)]),
        # a numbered document: short unnumbered lines are labels (definition terms)
        ("1.2. Modes\n\nScreen\n\nScreen inverts.\n\nDodge\n\nDodge brightens.",
         [(HEAD, 2), (TEXT, None), (TEXT, None), (TEXT, None), (TEXT, None)]),
    ],
)  # fmt: skip
def test_plain_headings(text: str, expected: list[tuple[ParagraphKind, int | None]]) -> None:
    assert [(p.kind, p.level) for p in segment(text, "text")] == expected


WRAPPED = """\
The panel discussion explored how quantum technologies are poised to
impact safety, environmental standards, and entrepreneurship, providing
valuable insight into the future of this field.

Quantum communication networks offer unprecedented levels of data
security and integrity, which can significantly enhance the safety of
critical infrastructure.

- A list item that is long enough to be wrapped onto a second line
  by the editor, with an indented continuation.
- A second item.
"""


def test_hard_wrapped_blocks_are_paragraphs() -> None:
    paragraphs = segment(WRAPPED, "text")
    assert_offsets(WRAPPED, paragraphs)
    assert [p.kind for p in paragraphs] == [TEXT, TEXT, ITEM, ITEM]
    assert paragraphs[0].text == WRAPPED.split("\n\n")[0]
    assert "\n" in paragraphs[2].text and paragraphs[2].content.startswith("A list item")
    assert paragraphs[3].text == "- A second item."


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("width", [50, 60, 72, 79, 100])
def test_wrapping_the_seed_keeps_its_paragraphs(lang: str, width: int) -> None:
    lines = [line.strip() for line in seed(lang).splitlines() if line.strip()]
    wrapped = "\n\n".join(textwrap.fill(line, width, break_on_hyphens=False) for line in lines)
    paragraphs = segment(wrapped, "text")
    assert [" ".join(p.text.split()) for p in paragraphs] == [" ".join(x.split()) for x in lines]


@pytest.mark.parametrize(
    "text",
    [
        # one paragraph per line, no blank lines, lines ending sentences
        "First paragraph is here and it is a sentence.\nSecond paragraph follows it.\n"
        "Third paragraph ends too.\nFourth one as well, for good measure.\n",
        # a table of contents: short lines of different widths
        "Contents\n1.1. Console basics\n1.1.1. The shell prompt\n1.1.2. The shell prompt "
        "under GUI\n1.1.3. The root account\n1.2. Unix-like filesystem\n",
        # a list of short lines without bullets
        "Quantum Computing\nQuantum Communication\nQuantum Sensing\n",
        # long lines without blank lines (the English seed)
        "x" * 150 + " end\n" + "y" * 140 + " end\n" + "z" * 160 + " end\n",
    ],
)
def test_line_per_paragraph_text_is_not_hard_wrapped(text: str) -> None:
    assert len(segment(text, "text")) == len(text.strip().splitlines())


def test_blank_line_separated_lines_read_the_same_either_way() -> None:
    text = "First paragraph.\n\nSecond paragraph.\n\n\nThird.\n"
    assert [p.text for p in segment(text, "text")] == [
        "First paragraph.",
        "Second paragraph.",
        "Third.",
    ]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet="abcdef .,", min_size=1, max_size=90), max_size=30))
def test_each_nonblank_line_is_a_paragraph_unless_wrapped(lines: list[str]) -> None:
    text = "\n\n".join(lines)
    expected = [line.strip() for line in lines if line.strip()]
    assert [p.text for p in segment(text, "text")] == expected


def test_one_numbered_line_mid_article_does_not_make_it_a_numbered_document() -> None:
    text = (
        "Title of the Article\n\nSome text here.\n\n2.3 Million people attended\n\n"
        "They came.\n\nAnother Heading\n\nMore text."
    )
    paragraphs = segment(text, "text")
    assert (paragraphs[0].kind, paragraphs[4].kind) == (HEAD, HEAD)
