"""Figures under construction, and the signs and words written around a number.

An ``Atom`` is a figure whose kind is not settled yet; ``read_prefix`` and
``read_suffix`` give it the sign, currency, percent, scale and unit the text
writes around its digits or words. Where they sit also betrays a writing
convention (``54,1 %`` and ``45 €`` go with a decimal comma, ``€45`` and
``54.1%`` with a decimal point), kept in ``styles``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from translint.analysis.lexicon import MINUS, SPACES, Lexicon
from translint.analysis.numbers import COMMA, POINT, Number, normal


@dataclass
class Atom:
    """A figure under construction; ``kind`` is settled last."""

    start: int
    end: int
    value: Decimal
    kind: str = "count"
    unit: str | None = None
    currency: str | None = None
    scale: int = 1
    written: str = "digits"
    extra: tuple[tuple[str, str], ...] = ()
    plain: bool = False  # digits only, no separator: may be a year
    styles: tuple[str | None, ...] = ()  # the conventions its writing betrays (POINT, COMMA)
    article: bool = False  # "une" alone: a figure only as the end of a range ("d'une à cinq")


class Spans:
    """Spans already claimed by a figure, kept sorted so that a lookup is a bisection."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.starts, start)
        if k and self.ends[k - 1] > start:
            return True
        return k < len(self.starts) and self.starts[k] < end

    def add(self, start: int, end: int) -> None:
        k = bisect.bisect_right(self.starts, start)
        self.starts.insert(k, start)
        self.ends.insert(k, end)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.starts, self.ends, strict=True)


def read_prefix(text: str, lex: Lexicon, atom: Atom) -> None:
    """A sign or a currency written before the number (``-15``, ``US$ 3.5``, ``€45``)."""
    start = atom.start
    window = text[max(0, start - 6) : start]
    m = lex.currency_prefix.search(window)
    if m:
        atom.currency = currency_of(lex, m["sym"], m["code"], None)
        atom.kind = "money"
        atom.start = start - (len(window) - m.start())
        atom.styles += (POINT,)  # decimal-comma writers put the currency after
        return
    if (
        start >= 1
        and text[start - 1] in MINUS
        and (start == 1 or not (text[start - 2].isalnum() or text[start - 2] in "_-."))
    ):
        atom.value = -atom.value
        atom.start = start - 1


def currency_of(lex: Lexicon, sym: str | None, code: str | None, name: str | None) -> str:
    """The ISO code (or the ambiguous ``"$"``) of a currency symbol, code or name."""
    if sym is not None:
        return lex.currency_symbols.get(
            sym, lex.currency_symbols.get(re.sub(r"\s+", " ", sym), "$")
        )
    if code is not None:
        return code
    assert name is not None
    return lex.currency_names.get(re.sub(r"\s+", " ", name.lower()), "$")


def read_suffix(text: str, lex: Lexicon, atom: Atom, number: Number | None) -> None:
    """Ordinal suffix, percent, scale, currency or unit written after the number.

    ``number`` is None for a number in words, which has no ordinal suffix and
    betrays no writing convention.
    """
    if _ordinal(text, lex, atom, number) or _percent(text, lex, atom, number):
        return
    pos = _scale(text, lex, atom)
    c = lex.connective.match(text, pos) if atom.scale > 1 and lex.connective else None
    if c and (lex.currency.match(text, c.end()) or lex.unit.match(text, c.end())):
        pos = c.end()
    if _currency(text, lex, atom, pos) or atom.currency is not None:
        return
    _unit(text, lex, atom, pos)


def _ordinal(text: str, lex: Lexicon, atom: Atom, number: Number | None) -> bool:
    """``3rd``, ``3e``: whether an ordinal suffix follows the digits."""
    integral = atom.value == atom.value.to_integral_value()
    if number is not None and integral and (m := lex.ordinal.match(text, atom.end)):
        atom.kind, atom.end = "ordinal", m.end()
        return True
    return False


def _percent(text: str, lex: Lexicon, atom: Atom, number: Number | None) -> bool:
    """``54.1%``, ``54,1 %``, ``3 percentage points``: whether a percent follows."""
    if m := lex.percent_points.match(text, atom.end):
        atom.kind, atom.unit, atom.end = "percent", "pp", m.end()
        return True
    if m := lex.percent.match(text, atom.end):
        atom.kind, atom.end = "percent", m.end()
        if m.group().endswith("%") and number is not None:
            # Decimal-comma writers space the sign off, decimal-point writers do not.
            atom.styles += ((COMMA if m.group()[0] in SPACES else POINT),)
        return True
    return False


def _scale(text: str, lex: Lexicon, atom: Atom) -> int:
    """Apply a scale symbol or word (``3.5M``, ``198.1 billion``); where reading goes on."""
    pos = atom.end
    m = lex.scale.match(text, pos) or lex.scale_before_currency.match(text, pos)
    if m:
        name = m.groupdict().get("name")
        key = m["sym"] or m.groupdict().get("spaced") or (name or "").lower()
        factor = lex.scale_symbols.get(key) or lex.scale_names.get(key, 1)
        atom.scale *= factor
        atom.value = normal(atom.value * factor)
        pos = atom.end = m.end()
        if name is not None and atom.written == "digits":
            atom.written = "mixed"
    return pos


def _currency(text: str, lex: Lexicon, atom: Atom, pos: int) -> bool:
    """``45 €``, ``20 $ CA``, ``198.1 billion KRW``: whether a currency follows."""
    m = lex.currency.match(text, pos)
    if not m:
        return False
    if atom.currency is None:
        atom.currency = currency_of(lex, m["sym"], m["code"], m["name"])
        if m["sym"] is not None:
            atom.styles += (COMMA,)  # a symbol after the number: the decimal-comma habit
    atom.kind, atom.end = "money", m.end()
    return True


def _unit(text: str, lex: Lexicon, atom: Atom, pos: int) -> None:
    """A unit symbol or name after the number (``20 km``, ``5 inches``), or a decade's s."""
    if m := lex.unit.match(text, pos):
        if m.group() == "s" and atom.plain and 1000 <= atom.value <= 2100:
            atom.end = m.end()  # a decade: the 1990s
            return
        key = m["sym"] if m["sym"] is not None else m["name"].lower()
        atom.unit = lex.unit_symbols.get(key) or lex.unit_names.get(key)
        atom.kind, atom.end = "quantity", m.end()
