"""Where the markup of aligned paragraphs differs: headings, list items, code spans, emphasis.

A translation keeps the structure of its original: a heading stays a heading
of the same level, a list item stays in a list, a code span keeps its content
(code is copied, not translated). Pure functions of the analysed documents
and their alignment; ``markup-mismatch`` reads them once per check through
``Context.markup_differences`` and decides how loud each kind is.

What is compared, per matched group:

- only what both formats write (``FORMAT_MARKUP``): plain text has no markup
  (a heading a reader guesses in a ``.txt`` file is a guess, not structure),
  Word is compared on its heading styles only (its items may be typed
  bullets, which are text: the seed pair as Word documents bullets its French
  lines by hand);
- heading levels only when both files are of one format: Markdown's ``##``
  and HTML's ``<h2>`` count levels alike, but a Markdown post and an HTML
  page of it are built by different templates, whose first level differs;
- list membership and list numbering in one-to-one groups only: a group of
  several paragraphs is the aligner's answer to a translation that
  restructured (an English sentence naming four partners, a French sentence
  and a list of the four), not a slip;
- code spans by content (``_code``), emphasis by presence on each side of a
  group only, not by place (``_emphasis``);
- groups holding page chrome or front-matter fields are never compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from translint.model import AlignmentGroup, AnalysedDocument, Paragraph, ParagraphKind

__all__ = ["FORMAT_MARKUP", "Difference", "looks_like_code", "markup_differences"]

# The structure each format writes, and so the structure two files can be compared on.
FORMAT_MARKUP = MappingProxyType(
    {
        "markdown": frozenset({"heading", "item", "code", "emphasis"}),
        "html": frozenset({"heading", "item", "code", "emphasis"}),
        # Word: heading styles are structure; a list is a style, numbering or a typed
        # bullet (``• item``), which is text, and the reader does not tell them apart.
        "docx": frozenset({"heading"}),
        "text": frozenset(),
    }
)
# Paragraph kinds whose markup is compared: prose that a heading or an item can become.
_PROSE = frozenset({ParagraphKind.HEADING, ParagraphKind.TEXT, ParagraphKind.ITEM})
_NEVER = frozenset({ParagraphKind.CHROME, ParagraphKind.METADATA})
# A paragraph opening with a dash or a bullet written as text: a list item in spirit
# (an attribution ``– Canada.ca user feedback`` under a quote).
_TYPED_BULLET = re.compile(r"[-–—‑•·▪◦*]\s")
# Characters that mark a code span's content as code (an option, a path, a call),
# not as words that the translation may name in its own language.
_CODE_CHARACTERS = re.compile(r"[-_/\\.=(){}\[\]<>$:@#~|;&%+*\"'`^0-9]")
_SPACES = re.compile(r"\s+")
# Emphasis markers a format shows as text when they do not pair (``**Résultat : **
# février``: CommonMark closes no emphasis after a space), by format.
_LITERAL_MARKERS = MappingProxyType({"markdown": re.compile(r"\*\*")})


@dataclass(frozen=True)
class Difference:
    """One difference of markup between a source paragraph and an aligned target one.

    ``kind`` is one of ``heading-lost`` (a source heading is not a heading in
    the target), ``heading-added``, ``heading-level``, ``item-lost`` (a list
    item is a plain paragraph in the target), ``item-dashed`` (the same, the
    target opening with a dash or bullet typed as text), ``item-added``,
    ``list-numbering`` (a numbered list bulleted, or the reverse),
    ``code-changed`` (a code span whose content the target does not have),
    ``code-unmarked`` (the content is there, not as code), ``emphasis-lost``
    and ``emphasis-added`` (emphasis on one side of the group only), and
    ``emphasis-broken`` (markers the target shows as text: ``**`` unpaired).
    Spans are ``(start, end)`` offsets in the paragraph's ``content``; None
    means the whole paragraph. ``details`` are the values a message needs.
    """

    kind: str
    source: int
    target: int
    source_span: tuple[int, int] | None = None
    target_span: tuple[int, int] | None = None
    details: tuple[tuple[str, str | int], ...] = ()


def markup_differences(
    source: AnalysedDocument, target: AnalysedDocument, alignment: Sequence[AlignmentGroup]
) -> tuple[Difference, ...]:
    """Every markup difference of the matched groups, in document order."""
    source_format, target_format = source.document.format, target.document.format
    features = FORMAT_MARKUP.get(source_format, frozenset()) & FORMAT_MARKUP.get(
        target_format, frozenset()
    )
    if not features:
        return ()
    compare = _Comparison(
        features, source_format == target_format, _LITERAL_MARKERS.get(target_format)
    )
    found: list[Difference] = []
    for group in alignment:
        if not group.matched:
            continue
        sources = [source.paragraphs[i].paragraph for i in group.source]
        targets = [target.paragraphs[j].paragraph for j in group.target]
        if not any(p.kind in _NEVER for p in sources + targets):
            found += compare.group(sources, targets)
    return tuple(found)


@dataclass(frozen=True)
class _Comparison:
    """What two documents can be compared on, and how: their formats' common markup."""

    features: frozenset[str]
    same_format: bool  # heading levels count alike
    literal: re.Pattern[str] | None  # emphasis markers the target's format shows as text

    def group(self, sources: list[Paragraph], targets: list[Paragraph]) -> list[Difference]:
        found = (
            list(_headings(sources, targets, self.same_format))
            if "heading" in self.features
            else []
        )
        # A heading written as bold text is one difference, not two.
        restructured = any(d.kind != "heading-level" for d in found)
        if "item" in self.features and len(sources) == len(targets) == 1:
            found += _items(sources[0], targets[0])
        if "code" in self.features:
            found += _code(sources, targets)
        if "emphasis" in self.features and not restructured:
            found += _emphasis(sources, targets, self.literal)
        return found


def _headings(
    sources: list[Paragraph], targets: list[Paragraph], same_format: bool
) -> Iterator[Difference]:
    """Headings without a heading counterpart, and heading levels that changed.

    Headings pair in order when both sides have as many; a side with none
    lost (or gained) every heading of the other, each compared with the
    paragraph at its place in the group. A side with some but fewer is the
    aligner merging sections, left alone.
    """
    source_headings = [p for p in sources if p.kind is ParagraphKind.HEADING]
    target_headings = [p for p in targets if p.kind is ParagraphKind.HEADING]
    if len(source_headings) == len(target_headings):
        if same_format:
            yield from _levels(source_headings, target_headings)
    elif not target_headings:
        for heading in source_headings:
            other = _at_place(heading, sources, targets)
            if other.kind in _PROSE:
                details = _heading_details(heading, other)
                yield Difference("heading-lost", heading.index, other.index, details=details)
    elif not source_headings:
        for heading in target_headings:
            other = _at_place(heading, targets, sources)
            if other.kind in _PROSE:
                details = _heading_details(heading, other)
                yield Difference("heading-added", other.index, heading.index, details=details)


def _levels(sources: list[Paragraph], targets: list[Paragraph]) -> Iterator[Difference]:
    """Headings paired in order whose levels differ (both known)."""
    for heading, counterpart in zip(sources, targets, strict=True):
        if heading.level is None or counterpart.level is None:
            continue
        if heading.level != counterpart.level:
            levels = (("source_level", heading.level), ("target_level", counterpart.level))
            yield Difference("heading-level", heading.index, counterpart.index, details=levels)


def _at_place(paragraph: Paragraph, side: list[Paragraph], other: list[Paragraph]) -> Paragraph:
    """The paragraph of ``other`` at ``paragraph``'s place in ``side`` (the last if shorter)."""
    place = next(k for k, p in enumerate(side) if p is paragraph)
    return other[min(place, len(other) - 1)]


def _heading_details(heading: Paragraph, other: Paragraph) -> tuple[tuple[str, str | int], ...]:
    """The heading's level, and how the plain side writes it: emphasised whole, or not."""
    emphasised = any(end - start >= len(other.content.strip()) for start, end in other.emphasis)
    written = "emphasised" if emphasised else other.kind.value
    return (("level", heading.level or 0), ("written", written))


def _items(source: Paragraph, target: Paragraph) -> Iterator[Difference]:
    """A list item and a paragraph that is not one, or two lists numbered differently."""
    source_item = source.kind is ParagraphKind.ITEM
    target_item = target.kind is ParagraphKind.ITEM
    if source_item and target_item:
        if None not in (source.ordered, target.ordered) and source.ordered != target.ordered:
            numbered = (("source_numbered", int(bool(source.ordered))),)
            yield Difference("list-numbering", source.index, target.index, details=numbered)
        return
    if source_item and target.kind is ParagraphKind.TEXT:
        kind = "item-dashed" if _TYPED_BULLET.match(target.content) else "item-lost"
        yield Difference(kind, source.index, target.index)
    elif (
        target_item
        and source.kind is ParagraphKind.TEXT
        and not _TYPED_BULLET.match(source.content)
    ):
        yield Difference("item-added", source.index, target.index)


def _code(sources: list[Paragraph], targets: list[Paragraph]) -> Iterator[Difference]:
    """Source code spans whose content the target does not have as code.

    Code compares as written, spaces collapsed. A source span whose content
    is in the target's text but not as code is ``code-unmarked``; one whose
    content is not there at all is ``code-changed``, with the target's code
    span at the same place among those left unmatched, when there is one (the
    translated version of the code, most likely).
    """
    source_code = [(p, span, _normal(p.content[slice(*span)])) for p in sources for span in p.code]
    if not source_code:
        return
    target_code = [(p, span, _normal(p.content[slice(*span)])) for p in targets for span in p.code]
    copied = {written for _, _, written in target_code}
    written_in_source = {written for _, _, written in source_code}
    unmatched = [entry for entry in target_code if entry[2] not in written_in_source]
    missing = 0
    for paragraph, span, written in source_code:
        if not written or written in copied:
            continue
        details: tuple[tuple[str, str | int], ...] = (("code", written),)
        plain = _as_text(written, targets)
        if plain is not None:
            where, at = plain
            yield Difference("code-unmarked", paragraph.index, where.index, span, at, details)
            continue
        if missing >= len(unmatched):
            yield Difference("code-changed", paragraph.index, targets[0].index, span, None, details)
            continue
        other, other_span, other_written = unmatched[missing]
        missing += 1
        details += (("instead", other_written),)
        yield Difference("code-changed", paragraph.index, other.index, span, other_span, details)


def _as_text(written: str, targets: list[Paragraph]) -> tuple[Paragraph, tuple[int, int]] | None:
    """The target paragraph, and where in it, that has ``written`` as text."""
    for paragraph in targets:
        at = paragraph.content.find(written)
        if at >= 0:
            return paragraph, (at, at + len(written))
    return None


def _normal(code: str) -> str:
    return _SPACES.sub(" ", code).strip()


def looks_like_code(written: str) -> bool:
    """Whether a code span's content reads as code (``--help``, ``apt-get``, ``sudo``,
    ``fileName``) rather than as words (``Find a job``, ``Submit``), which a
    translation may give in its own language (a button's label set as code)."""
    if _CODE_CHARACTERS.search(written):
        return True
    if " " in written:
        return False
    return not (written[:1].isupper() and written[1:].islower())


def _emphasis(
    sources: list[Paragraph], targets: list[Paragraph], literal: re.Pattern[str] | None
) -> Iterator[Difference]:
    """Emphasis on one side of a group only: counted, not placed, since a
    translation moves and regroups emphasised words as its syntax wants.

    Markers the target shows as text where the source shows none (``**`` that
    did not pair) are ``emphasis-broken``: the reader sees the asterisks.
    """
    if literal is not None:
        for paragraph in targets:
            shown = literal.search(paragraph.content)
            if shown and not any(literal.search(p.content) for p in sources):
                span = shown.span()
                yield Difference("emphasis-broken", sources[0].index, paragraph.index, None, span)
                return
    source_marked = next((p for p in sources if _emphasised(p)), None)
    target_marked = next((p for p in targets if _emphasised(p)), None)
    if source_marked is not None and target_marked is None:
        first = _emphasised(source_marked)[0]
        yield Difference("emphasis-lost", source_marked.index, targets[0].index, first)
    elif target_marked is not None and source_marked is None:
        first = _emphasised(target_marked)[0]
        yield Difference("emphasis-added", sources[0].index, target_marked.index, None, first)


def _emphasised(paragraph: Paragraph) -> tuple[tuple[int, int], ...]:
    """The emphasis a reader sees: bold over a whole heading (``## **Offrir…**``) adds
    nothing to a heading's own weight."""
    if paragraph.kind is not ParagraphKind.HEADING:
        return paragraph.emphasis
    whole = len(paragraph.content)
    return tuple(span for span in paragraph.emphasis if span[1] - span[0] < whole)
