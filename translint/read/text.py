"""Plain text: each non-blank line a paragraph, or blocks when the prose is hard-wrapped.

See ``translint.read.segment`` for the paragraphs this gives; this module
holds how lines are measured, how wrapping is recognised and how headings,
items and captions are told apart in a file without markup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from translint.model import Paragraph, ParagraphKind
from translint.read.draft import Draft, paragraphs_of
from translint.read.labels import chrome_or, is_admonition, is_caption, numbering_level

__all__ = ["classify_line", "segment_plain"]

# A bullet and the spaces after it (the content must follow on the same line).
_BULLET = re.compile(r"[•◦▪▫‣●○■□►▸▹➢➤∙·–*-][ \t\u00a0\u2007\u202f]+(?=\S)")
_TERMINAL = frozenset(".!?;,…")
_CLOSERS = "\"'”’»)]}*_ \u00a0"
_OPENERS = frozenset("\"'“‘«([¿¡")


@dataclass
class _Line:
    start: int  # offset of the first non-blank character
    end: int  # offset after the last non-blank character
    width: int  # length with indentation, without trailing blanks
    bullet: bool


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


def segment_plain(text: str) -> tuple[Paragraph, ...]:
    """The paragraphs of a plain-text file: lines, or blocks when it is hard-wrapped."""
    lines = _lines(text)
    blocks = _blocks(lines)
    drafts: list[Draft] = []
    if _is_hard_wrapped(text, blocks):
        for block in blocks:
            run: list[_Line] = []
            for line in block:
                if line.bullet and run:
                    drafts.append(Draft(run[0].start, run[-1].end, single_line=len(run) == 1))
                    run = []
                run.append(line)
            drafts.append(Draft(run[0].start, run[-1].end, single_line=len(run) == 1))
    else:
        drafts = [Draft(line.start, line.end) for line in lines if line is not None]
    for draft in drafts:
        _classify_plain(text, draft)
    _mark_headings(text, drafts)
    return paragraphs_of(text, drafts)


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
    return chrome_or(kind, text[start + content_start : end]), content_start


def _classify_plain(text: str, draft: Draft) -> None:
    """Bullet, chrome and caption, from the paragraph's own text (a plain draft is TEXT)."""
    draft.kind, draft.content_start = classify_line(text, draft.start, draft.end, draft.kind)
    if draft.kind is ParagraphKind.TEXT and is_caption(
        text[draft.start + draft.content_start : draft.end]
    ):
        draft.kind = ParagraphKind.CAPTION


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


def _mark_headings(text: str, drafts: list[Draft]) -> None:
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
    shaped, levels = _heading_candidates(text, drafts)
    numbered = [i for i, (ok, lvl) in enumerate(zip(shaped, levels, strict=True)) if ok and lvl]
    first_shaped = shaped.index(True) if True in shaped else -1
    numbered_style = len(numbered) >= 2 or numbered == [first_shaped]
    unnumbered = [ok and lvl is None for ok, lvl in zip(shaped, levels, strict=True)]
    for i, draft in enumerate(drafts):
        if not shaped[i]:
            continue
        if levels[i] is not None:
            draft.kind = ParagraphKind.HEADING
            draft.level = levels[i]
            continue
        if numbered_style or not _stands_alone(i, drafts, unnumbered):
            continue
        if not is_admonition(text[draft.start + draft.content_start : draft.end]):
            draft.kind = ParagraphKind.HEADING


def _heading_candidates(text: str, drafts: Sequence[Draft]) -> tuple[list[bool], list[int | None]]:
    """For each draft: whether it has a heading's shape, and the depth of its number."""
    shaped: list[bool] = []
    levels: list[int | None] = []
    for draft in drafts:
        content = text[draft.start + draft.content_start : draft.end]
        level = numbering_level(content)
        levels.append(level)
        shaped.append(
            draft.kind is ParagraphKind.TEXT
            and draft.single_line
            and _heading_shape(content, level is not None)
        )
    return shaped, levels


def _stands_alone(i: int, drafts: Sequence[Draft], unnumbered: Sequence[bool]) -> bool:
    """Whether an unnumbered candidate is followed by a paragraph (not chrome) and has no
    unnumbered candidate beside it: a run of short lines is a list."""
    if i == len(drafts) - 1 or drafts[i + 1].kind is ParagraphKind.CHROME:
        return False
    return not (unnumbered[i + 1] or (i > 0 and unnumbered[i - 1]))
