"""Front matter: the metadata block a static-site generator reads before a page's body.

Three syntaxes, as Hugo accepts them (Jekyll and Docusaurus use the first):

- YAML between ``---`` lines (the closing line may also be ``...``);
- TOML between ``+++`` lines;
- a JSON object opening the file (``{ ... }``), the body after it.

The block must open the text (after an optional byte order mark) and parse
to a mapping. Anything else (no closing fence, a parse error, a list or a
scalar instead of a mapping) is ``None``: a malformed block is the writer's
slip, and a caller pairing files or reading metadata should treat the page
as having no front matter rather than stop the run. ``front_matter`` never
raises on any text.

Offsets are character offsets into the text given, so that a caller can
point at the block (or at a field inside it) in the file as written.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import yaml

__all__ = ["FrontMatter", "front_matter"]

# An opening fence line, and the closing fences of each syntax (trailing blanks allowed).
_OPENING = re.compile(r"(?P<fence>---|\+\+\+)[ \t]*(?:\n|$)")
_CLOSING = {
    "---": re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M),
    "+++": re.compile(r"^\+\+\+[ \t]*$", re.M),
}
_SYNTAX = {"---": "yaml", "+++": "toml"}
# What a parser may raise on text it cannot read: YAML's own errors, bad dates
# (ValueError), TOML and JSON decode errors (ValueError), nesting too deep.
_PARSE_ERRORS = (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError)


@dataclass(frozen=True)
class FrontMatter:
    """A parsed front-matter block and where it sits in the text.

    ``start``/``end`` span the whole block, fences included; ``content_start``/
    ``content_end`` the text the parser read (between the fences; the object
    itself for JSON); the body runs from ``body_start`` to the end of the text.
    """

    data: Mapping[Any, Any]
    syntax: str  # "yaml", "toml" or "json"
    start: int
    end: int
    content_start: int
    content_end: int
    body_start: int


def front_matter(text: str) -> FrontMatter | None:
    """The front matter opening ``text``, or None when there is none or it is malformed."""
    start = 1 if text.startswith("\ufeff") else 0
    if text.startswith("{", start):
        return _json_block(text, start)
    opening = _OPENING.match(text, start)
    if opening is None:
        return None
    fence = opening["fence"]
    closing = _CLOSING[fence].search(text, opening.end())
    if closing is None:
        return None
    content = text[opening.end() : closing.start()]
    data = _parsed(content, _SYNTAX[fence])
    if data is None:
        return None
    end = closing.end()
    body = end + 1 if text.startswith("\n", end) else end
    return FrontMatter(
        data, _SYNTAX[fence], start, end, opening.end(), closing.start(), body_start=body
    )


def _parsed(content: str, syntax: str) -> Mapping[Any, Any] | None:
    """The mapping ``content`` holds in ``syntax``, or None if it holds none."""
    try:
        data = yaml.safe_load(content) if syntax == "yaml" else tomllib.loads(content)
    except _PARSE_ERRORS:
        return None
    if data is None:
        data = {}  # an empty block is a page with no settings, not a malformed one
    if not isinstance(data, dict):
        return None
    return MappingProxyType(data)


def _json_block(text: str, start: int) -> FrontMatter | None:
    """A JSON object opening the text, the body on the lines after it."""
    try:
        data, end = json.JSONDecoder().raw_decode(text, start)
    except _PARSE_ERRORS:
        return None
    if not isinstance(data, dict):
        return None
    line_end = text.find("\n", end)
    if text[end : line_end if line_end >= 0 else len(text)].strip():
        return None  # text after the object on its line: not a front-matter block
    body = len(text) if line_end < 0 else line_end + 1
    return FrontMatter(MappingProxyType(data), "json", start, end, start, end, body_start=body)
