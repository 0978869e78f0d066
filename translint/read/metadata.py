"""Front-matter fields that readers read: the translatable metadata of a page, as paragraphs.

A page's title, description or image alt text is published text like its
body, and a translation that drops or garbles it is as wrong. Its other
fields (dates, slugs, URLs, layout, pairing keys) are not text. The fields
read by default are ``METADATA_FIELDS`` (the config key ``metadata-fields``
adds others); each becomes a paragraph of kind
``metadata``, in the order of the file, before the body, so that the
alignment pairs them like any paragraph and an unmatched one (a field
present on one side and empty or absent on the other) is reported.

A field's paragraph slices the file where its value is written (its line,
without the key and quotes) and reads the parsed value as the page shows
it, character references decoded (``&nbsp;``): a quoted YAML string with
escapes, or a folded block, is one atomic piece mapped onto its source
lines. Only top-level fields holding a string are read.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator

from translint.model import ParagraphKind, PlainText
from translint.read.draft import Draft
from translint.read.front_matter import FrontMatter

__all__ = ["METADATA_FIELDS", "metadata_drafts"]

# The translatable fields of Hugo, Jekyll and Docusaurus pages.
METADATA_FIELDS = (
    "title",
    "description",
    "summary",
    "subtitle",
    "author",
    "image-alt",
    "image_alt",
    "alt",
    "caption",
)

_QUOTES = "\"'"
_SPACES = re.compile(r"[ \t\r\n]+")


def metadata_drafts(text: str, block: FrontMatter, extra: Iterable[str] = ()) -> Iterator[Draft]:
    """One draft per translatable field of ``block`` holding text, in file order:
    ``METADATA_FIELDS`` and the ``extra`` ones a site's config names."""
    found = []
    for field in dict.fromkeys((*METADATA_FIELDS, *extra)):
        value = block.data.get(field)
        if not isinstance(value, str) or not value.strip():
            continue
        span = _value_span(text, block, field)
        if span is not None:
            found.append((span, value))
    for (start, end), value in sorted(found):
        written = text[start:end]
        # A site renders it as HTML: references decoded, line breaks and runs
        # of spaces one space (a no-break space stays what it is).
        readable = _SPACES.sub(" ", html.unescape(value)).strip()
        plain = None if written == readable else PlainText(readable, ((0, 0, end - start),))
        yield Draft(start, end, ParagraphKind.METADATA, plain=plain)


def _value_span(text: str, block: FrontMatter, field: str) -> tuple[int, int] | None:
    """Where ``field``'s value is written in the block: its line after the key, or the
    indented lines of a block scalar under it; quotes left out."""
    key = re.escape(field)
    if block.syntax == "json":
        pattern = re.compile(rf'"{key}"\s*:\s*"((?:[^"\\]|\\.)*)"')
    else:
        pattern = re.compile(rf"^{key}[ \t]*[:=][ \t]*(.*?)[ \t]*$", re.M)
    match = pattern.search(text, block.content_start, block.content_end)
    if match is None:
        return None
    start, end = match.span(1)
    written = text[start:end]
    if block.syntax != "json" and (written == "" or written[0] in "|>"):
        return _block_scalar(text, match.end(), block.content_end)
    if len(written) >= 2 and written[0] in _QUOTES and written[-1] == written[0]:
        start, end = start + 1, end - 1
    return (start, end) if end > start else None


def _block_scalar(text: str, after: int, stop: int) -> tuple[int, int] | None:
    """The indented lines after a key whose value is a block (``description: >``)."""
    lines = re.compile(r"\n([ \t]+)(\S[^\n]*)").finditer(text, after, stop)
    start = end = None
    for line in lines:
        if end is not None and line.start() != end:
            break
        if start is None:
            start = line.start(2)
        end = line.end()
    return (start, end) if start is not None and end is not None else None
