"""What every rule reads: both analysed documents and their alignment."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType

from translint.compare import (
    acronyms,
    copied,
    declared,
    links,
    markup,
    mixed,
    names,
    spelling,
    tokens,
)
from translint.compare.figures import GroupMatching, match_figure_groups
from translint.compare.rendered import Embedder
from translint.compare.sentences import GroupSentences, align_sentences
from translint.compare.structure import MissingRun, checked, duplicates, missing_runs
from translint.compare.untranslated import Untranslated, untranslated
from translint.compare.whole import with_whole_words
from translint.config import TYPOGRAPHY_AUTO
from translint.glossary import Glossary
from translint.model import (
    AlignmentGroup,
    AnalysedDocument,
    AnalysedParagraph,
    Location,
    Move,
)
from translint.terminology import PairTerms, SiteTerms, kept_names, observe


@dataclass(frozen=True)
class Context:
    source: AnalysedDocument
    target: AnalysedDocument
    alignment: tuple[AlignmentGroup, ...]
    moves: tuple[Move, ...] = ()
    glossary: Glossary | None = None  # the user's --glossary, when given
    # The sentence encoder, when the check may use it: names rendered in words.
    meaning: Embedder | None = None
    typography: str = TYPOGRAPHY_AUTO  # Options.typography: a convention's name, auto or off
    # With --pairs: what the whole site established (``translint.terminology``).
    site: SiteTerms | None = None

    # The comparisons rules share, each computed once per check, on first use,
    # by the pure functions of ``translint.compare``: a rule reads them, and no
    # rule writes anything another reads.

    @cached_property
    def missing_runs(self) -> tuple[MissingRun, ...]:
        """Runs of unmatched source paragraphs, whole missing sections recognised."""
        return missing_runs(self.source.paragraphs, self.alignment, self.moves)

    @cached_property
    def duplicates(self) -> Mapping[int, int]:
        """Unmatched target paragraphs that repeat an earlier one: copy -> original."""
        return duplicates(self.target.paragraphs, self.target_group_of)

    @cached_property
    def untranslated(self) -> Mapping[int, Untranslated]:
        """Target paragraphs still in the source language, by index."""
        found = untranslated(
            [p.paragraph for p in self.source.paragraphs],
            [p.paragraph for p in self.target.paragraphs],
            self.alignment,
            self.source.lang,
            self.target.lang,
        )
        return MappingProxyType({u.target: u for u in found})

    @cached_property
    def figure_matchings(self) -> tuple[GroupMatching, ...]:
        """The figure assignment of every matched group, computed once for the figure rules."""
        matchings = match_figure_groups(self.source, self.target, self.alignment)
        return with_whole_words(matchings, self.source, self.target)

    @cached_property
    def link_mismatches(self) -> tuple[links.GroupLinks, ...]:
        """Source links, URLs, e-mail addresses and phone numbers of each matched group
        with no counterpart in its target, computed once for ``link-mismatch``."""
        declared = self.glossary.declares_equal if self.glossary is not None else None
        return links.compare_links(self.source, self.target, self.alignment, declared)

    @cached_property
    def sentence_alignment(self) -> tuple[GroupSentences, ...]:
        """The sentences of every matched group and which render which, computed once
        for ``missing-sentence`` and ``negation-mismatch``."""
        return align_sentences(self.source, self.target, self.alignment, self.meaning)

    @cached_property
    def markup_differences(self) -> tuple[markup.Difference, ...]:
        """Headings, list items, code spans and emphasis that differ in matched groups,
        computed once for ``markup-mismatch``."""
        return markup.markup_differences(self.source, self.target, self.alignment)

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
    def pair_declared_acronyms(self) -> declared.Declared:
        """Renderings of source acronyms that the pair's texts, the language data or the
        glossary declare (CDS / SNC), the site's terms aside."""
        return declared.declared(self.source, self.target, self.alignment, self.glossary)

    @cached_property
    def declared_acronyms(self) -> declared.Declared:
        """Renderings of source acronyms declared by the pair, the language data, the
        glossary, or the site: an acronym pair the site established is declared."""
        if self.site is None:
            return self.pair_declared_acronyms
        rows = tuple(
            (u.written, declared.Rendering(u.rendered))
            for u in self.site.established.values()
            if u.kind == "acronym" and u.rendering and u.rendering != u.term
        )
        return declared.with_site(self.pair_declared_acronyms, self.source, rows)

    @cached_property
    def term_renderings(self) -> PairTerms:
        """How this pair renders its acronyms, introduced names and short segments,
        read as when the site learnt them (the site's own declarations aside)."""
        pair = self.pair_declared_acronyms
        explained = declared.explained(pair, self.source, self.target, self.alignment)
        return observe(self.source, self.target, self.alignment, pair, explained)

    @cached_property
    def kept_site_names(self) -> PairTerms:
        """Names the site translates that this pair's translation copies in the
        original's words (nothing without a site)."""
        if self.site is None:
            return PairTerms()
        names = [
            (u.written, u.rendered)
            for u in self.site.established.values()
            if u.kind == "name" and u.rendering != u.term
        ]
        return kept_names(names, self.source, self.target, self.alignment)

    @cached_property
    def mixed_acronyms(self) -> tuple[mixed.Mixed, ...]:
        """Declared acronyms that the target writes both ways (SNC, and CDS once)."""
        return mixed.mixed(self.declared_acronyms, self.target)

    @cached_property
    def declared_renderings(self) -> frozenset[tuple[str, int]]:
        """Source acronyms (folded), by paragraph, that the target renders as declared."""
        return declared.explained(self.declared_acronyms, self.source, self.target, self.alignment)

    @cached_property
    def explained_acronyms(self) -> frozenset[tuple[str, int]]:
        """Source acronyms (folded), by paragraph, that the target renders by another
        acronym, declared or not: not missing."""
        exchanged = acronyms.explained(self.acronym_correspondences, self.acronym_exchanges)
        return exchanged | self.declared_renderings

    @cached_property
    def copied_name_changes(self) -> tuple[copied.GroupChanges, ...]:
        """Copied names that each matched group's target misspells or swaps."""
        # Only a declared rendering stands in for a name: an acronym exchanged once
        # for another (GNU for ERE) may be the swap these changes look for.
        return copied.copied_name_changes(
            self.source,
            self.target,
            self.alignment,
            self.declared_renderings,
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
            self.meaning,
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


__all__ = ["Context", "checked", "span", "whole"]
