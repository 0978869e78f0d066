"""Split a document's text into the paragraphs that findings and alignment point at.

``segment(text, fmt)`` returns paragraphs in document order, 0-based, whose
``start``/``end`` are offsets into ``text`` (``text[p.start:p.end] == p.text``).
Three formats, each split by its own module (``translint.read.text``,
``translint.read.markdown``, ``translint.read.html``); this one picks the
format and dispatches:

Plain text (``"text"``)
    Each non-blank line is a paragraph, unless the file is hard-wrapped prose
    (see ``translint.read.text``), where the blank-line-separated blocks are the
    paragraphs and keep their inner newlines. A bulleted line starts a new
    paragraph even inside a hard-wrapped block, so list items stay apart.
    Surrounding whitespace is never part of a paragraph. Kinds: a bulleted
    line (``•``, ``-``, ``*``, ``–``...) is an ITEM whose ``content`` skips the
    bullet; ``Figure 3.1. ...`` / ``Table 5.1. ...`` is a CAPTION; page
    furniture (``top of page``, ``LinkedIn``) is CHROME; headings are guessed
    (see ``translint.read.text``) because a missing section is reported as one
    finding.

Markdown (``"markdown"``)
    Parsed with markdown-it-py (CommonMark plus GFM tables and footnotes).
    Headings, paragraphs, list items, blockquote paragraphs, table cells,
    footnote definitions and stand-alone images are paragraphs; fenced and
    indented code, rules and HTML comments are not.
    A paragraph's text is the source slice of its block, markup included
    (``## Title``, ``- item``, ``**bold**``, ``[link](url)``); ``content``
    starts after the heading, list or blockquote marker of the first line.
    Each paragraph block inside a list item is an ITEM (the first one carries
    the bullet). A stand-alone image becomes a CAPTION whose text is its alt
    text (or title). Where the block holds inline markup, the paragraph also
    carries ``plain``, its rendered text (``translint.read.markdown_inline``),
    as HTML paragraphs do below, and ``links``; raw HTML blocks are split by
    the HTML reader's rules.

HTML (``"html"``)
    The main content of the page only (``translint.read.html`` says how it is
    found and what counts as chrome): headings (with their level), paragraphs,
    list items (ITEM), figure and table captions (CAPTION), table cells
    (CELL), block quotes, in source order. A paragraph's ``text`` is the source
    slice of its element, from just after the opening tag to just before the
    closing tag, inline markup and entities included (``Le <b>Québec</b> &amp;
    la Corée``), so that ``text[p.start:p.end] == p.text`` holds as for the
    other formats.

    Checks must not read markup, so an HTML paragraph also carries ``plain``, a
    ``PlainText``: its readable text (``Le Québec & la Corée``), which is what
    ``content`` returns, with a map from readable offsets back to offsets in
    ``text``. A check finds spans in ``content`` and turns them into offsets in
    ``text`` with ``paragraph.text_span(start, end)``; for the other formats,
    where ``plain`` is None, that only adds ``content_start``. A figure written
    ``54,1&nbsp;%`` is read as ``54,1\u00a0%`` and reported at the span of
    ``54,1&nbsp;%`` in the source.

DOCX is not segmented here: Word has already split the text into paragraphs,
and ``translint.read.docx`` builds them (see ``translint.read``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePath

from translint.model import Paragraph
from translint.read.html import html_drafts, looks_like_html
from translint.read.labels import chrome_or
from translint.read.markdown import segment_markdown
from translint.read.text import classify_line, segment_plain

__all__ = ["classify_line", "detect_format", "segment"]

MARKDOWN_EXTENSIONS = frozenset({".md", ".markdown"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
DOCX_EXTENSIONS = frozenset({".docx"})
FORMATS = ("text", "markdown", "html")  # what ``segment`` splits (DOCX comes split)


def detect_format(path: str | PurePath, text: str = "") -> str:
    """The format of a file: ``"markdown"``, ``"html"``, ``"docx"`` or ``"text"``.

    The extension decides (``.md``/``.markdown``, ``.html``/``.htm``/``.xhtml``,
    ``.docx``), not the content: plain-text articles often contain ``-``
    bullets or ``#`` that would make Markdown sniffing flip-flop. The one
    exception is a page saved with another extension: a text that opens with
    ``<!DOCTYPE html`` or ``<html`` (after an XML declaration or comments) is
    HTML unless the extension says Markdown.
    """
    suffix = PurePath(str(path)).suffix.lower()
    if suffix in MARKDOWN_EXTENSIONS:
        return "markdown"
    if suffix in HTML_EXTENSIONS:
        return "html"
    if suffix in DOCX_EXTENSIONS:
        return "docx"
    return "html" if looks_like_html(text) else "text"


def segment(text: str, fmt: str, metadata_fields: Iterable[str] = ()) -> tuple[Paragraph, ...]:
    """Split ``text`` (already decoded and normalised) into paragraphs; never raises on text.

    ``metadata_fields`` are front-matter fields read as text besides the defaults.
    """
    if fmt == "markdown":
        return segment_markdown(text, metadata_fields)
    if fmt == "text":
        return segment_plain(text)
    if fmt == "html":
        return _segment_html(text)
    raise ValueError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")


def _segment_html(text: str) -> tuple[Paragraph, ...]:
    """The page's drafts (``translint.read.html``) as paragraphs, chrome marked."""
    paragraphs = []
    for index, draft in enumerate(html_drafts(text)):
        kind = chrome_or(draft.kind, draft.plain.text)
        paragraphs.append(
            Paragraph(
                index=index,
                text=text[draft.start : draft.end],
                start=draft.start,
                end=draft.end,
                kind=kind,
                level=draft.level,
                plain=draft.plain,
                links=draft.links,
                code=draft.code,
                emphasis=draft.emphasis,
                ordered=draft.ordered,
            )
        )
    return tuple(paragraphs)
