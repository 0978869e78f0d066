"""When two figures mean the same thing, whatever the writing: the rules of sameness.

``same_meaning`` allows for what localisation changes (separators, a moved
unit or currency word, a converted unit, the other language's reading of
``1,250``) and for nothing else; ``match_figures`` (``translint.compare.figures``)
pairs figures with it and describes what differs with the other predicates.
"""

from __future__ import annotations

import re
from decimal import Decimal
from types import MappingProxyType

from translint.analysis.figures import NUMERIC_KINDS
from translint.analysis.numbers import normal
from translint.model import Figure

__all__ = [
    "UNIT_CONVERSIONS",
    "clock_ranges",
    "clocks",
    "currencies_compatible",
    "kinds_compatible",
    "readings",
    "same_meaning",
    "text_of",
]

_AMBIGUOUS = re.compile(r"(?<![\d.,])(\d{1,3})([.,])(\d{3})(?![\d.,])")


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


# Kinds that differ only by a marker a translation may move away from the number.
_BASE_KIND = MappingProxyType({"count": "count", "year": "count", "ordinal": "count"})


def readings(figure: Figure) -> set[Decimal]:
    """The value, plus the other language's reading of an ambiguous ``1,250``."""
    values = {figure.value}
    if figure.kind in NUMERIC_KINDS and (m := _AMBIGUOUS.search(figure.text)):
        sign = -1 if figure.value < 0 else 1
        for digits in (m[1] + m[3], f"{m[1]}.{m[3]}"):
            values.add(normal(Decimal(digits) * figure.scale * sign))
    return values


def kinds_compatible(a: str, b: str) -> bool:
    """Kinds that differ only by a marker the translation may have moved or dropped."""
    if a == b:
        return True
    base_a, base_b = _BASE_KIND.get(a, a), _BASE_KIND.get(b, b)
    return base_a == base_b or "count" in (base_a, base_b)


def currencies_compatible(a: str | None, b: str | None) -> bool:
    """Currencies that may be one: either missing, equal, or ``$`` against a dollar."""
    if a is None or b is None or a == b:
        return True
    return "$" in (a, b) and a in DOLLAR_CURRENCIES and b in DOLLAR_CURRENCIES


def text_of(figure: Figure) -> str | None:
    """The string a version or identifier is compared by."""
    extra = dict(figure.extra)
    return extra.get("text") or extra.get("ref") or extra.get("phone")


def clocks(figure: Figure) -> set[Decimal]:
    """The times of day (HHMM) a figure may be: a time, or a number of hours (« 17 h »).

    French writes 5 p.m. ``17 h``, which is also 17 hours: against a time it
    is read as one. ``1,5 h`` is 1:30, the reading of ``1 h 30``.
    """
    if figure.kind == "time":
        return {figure.value}
    if figure.kind == "quantity" and figure.unit == "h" and figure.scale == 1:
        return _hours_clock(figure.value)
    return set()


def clock_ranges(figure: Figure) -> set[tuple[Decimal, Decimal]]:
    """The spans of the day (HHMM to HHMM) a range may be.

    A range of times is its own; a range of hours (``de 9 h à 17 h``) reads
    as times; a bare ``9 to 5`` as the 12-hour clock allows (9:00 to 17:00).
    """
    if figure.kind != "range" or figure.scale != 1:
        return set()
    extra = dict(figure.extra)
    start, end = figure.value, Decimal(extra["end"])
    if extra.get("of") == "time":
        return {(start, end)}
    if figure.unit == "h":
        return {(a, b) for a in _hours_clock(start) for b in _hours_clock(end)}
    if figure.unit is None and figure.currency is None and "of" not in extra:
        return _twelve_hour(start, end)
    return set()


def _hours_clock(hours: Decimal) -> set[Decimal]:
    """A number of hours as the time it names, HHMM: 17 is 1700, 1.5 is 130."""
    whole = int(hours)
    minutes = (hours - whole) * 60
    if 0 <= hours <= 24 and minutes == minutes.to_integral_value():
        return {Decimal(whole * 100 + int(minutes))}
    return set()


def _twelve_hour(start: Decimal, end: Decimal) -> set[tuple[Decimal, Decimal]]:
    """``9 to 5``, ``1 to 3``: the spans of a 12-hour clock its two hours may name."""
    if not all(1 <= v <= 12 and v == v.to_integral_value() for v in (start, end)):
        return set()
    a, b = start % 12 * 100, end % 12 * 100
    if a < b:  # both in the morning or both in the afternoon
        return {(a, b), (a + 1200, b + 1200)}
    return {(a, b + 1200)}  # across noon


def _on_the_clock(figure: Figure) -> bool:
    """A time, or a range that can only be one of times or hours."""
    return figure.kind == "time" or (
        figure.kind == "range" and (figure.unit == "h" or dict(figure.extra).get("of") == "time")
    )


_TEXTUAL = ("identifier", "version")


def same_meaning(s: Figure, t: Figure) -> bool:
    """Whether two figures say the same thing, allowing for localisation."""
    if s.kind in _TEXTUAL or t.kind in _TEXTUAL:
        return _same_text(s, t)
    if s.kind == "date" or t.kind == "date":
        return _same_date(s, t)
    if "time" in (s.kind, t.kind):
        return not clocks(s).isdisjoint(clocks(t))
    if (s.kind == "range") != (t.kind == "range"):
        return False
    if s.kind == "range":
        if _same_span_of_day(s, t):
            return True
        if not _same_range_end(s, t):
            return False
    elif not kinds_compatible(s.kind, t.kind):
        return False
    return _same_amount(s, t)


def _same_amount(s: Figure, t: Figure) -> bool:
    """Two numbers of compatible kinds: the same value, currency and unit, or converted."""
    if not currencies_compatible(s.currency, t.currency):
        return False
    if s.unit is not None and t.unit is not None and s.unit != t.unit:
        return _converted(s, t)
    if s.kind == t.kind == "percent" and s.unit != t.unit:
        return False  # percentage points against a percentage
    return not readings(s).isdisjoint(readings(t))


def _same_span_of_day(s: Figure, t: Figure) -> bool:
    """Two ranges, one of times or hours, that name the same span of the day."""
    on_the_clock = _on_the_clock(s) or _on_the_clock(t)
    return on_the_clock and not clock_ranges(s).isdisjoint(clock_ranges(t))


def _same_text(s: Figure, t: Figure) -> bool:
    """A version or identifier against a figure: the same string, whatever the case."""
    a = text_of(s) if s.kind in _TEXTUAL else s.text
    b = text_of(t) if t.kind in _TEXTUAL else t.text
    return a is not None and b is not None and a.casefold() == b.casefold()


def _same_date(s: Figure, t: Figure) -> bool:
    """Two dates that agree on the month and on every other part both write.

    A range of days (``du 4 au 17 juillet``) is only ever a range of days.
    """
    if s.kind != t.kind:
        return False
    a, b = dict(s.extra), dict(t.extra)
    if ("end_day" in a) != ("end_day" in b):
        return False
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
