"""Declared acronyms that a translation writes both ways: SNC in most paragraphs, CDS in one.

Read from what ``translint.compare.declared`` found: a source acronym whose
declared rendering and original form both appear in the target is a mix,
an error whether the pair declared it or not.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from translint.compare.declared import TOKEN, Declared, key
from translint.compare.tokens import Token
from translint.model import AnalysedDocument


@dataclass(frozen=True)
class Mixed:
    """A source acronym the target writes both as itself and as a declared rendering."""

    source: str
    rendering: str
    odd: tuple[Token, ...]  # the minority's places in the target
    usual: tuple[Token, ...]  # the majority's


def mixed(declared: Declared, target: AnalysedDocument) -> tuple[Mixed, ...]:
    """Acronyms whose declared rendering and original form both appear in the target
    (SNC in most paragraphs, CDS in one), leaving out the original form written in
    the brackets of a definition (« SNC (CDS en anglais) »)."""
    if not declared.renderings:
        return ()
    brackets = declared.target_brackets
    places = _capitalised_places(target)
    found = []
    for acronym, renderings in declared.renderings.items():
        own = [t for t in places.get(acronym, ()) if not _bracketed(t, brackets)]
        if not own:
            continue
        for rendering in renderings:
            theirs = places.get(key(rendering.acronym), []) if rendering.acronym else []
            if theirs:
                odd, usual = (own, theirs) if len(own) <= len(theirs) else (theirs, own)
                found.append(Mixed(own[0].text, rendering.acronym, tuple(odd), tuple(usual)))
    return tuple(found)


def _capitalised_places(document: AnalysedDocument) -> dict[str, list[Token]]:
    """Every capitalised word of the document by ``key``, with and without a final
    dot (T.N.-O. is looked up with it, NRCan. without), read once."""
    places: dict[str, list[Token]] = defaultdict(list)
    for analysed in document.paragraphs:
        paragraph = analysed.paragraph
        for match in TOKEN.finditer(paragraph.content):
            written = match.group()
            if not written[:1].isupper():
                continue
            for word in dict.fromkeys((written, written.rstrip("."))):
                start, end = paragraph.text_span(match.start(), match.start() + len(word))
                places[key(word)].append(Token(analysed, word, start, end))
    return places


def _bracketed(token: Token, brackets: frozenset[tuple[int, tuple[int, int]]]) -> bool:
    index = token.paragraph.paragraph.index
    return any(i == index and a <= token.start and token.end <= b for i, (a, b) in brackets)
