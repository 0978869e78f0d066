"""Word documents (``.docx``): paragraphs in document order, read with python-docx.

Word has already split the text into paragraphs, so reading is segmenting.
A ``.docx`` file has no text to point into, so translint makes one: the
Document's ``text`` holds one line per Word paragraph, in document order, the
body's paragraphs and, where a table stands, the paragraphs of its cells row
by row (nested tables in place). Empty Word paragraphs are empty lines, so
*line N* of a finding is the N-th paragraph of the Word document, and its
column the character in that paragraph. Line breaks inside a Word paragraph
(Shift+Enter) become spaces, tabs stay tabs, and the text is normalised to
NFC.

Kinds come from paragraph styles, following each style's base styles (a
custom style based on *Heading 2* is a heading): *Title* and *Heading 1*-*9*
are HEADING (Title at level 1, Heading N at level N), *Caption* is CAPTION,
styles whose name starts with *List* and paragraphs with numbering are ITEM,
and paragraphs in table cells are CELL. As in plain text, a typed bullet
(``• item``) makes an ITEM whose content skips it, and page furniture (``top
of page``) is CHROME. Page headers and footers, footnotes,
comments and text boxes are not read: like a web page's chrome, they are not
the article.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from typing import Any

from translint.errors import TranslintError
from translint.model import Paragraph, ParagraphKind
from translint.read.text import classify_line

__all__ = ["is_docx", "read_docx"]

_HEADING_STYLE = re.compile(r"heading ([1-9])", re.IGNORECASE)
_LINE_BREAKS = re.compile(r"[\r\n\v\f\x85\u2028\u2029]")
_MAX_UNCOMPRESSED = 512 * 1024 * 1024  # a larger document.xml is a zip bomb, not an article
_DOCUMENT_PART = "word/document.xml"


def is_docx(data: bytes) -> bool:
    """Whether ``data`` is a zip archive holding a Word document part (whatever its name)."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _DOCUMENT_PART in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False


def read_docx(data: bytes, path: str) -> tuple[str, tuple[Paragraph, ...]]:
    """The text (one line per Word paragraph) and the paragraphs of a ``.docx`` file.

    A file that is not a Word document, or a damaged one, is a one-line
    ``TranslintError`` naming ``path``.
    """
    document = _open(data, path)
    lines: list[str] = []
    drafts: list[tuple[int, ParagraphKind, int | None]] = []  # (line, kind, level)
    try:
        for paragraph, in_cell in _paragraphs(document):
            text = unicodedata.normalize("NFC", _LINE_BREAKS.sub(" ", paragraph.text))
            if text.strip():
                kind, level = _kind(paragraph, in_cell)
                drafts.append((len(lines), kind, level))
            lines.append(text)
    except Exception as error:  # python-docx and lxml raise many kinds on damaged parts
        raise TranslintError(f"{path}: damaged Word document ({_reason(error)})") from None
    text = "\n".join(lines)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    paragraphs = []
    for index, (number, style_kind, level) in enumerate(drafts):
        line = lines[number]
        start = offsets[number] + len(line) - len(line.lstrip())
        end = offsets[number] + len(line.rstrip())
        kind, content_start = classify_line(text, start, end, style_kind)
        paragraphs.append(Paragraph(index, text[start:end], start, end, kind, level, content_start))
    return text, tuple(paragraphs)


def _open(data: bytes, path: str) -> Any:
    """The python-docx document, after checking the archive ourselves for clear messages."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            try:
                info = archive.getinfo(_DOCUMENT_PART)
            except KeyError:
                raise TranslintError(
                    f"{path}: not a Word document (no {_DOCUMENT_PART} in the archive)"
                ) from None
            if info.file_size > _MAX_UNCOMPRESSED:
                raise TranslintError(f"{path}: Word document too large to read")
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise TranslintError(f"{path}: not a Word document (not a zip archive)") from None
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx and lxml raise many kinds on damaged parts
        raise TranslintError(f"{path}: damaged Word document ({_reason(error)})") from None


def _reason(error: BaseException) -> str:
    message = " ".join(str(error).split()) or type(error).__name__
    return message[:200]


def _paragraphs(container: Any, in_cell: bool = False) -> Iterator[tuple[Any, bool]]:
    """Word paragraphs in document order, with whether each sits in a table cell."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            seen = set()  # a merged cell is listed once per grid column it spans
            for row in block.rows:
                for cell in row.cells:
                    if cell._tc in seen:
                        continue
                    seen.add(cell._tc)
                    yield from _paragraphs(cell, in_cell=True)
        else:
            yield block, in_cell


def _kind(paragraph: Any, in_cell: bool) -> tuple[ParagraphKind, int | None]:
    """The kind (and heading level) of a Word paragraph, from its style and numbering."""
    for name in _style_names(paragraph):
        if name == "title":
            return ParagraphKind.HEADING, 1
        heading = _HEADING_STYLE.fullmatch(name)
        if heading:
            return ParagraphKind.HEADING, int(heading.group(1))
        if name == "caption":
            return ParagraphKind.CAPTION, None
    if in_cell:
        return ParagraphKind.CELL, None
    properties = paragraph._p.pPr
    numbered = properties is not None and properties.numPr is not None
    if numbered or any(name.startswith("list") for name in _style_names(paragraph)):
        return ParagraphKind.ITEM, None
    return ParagraphKind.TEXT, None


def _style_names(paragraph: Any) -> Iterator[str]:
    """The paragraph's style name and those of the styles it is based on, lower case."""
    style = paragraph.style
    depth = 0
    while style is not None and depth < 10:  # a cycle of base styles must not hang us
        yield (style.name or "").lower()
        style = style.base_style
        depth += 1
