"""Markdown inline content as readable text, mapped back to the source; template tags masked.

markdown-it-py gives each block's inline content as a list of child tokens
(``text``, ``strong_open``, ``link_open``...) but no offsets. The source holds
every ``text`` child verbatim, so ``render_inline`` finds each one by searching
forward from the block's start, and turns the children into a ``PlainText``
the way the HTML reader does: text copied as is, a character reference or a
backslash escape read as one atomic piece, emphasis markers, link targets,
inline tags and footnote markers read as nothing. Link text and image alt text
are text; a link's target is kept as a ``Link``, and where code spans and
emphasis (``*``, ``**``, inline ``<code>``, ``<em>``, ``<strong>``…) lie in the
readable text as spans of it.

Template syntax is not CommonMark, so ``mask_templates`` hides it before
markdown-it sees the text: Liquid tags (``{% … %}``, ``{{ … }}``, a whole
``{% comment %}…{% endcomment %}``), Hugo shortcodes (``{{< … >}}``,
``{{% … %}}``) and kramdown attribute lists (``{: .class}``, ``{:.lead}``) are
replaced by ``MASK`` characters of equal length, newlines kept, so every
offset and line number stays the same. The mask is a private-use character,
not a space: a tag opening a line and followed by text would otherwise indent
that text into a code block. Masked characters read as nothing.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from translint.model import Link, PlainText
from translint.read.draft import trimmed_links, trimmed_pieces, trimmed_spans

__all__ = ["MASK", "Rendered", "mask_templates", "render_inline"]

MASK = "\ue000"  # stands for a masked template character (a private-use code point)
TEMPLATE_TAG = re.compile(r"\{\{|\{%")  # a Liquid or Hugo template tag opening

# Openers of template syntax and the closer each one needs.
_TEMPLATE_OPEN = re.compile(r"\{%|\{\{|\{:")
_CLOSERS = MappingProxyType({"{%": "%}", "{{": "}}", "{:": "}"})
_COMMENT_TAG = re.compile(r"\{%-?\s*comment\s*-?%\}")
_END_COMMENT = re.compile(r"\{%-?\s*endcomment\s*-?%\}")
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
_ANCHOR_OPEN = re.compile(r"""<a\s[^>]*?\bhref\s*=\s*(["'])(?P<href>.*?)\1""", re.IGNORECASE | re.S)
_ANCHOR_CLOSE = re.compile(r"</a\s*>", re.IGNORECASE)
# Inline HTML in Markdown that marks code or emphasis, as the HTML reader reads it.
_INLINE_MARKUP = re.compile(
    r"<(?P<end>/?)(?:(?P<code>code|kbd|samp|tt)|em|strong|i|b)(?:\s[^>]*)?>", re.IGNORECASE
)
_NOT_NEWLINE = re.compile(r"[^\n]")


def mask_templates(text: str) -> str:
    """``text`` with template tags and attribute lists replaced by ``MASK``, newlines kept.

    Linear: an opener without its closer further on ends the search for that
    kind of opener, and an attribute list never spans lines.
    """
    spans: list[tuple[int, int]] = []
    exhausted: set[str] = set()
    pos = 0
    while True:
        match = _TEMPLATE_OPEN.search(text, pos)
        if match is None:
            break
        opener = match.group()
        if opener in exhausted:
            pos = match.start() + 1
            continue
        end = _template_end(text, match.start(), opener)
        if end < 0:
            if opener != "{:":
                exhausted.add(opener)
            pos = match.start() + 1
            continue
        spans.append((match.start(), end))
        pos = end
    if not spans:
        return text
    parts = []
    previous = 0
    for start, end in spans:
        parts.append(text[previous:start])
        parts.append(_NOT_NEWLINE.sub(MASK, text[start:end]))
        previous = end
    parts.append(text[previous:])
    return "".join(parts)


def _template_end(text: str, start: int, opener: str) -> int:
    """Where the template syntax opening at ``start`` ends, or -1 if it does not close."""
    closer = _CLOSERS[opener]
    if opener == "{:":
        line_end = text.find("\n", start)
        close = text.find(closer, start + 2, len(text) if line_end < 0 else line_end)
        return -1 if close < 0 else close + len(closer)
    close = text.find(closer, start + 2)
    if close < 0:
        return -1
    end = close + len(closer)
    if opener == "{%" and _COMMENT_TAG.fullmatch(text, start, end):
        finish = _END_COMMENT.search(text, end)
        return finish.end() if finish else end
    return end


@dataclass(frozen=True)
class Rendered:
    """A block's readable text (pieces relative to ``origin``) and its links."""

    plain: PlainText
    links: tuple[Link, ...]
    code: tuple[tuple[int, int], ...] = ()  # code spans of ``plain.text``
    emphasis: tuple[tuple[int, int], ...] = ()  # emphasised spans of ``plain.text``


def render_inline(
    text: str, source: str, children: Sequence[Any], start: int, end: int, origin: int
) -> Rendered | None:
    """The readable text of inline ``children`` found in ``source[start:end]``, or None if empty.

    ``source`` is the masked ``text`` markdown-it parsed (same length): the
    children are found in it, and the characters read are copied from ``text``.
    Piece offsets are made relative to ``origin`` (where the paragraph's text
    starts). Leading and trailing whitespace is trimmed, as the HTML reader
    trims its paragraphs.
    """
    builder = _Builder(text, source, start, end)
    builder.children(children)
    builder.close_all()
    plain = "".join(builder.parts)
    lead = len(plain) - len(plain.lstrip())
    stop = len(plain.rstrip())
    if stop <= lead:
        return None
    pieces, first, last = trimmed_pieces(builder.pieces, lead, stop, len(plain))
    relative = tuple((o - first, s - origin, e - origin) for o, s, e in pieces)
    links = trimmed_links(builder.links, first, last)
    code = trimmed_spans(builder.code_spans, first, last)
    emphasis = trimmed_spans(builder.emphasised, first, last)
    return Rendered(PlainText(plain[first:last], relative), links, code, emphasis)


class _Builder:
    """Walks inline tokens with a cursor in the source, gathering text and pieces."""

    def __init__(self, text: str, source: str, start: int, end: int) -> None:
        self.text = text
        self.source = source
        self.cursor = start
        self.end = end
        self.parts: list[str] = []
        self.pieces: list[tuple[int, int, int]] = []
        self.length = 0
        self.links: list[tuple[int, int, str]] = []
        self.open_links: list[tuple[int, str, bool]] = []
        self.open_anchors: list[tuple[int, str]] = []  # inline HTML ``<a href>``
        self.code_spans: list[tuple[int, int]] = []
        self.emphasised: list[tuple[int, int]] = []
        # Where each open emphasis or inline tag began, by what closes it.
        self.open_marks: dict[str, list[int]] = {}

    def find(self, needle: str) -> int:
        """Where ``needle`` next occurs from the cursor within the block, or -1."""
        if not needle:
            return -1
        return self.source.find(needle, self.cursor, self.end)

    def add(self, plain: str, start: int, end: int) -> None:
        if plain:
            self.parts.append(plain)
            self.pieces.append((self.length, start, end))
            self.length += len(plain)

    def verbatim(self, start: int, end: int) -> None:
        """Copy ``source[start:end]``, leaving out masked runs and doubled spaces around them."""
        source = self.source
        pos = start
        while pos < end:
            mask = source.find(MASK, pos, end)
            stop = end if mask < 0 else mask
            if pos < stop and source[pos] == " " and self.parts and self.parts[-1][-1] in " \n":
                pos += len(source[pos:stop]) - len(source[pos:stop].lstrip(" "))
            if pos < stop:
                self.add(self.text[pos:stop], pos, stop)
            if mask < 0:
                break
            pos = mask
            while pos < end and source[pos] == MASK:
                pos += 1

    def children(self, children: Sequence[Any]) -> None:
        for child in children:
            self.child(child)

    def child(self, token: Any) -> None:
        kind = token.type
        if kind == "text":
            self.located(token.content, atomic=False)
        elif kind == "text_special":
            self.located(token.markup, atomic=True, plain=token.content)
        elif kind in ("softbreak", "hardbreak"):
            self.located("\n", atomic=False)
        elif kind == "code_inline":
            self.code(token)
        elif kind == "html_inline":
            self.located(token.content, atomic=True, plain=_html_inline_text(token.content))
            self.html_anchor(token.content)
            self.html_markup(token.content)
        elif kind in ("em_open", "strong_open"):
            self.open_marks.setdefault("emphasis", []).append(self.length)
        elif kind in ("em_close", "strong_close"):
            self.close_mark("emphasis", self.emphasised)
        elif kind == "link_open":
            self.link_open(token)
        elif kind == "link_close":
            self.link_close()
        elif kind == "image":
            self.image(token)
        elif kind == "footnote_ref":
            self.skip_footnote_ref()

    def close_mark(self, mark: str, spans: list[tuple[int, int]]) -> None:
        """End the innermost open ``mark``: its span, if it read as something, goes to ``spans``."""
        opened = self.open_marks.get(mark)
        if opened:
            start = opened.pop()
            if self.length > start:
                spans.append((start, self.length))

    def close_all(self) -> None:
        """Inline tags left open (``<b>Par : Sandra Duchesne<br>``) run to the block's end,
        as in a browser; Markdown's own emphasis always closes."""
        for mark, spans in (("code", self.code_spans), ("emphasis", self.emphasised)):
            while self.open_marks.get(mark):
                self.close_mark(mark, spans)

    def html_markup(self, tag: str) -> None:
        """An inline ``<code>`` or ``<em>`` in Markdown: a code span or emphasis, as in HTML."""
        match = _INLINE_MARKUP.fullmatch(tag.strip())
        if match is None:
            return
        mark = "code" if match["code"] else "emphasis"
        if match["end"]:
            self.close_mark(mark, self.code_spans if mark == "code" else self.emphasised)
        else:
            self.open_marks.setdefault(mark, []).append(self.length)

    def located(self, needle: str, atomic: bool, plain: str | None = None) -> None:
        """Find ``needle`` from the cursor and read it (as ``plain`` when atomic)."""
        pos = self.find(needle)
        if pos < 0:
            if not atomic:
                self.loosely_located(needle)
            return
        self.cursor = pos + len(needle)
        if not atomic:
            self.verbatim(pos, self.cursor)
        elif plain:
            self.add(plain, pos, self.cursor)

    def loosely_located(self, needle: str) -> None:
        """Read text the source writes with backslashes (``\\|`` in a table cell) or NULs."""
        if not needle:
            return
        pattern = "".join(
            r"\\?" + ("[\ufffd\x00]" if ch == "\ufffd" else re.escape(ch)) for ch in needle
        )
        match = re.compile(pattern).search(self.source, self.cursor, self.end)
        if match is None:
            return
        pos, stop = match.span()
        run = pos  # start of the characters copied as they are
        for ch in needle:
            if pos >= stop:
                break
            if self.source[pos] == ch:
                pos += 1
                continue
            width = 2 if self.source[pos + 1 : pos + 2] == ch else 1
            self.verbatim(run, pos)
            self.add(ch, pos, pos + width)
            pos += width
            run = pos
        self.verbatim(run, min(pos, stop))
        self.cursor = stop

    def code(self, token: Any) -> None:
        """A code span: its content, without the backticks."""
        opening = self.find(token.markup)
        if opening < 0:
            return
        inner = opening + len(token.markup)
        self.cursor = inner
        close = self.find(token.markup)
        if close < 0:
            return
        self.cursor = close + len(token.markup)
        start = self.length
        found = self.source.find(token.content, inner, close) if token.content else -1
        if found >= 0:
            self.verbatim(found, found + len(token.content))
        elif len(token.content) == close - inner:
            self.respaced(token.content, inner)
        elif token.content:
            self.add(token.content, inner, close)
        if self.length > start:
            self.code_spans.append((start, self.length))

    def respaced(self, content: str, start: int) -> None:
        """``content`` read from ``source[start:]`` where it differs only by line ends
        read as spaces (a code span over two lines): each changed character is a
        piece of its own, so that every other piece is text copied as is."""
        run = 0
        for k, char in enumerate(content):
            if char != self.source[start + k]:
                if run < k:
                    self.add(content[run:k], start + run, start + k)
                self.add(char, start + k, start + k + 1)
                run = k + 1
        if run < len(content):
            self.add(content[run:], start + run, start + len(content))

    def link_open(self, token: Any) -> None:
        auto = token.markup == "autolink" or token.info == "auto"
        if not auto:
            bracket = self.find("[")
            if bracket >= 0:
                self.cursor = bracket + 1
        self.open_links.append((self.length, str(token.attrs.get("href") or ""), auto))

    def html_anchor(self, tag: str) -> None:
        """An inline ``<a href>`` … ``</a>`` in Markdown is a link like ``[…](…)``."""
        opening = _ANCHOR_OPEN.match(tag)
        if opening:
            self.open_anchors.append((self.length, html.unescape(opening["href"])))
        elif _ANCHOR_CLOSE.match(tag) and self.open_anchors:
            start, url = self.open_anchors.pop()
            if self.length > start:
                self.links.append((start, self.length, url))

    def link_close(self) -> None:
        if not self.open_links:
            return
        start, url, auto = self.open_links.pop()
        if auto:
            closing = self.find(">")
            if closing >= 0:
                self.cursor = closing + 1
        else:
            written = self.skip_target()
            if TEMPLATE_TAG.search(written):
                # The parser saw the tag masked (and normalised it); keep it as written:
                # ``{{ "/path" | prepend: … }}``, ``mailto:{{ site.emails.x }}``.
                url = written
        if self.length > start:
            self.links.append((start, self.length, url))

    def image(self, token: Any) -> None:
        """An inline image reads as its alt text; its URL and title are skipped."""
        opening = self.find("![")
        if opening < 0:
            return
        self.cursor = opening + 2
        self.children(token.children or [])
        self.skip_target()

    def skip_target(self) -> str:
        """Move past ``](target "title")``, ``][ref]`` or ``]`` closing a link's text;
        the target between the parentheses as written, or "" for the other forms."""
        bracket = self.find("]")
        if bracket < 0:
            return ""
        pos = bracket + 1
        source = self.source
        written = ""
        if pos < self.end and source[pos] == "(":
            opening = pos
            pos = _after_parenthesis(source, pos, self.end)
            written = self.text[opening + 1 : pos - 1].strip() if pos > opening + 1 else ""
        elif pos < self.end and source[pos] == "[":
            close = source.find("]", pos, self.end)
            pos = close + 1 if close >= 0 else pos
        self.cursor = pos
        return written

    def skip_footnote_ref(self) -> None:
        opening = self.find("[^")
        if opening < 0:
            return
        self.cursor = opening + 2
        close = self.find("]")
        if close >= 0:
            self.cursor = close + 1


def _html_inline_text(tag: str) -> str:
    """What an inline tag reads as: a line break for ``<br>``, else nothing."""
    return "\n" if _LINE_BREAK_TAG.fullmatch(tag) else ""


def _after_parenthesis(source: str, opening: int, end: int) -> int:
    """The offset after the ``)`` matching the ``(`` at ``opening`` (escapes, ``<…>`` and
    quoted titles honoured), or ``opening + 1`` if it does not close before ``end``."""
    depth = 0
    quote = ""
    pos = opening
    while pos < end:
        ch = source[pos]
        if ch == "\\":
            pos += 2
            continue
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'" and source[pos - 1] in " \t\n":
            quote = ch
        elif ch == "<" and source[pos - 1] == "(":
            close = source.find(">", pos, end)
            pos = close if close >= 0 else pos
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return pos + 1
        pos += 1
    return opening + 1
