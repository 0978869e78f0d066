"""Missing runs, whole missing sections and duplicates, read off hand-built alignments."""

from __future__ import annotations

import pytest

from translint import Options, check
from translint.compare.structure import duplicates, missing_runs
from translint.model import AlignmentGroup, AnalysedParagraph, Move, Paragraph, ParagraphKind

from ..conftest import CHROME, HEAD, SEED_EN, SEED_FR, TEXT


def paragraphs(*rows: tuple[ParagraphKind, int | None, str]) -> tuple[AnalysedParagraph, ...]:
    return tuple(
        AnalysedParagraph(Paragraph(i, text, 0, len(text), kind, level))
        for i, (kind, level, text) in enumerate(rows)
    )


def groups(*rows: tuple[tuple[int, ...], tuple[int, ...]]) -> tuple[AlignmentGroup, ...]:
    return tuple(AlignmentGroup(s, t, 0.99 if s and t else None) for s, t in rows)


SOURCE = paragraphs(
    (TEXT, None, "Intro."),
    (HEAD, 2, "Section A"),
    (TEXT, None, "Under A."),
    (TEXT, None, "Also under A."),
    (HEAD, 2, "Section B"),
    (TEXT, None, "Under B."),
    (HEAD, 2, "Section C"),
    (TEXT, None, "Last."),
    (CHROME, None, "top of page"),
)


@pytest.mark.parametrize(
    ("unmatched", "moves", "expected"),
    [
        # Nothing missing.
        ((), (), []),
        # A heading and everything under it: one section, no strays.
        ((1, 2, 3), (), [(((1, 3),), ())]),
        # Two whole sections in a row join into one.
        ((1, 2, 3, 4, 5), (), [(((1, 5),), ())]),
        # Section C runs to the end, chrome included: chrome is never missing, so
        # C's heading and paragraph alone are not the whole section.
        ((6, 7), (), [((), (6, 7))]),
        # A heading without all of its paragraphs is a stray, like its paragraphs.
        ((1, 2), (), [((), (1, 2))]),
        # Runs are split where a matched paragraph stands between.
        ((0, 2), (), [((), (0,)), ((), (2,))]),
        # A moved paragraph is a run of its own, never part of a section.
        ((1, 2, 3), (Move(2, 5, 0.9),), [((), (1,)), ((), (2,)), ((), (3,))]),
        # Chrome is never missing.
        ((8,), (), []),
    ],
)
def test_missing_runs(unmatched: tuple[int, ...], moves: tuple[Move, ...], expected) -> None:
    matched = [i for i in range(len(SOURCE)) if i not in unmatched]
    rows = [((i,), (k,)) for k, i in enumerate(matched)] + [((i,), ()) for i in unmatched]
    rows.sort(key=lambda row: row[0][0])
    runs = missing_runs(SOURCE, groups(*rows), moves)
    assert [(run.sections, run.strays) for run in runs] == expected


def test_only_unmatched_copies_are_duplicates() -> None:
    target = paragraphs(
        (TEXT, None, "Photo : la Corée."),
        (TEXT, None, "Photo :  la  corée."),  # the same up to case and spaces: a copy
        (TEXT, None, "Texte."),
        (TEXT, None, "Texte."),  # repeated, but matched: the original repeats it too
        (CHROME, None, "Partager"),
        (CHROME, None, "Partager"),
    )
    alignment = groups(((0,), (0,)), ((), (1,)), ((1,), (2,)), ((2,), (3,)), ((), (4,)), ((), (5,)))
    group_of = {j: g for g in alignment for j in g.target}
    assert dict(duplicates(target, group_of)) == {1: 0}


def test_structure_findings_carry_their_arguments() -> None:
    report = check(SEED_EN, SEED_FR, Options(select=frozenset({"duplicate-paragraph"})))
    assert report.findings
    for finding in report.findings:
        args = dict(finding.args)
        assert finding.target is not None and args["paragraph"] == finding.target.paragraph
        assert f"repeats target paragraph {args['original']}:" in finding.message
