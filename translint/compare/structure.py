"""What the alignment says about a pair's structure: missing runs and sections, duplicates.

Pure functions of the analysed documents and their alignment. The structure
rules read them once per check through ``Context`` (``missing_runs``,
``duplicates``); nothing here knows about rules or severities.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from types import MappingProxyType

from translint.model import AlignmentGroup, AnalysedParagraph, Move, ParagraphKind
from translint.words import fold

SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class MissingRun:
    """Consecutive source paragraphs with no counterpart, split into sections and strays."""

    sections: tuple[tuple[int, int], ...]  # (heading, last paragraph) of each whole section
    strays: tuple[int, ...]  # missing paragraphs outside a whole missing section


def checked(paragraph: AnalysedParagraph) -> bool:
    """Chrome is recognised and never reported on."""
    return paragraph.paragraph.kind is not ParagraphKind.CHROME


def missing_runs(
    source: Sequence[AnalysedParagraph],
    alignment: Sequence[AlignmentGroup],
    moves: Sequence[Move],
) -> tuple[MissingRun, ...]:
    """Unmatched source paragraphs, grouped by run, with whole sections recognised.

    A section is a heading and the paragraphs up to the next heading. It is
    missing as a whole when the run of unmatched paragraphs covers the heading
    and everything under it (at least one paragraph); consecutive whole
    sections in one run make one finding, as the contract asks.
    """
    moved = {m.source for m in moves}
    unmatched = [
        g.source[0] for g in alignment if g.source and not g.target and checked(source[g.source[0]])
    ]
    return tuple(_sections_of(source, run) for run in _runs(unmatched, moved))


def _runs(unmatched: list[int], moved: set[int]) -> list[list[int]]:
    """Consecutive indices as runs; a moved paragraph is a run of its own.

    A moved paragraph is reported as moved, never as part of a section.
    """
    runs: list[list[int]] = []
    for index in unmatched:
        if index in moved:
            runs.append([index])
            continue
        if runs and index == runs[-1][-1] + 1 and runs[-1][-1] not in moved:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def _sections_of(source: Sequence[AnalysedParagraph], run: list[int]) -> MissingRun:
    """One run split into whole missing sections (consecutive ones joined) and strays."""
    members = set(run)
    sections: list[tuple[int, int]] = []
    strays: list[int] = []
    i = 0
    while i < len(run):
        index = run[i]
        end = _section_end(source, index) if _is_heading(source, index) else None
        if end is not None and end > index and all(k in members for k in range(index, end + 1)):
            if sections and sections[-1][1] == index - 1:
                sections[-1] = (sections[-1][0], end)
            else:
                sections.append((index, end))
            i += end - index + 1
        else:
            strays.append(index)
            i += 1
    return MissingRun(tuple(sections), tuple(strays))


def _is_heading(source: Sequence[AnalysedParagraph], index: int) -> bool:
    return source[index].paragraph.kind is ParagraphKind.HEADING


def _section_end(source: Sequence[AnalysedParagraph], heading: int) -> int:
    """The last paragraph under ``heading``: before the next heading of its level or higher."""
    level = source[heading].paragraph.level
    index = heading + 1
    while index < len(source):
        paragraph = source[index].paragraph
        if paragraph.kind is ParagraphKind.HEADING and (
            level is None or paragraph.level is None or paragraph.level <= level
        ):
            break
        index += 1
    return index - 1


def duplicates(
    target: Sequence[AnalysedParagraph], target_group_of: dict[int, AlignmentGroup]
) -> MappingProxyType[int, int]:
    """Unmatched target paragraphs that repeat an earlier target paragraph: copy -> original.

    A repeated paragraph that the aligner matched to a source paragraph is a
    repetition the original has too, so only unmatched copies count.
    """
    first_seen: dict[str, int] = {}
    copies: dict[int, int] = {}
    for analysed in target:
        if not checked(analysed):
            continue
        key = SPACES.sub(" ", fold(analysed.paragraph.content)).strip()
        index = analysed.paragraph.index
        if key in first_seen:
            group = target_group_of.get(index)
            if group is not None and not group.source:
                copies[index] = first_seen[key]
        else:
            first_seen[key] = index
    return MappingProxyType(copies)
