"""Plain data passed between the stages: read -> segment -> analyse -> align -> check -> report.

Every class here is a frozen dataclass with no behaviour beyond small derived
properties, so that a stage can be tested by building its input by hand.
Offsets are character offsets: a ``Paragraph`` knows where it sits in the
document text, and ``Figure``/``Entity``/``Location`` spans are offsets into
their paragraph's ``text``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class Severity(StrEnum):
    """Finding severities, ordered from the most to the least serious."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class ParagraphKind(StrEnum):
    """What a paragraph is in its document; checks treat kinds differently."""

    HEADING = "heading"
    TEXT = "text"
    ITEM = "item"  # a list item or a bulleted line
    CAPTION = "caption"
    CELL = "cell"
    CHROME = "chrome"  # page furniture (``top of page``, share buttons): never checked
    METADATA = "metadata"  # a translatable front-matter field (title, description)


@dataclass(frozen=True)
class PlainText:
    """The readable text of a paragraph whose ``text`` holds markup, mapped back to it.

    ``pieces`` are ``(offset in text, start, end)``: the characters of ``text``
    from one piece's offset to the next piece's (or the end) stand for the
    paragraph's ``text[start:end]``. A piece of the same length on both sides
    maps character by character (text copied as is); any other piece is atomic
    (``&amp;`` read as ``&``, a run of spaces and newlines read as one space,
    ``<br>`` read as a newline). Markup that reads as nothing (tags, comments)
    lies between pieces.
    """

    text: str
    pieces: tuple[tuple[int, int, int], ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the paragraph's ``text`` of ``self.text[start:end]``; atoms stay whole."""
        if not self.pieces:
            return 0, 0
        first = self._locate(start)
        text_start = self._start_of(first, start)
        if end <= start:
            return text_start, text_start
        last = self._locate(end - 1)
        offset, piece_start, piece_end = self.pieces[last]
        if self._linear(last):
            return text_start, piece_start + end - offset
        return text_start, piece_end

    def _locate(self, offset: int) -> int:
        index = bisect_right(self.pieces, offset, key=lambda piece: piece[0]) - 1
        return min(max(index, 0), len(self.pieces) - 1)

    def _start_of(self, index: int, offset: int) -> int:
        piece_offset, piece_start, _ = self.pieces[index]
        if self._linear(index):
            return piece_start + min(max(offset - piece_offset, 0), self._length(index))
        return piece_start

    def _length(self, index: int) -> int:
        following = self.pieces[index + 1][0] if index + 1 < len(self.pieces) else len(self.text)
        return following - self.pieces[index][0]

    def _linear(self, index: int) -> bool:
        _, piece_start, piece_end = self.pieces[index]
        return piece_end - piece_start == self._length(index)


@dataclass(frozen=True)
class Link:
    """A link in a paragraph: its text ``content[text_start:text_end]`` and its target.

    Kept so that a check can compare where the two versions' links point (a
    link that still goes to the English page), which the readable text leaves out.
    """

    text_start: int
    text_end: int
    url: str


@dataclass(frozen=True)
class Paragraph:
    """One paragraph as split by translint; ``index`` is the contract's 0-based index.

    Checks read ``content`` and report spans of it through ``text_span``, which
    turns them into offsets into ``text``, the paragraph as written in the file.
    """

    index: int
    text: str
    start: int  # offset of ``text`` in the document's text
    end: int
    kind: ParagraphKind = ParagraphKind.TEXT
    level: int | None = None  # heading level where the format says (Markdown ``#``)
    content_start: int = 0  # offset in ``text`` after a bullet marker, which checks ignore
    plain: PlainText | None = None  # readable text when ``text`` holds markup (HTML, Markdown)
    links: tuple[Link, ...] = ()  # the links of ``content``, in order
    # Inline markup the format writes, as ``(start, end)`` spans of ``content`` in
    # order, kept so that a check can compare it (``markup-mismatch``): code spans
    # (Markdown backticks, HTML ``<code>``/``<kbd>``/``<samp>``) and emphasis
    # (``*``, ``**``, ``_``, ``<em>``, ``<strong>``, ``<i>``, ``<b>``). Empty for
    # formats that do not keep them (plain text, Word).
    code: tuple[tuple[int, int], ...] = ()
    emphasis: tuple[tuple[int, int], ...] = ()
    ordered: bool | None = None  # for an ITEM: in a numbered list (True) or a bulleted one

    @property
    def content(self) -> str:
        """The text the checks read: without the leading bullet marker, or without markup."""
        if self.plain is not None:
            return self.plain.text
        return self.text[self.content_start :]

    def text_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in ``text`` of ``content[start:end]``."""
        if self.plain is not None:
            return self.plain.span(start, end)
        return start + self.content_start, end + self.content_start


@dataclass(frozen=True)
class Document:
    """A decoded input file split into paragraphs."""

    path: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    format: str  # "text" | "markdown" | "html" | "docx"
    lang: str | None = None  # a code of translint.lang; None until detected or given


@dataclass(frozen=True)
class Figure:
    """A number with its meaning: what the figure checks compare.

    ``value`` is the full value with the scale applied (``198.1 billion`` is
    ``198100000000``); ``scale`` records the scale word's factor so that a
    report can say *scale differs*. ``key`` is what two figures must share to
    be the same figure (kind, value, unit, currency).
    """

    text: str
    start: int
    end: int
    value: Decimal
    kind: str  # count, percent, money, quantity, year, date, ordinal, range, identifier, version
    unit: str | None = None  # canonical unit symbol: "km", "kg", "MW", "°C", ...
    currency: str | None = None  # ISO 4217 code: "KRW", "USD", "CAD", "EUR"
    scale: int = 1  # factor of the scale word (10**9 for billion/milliard)
    written: str = "digits"  # "digits" | "words" | "mixed"
    # The separator convention the writing betrays, named by its separators, not by a
    # language: "point" (decimal point: 1,234.5, 54.1%, €45) or "comma" (decimal comma:
    # 1 234,5, 54,1 %, 45 €); None when nothing or both betray one.
    style: str | None = None
    extra: tuple[tuple[str, str], ...] = ()  # kind-specific details (e.g. range end, date parts)

    @property
    def key(self) -> tuple[object, ...]:
        return (self.kind, self.value, self.unit, self.currency, self.extra)


class EntityLabel(StrEnum):
    """One label set for both languages (spaCy's English and French schemes differ)."""

    PERSON = "PERSON"
    ORG = "ORG"
    PLACE = "PLACE"
    MISC = "MISC"
    ACRONYM = "ACRONYM"


@dataclass(frozen=True)
class Entity:
    """A named person, organisation, place or acronym found in a paragraph."""

    text: str
    start: int
    end: int
    label: EntityLabel
    key: str  # accent- and case-folded form used for matching


@dataclass(frozen=True)
class AnalysedParagraph:
    """What the analysis stage found in one paragraph."""

    paragraph: Paragraph
    figures: tuple[Figure, ...] = ()
    entities: tuple[Entity, ...] = ()


@dataclass(frozen=True)
class AnalysedDocument:
    document: Document
    paragraphs: tuple[AnalysedParagraph, ...]

    @property
    def lang(self) -> str:
        assert self.document.lang is not None
        return self.document.lang


@dataclass(frozen=True)
class AlignmentGroup:
    """Source paragraphs paired with target paragraphs; an empty side is unmatched."""

    source: tuple[int, ...]
    target: tuple[int, ...]
    score: float | None  # aligner confidence in [0, 1]; None for unmatched groups

    @property
    def matched(self) -> bool:
        return bool(self.source) and bool(self.target)


@dataclass(frozen=True)
class Move:
    """A source paragraph found elsewhere in the target: unmatched in order, matched by content."""

    source: int
    target: int
    score: float


@dataclass(frozen=True)
class Alignment:
    """The aligner's answer: groups in document order, and the moved paragraphs among
    the unmatched ones."""

    groups: tuple[AlignmentGroup, ...]
    moves: tuple[Move, ...] = ()


@dataclass(frozen=True)
class Location:
    """Where a finding points: a paragraph, and a span in it or the whole of it."""

    paragraph: int
    text: str
    start: int | None = None
    end: int | None = None
    last_paragraph: int | None = None  # for missing-section: the section's last paragraph
    # 1-based line and column in the original file of where the location starts
    # (for a Word document, line N is its N-th paragraph), set by ``check``
    # once the findings are known; not part of what a finding is.
    line: int | None = field(default=None, compare=False)
    column: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Doubt:
    """Why a content finding was reported more quietly: its group's calibrated confidence.

    ``lowered`` says whether the severity was actually lowered (an ``info``
    finding has nowhere lower to go).
    """

    confidence: float
    lowered: bool


@dataclass(frozen=True)
class Finding:
    """One thing that does not correspond, as a rule reported it.

    ``message`` is the rule's own sentence; ``args`` are the values it was
    built from, by name (``("source", "54.1%")``), for tools that want them
    without parsing the sentence. ``doubt`` is set when the aligner was unsure
    of the group the finding compares; formatters show it through
    ``reported_message``.
    """

    rule: str
    severity: Severity
    message: str
    source: Location | None
    target: Location | None
    args: tuple[tuple[str, str | int], ...] = ()
    doubt: Doubt | None = None

    @property
    def doubtful(self) -> bool:
        return self.doubt is not None

    @property
    def reported_message(self) -> str:
        """The message as every report prints it: with the alignment note when doubtful."""
        if self.doubt is None:
            return self.message
        note = f" (alignment uncertain: confidence {self.doubt.confidence:.2f}"
        note += f", reported as {self.severity.value})" if self.doubt.lowered else ")"
        return self.message + note


@dataclass(frozen=True)
class DocumentInfo:
    path: str
    lang: str
    paragraphs: int


@dataclass(frozen=True)
class Report:
    """The result of checking one pair: everything a formatter needs."""

    source: DocumentInfo
    target: DocumentInfo
    alignment: tuple[AlignmentGroup, ...]
    findings: tuple[Finding, ...]
    moves: tuple[Move, ...] = ()
    source_document: Document | None = field(default=None, compare=False, repr=False)
    target_document: Document | None = field(default=None, compare=False, repr=False)
    # Each finding's number among equal findings before a baseline took some out
    # (``translint.baseline.report_fingerprints``); None: as the findings stand.
    occurrences: tuple[int, ...] | None = field(default=None, compare=False, repr=False)

    def summary(self) -> dict[str, int]:
        counts = {s.value: 0 for s in Severity}
        for finding in self.findings:
            counts[finding.severity.value] += 1
        return counts

    def fails(self, fail_on: str = "error") -> bool:
        """Whether ``translint check --fail-on FAIL_ON`` exits with status 1 on this report:
        a finding at ``fail_on`` or worse (``never``: no report fails)."""
        return fails_at((f.severity for f in self.findings), fail_on)


def fails_at(severities: Iterable[Severity], fail_on: str) -> bool:
    """Whether findings of these severities fail a run at ``fail_on`` (error, warning,
    info or never)."""
    if fail_on == "never":
        return False
    threshold = Severity(fail_on).rank
    return any(s.rank >= threshold for s in severities)
