"""Pairing the figures of a translation with those of its original, by meaning.

``match_figures`` pairs the figures of one aligned group of paragraphs and
sorts what is left into mismatches, missing figures and extra figures;
``match_figure_groups`` does it for every matched group of a check, once, for
the figure rules. Pure functions over analysed paragraphs (their figures come
from ``translint.analysis.figures``) and the alignment. This module holds the
policies below and the order of the passes; the passes themselves are in
``translint.compare.figure_matching``.

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
  counterpart is often an article. A bare ``1`` and such a word never pair
  into a mismatch (``GIMP 1`` / « trois boutons »): each was dropped alone.
- An identifier which found its counterpart covers the numbers it glues:
  the same number written apart on its side (« base 8 (radix=8) ») is not
  reported; an identifier of two numbers matches a range (``[0,1]`` / « de
  0 à 1 »).
- A figure repeated in a group and left unpaired is reported once, and not
  at all if one of its repetitions found its counterpart ("the same").
- Units a translator converts (inches to centimetres, miles to kilometres,
  °F to °C) match when the conversion, rounded as written, agrees.
- A date the translation gives a year where the original names its month
  alone ("by September" / « en septembre 2020 ») is no extra figure; a
  number equal to the day of a date left missing (« le 4 fevrier », a
  misspelt month) is not reported a second time.
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
from translint.analysis.lexicon import lexicon
from translint.analysis.numbers import normal
from translint.compare.figure_matching import (
    Side,
    absorb_into_identifiers,
    lone_one,
    pair_mismatches,
    pair_same_key,
    pair_same_meaning,
    split_ranges,
    unpaired,
    years_in_months,
)
from translint.compare.meaning import (
    clocks,
    currencies_compatible,
    kinds_compatible,
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
            if matching.extra:
                words = " ".join(_without_figures(source.paragraphs[i]) for i in group.source)
                matching = _accounted_for(matching, bare_months(words, source.lang))
            result.append(GroupMatching(group, matching, MappingProxyType(paragraphs)))
    return tuple(result)


def _without_figures(analysed: AnalysedParagraph) -> str:
    """A paragraph's content with its figures blanked out: the words around them."""
    content = analysed.paragraph.content
    for figure in analysed.figures:
        content = (
            content[: figure.start] + " " * (figure.end - figure.start) + content[figure.end :]
        )
    return content


def bare_months(text: str, lang: str) -> frozenset[int]:
    """The months ``text`` names by a word, capitalised where the language capitalises
    month names (English ``May`` is a month, ``may`` is not)."""
    record = language(lang)
    months = lexicon(lang).months
    return frozenset(
        months[word.lower()]
        for word in _WORD.findall(text)
        if word.lower() in months and (word[0].isupper() or not record.figures.months_capitalised)
    )


def _accounted_for(matching: FigureMatching, months: frozenset[int]) -> FigureMatching:
    """The matching without the extra figures that the original accounts for.

    A translator gives the year of a month the original names alone ("by
    September" / « en septembre 2020 »): no figure of the original is lost.
    And a date the translation misspells (« le 4 fevrier ») is no date, but
    its day is: the missing date says it, an extra 4 would say it twice.
    """
    days = {_part(f, "day") for f in matching.missing if f.kind == "date"} - {None}

    def accounted(figure: Figure) -> bool:
        if figure.kind == "date" and _part(figure, "day") is None:
            return _part(figure, "month") in months
        return figure.kind == "count" and figure.scale == 1 and figure.value in days

    kept = tuple(f for f in matching.extra if not accounted(f))
    return matching if len(kept) == len(matching.extra) else replace(matching, extra=kept)


def _part(figure: Figure, name: str) -> int | None:
    """A part of a date figure (``year``, ``month``, ``day``), None when not written."""
    value = dict(figure.extra).get(name)
    return int(value) if value is not None else None


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
_WORD = re.compile(r"[^\W\d_]+")


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
    src, tgt = Side(source), Side(target)
    pairs: list[tuple[int, int]] = []
    # A lone "one" pairs last: it only confirms a 1 that nothing else claims.
    for weak in (False, True):
        pairs += pair_same_key(src, tgt, weak)
        pairs += pair_same_meaning(src, tgt, weak)
    pairs += years_in_months(src, tgt)
    pairs += split_ranges(src, tgt) + absorb_into_identifiers(src, tgt)
    mismatches = pair_mismatches(src, tgt, _mismatch_cost)
    matched = sorted(pairs)
    paired_s = {i for i, _ in mismatches}
    paired_t = {j for _, j in mismatches}
    return FigureMatching(
        matched=tuple((src[i], tgt[j]) for i, j in matched),
        mismatched=tuple(
            FigureMismatch(src[i], tgt[j], _reason(src[i], tgt[j])) for i, j in mismatches
        ),
        missing=unpaired(src, src.free - paired_s, {i for i, _ in matched}, _reported),
        extra=unpaired(tgt, tgt.free - paired_t, {j for _, j in matched}, _reported),
    )


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
    if lone_one(s) or lone_one(t):
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
    if "phone" in dict(s.extra) or "phone" in dict(t.extra):
        # link-mismatch compares phone numbers: it tells a digit retyped (a
        # warning) from another service line (info), which a figure cannot.
        return None
    a, b = text_of(s) or "", text_of(t) or ""
    shape = _SHAPE.sub("#", a)
    # Other digit strings only pair when letters make their shapes telling
    # (du(8) / du(1)).
    if shape != _SHAPE.sub("#", b) or not any(c.isalpha() for c in shape):
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
    """Small words pair only with the same kind, and with digits one might spell out.

    Never with a bare 1: both would go unreported alone, and "GIMP 1" beside
    « trois boutons » is two figures each side dropped, not one changed.
    """
    if (_small_words(s) and _bare_one(t)) or (_small_words(t) and _bare_one(s)):
        return True
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
