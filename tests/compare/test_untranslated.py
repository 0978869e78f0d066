"""Which target paragraphs read as the source language, on real lines of the corpora."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translint import read_one
from translint.compare.untranslated import judged_prose, untranslated
from translint.model import AlignmentGroup, Paragraph, ParagraphKind

from ..conftest import CHROME, HEAD, SEED_EN, SEED_FR, TEXT

ITEM = ParagraphKind.ITEM


def paragraph(text: str, kind: ParagraphKind = TEXT, index: int = 0) -> Paragraph:
    return Paragraph(index, text, 0, len(text), kind)


def english(french: str, kind: ParagraphKind = TEXT) -> bool:
    found = untranslated([], [paragraph(french, kind)], [], "en", "fr")
    return bool(found)


# Lines of the French files of ../shared/corpora (debian-docs, canada-blog) and
# their kind of text. True: left in English by the translator.
@pytest.mark.parametrize(
    ("french", "kind", "expected"),
    [
        # Sentences the Debian translators left in English (gimp-help, debian-reference).
        ("Resize text layers: Resizing text layers will make them uneditable.", TEXT, True),
        ("Create a new dynamics: Do just that.", TEXT, True),
        (
            "See Section 9.9, « Astuces de chiffrement des données » on dm-crypt and "
            "fscrypt which implement automatic data encryption infrastructure via "
            "Linux kernel modules.",
            TEXT,
            True,
        ),
        # A sentence with no French function word needs only two English ones.
        ("Solid state drive (SSD) is auto detected now.", TEXT, True),
        ("Debian servers host some non-free-firmware, non-free and contrib packages.", TEXT, True),
        # A line of a listing (not a sentence) needs three.
        ("64 = 0x40 - enable signaling of processes (term, kill, oom-kill) (OFF)", TEXT, False),
        ("From left: source image, None border, Loop border, Clamp border", TEXT, False),
        # An English paragraph in a list is a paragraph too.
        ("Click the New button to add a component to the composition.", ITEM, True),
        # French, with English names, commands and a quoted title.
        ("Identifiez vos disques durs en affichant la liste avec df(1).", TEXT, False),
        (
            "Consultez « The Art of Unix Programming » et « The Cathedral and the "
            "Bazaar » pour en savoir plus.",
            TEXT,
            False,
        ),
        (
            "Le guide « How to Make the Most of Your Time on the Web » est en anglais.",
            TEXT,
            False,
        ),
        # Headings, labels, names and commands: too few words to tell.
        ("1.1.2. The shell prompt under GUI", HEAD, False),
        ("Move to Screen", TEXT, False),
        ("KISS (keep it simple stupid)", TEXT, False),
        (
            "aptitude(8), dpkg(1), tasksel(8), apt(8), apt-get(8), apt-config(8), "
            "apt-key(8), sources.list(5), apt.conf(5), and apt_preferences(5);",
            TEXT,
            False,
        ),
        ("$ sudo apt-get install the-package-of-the-day", TEXT, False),
        # Text that is the same in both languages.
        ("Debian GNU/Linux 12 (bookworm)", TEXT, False),
        # Page chrome is never read.
        ("Share this page with the people you work with on the web", CHROME, False),
    ],
)
def test_reads_as_the_source_language(french: str, kind: ParagraphKind, expected: bool) -> None:
    assert english(french, kind) is expected


def test_a_french_paragraph_quoting_english_at_length_is_french() -> None:
    quoted = (
        "Comme le dit le rapport : “The committee found that most of the users were "
        "not aware of the changes that had been made to the service.”"
    )
    assert english(quoted) is False
    assert "committee" not in judged_prose(paragraph(quoted))


def markdown(tmp_path: Path, text: str) -> tuple[Paragraph, ...]:
    path = tmp_path / "page.fr.md"
    path.write_text(text, "utf-8")
    return read_one(path, "fr").paragraphs


def test_link_texts_and_emphasis_are_titles_not_prose(tmp_path: Path) -> None:
    # canada-blog: a list of English resources, each a link with « (en anglais seulement) ».
    title = "Everything you need to know about the design systems of the web"
    assert english(f"{title} (en anglais seulement)", ITEM) is True  # as plain text: prose
    items = markdown(
        tmp_path,
        f"- [{title}](https://example.org/design) (en anglais seulement)\n"
        "- Lisez *The Elements of Style and the Art of the Short Paper* (en anglais).\n"
        "- Lisez <cite>The Elements of Style and the Art of the Short Paper</cite>.\n",
    )
    assert [p.kind for p in items] == [ITEM] * 3
    assert untranslated([], items, [], "en", "fr") == ()
    # The same sentence, not a title, is prose.
    assert english("Read The Elements of Style and the Art of the Short Paper.") is True


def test_the_evidence_says_how_much_and_whether_it_is_the_original() -> None:
    text = "Resize text layers: Resizing text layers will make them uneditable."
    source = [paragraph("Other.", index=0), paragraph(text, index=1)]
    target = [paragraph("Autre.", index=0), paragraph(text, index=1)]
    alignment = [AlignmentGroup((0,), (0,), 0.99), AlignmentGroup((1,), (1,), 0.99)]
    (found,) = untranslated(source, target, alignment, "en", "fr")
    assert (found.target, found.source, found.source_words, found.same) == (1, (1,), 3, True)
    # Unmatched: no original to compare with.
    (alone,) = untranslated(source, target, alignment[:1], "en", "fr")
    assert (alone.source, alone.same) == ((), False)


def test_either_language_can_be_the_source() -> None:
    french = paragraph("Le rapport a été publié hier par la commission de la ville.")
    assert untranslated([], [french], [], "fr", "en") != ()
    assert untranslated([], [french], [], "en", "fr") == ()


def test_a_clean_published_translation_has_none() -> None:
    source, target = read_one(SEED_EN, "en"), read_one(SEED_FR, "fr")
    assert untranslated(source.paragraphs, target.paragraphs, [], "en", "fr") == ()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab Ile the of «»“”"*_`$=-/.:()[]\n')), max_size=120))
def test_judged_prose_only_blanks_what_it_leaves_out(text: str) -> None:
    written = paragraph(text)
    prose = judged_prose(written)
    assert len(prose) == len(text)
    assert all(kept in (original, " ") for kept, original in zip(prose, text, strict=True))
    assert len(untranslated([], [written], [], "en", "fr")) <= 1
