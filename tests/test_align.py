"""Paragraph alignment against gold alignments: the seed pair and the Debian corpora."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from translint import Options, align_files
from translint.align import Profile, align_profiles

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


def profile(words: str) -> Profile:
    return Profile({w: 1.0 for w in words.split()}, 10 * len(words.split()))


def test_inserted_and_deleted_paragraphs_are_left_unmatched() -> None:
    source = [
        profile("alpha beta"),
        profile("gamma delta"),
        profile("epsilon zeta"),
        profile("eta theta"),
    ]
    target = [
        profile("alpha beta"),
        profile("iota kappa"),
        profile("epsilon zeta"),
        profile("eta theta"),
    ]
    groups = [[list(g.source), list(g.target)] for g in align_profiles(source, target)]
    assert groups == [[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]]] or (
        [[1], []] in groups and [[], [1]] in groups
    )
    deleted = [
        [list(g.source), list(g.target)] for g in align_profiles(source, [target[0], *target[2:]])
    ]
    assert deleted == [[[0], [0]], [[1], []], [[2], [1]], [[3], [2]]]


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
