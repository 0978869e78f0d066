"""The passes that pair the figures of one aligned group, from the surest to the loosest.

``translint.compare.figures`` runs them in order (its ``match_figures`` says
which pass pairs what) and decides the policies they are given: how plausible
a mismatch is, and which leftovers deserve a finding. Kept apart so the
policies read on their own and each pass can be read as one function over
two ``Side`` indexes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal

from translint.analysis.figures import NUMERIC_KINDS
from translint.analysis.numbers import decimal_of
from translint.compare.meaning import (
    UNIT_CONVERSIONS,
    clock_ranges,
    clocks,
    readings,
    same_meaning,
    text_of,
)
from translint.model import Figure

__all__ = [
    "MismatchCost",
    "Side",
    "absorb_into_identifiers",
    "lone_one",
    "pair_mismatches",
    "pair_same_key",
    "pair_same_meaning",
    "rank_gap",
    "split_ranges",
    "unpaired",
    "years_in_months",
]

# (source figure, target figure, gap in relative position) -> cost, or None
MismatchCost = Callable[[Figure, Figure, float], "float | None"]

_NUMBER_GROUP = re.compile(r"\d+(?:\.\d+)*")


def pair_same_key(src: Side, tgt: Side, weak: bool) -> list[tuple[int, int]]:
    """Step 1: figures with the same ``key``, each with its nearest equal.

    ``weak`` pairs the lone ``one`` words, which the first pass leaves alone.
    """
    pairs: list[tuple[int, int]] = []
    by_key: dict[object, list[int]] = {}
    for j in sorted(tgt.free):
        if lone_one(tgt[j]) == weak:
            by_key.setdefault(tgt[j].key, []).append(j)
    for i in sorted(src.free):
        candidates = by_key.get(src[i].key)
        if candidates and (weak or not lone_one(src[i])):
            j = _nearest(src, tgt, i, candidates)
            candidates.remove(j)
            _take(src, tgt, pairs, i, j)
    return pairs


def pair_same_meaning(src: Side, tgt: Side, weak: bool) -> list[tuple[int, int]]:
    """Step 2: figures with the same meaning (see ``same_meaning``), nearest first."""
    pairs: list[tuple[int, int]] = []
    for i in sorted(src.free):
        if lone_one(src[i]) and not weak:
            continue
        candidates = [
            j
            for j in tgt.candidates(src[i])
            if (weak or not lone_one(tgt[j])) and same_meaning(src[i], tgt[j])
        ]
        if candidates:
            _take(src, tgt, pairs, i, _nearest(src, tgt, i, candidates))
    return pairs


def _take(src: Side, tgt: Side, pairs: list[tuple[int, int]], i: int, j: int) -> None:
    """Pair source figure ``i`` with target figure ``j``: neither is free any more."""
    pairs.append((i, j))
    src.free.discard(i)
    tgt.free.discard(j)


def _nearest(src: Side, tgt: Side, i: int, candidates: Sequence[int]) -> int:
    """The candidate nearest to source figure ``i`` by relative position, first on a tie."""
    return min(candidates, key=lambda j: (rank_gap(i, len(src), j, len(tgt)), j))


class Side:
    """One side's figures, the unpaired ones, and an index of what can make two equal.

    The index keeps matching near-linear: only figures sharing a bucket (a
    value, a text, a month, a dimension) can have the same meaning.
    """

    def __init__(self, figures: Sequence[Figure]) -> None:
        self.figures = list(figures)
        self.free = set(range(len(self.figures)))
        self.index: dict[object, list[int]] = {}
        for i, figure in enumerate(self.figures):
            for bucket in _buckets(figure):
                self.index.setdefault(bucket, []).append(i)

    def __len__(self) -> int:
        return len(self.figures)

    def __getitem__(self, i: int) -> Figure:
        return self.figures[i]

    def candidates(self, figure: Figure, among: set[int] | None = None) -> list[int]:
        """Unpaired (or ``among``) figures that may mean the same as ``figure``, in order."""
        pool = self.free if among is None else among
        found = {i for bucket in _buckets(figure) for i in self.index.get(bucket, ()) if i in pool}
        return sorted(found)


def _buckets(figure: Figure) -> set[object]:
    """Keys two figures must share to have the same meaning (see ``same_meaning``)."""
    if figure.kind in ("identifier", "version"):
        return {("t", (text_of(figure) or figure.text).casefold())}
    if figure.kind == "date":
        extra = dict(figure.extra)
        month_of_year = "year" in extra and "day" not in extra
        return {("d", extra.get("month"))} | ({("y", extra["year"])} if month_of_year else set())
    keys: set[object] = {("v", r) for r in readings(figure)}
    keys.add(("t", figure.text.strip().casefold()))
    keys |= {("c", c) for c in clocks(figure)} | {("c", a) for a, _ in clock_ranges(figure)}
    if figure.unit in UNIT_CONVERSIONS:
        keys.add(("u", UNIT_CONVERSIONS[figure.unit][0]))
    return keys


_WINDOW = 32  # in big groups, mismatches are sought among this many neighbours


def pair_mismatches(src: Side, tgt: Side, cost: MismatchCost) -> list[tuple[int, int]]:
    """Pair what is left into mismatches, the most plausible (lowest ``cost``) pairs first.

    ``cost`` says how plausible it is that a target figure is a source one
    changed, given their gap in relative position; None rules the pair out.
    """
    free_s, free_t = sorted(src.free), sorted(tgt.free)
    big = len(free_s) * len(free_t) > 4 * _WINDOW * _WINDOW
    scored = []
    for n, i in enumerate(free_s):
        candidates = free_t
        if big:  # the neighbours at the same relative position
            middle = round(n * len(free_t) / len(free_s))
            candidates = free_t[max(0, middle - _WINDOW) : middle + _WINDOW]
        for j in candidates:
            plausible = cost(src[i], tgt[j], rank_gap(i, len(src), j, len(tgt)))
            if plausible is not None:
                scored.append((plausible, i, j))
    scored.sort()
    used_s: set[int] = set()
    used_t: set[int] = set()
    pairs = []
    for _, i, j in scored:
        if i not in used_s and j not in used_t:
            used_s.add(i)
            used_t.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def unpaired(
    side: Side, left: set[int], matched: set[int], reported: Callable[[Figure], bool]
) -> tuple[Figure, ...]:
    """The ``reported`` leftover figures, a figure repeated in the group counted once.

    A leftover that repeats a figure which found its counterpart is not
    reported either: translators write "the same" or "it" for the second ``80``.
    Nor is a number in digits that an identifier which found its counterpart
    glues: « base 8 (radix=8) » says the 8 twice for "octal (radix=8)".
    """
    seen: set[object] = set()
    kept = []
    glued = {
        group
        for k in matched
        if side[k].kind == "identifier"
        for group in _NUMBER_GROUP.findall(text_of(side[k]) or "")
    }
    for i in sorted(left, key=lambda i: side[i].start):
        figure = side[i]
        if figure.key in seen or not reported(figure):
            continue
        seen.add(figure.key)
        if any(same_meaning(figure, side[k]) for k in side.candidates(figure, matched)):
            continue
        if figure.written == "digits" and figure.kind in NUMERIC_KINDS and figure.text in glued:
            continue
        kept.append(figure)
    return tuple(kept)


def rank_gap(i: int, n: int, j: int, m: int) -> float:
    """How far apart two figures sit, as fractions of their paragraphs' figure lists."""
    return abs((i + 0.5) / n - (j + 0.5) / m)


def years_in_months(src: Side, tgt: Side) -> list[tuple[int, int]]:
    """Match a year with a month of that year on the other side: ``2023`` / ``avril 2023``.

    One side names the month, the other not (« le jour du poisson d'avril
    2023 » for "April Fool's Day, 2023", « En 2020 » for "In March 2020"):
    the year they share is the figure. Only after every closer pairing.
    """
    pairs: list[tuple[int, int]] = []
    for years, months, flip in ((src, tgt, False), (tgt, src, True)):
        for y in sorted(i for i in years.free if years[i].kind == "year"):
            bucket = months.index.get(("y", str(years[y].value)), ())
            candidates = [m for m in bucket if m in months.free]
            if candidates:
                month = _nearest(years, months, y, candidates)
                pairs.append((month, y) if flip else (y, month))
                years.free.discard(y)
                months.free.discard(month)
    return pairs


def split_ranges(src: Side, tgt: Side) -> list[tuple[int, int]]:
    """Match a range on one side with its two ends written as two figures on the other."""
    pairs: list[tuple[int, int]] = []
    for ranges, others, flip in ((src, tgt, False), (tgt, src, True)):
        for r in sorted(i for i in ranges.free if ranges[i].kind == "range"):
            start, end = _range_ends(ranges[r])
            first = next(
                (o for o in others.candidates(start) if same_meaning(start, others[o])), None
            )
            last = next(
                (o for o in others.candidates(end) if o != first and same_meaning(end, others[o])),
                None,
            )
            if first is None or last is None:
                continue
            ranges.free.discard(r)
            for o in (first, last):
                others.free.discard(o)
                pairs.append((o, r) if flip else (r, o))
    return pairs


def _range_ends(figure: Figure) -> tuple[Figure, Figure]:
    """The two ends of a range as figures of their own: counts, or times of day."""
    extra = dict(figure.extra)
    kind = "time" if extra.get("of") == "time" else "count"
    start = replace(figure, kind=kind, extra=())
    return start, replace(start, value=Decimal(extra["end"]))


def absorb_into_identifiers(src: Side, tgt: Side) -> list[tuple[int, int]]:
    """Let an identifier claim the numbers written apart on the other side.

    ``GIMP-2`` / ``GIMP 2``, ``3D`` / ``3 dimensions``, ``v3.2`` / ``version
    3.2``, ``f(4,2,2)`` / ``(4,2,2)``: the digits are the same, only the glue
    differs. An identifier of two numbers may be a range the other side
    writes as one (``[0,1]`` / ``de 0 à 1``, ``16-/32-bit`` / ``16-32 bits``).
    """
    pairs: list[tuple[int, int]] = []
    for idents, others, flip in ((src, tgt, False), (tgt, src, True)):
        for k in sorted(i for i in idents.free if idents[i].kind == "identifier"):
            groups = _NUMBER_GROUP.findall(text_of(idents[k]) or "")
            o = _range_apart(groups, others)
            if o is not None:
                others.free.discard(o)
                idents.free.discard(k)
                pairs.append((o, k) if flip else (k, o))
                continue
            claimed = False
            for group in groups:
                o = _written_apart(group, others)
                if o is not None:
                    others.free.discard(o)
                    pairs.append((o, k) if flip else (k, o))
                    claimed = True
            if claimed:
                idents.free.discard(k)
    return pairs


def _range_apart(groups: list[str], others: Side) -> int | None:
    """A free range of ``others`` from the first of two numbers ``groups`` to the second."""
    if len(groups) != 2 or any(g.count(".") > 1 for g in groups):
        return None
    start, end = (decimal_of(g) for g in groups)
    return next(
        (
            o
            for o in others.index.get(("v", start), ())
            if o in others.free
            and others[o].kind == "range"
            and others[o].value == start
            and Decimal(dict(others[o].extra).get("end", "NaN")) == end
        ),
        None,
    )


def _written_apart(group: str, others: Side) -> int | None:
    """A free figure of ``others`` written in digits that is the number ``group``, if any."""
    value = decimal_of(group) if group.count(".") <= 1 else None
    buckets = {("v", value), ("t", group)}
    for o in sorted({o for b in buckets for o in others.index.get(b, ())}):
        other = others[o]
        if o not in others.free or other.kind == "identifier" or (other.written != "digits"):
            continue
        if group == (text_of(other) or "") or (
            other.kind in NUMERIC_KINDS and value in readings(other)
        ):
            return o
    return None


def lone_one(figure: Figure) -> bool:
    """``one`` alone: a pronoun or an article's cousin as often as a number."""
    return figure.written == "words" and figure.value == 1 and figure.kind in ("count", "quantity")
