"""Paragraph alignment against gold alignments: the seed pair and the Debian corpora."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from translint import Options, align_files
from translint.align import Profile, align_profiles, band

from .conftest import SEED, SEED_EN, SEED_FR, corpus_pairs, needs_corpora


def links(groups: list[list[list[int]]]) -> set[tuple[int, int]]:
    return {(s, t) for source, target in groups for s in source for t in target}


def groups_of(report) -> list[list[list[int]]]:
    return [[list(g.source), list(g.target)] for g in report.alignment]


def test_seed_merges_and_split_follow_the_content() -> None:
    groups = groups_of(align_files(SEED_EN, SEED_FR))
    assert [[26, 27], [28]] in groups  # the mayor's line merged into the MOU paragraph
    assert [[30, 31], [34]] in groups
    assert [[29], [32, 33]] in groups  # one English paragraph split in two
    assert groups == json.loads((SEED / "gold.json").read_text("utf-8"))


def test_scores_are_confidences_for_matched_groups_only() -> None:
    report = align_files(SEED_EN, SEED_FR)
    for group in report.alignment:
        if group.matched:
            assert group.score is not None and 0.0 <= group.score <= 1.0
        else:
            assert group.score is None


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


@needs_corpora
def test_corpora_alignment_f1_against_gold() -> None:
    """Strict link F1 over all 166 Debian pairs (benchmarks/align_corpus.py prints the detail)."""
    tp = fp = fn = 0
    for pair in corpus_pairs():
        gold = links(json.loads((pair / "gold.json").read_text("utf-8")))
        found = links(groups_of(align_files(pair / "en.txt", pair / "fr.txt", Options())))
        tp += len(gold & found)
        fp += len(found - gold)
        fn += len(gold - found)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.998, (precision, recall, f1)


@pytest.mark.parametrize("reverse", [False, True])
def test_direction_does_not_change_the_seed_links(reverse: bool) -> None:
    if not reverse:
        report = align_files(SEED_EN, SEED_FR)
        found = links(groups_of(report))
    else:
        report = align_files(SEED_FR, SEED_EN)
        found = {(s, t) for t, s in links(groups_of(report))}
    assert found == links(json.loads((SEED / "gold.json").read_text("utf-8")))


def test_every_paragraph_in_exactly_one_group(tmp_path: Path) -> None:
    report = align_files(SEED_EN, SEED_FR)
    sources = [i for g in report.alignment for i in g.source]
    targets = [j for g in report.alignment for j in g.target]
    assert sorted(sources) == list(range(36)) and sorted(targets) == list(range(40))
    assert sources == sorted(sources) and targets == sorted(targets)
