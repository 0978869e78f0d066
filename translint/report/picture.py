"""The alignment picture at the top of a pair's HTML section: both documents as two
columns of paragraph blocks, a band between the blocks of each aligned group.

The picture answers at a glance what the rows below answer one by one: where
the translation lost or gained paragraphs, where groups merge or split, where a
paragraph moved (the bands cross), and where the findings gather. A block's
height grows with the square root of its paragraph's length, so a one-line
heading stays visible beside a long paragraph, and both columns share one
scale, so a translation that lost half a page looks shorter. A paragraph with
no counterpart is filled in the colour of its worst finding (a missing
paragraph red, an extra one amber), or left hollow when no rule flags it
(boilerplate, a caption the rules let pass); a matched paragraph with findings
is tinted in its worst finding's colour. Each block is a link to its
row, and its tooltip says which paragraph it is and what was found.

It is inline SVG: no script, no image file, colours from the page's CSS
variables so that dark mode and print follow. The SVG stretches to the
column's width (``preserveAspectRatio="none"``); its height is fixed in
pixels, so long documents get thinner blocks, not a taller picture.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from translint.model import Severity
from translint.report.pageview import SIDES, PairView, worst

WIDTH = 1000  # user units across; the SVG is stretched to its box
COLUMN = 300  # width of each column of blocks; the bands fill the middle
PER_BLOCK = 9.0  # pixels of height per paragraph of the longer side, before the limits
HEIGHTS = (96.0, 420.0)  # the picture's least and greatest height, in pixels
THINNEST = 1.5  # a block never thinner than this, however long the document
LEGEND = (
    '<p class="legend">filled: no counterpart, in its worst finding\'s colour · '
    "outlined: findings inside · dashed: no counterpart, nothing flagged</p>"
)


@dataclass(frozen=True)
class Block:
    """One paragraph of one side, placed in its column."""

    side: str
    index: int
    row: int
    top: float
    height: float
    severity: Severity | None
    alone: bool  # in a group with nothing on the other side
    title: str


def alignment_picture(view: PairView) -> str:
    """The picture of ``view``'s alignment, as a ``<figure>`` for the pair's section;
    empty when neither side has a paragraph."""
    blocks = _blocks(view)
    if not blocks:
        return ""
    height = max(b.top + b.height for b in blocks)
    placed = {(b.side, b.index): b for b in blocks}
    bands = "".join(
        _band(placed, group.source, group.target, _severity(view, number), "")
        for number, group in enumerate(view.rows)
        if group.matched
    )
    # A moved paragraph is unmatched where it stands; its band crosses the others.
    bands += "".join(
        _band(placed, (m.source,), (m.target,), None, "moved") for m in view.report.moves
    )
    cells = "".join(_block(view, b) for b in blocks)
    lost = sum(1 for b in blocks if b.alone and b.side == "source")
    gained = sum(1 for b in blocks if b.alone and b.side == "target")
    label = (
        f"Alignment of {_count(blocks, 'source')} source and {_count(blocks, 'target')} "
        f"target paragraphs: {lost} without a translation, {gained} with no source"
    )
    return (
        '<figure class="picture">'
        "<figcaption><span>source</span><span>alignment</span><span>target</span></figcaption>"
        f'<svg viewBox="0 0 {WIDTH} {height:.1f}" width="100%" height="{height:.0f}" '
        f'preserveAspectRatio="none" role="group" aria-label="{escape(label)}">'
        f"<title>{escape(label)}</title>{bands}{cells}</svg>{LEGEND}</figure>\n"
    )


def _count(blocks: Sequence[Block], side: str) -> int:
    return sum(1 for b in blocks if b.side == side)


def _blocks(view: PairView) -> list[Block]:
    """Every paragraph of both sides, each column in document order, on one scale."""
    indices = {side: sorted(i for s, i in view.row_of if s == side) for side in SIDES}
    weights = {side: [_weight(view, side, i) for i in indices[side]] for side in SIDES}
    longest = max(len(indices[side]) for side in SIDES)
    if longest == 0:
        return []
    total = min(max(PER_BLOCK * longest, HEIGHTS[0]), HEIGHTS[1])
    gap = 2.0 if longest <= 60 else 0.5
    # One scale for both columns: the one that fits the side taking most room.
    scale = min(
        (total - gap * (len(w) - 1) - THINNEST * len(w)) / sum(w) for w in weights.values() if w
    )
    blocks = []
    for side in SIDES:
        top = 0.0
        for index, weight in zip(indices[side], weights[side], strict=True):
            height = THINNEST + max(scale, 0.0) * weight
            row = view.row_of[(side, index)]
            found = [view.report.findings[n] for _, n in view.located.get((side, index), [])]
            alone = not getattr(view.rows[row], "target" if side == "source" else "source")
            severity = worst(f.severity for f in found)
            title = _title(side, index, [f.rule for f in found])
            blocks.append(Block(side, index, row, top, height, severity, alone, title))
            top += height + gap
    return blocks


def _weight(view: PairView, side: str, index: int) -> float:
    """How much room a paragraph takes: the square root of its length."""
    text = view.shown(side, index).text or ""
    return math.sqrt(max(len(text), 1))


def _title(side: str, index: int, rules: list[str]) -> str:
    """The block's tooltip: which paragraph, and the rules that flag it."""
    found = ", ".join(dict.fromkeys(rules))
    return f"{side} ¶{index}: {found}" if found else f"{side} ¶{index}"


def _n(value: float) -> str:
    """A coordinate to a tenth of a pixel, without a useless ".0": the pictures of a
    site's pairs add up."""
    return f"{value:.1f}".removesuffix(".0")


def _x(side: str) -> float:
    return 0.0 if side == "source" else float(WIDTH - COLUMN)


def _block(view: PairView, block: Block) -> str:
    state = ' class="alone"' if block.alone else ""
    flagged = "" if block.severity is None else f' data-sev="{block.severity.value}"'
    return (
        f'<a href="#{view.prefix}g{block.row}"{state}{flagged}>'
        f"<title>{escape(block.title)}</title>"
        f'<rect x="{_n(_x(block.side))}" y="{_n(block.top)}" width="{COLUMN}" '
        f'height="{_n(block.height)}"/></a>'
    )


def _severity(view: PairView, row: int) -> Severity | None:
    return worst(view.report.findings[n].severity for n in view.touching.get(row, []))


def _band(
    placed: dict[tuple[str, int], Block],
    source: tuple[int, ...],
    target: tuple[int, ...],
    severity: Severity | None,
    kind: str,
) -> str:
    """The band from the blocks of ``source`` paragraphs to those of ``target`` ones."""
    ends = []
    for side, indices in (("source", source), ("target", target)):
        mine = [placed[(side, i)] for i in indices if (side, i) in placed]
        if not mine:
            return ""
        ends.append((min(b.top for b in mine), max(b.top + b.height for b in mine)))
    left, right = COLUMN, WIDTH - COLUMN
    middle = (left + right) // 2
    s_top, s_bottom, t_top, t_bottom = (_n(v) for v in (*ends[0], *ends[1]))
    # Two cubic curves, so that a band leaving one column level arrives level at the other.
    path = (
        f"M{left} {s_top}C{middle} {s_top} {middle} {t_top} {right} {t_top}"
        f"V{t_bottom}C{middle} {t_bottom} {middle} {s_bottom} {left} {s_bottom}Z"
    )
    kind = f' class="{kind}"' if kind else ""
    flagged = "" if severity is None else f' data-sev="{severity.value}"'
    # Only the blocks are links: a band is the blocks' bond, and a site's bands add up.
    return f'<path{kind}{flagged} d="{path}"/>'
