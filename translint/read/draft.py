"""A paragraph being built by a segmenter, and the ``Paragraph`` objects drafts become.

Plain text and Markdown first find spans, then settle kinds (headings are
guessed from their neighbours), so a draft stays open to edits until the
segmenter turns the whole list into frozen paragraphs at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from translint.model import Paragraph, ParagraphKind

__all__ = ["Draft", "paragraphs_of"]


@dataclass
class Draft:
    """A paragraph being built: span, kind, and where the content starts."""

    start: int
    end: int
    kind: ParagraphKind = ParagraphKind.TEXT
    content_start: int = 0
    level: int | None = None
    single_line: bool = True


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
        )
        for i, d in enumerate(drafts)
    )
