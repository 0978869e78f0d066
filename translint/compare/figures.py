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
  ``du(1)``), and never reported as missing or extra, because manuals
  rename, drop and add such tokens freely. ``version`` figures (``2.6.32``)
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

# Units a translation may convert (inches to centimetres): dimension and factor
# to a base unit. Degrees Fahrenheit are converted apart (an affine scale).
UNIT_CONVERSIONS = MappingProxyType(
    {
        "km": ("length", Decimal(1000)),
        "m": ("length", Decimal(1)),
        "cm": ("length", Decimal("0.01")),
        "mm": ("length", Decimal("0.001")),
        "mi": ("length", Decimal("1609.344")),
        "in": ("length", Decimal("0.0254")),
        "ft": ("length", Decimal("0.3048")),
        "kg": ("mass", Decimal(1)),
        "g": ("mass", Decimal("0.001")),
        "t": ("mass", Decimal(1000)),
        "lb": ("mass", Decimal("0.45359237")),
        "°C": ("temperature", Decimal(1)),
        "°F": ("temperature", Decimal(1)),
        "dpi": ("resolution", Decimal(1)),
        "ppi": ("resolution", Decimal(1)),
    }
)
# Currencies a bare "$" may stand for.
DOLLAR_CURRENCIES = frozenset({"$", "USD", "CAD", "AUD", "NZD", "HKD", "SGD", "MXN", "TWD"})
SCALE_NAMES = MappingProxyType(
    {10**3: "thousand", 10**6: "million", 10**9: "billion", 10**12: "trillion"}
)
SMALL_WORD_LIMIT = 12  # number words up to this value are not reported when unpaired
# Kinds that differ only by a marker a translation may move away from the number.
_BASE_KIND = MappingProxyType({"count": "count", "year": "count", "ordinal": "count"})


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


_AMBIGUOUS = re.compile(r"(?<![\d.,])(\d{1,3})([.,])(\d{3})(?![\d.,])")
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
    3. a range against its two ends written apart (``2020–2024`` /
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
    """Step 2: figures with the same meaning (see ``_same_meaning``), nearest first."""
    pairs: list[tuple[int, int]] = []
    for i in sorted(src.free):
        if _lone_one(src[i]) and not weak:
            continue
        candidates = [
            j
            for j in tgt.candidates(src[i])
            if (weak or not _lone_one(tgt[j])) and _same_meaning(src[i], tgt[j])
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
    """Keys two figures must share to have the same meaning (see ``_same_meaning``)."""
    if figure.kind in ("identifier", "version"):
        return {("t", (text_of(figure) or figure.text).casefold())}
    if figure.kind == "date":
        return {("d", dict(figure.extra).get("month"))}
    keys: set[object] = {("v", r) for r in _readings(figure)}
    keys.add(("t", figure.text.strip().casefold()))
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
        if any(_same_meaning(figure, side[k]) for k in side.candidates(figure, matched)):
            continue
        kept.append(figure)
    return tuple(kept)


def _rank_gap(i: int, n: int, j: int, m: int) -> float:
    """How far apart two figures sit, as fractions of their paragraphs' figure lists."""
    return abs((i + 0.5) / n - (j + 0.5) / m)


def _readings(figure: Figure) -> set[Decimal]:
    """The value, plus the other language's reading of an ambiguous ``1,250``."""
    values = {figure.value}
    if figure.kind in NUMERIC_KINDS and (m := _AMBIGUOUS.search(figure.text)):
        sign = -1 if figure.value < 0 else 1
        for digits in (m[1] + m[3], f"{m[1]}.{m[3]}"):
            values.add(normal(Decimal(digits) * figure.scale * sign))
    return values


def _kinds_compatible(a: str, b: str) -> bool:
    """Kinds that differ only by a marker the translation may have moved or dropped."""
    if a == b:
        return True
    base_a, base_b = _BASE_KIND.get(a, a), _BASE_KIND.get(b, b)
    return base_a == base_b or "count" in (base_a, base_b)


def _currencies_compatible(a: str | None, b: str | None) -> bool:
    """Currencies that may be one: either missing, equal, or ``$`` against a dollar."""
    if a is None or b is None or a == b:
        return True
    return "$" in (a, b) and a in DOLLAR_CURRENCIES and b in DOLLAR_CURRENCIES


def text_of(figure: Figure) -> str | None:
    """The string a version or identifier is compared by."""
    extra = dict(figure.extra)
    return extra.get("text") or extra.get("ref") or extra.get("phone")


_TEXTUAL = ("identifier", "version")


def _same_meaning(s: Figure, t: Figure) -> bool:
    """Whether two figures say the same thing, allowing for localisation."""
    if s.kind in _TEXTUAL or t.kind in _TEXTUAL:
        return _same_text(s, t)
    if s.kind == "date" or t.kind == "date":
        return _same_date(s, t)
    if (s.kind == "range") != (t.kind == "range"):
        return False
    if s.kind == "range":
        if not _same_range_end(s, t):
            return False
    elif not _kinds_compatible(s.kind, t.kind):
        return False
    if not _currencies_compatible(s.currency, t.currency):
        return False
    if s.unit is not None and t.unit is not None and s.unit != t.unit:
        return _converted(s, t)
    if s.kind == t.kind == "percent" and s.unit != t.unit:
        return False  # percentage points against a percentage
    return not _readings(s).isdisjoint(_readings(t))


def _same_text(s: Figure, t: Figure) -> bool:
    """A version or identifier against a figure: the same string, whatever the case."""
    a = text_of(s) if s.kind in _TEXTUAL else s.text
    b = text_of(t) if t.kind in _TEXTUAL else t.text
    return a is not None and b is not None and a.casefold() == b.casefold()


def _same_date(s: Figure, t: Figure) -> bool:
    """Two dates that agree on the month and on every other part both write."""
    if s.kind != t.kind:
        return False
    a, b = dict(s.extra), dict(t.extra)
    shared = a.keys() & b.keys()
    return "month" in shared and all(a[k] == b[k] for k in shared)


def _same_range_end(s: Figure, t: Figure) -> bool:
    """Two ranges with the same end, of the same thing (percent, money) if either says."""
    a, b = dict(s.extra), dict(t.extra)
    return Decimal(a["end"]) == Decimal(b["end"]) and a.get("of", b.get("of")) == b.get(
        "of", a.get("of")
    )


def _converted(s: Figure, t: Figure) -> bool:
    """Whether ``t`` is ``s`` converted to another unit, as rounded as ``t`` is written."""
    a, b = UNIT_CONVERSIONS.get(s.unit or ""), UNIT_CONVERSIONS.get(t.unit or "")
    if a is None or b is None or a[0] != b[0]:
        return False
    if a[0] == "temperature":
        value = s.value * 9 / 5 + 32 if s.unit == "°C" else (s.value - 32) * 5 / 9
    else:
        value = s.value * a[1] / b[1]
    exponent = (
        min(t.value.as_tuple().exponent, 0) if isinstance(t.value.as_tuple().exponent, int) else 0
    )
    step = Decimal(1).scaleb(exponent)
    return abs(value - t.value) <= max(step / 2, abs(t.value) / 100)


def _split_ranges(src: _Side, tgt: _Side) -> list[tuple[int, int]]:
    """Match a range on one side with its two ends written as two figures on the other."""
    pairs: list[tuple[int, int]] = []
    for ranges, others, flip in ((src, tgt, False), (tgt, src, True)):
        for r in sorted(i for i in ranges.free if ranges[i].kind == "range"):
            end = replace(
                ranges[r], kind="count", value=Decimal(dict(ranges[r].extra)["end"]), extra=()
            )
            start = replace(ranges[r], kind="count", extra=())
            first = next(
                (o for o in others.candidates(start) if _same_meaning(start, others[o])), None
            )
            last = next(
                (o for o in others.candidates(end) if o != first and _same_meaning(end, others[o])),
                None,
            )
            if first is None or last is None:
                continue
            ranges.free.discard(r)
            for o in (first, last):
                others.free.discard(o)
                pairs.append((o, r) if flip else (r, o))
    return pairs


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
            other.kind in NUMERIC_KINDS and value in _readings(other)
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
    if _family(s) != _family(t):
        return None
    if _small_words_apart(s, t):
        return None
    same_digits = _digits(s) == _digits(t)
    if not same_digits and not _kinds_compatible(s.kind, t.kind):
        return None
    distance = _distance(s, t)
    return (0 if same_digits else 1) + (0 if s.kind == t.kind else 0.5) + gap + distance


def _identifier_cost(s: Figure, t: Figure, gap: float) -> float | None:
    """Two identifiers are one changed only when their shapes agree and tell."""
    if s.kind != t.kind:
        return None
    a, b = text_of(s) or "", text_of(t) or ""
    shape = _SHAPE.sub("#", a)
    phones = "phone" in dict(s.extra) and "phone" in dict(t.extra)
    # Two phone numbers of one shape are one number retyped; other digit
    # strings only pair when letters make their shapes telling (du(8) / du(1)).
    if shape != _SHAPE.sub("#", b) or not (phones or any(c.isalpha() for c in shape)):
        return None
    return 1 + gap


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
    if s.kind in ("identifier", "version", "date"):
        return f"{s.kind} differs"
    if not _currencies_compatible(s.currency, t.currency):
        return f"currency differs: {s.currency} vs {t.currency}"
    if s.unit and t.unit and s.unit != t.unit:
        return f"unit differs: {s.unit} vs {t.unit}"
    if not _kinds_compatible(s.kind, t.kind):
        return f"kind differs: {s.kind} vs {t.kind}"
    if s.scale != t.scale and mantissa(s) == mantissa(t):
        return f"scale differs: {scale_name(s.scale)} vs {scale_name(t.scale)}"
    if s.kind == "range" and t.kind == "range":
        return "range differs"
    if s.value == -t.value:
        return "sign differs"
    return "value differs"


def scale_name(scale: int) -> str:
    """The English word for a scale factor, as messages name it: ``billion``."""
    return SCALE_NAMES.get(scale, "none" if scale == 1 else f"10^{round(math.log10(scale))}")
