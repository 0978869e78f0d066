"""The whole alignment against gold alignments: the seed pair and the Debian corpora."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from translint import Options, align_files

from ..conftest import SEED, SEED_EN, SEED_FR, SHARED_CORPORA, corpus_pairs, needs_corpora
from .helpers import groups_of, links


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


@needs_corpora
def test_meaning_is_only_computed_where_the_anchors_are_not_decisive(monkeypatch) -> None:
    """On a real pair most paragraphs are settled by anchors and never encoded,
    and the alignment stays the gold one."""
    import translint.align.semantic

    pair = max(corpus_pairs(), key=lambda p: (p / "en.txt").stat().st_size)
    encoded: list[int] = []
    real_embed = translint.align.semantic.embed

    def counting(texts, cache=None):
        encoded.append(len(texts))
        return real_embed(texts, cache)

    monkeypatch.setattr(translint.align.semantic, "embed", counting)
    report = align_files(pair / "en.txt", pair / "fr.txt", Options(cache=False))
    paragraphs = report.source.paragraphs + report.target.paragraphs
    assert 0 < sum(encoded) < 0.7 * paragraphs
    gold = links(json.loads((pair / "gold.json").read_text("utf-8")))
    found = links(groups_of(report))
    assert len(gold & found) >= 0.995 * len(gold | found)


@needs_corpora
def test_a_run_of_labels_after_an_unmatched_one_is_realigned_with_meaning() -> None:
    """« Nouveau chemin », « Monter le chemin »... share no word with "New Path",
    "Raise Path": the lexical round paired them one off, confidently, by
    length; the window around the doubtful group now runs through them."""
    pair = SHARED_CORPORA / "gimp-help" / "gimp-path-dialog"
    groups = groups_of(align_files(pair / "en.txt", pair / "fr.txt", Options(cache=False)))
    for k in (27, 28, 29, 30):
        assert [[k], [k]] in groups
