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

Cost: a group whose source is a single sentence (most labels, headings and
short paragraphs) is one pair without the programme. The others are aligned
on anchors and length first; only those where that is not decisive are
encoded, all in one call for the pair, and aligned again with meaning.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from translint.align.profiles import Profile, length_ratio, merged, profiles
from translint.align.similarity import similarity
from translint.analysis.sentences import sentence_spans
from translint.compare.rendered import Embedder
from translint.model import AlignmentGroup, AnalysedDocument, AnalysedParagraph, Paragraph
from translint.words import words

# --- Tuning ------------------------------------------------------------------
# Chosen on samples of both corpora (benchmarks/qa_corpus.py, plant "deleted
# sentence", and the clean pairs' lone sentences read by hand).

# What a bead must score to be worth more than leaving its sentences alone. The
# encoder gives short true pairs cosines of 0.3 to 0.4 (« Le lien doit être rédigé
# avec soin… » / "It needs to be crafted thoughtfully…": 0.40, similarity 0.23), so
# 0.25 left such pairs alone (94 lone sentences on 70 clean pairs; 0.12: 43).
BEAD_FLOOR = 0.12
# Penalty of each bead shape (source sentences, target sentences) beyond 1-1: a
# merge must score this much better than the neighbour alone.
BEAD_PENALTY = {(1, 1): 0.0, (1, 2): 0.03, (2, 1): 0.03, (1, 3): 0.08, (3, 1): 0.08}
# A group whose source is one sentence pairs it with a target of up to this many
# sentences without the programme (and without encoding).
TRIVIAL_TARGET = 3
# The lexical similarity every 1-1 pair of a group needs for its lexical alignment to
# stand without meaning (``_decisive``).
DECISIVE_PAIR = 0.5
# Half-width, in sentences, of the band around the diagonal that the programme
# visits in a group with more than BAND_FROM cells (a whole book on one line).
BAND = 10
BAND_FROM = 2500

# When a lone source sentence counts as missing (``missing``):
# - it has MISSING_WORDS words or more ("Terminology matters." may go);
MISSING_WORDS = 5
# - no neighbouring pair gains more than COVERED_GAIN by taking it in, the gain
#   divided by its share of the merged length (at least MIN_SHARE): « Dites-nous ce
#   que vous en pensez – envoyez-nous… » renders "Let us know what you think." and
#   its neighbour for a gain of -0.01;
COVERED_GAIN = -0.01
MIN_SHARE = 0.25
# - with the encoder, no target sentence left alone is ABSENT_COSINE close to it, or
#   FILLED_COSINE when one stands in its very place (a loose rewrite: « Mais s'ils
#   sont simplement cachés, il agira. » / "If, however, the guides are just hidden,
#   the filter will work.", 0.34); planted deletions leave the place empty, or hold
#   a neighbour that rendered part of the deleted sentence (0.22, 0.26: 0.3 found 2
#   more of 201 plants for 22 more info findings on the clean corpora);
ABSENT_COSINE = 0.45
FILLED_COSINE = 0.2
# - and no paired target sentence is closer to it than to its own source by RIVAL
#   or more. Two sentences alike in one paragraph ("The integrity of all the
#   Packages…" and "The integrity of all package files…") come within 0.06.
RIVAL = 0.05

# A group is translated faithfully (``faithful``: its findings are warnings, not
# info) when no target sentence is left alone, at most one source sentence in
# LOOSE_SHARE (at least one) is, and every pair is FAITHFUL_PAIR similar; planted
# deletions in faithful paragraphs keep it (96 of 107 found), the free adaptations
# of gimp-help's French do not.
LOOSE_SHARE = 4
FAITHFUL_PAIR = 0.4
# ... and a finding is a warning only when, besides, the neighbouring pair loses at
# least -CLEAR_GAIN by taking the sentence in (``clear``). On the 49 warnings of both
# corpora read by hand, the 17 noise (a sentence merged into its neighbour's French)
# lose 0.05 to 0.41, median 0.18; the 32 real, 0.06 to 0.80, median 0.25: 0.15 keeps
# 26 real and 11 noise; planted deletions in faithful groups lose more than 0.15 in
# 89 of 96 (0.2 would keep 83, and demote the deletion of tests/rules, 0.16). The
# others are info.
CLEAR_GAIN = -0.15


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
    # in, per share of the merged length it has (the better of the two; -1 with no
    # neighbouring pair): a sentence merged into its neighbour's translation gains
    # it something.
    merge_gain: float
    # The highest cosine of its meaning with a target sentence of the group that
    # renders no source sentence (-1 if there is none); None without the encoder.
    closest: float | None
    # The most by which its cosine with a paired target sentence beats that of the
    # pair's own source sentences (-1 if no target sentence is paired); None
    # without the encoder. Near zero, the target may render it instead.
    rival: float | None
    target_paragraph: int  # the target paragraph where its translation would be
    # Whether target sentences left alone stand where its translation would be, between
    # the same two pairs: a loose rewrite looks like that, a sentence left out does not.
    filled: bool = False


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
    sentences are aligned on anchors and length alone. As the paragraph
    aligner does, the programme first runs on anchors and length; only the
    groups where that is not decisive (anything but as many sentences on each
    side, all paired one to one) are encoded and aligned again with meaning:
    encoding is what a check would spend its time on.
    """
    groups = [g for g in alignment if g.matched]
    sides = [
        (_group_sentences(source, g.source), _group_sentences(target, g.target)) for g in groups
    ]
    needed = [k for k, (s, t) in enumerate(sides) if not _trivial(s, t)]
    scorer = _Scorer.of(source, target, [sides[k] for k in needed])
    # Only a group with as many sentences on each side can be decisive: the others
    # go straight to meaning when there is an encoder.
    first = [n for n, k in enumerate(needed) if meaning is None or _even(sides[k])]
    aligned = {needed[n]: _aligned(groups[needed[n]], *sides[needed[n]], scorer, n) for n in first}
    doubtful = [n for n, k in enumerate(needed) if k not in aligned or not _decisive(aligned[k])]
    if meaning is not None and doubtful:
        scorer = scorer.encoded(doubtful, [sides[needed[n]] for n in doubtful], meaning)
        aligned |= {
            needed[n]: _aligned(groups[needed[n]], *sides[needed[n]], scorer, n) for n in doubtful
        }
    return tuple(
        aligned[k] if k in aligned else _trivially(group, *sides[k])
        for k, group in enumerate(groups)
    )


def _even(side: tuple[Sequence[Sentence], Sequence[Sentence]]) -> bool:
    return len(side[0]) == len(side[1])


def _decisive(group: GroupSentences) -> bool:
    """Whether a group's lexical sentence alignment needs no meaning: every sentence of
    both sides paired one to one, each pair ``DECISIVE_PAIR`` similar. A French
    paragraph with one sentence more than its original and one left out has as many
    sentences, but its pairs, shifted, share little."""
    return (
        not group.unmatched_source
        and not group.unmatched_target
        and all(len(p.source) == len(p.target) == 1 for p in group.pairs)
        and all(p.score >= DECISIVE_PAIR for p in group.pairs)
    )


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
        and _absent(lone)
    )


def faithful(group: GroupSentences) -> bool:
    """Whether the rest of a group's translation follows its original sentence by
    sentence: no target sentence left alone, at most one source sentence in
    ``LOOSE_SHARE`` (and at least one) left alone, and every pair ``FAITHFUL_PAIR``
    similar. A paragraph freely adapted (gimp-help's French condenses whole
    paragraphs) fails it, and a sentence it lacks is less surely an omission."""
    lone = len(group.unmatched_source)
    return (
        not group.unmatched_target
        and lone <= max(1, len(group.source_sentences) // LOOSE_SHARE)
        and all(pair.score >= FAITHFUL_PAIR for pair in group.pairs)
    )


def clear(group: GroupSentences, lone: Lone) -> bool:
    """Whether a sentence ``missing`` reports is surely left out, worth a warning: its
    group is otherwise ``faithful`` and taking it into the neighbouring pair clearly
    makes that pair worse (``CLEAR_GAIN``), where a sentence the French merged into
    its neighbour's costs it little."""
    return faithful(group) and lone.merge_gain < CLEAR_GAIN


def _absent(lone: Lone) -> bool:
    """Whether nothing of the target comes close to a lone sentence's meaning. Without
    the encoder, only a sentence whose place in the translation is empty is absent."""
    if lone.closest is None or lone.rival is None:
        return not lone.filled
    ceiling = FILLED_COSINE if lone.filled else ABSENT_COSINE
    return lone.closest < ceiling and lone.rival < RIVAL


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
    Merged profiles are kept as they are made: the programme asks for each
    run of sentences many times.
    """

    source: tuple[tuple[Profile, ...], ...]
    target: tuple[tuple[Profile, ...], ...]
    ratio: float
    _merged: dict[tuple[bool, int, int, int], Profile] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        source: AnalysedDocument,
        target: AnalysedDocument,
        sides: Sequence[tuple[Sequence[Sentence], Sequence[Sentence]]],
    ) -> _Scorer:
        """The lexical profiles (anchors and length) of the sentences of ``sides``."""
        s_all = [_as_paragraph(source, x) for s, _ in sides for x in s]
        t_all = [_as_paragraph(target, x) for _, t in sides for x in t]
        s_profiles, t_profiles = profiles(s_all, source.lang, t_all, target.lang)
        return cls(
            _split(s_profiles, [len(s) for s, _ in sides]),
            _split(t_profiles, [len(t) for _, t in sides]),
            length_ratio(s_profiles, t_profiles),
        )

    def encoded(
        self,
        groups: Sequence[int],
        sides: Sequence[tuple[Sequence[Sentence], Sequence[Sentence]]],
        meaning: Embedder,
    ) -> _Scorer:
        """The scorer with the meaning of the sentences of ``groups`` (whose sentences
        are ``sides``), all encoded in one call."""
        texts = [x.text for s, t in sides for x in (*s, *t)]
        vectors = meaning(texts)
        if vectors is None:
            return self
        source, target = list(self.source), list(self.target)
        row = 0
        for group in groups:
            s_count, t_count = len(source[group]), len(target[group])
            source[group] = _with_vectors(source[group], vectors[row : row + s_count])
            row += s_count
            target[group] = _with_vectors(target[group], vectors[row : row + t_count])
            row += t_count
        return _Scorer(tuple(source), tuple(target), self.ratio)

    def cosine(self, group: int, s: range, t: range) -> float | None:
        """The cosine of the meanings of source sentences ``s`` and target sentences ``t``
        of a group; None without the encoder."""
        source, target = self._run(True, group, s).vector, self._run(False, group, t).vector
        if source is None or target is None:
            return None
        return float(source @ target)

    def score(self, group: int, s: range, t: range) -> float:
        """The similarity of source sentences ``s`` with target sentences ``t`` of a group."""
        return similarity(self._run(True, group, s), self._run(False, group, t), self.ratio)

    def gain(self, group: int, position: int, run: range, pair: _Bead) -> float:
        """How much better ``pair`` scores with the lone source sentence at ``position``
        taken in (``run``: the pair's source sentences and it), per share of the run's
        length it has: a merged meaning is the length-weighted mean of its sentences',
        so a short sentence moves it little, rendered or not."""
        share = self._run(True, group, range(position, position + 1)).length
        share /= max(self._run(True, group, run).length, 1)
        return (self.score(group, run, pair.t) - pair.sim) / max(share, MIN_SHARE)

    def _run(self, is_source: bool, group: int, positions: range) -> Profile:
        key = (is_source, group, positions.start, positions.stop)
        found = self._merged.get(key)
        if found is None:
            side = (self.source if is_source else self.target)[group]
            found = self._merged[key] = merged([side[i] for i in positions])
        return found


def _as_paragraph(document: AnalysedDocument, sentence: Sentence) -> AnalysedParagraph:
    """A sentence as the aligner's profiles read a paragraph: its text, its figures and
    entities (offsets of figures and entities are in the paragraph's ``text``)."""
    analysed = document.paragraphs[sentence.paragraph]
    start, end = analysed.paragraph.text_span(sentence.start, sentence.end)
    paragraph = Paragraph(sentence.paragraph, sentence.text, 0, len(sentence.text))
    figures = tuple(f for f in analysed.figures if start <= f.start and f.end <= end)
    entities = tuple(e for e in analysed.entities if start <= e.start and e.end <= end)
    return AnalysedParagraph(paragraph, figures, entities)


def _with_vectors(found: Sequence[Profile], vectors: np.ndarray) -> tuple[Profile, ...]:
    return tuple(replace(p, vector=v) for p, v in zip(found, vectors, strict=True))


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
    # Rows of Python floats, not a NumPy array: the programme reads one cell at a
    # time, and a NumPy scalar read costs several times a list's (same doubles).
    best = [[-math.inf] * (m + 1) for _ in range(n + 1)]
    back: dict[tuple[int, int], tuple[int, int, float]] = {}
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(lows[i], highs[i] + 1):
            if i == 0 and j == 0:
                continue
            options = []
            if i and best[i - 1][j] > -math.inf:
                options.append((best[i - 1][j], 1, 0, 0.0))
            if j and best[i][j - 1] > -math.inf:
                options.append((best[i][j - 1], 0, 1, 0.0))
            for (a, b), penalty in BEAD_PENALTY.items():
                if a <= i and b <= j and best[i - a][j - b] > -math.inf:
                    sim = scorer.score(number, range(i - a, i), range(j - b, j))
                    gain = best[i - a][j - b] + sim - BEAD_FLOOR - penalty
                    options.append((gain, a, b, sim))
            if options:
                total, a, b, sim = max(options, key=lambda o: o[0])
                best[i][j] = total
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
        gains.append(scorer.gain(number, position, range(before.s[0], position + 1), before))
    if after is not None and after.s and after.t:
        gains.append(scorer.gain(number, position, range(position, after.s[-1] + 1), after))
    closest, rival = _rivals(beads, position, scorer, number)
    return Lone(
        source[position],
        max(gains, default=-1.0),
        closest,
        rival,
        _where(beads, n, target, group),
        _filled(beads, n),
    )


def _filled(beads: Sequence[_Bead], n: int) -> bool:
    """Whether target sentences left alone stand between the pairs either side of skip
    ``beads[n]``: its place in the translation holds something, a rewrite perhaps."""
    for step in (-1, 1):
        k = n + step
        while 0 <= k < len(beads) and not (beads[k].s and beads[k].t):
            if beads[k].t:
                return True
            k += step
    return False


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
