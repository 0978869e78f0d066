"""What every rule reads: both analysed documents and their alignment."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from translint.compare.figures import GroupMatching, match_figure_groups
from translint.glossary import Glossary
from translint.model import (
    AlignmentGroup,
    AnalysedDocument,
    AnalysedParagraph,
    Location,
    Move,
    ParagraphKind,
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


def checked(paragraph: AnalysedParagraph) -> bool:
    """Chrome is recognised and never reported on."""
    return paragraph.paragraph.kind is not ParagraphKind.CHROME
