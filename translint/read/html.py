"""HTML pages: the paragraphs of a page's main content, with offsets into its source.

A page saved from a CMS is mostly chrome (menus, headers, footers, share
buttons, cookie banners, scripts). This module finds the main content and
splits it into paragraph drafts; ``translint.read.segment`` turns them into
``Paragraph`` objects. Each draft keeps the source slice of its element
(markup included, as Markdown paragraphs keep theirs) and a ``PlainText``
view, the readable text the checks read, mapped back to that slice.

Why the markup is tokenised here and not by lxml or selectolax: neither
exposes where a node sits in the source (lxml gives a line number, selectolax
nothing), and every span translint reports must map back to the file. The
standard library's ``html.parser`` does give positions but takes quadratic
time on malformed markup (a megabyte of ``<a`` took minutes), and tree-sitter's
HTML grammar never returned on a page of unterminated comments. The tokeniser
below is a handful of regular expressions that never backtrack over more than
one token, so reading is linear in the size of the page; entities are decoded
by ``html.unescape``.

Tree building follows the HTML rules that matter for paragraphs, simplified:
void elements, the raw text of ``script``/``style``/``textarea``/``title``,
implied ends (a block closes an open ``p``; ``li``, ``dt``/``dd``, ``td``/``th``,
``tr`` close their open siblings), end tags matched within scope, and
elements nested deeper than ``MAX_DEPTH`` flattened into their ancestor.

Main content: the first ``<main>`` (or ``role="main"``); else the ``<article>``
with the most source; else ``<body>``; else the whole page. Inside it, these
are chrome and skipped with everything in them:

- elements ``nav``, ``aside``, ``footer``, ``form``, ``menu``, ``dialog``,
  ``script``, ``style``, ``noscript``, ``template``, ``head``, ``pre`` (code,
  as in Markdown), ``svg``, ``math``, media, embeds and form controls;
- ``header``, unless the main content is a ``main`` or ``article`` (an article's
  header holds its title and byline);
- ARIA roles ``navigation``, ``banner``, ``contentinfo``, ``complementary``,
  ``search``, ``menu``, ``menubar``, ``toolbar``, ``dialog``, ``alertdialog``;
- elements that are ``hidden``, ``aria-hidden="true"`` or ``display: none``;
- elements whose class or id has one of the words of ``CHROME_WORDS``
  (``site-header``, ``mainNav``, ``share-buttons``, ``cookie_banner``).

A ``header``, ``form`` or chrome-named element that contains the page's first
``h1`` is a wrapper (an ASP.NET page-wide form, a ``has-sidebar`` layout div),
not chrome, and is read.

Paragraphs: every run of inline content between block boundaries, in source
order. Its kind comes from the nearest enclosing ``h1``-``h6`` (HEADING, with
its level), ``li``/``dt``/``dd`` (ITEM), ``figcaption``/``caption`` (CAPTION),
``td``/``th`` (CELL), else TEXT (``p``, ``blockquote``, ``div``...). A run with no
readable text (``<p>&nbsp;</p>``, an image) is no paragraph. The readable text
decodes entities, reads ``<br>`` as a newline and any other run of spaces,
tabs and newlines as one space, and leaves out tags, comments and skipped
inline elements (``<button>``, ``<script>``, ``<img>``); image alt text is not
read. Where code elements (``code``, ``kbd``, ``samp``, ``tt``) and emphasis
(``em``, ``strong``, ``i``, ``b``) lie in the readable text is kept, as spans
of it, and an item knows whether its list is an ``ol`` or a ``ul``.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from translint.model import Link, ParagraphKind, PlainText
from translint.read.draft import trimmed_links, trimmed_pieces, trimmed_spans

__all__ = [
    "CHROME_WORDS",
    "HtmlDraft",
    "html_drafts",
    "looks_like_html",
    "meta_charset",
]

MAX_DEPTH = 128  # deeper start tags are flattened into their ancestor (bounded recursion)

# Words of a class or id that name page chrome.
CHROME_WORDS = frozenset(
    {"nav", "navbar", "navigation", "menu", "menus", "menubar", "footer", "header",
     "masthead", "share", "sharing", "sharebar", "social", "cookie", "cookies", "consent",
     "breadcrumb", "breadcrumbs", "sidebar"}
)  # fmt: skip
_CHROME_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
     "toolbar", "dialog", "alertdialog"}
)  # fmt: skip
_VOID = frozenset(
    {"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input",
     "keygen", "link", "meta", "param", "source", "track", "wbr"}
)  # fmt: skip
# Elements whose content is raw text up to their end tag.
_RAW_TEXT = frozenset(
    {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
     "plaintext"}
)  # fmt: skip
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements that end a paragraph run (the spec's block-level and "special" elements).
_BLOCKS = _HEADINGS | frozenset(
    {"address", "article", "aside", "blockquote", "body", "caption", "center", "col", "colgroup",
     "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
     "footer", "form", "frameset", "head", "header", "hgroup", "hr", "html", "legend", "li",
     "listing", "main", "menu", "nav", "ol", "optgroup", "option", "p", "plaintext", "pre",
     "search", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
     "xmp", "#document"}
)  # fmt: skip
_CLOSES_P = _BLOCKS - frozenset(
    {"body", "caption", "col", "colgroup", "frameset", "head", "html", "optgroup", "option",
     "tbody", "td", "tfoot", "th", "thead", "tr", "#document"}
)  # fmt: skip
_SKIPPED = frozenset(
    {"nav", "aside", "footer", "form", "menu", "dialog", "script", "style", "noscript",
     "template", "head", "title", "pre", "svg", "math", "iframe", "object", "embed", "canvas",
     "audio", "video", "select", "button", "textarea", "input", "frameset", "noembed",
     "noframes", "xmp", "plaintext", "map", "search"}
)  # fmt: skip
_HEAD_CONTENT = frozenset(
    {"base", "basefont", "bgsound", "link", "meta", "noscript", "script", "style", "template",
     "title", "head"}
)  # fmt: skip
# Inline elements whose content is code, and those that emphasise their content.
_CODE = frozenset({"code", "kbd", "samp", "tt"})
_EMPHASIS = frozenset({"em", "strong", "i", "b"})
_KINDS = {
    "li": ParagraphKind.ITEM,
    "dt": ParagraphKind.ITEM,
    "dd": ParagraphKind.ITEM,
    "figcaption": ParagraphKind.CAPTION,
    "caption": ParagraphKind.CAPTION,
    "td": ParagraphKind.CELL,
    "th": ParagraphKind.CELL,
} | {h: ParagraphKind.HEADING for h in _HEADINGS}

# Scopes (the elements an implied or explicit end never crosses).
_DEFAULT_SCOPE = frozenset(
    {"applet", "caption", "html", "table", "td", "th", "marquee", "object", "template",
     "#document"}
)  # fmt: skip
_BUTTON_SCOPE = _DEFAULT_SCOPE | {"button"}
_LIST_SCOPE = _BLOCKS - {"address", "div", "p", "li"}
_DEFINITION_SCOPE = _BLOCKS - {"address", "div", "p", "dd", "dt"}
_TABLE_SCOPE = frozenset({"html", "table", "template", "#document"})
_ROW_SCOPE = _TABLE_SCOPE | {"tr", "tbody", "thead", "tfoot"}
_SECTION_SCOPE = _TABLE_SCOPE

# One token of markup at a "<": comment, declaration or processing instruction,
# end tag, start tag. An unterminated comment or tag runs to the end of the page,
# as in browsers; a "<" that starts none of these is text.
_MARKUP = re.compile(
    r"<!--(?:-?>|.*?(?:--!?>|\Z))"
    r"|<[!?][^>]*>?"
    r"|</[^>]*>?"
    r"|<(?P<name>[A-Za-z][^\s/>]*)(?P<attributes>(?:[^>\"'=]+|=\s*\"[^\"]*\"|=\s*'[^']*'|[\"'=])*)>?",
    re.DOTALL,
)
_END_TAG_NAME = re.compile(r"</([A-Za-z][^\s/>]*)")
_ATTRIBUTE = re.compile(r"([^\s\"'>/=]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'=<>`]+)))?")
# In text: runs of collapsible whitespace, and character references (at most
# ten digits: ``int`` refuses numbers of thousands of digits).
_TEXT_SPECIAL = re.compile(
    r"[ \t\n\r\f]{2,}|[\t\n\r\f]"
    r"|&(?:#[0-9]{1,10};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)"
)
_CLASS_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"<\?xml[^>]*>")
_HTML_START = re.compile(r"<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"<meta\s[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE
)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` opens as an HTML page: ``<!DOCTYPE html`` or ``<html``, after an
    optional XML declaration and comments (within its first 8 KB)."""
    head = text[:8192].removeprefix("\ufeff").lstrip()
    declaration = _XML_DECLARATION.match(head)
    if declaration:
        head = head[declaration.end() :].lstrip()
    while head.startswith("<!--"):
        end = head.find("-->", 4)
        if end < 0:
            return False
        head = head[end + 3 :].lstrip()
    return _HTML_START.match(head) is not None


def meta_charset(data: bytes) -> str | None:
    """The encoding a ``<meta charset>`` (or ``http-equiv`` content type) declares in the
    first 4 KB of a page, as written; None without one."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


@dataclass(frozen=True)
class HtmlDraft:
    """A paragraph of the main content: its source span, kind and readable text."""

    start: int
    end: int
    kind: ParagraphKind
    level: int | None
    plain: PlainText
    links: tuple[Link, ...] = ()  # ``<a href>`` elements, offsets into ``plain.text``
    code: tuple[tuple[int, int], ...] = ()  # ``<code>``, ``<kbd>``… spans of ``plain.text``
    emphasis: tuple[tuple[int, int], ...] = ()  # ``<em>``, ``<strong>``… spans
    ordered: bool | None = None  # an item of an ``ol`` (True) or a ``ul`` (False)


def html_drafts(text: str) -> list[HtmlDraft]:
    """The paragraphs of the main content of the page ``text``, in source order."""
    root = _parse(text)
    main, article_root = _main_content(root)
    first_h1 = next((e.start for e in _elements(main) if e.tag == "h1"), None)
    walker = _Walker(text, allow_header=article_root, first_h1=first_h1)
    walker.read(main)
    return walker.drafts


# --------------------------------------------------------------------------
# Tree


@dataclass(slots=True, eq=False)
class _Element:
    tag: str
    start: int  # offset of the start tag's "<"
    inner_start: int  # after the start tag
    attributes: str = ""
    inner_end: int = -1  # before the end tag, or where the element was closed implicitly
    end: int = -1  # after the end tag, or where the element was closed implicitly
    children: list[_Element] = field(default_factory=list)

    def attribute(self, name: str) -> str | None:
        for match in _ATTRIBUTE.finditer(self.attributes):
            if match.group(1).lower() == name:
                value = match.group(2) or match.group(3) or match.group(4) or ""
                return html.unescape(value)
        return None


def _parse(text: str) -> _Element:
    """The element tree of ``text``; comments and declarations are ``"!"`` leaves."""
    root = _Element("#document", 0, 0, inner_end=len(text), end=len(text))
    builder = _Builder(root)
    pos = 0
    while True:
        match = _MARKUP.search(text, pos)
        if match is None:
            break
        start, end = match.span()
        pos = end
        name = match.group("name")
        if name is None:
            closing = _END_TAG_NAME.match(text, start)
            if closing is not None:
                builder.close(closing.group(1).lower(), start, end)
            else:
                builder.leaf("!", start, end)
            continue
        tag = name.lower()
        element = builder.open(tag, start, end, match.group("attributes") or "")
        if element is not None and tag in _RAW_TEXT:
            if tag == "plaintext":
                pos = len(text)
                continue
            closing_tag = re.compile(rf"</{re.escape(tag)}(?=[\s/>]|\Z)", re.IGNORECASE)
            found = closing_tag.search(text, end)
            pos = found.start() if found else len(text)
    builder.finish(len(text))
    return root


class _Builder:
    """A stack of open elements with HTML's implied ends, simplified."""

    def __init__(self, root: _Element) -> None:
        self.stack = [root]
        self.open_tags: Counter[str] = Counter()  # lets most scope searches stop at once

    def leaf(self, tag: str, start: int, end: int) -> None:
        self.stack[-1].children.append(_Element(tag, start, end, inner_end=end, end=end))

    def open(self, tag: str, start: int, end: int, attributes: str) -> _Element | None:
        """Open ``tag`` (or add it as a leaf); None when it was flattened away."""
        if tag == "body" or tag not in _HEAD_CONTENT:
            self._close_in_scope({"head"}, _DEFAULT_SCOPE, start)
        if tag in _CLOSES_P:
            self._close_in_scope({"p"}, _BUTTON_SCOPE, start)
        if tag in _HEADINGS and self.stack[-1].tag in _HEADINGS:
            self._pop_to(len(self.stack) - 1, start, start)
        elif tag == "li":
            self._close_in_scope({"li"}, _LIST_SCOPE, start)
        elif tag in ("dd", "dt"):
            self._close_in_scope({"dd", "dt"}, _DEFINITION_SCOPE, start)
        elif tag in ("td", "th"):
            self._close_in_scope({"td", "th"}, _ROW_SCOPE, start)
        elif tag == "tr":
            self._close_in_scope({"tr"}, _SECTION_SCOPE | {"tbody", "thead", "tfoot"}, start)
        elif tag in ("tbody", "thead", "tfoot"):
            self._close_in_scope({"tbody", "thead", "tfoot"}, _SECTION_SCOPE, start)
        elif tag in ("option", "optgroup") and self.stack[-1].tag == "option":
            self._pop_to(len(self.stack) - 1, start, start)
        if tag in _VOID:
            self.leaf(tag, start, end)
            return None
        if tag in ("html", "body") and self.open_tags[tag]:
            self.leaf("!", start, end)  # a second <body>: its content stays where it is
            return None
        element = _Element(tag, start, end, attributes)
        self.stack[-1].children.append(element)
        if len(self.stack) >= MAX_DEPTH:
            element.inner_end = element.end = end
            return None
        self.stack.append(element)
        self.open_tags[tag] += 1
        return element

    def close(self, tag: str, start: int, end: int) -> None:
        """An end tag: close the nearest open ``tag`` in scope, or ignore the tag."""
        if tag in ("body", "html"):
            self.leaf("!", start, end)  # content after </body> is still the body's
            return
        if tag == "p":
            scope = _BUTTON_SCOPE
        elif tag == "li":
            scope = _LIST_SCOPE
        elif tag in ("dd", "dt"):
            scope = _DEFINITION_SCOPE
        elif tag in ("td", "th", "tr", "tbody", "thead", "tfoot", "table"):
            scope = _TABLE_SCOPE
        elif tag in _BLOCKS:
            scope = _DEFAULT_SCOPE
        else:
            scope = _BLOCKS
        index = self._find({tag}, scope - {tag})
        if index is None:
            self.leaf("!", start, end)  # a stray end tag reads as nothing
            return
        self._pop_to(index + 1, start, start)
        element = self.stack.pop()
        self.open_tags[element.tag] -= 1
        element.inner_end, element.end = start, end

    def finish(self, end: int) -> None:
        self._pop_to(1, end, end)
        self.stack[0].inner_end = self.stack[0].end = end

    def _find(self, tags: set[str] | frozenset[str], scope: frozenset[str]) -> int | None:
        if not any(self.open_tags[tag] for tag in tags):
            return None
        for index in range(len(self.stack) - 1, 0, -1):
            tag = self.stack[index].tag
            if tag in tags:
                return index
            if tag in scope:
                return None
        return None

    def _close_in_scope(self, tags: set[str], scope: frozenset[str], at: int) -> None:
        index = self._find(tags, scope)
        if index is not None:
            self._pop_to(index, at, at)

    def _pop_to(self, index: int, inner_end: int, end: int) -> None:
        """Close every element from the top of the stack down to ``index`` included."""
        while len(self.stack) > max(index, 1):
            element = self.stack.pop()
            self.open_tags[element.tag] -= 1
            element.inner_end, element.end = inner_end, end


def _elements(root: _Element) -> Iterator[_Element]:
    """Every element under ``root``, in document order (no recursion)."""
    pending = list(reversed(root.children))
    while pending:
        element = pending.pop()
        yield element
        pending.extend(reversed(element.children))


def _main_content(root: _Element) -> tuple[_Element, bool]:
    """The element holding the main content, and whether it is a ``main`` or ``article``."""
    articles = []
    body = None
    for element in _elements(root):
        if element.tag == "main" or (element.attribute("role") or "").lower() == "main":
            return element, True
        if element.tag == "article":
            articles.append(element)
        elif element.tag == "body" and body is None:
            body = element
    if articles:
        return max(articles, key=lambda e: e.inner_end - e.inner_start), True
    return (body, False) if body is not None else (root, False)


# --------------------------------------------------------------------------
# Paragraphs


class _Run:
    """Inline content being gathered into one paragraph: readable text and its pieces."""

    __slots__ = ("code", "emphasis", "length", "links", "parts", "pieces", "start")

    def __init__(self, start: int) -> None:
        self.start = start  # where the run began in the source
        self.parts: list[str] = []
        self.pieces: list[tuple[int, int, int]] = []  # (readable offset, source start, end)
        self.length = 0
        self.links: list[tuple[int, int, str]] = []  # (readable start, end, href)
        self.code: list[tuple[int, int]] = []  # (readable start, end) of code elements
        self.emphasis: list[tuple[int, int]] = []  # (readable start, end) of emphasis

    def spaced(self) -> bool:
        """Whether the readable text so far ends with a space or a line break."""
        return bool(self.parts) and self.parts[-1][-1] in " \n"

    def add(self, plain: str, start: int, end: int) -> None:
        if plain:
            self.parts.append(plain)
            self.pieces.append((self.length, start, end))
            self.length += len(plain)


class _Walker:
    def __init__(self, text: str, allow_header: bool, first_h1: int | None) -> None:
        self.text = text
        self.allow_header = allow_header
        self.first_h1 = first_h1
        self.drafts: list[HtmlDraft] = []
        self.ordered: bool | None = None  # the list of the item being read, if any

    def read(self, root: _Element) -> None:
        run = self._content(root, _Run(root.inner_start), ParagraphKind.TEXT, None)
        self._flush(run, root.inner_end, ParagraphKind.TEXT, None)

    def _content(
        self, element: _Element, run: _Run, kind: ParagraphKind, level: int | None
    ) -> _Run:
        """Add ``element``'s content to ``run``; a block inside ends it and starts another."""
        cursor = element.inner_start
        for child in element.children:
            self._text(run, cursor, child.start)
            cursor = max(cursor, child.end)
            if child.tag == "!":
                continue
            if child.tag == "br":
                run.add("\n", child.start, child.end)
                continue
            chrome = self._is_chrome(child)
            if child.tag not in _BLOCKS and (chrome or child.tag in _VOID):
                continue  # an inline control or image: reads as nothing
            if child.tag not in _BLOCKS:
                run = self._inline(child, run, kind, level)
                continue
            self._flush(run, child.start, kind, level)
            if not chrome:
                self._block(element, child, kind, level)
            run = _Run(child.end)
        self._text(run, cursor, element.inner_end)
        return run

    def _inline(self, child: _Element, run: _Run, kind: ParagraphKind, level: int | None) -> _Run:
        """An inline element's content, added to ``run``; its link, code or emphasis kept."""
        before, start = run, run.length
        run = self._content(child, run, kind, level)
        if run is not before or run.length <= start:
            return run
        href = child.attribute("href") if child.tag == "a" else None
        if href is not None:
            run.links.append((start, run.length, href))
        elif child.tag in _CODE:
            run.code.append((start, run.length))
        elif child.tag in _EMPHASIS:
            run.emphasis.append((start, run.length))
        return run

    def _block(
        self, parent: _Element, child: _Element, kind: ParagraphKind, level: int | None
    ) -> None:
        """A block element read as paragraphs of its own; an ``li`` knows its list."""
        child_kind = _KINDS.get(child.tag, kind)
        child_level = int(child.tag[1]) if child.tag in _HEADINGS else level
        if child_kind is not ParagraphKind.HEADING and kind is ParagraphKind.HEADING:
            child_kind, child_level = kind, level
        outer = self.ordered
        if child.tag == "li":
            self.ordered = {"ol": True, "ul": False}.get(parent.tag)
        inner = self._content(child, _Run(child.inner_start), child_kind, child_level)
        self._flush(inner, child.inner_end, child_kind, child_level)
        self.ordered = outer

    def _text(self, run: _Run, start: int, end: int) -> None:
        """Text between tags: copied as is, but for whitespace runs and character references."""
        if start >= end:
            return
        text = self.text
        pos = start
        for match in _TEXT_SPECIAL.finditer(text, start, end):
            self._verbatim(run, pos, match.start())
            raw = match.group()
            if raw[0] == "&":
                run.add(html.unescape(raw), match.start(), match.end())
            elif not run.spaced():  # whitespace across tags collapses too
                run.add(" ", match.start(), match.end())
            pos = match.end()
        self._verbatim(run, pos, end)

    def _verbatim(self, run: _Run, start: int, end: int) -> None:
        if start < end and self.text[start] == " " and run.spaced():
            start += 1
        if start < end:
            run.add(self.text[start:end], start, end)

    def _flush(self, run: _Run, end: int, kind: ParagraphKind, level: int | None) -> None:
        """Make ``run`` (source ``run.start``..``end``) a paragraph if it has readable text."""
        plain = "".join(run.parts)
        lead = len(plain) - len(plain.lstrip())
        stop = len(plain.rstrip())
        if stop <= lead:
            return
        piece = self.text[run.start : end]
        start = run.start + len(piece) - len(piece.lstrip())
        end = run.start + len(piece.rstrip())
        pieces, first, last = trimmed_pieces(run.pieces, lead, stop, len(plain))
        relative = tuple((o - first, s - start, e - start) for o, s, e in pieces)
        links = trimmed_links(run.links, first, last)
        plain_text = PlainText(plain[first:last], relative)
        code = trimmed_spans(run.code, first, last)
        emphasis = trimmed_spans(run.emphasis, first, last)
        ordered = self.ordered if kind is ParagraphKind.ITEM else None
        self.drafts.append(
            HtmlDraft(start, end, kind, level, plain_text, links, code, emphasis, ordered)
        )

    def _is_chrome(self, element: _Element) -> bool:
        wrapper = self.first_h1 is not None and element.start <= self.first_h1 < element.end
        if self._chrome_tag(element.tag, wrapper):
            return True
        if not element.attributes.strip():
            return False
        if self._chrome_role(element) or _hidden(element):
            return True
        if wrapper:
            return False
        names = f"{element.attribute('class') or ''} {element.attribute('id') or ''}"
        words = {w.lower() for w in _CLASS_WORD.findall(names)}
        if self.allow_header:
            words.discard("header")
        return not words.isdisjoint(CHROME_WORDS)

    def _chrome_tag(self, tag: str, wrapper: bool) -> bool:
        """Chrome by its element alone; a ``form`` or ``header`` around the title is not."""
        if tag in _SKIPPED and not (tag == "form" and wrapper):
            return True
        return tag == "header" and not (self.allow_header or wrapper)

    def _chrome_role(self, element: _Element) -> bool:
        role = (element.attribute("role") or "").lower()
        return role in _CHROME_ROLES and not (role == "banner" and self.allow_header)


def _hidden(element: _Element) -> bool:
    """Whether an element is not shown: ``hidden``, ``aria-hidden`` or ``display: none``."""
    if element.attribute("hidden") is not None:
        return True
    if (element.attribute("aria-hidden") or "").lower() == "true":
        return True
    return _DISPLAY_NONE.search(element.attribute("style") or "") is not None
