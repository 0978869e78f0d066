"""Sentences of each aligned group, and which sentences of the target render which.

Paragraph alignment cannot see a partial translation: a French paragraph
that renders four of the five sentences of its original still pairs with
it. Inside each matched group, the sentences of both sides (by the
rule-based splitter of ``translint.analysis.sentences``) are aligned by a
small monotone dynamic programme with beads 1-1, 1-2, 2-1, 1-3, 3-1 and the
skips 1-0 and 0-1, scored by the aligner's own formula
(``translint.align.similarity``: meaning from the sentence encoder when
there is one, shared anchors, a length prior), each sentence profiled as if
it were a paragraph. A bead pays ``BEAD_FLOOR`` and its shape's penalty, a
skip nothing, so a sentence is left alone only when pairing it costs more
than it gains, and two sentences are merged only when the merge scores
better than the neighbour alone.

Cost: every sentence of a group that needs the programme is encoded in one
call for the whole pair; a group whose source is a single sentence (most
labels, headings and short paragraphs) is one pair without encoding.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from translint.align.profiles import Profile, length_ratio, merged, profiles
from translint.align.similarity import similarity
from translint.analysis.sentences import sentence_spans
from translint.compare.rendered import Embedder
from translint.model import AlignmentGroup, AnalysedDocument, AnalysedParagraph, Paragraph
from translint.words import words

# --- Tuning ------------------------------------------------------------------

# What a bead must score to be worth more than leaving its sentences alone.
BEAD_FLOOR = 0.25
# Penalty of each bead shape (source sentences, target sentences) beyond 1-1: a
# merge must score this much better than the neighbour alone.
BEAD_PENALTY = {(1, 1): 0.0, (1, 2): 0.03, (2, 1): 0.03, (1, 3): 0.08, (3, 1): 0.08}
# A group whose source is one sentence pairs it with a target of up to this many
# sentences without the programme (and without encoding).
TRIVIAL_TARGET = 3
# Half-width, in sentences, of the band around the diagonal that the programme
# visits in a group with more than BAND_FROM cells (a whole book on one line).
BAND = 10
BAND_FROM = 2500
# When a lone source sentence counts as missing (``missing``): it has this many
# words, no neighbouring pair gains COVERED_GAIN by taking it in, and (with the
# encoder) no target sentence left alone is ABSENT_COSINE close to it, and none
# paired is within RIVAL of being closer to it than to its own source.
MISSING_WORDS = 6
COVERED_GAIN = 0.0
ABSENT_COSINE = 0.45
RIVAL = -0.1


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``content[start:end]`` of its paragraph (``Paragraph.content``)."""

    paragraph: int  # index of its paragraph in its document
    start: int  # offsets into that paragraph's ``content``
    end: int
    text: str


@dataclass(frozen=True)
class SentencePair:
    """Sentences of one group that render each other: 1-1, 1-2, 2-1, 1-3 or 3-1."""

    source: tuple[Sentence, ...]
    target: tuple[Sentence, ...]
    score: float  # similarity in [0, 1]


@dataclass(frozen=True)
class GroupSentences:
    """The sentence alignment of one matched group, in order."""

    group: AlignmentGroup
    pairs: tuple[SentencePair, ...]
    unmatched_source: tuple[Sentence, ...]
    unmatched_target: tuple[Sentence, ...]
    # Every sentence of each side, in order (pairs and unmatched ones together).
    source_sentences: tuple[Sentence, ...] = ()
    target_sentences: tuple[Sentence, ...] = ()
    # What says whether each unmatched source sentence is rendered at all, in order.
    lone: tuple[Lone, ...] = ()


@dataclass(frozen=True)
class Lone:
    """A source sentence the programme left alone, and the evidence on its absence."""

    sentence: Sentence
    # How much more the neighbouring pair before or after it scores with it taken
    # in (the better of the two; -1 with no neighbouring pair): a sentence merged
    # into its neighbour's translation gains it something.
    merge_gain: float
    # The highest cosine of its meaning with a target sentence of the group that
    # renders no source sentence (-1 if there is none); None without the encoder.
    closest: float | None
    # The most by which its cosine with a paired target sentence beats that of the
    # pair's own source sentences (-1 if no target sentence is paired); None
    # without the encoder. Near zero, the target may render it instead.
    rival: float | None
    target_paragraph: int  # the target paragraph where its translation would be


def sentences_of(paragraph: Paragraph, lang: str) -> tuple[Sentence, ...]:
    """The sentences of a paragraph's readable text."""
    content = paragraph.content
    return tuple(
        Sentence(paragraph.index, start, end, content[start:end])
        for start, end in sentence_spans(content, lang)
    )


def align_sentences(
    source: AnalysedDocument,
    target: AnalysedDocument,
    alignment: Sequence[AlignmentGroup],
    meaning: Embedder | None = None,
) -> tuple[GroupSentences, ...]:
    """The sentence alignment of every matched group of ``alignment``, in order.

    ``meaning`` is the sentence encoder (``Context.meaning``); without it the
    sentences are aligned on anchors and length alone.
    """
    groups = [g for g in alignment if g.matched]
    sides = [
        (_group_sentences(source, g.source), _group_sentences(target, g.target)) for g in groups
    ]
    needed = [k for k, (s, t) in enumerate(sides) if not _trivial(s, t)]
    scorer = _Scorer.of(source, target, [sides[k] for k in needed], meaning)
    results = []
    position = {k: n for n, k in enumerate(needed)}
    for k, (group, (s, t)) in enumerate(zip(groups, sides, strict=True)):
        if k in position:
            results.append(_aligned(group, s, t, scorer, position[k]))
        else:
            results.append(_trivially(group, s, t))
    return tuple(results)


def missing(group: GroupSentences) -> tuple[Lone, ...]:
    """The source sentences of a group whose meaning its target lacks: left alone by
    the programme, long enough to say something, not merged into a neighbour's
    translation and, with the encoder, close to no target sentence."""
    if len(group.source_sentences) < 2:
        return ()
    return tuple(
        lone
        for lone in group.lone
        if len(words(lone.sentence.text)) >= MISSING_WORDS
        and lone.merge_gain < COVERED_GAIN
        and (lone.closest is None or lone.closest < ABSENT_COSINE)
        and (lone.rival is None or lone.rival < RIVAL)
    )


def _group_sentences(document: AnalysedDocument, indices: tuple[int, ...]) -> list[Sentence]:
    lang = document.lang
    return [s for i in indices for s in sentences_of(document.paragraphs[i].paragraph, lang)]


def _trivial(source: Sequence[Sentence], target: Sequence[Sentence]) -> bool:
    """Whether a group's sentences pair without the programme: nothing to choose."""
    return not source or not target or (len(source) == 1 and len(target) <= TRIVIAL_TARGET)


def _trivially(
    group: AlignmentGroup, source: Sequence[Sentence], target: Sequence[Sentence]
) -> GroupSentences:
    """One pair of everything (or nothing to pair, when a side has no sentence)."""
    s, t = tuple(source), tuple(target)
    if s and t:
        score = group.score if group.score is not None else 1.0
        return GroupSentences(group, (SentencePair(s, t, score),), (), (), s, t)
    return GroupSentences(group, (), s, t, s, t)


@dataclass(frozen=True, eq=False)
class _Scorer:
    """Profiles of the sentences of the groups that need the programme, by group.

    Anchors are weighted by their rarity over all these sentences, and target
    cognates mapped onto source words, as the aligner does for paragraphs.
    """

    source: tuple[tuple[Profile, ...], ...]
    target: tuple[tuple[Profile, ...], ...]
    ratio: float

    @classmethod
    def of(
        cls,
        source: AnalysedDocument,
        target: AnalysedDocument,
        sides: Sequence[tuple[Sequence[Sentence], Sequence[Sentence]]],
        meaning: Embedder | None,
    ) -> _Scorer:
        s_all = [_as_paragraph(source, x) for s, _ in sides for x in s]
        t_all = [_as_paragraph(target, x) for _, t in sides for x in t]
        s_profiles, t_profiles = profiles(s_all, source.lang, t_all, target.lang)
        if meaning is not None and s_all:
            texts = [p.paragraph.text for p in s_all] + [p.paragraph.text for p in t_all]
            vectors = meaning(texts)
            if vectors is not None:
                s_profiles = _with_vectors(s_profiles, vectors[: len(s_all)])
                t_profiles = _with_vectors(t_profiles, vectors[len(s_all) :])
        ratio = length_ratio(s_profiles, t_profiles)
        return cls(
            _split(s_profiles, [len(s) for s, _ in sides]),
            _split(t_profiles, [len(t) for _, t in sides]),
            ratio,
        )

    def cosine(self, group: int, s: range, t: range) -> float | None:
        """The cosine of the meanings of source sentences ``s`` and target sentences ``t``
        of a group; None without the encoder."""
        source = merged([self.source[group][i] for i in s]).vector
        target = merged([self.target[group][j] for j in t]).vector
        if source is None or target is None:
            return None
        return float(source @ target)

    def score(self, group: int, s: range, t: range) -> float:
        """The similarity of source sentences ``s`` with target sentences ``t`` of a group."""
        source = merged([self.source[group][i] for i in s])
        target = merged([self.target[group][j] for j in t])
        return similarity(source, target, self.ratio)


def _as_paragraph(document: AnalysedDocument, sentence: Sentence) -> AnalysedParagraph:
    """A sentence as the aligner's profiles read a paragraph: its text, its figures and
    entities (offsets of figures and entities are in the paragraph's ``text``)."""
    analysed = document.paragraphs[sentence.paragraph]
    start, end = analysed.paragraph.text_span(sentence.start, sentence.end)
    paragraph = Paragraph(sentence.paragraph, sentence.text, 0, len(sentence.text))
    figures = tuple(f for f in analysed.figures if start <= f.start and f.end <= end)
    entities = tuple(e for e in analysed.entities if start <= e.start and e.end <= end)
    return AnalysedParagraph(paragraph, figures, entities)


def _with_vectors(found: Sequence[Profile], vectors: np.ndarray) -> list[Profile]:
    return [replace(p, vector=v) for p, v in zip(found, vectors, strict=True)]


def _split(found: Sequence[Profile], sizes: Sequence[int]) -> tuple[tuple[Profile, ...], ...]:
    parts, position = [], 0
    for size in sizes:
        parts.append(tuple(found[position : position + size]))
        position += size
    return tuple(parts)


def _aligned(
    group: AlignmentGroup,
    source: Sequence[Sentence],
    target: Sequence[Sentence],
    scorer: _Scorer,
    number: int,
) -> GroupSentences:
    """The best monotone sequence of beads and skips over a group's sentences."""
    n, m = len(source), len(target)
    lows, highs = _band(n, m)
    best = np.full((n + 1, m + 1), -np.inf)
    back: dict[tuple[int, int], tuple[int, int, float]] = {}
    best[0, 0] = 0.0
    for i in range(n + 1):
        for j in range(lows[i], highs[i] + 1):
            if i == 0 and j == 0:
                continue
            options = []
            if i and best[i - 1, j] > -np.inf:
                options.append((best[i - 1, j], 1, 0, 0.0))
            if j and best[i, j - 1] > -np.inf:
                options.append((best[i, j - 1], 0, 1, 0.0))
            for (a, b), penalty in BEAD_PENALTY.items():
                if a <= i and b <= j and best[i - a, j - b] > -np.inf:
                    sim = scorer.score(number, range(i - a, i), range(j - b, j))
                    gain = best[i - a, j - b] + sim - BEAD_FLOOR - penalty
                    options.append((gain, a, b, sim))
            if options:
                total, a, b, sim = max(options, key=lambda o: o[0])
                best[i, j] = total
                back[(i, j)] = (a, b, sim)
    return _traced(group, source, target, back, scorer, number)


def _band(n: int, m: int) -> tuple[list[int], list[int]]:
    """For each source position, the target positions the programme visits."""
    if (n + 1) * (m + 1) <= BAND_FROM:
        return [0] * (n + 1), [m] * (n + 1)
    # Wide enough that consecutive rows overlap whatever the slope.
    width = BAND + -(-m // max(n, 1))
    lows, highs = [], []
    for i in range(n + 1):
        centre = round(i * m / n) if n else 0
        lows.append(max(0, centre - width))
        highs.append(min(m, centre + width))
    return lows, highs


def _traced(
    group: AlignmentGroup,
    source: Sequence[Sentence],
    target: Sequence[Sentence],
    back: dict[tuple[int, int], tuple[int, int, float]],
    scorer: _Scorer,
    number: int,
) -> GroupSentences:
    """The beads of the best path, and the evidence on each source sentence left alone."""
    i, j = len(source), len(target)
    beads: list[_Bead] = []
    while i or j:
        a, b, sim = back[(i, j)]
        beads.append(_Bead(range(i - a, i), range(j - b, j), sim))
        i, j = i - a, j - b
    beads.reverse()
    pairs = tuple(
        SentencePair(tuple(source[k] for k in b.s), tuple(target[k] for k in b.t), b.sim)
        for b in beads
        if b.s and b.t
    )
    lone = tuple(
        _lone(beads, n, source, target, scorer, number, group)
        for n, bead in enumerate(beads)
        if bead.s and not bead.t
    )
    return GroupSentences(
        group,
        pairs,
        tuple(x.sentence for x in lone),
        tuple(target[b.t[0]] for b in beads if b.t and not b.s),
        tuple(source),
        tuple(target),
        lone,
    )


@dataclass(frozen=True)
class _Bead:
    s: range  # positions of the group's source sentences
    t: range
    sim: float


def _lone(
    beads: Sequence[_Bead],
    n: int,
    source: Sequence[Sentence],
    target: Sequence[Sentence],
    scorer: _Scorer,
    number: int,
    group: AlignmentGroup,
) -> Lone:
    """What says whether the source sentence of skip ``beads[n]`` is rendered at all:
    how much a neighbouring pair gains by taking it in, and its closest target sentence."""
    position = beads[n].s[0]
    gains = []
    before = beads[n - 1] if n else None
    after = beads[n + 1] if n + 1 < len(beads) else None
    if before is not None and before.s and before.t:
        merged_sim = scorer.score(number, range(before.s[0], position + 1), before.t)
        gains.append(merged_sim - before.sim)
    if after is not None and after.s and after.t:
        merged_sim = scorer.score(number, range(position, after.s[-1] + 1), after.t)
        gains.append(merged_sim - after.sim)
    closest, rival = _rivals(beads, position, scorer, number)
    return Lone(
        source[position],
        max(gains, default=-1.0),
        closest,
        rival,
        _where(beads, n, target, group),
    )


def _rivals(
    beads: Sequence[_Bead], position: int, scorer: _Scorer, number: int
) -> tuple[float | None, float | None]:
    """How close a lone source sentence comes in meaning to the target sentences of its
    group: the highest cosine with one left alone, and the most by which its cosine
    with a paired one beats that of the sentence's own source (None without encoder)."""
    here = range(position, position + 1)
    closest, rival = -1.0, -1.0
    for bead in beads:
        for j in bead.t:
            cosine = scorer.cosine(number, here, range(j, j + 1))
            if cosine is None:
                return None, None
            if not bead.s:
                closest = max(closest, cosine)
                continue
            own = scorer.cosine(number, bead.s, range(j, j + 1))
            rival = max(rival, cosine - (own if own is not None else 0.0))
    return closest, rival


def _where(
    beads: Sequence[_Bead], n: int, target: Sequence[Sentence], group: AlignmentGroup
) -> int:
    """The target paragraph where a lone source sentence would be: that of the target
    sentence before it, else after it, else the group's first."""
    for bead in reversed(beads[:n]):
        if bead.t:
            return target[bead.t[-1]].paragraph
    for bead in beads[n + 1 :]:
        if bead.t:
            return target[bead.t[0]].paragraph
    return group.target[0]


__all__ = [
    "GroupSentences",
    "Lone",
    "Sentence",
    "SentencePair",
    "align_sentences",
    "missing",
    "sentences_of",
]
