"""Split a document's text into the paragraphs that findings and alignment point at.

``segment(text, fmt)`` returns paragraphs in document order, 0-based, whose
``start``/``end`` are offsets into ``text`` (``text[p.start:p.end] == p.text``).
Two formats:

Plain text (``"text"``)
    Each non-blank line is a paragraph, unless the file is hard-wrapped prose
    (see ``_is_hard_wrapped``), where the blank-line-separated blocks are the
    paragraphs and keep their inner newlines. A bulleted line starts a new
    paragraph even inside a hard-wrapped block, so list items stay apart.
    Surrounding whitespace is never part of a paragraph. Kinds: a bulleted
    line (``•``, ``-``, ``*``, ``–``...) is an ITEM whose ``content`` skips the
    bullet; ``Figure 3.1. ...`` / ``Table 5.1. ...`` is a CAPTION; page
    furniture (``top of page``, ``LinkedIn``) is CHROME; headings are guessed
    (see ``_mark_headings``) because a missing section is reported as one
    finding.

Markdown (``"markdown"``)
    Parsed with markdown-it-py (CommonMark plus GFM tables). Headings, paragraphs,
    list items, blockquote paragraphs, table cells and stand-alone images are
    paragraphs; fenced and indented code, rules and HTML comments are not.
    A paragraph's text is the source slice of its block, markup included
    (``## Title``, ``- item``, ``**bold**``, ``[link](url)``); ``content``
    starts after the heading, list or blockquote marker of the first line.
    Inline markup is left in place. Each paragraph block inside a list item
    is an ITEM (the first one carries the bullet). A stand-alone image becomes
    a CAPTION whose text is its alt text (or title).

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

import importlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import PurePath
from typing import Any

from translint.lang import LANGUAGES
from translint.model import Paragraph, ParagraphKind
from translint.read.html import html_drafts, looks_like_html

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


def segment(text: str, fmt: str) -> tuple[Paragraph, ...]:
    """Split ``text`` (already decoded and normalised) into paragraphs; never raises on text."""
    if fmt == "markdown":
        return _segment_markdown(text)
    if fmt == "text":
        return _segment_plain(text)
    if fmt == "html":
        return _segment_html(text)
    raise ValueError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")


# --------------------------------------------------------------------------
# Language data gathered from every supported language (chrome, labels).


def _language_data(name: str) -> list[Any]:
    """The value of ``name`` in each language's ``text`` data module."""
    values = []
    for code in LANGUAGES:
        module = importlib.import_module(f"translint.lang.{code}.text")
        values.append(getattr(module, name))
    return values


def _union(name: str) -> frozenset[str]:
    return frozenset().union(*_language_data(name))


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_CHROME_PHRASES = frozenset(p.casefold() for p in _union("CHROME_PHRASES"))
_CHROME_ALTERNATIVES = [f"(?:{p})" for ps in _language_data("CHROME_PATTERNS") for p in ps]
_CHROME_PATTERN = re.compile(
    "|".join(_CHROME_ALTERNATIVES) if _CHROME_ALTERNATIVES else r"(?!)", re.IGNORECASE
)
_ADMONITIONS = frozenset(a.casefold() for a in _union("ADMONITION_LABELS"))
_HEADING_LABELS = _alternatives(_union("HEADING_LABELS"))
_CAPTION_LABELS = _alternatives(_union("CAPTION_LABELS"))

# ``Chapter 1.``, ``Annexe A.``, ``A.1.``, ``2.3.``, ``2.3.1 Title`` (no final dot: then a
# capital must follow, so that ``3.0 (native) packages`` is not numbered).
_NUMBERED_HEADING = re.compile(
    rf"(?:(?:{_HEADING_LABELS})\s+(?P<label>[A-Z]|[IVXLC]+|\d{{1,3}})\b[.:]?"
    r"|(?P<letter>[A-Z](?:\.\d{1,3})+)\.?"
    r"|(?P<dotted>\d{1,3}(?:\.\d{1,3})*)\."
    r"|(?P<bare>\d{1,3}(?:\.\d{1,3})+)(?=\s+[^\W\d_]))"
    r"\s+\S"
)
_CAPTION = re.compile(rf"(?:{_CAPTION_LABELS})\s+[A-Z]?\d+(?:[.\-]\d+)*(?:\s*[.:—–-](?:\s|$)|\s*$)")

# A bullet and the spaces after it (the content must follow on the same line).
_BULLET = re.compile(r"[•◦▪▫‣●○■□►▸▹➢➤∙·–*-][ \t\u00a0\u2007\u202f]+(?=\S)")
_CHROME_TRIM = re.compile(r"^[\W_]+|[\W_]+$")
_SPACES = re.compile(r"\s+")
_TERMINAL = frozenset(".!?;,…")
_CLOSERS = "\"'”’»)]}*_ \u00a0"
_OPENERS = frozenset("\"'“‘«([¿¡")


def _is_chrome(content: str) -> bool:
    """Whether a paragraph's whole content is page furniture in one of our languages."""
    if len(content) > 60:
        return False
    key = _SPACES.sub(" ", _CHROME_TRIM.sub("", content.replace("’", "'"))).casefold()
    if not key:
        return False
    return key in _CHROME_PHRASES or _CHROME_PATTERN.fullmatch(key) is not None


# --------------------------------------------------------------------------
# Plain text


@dataclass
class _Line:
    start: int  # offset of the first non-blank character
    end: int  # offset after the last non-blank character
    width: int  # length with indentation, without trailing blanks
    bullet: bool


@dataclass
class _Draft:
    """A paragraph being built: span, kind, and where the content starts."""

    start: int
    end: int
    kind: ParagraphKind = ParagraphKind.TEXT
    content_start: int = 0
    level: int | None = None
    single_line: bool = True


def _lines(text: str) -> list[_Line | None]:
    """Every line of ``text`` (split on ``\\n`` only); ``None`` for blank lines."""
    lines: list[_Line | None] = []
    pos = 0
    for raw in text.split("\n"):
        stripped_left = raw.lstrip()
        if stripped_left:
            indent = len(raw) - len(stripped_left)
            width = len(raw.rstrip())
            lines.append(
                _Line(pos + indent, pos + width, width, _BULLET.match(stripped_left) is not None)
            )
        else:
            lines.append(None)
        pos += len(raw) + 1
    return lines


def _blocks(lines: Sequence[_Line | None]) -> list[list[_Line]]:
    """Runs of consecutive non-blank lines."""
    blocks: list[list[_Line]] = []
    current: list[_Line] = []
    for line in lines:
        if line is None:
            if current:
                blocks.append(current)
                current = []
        else:
            current.append(line)
    if current:
        blocks.append(current)
    return blocks


def _is_hard_wrapped(text: str, blocks: Sequence[Sequence[_Line]]) -> bool:
    """Whether the line breaks inside blocks are wrapping, not paragraph ends.

    A *wrap point* is a line followed, in the same block, by a line that is not
    bulleted (consecutive bulleted lines are a list, not wrapping). The text is
    hard-wrapped when it has at least two wrap points and, over them:

    - the lines are narrow: 90% are at most 100 characters and their median
      width is at least 30 (short lines one after another are a list);
    - few end a sentence: at most 35% end in ``. ! ? : ;`` (one paragraph per
      line ends nearly every line so);
    - they are filled: in at least 60% of them the next line's first word would
      not have fitted on the line within its block's widest line, which is what
      wrapping guarantees and a table of contents or a list does not.

    A file of one-line paragraphs separated by blank lines has no wrap point,
    and the two readings agree on it anyway.
    """
    widths: list[int] = []
    terminal = 0
    filled = 0
    for block in blocks:
        block_width = max(line.width for line in block)
        for line, following in pairwise(block):
            if following.bullet:
                continue
            widths.append(line.width)
            first_word = text[following.start : following.end].split(None, 1)[0]
            if line.width + 1 + len(first_word) > block_width:
                filled += 1
            if text[line.end - 1] in ".!?:;":
                terminal += 1
    count = len(widths)
    if count < 2:
        return False
    ordered = sorted(widths)
    if ordered[min(count - 1, (9 * count) // 10)] > 100 or ordered[count // 2] < 30:
        return False
    return terminal <= 0.35 * count and filled >= 0.6 * count


def _segment_plain(text: str) -> tuple[Paragraph, ...]:
    lines = _lines(text)
    blocks = _blocks(lines)
    drafts: list[_Draft] = []
    if _is_hard_wrapped(text, blocks):
        for block in blocks:
            run: list[_Line] = []
            for line in block:
                if line.bullet and run:
                    drafts.append(_Draft(run[0].start, run[-1].end, single_line=len(run) == 1))
                    run = []
                run.append(line)
            drafts.append(_Draft(run[0].start, run[-1].end, single_line=len(run) == 1))
    else:
        drafts = [_Draft(line.start, line.end) for line in lines if line is not None]
    for draft in drafts:
        _classify_plain(text, draft)
    _mark_headings(text, drafts)
    return _paragraphs(text, drafts)


def classify_line(
    text: str, start: int, end: int, kind: ParagraphKind
) -> tuple[ParagraphKind, int]:
    """Kind and content start of a paragraph another reader delimited (a Word paragraph).

    A typed bullet (``• item``) makes a TEXT paragraph an ITEM whose content
    skips it; page furniture (``top of page``) in a TEXT or ITEM paragraph is
    CHROME.
    """
    content_start = 0
    bullet = _BULLET.match(text, start, end)
    if bullet and kind in (ParagraphKind.TEXT, ParagraphKind.ITEM):
        kind = ParagraphKind.ITEM
        content_start = bullet.end() - start
    return _chrome_or(kind, text[start + content_start : end]), content_start


def _chrome_or(kind: ParagraphKind, content: str) -> ParagraphKind:
    """CHROME for a TEXT or ITEM paragraph that is page furniture, else ``kind``."""
    if kind in (ParagraphKind.TEXT, ParagraphKind.ITEM) and _is_chrome(content):
        return ParagraphKind.CHROME
    return kind


def _classify_plain(text: str, draft: _Draft) -> None:
    """Bullet, chrome and caption, from the paragraph's own text (a plain draft is TEXT)."""
    draft.kind, draft.content_start = classify_line(text, draft.start, draft.end, draft.kind)
    if draft.kind is ParagraphKind.TEXT and _CAPTION.match(
        text[draft.start + draft.content_start : draft.end]
    ):
        draft.kind = ParagraphKind.CAPTION


def _numbering_level(content: str) -> int | None:
    """The depth of a heading number (``Chapter 2.`` 1, ``2.3.`` 2), or None if unnumbered."""
    match = _NUMBERED_HEADING.match(content)
    if match is None:
        return None
    if match["label"]:
        return 1
    number = match["letter"] or match["dotted"] or match["bare"]
    return number.count(".") + 1


def _heading_shape(content: str, numbered: bool) -> bool:
    """Whether a line could be a heading, by its shape alone.

    Short (at most 20 words and 150 characters; numbered: 30 and 200), with a
    letter, starting with a capital (after an opening quote) or a heading
    number, and not ending a sentence: no final ``.``, ``!``, ``?``, ``;``,
    ``,`` or ``…`` (closing quotes and brackets ignored). A final colon is
    allowed on short lines (``Safety and Environment:``) but not on longer
    ones, which introduce a list or a quote. Numbered headings may end with
    ``?``, ``!`` or an ellipsis (``2.2. New…``, FAQ sections).
    """
    words = content.split()
    if numbered:
        if len(content) > 200 or len(words) > 30:
            return False
    elif len(content) > 150 or len(words) > 20:
        return False
    if not any(ch.isalpha() for ch in content):
        return False
    first = content[0]
    if first in _OPENERS and len(content) > 1:
        first = content[1]
    if not (first.isupper() or (numbered and first.isdigit())):
        return False
    body = content.rstrip(_CLOSERS) or content
    last = body[-1]
    if numbered:
        # Menu commands ("2.2. New…") and questions are numbered headings too.
        return last not in ".;," or body.endswith("...")
    if last in _TERMINAL:
        return False
    return not (last == ":" and len(words) > 6)


def _mark_headings(text: str, drafts: list[_Draft]) -> None:
    """Guess which plain-text paragraphs are headings.

    Candidates are one-line TEXT paragraphs (in hard-wrapped text, a heading
    sits alone in its block) with a heading's shape (see ``_heading_shape``).

    - Numbered candidates (``1.1. Console basics``, ``A.1. Shared libraries``,
      ``Chapter 5. Network setup``) are headings, with the depth of the number
      as level, wherever they are.
    - A document numbers its headings when it has two numbered candidates, or
      when it opens with one. There, an unnumbered short line is a label (a
      definition term, a table header), not a heading.
    - Otherwise an unnumbered candidate is a heading when a paragraph (not
      chrome) follows it, unless it is an admonition label (``Note``,
      ``Astuce``) or sits next to another unnumbered candidate: a run of short
      lines is a list (``Quantum Computing``, ``Quantum Communication``,
      ``Quantum Sensing``).
    """
    shaped: list[bool] = []
    levels: list[int | None] = []
    for draft in drafts:
        content = text[draft.start + draft.content_start : draft.end]
        level = _numbering_level(content)
        levels.append(level)
        shaped.append(
            draft.kind is ParagraphKind.TEXT
            and draft.single_line
            and _heading_shape(content, level is not None)
        )
    numbered = [i for i, (ok, lvl) in enumerate(zip(shaped, levels, strict=True)) if ok and lvl]
    first_shaped = shaped.index(True) if True in shaped else -1
    numbered_style = len(numbered) >= 2 or numbered == [first_shaped]
    unnumbered = [ok and lvl is None for ok, lvl in zip(shaped, levels, strict=True)]
    last = len(drafts) - 1
    for i, draft in enumerate(drafts):
        if not shaped[i]:
            continue
        if levels[i] is not None:
            draft.kind = ParagraphKind.HEADING
            draft.level = levels[i]
            continue
        if i == last or drafts[i + 1].kind is ParagraphKind.CHROME:
            continue
        if numbered_style or unnumbered[i + 1] or (i > 0 and unnumbered[i - 1]):
            continue
        content = text[draft.start + draft.content_start : draft.end]
        if content.rstrip(":").strip().casefold() in _ADMONITIONS:
            continue
        draft.kind = ParagraphKind.HEADING


def _paragraphs(text: str, drafts: Iterable[_Draft]) -> tuple[Paragraph, ...]:
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


# --------------------------------------------------------------------------
# Markdown

# Container prefixes at the start of a block's first line: blockquote markers
# and list markers, repeated ("> - ", "1. > ").
_CONTAINER_PREFIX = re.compile(r"(?:[ \t]*>[ \t]?|[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$))*")
_ATX_OPEN = re.compile(r"#{1,6}(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
_FRONT_MATTER_FENCE = re.compile(r"---[ \t]*\n")
_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_FRONT_MATTER_KEY = re.compile(r"^[\w-]+[ \t]*:", re.MULTILINE)
_HTML_TAG = re.compile(r"<!--.*?(?:-->|$)|<[^>]*>?", re.DOTALL)
_WORDLIKE = re.compile(r"[^\W_]")


def _markdown_parser() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


class _MarkdownSegmenter:
    """Walks markdown-it block tokens and turns their line ranges into paragraphs."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = [0]
        self.line_starts.extend(m.end() for m in re.finditer("\n", text))
        self.drafts: list[_Draft] = []

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
        plain: str | None = None,
    ) -> None:
        """Record ``text[start:end]`` stripped, its content starting at offset ``content_at``.

        TEXT and ITEM paragraphs whose readable text (``plain``, else the
        content) is page furniture become CHROME.
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
        if kind in (ParagraphKind.TEXT, ParagraphKind.ITEM):
            readable = plain if plain is not None else self.text[start + content_start : end]
            if _is_chrome(readable.strip()):
                kind = ParagraphKind.CHROME
        self.drafts.append(_Draft(start, end, kind, content_start, level))

    def after_prefix(self, start: int, end: int) -> int:
        """Offset after the container markers (``> ``, ``- ``, ``1. ``) opening a block."""
        match = _CONTAINER_PREFIX.match(self.text, start, end)
        return match.end() if match else start

    def run(self, tokens: Sequence[Any]) -> tuple[Paragraph, ...]:
        # One entry per open container: [type, first_block_pending].
        stack: list[list[Any]] = []
        row_cells: list[tuple[int, int]] = []
        cell_index = 0
        i = 0
        while i < len(tokens):
            token = tokens[i]
            kind = token.type
            if kind in ("list_item_open", "blockquote_open"):
                self._block_started(stack)
                stack.append([kind, True])
            elif kind in ("list_item_close", "blockquote_close"):
                if stack:
                    stack.pop()
            elif kind == "heading_open":
                self._block_started(stack)
                inline = tokens[i + 1] if i + 1 < len(tokens) else None
                if inline is not None and inline.map is not None:
                    self._heading(token, inline)
            elif kind == "paragraph_open":
                first_in_item = self._block_started(stack)
                inline = tokens[i + 1] if i + 1 < len(tokens) else None
                if token.map is not None and inline is not None:
                    self._paragraph(token, inline, stack, first_in_item)
            elif kind == "tr_open":
                row_cells = self._row_cells(token.map) if token.map else []
                cell_index = 0
            elif kind in ("th_open", "td_open"):
                inline = tokens[i + 1] if i + 1 < len(tokens) else None
                if cell_index < len(row_cells) and inline is not None and inline.content:
                    start, end = row_cells[cell_index]
                    self.add(start, end, ParagraphKind.CELL)
                cell_index += 1
            elif kind == "html_block":
                self._block_started(stack)
                if token.map is not None and _WORDLIKE.search(_HTML_TAG.sub("", token.content)):
                    self.add(*self.line_span(*token.map), ParagraphKind.TEXT)
            elif kind in ("fence", "code_block", "hr", "table_open"):
                self._block_started(stack)
            i += 1
        return _paragraphs(self.text, self.drafts)

    @staticmethod
    def _block_started(stack: list[list[Any]]) -> bool:
        """Note that a block starts in the innermost container; True if it is an item's first."""
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
        self.add(start, end, ParagraphKind.HEADING, content_at, level)

    def _paragraph(
        self, token: Any, inline: Any, stack: Sequence[Sequence[Any]], first_in_item: bool
    ) -> None:
        start, end = self.line_span(*token.map)
        in_item = any(entry[0] == "list_item_open" for entry in stack)
        in_container = bool(stack) or first_in_item
        children = inline.children or []
        if _only_images(children) and self._captions(start, end, children):
            return
        kind = ParagraphKind.ITEM if in_item else ParagraphKind.TEXT
        content_at = self.after_prefix(start, end) if in_container else None
        self.add(start, end, kind, content_at, plain=_plain_text(children))

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
        elif child.type not in _AROUND_IMAGES and (child.type != "text" or child.content.strip()):
            return False
    return seen


def _plain_text(children: Sequence[Any]) -> str:
    """The readable text of an inline token: what chrome detection compares."""
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts)


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


def _segment_markdown(text: str) -> tuple[Paragraph, ...]:
    # markdown-it counts lines on "\n" after turning "\r\n" and "\r" into "\n":
    # blank out lone "\r" (same length) so its line numbers are ours.
    source = _without_front_matter(text.replace("\r", " "))
    tokens = _markdown_parser().parse(source)
    return _MarkdownSegmenter(text).run(tokens)


# --------------------------------------------------------------------------
# HTML


def _segment_html(text: str) -> tuple[Paragraph, ...]:
    paragraphs = []
    for index, draft in enumerate(html_drafts(text)):
        kind = _chrome_or(draft.kind, draft.plain.text)
        paragraphs.append(
            Paragraph(
                index=index,
                text=text[draft.start : draft.end],
                start=draft.start,
                end=draft.end,
                kind=kind,
                level=draft.level,
                plain=draft.plain,
            )
        )
    return tuple(paragraphs)
