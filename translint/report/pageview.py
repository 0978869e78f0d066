"""A report laid out for the HTML page: its rows, the findings touching each row and
paragraph, and each paragraph's text with the spans to highlight.

The page (``translint.report.html``) and its alignment picture
(``translint.report.picture``) both draw from one ``PairView``, so that a
block of the picture and a row of the page always agree on what a paragraph is
and which findings touch it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from translint.baseline import report_fingerprints
from translint.model import AlignmentGroup, Finding, Location, ParagraphKind, Report, Severity
from translint.report.readable import Inline, inline_markup, readable_span

SIDES = ("source", "target")


def worst(severities: Iterable[Severity]) -> Severity | None:
    return max(severities, key=lambda s: s.rank, default=None)


@dataclass(frozen=True)
class Mark:
    """A span to highlight in one paragraph; offsets into the text shown."""

    start: int
    end: int
    finding: str  # the finding's element id
    severity: Severity
    title: str


@dataclass
class _Shown:
    """A paragraph as the page shows it: its text, or what the findings tell of it."""

    text: str | None
    kind: str = ParagraphKind.TEXT  # a ``ParagraphKind``, or a kind this module predates
    marks: list[Mark] = field(default_factory=list)
    inline: tuple[Inline, ...] = ()  # links and emphasis, as offsets into ``text``
    partial: bool = False  # no document: only the flagged words are known


class PairView:
    """One report laid out for the page: rows, the findings touching each, highlights."""

    def __init__(self, report: Report, prefix: str, scope: str = "") -> None:
        self.report = report
        self.prefix = prefix
        self.ids = [f"{prefix}f{n}" for n in range(1, len(report.findings) + 1)]
        self.entries = [f"{prefix}l{n}" for n in range(1, len(report.findings) + 1)]  # in the list
        # As ``--write-baseline`` prints them, so that the page's export is a baseline.
        self.prints = report_fingerprints(report, scope)
        self.documents = {"source": report.source_document, "target": report.target_document}
        self.rows: list[AlignmentGroup] = list(report.alignment)
        self._add_rows_for_strays()
        self.row_of: dict[tuple[str, int], int] = {}
        for number, group in enumerate(self.rows):
            for side in SIDES:
                for index in getattr(group, side):
                    self.row_of.setdefault((side, index), number)
        self.home: list[int | None] = []
        self.touching: dict[int, list[int]] = defaultdict(list)
        # What each paragraph shows of the findings, in finding order.
        self.located: dict[tuple[str, int], list[tuple[Location, int]]] = defaultdict(list)
        for n, finding in enumerate(report.findings):
            keys = keys_of(finding)  # every one has a row: _add_rows_for_strays made it
            rows = [self.row_of[key] for key in keys]
            self.home.append(rows[0] if rows else None)
            for row in dict.fromkeys(rows):
                self.touching[row].append(n)
            for side, index in keys:
                location = getattr(finding, side)
                assert location is not None
                self.located[(side, index)].append((location, n))
        self._laid_out: dict[tuple[str, int], _Shown] = {}
        self.moves_from = {m.source: m for m in report.moves}
        self.moves_to = {m.target: m for m in report.moves}

    def _add_rows_for_strays(self) -> None:
        """Unmatched rows for paragraphs the alignment does not list (hand-built reports)."""
        listed = {(side, i) for g in self.rows for side in SIDES for i in getattr(g, side)}
        wanted: set[tuple[str, int]] = set()
        for side in SIDES:
            document = self.documents[side]
            if document is not None:
                wanted.update((side, p.index) for p in document.paragraphs)
        for finding in self.report.findings:
            wanted.update(keys_of(finding))
        for side, index in sorted(wanted - listed):
            self.rows.append(
                AlignmentGroup((index,), (), None)
                if side == "source"
                else AlignmentGroup((), (index,), None)
            )

    def shown(self, side: str, index: int) -> _Shown:
        """The paragraph as the page shows it, laid out once: the picture weighs it and
        its row prints it."""
        key = (side, index)
        if key not in self._laid_out:
            self._laid_out[key] = self._lay_out(side, index)
        return self._laid_out[key]

    def _lay_out(self, side: str, index: int) -> _Shown:
        document = self.documents[side]
        located = self.located.get((side, index), [])
        if document is not None and 0 <= index < len(document.paragraphs):
            paragraph = document.paragraphs[index]
            content = paragraph.content
            shown = _Shown(content, paragraph.kind, inline=inline_markup(paragraph))
            for location, n in located:
                if location.start is None or location.paragraph != index:
                    start, end = 0, len(content)
                else:
                    start, end = readable_span(paragraph, location.start, end_of(location))
                shown.marks.append(self._mark(start, end, n))
            return shown
        return self._shown_without_document(located)

    def _shown_without_document(self, located: list[tuple[Location, int]]) -> _Shown:
        """Whole-paragraph findings carry the paragraph's text; spans are placed in it."""
        text = next((loc.text for loc, _ in located if loc.start is None), "")
        shown = _Shown(text or None, partial=True)
        for location, n in located:
            if location.start is None:
                shown.marks.append(self._mark(0, len(text), n))
                continue
            at = text.find(location.text) if location.text else -1
            if at < 0:
                text = f"{text} … {location.text}" if text else location.text
                at = len(text) - len(location.text)
            shown.marks.append(self._mark(at, at + len(location.text), n))
        shown.text = text or None
        return shown

    def _mark(self, start: int, end: int, n: int) -> Mark:
        finding = self.report.findings[n]
        title = f"{finding.severity.value} {finding.rule}: {finding.reported_message}"
        return Mark(start, end, self.ids[n], finding.severity, title)


def keys_of(finding: Finding) -> list[tuple[str, int]]:
    """The (side, paragraph) pairs a finding points at, source first."""
    keys = []
    for side in SIDES:
        location = getattr(finding, side)
        if location is not None:
            keys.extend((side, index) for index in paragraphs_of(location))
    return keys


def paragraphs_of(location: Location) -> range:
    last = location.last_paragraph if location.last_paragraph is not None else location.paragraph
    return range(location.paragraph, max(last, location.paragraph) + 1)


def end_of(location: Location) -> int:
    start = location.start or 0
    return location.end if location.end is not None else start + len(location.text)
