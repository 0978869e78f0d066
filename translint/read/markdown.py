"""Markdown: the blocks markdown-it-py finds, as paragraphs slicing the source.

See ``translint.read.segment`` for the paragraphs this gives. markdown-it
reports blocks by line ranges, not offsets, so this module maps its block
tokens back onto the text and decides where each paragraph's content starts
(after heading, list and blockquote markers). The readable text of each block
comes from its inline tokens (``translint.read.markdown_inline``); raw HTML
blocks go to the HTML reader (``translint.read.html``), which splits them by
element, not by line, as the page will show them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from translint.model import Paragraph, ParagraphKind
from translint.read.draft import Draft, paragraphs_of
from translint.read.front_matter import front_matter
from translint.read.html import html_drafts
from translint.read.labels import chrome_or, is_chrome
from translint.read.markdown_inline import MASK, mask_templates, render_inline
from translint.read.metadata import metadata_drafts

__all__ = ["segment_markdown"]

# Container prefixes at the start of a block's first line: blockquote markers
# and list markers, repeated ("> - ", "1. > ").
_CONTAINER_PREFIX = re.compile(r"(?:[ \t]*>[ \t]?|[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$))*")
_ATX_OPEN = re.compile(r"#{1,6}(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
_FRONT_MATTER_FENCE = re.compile(r"---[ \t]*\n")
_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_FRONT_MATTER_KEY = re.compile(r"^[\w-]+[ \t]*:", re.MULTILINE)
_BLANK = " \t\n" + MASK  # what an inline reads as nothing


def _markdown_parser() -> Any:
    """CommonMark with GFM tables, footnotes and attribute blocks.

    ``text_join`` is off so that character references and backslash escapes
    stay ``text_special`` tokens whose markup can be found in the source.
    """
    from markdown_it import MarkdownIt
    from mdit_py_plugins.attrs import attrs_block_plugin, attrs_plugin
    from mdit_py_plugins.footnote import footnote_plugin

    parser = MarkdownIt("commonmark").enable("table").disable("text_join")
    return parser.use(footnote_plugin).use(attrs_plugin).use(attrs_block_plugin)


# An inline token's children and the span of the source they were parsed from.
_Inline = tuple[Sequence[Any], int, int]


class _MarkdownSegmenter:
    """Walks markdown-it block tokens and turns their line ranges into paragraphs."""

    def __init__(self, text: str, masked: str) -> None:
        self.text = text
        self.masked = masked  # ``text`` with template tags masked: what markdown-it parsed
        self.line_starts = [0]
        self.line_starts.extend(m.end() for m in re.finditer("\n", text))
        self.drafts: list[Draft] = []
        # One entry per open container: [type, first_block_pending].
        self.stack: list[list[Any]] = []
        self.lists: list[bool] = []  # the open lists, innermost last: numbered or not
        # The cell spans of the table row being read, and the next cell's place in it.
        self.row_cells: list[tuple[int, int]] = []
        self.cell_index = 0

    def line_span(self, first: int, stop: int) -> tuple[int, int]:
        """Offsets of lines ``first``..``stop - 1`` (without the final newline)."""
        starts = self.line_starts
        first = max(0, min(first, len(starts) - 1))
        stop = max(first + 1, min(stop, len(starts)))
        end = starts[stop] - 1 if stop < len(starts) else len(self.text)
        return starts[first], end

    def add(
        self,
        start: int,
        end: int,
        kind: ParagraphKind,
        content_at: int | None = None,
        level: int | None = None,
        inline: _Inline | None = None,
    ) -> None:
        """Record ``text[start:end]`` stripped, its content starting at offset ``content_at``.

        With ``inline`` (a block's inline children and where they lie), the
        content is their readable text, kept as ``plain`` when it differs from
        the source; a block that reads as nothing is no paragraph. TEXT and
        ITEM paragraphs whose readable text is page furniture become CHROME.
        """
        piece = self.text[start:end]
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        if right <= left:
            return
        start, end = start + left, start + right
        content_start = 0 if content_at is None else max(0, content_at - start)
        if content_start >= end - start:
            content_start = 0
        source_content = self.text[start + content_start : end]
        draft = Draft(start, end, kind, content_start, level)
        if inline is not None:
            rendered = render_inline(self.text, self.masked, *inline, start)
            if rendered is None:
                return
            if rendered.links or rendered.plain.text != source_content:
                draft.plain, draft.links = rendered.plain, rendered.links
            draft.code, draft.emphasis = rendered.code, rendered.emphasis
        draft.ordered = self._ordered(draft.kind)
        if kind in (ParagraphKind.TEXT, ParagraphKind.ITEM):
            readable = draft.plain.text if draft.plain is not None else source_content
            if is_chrome(readable.strip()):
                draft.kind = ParagraphKind.CHROME
        self.drafts.append(draft)

    def after_prefix(self, start: int, end: int) -> int:
        """Offset after the container markers (``> ``, ``- ``, ``1. ``) opening a block."""
        match = _CONTAINER_PREFIX.match(self.text, start, end)
        return match.end() if match else start

    def run(self, tokens: Sequence[Any]) -> tuple[Paragraph, ...]:
        index = 0
        while index < len(tokens):
            token = tokens[index]
            if token.type == "html_block":
                # Consecutive HTML blocks (blank lines between) are one fragment of HTML.
                last = index
                while last + 1 < len(tokens) and tokens[last + 1].type == "html_block":
                    last += 1
                self._block_started()
                self._html(tokens[index : last + 1])
                index = last + 1
                continue
            self._token(token, tokens[index + 1] if index + 1 < len(tokens) else None)
            index += 1
        # Footnote definitions come last in markdown-it's stream, wherever they were written.
        self.drafts.sort(key=lambda draft: draft.start)
        return paragraphs_of(self.text, self.drafts)

    def _html(self, blocks: Sequence[Any]) -> None:
        """Raw HTML blocks, read with the HTML reader's rules, offsets into the Markdown file."""
        lines = [block.map for block in blocks if block.map is not None]
        if not lines:
            return
        start, end = self.line_span(lines[0][0], lines[-1][1])
        start = self.after_prefix(start, end)  # "- <div>": the marker is not HTML
        in_item = any(entry[0] == "list_item_open" for entry in self.stack)
        fragment = self.masked[start:end].replace(MASK, " ")
        for draft in html_drafts(fragment):
            kind = draft.kind
            if in_item and kind is ParagraphKind.TEXT:
                kind = ParagraphKind.ITEM
            self.drafts.append(
                Draft(
                    start + draft.start,
                    start + draft.end,
                    chrome_or(kind, draft.plain.text),
                    level=draft.level,
                    plain=draft.plain,
                    links=draft.links,
                    code=draft.code,
                    emphasis=draft.emphasis,
                    ordered=draft.ordered if draft.ordered is not None else self._ordered(kind),
                )
            )

    def _ordered(self, kind: ParagraphKind) -> bool | None:
        """Whether an item is in a numbered list (None for what is not an item)."""
        return self.lists[-1] if kind is ParagraphKind.ITEM and self.lists else None

    def _token(self, token: Any, inline: Any | None) -> None:
        """Take one block token; ``inline`` is the token after it (a block's inline content)."""
        kind = token.type
        if kind in ("ordered_list_open", "bullet_list_open"):
            self.lists.append(kind == "ordered_list_open")
        elif kind in ("ordered_list_close", "bullet_list_close"):
            if self.lists:
                self.lists.pop()
        elif kind in ("list_item_open", "blockquote_open"):
            self._block_started()
            self.stack.append([kind, True])
        elif kind in ("list_item_close", "blockquote_close"):
            if self.stack:
                self.stack.pop()
        elif kind == "heading_open":
            self._block_started()
            if inline is not None and inline.map is not None:
                self._heading(token, inline)
        elif kind == "paragraph_open":
            first_in_item = self._block_started()
            if token.map is not None and inline is not None:
                self._paragraph(token, inline, first_in_item)
        elif kind in ("tr_open", "th_open", "td_open"):
            self._table_token(token, inline)
        elif kind in ("fence", "code_block", "hr", "table_open"):
            self._block_started()

    def _table_token(self, token: Any, inline: Any | None) -> None:
        """A row starts (its cells are split from its line) or a cell is one paragraph."""
        if token.type == "tr_open":
            self.row_cells = self._row_cells(token.map) if token.map else []
            self.cell_index = 0
            return
        if self.cell_index < len(self.row_cells) and inline is not None and inline.content:
            start, end = self.row_cells[self.cell_index]
            self.add(start, end, ParagraphKind.CELL, inline=(inline.children or [], start, end))
        self.cell_index += 1

    def _block_started(self) -> bool:
        """Note that a block starts in the innermost container; True if it is an item's first."""
        stack = self.stack
        if stack and stack[-1][0] == "list_item_open" and stack[-1][1]:
            stack[-1][1] = False
            return True
        if stack:
            stack[-1][1] = False
        return False

    def _heading(self, token: Any, inline: Any) -> None:
        start, end = self.line_span(*inline.map)
        content_at = self.after_prefix(start, end)
        if token.markup.startswith("#"):
            closing = _ATX_CLOSE.search(self.text, content_at, end)
            if closing and closing.start() > content_at:
                end = closing.start()
            opening = _ATX_OPEN.match(self.text, content_at, end)
            if opening:
                content_at = opening.end()
        if not self.text[content_at:end].strip():
            return
        level = int(token.tag[1:]) if token.tag[1:].isdigit() else None
        children = inline.children or []
        self.add(start, end, ParagraphKind.HEADING, content_at, level, (children, content_at, end))

    def _paragraph(self, token: Any, inline: Any, first_in_item: bool) -> None:
        start, end = self.line_span(*token.map)
        in_item = any(entry[0] == "list_item_open" for entry in self.stack)
        in_container = bool(self.stack) or first_in_item
        children = inline.children or []
        if _only_images(children) and self._captions(start, end, children):
            return
        kind = ParagraphKind.ITEM if in_item else ParagraphKind.TEXT
        content_at = self.after_prefix(start, end) if in_container else None
        self.add(start, end, kind, content_at, inline=(children, start, end))

    def _captions(self, start: int, end: int, children: Sequence[Any]) -> bool:
        """Add one CAPTION per image (its alt text, else its title); False if none found."""
        spans: list[tuple[int, int]] = []
        search_from = start
        for child in children:
            if child.type != "image":
                continue
            opening = self.text.find("![", search_from, end)
            if opening < 0:
                return False
            close = _matching_bracket(self.text, opening + 1, end)
            if close < 0:
                return False
            alt_start, alt_end = opening + 2, close
            if not self.text[alt_start:alt_end].strip():
                title = str(child.attrs.get("title") or "")
                found = self.text.find(title, close, end) if title.strip() else -1
                if found < 0:
                    search_from = close + 1
                    continue
                alt_start, alt_end = found, found + len(title)
            spans.append((alt_start, alt_end))
            search_from = close + 1
        for alt_start, alt_end in spans:
            self.add(alt_start, alt_end, ParagraphKind.CAPTION)
        return bool(spans)

    def _row_cells(self, line_map: Sequence[int]) -> list[tuple[int, int]]:
        """Cell spans of a table row line, split on unescaped pipes as markdown-it does."""
        start, end = self.line_span(line_map[0], line_map[0] + 1)
        pos = self.after_prefix(start, end)
        line = self.text[pos:end]
        spans: list[tuple[int, int]] = []
        cell_start = 0
        escaped = False
        for offset, ch in enumerate(line):
            if ch == "|" and not escaped:
                spans.append((cell_start, offset))
                cell_start = offset + 1
            escaped = ch == "\\"
        spans.append((cell_start, len(line)))
        if spans and not line[spans[0][0] : spans[0][1]].strip():
            spans.pop(0)
        if spans and not line[spans[-1][0] : spans[-1][1]].strip():
            spans.pop()
        return [(pos + a, pos + b) for a, b in spans]


_AROUND_IMAGES = frozenset({"softbreak", "hardbreak", "link_open", "link_close"})


def _only_images(children: Sequence[Any]) -> bool:
    """Whether an inline holds nothing but images (and links or breaks around them)."""
    seen = False
    for child in children:
        if child.type == "image":
            seen = True
        elif child.type not in _AROUND_IMAGES and (
            child.type != "text" or child.content.strip(_BLANK)
        ):
            return False
    return seen


def _matching_bracket(text: str, opening: int, end: int) -> int:
    """Offset of the ``]`` closing the ``[`` at ``opening`` (escapes honoured), or -1."""
    depth = 0
    pos = opening
    while pos < end:
        ch = text[pos]
        if ch == "\\":
            pos += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return pos
        pos += 1
    return -1


def _without_front_matter(source: str) -> str:
    """Blank out a YAML front-matter block, keeping every line where it was."""
    if not _FRONT_MATTER_FENCE.match(source):
        return source
    closing = _FRONT_MATTER_END.search(source, 4)
    if closing is None or not _FRONT_MATTER_KEY.search(source, 4, closing.start()):
        return source
    head = re.sub(r"[^\n]", " ", source[: closing.end()])
    return head + source[closing.end() :]


def segment_markdown(text: str, metadata_fields: Iterable[str] = ()) -> tuple[Paragraph, ...]:
    """The paragraphs of a Markdown file: its front matter's translatable fields
    (``translint.read.metadata``, plus ``metadata_fields``), then its body."""
    # markdown-it counts lines on "\n" after turning "\r\n" and "\r" into "\n":
    # blank out lone "\r" (same length) so its line numbers are ours.
    source = text.replace("\r", " ")
    block = front_matter(source)
    if block is None:
        source = _without_front_matter(source)  # a malformed block is still no body
        leading: list[Draft] = []
    else:
        leading = list(metadata_drafts(text, block, metadata_fields))
        source = re.sub(r"[^\n]", " ", source[: block.end]) + source[block.end :]
    source = mask_templates(source)
    tokens = _markdown_parser().parse(source)
    segmenter = _MarkdownSegmenter(text, source)
    segmenter.drafts.extend(leading)
    return segmenter.run(tokens)
