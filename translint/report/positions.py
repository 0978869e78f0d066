"""Map a finding's location back to lines and columns of its file, for CI formats.

CI tools (code scanning, annotations) point at ``line:column``, while a
finding points at a paragraph and a span in it. Both are derived here from
``Document.text``, the decoded text normalised to NFC with ``\\r\\n`` and
``\\r`` turned into ``\\n``:

- Lines are 1-based and end at ``\\n`` only (other Unicode line separators are
  ordinary characters, as in most editors).
- Columns are 1-based and count *characters* (Unicode code points), not bytes
  and not UTF-16 units; SARIF output declares ``columnKind: unicodeCodePoints``.
- Because CRLF and CR were turned into one LF, lines and columns still match
  the file as an editor shows it; only raw offsets into the file's bytes
  differ (for an LF UTF-8 file without BOM, character offsets are the file's).
  A file not in NFC (decomposed accents) can have columns shifted on the lines
  after a decomposed character; translint's own offsets are in NFC.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePath
from urllib.parse import quote

from translint.model import Document, DocumentInfo, Finding, Location, Report


@dataclass(frozen=True)
class Region:
    """A span of a document as CI formats want it.

    ``end_column`` is the column *after* the last character (exclusive), as in
    SARIF; ``text`` is the document text the region covers.
    """

    start_line: int
    start_column: int
    end_line: int
    end_column: int
    text: str


@lru_cache(maxsize=16)
def _line_starts(text: str) -> tuple[int, ...]:
    """Offsets where each line starts; cached because every finding asks again."""
    starts = [0]
    position = text.find("\n")
    while position != -1:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return tuple(starts)


def position_of(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of character ``offset`` in ``text`` (``len(text)`` allowed)."""
    if not 0 <= offset <= len(text):
        raise ValueError(f"offset {offset} is outside a text of {len(text)} characters")
    starts = _line_starts(text)
    line = bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def line_column(document: Document, paragraph: int, offset: int | None) -> tuple[int, int]:
    """1-based line and column (in characters) of ``offset`` in paragraph ``paragraph``.

    ``offset`` counts characters from the paragraph's start; ``None`` means the
    paragraph's first character.
    """
    return position_of(document.text, document.paragraphs[paragraph].start + (offset or 0))


def region_of(document: Document, location: Location) -> Region:
    """Where ``location`` lies in ``document``: its span, or the whole paragraph(s).

    A location without a span covers its paragraph from its content (after a
    bullet marker, like ``Location.text``), through ``last_paragraph`` for a
    missing section.
    """
    first = document.paragraphs[location.paragraph]
    last = document.paragraphs[
        location.last_paragraph if location.last_paragraph is not None else location.paragraph
    ]
    offset = location.start if location.start is not None else first.content_start
    start = first.start + offset
    end = first.start + location.end if location.end is not None else last.end
    start_line, start_column = position_of(document.text, start)
    end_line, end_column = position_of(document.text, end)
    return Region(start_line, start_column, end_line, end_column, document.text[start:end])


def display_path(path: str) -> str:
    """The path as given, relative to the cwd when it lies under it, with forward slashes.

    CI tools resolve paths against the checkout root, where the job runs; a
    path outside the cwd stays absolute rather than growing ``../`` parts.
    """
    given = PurePath(path)
    if given.is_absolute():
        try:
            given = Path(path).resolve().relative_to(Path.cwd().resolve())
        except (ValueError, OSError):
            return given.as_posix()
    return given.as_posix()


def artifact_uri(path: str) -> str:
    """A URI reference for ``path``: relative and percent-encoded, or ``file://`` if absolute."""
    shown = display_path(path)
    if PurePath(shown).is_absolute():
        return Path(shown).as_uri()
    return quote(shown, safe="/")


@dataclass(frozen=True)
class Place:
    """One side of a finding, placed in its file; ``region`` is None without the document."""

    side: str  # "target" | "source"
    path: str
    location: Location
    region: Region | None


def places_of(report: Report, finding: Finding, insertion: bool = False) -> list[Place]:
    """The finding's sides, the target first: the translation is what the reviewer edits.

    With ``insertion``, a finding on what the translation lacks (a missing
    paragraph or section) has for its first place where the translation should
    hold it (``insertion_place``), which is in a pull request's diff when the
    source is not: annotations and concise lines point there. SARIF keeps the
    finding's own sides.
    """
    places = []
    if insertion and finding.target is None and finding.source is not None:
        inserted = insertion_place(report, finding.source.paragraph)
        if inserted is not None:
            places.append(inserted)
    sides = (
        ("target", report.target.path, report.target_document, finding.target),
        ("source", report.source.path, report.source_document, finding.source),
    )
    for side, path, document, location in sides:
        if location is not None:
            region = region_of(document, location) if document is not None else None
            places.append(Place(side, path, location, region))
    return places


def place_label(place: Place) -> str:
    """``PATH:LINE:COL`` of a place (``PATH`` alone without its document), as editors
    and terminals open it."""
    where = display_path(place.path)
    if place.region is not None:
        where += f":{place.region.start_line}:{place.region.start_column}"
    return where


def primary_place(report: Report, finding: Finding) -> Place | None:
    """Where a one-place format points a finding: the translation's side, or where the
    translation should hold what it lacks, else the source's (``places_of``)."""
    places = places_of(report, finding, insertion=True)
    return places[0] if places else None


def insertion_place(report: Report, source_paragraph: int) -> Place | None:
    """Where the translation should hold what a source paragraph has and it lacks: the
    start of the paragraph aligned with it (a figure missing there), else, for an
    unmatched paragraph, the start of the target paragraph aligned after it, else the
    end of the one aligned before it."""
    document = report.target_document
    if document is None or not document.paragraphs:
        return None
    groups = list(report.alignment)
    at = next((n for n, g in enumerate(groups) if source_paragraph in g.source), None)
    if at is None:
        return None
    after = next((g.target[0] for g in groups[at:] if g.target), None)
    if after is not None:
        paragraph = document.paragraphs[after]
        location = Location(after, "", paragraph.content_start, paragraph.content_start)
    else:
        before = next((g.target[-1] for g in reversed(groups[:at]) if g.target), None)
        if before is None:
            return None
        paragraph = document.paragraphs[before]
        end = len(paragraph.text)
        location = Location(before, "", end, end)
    return Place("target", report.target.path, location, region_of(document, location))


def renamed(report: Report, path: str, shown: str) -> Report:
    """The report with the file at ``path`` called ``shown`` (standard input's name)."""
    from dataclasses import replace

    def info(document_info: DocumentInfo) -> DocumentInfo:
        return replace(document_info, path=shown) if document_info.path == path else document_info

    def document(doc: Document | None) -> Document | None:
        return replace(doc, path=shown) if doc is not None and doc.path == path else doc

    return replace(
        report,
        source=info(report.source),
        target=info(report.target),
        source_document=document(report.source_document),
        target_document=document(report.target_document),
    )
