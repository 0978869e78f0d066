"""What every rule reads: both analysed documents and their alignment."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from translint.compare import acronyms, copied, names, spelling, tokens
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

    # Name comparisons (translint.compare), each computed once, when a rule first asks.
    @cached_property
    def name_vocabulary(self) -> tokens.Vocabulary:
        """The words of both documents that several name comparisons read."""
        return tokens.Vocabulary(self.source, self.target)

    @cached_property
    def acronym_exchanges(self) -> tuple[acronyms.Exchange, ...]:
        """Matched groups that exchange one source acronym for one target acronym."""
        return acronyms.exchanges(self.source, self.target, self.alignment)

    @cached_property
    def acronym_correspondences(self) -> tuple[acronyms.Correspondence, ...]:
        """Acronyms that aligned paragraphs consistently exchange (QKBA / AAQC)."""
        return acronyms.correspondences(self.source, self.target, self.acronym_exchanges)

    @cached_property
    def explained_acronyms(self) -> frozenset[tuple[str, int]]:
        """Source acronyms, by paragraph, that the target renders by another acronym."""
        return acronyms.explained(self.acronym_correspondences, self.acronym_exchanges)

    @cached_property
    def copied_name_changes(self) -> tuple[copied.GroupChanges, ...]:
        """Copied names that each matched group's target misspells or swaps."""
        return copied.copied_name_changes(
            self.source,
            self.target,
            self.alignment,
            self.explained_acronyms,
            self.name_vocabulary.target_common,
        )

    @cached_property
    def misspellings(self) -> names.Misspellings:
        """Names of the original that the aligned target spells differently."""
        return names.misspellings(self.name_vocabulary, self.copied_name_changes)

    @cached_property
    def name_comparison(self) -> names.NameComparison:
        """Names of the original missing, misspelt or swapped in the aligned target."""
        return names.compare_names(
            self.name_vocabulary,
            self.explained_acronyms,
            self.copied_name_changes,
            self.misspellings,
        )

    @cached_property
    def source_spelling_variants(self) -> tuple[spelling.Variant, ...]:
        """Words of people's names that the source spells two ways."""
        return spelling.spelling_variants(self.source, self.name_vocabulary.source_common)

    @cached_property
    def target_spelling_variants(self) -> tuple[spelling.Variant, ...]:
        """Words of people's names that the target spells two ways."""
        return spelling.spelling_variants(self.target, self.name_vocabulary.target_common)


def whole(paragraph: AnalysedParagraph, last: int | None = None) -> Location:
    """A location naming a whole paragraph (its content, without bullet)."""
    return Location(paragraph.paragraph.index, paragraph.paragraph.content, None, None, last)


def span(paragraph: AnalysedParagraph, start: int, end: int) -> Location:
    """A location naming ``paragraph.text[start:end]``."""
    return Location(paragraph.paragraph.index, paragraph.paragraph.text[start:end], start, end)


def checked(paragraph: AnalysedParagraph) -> bool:
    """Chrome is recognised and never reported on."""
    return paragraph.paragraph.kind is not ParagraphKind.CHROME
