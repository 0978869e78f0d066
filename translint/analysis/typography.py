"""Spacing slips against a typographic convention (``translint.lang.Typography``).

A convention says which spaces may stand on one side of a mark (before a
French ``:``, after a ``«``) and between a number and its unit. A *slip* is
a place where the text writes something else, of one of three kinds:

- ``missing``: no space where the convention wants one (``Note: voir``);
- ``breaking``: an ordinary (breaking) space where it wants a no-break one,
  so a line may start with the ``:`` or the ``%``;
- ``unwanted``: a space where it wants none (Canadian French ``oui ;``).

Only marks used as punctuation are read: a mark followed by a letter or a
digit is something else (``17:30``, ``3:1``, ``a;b``, ``?id=3``), as is a
mark after a symbol (``$?``, the second mark of ``?!``) and a mark at the
edge of the paragraph, with nothing to space it from. Code spans and URLs
are skipped (``translint.analysis.shielded``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import PurePath

from translint.analysis.shielded import Shield
from translint.lang import Spacing, Typography

MISSING, BREAKING, UNWANTED = "missing", "breaking", "unwanted"
SPACE_RUN = re.compile(r"[^\S\n]*")  # spaces of any kind, on one line
# After a punctuation mark: what shows it is punctuation, not part of a token.
CLOSING = " \t\n\u00a0\u202f\u2009)]}»\"”’'*_…."
# Before a punctuation mark's space: what ends a word or a phrase. A mark after
# anything else (``$?``, ``« ? »``, ``?!``'s second mark) is not spaced from a word.
AFTER_WORD = ")]}»\"”’'%…."
# How many more marks a text must space as another convention does than as
# the default for ``auto`` to take that convention.
EVIDENCE = 2


@dataclass(frozen=True)
class Slip:
    """One place that breaks the convention; offsets into the paragraph's readable text.

    ``start``/``end`` cover the spaces written (empty for a missing space) and
    the mark, so that a report shows both.
    """

    kind: str  # MISSING, BREAKING or UNWANTED
    mark: str  # the punctuation mark, or the unit symbol
    start: int
    end: int


@dataclass(frozen=True)
class Spaced:
    """A place where the convention has a say: a mark (or unit) and the spaces written beside it."""

    mark: str
    written: str  # the spaces written on the convention's side of the mark ("" for none)
    accepted: tuple[str, ...]  # what the convention accepts there ("" for none)
    start: int  # offsets into the readable text, covering the spaces and the mark
    end: int

    @property
    def slip(self) -> Slip | None:
        """The slip this place is, or None if it follows the convention."""
        if self.written in self.accepted:
            return None
        return Slip(_kind(self.written, self.accepted), self.mark, self.start, self.end)


def places(content: str, convention: Typography, shield: Shield) -> tuple[Spaced, ...]:
    """Every place of ``content`` where ``convention`` says how to space, in order."""
    found = [*_mark_places(content, convention.marks, shield)]
    found += _unit_places(content, convention, shield)
    return tuple(sorted(found, key=lambda place: place.start))


def slips(content: str, convention: Typography, shield: Shield) -> tuple[Slip, ...]:
    """Every place of ``content`` where ``convention``'s spacing is not followed, in order."""
    return tuple(p.slip for p in places(content, convention, shield) if p.slip is not None)


def _mark_places(content: str, marks: tuple[Spacing, ...], shield: Shield) -> Iterator[Spaced]:
    by_mark = {spacing.mark: spacing for spacing in marks}
    for at, char in enumerate(content):
        spacing = by_mark.get(char)
        if spacing is None or shield.covers(at, at + 1):
            continue
        if spacing.side == "before":
            place = _before(content, at, spacing, by_mark)
        else:
            place = _after(content, at, spacing)
        if place is not None:
            yield place


def _before(content: str, at: int, spacing: Spacing, marks: dict[str, Spacing]) -> Spaced | None:
    """The spaces before the mark at ``at``, or None if it is not punctuation."""
    following = content[at + 1 : at + 2]
    if following and following not in CLOSING and following not in marks:
        return None  # 17:30, a;b, ?q=: not punctuation
    start = at
    while start > 0 and content[start - 1] in " \t\u00a0\u202f\u2009":
        start -= 1
    before = content[start - 1 : start]
    if not before or not (before.isalnum() or before in AFTER_WORD):
        return None  # nothing to space from (``« ? »``), or a symbol's mark (``$?``)
    return Spaced(spacing.mark, content[start:at], spacing.spaces, start, at + 1)


def _after(content: str, at: int, spacing: Spacing) -> Spaced | None:
    """The spaces after the mark at ``at`` (an opening quote), or None at a line's end."""
    end = SPACE_RUN.match(content, at + 1)
    assert end is not None
    if end.end() >= len(content) or content[end.end()] == "\n":
        return None
    return Spaced(spacing.mark, content[at + 1 : end.end()], spacing.spaces, at, end.end())


def _kind(written: str, accepted: tuple[str, ...]) -> str:
    if not written:
        return MISSING
    if "" in accepted:
        return UNWANTED
    return BREAKING


def _unit_places(content: str, convention: Typography, shield: Shield) -> Iterator[Spaced]:
    if not convention.units:
        return
    for match in _unit_pattern(convention.units).finditer(content):
        start, end = match.start(1), match.end()
        if not shield.covers(start, end):
            yield Spaced(match.group(2), match.group(1), convention.unit_spaces, start, end)


@cache
def _unit_pattern(units: tuple[str, ...]) -> re.Pattern[str]:
    """A unit after a number that is a word of its own (not ``mp3``), not a word's start."""
    symbols = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    number = r"(?<![\w.,$€£])\d+(?:[.,\u00a0\u202f ]\d+)*"
    return re.compile(rf"{number}([ \u00a0\u202f\u2009]?)({symbols})(?![\w'’])")


def convention_for(
    path: str, content: Iterable[str], conventions: tuple[Typography, ...]
) -> Typography | None:
    """The convention a text follows: its file's region tag, else its own majority, else the first.

    A tag anywhere in the path (``post.fr-CA.md``, ``fr_ca/post.md``) names
    the convention. Without one, the convention whose spacing the text's
    marks follow most often (spaced or not; the conventions differ on ``;``,
    ``!``, ``?``) is the one its writer chose, if it leads the first
    convention, the language's default, by ``EVIDENCE`` marks; else the
    default. One mark is no habit: the text's only ``;`` written against its
    convention would otherwise make that the convention.
    """
    if not conventions:
        return None
    parts = re.split(r"[/\\.]", PurePath(path).as_posix().casefold().replace("_", "-"))
    for convention in conventions:
        if any(tag in parts for tag in convention.tags):
            return convention
    text = "\n".join(content)
    # The marks on which the conventions differ tell them apart.
    spacings = {(s.mark, s.side, s.spaces) for c in conventions for s in c.marks}
    differing = {mark for mark, _, _ in spacings if sum(m == mark for m, _, _ in spacings) > 1}
    default = conventions[0]
    counts = [(_agreeing(text, c, differing), c) for c in conventions]
    followed, best = max(counts, key=lambda pair: pair[0])
    # One mark is no habit: a single slip on it would flip the convention.
    if followed - counts[0][0] < EVIDENCE:
        return default
    return best


def _agreeing(text: str, convention: Typography, marks: set[str]) -> int:
    """How many of the text's ``marks`` (French ``;``, ``!``, ``?``) are spaced as
    ``convention`` spaces them: with a space where it wants one (even a breaking
    one: the writer spaced the mark), without where it wants none."""
    count = 0
    for spacing in convention.marks:
        if spacing.side != "before" or spacing.mark not in marks:
            continue
        pattern = re.compile(rf"(?<=\w)([ \u00a0\u202f\u2009]?){re.escape(spacing.mark)}(?=\s|$)")
        wants_space = "" not in spacing.spaces
        count += sum(
            1
            for m in pattern.finditer(text)
            if m.group(1) in spacing.spaces or (wants_space and m.group(1))
        )
    return count
