"""Paragraph alignment against gold alignments: the seed pair and the Debian corpora."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from translint import Options, align_files
from translint.align import (
    Profile,
    align_profiles,
    band,
    pair_similarities,
    similarity,
)
from translint.align.run_ins import _run_in_cuts
from translint.model import ParagraphKind

from .conftest import SEED, SEED_EN, SEED_FR, SHARED_CORPORA, corpus_pairs, needs_corpora


def links(groups: list[list[list[int]]]) -> set[tuple[int, int]]:
    return {(s, t) for source, target in groups for s in source for t in target}


def groups_of(report) -> list[list[list[int]]]:
    return [[list(g.source), list(g.target)] for g in report.alignment]


def align_edited(tmp_path: Path, pair: Path, french: list[str]) -> list[list[list[int]]]:
    """The groups of a real pair whose French side was edited into ``french`` blocks."""
    edited = tmp_path / "fr.txt"
    edited.write_text("\n\n".join(french), "utf-8")
    return groups_of(align_files(pair / "en.txt", edited, Options(cache=False)))


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


def _random_profiles(rng, count: int, vocabulary: int, with_vectors: bool) -> list[Profile]:
    import numpy as np

    profiles = []
    for _ in range(count):
        keys = {
            f"w:{rng.randrange(vocabulary)}": rng.uniform(0.5, 3.0)
            for _ in range(rng.randrange(0, 6))
        }
        vector = None
        if with_vectors and rng.random() < 0.8:
            raw = np.array([rng.gauss(0, 1) for _ in range(8)], dtype=np.float32)
            vector = raw / np.linalg.norm(raw)
        profiles.append(Profile(keys, rng.randrange(1, 600), vector))
    return profiles


@pytest.mark.parametrize("with_vectors", [False, True])
def test_band_similarities_equal_the_pairwise_similarity(with_vectors: bool) -> None:
    """The vectorised similarities of a long pair's band are ``similarity`` cell by cell."""
    import random

    rng = random.Random(7)
    source = _random_profiles(rng, 120, 60, with_vectors)
    target = _random_profiles(rng, 130, 60, with_vectors)
    rows = [(max(0, i - 9), min(130, i + 14)) for i in range(121)]
    sims = pair_similarities(source, target, rows, 1.1)
    for i in range(1, 121):
        first = max(rows[i][0], 1)
        assert len(sims[i]) == rows[i][1] - first + 1
        for j in range(first, rows[i][1] + 1):
            expected = similarity(source[i - 1], target[j - 1], 1.1)
            assert sims[i][j - first] == pytest.approx(expected, abs=1e-6)


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
def test_a_label_run_into_the_next_paragraph_joins_its_group(tmp_path: Path) -> None:
    """« Astuce » typed on the line of the tip it introduces: "Tip" and the tip
    are one group, not an unmatched label (a real Debian pair, one edit)."""
    pair = SHARED_CORPORA / "debian-reference" / "ch01-02"
    french = (pair / "fr.txt").read_text("utf-8")
    assert "\nAstuce\n\n" in french
    edited = tmp_path / "fr.txt"
    edited.write_text(french.replace("\nAstuce\n\n", "\nAstuce ", 1), "utf-8")
    report = align_files(pair / "en.txt", edited, Options(cache=False))
    english = (pair / "en.txt").read_text("utf-8").split("\n\n")
    label = next(k for k, block in enumerate(english) if block.strip() == "Tip")
    groups = groups_of(report)
    joined = next(g for g in groups if label in g[0])
    assert joined[0] == [label, label + 1] and len(joined[1]) == 1
    unmatched_sources = [g for g in groups if g[0] and not g[1]]
    assert unmatched_sources == []


@needs_corpora
@pytest.mark.parametrize(
    ("pair_name", "edit", "where"),
    [
        # Two sentences of the original made one paragraph of the translation.
        ("debian-reference/ch09-03", "join", "Les commandes mkfs(8)"),
        ("debian-reference/ch12-03", "join", "Pour davantage d"),
        # A label run into the end of the paragraph before it (« … autopsie Astuce »).
        ("debian-reference/ch09-05", "join", "Tableau 9.24."),
        # One paragraph of the original made two of the translation.
        ("gimp-help/gimp-introduction-history-2-10", "cut", "Mais ce n"),
    ],
)
def test_a_paragraph_joined_or_cut_by_the_translator_stays_one_group(
    tmp_path: Path, pair_name: str, edit: str, where: str
) -> None:
    """Real Debian pairs, one edit of the French side each: cases the programme
    alone left half unmatched (a sentence is too short to move the embedding of
    a merge), which the run-in pass joins."""
    pair = SHARED_CORPORA.joinpath(*pair_name.split("/"))
    gold = json.loads((pair / "gold.json").read_text("utf-8"))
    french = (pair / "fr.txt").read_text("utf-8").split("\n\n")
    k = next(n for n, block in enumerate(french) if where in block)
    source_of = {t: s for s, ts in gold for t in ts}
    if edit == "join":
        french[k : k + 2] = [french[k] + " " + french[k + 1]]
        expected = [sorted(source_of[k] + source_of[k + 1]), [k]]
    else:
        head, tail = french[k].split(where, 1)
        french[k : k + 1] = [head.strip(), where + tail]
        expected = [source_of[k], [k, k + 1]]
    assert expected in align_edited(tmp_path, pair, french)


@pytest.mark.parametrize(
    ("text", "share", "head", "short", "piece"),
    [
        ("Astuce Vous pouvez lire la page de manuel.", 0.05, True, True, "Astuce"),
        ("Liste des paquets utiles Astuce", 0.1, False, True, "Astuce"),
        (
            "Première phrase ici. Seconde phrase, plus longue que la première.",
            0.3,
            True,
            False,
            "Première phrase ici.",
        ),
        (
            "Première phrase ici. Seconde phrase, plus longue que la première.",
            0.6,
            False,
            False,
            "Seconde phrase, plus longue que la première.",
        ),
        # A long paragraph needs a full stop: a capital alone is no sentence start.
        ("Le projet Debian fournit une distribution", 0.5, True, False, None),
        ("« Enhances » « Casse »", 0.5, False, False, "« Casse »"),
    ],
)
def test_run_in_cuts_fall_where_a_sentence_starts(
    text: str, share: float, head: bool, short: bool, piece: str | None
) -> None:
    cuts = _run_in_cuts(text, share, head, short)
    if piece is None:
        assert cuts == []
    else:
        assert (text[: cuts[0]] if head else text[cuts[0] :]).strip() == piece


def test_run_in_cuts_come_closest_first_and_only_within_reach() -> None:
    text = "Un. Deux deux. Trois trois trois. Quatre quatre quatre quatre."
    cuts = _run_in_cuts(text, 0.5, True, False)
    assert [text[:at].strip() for at in cuts] == [
        "Un. Deux deux. Trois trois trois.",
        "Un. Deux deux.",
        "Un.",
    ]
    assert _run_in_cuts(text, 0.75, True, False, within=0.1) == []


@needs_corpora
@pytest.mark.parametrize(
    ("pair_name", "label"),
    [
        ("gimp-help/gimp-tool-fuzzy-select", "2.5.4. Options"),
        ("gimp-help/gimp-tool-rect-select", "Largeur"),
        # No sentence starts near the label's share of « à utiliser pour... »:
        # the merge is cut between words, and « à utiliser » is the neighbour's.
        ("maint-guide/dreq-01", "Recommends"),
    ],
)
def test_a_dropped_label_is_not_merged_into_its_neighbour(
    tmp_path: Path, pair_name: str, label: str
) -> None:
    """A heading or label deleted from a real translation: the programme's length
    prior merged the English label into the next paragraph's group; the run-in
    test takes it back out, since the French text has no piece for it."""
    pair = SHARED_CORPORA.joinpath(*pair_name.split("/"))
    french = (pair / "fr.txt").read_text("utf-8").split("\n\n")
    k = french.index(label)
    del french[k]
    gold = json.loads((pair / "gold.json").read_text("utf-8"))
    english_label = next(s for s, t in gold if t == [k])
    groups = align_edited(tmp_path, pair, french)
    assert [english_label, []] in groups
    assert [[english_label[0] + 1], [k]] in groups


@needs_corpora
def test_a_run_of_labels_after_an_unmatched_one_is_realigned_with_meaning() -> None:
    """« Nouveau chemin », « Monter le chemin »... share no word with "New Path",
    "Raise Path": the lexical round paired them one off, confidently, by
    length; the window around the doubtful group now runs through them."""
    pair = SHARED_CORPORA / "gimp-help" / "gimp-path-dialog"
    groups = groups_of(align_files(pair / "en.txt", pair / "fr.txt", Options(cache=False)))
    for k in (27, 28, 29, 30):
        assert [[k], [k]] in groups


@needs_corpora
def test_page_chrome_at_the_same_place_on_both_sides_is_paired() -> None:
    """ "Print..." and « Imprimer… » read as page furniture, but sit between the
    same two menu entries: one item in two languages, not two unmatched ones."""
    pair = SHARED_CORPORA / "gimp-help" / "key-reference-file"
    report = align_files(pair / "en.txt", pair / "fr.txt", Options(cache=False))
    assert report.source_document is not None
    printing = report.source_document.paragraphs[40]
    assert printing.content == "Print..." and printing.kind is ParagraphKind.CHROME
    group = next(g for g in report.alignment if 40 in g.source)
    assert group.target == (40,) and group.score is not None and group.score < 0.96


@needs_corpora
def test_a_lone_pair_between_two_pairs_is_a_loose_translation() -> None:
    """The French adds two sentences of explanation, which halves the cosine:
    between two good pairs it is still the translation, with a doubtful score."""
    pair = SHARED_CORPORA / "gimp-help" / "gimp-filter-convolution-matrix"
    report = align_files(pair / "en.txt", pair / "fr.txt", Options(cache=False))
    group = next(g for g in report.alignment if 30 in g.source)
    assert group.target == (30,) and group.score is not None and group.score < 0.96


@needs_corpora
@pytest.mark.parametrize(
    ("pair_name", "label"),
    [
        ("gimp-help/gimp-tool-gradient", "Tramage"),
        ("gimp-help/plug-in-map-object", "Plaquer sur"),
        ("gimp-help/gimp-using-animated-brushes", "Nombre de cases"),
        # A field name left in English, then the description in lower case.
        ("maint-guide/dreq-01", "Replaces"),
        ("maint-guide/dreq-01", "Pre-Depends"),
    ],
)
def test_a_label_run_into_its_description_joins_its_group(
    tmp_path: Path, pair_name: str, label: str
) -> None:
    """« Tramage Le tramage consiste... »: USE hardly tells "Dithering" from any
    other word, but the French label ends where « Le » opens a sentence, and
    that is enough for the run-in test (real pairs, one French label joined
    to the paragraph it introduces)."""
    pair = SHARED_CORPORA.joinpath(*pair_name.split("/"))
    gold = json.loads((pair / "gold.json").read_text("utf-8"))
    french = (pair / "fr.txt").read_text("utf-8").split("\n\n")
    k = french.index(label)
    french[k : k + 2] = [french[k] + " " + french[k + 1]]
    source_of = {t: s for s, ts in gold for t in ts}
    expected = [sorted(source_of[k] + source_of[k + 1]), [k]]
    assert expected in align_edited(tmp_path, pair, french)


@needs_corpora
@pytest.mark.parametrize(
    ("pair_name", "deleted", "kept"),
    [
        (
            "debian-reference/ch01-01",
            "This preserves some of the environment of the current user.",
            'Type "su" from any user shell prompt.',
        ),
        ("gimp-help/gimp-pimping-03", "Clear Action History", "Self-explanatory."),
    ],
)
def test_a_deleted_paragraph_does_not_take_its_neighbours_translation(
    tmp_path: Path, pair_name: str, deleted: str, kept: str
) -> None:
    """With the translation of one paragraph deleted, its neighbour's translation
    is the only candidate for both. Their cosines with it are both under the
    floor of the meaning score, so length chose the deleted one; the swap
    test compares the cosines themselves."""
    pair = SHARED_CORPORA.joinpath(*pair_name.split("/"))
    gold = json.loads((pair / "gold.json").read_text("utf-8"))
    english = [block.strip() for block in (pair / "en.txt").read_text("utf-8").split("\n\n")]
    gone = english.index(deleted)
    stays = gone - 1 if english[gone - 1] == kept else gone + 1
    assert english[stays] == kept
    translation = {s[0]: t for s, t in gold if len(s) == 1}
    french = (pair / "fr.txt").read_text("utf-8").split("\n\n")
    (k,) = translation[gone]
    del french[k]
    (j,) = translation[stays]
    expected = j - 1 if j > k else j
    groups = align_edited(tmp_path, pair, french)
    assert [[stays], [expected]] in groups
    assert [[gone], []] in groups


@needs_corpora
@pytest.mark.parametrize(
    ("pair_name", "english", "inserted"),
    [
        (
            "debian-reference/ch01-05",
            "MC can be started by the following.",
            "apt-get offre un système de résolution des dépendances entre paquets robuste.",
        ),
        (
            "gimp-help/gimp-palette-dialog",
            "from the Tab menu in any dockable dialog by clicking on and selecting "
            "Add Tab → Palettes.",
            "Vous pouvez activer l’outil Alignement de différentes manières :",
        ),
        (
            "maint-guide/checkit",
            "E: for error; a sure policy violation or packaging error.",
            "les lettres sont comparées dans l'ordre de leur code ASCII ;",
        ),
    ],
    ids=["ch01-05", "gimp-palette-dialog", "checkit"],
)
def test_a_translation_replaced_by_an_unrelated_paragraph_is_not_paired(
    tmp_path: Path, pair_name: str, english: str, inserted: str
) -> None:
    """A paragraph's translation swapped for one from another document: length
    and place made them a confident pair; their meanings are unrelated, so
    the English paragraph is missing and the French one extra."""
    pair = SHARED_CORPORA.joinpath(*pair_name.split("/"))
    gold = json.loads((pair / "gold.json").read_text("utf-8"))
    paragraphs = [block.strip() for block in (pair / "en.txt").read_text("utf-8").split("\n\n")]
    i = paragraphs.index(english)
    (k,) = next(t for s, t in gold if s == [i])
    french = (pair / "fr.txt").read_text("utf-8").split("\n\n")
    french[k] = inserted
    groups = align_edited(tmp_path, pair, french)
    assert [[i], []] in groups
    assert [[], [k]] in groups


@needs_corpora
def test_two_labels_alone_between_pairs_are_paired_by_place() -> None:
    """ "Sample Merged" / « Échantillonner sur tous les calques »: their cosine is
    low, as it often is on a few words, but they sit alone between two pairs."""
    pair = SHARED_CORPORA / "gimp-help" / "gimp-tool-fuzzy-select"
    report = align_files(pair / "en.txt", pair / "fr.txt", Options(cache=False))
    assert report.source_document is not None and report.target_document is not None
    assert report.source_document.paragraphs[27].content == "Sample Merged"
    assert report.target_document.paragraphs[27].content == "Échantillonner sur tous les calques"
    groups = groups_of(report)
    assert [[27], [27]] in groups
    assert [[28], [28]] in groups
