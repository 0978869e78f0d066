"""The dynamic programme: the best monotonic alignment of two profile sequences.

Groups are 1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3 and 3-1; a group gains twice its
similarity above the threshold for its length, less its shape's penalty.

Cost grows linearly with length: on long documents the programme only visits
a band around a chain of confident anchors (pairs of paragraphs that share
figures, acronyms or rare words found once on each side, kept when they
agree in order), as wide as the chain says insertions and deletions may
have shifted the text. There, a first pass with 1-1 pairs and skips only
runs on similarities computed for the whole band at once with numpy, and
the full programme (merges included) only revisits its doubtful stretches.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from translint.align.profiles import Profile, length_ratio, merged
from translint.align.similarity import (
    ELEMENTWISE,
    confidence,
    pair_similarities,
    similarity,
    threshold,
)
from translint.align.tuning import (
    BAND,
    CHAIN_KEY_LENGTH,
    CHAIN_VOTES,
    CONTEXT,
    DECISIVE,
    FULL_CELLS,
    MERGE_FLOOR,
    MERGE_MARGIN,
    MERGE_PENALTY,
    MOVE_CANDIDATES,
    MOVE_THRESHOLD,
    NARROW,
    SKIP_PENALTY,
)
from translint.model import AlignmentGroup, Move

Rows = Sequence[tuple[int, int]]  # for each source position 0..n, the target range visited
Step = tuple[int, int]  # (source, target) paragraphs taken by a group; (0, 0) is no step
NEG = -math.inf
SHAPES: tuple[Step, ...] = tuple(MERGE_PENALTY)


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
    scorer = _Scorer(source, target, ratio)
    rows = band(source, target)
    if any(row != (0, m) for row in rows):
        # Long pair: a first pass with 1-1 groups only, on similarities computed
        # for the whole band at once, finds the path. Only the stretches where
        # it is not decisive are given the full programme, merges included.
        pairs = pair_similarities(source, target, rows, ratio)
        path = _diagonal_path(rows, pairs, scorer.src_prefix, scorer.tgt_prefix, ratio)
        first = _path_groups(path, pairs, rows)
        windows = doubtful_windows(first)
        if windows != [(0, len(first))]:
            groups = realign(first, windows, source, target, ratio)
            if not find_moves:
                return groups, []
            return groups, moves(groups, lambda i, j: similarity(source[i], target[j], ratio))
        # Nothing decisive: the full programme, in a narrow band around the path.
        narrow = _around(path, m)
        scorer.seed(pairs, rows, narrow)
        rows = narrow
    groups = _programme(scorer, rows)
    return groups, moves(groups, lambda i, j: scorer.sim(i, i + 1, j, j + 1)) if find_moves else []


class _Scorer:
    """Similarities and thresholds of runs of consecutive paragraphs, each computed once.

    The programme asks for the same groups from several cells; merged
    profiles and similarities are kept for the length of one alignment.
    """

    def __init__(self, source: Sequence[Profile], target: Sequence[Profile], ratio: float) -> None:
        self.sides = (source, target)
        self.ratio = ratio
        self.src_prefix = list(itertools.accumulate((p.length for p in source), initial=0))
        self.tgt_prefix = list(itertools.accumulate((p.length for p in target), initial=0))
        self._merged: dict[tuple[int, int, int], Profile] = {}
        self._sims: dict[tuple[int, int, int, int], float] = {}

    def seed(self, pairs: Sequence[np.ndarray], wide: Rows, rows: Rows) -> None:
        """Take the 1-1 similarities of ``rows`` from the band's vectorised ones."""
        for i in range(1, len(rows)):
            offset = max(wide[i][0], 1)
            for j in range(max(rows[i][0], offset), min(rows[i][1], wide[i][1]) + 1):
                self._sims[(i - 1, i, j - 1, j)] = float(pairs[i][j - offset])

    def merged(self, side: int, a: int, b: int) -> Profile:
        """The profile of paragraphs ``a..b-1`` of one side (0: source, 1: target) as one."""
        if b - a == 1:
            return self.sides[side][a]
        key = (side, a, b)
        profile = self._merged.get(key)
        if profile is None:
            profile = merged(self.sides[side][a:b])
            self._merged[key] = profile
        return profile

    def sim(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """The similarity of source paragraphs ``i0..i1-1`` with target ``j0..j1-1``."""
        key = (i0, i1, j0, j1)
        value = self._sims.get(key)
        if value is None:
            value = similarity(self.merged(0, i0, i1), self.merged(1, j0, j1), self.ratio)
            self._sims[key] = value
        return value

    def gain(self, i: int, j: int, shape: Step) -> float:
        """What the group of ``shape`` ending before (i, j) adds to a path's score."""
        pi, pj = i - shape[0], j - shape[1]
        source_length = self.src_prefix[i] - self.src_prefix[pi]
        target_length = self.tgt_prefix[j] - self.tgt_prefix[pj]
        limit = threshold(source_length, target_length, self.ratio)
        return 2 * (self.sim(pi, i, pj, j) - limit) - MERGE_PENALTY[shape]


def _programme(scorer: _Scorer, rows: Rows) -> list[AlignmentGroup]:
    """The best path through ``rows`` with every group shape, as groups."""
    n = len(rows) - 1
    # Merges are tried only where one of their pairs is nearly as similar as
    # the best pair of its row: far from the path they cannot win.
    row_best_sim = [0.0] * (n + 1)
    for i in range(1, n + 1):
        lo, hi = rows[i]
        row_best_sim[i] = max(
            (scorer.sim(i - 1, i, j - 1, j) for j in range(max(lo, 1), hi + 1)), default=0.0
        )
    best: list[list[float]] = []
    back: list[list[Step]] = []
    for i in range(n + 1):
        lo, hi = rows[i]
        row_best = [NEG] * (hi - lo + 1)
        row_back: list[Step] = [(0, 0)] * (hi - lo + 1)
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                row_best[0] = 0.0
                continue
            score, step = _skip(i, j, rows, best, row_best)
            score, step = _group(i, j, rows, best, scorer, row_best_sim[i], (score, step))
            row_best[j - lo] = score
            row_back[j - lo] = step
        best.append(row_best)
        back.append(row_back)
    return _trace(back, rows, scorer)


def _skip(
    i: int, j: int, rows: Rows, best: list[list[float]], row_best: list[float]
) -> tuple[float, Step]:
    """The best way into cell (i, j) by leaving a source paragraph (from the row above)
    or a target one (from the left) unmatched."""
    score, step = NEG, (0, 0)
    plo, phi = rows[i - 1] if i else (0, -1)
    if i and plo <= j <= phi and best[i - 1][j - plo] - SKIP_PENALTY > score:
        score, step = best[i - 1][j - plo] - SKIP_PENALTY, (1, 0)
    lo, hi = rows[i]
    if j and lo <= j - 1 <= hi and row_best[j - 1 - lo] - SKIP_PENALTY > score:
        score, step = row_best[j - 1 - lo] - SKIP_PENALTY, (0, 1)
    return score, step


def _group(
    i: int,
    j: int,
    rows: Rows,
    best: list[list[float]],
    scorer: _Scorer,
    row_best_sim: float,
    so_far: tuple[float, Step],
) -> tuple[float, Step]:
    """The best way into cell (i, j), ``so_far`` or a group of one of ``SHAPES``."""
    score, step = so_far
    for shape in SHAPES:
        pi, pj = i - shape[0], j - shape[1]
        if pi < 0 or pj < 0:
            continue
        plo, phi = rows[pi]
        if not plo <= pj <= phi:
            continue
        prev = best[pi][pj - plo]
        if prev == NEG:
            continue
        if shape != (1, 1):
            core = max(scorer.sim(i - 1, i, j - 1, j), scorer.sim(pi, pi + 1, pj, pj + 1))
            if core < MERGE_FLOOR or core < row_best_sim - MERGE_MARGIN:
                continue
        gain = scorer.gain(i, j, shape)
        if prev + gain > score:
            score, step = prev + gain, shape
    return score, step


def _trace(back: list[list[Step]], rows: Rows, scorer: _Scorer) -> list[AlignmentGroup]:
    """The groups of the path that ``back`` records, from the first paragraphs on."""
    groups: list[AlignmentGroup] = []
    i, j = len(rows) - 1, len(scorer.sides[1])
    while i or j:
        di, dj = back[i][j - rows[i][0]]
        if not di and not dj:
            raise AssertionError(f"alignment path broken at ({i}, {j})")
        src = tuple(range(i - di, i))
        tgt = tuple(range(j - dj, j))
        score = confidence(scorer.sim(i - di, i, j - dj, j)) if di and dj else None
        groups.append(AlignmentGroup(src, tgt, score))
        i, j = i - di, j - dj
    groups.reverse()
    return groups


def realign(
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


def doubtful_windows(
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

    def placed(at: int) -> bool:
        """A decisive pair that shares no anchor: placed by length and position."""
        return _decisive(groups[at]) and not anchored(groups[at])

    windows: list[tuple[int, int]] = []
    for k, group in enumerate(groups):
        if _decisive(group):
            beside = (0 <= n < len(groups) and placed(n) for n in (k - 1, k + 1))
            if not bare(group) or any(beside):
                continue
            a, b = k, k + 1
        else:
            a, b = max(0, k - CONTEXT), min(len(groups), k + CONTEXT + 1)
            while a > 0 and placed(a):
                a -= 1
            while b < len(groups) and placed(b - 1):
                b += 1
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(b, windows[-1][1]))
        else:
            windows.append((a, b))
    return windows


def _decisive(group: AlignmentGroup) -> bool:
    """A 1-1 pair confident enough (``DECISIVE``) to be left as the anchors placed it."""
    return (
        len(group.source) == 1
        and len(group.target) == 1
        and group.score is not None
        and group.score >= DECISIVE
    )


def moves(groups: list[AlignmentGroup], pair: Callable[[int, int], float]) -> list[Move]:
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
    found = []
    for score, i, j in scored:
        if score < MOVE_THRESHOLD:
            break
        if i in used_s or j in used_t:
            continue
        used_s.add(i)
        used_t.add(j)
        found.append(Move(i, j, confidence(score)))
    return sorted(found, key=lambda m: m.source)


# --- The band and the first pass of long pairs -------------------------------


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


def _anchor_chain(source: Sequence[Profile], target: Sequence[Profile]) -> list[tuple[int, int]]:
    """Pairs of paragraphs that share keys found once on each side, in order."""

    def unique(profiles: Sequence[Profile]) -> dict[str, int]:
        seen: dict[str, int] = {}
        twice: set[str] = set()
        for index, profile in enumerate(profiles):
            for key in profile.anchors:
                if key[0] == "w" and len(key) < CHAIN_KEY_LENGTH:
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
    candidates = sorted(pair for pair, count in votes.items() if count >= CHAIN_VOTES)
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


def _diagonal_path(
    rows: Rows,
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
            limit = threshold(src_len[i - 1], tgt_len[cells - 1], ratio, ELEMENTWISE)
            gain = 2 * (pairs[i] - limit)
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


def _path_groups(
    path: Sequence[tuple[int, int]], pairs: Sequence[np.ndarray], rows: Rows
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
