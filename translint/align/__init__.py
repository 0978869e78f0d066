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
a band around a chain of confident anchors (pairs of paragraphs that share
figures, acronyms or rare words found once on each side, kept when they
agree in order), as wide as the chain says insertions and deletions may
have shifted the text. There, a first pass with 1-1 pairs and skips only
runs on similarities computed for the whole band at once with numpy, and
the full programme (merges included) only revisits its doubtful stretches.
Page chrome is left out and comes back unmatched, except that a chrome
paragraph of each side at the same place is paired ("Print..." and
« Imprimer… »).

A lexical pair that shares no anchor at all was placed by length and
position only. A doubtful window grows through a run of such pairs, since a
shift that starts there runs through all of them (a list of labels after a
dropped one); one such pair of paragraphs long enough to share a word,
between pairs that share anchors, is realigned on its own, and meaning
says whether it is a pair at all.

After the programme, a run-in pass (``_absorb_run_ins``) cuts paragraphs
where sentences start to find the merges and splits a short paragraph cannot
show in an embedding, and re-tests the programme's own merges; an
unmatched paragraph takes its neighbour's counterpart when it is closer in
meaning (``_swap_neighbours``); one unmatched paragraph of each side alone
between two pairs is paired when their meanings are related at all, or
when both are short labels. An
unmatched source paragraph and an unmatched target paragraph that are very
similar are reported as a moved paragraph.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from typing import TYPE_CHECKING

import numpy as np
from rapidfuzz import fuzz, process

from translint.model import (
    Alignment,
    AlignmentGroup,
    AnalysedDocument,
    AnalysedParagraph,
    Move,
    ParagraphKind,
)
from translint.words import fold, words

if TYPE_CHECKING:
    from translint.cache import Cache

# A pair is matched when its similarity beats this threshold, which grows with
# the text there is to compare: a short label ("Antialiasing" / "Lissage") has
# little to show and its position decides; two long paragraphs must show they
# say the same thing (a deleted section next to inserted captions is not a pair).
THRESHOLD_SHORT, THRESHOLD_LONG = 0.0, 0.2
LONG_PARAGRAPH = 250  # characters of the shorter side from which THRESHOLD_LONG applies
SKIP_PENALTY = 0.0
# (source count, target count) -> penalty paid by a group of that shape.
MERGE_PENALTY: dict[tuple[int, int], float] = {
    (1, 1): 0.0,
    (2, 1): 0.025,
    (1, 2): 0.025,
    (2, 2): 0.5,
    (3, 1): 0.2,
    (1, 3): 0.2,
}
MERGE_FLOOR = 0.2  # a merge is only tried when one of its 1-1 pairs is this similar
MERGE_MARGIN = 0.3  # ... and within this of the best pair of its row
ANCHOR_WEIGHT = {"figure": 3.0, "acronym": 3.0, "word": 1.0}
COGNATE_CUTOFF = 80.0
LENGTH_SIGMA = 0.45
# Weights of meaning, anchors and length when embeddings are there.
SEMANTIC_WEIGHTS = (0.55, 0.3, 0.15)
COSINE_FLOOR, COSINE_CEILING = 0.3, 0.85  # cosines mapped linearly onto [0, 1]
FULL_CELLS = 250_000  # below this many cells the whole matrix is searched
BAND = 12  # half-width of the band around the anchor chain
DECISIVE = 0.96  # confidence from which a lexical 1-1 pair is not realigned with meaning
CONTEXT = 1  # groups either side of a doubtful one realigned with it
LABEL_WORDS = 8  # words from which a run-in paragraph is a sentence, not a label
RUN_IN_CUTS = 2  # places tried when cutting a paragraph for a run-in
RUN_IN_GAIN = 0.8  # how much better the cut reading must score than the whole
RUN_IN_LABEL_GAIN = 0.6  # ... when a label is cut off before a word that opens a sentence
RUN_IN_COSINE = 0.2  # ... with a piece that resembles the unmatched paragraph at all
RUN_IN_MARGIN = 0.1  # ... and more than it resembles the neighbour
RUN_IN_KEEP = 0.4  # the gain that keeps a merge the programme made
RUN_IN_NEAR = 0.15  # ... when the programme's text can be cut this close to the share
GAP_COSINE = 0.2  # from which a lone unmatched pair between two pairs is paired
GAP_LABEL = 40  # characters up to which such a pair are two labels, paired by place alone
BARE_LENGTH = 25  # characters from which a pair that shares no anchor is not decisive
UNRELATED_COSINE = 0.12  # below which two paragraphs are no pair, whatever their length
UNRELATED_LENGTH = 20  # ... when both have this many characters (shorter ones vary too much)
SWAP_MARGIN = 0.05  # how much closer in meaning an unmatched neighbour must be to take over
NARROW = 3  # half-width of the band around the first pass's path on long pairs
MOVE_THRESHOLD = 0.7  # similarity from which an unmatched pair is one paragraph moved
MOVE_CANDIDATES = 300  # unmatched paragraphs per side considered for moves
# Calibration: raw similarity -> share of matched groups that were exactly
# right over the Debian corpora as they are and perturbed (25,504 groups,
# benchmarks/align_corpus.py --calibrate), pooled to be monotonic and
# interpolated linearly. Position alone makes most low-similarity groups
# right, so confidences stay high; a group below 0.96 is worth a doubt.
CALIBRATION: tuple[tuple[float, float], ...] = (
    (0.0, 0.95),
    (0.15, 0.965),
    (0.25, 0.984),
    (0.45, 0.987),
    (0.65, 0.992),
    (0.85, 0.995),
    (1.0, 0.999),
)


@dataclass(frozen=True, eq=False)
class Profile:
    """What the aligner knows of one paragraph: weighted anchors, a length, a meaning."""

    anchors: dict[str, float]
    length: int
    vector: np.ndarray | None = field(default=None, repr=False)

    @cached_property
    def mass(self) -> float:
        return sum(self.anchors.values())


def align(
    source: AnalysedDocument,
    target: AnalysedDocument,
    semantic: bool = True,
    cache: Cache | None = None,
) -> Alignment:
    """Align two analysed documents; every paragraph ends up in exactly one group.

    ``cache`` keeps sentence embeddings across runs.
    """
    from translint.align.semantic import available

    src = [p for p in source.paragraphs if p.paragraph.kind is not ParagraphKind.CHROME]
    tgt = [p for p in target.paragraphs if p.paragraph.kind is not ParagraphKind.CHROME]
    src_profiles, tgt_profiles = profiles(src, source.lang, tgt, target.lang)
    semantic = semantic and available()
    # With meaning, the moves are looked for once, among what is left unmatched
    # after the realignment (no windows to realign: nothing is unmatched).
    groups, moves = align_profiles(src_profiles, tgt_profiles, find_moves=not semantic)
    if semantic:
        groups, moves = _with_meaning(
            groups, src, tgt, src_profiles, tgt_profiles, (source.lang, target.lang), cache
        )
    src_ids = [p.paragraph.index for p in src]
    tgt_ids = [p.paragraph.index for p in tgt]
    mapped = [
        AlignmentGroup(
            tuple(src_ids[i] for i in g.source), tuple(tgt_ids[j] for j in g.target), g.score
        )
        for g in groups
    ]
    return Alignment(
        _with_chrome(mapped, len(source.paragraphs), len(target.paragraphs)),
        tuple(Move(src_ids[m.source], tgt_ids[m.target], m.score) for m in moves),
    )


def length_ratio(source: Sequence[Profile], target: Sequence[Profile]) -> float:
    total = sum(p.length for p in source)
    return min(1.6, max(0.6, sum(p.length for p in target) / total)) if total else 1.0


def _with_meaning(
    groups: list[AlignmentGroup],
    source: Sequence[AnalysedParagraph],
    target: Sequence[AnalysedParagraph],
    src_profiles: list[Profile],
    tgt_profiles: list[Profile],
    langs: tuple[str, str],
    cache: Cache | None = None,
) -> tuple[list[AlignmentGroup], list[Move]]:
    """Realign with sentence embeddings wherever the lexical alignment is not decisive.

    Encoding is what a long pair spends its time on, and most groups of a
    real translation are settled by shared names, figures and cognates. So a
    first alignment is made on those alone; the stretches around every group
    that is not a confident 1-1 pair (merges, unmatched paragraphs, weak
    pairs), widened by ``CONTEXT`` groups either side, are encoded and
    aligned again with meaning, each inside the confident groups that bound
    it. A pair with few anchors has one stretch: the whole pair.
    """
    from translint.align.semantic import embed

    def anchored(group: AlignmentGroup) -> bool:
        return _shares_anchor(src_profiles[group.source[0]], tgt_profiles[group.target[0]])

    def bare(group: AlignmentGroup) -> bool:
        """Two paragraphs long enough to share a word that share none."""
        lengths = src_profiles[group.source[0]].length, tgt_profiles[group.target[0]].length
        return min(lengths) >= BARE_LENGTH and not anchored(group)

    windows = _doubtful_windows(groups, anchored, bare)
    if not windows:
        return groups, []  # every group a decisive pair: nothing unmatched to move
    src_needed = sorted({i for a, b in windows for g in groups[a:b] for i in g.source})
    tgt_needed = sorted({j for a, b in windows for g in groups[a:b] for j in g.target})
    src_vectors = embed([source[i].paragraph.content for i in src_needed], cache)
    tgt_vectors = embed([target[j].paragraph.content for j in tgt_needed], cache)
    assert src_vectors is not None and tgt_vectors is not None
    for row, i in enumerate(src_needed):
        src_profiles[i] = replace(src_profiles[i], vector=src_vectors[row])
    for row, j in enumerate(tgt_needed):
        tgt_profiles[j] = replace(tgt_profiles[j], vector=tgt_vectors[row])
    ratio = length_ratio(src_profiles, tgt_profiles)
    result = _realign(groups, windows, src_profiles, tgt_profiles, ratio)
    result = _absorb_run_ins(
        result, (source, target), (src_profiles, tgt_profiles), langs, ratio, cache
    )
    result = _swap_neighbours(result, src_profiles, tgt_profiles, ratio)
    result = _fill_gaps(result, src_profiles, tgt_profiles)

    return result, _moves(result, lambda i, j: similarity(src_profiles[i], tgt_profiles[j], ratio))


def _absorb_run_ins(
    groups: list[AlignmentGroup],
    sides: tuple[Sequence[AnalysedParagraph], Sequence[AnalysedParagraph]],
    profiles_of: tuple[Sequence[Profile], Sequence[Profile]],
    langs: tuple[str, str],
    ratio: float,
    cache: Cache | None,
) -> list[AlignmentGroup]:
    """Join an unmatched paragraph to its neighbour's 1-1 group when the other side
    of that group holds both: the merges and splits the programme cannot see.

    Translators run a label into the paragraph it introduces ("Tip" and the
    tip become « Astuce Vous pouvez... »), join two sentences into one
    paragraph, or cut one in two. A short paragraph hardly moves the embedding
    of a merge, so the programme leaves it unmatched. Here the neighbour's
    counterpart is cut where a sentence starts, at the ``RUN_IN_CUTS`` places
    closest to the share the unmatched paragraph would take, and the two
    readings are scored with the programme's own measure (meaning and
    length): the unmatched paragraph with the cut piece and the neighbour
    with the rest, against the neighbour with the whole. The first must win
    by ``RUN_IN_GAIN``, and the piece must resemble the unmatched paragraph
    at all (``RUN_IN_COSINE``) and more than it resembles the neighbour
    (``RUN_IN_MARGIN``). A label cut off before a function word ("Tramage |
    Le tramage...") needs only ``RUN_IN_LABEL_GAIN``: USE hardly sees a
    one-word label, and that word after the cut shows a sentence starting.
    A short paragraph found word for word at the edge of the text (a field
    name left in English) is also tried there, whatever follows it.
    A deleted or inserted paragraph fails the test: the piece is then a part
    of the neighbour's own translation, and taking it away makes the rest a
    worse match. The programme's own 2-1 and 1-2
    groups go through the same test (``_split_merges``), and stay together
    when the cut reading wins by ``RUN_IN_KEEP``: on the Debian corpora this
    undoes most merges of a deleted label into its neighbour and keeps
    nearly all the right ones. Where no sentence starts near the share, the
    merge is cut between words instead, and that looser piece must also pass
    the margin ("Recommends" merged with "Use this for..." over « à utiliser
    pour... »: the piece « à utiliser » is more like the neighbour).
    """
    from translint.align.semantic import embed

    groups, partners, word_cuts = _split_merges(groups, sides, profiles_of)
    cuts = []  # (lonely group, neighbour group, lonely side, piece, rest, label cut, loose)
    for k, group in enumerate(groups):
        if len(group.source) + len(group.target) != 1:
            continue
        side = 0 if group.source else 1
        lonely = sides[side][_member(group, side)].paragraph.content
        if not lonely.strip():
            continue
        for n, head in ((k + 1, True), (k - 1, False)):
            if not 0 <= n < len(groups) or (len(groups[n].source), len(groups[n].target)) != (1, 1):
                continue
            kin = sides[side][_member(groups[n], side)].paragraph.content
            text = sides[1 - side][_member(groups[n], 1 - side)].paragraph.content
            share = len(lonely) / (len(lonely) + len(kin))
            short = len(words(lonely)) <= LABEL_WORDS
            places = _run_in_cuts(text, share, head, short)[:RUN_IN_CUTS]
            loose = word_cuts.get(k, [])[:RUN_IN_CUTS] if partners.get(k) == n else []
            verbatim = _verbatim_cut(text, lonely, head) if short else None
            for at in [*places, *loose] if verbatim is None else [verbatim, *places, *loose]:
                piece, rest = (text[:at], text[at:]) if head else (text[at:], text[:at])
                label = _label_cut(text, at, _stop_words(langs[1 - side]))
                cuts.append((k, n, side, piece.strip(), rest.strip(), label, at in loose))
    if not cuts:
        return groups
    needed = {
        (s, _member(groups[g], s))
        for k, n, side, *_ in cuts
        for g, s in ((k, side), (n, 0), (n, 1))
    }
    missing = sorted(key for key in needed if profiles_of[key[0]][key[1]].vector is None)
    vectors = embed([t for *_, piece, rest, _, _ in cuts for t in (piece, rest)], cache)
    found = embed([sides[side][i].paragraph.content for side, i in missing], cache)
    assert vectors is not None and found is not None
    own = {key: profiles_of[key[0]][key[1]].vector for key in needed}
    own.update(zip(missing, found, strict=True))

    def known(side: int, group: int) -> tuple[str, np.ndarray]:
        """The text and vector of a group's paragraph on one side."""
        key = (side, _member(groups[group], side))
        return sides[side][key[1]].paragraph.content, own[key]

    def reading(side: int, one: tuple[str, np.ndarray], other: tuple[str, np.ndarray]) -> float:
        """What a pair adds to the programme's score, on meaning and length alone."""
        mine = Profile({}, max(1, len(one[0])), one[1])
        theirs = Profile({}, max(1, len(other[0])), other[1])
        pair = (mine, theirs) if side == 0 else (theirs, mine)
        return 2 * (similarity(*pair, ratio) - _threshold(pair[0].length, pair[1].length, ratio))

    scored = []
    for m, (k, n, side, piece, rest, label, loose) in enumerate(cuts):
        lonely, kin, whole = known(side, k), known(side, n), known(1 - side, n)
        piece_vector, rest_vector = vectors[2 * m], vectors[2 * m + 1]
        to_lonely = float(lonely[1] @ piece_vector)
        kept = partners.get(k) == n and not loose
        if to_lonely < RUN_IN_COSINE or (
            not kept and to_lonely < float(kin[1] @ piece_vector) + RUN_IN_MARGIN
        ):
            continue
        joined = reading(side, lonely, (piece, piece_vector)) + reading(
            side, kin, (rest, rest_vector)
        )
        gain = joined - reading(side, kin, whole)
        if gain >= (RUN_IN_KEEP if kept else RUN_IN_LABEL_GAIN if label else RUN_IN_GAIN):
            scored.append((gain, k, n))
    joined_to: dict[int, int] = {}  # neighbour group -> lonely group
    used: set[int] = set()
    for _, k, n in sorted(scored, reverse=True):
        if k not in used and n not in used:
            joined_to[n] = k
            used |= {k, n}
    if not joined_to:
        return groups
    taken = set(joined_to.values())
    result = []
    for k, group in enumerate(groups):
        if k in taken:
            continue
        if k in joined_to:
            extra = groups[joined_to[k]]
            group = AlignmentGroup(
                tuple(sorted((*extra.source, *group.source))),
                tuple(sorted((*extra.target, *group.target))),
                group.score,
            )
        result.append(group)
    return result


def _swap_neighbours(
    groups: list[AlignmentGroup],
    source: Sequence[Profile],
    target: Sequence[Profile],
    ratio: float,
) -> list[AlignmentGroup]:
    """Give a pair's paragraph to the unmatched paragraph beside its partner when
    that one is clearly closer in meaning (``SWAP_MARGIN``).

    A deleted paragraph next to a kept one leaves two candidates for the same
    counterpart. Below the cosine floor the programme scores both alike and
    lets length choose ("This preserves some of the environment..." takes
    « entrez « su » depuis... » from 'Type "su" from...'). Here the two
    cosines are compared as they are. The paragraphs stay in order: the
    unmatched one is next to the pair.
    """
    sides = (source, target)
    result = list(groups)
    for k, group in enumerate(result):
        if (len(group.source), len(group.target)) != (1, 1):
            continue
        for n in (k - 1, k + 1):
            if not 0 <= n < len(result):
                continue
            other = result[n]
            if len(other.source) + len(other.target) != 1:
                continue
            side = 0 if other.source else 1
            mine = sides[side][_member(group, side)].vector
            theirs = sides[side][_member(other, side)].vector
            partner = sides[1 - side][_member(group, 1 - side)].vector
            if mine is None or theirs is None or partner is None:
                continue
            if float(theirs @ partner) >= float(mine @ partner) + SWAP_MARGIN:
                pair = _from_side(side, (_member(other, side),), (_member(group, 1 - side),), None)
                i, j = pair.source[0], pair.target[0]
                result[n] = AlignmentGroup(
                    (i,), (j,), confidence(similarity(source[i], target[j], ratio))
                )
                result[k] = _from_side(side, (_member(group, side),), (), None)
                break
    return result


def _fill_gaps(
    groups: list[AlignmentGroup], source: Sequence[Profile], target: Sequence[Profile]
) -> list[AlignmentGroup]:
    """Pair the one unmatched source and the one unmatched target paragraph that sit
    alone between two pairs, when their meanings are not unrelated (``GAP_COSINE``).

    The programme leaves such a pair apart when the translator added to it (a
    sentence of explanation halves the cosine), but in that place it is far
    likelier a loose translation than a deletion and an insertion side by
    side. Two labels (``GAP_LABEL`` characters at most: "Sample Merged" /
    « Échantillonner sur tous les calques ») are paired whatever their
    cosine, which says little on a few words. Its confidence is that of a
    pair placed by its position alone.
    """
    result: list[AlignmentGroup] = []
    k = 0
    while k < len(groups):
        group = groups[k]
        if k + 1 < len(groups) and _lone_pair(groups, k):
            pair = _placed_pair(group, groups[k + 1])
            a, b = source[pair.source[0]].vector, target[pair.target[0]].vector
            labels = max(source[pair.source[0]].length, target[pair.target[0]].length) <= GAP_LABEL
            if a is not None and b is not None and (labels or float(a @ b) >= GAP_COSINE):
                result.append(pair)
                k += 2
                continue
        result.append(group)
        k += 1
    return result


def _placed_pair(first: AlignmentGroup, second: AlignmentGroup) -> AlignmentGroup:
    """An unmatched paragraph of each side made a pair, with the confidence of a pair
    placed by its position alone."""
    return AlignmentGroup(
        first.source or second.source, first.target or second.target, confidence(0.0)
    )


def _lone_pair(groups: Sequence[AlignmentGroup], k: int) -> bool:
    """Whether groups k and k+1 are one unmatched paragraph of each side between pairs."""

    def matched(at: int) -> bool:
        return not 0 <= at < len(groups) or bool(groups[at].source and groups[at].target)

    first, second = groups[k], groups[k + 1]
    return (
        not matched(k)
        and not matched(k + 1)
        and bool(first.source) != bool(second.source)
        and matched(k - 1)
        and matched(k + 2)
    )


def _split_merges(
    groups: list[AlignmentGroup],
    sides: tuple[Sequence[AnalysedParagraph], Sequence[AnalysedParagraph]],
    profiles_of: tuple[Sequence[Profile], Sequence[Profile]],
) -> tuple[list[AlignmentGroup], dict[int, int], dict[int, list[int]]]:
    """The programme's 2-1 and 1-2 groups taken apart, so that the run-in test
    decides whether they stay together; for each paragraph taken out, the
    group it was taken from; and, for those whose other side has no sentence
    start near their share, the places between words to cut it instead.

    The length prior makes the programme merge a deleted label into its
    neighbour ("2.5.4. Options" and "Figure 14.23. Tool Options..." for
    « Figure 14.23. Les options... » once « 2.5.4. Options » is gone). Of
    the two paragraphs of a merge, the one less like the other side is taken
    out, when the other side's text can be cut near its share, where a
    sentence starts or else between two words (a one-word paragraph of a
    text cannot be cut, and the merge stays).
    """
    result: list[AlignmentGroup] = []
    partners: dict[int, int] = {}
    word_cuts: dict[int, list[int]] = {}
    for group in groups:
        shape = (len(group.source), len(group.target))
        if shape not in ((2, 1), (1, 2)):
            result.append(group)
            continue
        side = 0 if shape == (2, 1) else 1
        members = (group.source, group.target)[side]
        single = (group.source, group.target)[1 - side][0]
        whole = profiles_of[1 - side][single].vector
        vectors = [profiles_of[side][m].vector for m in members]
        if whole is None or vectors[0] is None or vectors[1] is None:
            result.append(group)
            continue
        out = 0 if float(vectors[0] @ whole) < float(vectors[1] @ whole) else 1
        lonely, kin = (sides[side][members[k]].paragraph.content for k in (out, 1 - out))
        text = sides[1 - side][single].paragraph.content
        share = len(lonely) / (len(lonely) + len(kin))
        short = len(words(lonely)) <= LABEL_WORDS
        near = _run_in_cuts(text, share, out == 0, short, RUN_IN_NEAR)
        loose = [] if near else _word_cuts(text, share, out == 0)
        if not near and not loose:
            result.append(group)
            continue
        kept = _from_side(side, (members[1 - out],), (single,), group.score)
        alone = _from_side(side, (members[out],), (), None)
        at = len(result) if out == 0 else len(result) + 1
        partners[at] = at + 1 if out == 0 else at - 1
        if loose:
            word_cuts[at] = loose
        result += [alone, kept] if out == 0 else [kept, alone]
    return result, partners, word_cuts


def _from_side(
    side: int, own: tuple[int, ...], other: tuple[int, ...], score: float | None
) -> AlignmentGroup:
    """A group given by its paragraphs on ``side`` (0: source, 1: target) and the other."""
    return AlignmentGroup(own, other, score) if side == 0 else AlignmentGroup(other, own, score)


def _member(group: AlignmentGroup, side: int) -> int:
    """The first paragraph of a group on one side (0: source, 1: target)."""
    return (group.source, group.target)[side][0]


# A sentence starts with a capital, a digit or an opening quote or bracket.
_SENTENCE_START = re.compile(r"\s+(?=[^\W\d_]|[\d«“\"(\[])")
_SENTENCE_END = '.!?:;»”")]'
_SPACE = re.compile(r"\s+")


def _run_in_cuts(
    text: str, share: float, head: bool, short: bool, within: float = 1.0
) -> list[int]:
    """Where ``text`` may be cut so that its head (or tail) is the translation of a
    paragraph that would take ``share`` of it, closest to ``share`` first.

    A cut falls where a sentence starts: the next word is capitalised (or a
    digit, or a quote) and the previous one ends a sentence. A short
    paragraph is a label, which needs no full stop of its own ("Astuce Vous
    pouvez...", "... analyse par autopsie Astuce"); at the head it may also
    end with a colon or a full stop before any word. Only cuts that leave
    the head within ``within`` of ``share`` count.
    """
    cuts: list[tuple[float, int]] = []
    for match in _SENTENCE_START.finditer(text):
        at = match.start()
        if at == 0:
            continue
        # Characters, not slices: a paragraph may be a several-megabyte line.
        before, after = text[at - 1], text[match.end()]
        starts = after.isupper() or not after.isalpha()
        ends = before in _SENTENCE_END
        if not ((starts and (ends or short)) or (short and head and before in ":.")):
            continue
        gap = abs((at if head else len(text) - match.end()) / len(text) - share)
        if gap <= within:
            cuts.append((gap, at if head else match.end()))
    return [at for _, at in sorted(cuts)]


def _word_cuts(text: str, share: float, head: bool) -> list[int]:
    """Where ``text`` may be cut between two words so that its head (or tail) is
    within ``RUN_IN_NEAR`` of ``share``, closest first: the fallback for a merge
    whose text has no sentence start near the share."""
    cuts: list[tuple[float, int]] = []
    for match in _SPACE.finditer(text):
        if match.start() == 0 or match.end() == len(text):
            continue
        gap = abs((match.start() if head else len(text) - match.end()) / len(text) - share)
        if gap <= RUN_IN_NEAR:
            cuts.append((gap, match.start() if head else match.end()))
    return [at for _, at in sorted(cuts)]


def _verbatim_cut(text: str, label: str, head: bool) -> int | None:
    """Where ``text`` may be cut after (or before) ``label`` left untranslated.

    Field names and commands stay in the original language, and a label run
    into its description may go on in lower case (« Replaces à utiliser quand
    le programme... »), with no sentence start to cut at.
    """
    label = label.strip()
    if head and text.startswith(label + " "):
        return len(label)
    if not head and text.endswith(" " + label):
        return len(text) - len(label)
    return None


def _label_cut(text: str, at: int, stop: frozenset[str]) -> bool:
    """Whether the cut at ``at`` ends a label with no stop of its own, before a word
    that opens a sentence ("Tramage | Le tramage consiste...").

    A function word after the cut is a sentence starting; a capitalised
    content word is as often a name inside the sentence ("Le nouvel outil |
    Chemins a...", "La compression | PNG..."), which gets no such benefit.
    """
    end = at
    while end and text[end - 1].isspace():
        end -= 1
    if not end or text[end - 1] in _SENTENCE_END:
        return False
    following = words(text[at : at + 40])
    return bool(following) and fold(following[0]) in stop


def _shares_anchor(source: Profile, target: Profile) -> bool:
    """Whether two paragraphs share a figure, an acronym or a word (cognates included).

    A pair that shares nothing was matched for its length and place alone.
    """
    return not source.anchors.keys().isdisjoint(target.anchors)


def _realign(
    groups: Sequence[AlignmentGroup],
    windows: Sequence[tuple[int, int]],
    source: Sequence[Profile],
    target: Sequence[Profile],
    ratio: float,
) -> list[AlignmentGroup]:
    """``groups`` with each window of groups replaced by the programme's alignment of it.

    A window is bounded by the groups around it, so its paragraphs are
    contiguous on both sides and the spliced result stays monotonic.
    """
    result: list[AlignmentGroup] = []
    done = 0
    for a, b in windows:
        result.extend(groups[done:a])
        done = b
        sources = [i for g in groups[a:b] for i in g.source]
        targets = [j for g in groups[a:b] for j in g.target]
        s0 = min(sources, default=0)
        t0 = min(targets, default=0)
        local, _ = align_profiles(
            source[s0 : s0 + len(sources)],
            target[t0 : t0 + len(targets)],
            ratio,
            find_moves=False,
        )
        result.extend(
            AlignmentGroup(
                tuple(i + s0 for i in g.source), tuple(j + t0 for j in g.target), g.score
            )
            for g in local
        )
    result.extend(groups[done:])
    return result


def _path_groups(
    path: Sequence[tuple[int, int]], pairs: Sequence[np.ndarray], rows: Sequence[tuple[int, int]]
) -> list[AlignmentGroup]:
    """The 1-1 pairs and unmatched paragraphs of a first-pass path."""
    groups = []
    for (i0, j0), (i1, j1) in itertools.pairwise(path):
        if i1 > i0 and j1 > j0:
            score = confidence(float(pairs[i1][j1 - max(rows[i1][0], 1)]))
            groups.append(AlignmentGroup((i0,), (j0,), score))
        elif i1 > i0:
            groups.append(AlignmentGroup((i0,), (), None))
        else:
            groups.append(AlignmentGroup((), (j0,), None))
    return groups


def _doubtful_windows(
    groups: Sequence[AlignmentGroup],
    anchored: Callable[[AlignmentGroup], bool] = lambda group: True,
    bare: Callable[[AlignmentGroup], bool] = lambda group: False,
) -> list[tuple[int, int]]:
    """Ranges of groups (start, stop) to realign: the doubtful ones with their context.

    A group is doubtful unless it is a 1-1 pair with confidence ``DECISIVE``.
    Its window takes ``CONTEXT`` groups either side, and goes on through the
    pairs that ``anchored`` says share nothing: those were placed by length
    and position alone, so a shift that starts at the doubtful group runs
    through them (a list of labels after a dropped one all pair with their
    neighbour's translation). A confident pair that ``bare`` flags is a
    window of its own: length and place alone give that confidence to two
    unrelated paragraphs (a deleted one beside an inserted one), and meaning
    only has to say whether they are a pair. A label and its translation
    that share nothing are too short for ``bare`` to flag. A pair beside
    another pair that shares nothing is left alone too: such runs are lists
    translated item by item (GIMP's menus), common in real translations, and
    encoding them all costs a long pair more than the rare deletion it finds.
    """

    def decisive(group: AlignmentGroup) -> bool:
        return (
            len(group.source) == 1
            and len(group.target) == 1
            and group.score is not None
            and group.score >= DECISIVE
        )

    windows: list[tuple[int, int]] = []
    for k, group in enumerate(groups):
        if decisive(group):
            placed = (
                0 <= n < len(groups) and decisive(groups[n]) and not anchored(groups[n])
                for n in (k - 1, k + 1)
            )
            if not bare(group) or any(placed):
                continue
            a, b = k, k + 1
        else:
            a, b = max(0, k - CONTEXT), min(len(groups), k + CONTEXT + 1)
            while a > 0 and decisive(groups[a]) and not anchored(groups[a]):
                a -= 1
            while b < len(groups) and decisive(groups[b - 1]) and not anchored(groups[b - 1]):
                b += 1
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(b, windows[-1][1]))
        else:
            windows.append((a, b))
    return windows


def _with_chrome(
    groups: list[AlignmentGroup], n_source: int, n_target: int
) -> tuple[AlignmentGroup, ...]:
    """Put the paragraphs left out of the programme back, unmatched, in document order."""
    seen_s = {i for g in groups for i in g.source}
    seen_t = {j for g in groups for j in g.target}
    extra = [AlignmentGroup((i,), (), None) for i in range(n_source) if i not in seen_s]
    extra += [AlignmentGroup((), (j,), None) for j in range(n_target) if j not in seen_t]
    if not extra:
        return tuple(groups)

    ordered: list[AlignmentGroup] = []
    pending = sorted(extra, key=lambda g: (g.source or g.target)[0])
    for group in groups:
        first_s = min(group.source) if group.source else None
        first_t = min(group.target) if group.target else None
        while pending:
            head = pending[0]
            before_source = head.source and first_s is not None and head.source[0] < first_s
            before_target = head.target and first_t is not None and head.target[0] < first_t
            if before_source or before_target:
                ordered.append(pending.pop(0))
            else:
                break
        ordered.append(group)
    ordered.extend(pending)
    return tuple(_pair_chrome(ordered, set(extra)))


def _pair_chrome(groups: list[AlignmentGroup], chrome: set[AlignmentGroup]) -> list[AlignmentGroup]:
    """Pair a left-out source paragraph with a left-out target one at the same place.

    Page furniture on both sides between the same groups is one item in two
    languages ("Print..." and « Imprimer… » in a list of menu entries). Its
    confidence is that of a pair placed by its position alone.
    """
    result: list[AlignmentGroup] = []
    for group in groups:
        last = result[-1] if result else None
        if (
            last is not None
            and group in chrome
            and last in chrome
            and bool(group.source) != bool(last.source)
        ):
            result[-1] = _placed_pair(last, group)
            chrome.discard(group)
            chrome.discard(last)
            continue
        result.append(group)
    return result


def profiles(
    source: Sequence[AnalysedParagraph],
    source_lang: str,
    target: Sequence[AnalysedParagraph],
    target_lang: str,
) -> tuple[list[Profile], list[Profile]]:
    """Lexical profiles of both sides, with target cognates mapped onto source words."""
    src_raw = [_anchors(p, source_lang) for p in source]
    tgt_raw = [_anchors(p, target_lang) for p in target]
    cognates = _cognates(
        {k for a in src_raw for k in a if k.startswith("w:")},
        {k for a in tgt_raw for k in a if k.startswith("w:")},
    )
    tgt_raw = [Counter({cognates.get(k, k): n for k, n in a.items()}) for a in tgt_raw]
    idf = _idf(src_raw, tgt_raw)
    return (
        [_profile(a, idf, p) for a, p in zip(src_raw, source, strict=True)],
        [_profile(a, idf, p) for a, p in zip(tgt_raw, target, strict=True)],
    )


def _anchors(paragraph: AnalysedParagraph, lang: str) -> Counter[str]:
    stop = _stop_words(lang)
    anchors: Counter[str] = Counter()
    for figure in paragraph.figures:
        anchors["f:" + _number_key(figure.value)] += 1
    for entity in paragraph.entities:
        if entity.label.value == "ACRONYM":
            anchors["a:" + entity.key] += 1
    for word in words(paragraph.paragraph.content):
        folded = fold(word)
        if len(folded) >= 3 and folded not in stop and not word.isupper():
            anchors["w:" + folded] += 1
    return anchors


def _number_key(value: object) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


@cache
def _stop_words(lang: str) -> frozenset[str]:
    from translint.language import spacy_stop_words

    return frozenset(fold(w) for w in spacy_stop_words(lang))


def _cognates(source_words: set[str], target_words: set[str]) -> dict[str, str]:
    """Map each target word to its closest source cognate (same first letter, ratio >= cutoff)."""
    by_letter: dict[str, list[str]] = {}
    for key in sorted(source_words):  # sorted: ties must break the same way in every run
        by_letter.setdefault(key[2], []).append(key)
    mapping: dict[str, str] = {}
    pending: dict[str, list[str]] = {}
    for key in sorted(target_words):
        if key in source_words:
            continue
        pending.setdefault(key[2], []).append(key)
    for letter, targets in pending.items():
        candidates = by_letter.get(letter)
        if not candidates:
            continue
        scores = process.cdist(
            [t[2:] for t in targets],
            [c[2:] for c in candidates],
            scorer=fuzz.ratio,
            score_cutoff=COGNATE_CUTOFF,
        )
        for row, target_key in zip(scores, targets, strict=True):
            best = int(row.argmax())
            if row[best] > 0:
                mapping[target_key] = candidates[best]
    return mapping


def _idf(*sides: list[Counter[str]]) -> dict[str, float]:
    df: Counter[str] = Counter()
    total = 0
    for side in sides:
        total += len(side)
        for anchors in side:
            df.update(anchors.keys())
    return {k: math.log(1 + total / n) for k, n in df.items()}


def _profile(anchors: Counter[str], idf: dict[str, float], paragraph: AnalysedParagraph) -> Profile:
    weighted = {k: n * idf[k] * ANCHOR_WEIGHT[_anchor_kind(k)] for k, n in anchors.items()}
    return Profile(weighted, max(1, len(paragraph.paragraph.content)))


def _anchor_kind(key: str) -> str:
    return {"f": "figure", "a": "acronym", "w": "word"}[key[0]]


def _merged(profiles: Sequence[Profile]) -> Profile:
    if len(profiles) == 1:
        return profiles[0]
    anchors: dict[str, float] = {}
    for profile in profiles:
        for k, v in profile.anchors.items():
            anchors[k] = anchors.get(k, 0.0) + v
    vector = None
    if all(p.vector is not None for p in profiles):
        total = sum(p.vector * p.length for p in profiles)  # type: ignore[operator]
        vector = total / max(float(np.linalg.norm(total)), 1e-9)
    return Profile(anchors, sum(p.length for p in profiles), vector)


def similarity(source: Profile, target: Profile, length_ratio: float) -> float:
    """Similarity in [0, 1] of two (possibly merged) paragraphs.

    With meaning, a cosine below ``UNRELATED_COSINE`` is a verdict, not a
    weak score: length and a stray shared word would otherwise pair a
    deleted paragraph with an inserted one beside it ("MC can be started by
    the following." / « apt-get offre un système de résolution... »).
    """
    small, large = (
        (source.anchors, target.anchors)
        if len(source.anchors) <= len(target.anchors)
        else (target.anchors, source.anchors)
    )
    shared = sum(min(small[k], large[k]) for k in small.keys() & large.keys())
    mass = source.mass + target.mass
    overlap = 2 * shared / mass if mass else 0.0
    lexical = min(1.0, overlap / 0.6)
    deviation = math.log(target.length / (source.length * length_ratio))
    length = math.exp(-(deviation**2) / (2 * LENGTH_SIGMA**2))
    anchored = bool(source.anchors) and bool(target.anchors)
    if source.vector is not None and target.vector is not None:
        cosine = float(source.vector @ target.vector)
        if cosine < UNRELATED_COSINE and min(source.length, target.length) >= UNRELATED_LENGTH:
            return 0.0
        meaning = min(1.0, max(0.0, (cosine - COSINE_FLOOR) / (COSINE_CEILING - COSINE_FLOOR)))
        w_meaning, w_lexical, w_length = SEMANTIC_WEIGHTS
        if not anchored:  # a bare number or a symbol: meaning and length only
            return (w_meaning * meaning + w_length * length) / (w_meaning + w_length)
        return w_meaning * meaning + w_lexical * lexical + w_length * length
    if not anchored:
        # Nothing to compare (a bare number, a symbol): only the length speaks, weakly.
        return 0.5 * length
    if lexical == 0.0:
        # Nothing shared: length is no evidence for long paragraphs, some for labels.
        shorter = min(source.length, target.length / length_ratio)
        return 0.25 * length * (1.0 - min(1.0, shorter / LONG_PARAGRAPH))
    return 0.75 * lexical + 0.25 * length


def confidence(raw: float) -> float:
    """The calibrated confidence of a group whose raw similarity is ``raw``."""
    points = CALIBRATION
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        if raw <= x1:
            return round(y0 + (y1 - y0) * (max(raw, x0) - x0) / (x1 - x0), 2)
    return round(points[-1][1], 2)


def band(source: Sequence[Profile], target: Sequence[Profile]) -> list[tuple[int, int]]:
    """For each source position 0..n, the range of target positions the programme visits.

    Small pairs get the whole matrix. Long ones get a band around the chain
    of confident anchors: pairs sharing keys that occur in exactly one
    paragraph of each side, kept when they agree in order (the longest
    increasing chain). Between two anchors the band is as wide as the
    difference of the gaps on the two sides, plus ``BAND``.
    """
    n, m = len(source), len(target)
    if (n + 1) * (m + 1) <= FULL_CELLS:
        return [(0, m)] * (n + 1)
    chain = [(0, 0), *_anchor_chain(source, target), (n, m)]
    rows: list[tuple[int, int]] = []
    segment = 0
    for i in range(n + 1):
        while segment + 1 < len(chain) - 1 and chain[segment + 1][0] <= i:
            segment += 1
        (i0, j0), (i1, j1) = chain[segment], chain[segment + 1]
        centre = j0 + (i - i0) * (j1 - j0) / max(1, i1 - i0)
        width = BAND + abs((j1 - j0) - (i1 - i0))
        rows.append((max(0, int(centre - width)), min(m, int(centre + width) + 1)))
    return _monotone(rows, m)


def _monotone(rows: list[tuple[int, int]], m: int) -> list[tuple[int, int]]:
    """Bounds that grow with i, so that every visited cell has predecessors."""
    n = len(rows) - 1
    rows[0] = (0, rows[0][1])
    rows[n] = (rows[n][0], m)
    for i in range(1, n + 1):
        rows[i] = (rows[i][0], max(rows[i][1], rows[i - 1][1]))
    for i in range(n - 1, -1, -1):
        rows[i] = (min(rows[i][0], rows[i + 1][0]), rows[i][1])
    return rows


def pair_similarities(
    source: Sequence[Profile],
    target: Sequence[Profile],
    rows: Sequence[tuple[int, int]],
    length_ratio: float,
) -> list[np.ndarray]:
    """``similarity`` of every 1-1 cell of the band at once, one array per row.

    Row ``i`` (1..n) holds the pairs of source paragraph ``i - 1`` with target
    paragraphs ``j - 1`` for ``j`` in ``max(lo, 1)..hi``; row 0 is empty. The
    shared anchor mass is a join of the two sides' anchor lists on key, done
    with sorted arrays, so a long pair costs no Python loop per cell.
    """
    n, m = len(source), len(target)
    keys: dict[str, int] = {}
    t_key, t_pos, t_weight = [], [], []
    for position, profile in enumerate(target):
        for key, weight in profile.anchors.items():
            t_key.append(keys.setdefault(key, len(keys)))
            t_pos.append(position)
            t_weight.append(weight)
    s_key, s_pos, s_weight = [], [], []
    for position, profile in enumerate(source):
        for key, weight in profile.anchors.items():
            if key in keys:
                s_key.append(keys[key])
                s_pos.append(position)
                s_weight.append(weight)
    first = np.array([max(lo, 1) for lo, _ in rows], dtype=np.int64)  # first j of each row
    last = np.array([hi for _, hi in rows], dtype=np.int64)
    widths = np.maximum(last - first + 1, 0)
    widths[0] = 0
    offsets = np.zeros(n + 2, dtype=np.int64)
    np.cumsum(widths, out=offsets[1:])
    cells = int(offsets[-1])

    shared = np.zeros(cells)
    if s_key:
        encoded = np.array(t_key, dtype=np.int64) * (m + 1) + np.array(t_pos, dtype=np.int64)
        order = np.argsort(encoded, kind="stable")
        encoded = encoded[order]
        t_positions = np.array(t_pos, dtype=np.int64)[order]
        t_weights = np.array(t_weight)[order]
        sk = np.array(s_key, dtype=np.int64)
        sp = np.array(s_pos, dtype=np.int64)
        row = sp + 1
        begin = np.searchsorted(encoded, sk * (m + 1) + first[row] - 1, side="left")
        end = np.searchsorted(encoded, sk * (m + 1) + last[row] - 1, side="right")
        counts = np.maximum(end - begin, 0)
        entry = np.repeat(np.arange(len(sk)), counts)
        starts = np.repeat(np.cumsum(counts) - counts, counts)
        hit = begin[entry] + np.arange(int(counts.sum())) - starts
        value = np.minimum(np.array(s_weight)[entry], t_weights[hit])
        j = t_positions[hit] + 1
        flat = offsets[row[entry]] + j - first[row[entry]]
        shared = np.bincount(flat, weights=value, minlength=cells)

    cell_row = np.repeat(np.arange(n + 1), widths)
    cell_j = np.arange(cells) - np.repeat(offsets[:-1], widths) + first[cell_row]
    si, tj = cell_row - 1, cell_j - 1
    s_mass = np.array([p.mass for p in source])[si]
    t_mass = np.array([p.mass for p in target])[tj]
    mass = s_mass + t_mass
    overlap = np.divide(2 * shared, mass, out=np.zeros(cells), where=mass > 0)
    lexical = np.minimum(1.0, overlap / 0.6)
    s_length = np.array([p.length for p in source], dtype=np.float64)[si]
    t_length = np.array([p.length for p in target], dtype=np.float64)[tj]
    deviation = np.log(t_length / (s_length * length_ratio))
    length = np.exp(-(deviation**2) / (2 * LENGTH_SIGMA**2))
    anchored = (s_mass > 0) & (t_mass > 0)
    shorter = np.minimum(s_length, t_length / length_ratio)
    lexical_only = np.where(
        anchored,
        np.where(
            lexical == 0.0,
            0.25 * length * (1.0 - np.minimum(1.0, shorter / LONG_PARAGRAPH)),
            0.75 * lexical + 0.25 * length,
        ),
        0.5 * length,
    )
    result = lexical_only
    s_has = np.array([p.vector is not None for p in source])[si]
    t_has = np.array([p.vector is not None for p in target])[tj]
    both = s_has & t_has
    if both.any():
        dim = next(p.vector for p in source if p.vector is not None).shape[0]  # type: ignore[union-attr]
        s_vectors = np.stack([p.vector if p.vector is not None else np.zeros(dim) for p in source])
        t_vectors = np.stack([p.vector if p.vector is not None else np.zeros(dim) for p in target])
        cosine = np.zeros(cells)
        chosen = np.flatnonzero(both)
        for lo in range(0, len(chosen), 65536):  # bounded memory on long pairs
            part = chosen[lo : lo + 65536]
            cosine[part] = np.einsum("ij,ij->i", s_vectors[si[part]], t_vectors[tj[part]])
        meaning = np.clip((cosine - COSINE_FLOOR) / (COSINE_CEILING - COSINE_FLOOR), 0.0, 1.0)
        w_meaning, w_lexical, w_length = SEMANTIC_WEIGHTS
        semantic = np.where(
            anchored,
            w_meaning * meaning + w_lexical * lexical + w_length * length,
            (w_meaning * meaning + w_length * length) / (w_meaning + w_length),
        )
        unrelated = (cosine < UNRELATED_COSINE) & (
            np.minimum(s_length, t_length) >= UNRELATED_LENGTH
        )
        semantic = np.where(unrelated, 0.0, semantic)
        result = np.where(both, semantic, lexical_only)
    return [result[offsets[i] : offsets[i + 1]] for i in range(n + 1)]


def _threshold(source_length: float, target_length: float, ratio: float) -> float:
    shorter = min(source_length, target_length / ratio)
    share = min(1.0, shorter / LONG_PARAGRAPH)
    return THRESHOLD_SHORT + (THRESHOLD_LONG - THRESHOLD_SHORT) * share


def _diagonal_path(
    rows: Sequence[tuple[int, int]],
    pairs: Sequence[np.ndarray],
    src_prefix: Sequence[int],
    tgt_prefix: Sequence[int],
    ratio: float,
) -> list[tuple[int, int]]:
    """The best path through the band with 1-1 groups and skips only, row by row in numpy.

    Skips cost nothing (``SKIP_PENALTY`` is 0), so skipping target paragraphs
    along a row is a running maximum.
    """
    assert SKIP_PENALTY == 0.0
    n = len(rows) - 1
    src_len = np.diff(np.asarray(src_prefix, dtype=np.float64))
    tgt_len = np.diff(np.asarray(tgt_prefix, dtype=np.float64))
    best = np.zeros(rows[0][1] - rows[0][0] + 1)
    steps: list[np.ndarray] = [np.zeros(len(best), dtype=np.int8)]  # 0 left, 1 up, 2 diagonal
    for i in range(1, n + 1):
        lo, hi = rows[i]
        plo, phi = rows[i - 1]
        j = np.arange(lo, hi + 1)
        above = np.full(len(j), -np.inf)
        inside = (j >= plo) & (j <= phi)
        above[inside] = best[j[inside] - plo]
        diagonal = np.full(len(j), -np.inf)
        first = max(lo, 1)
        if first <= hi:
            cells = np.arange(first, hi + 1)
            ok = (cells - 1 >= plo) & (cells - 1 <= phi)
            shorter = np.minimum(src_len[i - 1], tgt_len[cells - 1] / ratio)
            share = np.minimum(1.0, shorter / LONG_PARAGRAPH)
            gain = 2 * (pairs[i] - (THRESHOLD_SHORT + (THRESHOLD_LONG - THRESHOLD_SHORT) * share))
            diagonal[first - lo :][ok] = best[cells[ok] - 1 - plo] + gain[ok]
        arrived = np.maximum(above, diagonal)
        best = np.maximum.accumulate(arrived)
        step = np.where(diagonal >= above, 2, 1).astype(np.int8)
        step[best > arrived] = 0
        steps.append(step)
    path = [(n, rows[n][1])]
    i, j = n, rows[n][1]
    while i or j:
        step = steps[i][j - rows[i][0]]
        if step == 2:
            i, j = i - 1, j - 1
        elif step == 1:
            i -= 1
        else:
            j -= 1
        path.append((i, j))
    return path[::-1]


def _around(path: Sequence[tuple[int, int]], m: int) -> list[tuple[int, int]]:
    """A band ``NARROW`` cells either side of a path."""
    n = path[-1][0]
    low = [m] * (n + 1)
    high = [0] * (n + 1)
    for i, j in path:
        low[i] = min(low[i], j)
        high[i] = max(high[i], j)
    rows = [(max(0, lo - NARROW), min(m, hi + NARROW)) for lo, hi in zip(low, high, strict=True)]
    return _monotone(rows, m)


def _anchor_chain(source: Sequence[Profile], target: Sequence[Profile]) -> list[tuple[int, int]]:
    def unique(profiles: Sequence[Profile]) -> dict[str, int]:
        seen: dict[str, int] = {}
        twice: set[str] = set()
        for index, profile in enumerate(profiles):
            for key in profile.anchors:
                if key[0] == "w" and len(key) < 9:
                    continue  # short words are too common to anchor
                if key in seen:
                    twice.add(key)
                seen[key] = index
        return {k: v for k, v in seen.items() if k not in twice}

    once_s, once_t = unique(source), unique(target)
    votes: Counter[tuple[int, int]] = Counter()
    for key, i in once_s.items():
        j = once_t.get(key)
        if j is not None:
            votes[(i, j)] += 2 if key[0] in "fa" else 1
    candidates = sorted(pair for pair, count in votes.items() if count >= 2)
    return _increasing(candidates)


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of pairs increasing in both coordinates (patience sorting)."""
    tails: list[int] = []
    tail_at: list[int] = []
    parent: list[int] = [-1] * len(pairs)
    for k, (i, j) in enumerate(pairs):
        # Strictly increasing in i too: pairs are sorted by i, equal i must not chain.
        position = bisect.bisect_left(tails, j)
        while position > 0 and pairs[tail_at[position - 1]][0] == i:
            position -= 1
        if position == len(tails):
            tails.append(j)
            tail_at.append(k)
        elif j < tails[position]:
            tails[position] = j
            tail_at[position] = k
        parent[k] = tail_at[position - 1] if position else -1
    chain = []
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        chain.append(pairs[k])
        k = parent[k]
    return chain[::-1]


def align_profiles(
    source: Sequence[Profile],
    target: Sequence[Profile],
    ratio: float | None = None,
    find_moves: bool = True,
) -> tuple[list[AlignmentGroup], list[Move]]:
    """The monotonic alignment of two profile sequences (indices are positions in them),
    and the moves among its unmatched paragraphs unless ``find_moves`` is false.

    ``ratio`` is the pair's target/source length ratio, measured on the
    sequences themselves unless given (a window of a longer pair is given the
    whole pair's).
    """
    n, m = len(source), len(target)
    if n == 0 or m == 0:
        groups = [AlignmentGroup((i,), (), None) for i in range(n)] + [
            AlignmentGroup((), (j,), None) for j in range(m)
        ]
        return groups, []
    if ratio is None:
        ratio = length_ratio(source, target)
    rows = band(source, target)
    merged_cache: dict[tuple[int, int, int], Profile] = {}
    sim_cache: dict[tuple[int, int, int, int], float] = {}
    src_prefix = list(itertools.accumulate((p.length for p in source), initial=0))
    tgt_prefix = list(itertools.accumulate((p.length for p in target), initial=0))
    if any(row != (0, m) for row in rows):
        # Long pair: a first pass with 1-1 groups only, on similarities computed
        # for the whole band at once, finds the path. Only the stretches where
        # it is not decisive are given the full programme, merges included.
        wide = rows
        pairs = pair_similarities(source, target, wide, ratio)
        path = _diagonal_path(wide, pairs, src_prefix, tgt_prefix, ratio)
        first = _path_groups(path, pairs, wide)
        windows = _doubtful_windows(first)
        if windows != [(0, len(first))]:
            groups = _realign(first, windows, source, target, ratio)
            if not find_moves:
                return groups, []
            return groups, _moves(groups, lambda i, j: similarity(source[i], target[j], ratio))
        # Nothing decisive: the full programme, in a narrow band around the path.
        rows = _around(path, m)
        for i in range(1, n + 1):
            offset = max(wide[i][0], 1)
            for j in range(max(rows[i][0], offset), min(rows[i][1], wide[i][1]) + 1):
                sim_cache[(i - 1, i, j - 1, j)] = float(pairs[i][j - offset])

    def merged(side: int, a: int, b: int) -> Profile:
        if b - a == 1:
            return (source if side == 0 else target)[a]
        key = (side, a, b)
        profile = merged_cache.get(key)
        if profile is None:
            profile = _merged((source if side == 0 else target)[a:b])
            merged_cache[key] = profile
        return profile

    def sim(i0: int, i1: int, j0: int, j1: int) -> float:
        key = (i0, i1, j0, j1)
        value = sim_cache.get(key)
        if value is None:
            value = similarity(merged(0, i0, i1), merged(1, j0, j1), ratio)
            sim_cache[key] = value
        return value

    def threshold(i0: int, i1: int, j0: int, j1: int) -> float:
        return _threshold(src_prefix[i1] - src_prefix[i0], tgt_prefix[j1] - tgt_prefix[j0], ratio)

    # Merges are tried only where one of their pairs is nearly as similar as
    # the best pair of its row: far from the path they cannot win.
    row_best_sim = [0.0] * (n + 1)
    for i in range(1, n + 1):
        lo, hi = rows[i]
        row_best_sim[i] = max(
            (sim(i - 1, i, j - 1, j) for j in range(max(lo, 1), hi + 1)), default=0.0
        )

    neg = -math.inf
    best: list[list[float]] = []
    back: list[list[tuple[int, int]]] = []
    shapes = list(MERGE_PENALTY)
    for i in range(n + 1):
        lo, hi = rows[i]
        row_best = [neg] * (hi - lo + 1)
        row_back = [(0, 0)] * (hi - lo + 1)
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                row_best[0] = 0.0
                continue
            score, step = neg, (0, 0)
            # Skips: a source paragraph (from the row above) or a target one (from the left).
            for di, dj in ((1, 0), (0, 1)):
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                plo, phi = rows[pi] if pi < i else (lo, hi)
                if not plo <= pj <= phi:
                    continue
                prev = best[pi][pj - plo] if pi < i else row_best[pj - lo]
                if prev - SKIP_PENALTY > score:
                    score, step = prev - SKIP_PENALTY, (di, dj)
            for di, dj in shapes:
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                plo, phi = rows[pi]
                if not plo <= pj <= phi:
                    continue
                prev = best[pi][pj - plo]
                if prev == neg:
                    continue
                if (di, dj) != (1, 1):
                    core = max(sim(i - 1, i, j - 1, j), sim(pi, pi + 1, pj, pj + 1))
                    if core < MERGE_FLOOR or core < row_best_sim[i] - MERGE_MARGIN:
                        continue
                gain = 2 * (sim(pi, i, pj, j) - threshold(pi, i, pj, j)) - MERGE_PENALTY[(di, dj)]
                if prev + gain > score:
                    score, step = prev + gain, (di, dj)
            row_best[j - lo] = score
            row_back[j - lo] = step
        best.append(row_best)
        back.append(row_back)
    groups: list[AlignmentGroup] = []
    i, j = n, m
    while i or j:
        di, dj = back[i][j - rows[i][0]]
        if not di and not dj:
            raise AssertionError(f"alignment path broken at ({i}, {j})")
        src = tuple(range(i - di, i))
        tgt = tuple(range(j - dj, j))
        score = confidence(sim(i - di, i, j - dj, j)) if di and dj else None
        groups.append(AlignmentGroup(src, tgt, score))
        i, j = i - di, j - dj
    groups.reverse()
    return groups, _moves(groups, lambda i, j: sim(i, i + 1, j, j + 1)) if find_moves else []


def _moves(groups: list[AlignmentGroup], pair: Callable[[int, int], float]) -> list[Move]:
    """Unmatched source and target paragraphs so similar that one was moved to the other;
    ``pair(i, j)`` is the similarity of source paragraph ``i`` and target paragraph ``j``."""
    lonely_s = [g.source[0] for g in groups if g.source and not g.target][:MOVE_CANDIDATES]
    lonely_t = [g.target[0] for g in groups if g.target and not g.source][:MOVE_CANDIDATES]
    scored = sorted(
        ((pair(i, j), i, j) for i in lonely_s for j in lonely_t),
        reverse=True,
    )
    used_s: set[int] = set()
    used_t: set[int] = set()
    moves = []
    for score, i, j in scored:
        if score < MOVE_THRESHOLD:
            break
        if i in used_s or j in used_t:
            continue
        used_s.add(i)
        used_t.add(j)
        moves.append(Move(i, j, confidence(score)))
    return sorted(moves, key=lambda m: m.source)
