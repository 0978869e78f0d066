"""What every rule reads: both analysed documents and their alignment."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from translint.compare.figures import GroupMatching, match_figure_groups
from translint.compare.structure import MissingRun, checked, duplicates, missing_runs
from translint.glossary import Glossary
from translint.model import (
    AlignmentGroup,
    AnalysedDocument,
    AnalysedParagraph,
    Location,
    Move,
)


@dataclass(frozen=True)
class Context:
    source: AnalysedDocument
    target: AnalysedDocument
    alignment: tuple[AlignmentGroup, ...]
    moves: tuple[Move, ...] = ()
    glossary: Glossary | None = None  # the user's --glossary, when given
    # Rules that share work (the figure assignment, acronym correspondences)
    # keep it here, computed once per check.
    shared: dict[str, object] = field(default_factory=dict, compare=False)

    # The comparisons rules share, each computed once per check, on first use,
    # by the pure functions of ``translint.compare``.

    @cached_property
    def missing_runs(self) -> tuple[MissingRun, ...]:
        """Runs of unmatched source paragraphs, whole missing sections recognised."""
        return missing_runs(self.source.paragraphs, self.alignment, self.moves)

    @cached_property
    def duplicates(self) -> Mapping[int, int]:
        """Unmatched target paragraphs that repeat an earlier one: copy -> original."""
        return duplicates(self.target.paragraphs, self.target_group_of)

    @cached_property
    def figure_matchings(self) -> tuple[GroupMatching, ...]:
        """The figure assignment of every matched group, computed once for the figure rules."""
        return match_figure_groups(self.source, self.target, self.alignment)

    def matched_groups(self) -> Iterator[AlignmentGroup]:
        return (g for g in self.alignment if g.matched)

    def source_paragraph(self, index: int) -> AnalysedParagraph:
        return self.source.paragraphs[index]

    def target_paragraph(self, index: int) -> AnalysedParagraph:
        return self.target.paragraphs[index]

    @cached_property
    def target_group_of(self) -> dict[int, AlignmentGroup]:
        return {j: g for g in self.alignment for j in g.target}

    @cached_property
    def source_group_of(self) -> dict[int, AlignmentGroup]:
        return {i: g for g in self.alignment for i in g.source}


def whole(paragraph: AnalysedParagraph, last: int | None = None) -> Location:
    """A location naming a whole paragraph (its content, without bullet)."""
    return Location(paragraph.paragraph.index, paragraph.paragraph.content, None, None, last)


def span(paragraph: AnalysedParagraph, start: int, end: int) -> Location:
    """A location naming ``paragraph.text[start:end]``."""
    return Location(paragraph.paragraph.index, paragraph.paragraph.text[start:end], start, end)


__all__ = ["Context", "checked", "span", "whole"]
