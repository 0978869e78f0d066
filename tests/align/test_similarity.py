"""The one similarity formula: pair by pair, band at once, and the unrelated-meaning rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from translint.align import Profile, pair_similarities, similarity

from ..conftest import SHARED_CORPORA, needs_corpora
from .helpers import align_edited


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
