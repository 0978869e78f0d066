"""Words written twice in a row: the slip of a translator who rewrote a phrase.

A doubling is two equal words with nothing but white space between them in
a paragraph's readable text, so a doubling across a line break, a tag or an
emphasis marker (``le **le**``, ``le <b>le</b>``) counts, while ``le, le``
(punctuation between) does not. Words are compared case-insensitively but
with their accents (« Le le » is a doubling, « a à » is not). Numbers are
not words. Words in code spans and URLs are not prose (``translint.analysis.shielded``).
What a language writes twice on purpose (``nous nous``, ``had had``) is its
data, ``TextData.legitimate_doublings``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from translint.analysis.shielded import Shield
from translint.words import APOSTROPHES, WORD, fold


@dataclass(frozen=True)
class Doubling:
    """A word and its repetition, as offsets into a paragraph's readable text."""

    word: str  # the second occurrence, as written
    first: int  # start of the first occurrence
    start: int  # start of the second occurrence
    end: int  # end of the second occurrence


def same_word(first: str, second: str) -> bool:
    """Equal up to case and the shape of apostrophes, accents kept (« a » is not « à »)."""
    return first.translate(APOSTROPHES).casefold() == second.translate(APOSTROPHES).casefold()


# Characters that glue letters into an identifier, a path or an option
# (``pam_unix``, ``/usr/lib``, ``--with-x``, ``a=b``): not a word of prose.
IDENTIFIER_GLUE = frozenset("_/\\=@#$<>|~")


def _in_identifier(content: str, start: int, end: int) -> bool:
    """Whether the letters ``content[start:end]`` are part of an identifier or a number."""
    before, after = content[start - 1 : start], content[end : end + 1]
    return any(c in IDENTIFIER_GLUE or c.isdigit() for c in before + after) or (
        before == "-" and content[start - 2 : start - 1] in ("-", " ", "")
    )


# A letter word, white space, and the same word again, up to case: every doubling
# matches it (with apostrophes made straight), so a paragraph it does not match has
# none, and most paragraphs are ruled out by one search instead of a walk over
# their words, which made ``repeated-word`` a tenth of a big check.
MAY_DOUBLE = re.compile(
    r"(?<![^\W\d_])([^\W\d_]+(?:['-][^\W\d_]+)*)\s+\1(?![^\W\d_])", re.IGNORECASE
)


def may_double(content: str) -> bool:
    """Whether ``content`` may hold a doubling; False is certain.

    ``IGNORECASE`` compares letters one to one, while ``same_word`` casefolds
    (ß is ss): a text whose casefolding changes its length is always walked.
    """
    if len(content.casefold()) != len(content):
        return True
    return MAY_DOUBLE.search(content.translate(APOSTROPHES)) is not None


def doublings(content: str, legitimate: frozenset[str], shield: Shield) -> tuple[Doubling, ...]:
    """Every word of ``content`` that repeats the word before it, but the legitimate ones.

    ``legitimate`` holds folded words (``translint.words.fold``). In a run of
    three (``le le le``) each repetition is one doubling.
    """
    if not may_double(content):
        return ()
    found: list[Doubling] = []
    previous = None
    for match in WORD.finditer(content):
        if shield.covers(match.start(), match.end()) or _in_identifier(content, *match.span()):
            previous = None
            continue
        if (
            previous is not None
            and not content[previous.end() : match.start()].strip()
            and same_word(previous.group(), match.group())
            and fold(match.group()) not in legitimate
        ):
            found.append(Doubling(match.group(), previous.start(), match.start(), match.end()))
        previous = match
    return tuple(found)
