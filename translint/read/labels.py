"""What the readers recognise in every supported language: page furniture and labels.

Plain text, Markdown, HTML and Word paragraphs are all told apart with the
same words (``top of page`` is chrome, ``Note`` an admonition, ``Chapter 2.``
a heading number, ``Figure 3.1.`` a caption), gathered from every registered
language's text data (``translint.lang``), so that a reader never names a language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from translint.lang import Language, languages
from translint.model import ParagraphKind

__all__ = ["chrome_or", "is_admonition", "is_caption", "is_chrome", "numbering_level"]

_CHROME_TRIM = re.compile(r"^[\W_]+|[\W_]+$")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class _Labels:
    """Every registered language's chrome and labels, compiled into matchers."""

    chrome_phrases: frozenset[str]
    chrome_pattern: re.Pattern[str]
    admonitions: frozenset[str]
    numbered_heading: re.Pattern[str]
    caption: re.Pattern[str]


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _labels() -> _Labels:
    return _labels_of(languages())


@lru_cache(maxsize=4)
def _labels_of(records: tuple[Language, ...]) -> _Labels:
    """The matchers for a set of languages (the registry's; a test may add one)."""
    texts = [record.text for record in records]
    chrome = [f"(?:{p})" for text in texts for p in text.chrome_patterns]
    headings = _alternatives(w for text in texts for w in text.heading_labels)
    captions = _alternatives(w for text in texts for w in text.caption_labels)
    return _Labels(
        chrome_phrases=frozenset(p.casefold() for text in texts for p in text.chrome_phrases),
        chrome_pattern=re.compile("|".join(chrome) if chrome else r"(?!)", re.IGNORECASE),
        admonitions=frozenset(a.casefold() for text in texts for a in text.admonition_labels),
        # ``Chapter 1.``, ``Annexe A.``, ``A.1.``, ``2.3.``, ``2.3.1 Title`` (no final dot:
        # then a capital must follow, so that ``3.0 (native) packages`` is not numbered).
        numbered_heading=re.compile(
            rf"(?:(?:{headings})\s+(?P<label>[A-Z]|[IVXLC]+|\d{{1,3}})\b[.:]?"
            r"|(?P<letter>[A-Z](?:\.\d{1,3})+)\.?"
            r"|(?P<dotted>\d{1,3}(?:\.\d{1,3})*)\."
            r"|(?P<bare>\d{1,3}(?:\.\d{1,3})+)(?=\s+[^\W\d_]))"
            r"\s+\S"
        ),
        caption=re.compile(rf"(?:{captions})\s+[A-Z]?\d+(?:[.\-]\d+)*(?:\s*[.:—–-](?:\s|$)|\s*$)"),
    )


def is_chrome(content: str) -> bool:
    """Whether a paragraph's whole content is page furniture in one of our languages."""
    if len(content) > 60:
        return False
    key = _SPACES.sub(" ", _CHROME_TRIM.sub("", content.replace("’", "'"))).casefold()
    if not key:
        return False
    labels = _labels()
    return key in labels.chrome_phrases or labels.chrome_pattern.fullmatch(key) is not None


def chrome_or(kind: ParagraphKind, content: str) -> ParagraphKind:
    """CHROME for a TEXT or ITEM paragraph that is page furniture, else ``kind``."""
    if kind in (ParagraphKind.TEXT, ParagraphKind.ITEM) and is_chrome(content):
        return ParagraphKind.CHROME
    return kind


def is_admonition(content: str) -> bool:
    """Whether a short line is an admonition label (``Note``, ``Astuce:``), not a heading."""
    return content.rstrip(":").strip().casefold() in _labels().admonitions


def is_caption(content: str) -> bool:
    """Whether a paragraph opens with a caption label and number (``Table 5.1.``)."""
    return _labels().caption.match(content) is not None


def numbering_level(content: str) -> int | None:
    """The depth of a heading number (``Chapter 2.`` 1, ``2.3.`` 2), or None if unnumbered."""
    match = _labels().numbered_heading.match(content)
    if match is None:
        return None
    if match["label"]:
        return 1
    number = match["letter"] or match["dotted"] or match["bare"]
    return number.count(".") + 1
