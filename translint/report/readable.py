"""What the reports show of a paragraph: its readable text, and where a finding sits in it.

A finding's ``Location`` spans are offsets into ``Paragraph.text``, the
paragraph as written (``[Aaron Snow](https://…)``, ``Le <b>Québec</b>``),
because that is what an editor opens. People read the reports, so the terminal
and HTML reports show ``Paragraph.content`` instead, and need the inverse of
``Paragraph.text_span``: where a span of ``text`` falls in ``content``. The
links and emphasis of an HTML paragraph are read back from its source through
the same mapping, so that the HTML report can render them. Lines and columns
come from ``translint.report.positions``, as SARIF's do, so that every report
agrees on where a finding is.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

from translint.model import Document, Location, Paragraph, ParagraphKind, PlainText
from translint.report.positions import display_path, region_of

# Source tags rendered by the HTML report, by the tag it renders them with.
EMPHASIS = {"strong": "strong", "b": "strong", "em": "em", "i": "em"}


def readable_span(paragraph: Paragraph, start: int, end: int) -> tuple[int, int]:
    """Offsets in ``paragraph.content`` of ``paragraph.text[start:end]``.

    Markup inside the span reads as nothing; a span that starts or ends inside
    an atom (``&nbsp;``) takes the whole atom, as ``PlainText.span`` does the
    other way round.
    """
    if paragraph.plain is None:
        shift, length = paragraph.content_start, len(paragraph.content)
        return _clamp(start - shift, length), _clamp(max(end, start) - shift, length)
    first = _plain_start(paragraph.plain, start)
    return first, max(first, _plain_end(paragraph.plain, end))


def _clamp(offset: int, length: int) -> int:
    return min(max(offset, 0), length)


def _pieces(plain: PlainText) -> list[tuple[int, int, int, int]]:
    """``(offset, length, start, end)`` of each piece: ``length`` characters of the
    readable text from ``offset`` stand for ``text[start:end]``."""
    pieces = list(plain.pieces)
    return [
        (offset, following - offset, start, end)
        for (offset, start, end), following in zip(
            pieces, [p[0] for p in pieces[1:]] + [len(plain.text)], strict=True
        )
    ]


def _plain_start(plain: PlainText, at: int) -> int:
    """The first readable offset at or after source offset ``at``."""
    for offset, length, start, end in _pieces(plain):
        if end > at:
            linear = end - start == length
            return offset + (max(at, start) - start if linear else 0)
    return len(plain.text)


def _plain_end(plain: PlainText, at: int) -> int:
    """The readable offset just after the last piece that starts before source offset ``at``."""
    found = 0
    for offset, length, start, end in _pieces(plain):
        if start >= at:
            break
        linear = end - start == length
        found = offset + (min(at, end) - start if linear else length)
    return found


@dataclass(frozen=True)
class Inline:
    """A link or an emphasis of a paragraph, as offsets into its readable text."""

    start: int
    end: int
    tag: str  # what the HTML report renders it with: "a", "strong" or "em"
    href: str | None = None


def inline_markup(paragraph: Paragraph) -> tuple[Inline, ...]:
    """The links and emphasis of a paragraph, as offsets into its content.

    Links are the paragraph's own (``Paragraph.links``, which the Markdown and
    HTML readers fill); emphasis is read from the HTML inside a paragraph's
    source, mapped through its ``PlainText``. Markdown's own ``**`` is not read
    here.
    """
    found = [Inline(link.text_start, link.text_end, "a", link.url) for link in paragraph.links]
    if paragraph.plain is None or "<" not in paragraph.text:
        return tuple(found)
    parser = _InlineParser(paragraph.text)
    parser.feed(paragraph.text)
    parser.close()
    for start, end, tag, href in parser.found:
        if tag == "a":
            continue  # the reader's links say where they point
        first, last = readable_span(paragraph, start, end)
        if last > first:
            found.append(Inline(first, last, tag, href))
    return tuple(sorted(found, key=lambda inline: (inline.start, -inline.end)))


class _InlineParser(HTMLParser):
    """Collects ``(start, end, tag, href)`` of links and emphasis, as offsets into the source."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        self.open: list[tuple[str, int, str | None]] = []
        self.found: list[tuple[int, int, str, str | None]] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        shown = "a" if tag == "a" else EMPHASIS.get(tag)
        if shown is None:
            return
        href = dict(attrs).get("href") if tag == "a" else None
        if tag == "a" and not href:
            return
        source = self.get_starttag_text() or ""
        self.open.append((tag, self._offset() + len(source), href))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.open) - 1, -1, -1):
            name, start, href = self.open[depth]
            if name == tag:
                del self.open[depth:]
                shown = "a" if tag == "a" else EMPHASIS[tag]
                self.found.append((start, self._offset(), shown, href))
                return


def position(document: Document | None, location: Location) -> tuple[int, int] | None:
    """1-based line and column of where ``location`` starts, as SARIF gives them;
    None without the document (a hand-built report)."""
    if document is None:
        return None
    region = region_of(document, location)
    return region.start_line, region.start_column


def file_position(path: str, document: Document | None, location: Location) -> str:
    """``FILE:LINE:COL``, which editors' terminals open at the place; ``FILE`` alone
    without the document."""
    place = position(document, location)
    shown = display_path(path)
    return shown if place is None else f"{shown}:{place[0]}:{place[1]}"


def kind_label(kind: str) -> str | None:
    """The small label the reports put on a paragraph that is not body text, if it is one."""
    if kind == ParagraphKind.CHROME:
        return "page chrome, not checked"
    if kind == ParagraphKind.METADATA:
        return "metadata"
    return None
