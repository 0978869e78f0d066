"""Sentence alignment inside aligned groups, on a real paragraph of the Canada.ca blog."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from translint import Options, read_pair
from translint.align import align
from translint.align.semantic import embed
from translint.analysis import analyse
from translint.compare.sentences import (
    GroupSentences,
    Lone,
    Sentence,
    SentencePair,
    align_sentences,
    clear,
    faithful,
    missing,
)
from translint.model import AlignmentGroup, AnalysedDocument, AnalysedParagraph

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


def sentence(n: int, words: int = 8) -> Sentence:
    text = " ".join(["word"] * words) + "."
    return Sentence(0, 100 * n, 100 * n + len(text), text)


def lone(n: int, gain: float = -0.2, closest: float | None = -1.0, rival: float | None = -0.5,
         filled: bool = False, words: int = 8) -> Lone:  # fmt: skip
    return Lone(sentence(n, words), gain, closest, rival, 0, filled)


# (the lone sentence's evidence, reported?): what ``missing`` decides.
EVIDENCE = [
    (lone(1), True),
    (lone(1, words=4), False),  # too short to say
    (lone(1, gain=0.05), False),  # its neighbour's translation renders it too
    (lone(1, closest=0.5), False),  # a target sentence left alone means the same
    (lone(1, closest=0.3), True),
    (lone(1, closest=0.35, filled=True), False),  # ... and stands in its place
    (lone(1, closest=0.15, filled=True), True),
    (lone(1, rival=0.1), False),  # a paired target sentence is closer to it than its own
    (lone(1, rival=-0.05), True),
    (lone(1, closest=None, rival=None), True),  # no encoder: its place is empty
    (lone(1, closest=None, rival=None, filled=True), False),
]


@pytest.mark.parametrize(("evidence", "reported"), EVIDENCE)
def test_what_missing_reports(evidence: Lone, reported: bool) -> None:
    others = (sentence(0), sentence(2))
    pair = SentencePair((sentence(0),), (sentence(0),), 0.8)
    group = GroupSentences(
        AlignmentGroup((0,), (0,), 0.9), (pair,), (evidence.sentence,), (),
        (others[0], evidence.sentence, others[1]), (), (evidence,),
    )  # fmt: skip
    assert missing(group) == ((evidence,) if reported else ())


def group_of(
    sources: int, lone_sources: int, lone_targets: int, scores: list[float]
) -> GroupSentences:
    pairs = tuple(SentencePair((sentence(k),), (sentence(k),), x) for k, x in enumerate(scores))
    return GroupSentences(
        AlignmentGroup((0,), (0,), 0.9), pairs, tuple(sentence(50 + k) for k in range(lone_sources)),
        tuple(sentence(80 + k) for k in range(lone_targets)),
        tuple(sentence(k) for k in range(sources)),
    )  # fmt: skip


# (sources, lone sources, lone targets, pair scores, faithful?)
FAITHFUL = [
    (4, 1, 0, [0.8, 0.7, 0.6], True),
    (3, 1, 0, [0.8, 0.7], True),
    (8, 2, 0, [0.8] * 6, True),  # one in four left alone
    (4, 2, 0, [0.8, 0.7], False),
    (4, 1, 1, [0.8, 0.7, 0.6], False),  # a target sentence left alone: a rewrite
    (4, 1, 0, [0.8, 0.3, 0.6], False),  # a pair hardly alike: a free adaptation
]


@pytest.mark.parametrize(("sources", "lone_s", "lone_t", "scores", "expected"), FAITHFUL)
def test_what_is_a_faithful_group(
    sources: int, lone_s: int, lone_t: int, scores: list[float], expected: bool
) -> None:
    assert faithful(group_of(sources, lone_s, lone_t, scores)) is expected


def test_a_book_on_one_line_is_aligned_in_a_band_quickly(tmp_path: Path) -> None:
    english = " ".join(f"Step {n} of the installer writes {n * 7} files." for n in range(200))
    french = " ".join(f"L’étape {n} de l’installateur écrit {n * 7} fichiers." for n in range(200))
    source, target = tmp_path / "b.en.txt", tmp_path / "b.fr.txt"
    source.write_text(english + "\n", "utf-8")
    target.write_text(french + "\n", "utf-8")
    options = Options(source_lang="en", target_lang="fr", semantic=False, cache=False)
    s, t = read_pair(source, target, options)
    # Read without the recogniser, which is slow on so long a paragraph and not tested here.
    s_analysed = AnalysedDocument(s, tuple(AnalysedParagraph(p) for p in s.paragraphs))
    t_analysed = AnalysedDocument(t, tuple(AnalysedParagraph(p) for p in t.paragraphs))
    started = time.perf_counter()
    (body,) = align_sentences(s_analysed, t_analysed, [AlignmentGroup((0,), (0,), 0.9)])
    assert time.perf_counter() - started < 5
    assert len(body.pairs) == 200 and body.unmatched_source == ()
    assert all(p.source[0].text.split()[1] == p.target[0].text.split()[1] for p in body.pairs)


@pytest.mark.parametrize(("gain", "expected"), [(-0.5, True), (-1.0, True), (-0.1, False)])
def test_a_clear_omission_costs_its_neighbour(gain: float, expected: bool) -> None:
    group = group_of(4, 1, 0, [0.8, 0.7, 0.6])
    assert clear(group, lone(1, gain=gain)) is expected
    assert not clear(group_of(4, 2, 0, [0.8, 0.7]), lone(1, gain=gain))
