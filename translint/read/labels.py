"""What the readers recognise in every supported language: page furniture and labels.

Plain text, Markdown, HTML and Word paragraphs are all told apart with the
same words (``top of page`` is chrome, ``Note`` an admonition, ``Chapter 2.``
a heading number, ``Figure 3.1.`` a caption), gathered once from each
language's ``text`` data module, so that a reader never names a language.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any

from translint.lang import LANGUAGES
from translint.model import ParagraphKind

__all__ = ["chrome_or", "is_admonition", "is_caption", "is_chrome", "numbering_level"]


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
_CHROME_TRIM = re.compile(r"^[\W_]+|[\W_]+$")
_SPACES = re.compile(r"\s+")


def is_chrome(content: str) -> bool:
    """Whether a paragraph's whole content is page furniture in one of our languages."""
    if len(content) > 60:
        return False
    key = _SPACES.sub(" ", _CHROME_TRIM.sub("", content.replace("’", "'"))).casefold()
    if not key:
        return False
    return key in _CHROME_PHRASES or _CHROME_PATTERN.fullmatch(key) is not None


def chrome_or(kind: ParagraphKind, content: str) -> ParagraphKind:
    """CHROME for a TEXT or ITEM paragraph that is page furniture, else ``kind``."""
    if kind in (ParagraphKind.TEXT, ParagraphKind.ITEM) and is_chrome(content):
        return ParagraphKind.CHROME
    return kind


def is_admonition(content: str) -> bool:
    """Whether a short line is an admonition label (``Note``, ``Astuce:``), not a heading."""
    return content.rstrip(":").strip().casefold() in _ADMONITIONS


def is_caption(content: str) -> bool:
    """Whether a paragraph opens with a caption label and number (``Table 5.1.``)."""
    return _CAPTION.match(content) is not None


def numbering_level(content: str) -> int | None:
    """The depth of a heading number (``Chapter 2.`` 1, ``2.3.`` 2), or None if unnumbered."""
    match = _NUMBERED_HEADING.match(content)
    if match is None:
        return None
    if match["label"]:
        return 1
    number = match["letter"] or match["dotted"] or match["bare"]
    return number.count(".") + 1
