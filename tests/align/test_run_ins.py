"""The run-in pass: labels and sentences joined or cut by the translator, merges re-tested."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from translint import Options, align_files
from translint.align.run_ins import _run_in_cuts

from ..conftest import SHARED_CORPORA, needs_corpora
from .helpers import align_edited, groups_of


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
