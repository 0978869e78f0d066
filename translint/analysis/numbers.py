"""Reading digits with separators: ``1,250,000``, ``1 250,5``, ``3.5``, ``2.6.32``.

A number's separators betray a convention, named by the separators
themselves rather than by a language, since many languages share each one:

- ``POINT``: a decimal point, thousands grouped with commas (``1,234.5``);
- ``COMMA``: a decimal comma, thousands grouped with spaces or dots
  (``1 234,5``, ``1.234,5``).

Each language's data module says which one it writes (``DECIMAL_STYLE``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from translint.analysis.lexicon import SPACE

POINT = "point"  # 1,234.5
COMMA = "comma"  # 1 234,5
MAX_DIGITS = 20  # longer digit strings are serial numbers, not quantities
_SPACED = re.compile(rf"(\d{{1,3}}(?:{SPACE}\d{{3}})+)(?:([.,])(\d+))?")


@dataclass(frozen=True)
class Number:
    """A number as written, before its context gives it a kind."""

    value: Decimal
    style: str | None  # POINT, COMMA, or None when the separators do not tell
    shape: str = "number"  # number | version | list | ip


def decimal_of(text: str) -> Decimal:
    """The canonical Decimal of digits with at most one decimal point."""
    return normal(Decimal(text))


def normal(value: Decimal) -> Decimal:
    """Canonical form, so that 198.1 * 10**9 prints as 198100000000."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1)) if value.adjusted() < 27 else value
    return value.normalize()


def read_number(core: str, decimal: str, grouping: tuple[str, ...]) -> Number | None:
    """The value of digits with separators, read with one language's symbols.

    ``decimal`` and ``grouping`` are the language's (from Babel): English
    reads ``1,250`` as 1250, French as 1.25 (matching tries the other reading
    too, see ``readings`` in ``translint.compare.meaning``). A comma that is
    neither is a tuple separator (``[0,1]`` in English). A dot is read as a
    decimal point where the language does not group with it: French texts
    keep software values like ``127.5``. ``style`` says which convention the
    separators betray. Returns None for digits that are not one number.
    """
    if len(core) > MAX_DIGITS + 8:
        return None
    if spaced := _SPACED.fullmatch(core):  # "1 250 000", "1 250,5": grouped with spaces
        digits = re.sub(r"\D", "", spaced[1])
        value = decimal_of(f"{digits}.{spaced[3]}" if spaced[3] else digits)
        return Number(value, COMMA if spaced[2] in (None, ",") else None)
    parts = re.split(r"([.,])", core)
    groups, seps = parts[0::2], parts[1::2]
    if len(groups[0].lstrip("0")) > MAX_DIGITS:
        return None
    if not seps:
        return Number(decimal_of(core), None)
    if len(seps) == 1:
        return _one_separator(seps[0], groups[0], groups[1], decimal, grouping)
    return _separators(core, groups, seps, decimal)


def _decimal_style(separator: str) -> str:
    """The convention that writes ``separator`` as its decimal separator."""
    return POINT if separator == "." else COMMA


def _one_separator(
    sep: str, head: str, tail: str, decimal: str, grouping: tuple[str, ...]
) -> Number:
    """``1,250``, ``3.5``, ``[0,1]``: a grouping, a decimal separator or a tuple."""
    grouped = 1 <= len(head) <= 3 and len(tail) == 3 and not head.startswith("0")
    if grouped and sep in grouping:
        # A grouping comma betrays a decimal point, a grouping dot a decimal comma.
        return Number(decimal_of(head + tail), POINT if sep == "," else COMMA)
    if sep == decimal or sep == ".":
        return Number(decimal_of(f"{head}.{tail}"), _decimal_style(sep))
    return Number(Decimal(0), None, shape="list")  # "[0,1]", "(4,2)"


def _separators(core: str, groups: list[str], seps: list[str], decimal: str) -> Number | None:
    """Digits with two separators or more: groupings, an IP address, a version, a tuple."""
    valid_grouping = 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    if set(seps) == {","}:
        if valid_grouping:
            return Number(decimal_of("".join(groups)), POINT)
        return Number(Decimal(0), None, shape="list")
    if set(seps) == {"."}:
        if len(groups) == 4 and all(len(g) <= 3 and int(g) <= 255 for g in groups):
            return Number(Decimal(0), None, shape="ip")
        if valid_grouping and decimal != ".":
            return Number(decimal_of("".join(groups)), None)
        return Number(decimal_of(groups[0]), None, shape="version")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d+", core):
        return Number(decimal_of(core.replace(",", "")), POINT)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+", core):
        return Number(decimal_of(core.replace(".", "").replace(",", ".")), COMMA)
    return None
