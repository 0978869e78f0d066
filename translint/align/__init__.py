"""Paragraph alignment: which source paragraphs became which target paragraphs.

The aligner is a monotonic dynamic programme over the two paragraph sequences
with groups 1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3 and 3-1. A group's similarity
combines three signals:

* meaning: the cosine of the paragraphs' multilingual sentence embeddings
  (``translint.align.semantic``); a merged side is the length-weighted mean of its
  paragraphs' vectors, so merges cost no extra encoding;
* shared anchors, weighted by rarity in the pair (IDF): figures (by value,
  whatever their writing), acronyms, and words, where a target word counts as
  a source word when the two are accent-folded cognates (rapidfuzz ratio, so
  ``gouvernement`` meets ``government`` and ``quantique`` meets ``quantum``);
* a length prior: a translation's length is roughly proportional to its
  original's, with the ratio measured on the pair itself.

Alignment runs in two rounds. The first uses anchors and length alone.
Encoding is what a long pair would spend its time on, and most groups of a
real translation are settled by shared names, figures and cognates, so only
the stretches where the first round is not decisive (any group that is not
a 1-1 pair with confidence ``DECISIVE``, with ``CONTEXT`` groups either side)
are encoded and aligned again with meaning, each inside the confident groups
that bound it. On the Debian corpora this encodes one paragraph in 28 and
aligns as well as encoding all of them (perturbed strict link F1 0.9979
either way, benchmarks/align_corpus.py, when it was measured); 0.97 would
encode one in eight. Without the encoder
(``semantic=False``, or the package missing) the first round is the
alignment.

Cost grows linearly with length: on long documents the programme only visits
a band around a chain of confident anchors (``translint.align.programme``
says how).
Page chrome is left out and comes back unmatched, except that a chrome
paragraph of each side at the same place is paired ("Print..." and
« Imprimer… »).

A lexical pair that shares no anchor at all was placed by length and
position only. A doubtful window grows through a run of such pairs, since a
shift that starts there runs through all of them (a list of labels after a
dropped one); one such pair of paragraphs long enough to share a word,
between pairs that share anchors, is realigned on its own, and meaning
says whether it is a pair at all.

After the programme, a run-in pass (``run_ins.absorb_run_ins``) cuts paragraphs
where sentences start to find the merges and splits a short paragraph cannot
show in an embedding, and re-tests the programme's own merges; an
unmatched paragraph takes its neighbour's counterpart when it is closer in
meaning (``passes.swap_neighbours``); one unmatched paragraph of each side alone
between two pairs is paired when their meanings are related at all, or
when both are short labels. An
unmatched source paragraph and an unmatched target paragraph that are very
similar are reported as a moved paragraph.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from translint.align import semantic
from translint.align.passes import (
    PairView,
    Pass,
    enumerations,
    extended_merges,
    fill_gaps,
    reordered_lists,
    swap_neighbours,
    with_chrome,
)
from translint.align.profiles import Profile, length_ratio, profiles, shares_anchor
from translint.align.programme import (
    align_profiles,
    band,
    doubtful_windows,
    moves,
    realign,
)
from translint.align.run_ins import absorb_run_ins
from translint.align.similarity import confidence, pair_similarities, similarity
from translint.align.tuning import BARE_LENGTH, DECISIVE
from translint.model import (
    Alignment,
    AlignmentGroup,
    AnalysedDocument,
    Move,
    ParagraphKind,
)

if TYPE_CHECKING:
    from translint.cache import Cache

__all__ = [
    "DECISIVE",
    "MEANING_PASSES",
    "PairView",
    "Profile",
    "align",
    "align_profiles",
    "band",
    "confidence",
    "length_ratio",
    "pair_similarities",
    "profiles",
    "similarity",
]

# The passes run, in this order, on the groups realigned with meaning; they
# need the embeddings the second round computed. ``with_chrome`` ends every
# alignment, with or without meaning.
MEANING_PASSES: tuple[Pass, ...] = (
    absorb_run_ins,
    extended_merges,
    swap_neighbours,
    fill_gaps,
    reordered_lists,
    enumerations,
    extended_merges,
)


def align(
    source: AnalysedDocument,
    target: AnalysedDocument,
    semantic: bool = True,
    cache: Cache | None = None,
) -> Alignment:
    """Align two analysed documents; every paragraph ends up in exactly one group.

    ``cache`` keeps sentence embeddings across runs.
    """
    src = tuple(p for p in source.paragraphs if p.paragraph.kind is not ParagraphKind.CHROME)
    tgt = tuple(p for p in target.paragraphs if p.paragraph.kind is not ParagraphKind.CHROME)
    src_profiles, tgt_profiles = profiles(src, source.lang, tgt, target.lang)
    semantic = semantic and _encoder_available()
    # With meaning, the moves are looked for once, among what is left unmatched
    # after the realignment (no windows to realign: nothing is unmatched).
    groups, found = align_profiles(src_profiles, tgt_profiles, find_moves=not semantic)
    pair = PairView(
        paragraphs=(src, tgt),
        profiles=(tuple(src_profiles), tuple(tgt_profiles)),
        langs=(source.lang, target.lang),
        ratio=length_ratio(src_profiles, tgt_profiles),
        sizes=(len(source.paragraphs), len(target.paragraphs)),
        cache=cache,
    )
    if semantic:
        groups, found = _with_meaning(groups, pair)
    return Alignment(
        tuple(with_chrome(groups, pair)),
        tuple(
            Move(src[m.source].paragraph.index, tgt[m.target].paragraph.index, m.score)
            for m in found
        ),
    )


def _encoder_available() -> bool:
    """Whether the sentence encoder is installed (asked of ``semantic`` at call time)."""
    return semantic.available()


def _with_meaning(
    groups: list[AlignmentGroup], pair: PairView
) -> tuple[list[AlignmentGroup], list[Move]]:
    """Realign with sentence embeddings wherever the lexical alignment is not decisive.

    Encoding is what a long pair spends its time on, and most groups of a
    real translation are settled by shared names, figures and cognates. So a
    first alignment is made on those alone; the stretches around every group
    that is not a confident 1-1 pair (merges, unmatched paragraphs, weak
    pairs), widened by ``CONTEXT`` groups either side, are encoded and
    aligned again with meaning, each inside the confident groups that bound
    it. A pair with few anchors has one stretch: the whole pair. The
    ``MEANING_PASSES`` then run on the result.
    """
    src_profiles, tgt_profiles = pair.profiles

    def anchored(group: AlignmentGroup) -> bool:
        return shares_anchor(src_profiles[group.source[0]], tgt_profiles[group.target[0]])

    def bare(group: AlignmentGroup) -> bool:
        """Two paragraphs long enough to share a word that share none."""
        lengths = src_profiles[group.source[0]].length, tgt_profiles[group.target[0]].length
        return min(lengths) >= BARE_LENGTH and not anchored(group)

    windows = doubtful_windows(groups, anchored, bare)
    if not windows:
        return groups, []  # every group a decisive pair: nothing unmatched to move
    pair = _with_vectors(pair, groups, windows)
    result = realign(groups, windows, *pair.profiles, pair.ratio)
    for correction in MEANING_PASSES:
        result = correction(result, pair)
    return result, moves(result, pair.similarity)


def _with_vectors(
    pair: PairView, groups: list[AlignmentGroup], windows: list[tuple[int, int]]
) -> PairView:
    """``pair`` with the meaning of every paragraph of the ``windows`` encoded."""
    src_needed = sorted({i for a, b in windows for g in groups[a:b] for i in g.source})
    tgt_needed = sorted({j for a, b in windows for g in groups[a:b] for j in g.target})
    src_vectors = semantic.embed([pair.text(0, i) for i in src_needed], pair.cache)
    tgt_vectors = semantic.embed([pair.text(1, j) for j in tgt_needed], pair.cache)
    assert src_vectors is not None and tgt_vectors is not None
    src_profiles, tgt_profiles = (list(side) for side in pair.profiles)
    for row, i in enumerate(src_needed):
        src_profiles[i] = replace(src_profiles[i], vector=src_vectors[row])
    for row, j in enumerate(tgt_needed):
        tgt_profiles[j] = replace(tgt_profiles[j], vector=tgt_vectors[row])
    return replace(pair, profiles=(tuple(src_profiles), tuple(tgt_profiles)))
