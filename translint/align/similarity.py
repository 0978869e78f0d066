"""How alike two paragraphs (or groups of them) are: one formula, for one pair or a band.

A group's similarity combines three signals: meaning (the cosine of the
sentence embeddings, when there are some), shared anchors, and a length
prior (a translation's length is roughly proportional to its original's,
with the ratio measured on the pair itself). The programme asks for it one
group at a time (``similarity``), and on long pairs for every 1-1 cell of
its band at once (``pair_similarities``). Both compute the same formula,
written once here over an ``Arithmetic``: Python's for one pair, numpy's
element-wise for a band. Keeping one copy is what keeps the two paths equal
when a weight is tuned (tests/align/test_similarity.py holds them equal).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from translint.align.profiles import Profile
from translint.align.tuning import (
    CALIBRATION,
    COSINE_CEILING,
    COSINE_CHUNK,
    COSINE_FLOOR,
    LABEL_LENGTH,
    LENGTH_ONLY,
    LENGTH_SIGMA,
    LEXICAL_WEIGHTS,
    LONG_PARAGRAPH,
    OVERLAP_FULL,
    SEMANTIC_WEIGHTS,
    THRESHOLD_LONG,
    THRESHOLD_SHORT,
    UNRELATED_COSINE,
    UNRELATED_LENGTH,
)

# A Python float (or int, or bool) or a numpy array of them, element-wise.
Operand = Any


@dataclass(frozen=True)
class Arithmetic:
    """The operations the formula needs, on Python numbers or on numpy arrays.

    One pair keeps Python's ``min`` and ``math``'s functions, a band numpy's:
    the two libraries may round ``exp`` and ``log`` differently in the last
    bit, and each path's figures must stay what they were.
    """

    minimum: Callable[[Operand, Operand], Operand]
    maximum: Callable[[Operand, Operand], Operand]
    log: Callable[[Operand], Operand]
    exp: Callable[[Operand], Operand]
    # where(condition, if_true, if_false)
    where: Callable[[Operand, Operand, Operand], Operand]
    # divide(a, b): a / b, and 0.0 where b is 0
    divide: Callable[[Operand, Operand], Operand]


def _choose(condition: bool, if_true: float, if_false: float) -> float:
    """``np.where`` for one pair: both values are computed, which costs a few floats."""
    return if_true if condition else if_false


def _divide_or_zero(a: float, b: float) -> float:
    """``a / b``, or 0 when there is nothing to divide by (no anchors on either side)."""
    return a / b if b else 0.0


def _divide_arrays(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``a / b`` element-wise, 0 where ``b`` is 0, without a division warning."""
    return np.divide(a, b, out=np.zeros(len(b)), where=b > 0)


SCALAR = Arithmetic(min, max, math.log, math.exp, _choose, _divide_or_zero)
ELEMENTWISE = Arithmetic(np.minimum, np.maximum, np.log, np.exp, np.where, _divide_arrays)


# --- The formula ------------------------------------------------------------


def long_share(
    source_length: Operand, target_length: Operand, ratio: float, ops: Arithmetic
) -> Operand:
    """How long the shorter side is (in source characters), as a share of ``LONG_PARAGRAPH``.

    Long paragraphs must show more to be a pair, and their length says less.
    """
    shorter = ops.minimum(source_length, target_length / ratio)
    return ops.minimum(1.0, shorter / LONG_PARAGRAPH)


def threshold(
    source_length: Operand, target_length: Operand, ratio: float, ops: Arithmetic = SCALAR
) -> Operand:
    """The similarity a group of these lengths must beat to be matched."""
    share = long_share(source_length, target_length, ratio, ops)
    return THRESHOLD_SHORT + (THRESHOLD_LONG - THRESHOLD_SHORT) * share


def lexical_score(shared: Operand, mass: Operand, ops: Arithmetic) -> Operand:
    """The anchors' signal: the shared anchor mass against both sides', saturating."""
    overlap = ops.divide(2 * shared, mass)
    return ops.minimum(1.0, overlap / OVERLAP_FULL)


def length_score(
    source_length: Operand, target_length: Operand, ratio: float, ops: Arithmetic
) -> Operand:
    """The length prior: 1 when the lengths are in the pair's ratio, falling off as a
    Gaussian of the log ratio."""
    deviation = ops.log(target_length / (source_length * ratio))
    return ops.exp(-(deviation**2) / (2 * LENGTH_SIGMA**2))


def without_meaning(
    lexical: Operand, length: Operand, anchored: Operand, share: Operand, ops: Arithmetic
) -> Operand:
    """The similarity from anchors and length alone (``share`` is ``long_share``).

    With nothing to compare (a bare number, a symbol), only the length speaks,
    weakly; with nothing shared, length is no evidence for long paragraphs,
    some for labels.
    """
    w_lexical, w_length = LEXICAL_WEIGHTS
    return ops.where(
        anchored,
        ops.where(
            lexical == 0.0,
            LABEL_LENGTH * length * (1.0 - share),
            w_lexical * lexical + w_length * length,
        ),
        LENGTH_ONLY * length,
    )


def with_meaning(
    cosine: Operand,
    lexical: Operand,
    length: Operand,
    anchored: Operand,
    shortest: Operand,
    ops: Arithmetic,
) -> Operand:
    """The similarity from meaning, anchors and length (``shortest``: the shorter
    side's characters).

    A cosine below ``UNRELATED_COSINE`` is a verdict, not a weak score:
    length and a stray shared word would otherwise pair a deleted paragraph
    with an inserted one beside it ("MC can be started by the following." /
    « apt-get offre un système de résolution... »). A side with no anchor (a
    bare number, a symbol) is judged on meaning and length only.
    """
    meaning = ops.minimum(
        1.0, ops.maximum(0.0, (cosine - COSINE_FLOOR) / (COSINE_CEILING - COSINE_FLOOR))
    )
    w_meaning, w_lexical, w_length = SEMANTIC_WEIGHTS
    score = ops.where(
        anchored,
        w_meaning * meaning + w_lexical * lexical + w_length * length,
        (w_meaning * meaning + w_length * length) / (w_meaning + w_length),
    )
    unrelated = (cosine < UNRELATED_COSINE) & (shortest >= UNRELATED_LENGTH)
    return ops.where(unrelated, 0.0, score)


# --- One pair ---------------------------------------------------------------


def similarity(source: Profile, target: Profile, length_ratio: float) -> float:
    """Similarity in [0, 1] of two (possibly merged) paragraphs."""
    small, large = (
        (source.anchors, target.anchors)
        if len(source.anchors) <= len(target.anchors)
        else (target.anchors, source.anchors)
    )
    shared = sum(min(small[k], large[k]) for k in small.keys() & large.keys())
    lexical = lexical_score(shared, source.mass + target.mass, SCALAR)
    length = length_score(source.length, target.length, length_ratio, SCALAR)
    anchored = bool(source.anchors) and bool(target.anchors)
    if source.vector is not None and target.vector is not None:
        cosine = float(source.vector @ target.vector)
        shortest = min(source.length, target.length)
        return with_meaning(cosine, lexical, length, anchored, shortest, SCALAR)
    share = long_share(source.length, target.length, length_ratio, SCALAR)
    return without_meaning(lexical, length, anchored, share, SCALAR)


def confidence(raw: float) -> float:
    """The calibrated confidence of a group whose raw similarity is ``raw``."""
    points = CALIBRATION
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        if raw <= x1:
            return round(y0 + (y1 - y0) * (max(raw, x0) - x0) / (x1 - x0), 2)
    return round(points[-1][1], 2)


# --- A band of pairs at once ------------------------------------------------


@dataclass(frozen=True, eq=False)
class BandCells:
    """The 1-1 cells of a band laid out flat: row ``i`` (1..n) holds target positions
    ``first[i]..last[i]`` at ``offsets[i]..offsets[i + 1]``; row 0 is empty."""

    first: np.ndarray  # first j of each row
    last: np.ndarray
    offsets: np.ndarray
    source: np.ndarray  # source position of each cell
    target: np.ndarray  # target position of each cell

    @classmethod
    def of(cls, rows: Sequence[tuple[int, int]]) -> BandCells:
        """The cells of the band whose row ``i`` spans target positions ``rows[i]``."""
        n = len(rows) - 1
        first = np.array([max(lo, 1) for lo, _ in rows], dtype=np.int64)
        last = np.array([hi for _, hi in rows], dtype=np.int64)
        widths = np.maximum(last - first + 1, 0)
        widths[0] = 0
        offsets = np.zeros(n + 2, dtype=np.int64)
        np.cumsum(widths, out=offsets[1:])
        cells = int(offsets[-1])
        cell_row = np.repeat(np.arange(n + 1), widths)
        cell_j = np.arange(cells) - np.repeat(offsets[:-1], widths) + first[cell_row]
        return cls(first, last, offsets, cell_row - 1, cell_j - 1)

    @property
    def count(self) -> int:
        """How many cells the band has."""
        return int(self.offsets[-1])


def pair_similarities(
    source: Sequence[Profile],
    target: Sequence[Profile],
    rows: Sequence[tuple[int, int]],
    length_ratio: float,
) -> list[np.ndarray]:
    """``similarity`` of every 1-1 cell of the band at once, one array per row.

    Row ``i`` (1..n) holds the pairs of source paragraph ``i - 1`` with target
    paragraphs ``j - 1`` for ``j`` in ``max(lo, 1)..hi``; row 0 is empty.
    """
    band = BandCells.of(rows)
    si, tj = band.source, band.target
    shared = _shared_mass(source, target, band)
    s_mass = np.array([p.mass for p in source])[si]
    t_mass = np.array([p.mass for p in target])[tj]
    lexical = lexical_score(shared, s_mass + t_mass, ELEMENTWISE)
    s_length = np.array([p.length for p in source], dtype=np.float64)[si]
    t_length = np.array([p.length for p in target], dtype=np.float64)[tj]
    length = length_score(s_length, t_length, length_ratio, ELEMENTWISE)
    anchored = (s_mass > 0) & (t_mass > 0)
    share = long_share(s_length, t_length, length_ratio, ELEMENTWISE)
    result = without_meaning(lexical, length, anchored, share, ELEMENTWISE)
    s_has = np.array([p.vector is not None for p in source])[si]
    t_has = np.array([p.vector is not None for p in target])[tj]
    both = s_has & t_has
    if both.any():
        cosine = _cosines(source, target, band, both)
        shortest = np.minimum(s_length, t_length)
        semantic = with_meaning(cosine, lexical, length, anchored, shortest, ELEMENTWISE)
        result = np.where(both, semantic, result)
    return [result[band.offsets[i] : band.offsets[i + 1]] for i in range(len(rows))]


def _shared_mass(
    source: Sequence[Profile], target: Sequence[Profile], band: BandCells
) -> np.ndarray:
    """The anchor mass each cell's two paragraphs share.

    A join of the two sides' anchor lists on key, done with sorted arrays, so
    a long pair costs no Python loop per cell.
    """
    m = len(target)
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
    if not s_key:
        return np.zeros(band.count)
    first, last, offsets = band.first, band.last, band.offsets
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
    return np.bincount(flat, weights=value, minlength=band.count)


def _cosines(
    source: Sequence[Profile], target: Sequence[Profile], band: BandCells, both: np.ndarray
) -> np.ndarray:
    """The cosine of each cell whose two paragraphs both have a vector (0 elsewhere)."""
    dim = next(p.vector for p in source if p.vector is not None).shape[0]  # type: ignore[union-attr]
    s_vectors = np.stack([p.vector if p.vector is not None else np.zeros(dim) for p in source])
    t_vectors = np.stack([p.vector if p.vector is not None else np.zeros(dim) for p in target])
    si, tj = band.source, band.target
    cosine = np.zeros(band.count)
    chosen = np.flatnonzero(both)
    for lo in range(0, len(chosen), COSINE_CHUNK):
        part = chosen[lo : lo + COSINE_CHUNK]
        cosine[part] = np.einsum("ij,ij->i", s_vectors[si[part]], t_vectors[tj[part]])
    return cosine
