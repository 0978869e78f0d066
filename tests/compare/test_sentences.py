"""Sentence alignment inside aligned groups, on a real paragraph of the Canada.ca blog."""

from __future__ import annotations

from pathlib import Path

import pytest

from translint import Options, read_pair
from translint.align import align
from translint.align.semantic import embed
from translint.analysis import analyse
from translint.compare.sentences import GroupSentences, align_sentences, missing

# 2021-07-20-effective-links: a paragraph of four sentences and its translation.
ENGLISH = (
    "Where to place links\n\n"
    "Often people are looking at your page on mobile devices. They see the tiny portion of "
    "the page that is available on their screen. If that page is structured well, they are "
    "able to quickly scan & jump to what they need. However, if you place crucial details "
    "after a link, people may not get there before they take the “off-ramp” and never come "
    "back.\n"
)
FRENCH = [
    "Où placer les liens",
    "Les internautes consultent souvent votre page sur des appareils mobiles.",
    "Ils voient la toute petite partie de la page qui est disponible sur leur écran.",
    "Si cette page est bien structurée, ils peuvent la balayer rapidement du regard et "
    "accéder à ce dont ils ont besoin.",
    "Cependant, si vous placez des détails cruciaux après un lien, les gens risquent de ne "
    "pas s’y rendre avant de prendre la « bretelle de sortie » et de ne jamais revenir.",
]


def aligned(tmp_path: Path, french: str, semantic: bool = True) -> tuple[GroupSentences, ...]:
    source, target = tmp_path / "a.en.txt", tmp_path / "a.fr.txt"
    source.write_text(ENGLISH, "utf-8")
    target.write_text(french, "utf-8")
    options = Options(source_lang="en", target_lang="fr", semantic=semantic, cache=False)
    s, t = read_pair(source, target, options)
    s_analysed, t_analysed = analyse(s), analyse(t)
    groups = align(s_analysed, t_analysed, semantic=semantic).groups
    return align_sentences(s_analysed, t_analysed, groups, embed if semantic else None)


def french(*kept: int) -> str:
    return FRENCH[0] + "\n\n" + " ".join(FRENCH[k] for k in kept) + "\n"


@pytest.mark.parametrize("semantic", [True, False])
def test_a_whole_translation_pairs_every_sentence_one_to_one(
    tmp_path: Path, semantic: bool
) -> None:
    heading, body = aligned(tmp_path, french(1, 2, 3, 4), semantic)
    assert [(len(p.source), len(p.target)) for p in heading.pairs] == [(1, 1)]
    assert [(len(p.source), len(p.target)) for p in body.pairs] == [(1, 1)] * 4
    assert body.unmatched_source == body.unmatched_target == ()
    first = body.pairs[0]
    assert first.source[0].text == "Often people are looking at your page on mobile devices."
    assert first.target[0].text == FRENCH[1]
    assert (first.source[0].paragraph, first.source[0].start) == (1, 0)
    assert all(0.0 <= p.score <= 1.0 for p in body.pairs)
    assert missing(body) == ()


@pytest.mark.parametrize("semantic", [True, False])
def test_a_deleted_sentence_is_left_alone_and_missing(tmp_path: Path, semantic: bool) -> None:
    _, body = aligned(tmp_path, french(1, 3, 4), semantic)
    (lone,) = body.unmatched_source
    assert lone.text.startswith("They see the tiny portion")
    assert [x.sentence for x in missing(body)] == [lone]
    assert body.lone[0].target_paragraph == 1


def test_two_sentences_translated_as_one_are_merged_not_missing(tmp_path: Path) -> None:
    joined = (
        "Les internautes consultent souvent votre page sur des appareils mobiles et ne voient "
        "que la toute petite partie de la page qui est disponible sur leur écran."
    )
    _, body = aligned(tmp_path, FRENCH[0] + "\n\n" + " ".join([joined, *FRENCH[3:]]) + "\n")
    assert [(len(p.source), len(p.target)) for p in body.pairs] == [(2, 1), (1, 1), (1, 1)]
    assert missing(body) == ()
