"""A paragraph being built by a segmenter, and the ``Paragraph`` objects drafts become.

Plain text and Markdown first find spans, then settle kinds (headings are
guessed from their neighbours), so a draft stays open to edits until the
segmenter turns the whole list into frozen paragraphs at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from translint.model import Link, Paragraph, ParagraphKind, PlainText

__all__ = ["Draft", "paragraphs_of", "trimmed_links", "trimmed_pieces", "trimmed_spans"]


@dataclass
class Draft:
    """A paragraph being built: span, kind, and where the content starts."""

    start: int
    end: int
    kind: ParagraphKind = ParagraphKind.TEXT
    content_start: int = 0
    level: int | None = None
    single_line: bool = True
    plain: PlainText | None = None  # readable text when the span holds markup
    links: tuple[Link, ...] = ()
    code: tuple[tuple[int, int], ...] = ()  # code spans of the content (``Paragraph.code``)
    emphasis: tuple[tuple[int, int], ...] = ()  # emphasised spans of the content
    ordered: bool | None = None  # an item's list: numbered or bulleted


def paragraphs_of(text: str, drafts: Iterable[Draft]) -> tuple[Paragraph, ...]:
    """The paragraphs of ``drafts``, numbered in order, slicing ``text``."""
    return tuple(
        Paragraph(
            index=i,
            text=text[d.start : d.end],
            start=d.start,
            end=d.end,
            kind=d.kind,
            level=d.level,
            content_start=d.content_start,
            plain=d.plain,
            links=d.links,
            code=d.code,
            emphasis=d.emphasis,
            ordered=d.ordered,
        )
        for i, d in enumerate(drafts)
    )


def trimmed_links(links: Iterable[tuple[int, int, str]], first: int, last: int) -> tuple[Link, ...]:
    """The links overlapping readable offsets ``first``..``last``, cut to fit and
    counted from ``first``: what is left of them once a paragraph's text is trimmed."""
    return tuple(
        Link(max(a, first) - first, min(b, last) - first, url)
        for a, b, url in links
        if min(b, last) > max(a, first)
    )


def trimmed_spans(
    spans: Iterable[tuple[int, int]], first: int, last: int
) -> tuple[tuple[int, int], ...]:
    """The spans overlapping readable offsets ``first``..``last``, cut to fit, counted from
    ``first``, in order: code and emphasis spans once a paragraph's text is trimmed."""
    return tuple(
        sorted(
            (max(a, first) - first, min(b, last) - first)
            for a, b in spans
            if min(b, last) > max(a, first)
        )
    )


def trimmed_pieces(
    pieces: Sequence[tuple[int, int, int]], lead: int, stop: int, length: int
) -> tuple[list[tuple[int, int, int]], int, int]:
    """The pieces covering readable offsets ``lead``..``stop`` and the readable span they cover.

    Linear pieces are cut to fit; an atom the cut falls in is kept whole.
    """
    kept = []
    first, last = lead, stop
    for index, (offset, start, end) in enumerate(pieces):
        following = pieces[index + 1][0] if index + 1 < len(pieces) else length
        if following <= lead or offset >= stop:
            continue
        linear = end - start == following - offset
        if offset < lead:
            if linear:
                start, offset = start + lead - offset, lead
            else:
                first = offset
        if following > stop:
            if linear:
                end = start + stop - offset
            else:
                last = following
        kept.append((offset, start, end))
    return kept, first, last
