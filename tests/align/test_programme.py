"""The dynamic programme on made-up profiles: groups, moves, the band and the first pass."""

from __future__ import annotations

import itertools

import pytest

from translint.align import Profile, align_profiles, band


def profile(words: str, length: int = 400) -> Profile:
    return Profile({w: 1.0 for w in words.split()}, length)


def shapes(source: list[Profile], target: list[Profile]) -> list[list[list[int]]]:
    return [[list(g.source), list(g.target)] for g in align_profiles(source, target)[0]]


SOURCE = [
    profile("alpha beta"),
    profile("gamma delta"),
    profile("epsilon zeta"),
    profile("eta theta"),
]


def test_a_long_paragraph_replaced_by_an_unrelated_one_is_not_a_pair() -> None:
    target = [
        profile("alpha beta"),
        profile("iota kappa"),
        profile("epsilon zeta"),
        profile("eta theta"),
    ]
    groups = shapes(SOURCE, target)
    assert [[1], []] in groups and [[], [1]] in groups


def test_short_labels_in_the_same_place_are_paired_by_position() -> None:
    source = [profile("alpha beta"), profile("gamma", 12), profile("epsilon zeta")]
    target = [profile("alpha beta"), profile("iota", 12), profile("epsilon zeta")]
    assert shapes(source, target) == [[[0], [0]], [[1], [1]], [[2], [2]]]


def test_deleted_and_inserted_paragraphs_are_left_unmatched() -> None:
    deleted = shapes(SOURCE, [SOURCE[0], SOURCE[2], SOURCE[3]])
    assert deleted == [[[0], [0]], [[1], []], [[2], [1]], [[3], [2]]]
    inserted = shapes(SOURCE, [SOURCE[0], profile("omega psi"), *SOURCE[1:]])
    assert inserted == [[[0], [0]], [[], [1]], [[1], [2]], [[2], [3]], [[3], [4]]]


def test_a_moved_paragraph_is_reported_as_a_move() -> None:
    target = [SOURCE[1], SOURCE[0], SOURCE[2], SOURCE[3]]
    _, moves = align_profiles(SOURCE, target)
    assert [(m.source, m.target) for m in moves] in ([(1, 0)], [(0, 1)])


def test_the_band_follows_anchors_on_long_documents() -> None:
    n = 3000
    source = [profile(f"w:unique{i:05d}word w:second{i:05d}word w:shared", 100) for i in range(n)]
    # 40 paragraphs inserted at the start of the target shift everything.
    target = [profile(f"w:noise{i:05d}word", 100) for i in range(40)] + source
    rows = band(source, target)
    assert all(lo <= i + 40 <= hi for i, (lo, hi) in enumerate(rows[:n]))
    assert max(hi - lo for lo, hi in rows) < 120  # a band, not the whole matrix
    groups = shapes(source, target)
    assert [[], [0]] in groups and [[0], [40]] in groups and [[n - 1], [n + 39]] in groups


def test_first_pass_path_is_the_best_one_to_one_path() -> None:
    """The numpy first pass finds the optimum of a plain 1-1-and-skips programme."""
    import random

    import numpy as np

    from translint.align.programme import _diagonal_path
    from translint.align.similarity import threshold as _threshold

    rng = random.Random(3)
    for _ in range(20):
        n, m = rng.randrange(1, 25), rng.randrange(1, 25)
        rows = [(0, m)] * (n + 1)
        pairs = [np.array([])] + [np.array([rng.random() for _ in range(m)]) for _ in range(n)]
        src_prefix = [0]
        for _ in range(n):
            src_prefix.append(src_prefix[-1] + rng.randrange(1, 400))
        tgt_prefix = [0]
        for _ in range(m):
            tgt_prefix.append(tgt_prefix[-1] + rng.randrange(1, 400))

        def gain(i: int, j: int, pairs=pairs, src=src_prefix, tgt=tgt_prefix) -> float:
            source_length = src[i] - src[i - 1]
            target_length = tgt[j] - tgt[j - 1]
            return 2 * (pairs[i][j - 1] - _threshold(source_length, target_length, 1.0))

        best = [[0.0] * (m + 1) for _ in range(n + 1)]
        for i in range(n + 1):
            for j in range(m + 1):
                if i or j:
                    options = []
                    if i:
                        options.append(best[i - 1][j])
                    if j:
                        options.append(best[i][j - 1])
                    if i and j:
                        options.append(best[i - 1][j - 1] + gain(i, j))
                    best[i][j] = max(options)
        path = _diagonal_path(rows, pairs, src_prefix, tgt_prefix, 1.0)
        assert path[0] == (0, 0) and path[-1] == (n, m)
        total = 0.0
        for (i0, j0), (i1, j1) in itertools.pairwise(path):
            assert (i1 - i0, j1 - j0) in {(1, 0), (0, 1), (1, 1)}
            if i1 > i0 and j1 > j0:
                total += gain(i1, j1)
        assert total == pytest.approx(best[n][m])
