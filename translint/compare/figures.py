"""Pairing the figures of a translation with those of its original, by meaning.

``match_figures`` pairs the figures of one aligned group of paragraphs and
sorts what is left into mismatches, missing figures and extra figures;
``match_figure_groups`` does it for every matched group of a check, once, for
the figure rules. Pure functions over analysed paragraphs (their figures come
from ``translint.analysis.figures``) and the alignment.

Policies (the checks and their messages rely on these):

- Code is not quantity. An ``identifier`` (``x86_64``, ``du(8)``, ``Section
  2.3``, an IP address) is compared as an exact string, paired into a
  mismatch only with an identifier of the same shape (``du(8)`` /
  ``du(1)``) or, for the number of a cross-reference, with another
  cross-reference's whatever its word (``Chapter 3`` / ``chapitre 30``),
  and never reported as missing or extra, because manuals rename, drop and
  add such tokens freely. ``version`` figures (``2.6.32``)
  are compared as strings but reported like numbers.
- A bare ``$`` or ``dollars`` is the currency ``"$"``: it matches any dollar
  currency (USD, CAD, AUD ...) because the writer's country decides which;
  only two explicit and different currencies (``US$`` / ``$ CA``) are a
  mismatch. A figure with no currency or unit matches one with the same
  value that has one: the word is often moved out of the figure
  (``20 km ... over 20``) in translation.
- ``1,250`` is 1250 in English and 1.25 in French; the other reading is kept
  as an alternative when matching, so a number copied unchanged into the
  translation (``1,250`` / ``1,250``) is not a mismatch.
- Number words of value 12 or less and ordinals in words are not reported
  when unpaired: translators drop and add them (``both``, ``the first``).
  English ``one`` (where it is a figure at all) only confirms a 1 on the
  other side. Hence a bare unpaired ``1`` is not reported either: its
  counterpart is often an article.
- A figure repeated in a group and left unpaired is reported once, and not
  at all if one of its repetitions found its counterpart ("the same").
- Units a translator converts (inches to centimetres, miles to kilometres,
  °F to °C) match when the conversion, rounded as written, agrees.
- A time of day matches the same time on the 24-hour clock, and a number of
  hours that names it (``5 p.m.`` / ``17 h``); a range of hours or a bare
  ``9 to 5`` matches the span of times it names (``de 9 h à 17 h``). A time
  pairs into a mismatch only with a time or a number of hours.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from types import MappingProxyType

from translint.analysis.figures import NUMERIC_KINDS
from translint.analysis.numbers import decimal_of, normal
from translint.compare.meaning import (
    UNIT_CONVERSIONS,
    clock_ranges,
    clocks,
    currencies_compatible,
    kinds_compatible,
    readings,
    same_meaning,
    text_of,
)
from translint.lang import MESSAGES, language
from translint.model import AlignmentGroup, AnalysedDocument, AnalysedParagraph, Figure

__all__ = [
    "FigureMatching",
    "FigureMismatch",
    "GroupMatching",
    "mantissa",
    "match_figure_groups",
    "match_figures",
    "scale_name",
    "text_of",
]

SMALL_WORD_LIMIT = 12  # number words up to this value are not reported when unpaired


@dataclass(frozen=True)
class FigureMismatch:
    """Two figures paired as one figure changed in translation; ``reason`` says how."""

    source: Figure
    target: Figure
    reason: str


@dataclass(frozen=True)
class FigureMatching:
    """The outcome of pairing the figures of one aligned group."""

    matched: tuple[tuple[Figure, Figure], ...]  # same meaning
    mismatched: tuple[FigureMismatch, ...]  # paired but different: figure-mismatch
    missing: tuple[Figure, ...]  # source figures that deserve a figure-missing finding
    extra: tuple[Figure, ...]  # target figures that deserve a figure-extra finding


@dataclass(frozen=True)
class GroupMatching:
    """The figure assignment of one matched group, and where each of its figures is."""

    group: AlignmentGroup
    matching: FigureMatching
    # By id() of the figure: two equal figures of two paragraphs must stay apart.
    paragraphs: Mapping[int, AnalysedParagraph] = field(compare=False, repr=False)

    def paragraph_of(self, figure: Figure) -> AnalysedParagraph:
        """The paragraph ``figure`` (one of this group's) was found in."""
        return self.paragraphs[id(figure)]


def match_figure_groups(
    source: AnalysedDocument, target: AnalysedDocument, alignment: Sequence[AlignmentGroup]
) -> tuple[GroupMatching, ...]:
    """The figure assignment of every matched group that has a figure, in alignment order."""
    result = []
    for group in alignment:
        if not group.matched:
            continue
        paragraphs: dict[int, AnalysedParagraph] = {}
        source_figures = _figures(group.source, source.paragraphs, paragraphs)
        target_figures = _figures(group.target, target.paragraphs, paragraphs)
        if source_figures or target_figures:
            matching = match_figures(source_figures, target_figures)
            result.append(GroupMatching(group, matching, MappingProxyType(paragraphs)))
    return tuple(result)


def _figures(
    indices: tuple[int, ...],
    paragraphs: tuple[AnalysedParagraph, ...],
    found_in: dict[int, AnalysedParagraph],
) -> list[Figure]:
    """The figures of a group's paragraphs in order, noting each one's paragraph."""
    figures = []
    for index in indices:
        for figure in paragraphs[index].figures:
            found_in[id(figure)] = paragraphs[index]
            figures.append(figure)
    return figures


_SHAPE = re.compile(r"\d+")
_NUMBER_GROUP = re.compile(r"\d+(?:\.\d+)*")


def match_figures(source: Sequence[Figure], target: Sequence[Figure]) -> FigureMatching:
    """Pair the figures of one aligned group as an assignment (each figure used once).

    Pairing goes from the surest to the loosest, each figure used once:

    1. figures with the same ``key``;
    2. figures with the same meaning: equal value under either reading of an
       ambiguous ``1,250``, kinds that differ only by a marker the translator
       moved away (a count against a year, a percentage or a quantity), a unit
       or currency present on one side only, ``$`` against a dollar
       currency, a converted unit (``5 inches`` / ``12,7 cm``), a version or
       identifier against the same digits;
    3. a year against a month of that year (``2023`` / ``avril 2023``), a
       range against its two ends written apart (``2020–2024`` /
       ``de 2020 ... à 2024``), and an identifier against the numbers it
       glues (``GIMP-2`` / ``GIMP 2``, ``3D`` / ``3 dimensions``);
    4. what is left is paired into mismatches when the two are plausibly one
       figure changed: the same kind, or the same digits with another scale,
       unit, currency or kind; among candidates, the same digits, the same
       kind, the nearest relative position and the closest value win. Pairs
       are taken greedily from the most plausible, so ``54.1%`` ->
       ``45,1 %`` is one mismatch and two swapped figures are two. In groups
       of thousands of figures only neighbours by relative position compete.

    What remains is missing (source) or extra (target), except identifiers,
    number words up to 12, ordinals in words and a bare ``1``, which
    translators add and drop freely, and repetitions (see the module
    docstring). Two equal figures swapped in place cannot be told apart by
    value and are not reported.
    """
    src, tgt = _Side(source), _Side(target)
    pairs: list[tuple[int, int]] = []
    # A lone "one" pairs last: it only confirms a 1 that nothing else claims.
    for weak in (False, True):
        pairs += _pair_same_key(src, tgt, weak)
        pairs += _pair_same_meaning(src, tgt, weak)
    pairs += _years_in_months(src, tgt)
    pairs += _split_ranges(src, tgt) + _absorb_into_identifiers(src, tgt)
    mismatches = _mismatches(src, tgt)
    matched = sorted(pairs)
    paired_s = {i for i, _ in mismatches}
    paired_t = {j for _, j in mismatches}
    return FigureMatching(
        matched=tuple((src[i], tgt[j]) for i, j in matched),
        mismatched=tuple(
            FigureMismatch(src[i], tgt[j], _reason(src[i], tgt[j])) for i, j in mismatches
        ),
        missing=_unpaired(src, src.free - paired_s, {i for i, _ in matched}),
        extra=_unpaired(tgt, tgt.free - paired_t, {j for _, j in matched}),
    )


def _pair_same_key(src: _Side, tgt: _Side, weak: bool) -> list[tuple[int, int]]:
    """Step 1: figures with the same ``key``, each with its nearest equal.

    ``weak`` pairs the lone ``one`` words, which the first pass leaves alone.
    """
    pairs: list[tuple[int, int]] = []
    by_key: dict[object, list[int]] = {}
    for j in sorted(tgt.free):
        if _lone_one(tgt[j]) == weak:
            by_key.setdefault(tgt[j].key, []).append(j)
    for i in sorted(src.free):
        candidates = by_key.get(src[i].key)
        if candidates and (weak or not _lone_one(src[i])):
            j = _nearest(src, tgt, i, candidates)
            candidates.remove(j)
            _take(src, tgt, pairs, i, j)
    return pairs


def _pair_same_meaning(src: _Side, tgt: _Side, weak: bool) -> list[tuple[int, int]]:
    """Step 2: figures with the same meaning (see ``same_meaning``), nearest first."""
    pairs: list[tuple[int, int]] = []
    for i in sorted(src.free):
        if _lone_one(src[i]) and not weak:
            continue
        candidates = [
            j
            for j in tgt.candidates(src[i])
            if (weak or not _lone_one(tgt[j])) and same_meaning(src[i], tgt[j])
        ]
        if candidates:
            _take(src, tgt, pairs, i, _nearest(src, tgt, i, candidates))
    return pairs


def _take(src: _Side, tgt: _Side, pairs: list[tuple[int, int]], i: int, j: int) -> None:
    """Pair source figure ``i`` with target figure ``j``: neither is free any more."""
    pairs.append((i, j))
    src.free.discard(i)
    tgt.free.discard(j)


def _nearest(src: _Side, tgt: _Side, i: int, candidates: Sequence[int]) -> int:
    """The candidate nearest to source figure ``i`` by relative position, first on a tie."""
    return min(candidates, key=lambda j: (_rank_gap(i, len(src), j, len(tgt)), j))


class _Side:
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


def _mismatches(src: _Side, tgt: _Side) -> list[tuple[int, int]]:
    """Pair what is left into mismatches, the most plausible pairs first."""
    free_s, free_t = sorted(src.free), sorted(tgt.free)
    big = len(free_s) * len(free_t) > 4 * _WINDOW * _WINDOW
    scored = []
    for n, i in enumerate(free_s):
        candidates = free_t
        if big:  # the neighbours at the same relative position
            middle = round(n * len(free_t) / len(free_s))
            candidates = free_t[max(0, middle - _WINDOW) : middle + _WINDOW]
        for j in candidates:
            cost = _mismatch_cost(src[i], tgt[j], _rank_gap(i, len(src), j, len(tgt)))
            if cost is not None:
                scored.append((cost, i, j))
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


def _unpaired(side: _Side, left: set[int], matched: set[int]) -> tuple[Figure, ...]:
    """The leftover figures worth a finding: a figure repeated in the group counts once.

    A leftover that repeats a figure which found its counterpart is not
    reported either: translators write "the same" or "it" for the second ``80``.
    """
    seen: set[object] = set()
    kept = []
    for i in sorted(left, key=lambda i: side[i].start):
        figure = side[i]
        if figure.key in seen or not _reported(figure):
            continue
        seen.add(figure.key)
        if any(same_meaning(figure, side[k]) for k in side.candidates(figure, matched)):
            continue
        kept.append(figure)
    return tuple(kept)


def _rank_gap(i: int, n: int, j: int, m: int) -> float:
    """How far apart two figures sit, as fractions of their paragraphs' figure lists."""
    return abs((i + 0.5) / n - (j + 0.5) / m)


def _years_in_months(src: _Side, tgt: _Side) -> list[tuple[int, int]]:
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


def _split_ranges(src: _Side, tgt: _Side) -> list[tuple[int, int]]:
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


def _absorb_into_identifiers(src: _Side, tgt: _Side) -> list[tuple[int, int]]:
    """Let an identifier claim the numbers written apart on the other side.

    ``GIMP-2`` / ``GIMP 2``, ``3D`` / ``3 dimensions``, ``v3.2`` / ``version
    3.2``, ``f(4,2,2)`` / ``(4,2,2)``: the digits are the same, only the glue
    differs.
    """
    pairs: list[tuple[int, int]] = []
    for idents, others, flip in ((src, tgt, False), (tgt, src, True)):
        for k in sorted(i for i in idents.free if idents[i].kind == "identifier"):
            claimed = False
            for group in _NUMBER_GROUP.findall(text_of(idents[k]) or ""):
                o = _written_apart(group, others)
                if o is not None:
                    others.free.discard(o)
                    pairs.append((o, k) if flip else (k, o))
                    claimed = True
            if claimed:
                idents.free.discard(k)
    return pairs


def _written_apart(group: str, others: _Side) -> int | None:
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


def _small_words(figure: Figure) -> bool:
    """Number words translators add and drop: ``two regions``, ``the first``, ``both``."""
    if figure.written != "words":
        return False
    if figure.kind == "ordinal":
        return True
    return (
        figure.kind in ("count", "quantity")
        and figure.scale == 1
        and (abs(figure.value) <= SMALL_WORD_LIMIT)
    )


def _lone_one(figure: Figure) -> bool:
    """``one`` alone: a pronoun or an article's cousin as often as a number."""
    return figure.written == "words" and figure.value == 1 and figure.kind in ("count", "quantity")


def _bare_one(figure: Figure) -> bool:
    """A 1 with nothing attached: French and English often write it as an article."""
    return figure.kind == "count" and figure.value == 1 and figure.scale == 1


def _reported(figure: Figure) -> bool:
    """Whether an unpaired figure deserves a figure-missing or figure-extra finding.

    Not identifiers, small number words and a bare 1 (see ``match_figures``).
    """
    return not (figure.kind == "identifier" or _small_words(figure) or _bare_one(figure))


def _family(figure: Figure) -> str:
    """``number`` for the numeric kinds, else the kind: only one family pairs."""
    return "number" if figure.kind in NUMERIC_KINDS else figure.kind


def mantissa(figure: Figure) -> Decimal:
    """The number as written before its scale word: 198.1 for 198.1 billion."""
    return normal(figure.value / figure.scale) if figure.scale != 1 else figure.value


def _mismatch_cost(s: Figure, t: Figure, gap: float) -> float | None:
    """How plausible it is that ``t`` is ``s`` changed; None when it is not."""
    if _lone_one(s) or _lone_one(t):
        return None
    if s.kind == "identifier" or t.kind == "identifier":
        return _identifier_cost(s, t, gap)
    if "time" in (s.kind, t.kind):
        return _time_cost(s, t, gap)
    if {s.kind, t.kind} == {"year", "date"}:
        return _year_cost(s, t, gap)
    if _family(s) != _family(t):
        return None
    if _small_words_apart(s, t):
        return None
    same_digits = _digits(s) == _digits(t)
    if not same_digits and not kinds_compatible(s.kind, t.kind):
        return None
    distance = _distance(s, t)
    return (0 if same_digits else 1) + (0 if s.kind == t.kind else 0.5) + gap + distance


def _identifier_cost(s: Figure, t: Figure, gap: float) -> float | None:
    """Two identifiers are one changed only when their shapes agree and tell."""
    if s.kind != t.kind:
        return None
    if _reference(s) or _reference(t):
        # "Chapter 3" / « chapitre 30 »: the numbers of two cross-references,
        # whatever their words (chapter / chapitre, appendix / annexe).
        return 1 + gap if _reference(s) and _reference(t) else None
    a, b = text_of(s) or "", text_of(t) or ""
    shape = _SHAPE.sub("#", a)
    phones = "phone" in dict(s.extra) and "phone" in dict(t.extra)
    # Two phone numbers of one shape are one number retyped; other digit
    # strings only pair when letters make their shapes telling (du(8) / du(1)).
    if shape != _SHAPE.sub("#", b) or not (phones or any(c.isalpha() for c in shape)):
        return None
    return 1 + gap


def _reference(figure: Figure) -> bool:
    """The number of a cross-reference or a numbered heading (``Section 2.3``, ``RFC 2822``)."""
    return "ref" in dict(figure.extra)


def _time_cost(s: Figure, t: Figure, gap: float) -> float | None:
    """A time is one changed only into another time or a number of hours (5 p.m. / 18 h)."""
    a, b = clocks(s), clocks(t)
    if not a or not b:
        return None
    distance = min(abs(x - y) for x in a for y in b) / 2400
    return 1 + gap + float(distance)


def _year_cost(s: Figure, t: Figure, gap: float) -> float | None:
    """A year is one changed into a month of another year (``2023`` / ``avril 2024``)."""
    year, date = (s, t) if s.kind == "year" else (t, s)
    extra = dict(date.extra)
    if "year" not in extra or "day" in extra:
        return None
    return 1.5 + gap + min(1.0, abs(float(year.value) - int(extra["year"])) / 100)


def _small_words_apart(s: Figure, t: Figure) -> bool:
    """Small words pair only with the same kind, and with digits one might spell out."""
    spelled_out = s.written == t.written == "words" or (
        max(abs(s.value), abs(t.value)) <= SMALL_WORD_LIMIT
    )
    return (_small_words(s) or _small_words(t)) and (s.kind != t.kind or not spelled_out)


def _distance(s: Figure, t: Figure) -> float:
    """How far apart two values are in orders of magnitude, capped at 1 (0 for versions)."""
    if s.kind == "version" or t.kind == "version":
        return 0.0
    a, b = abs(float(s.value)), abs(float(t.value))
    return min(1.0, abs(math.log10(a + 1) - math.log10(b + 1)) / 3)


def _digits(figure: Figure) -> str:
    """The significant digits as written, whatever the scale: 198.1 billion -> 1981."""
    if figure.kind in ("version", "identifier", "date"):
        return (
            _SHAPE.sub("", text_of(figure) or figure.text)
            if figure.kind != "date"
            else (str(figure.value))
        )
    return str(abs(mantissa(figure))).replace(".", "").lstrip("0")


def _reason(s: Figure, t: Figure) -> str:
    """A short phrase for the message ``{source} became {target}``."""
    if "time" in (s.kind, t.kind):
        return "time differs"
    if _reference(s):
        return "reference differs"
    if s.kind in ("identifier", "version", "date"):
        return f"{s.kind} differs"
    if t.kind == "date":
        return "date differs"
    if not currencies_compatible(s.currency, t.currency):
        return f"currency differs: {s.currency} vs {t.currency}"
    if s.unit and t.unit and s.unit != t.unit:
        return f"unit differs: {s.unit} vs {t.unit}"
    if not kinds_compatible(s.kind, t.kind):
        return f"kind differs: {s.kind} vs {t.kind}"
    if s.scale != t.scale and mantissa(s) == mantissa(t):
        return f"scale differs: {scale_name(s.scale)} vs {scale_name(t.scale)}"
    if s.kind == "range" and t.kind == "range":
        return "range differs"
    if s.value == -t.value:
        return "sign differs"
    return "value differs"


def scale_name(scale: int) -> str:
    """The word for a scale factor in the messages' language: ``billion``.

    The first of that language's scale words with this factor (its singular);
    a factor with no word is written as a power of ten.
    """
    for word, factor in language(MESSAGES).figures.scale_names.items():
        if factor == scale:
            return word
    return "none" if scale == 1 else f"10^{round(math.log10(scale))}"
