"""Dates, times of day and phone numbers: the figures read before any run of digits.

A date is read with the language's month names (``7 September 2025``,
``Sep 7``, ``mai 2025``, ``June of 2017``, ``Dec/02/2019``) or in ISO form
(``2025-05-07``), and two days of one month joined as a range (``du 4 au 17
juillet``, ``April 16-24``) are one date with an end day, two listed (``6 et
8 avril``, ``April 6,8``) two dates of that month; a time of day with
the language's clock (``17:30``, ``5:30 p.m.``, ``17 h 30``) as a ``time``
of value HHMM on a 24-hour clock; a phone number is an identifier compared
by its digits alone. All claim their span first, so that the digits inside
them are not read again as counts.
"""

from __future__ import annotations

import re
from decimal import Decimal

from translint.analysis.atoms import Atom, Spans
from translint.analysis.lexicon import SPACE, SPACES, Lexicon
from translint.analysis.numbers import MAX_DIGITS

__all__ = ["date_atom", "dates_and_times", "digits_value", "iso_date"]

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
_PHONE = re.compile(
    rf"(?<![\w.,+])(?:\+\d{{1,3}}[{SPACES}.-]?)?(?:\(\d{{1,4}}\){SPACE}?|\d{{2,4}}[{SPACES}.-])"
    rf"\d{{3}}[{SPACES}.-]\d{{4}}(?![\w]|[.,-]\d)"
    rf"|(?<![\w.,])0\d(?:[{SPACES}.]\d{{2}}){{4}}(?![\w]|[.,]\d)"
)


def dates_and_times(text: str, lex: Lexicon, taken: Spans) -> list[Atom]:
    """Phone numbers, dates with a month name (``Sep 7``, ``mai 2025``) and times of day."""
    atoms = _phones(text, taken) + _date_ranges(text, lex, taken) + _date_lists(text, lex, taken)
    return atoms + _dates(text, lex, taken) + _times(text, lex, taken)


def _phones(text: str, taken: Spans) -> list[Atom]:
    """Phone numbers: identifiers compared by their digits alone, so that
    ``514-555-1234`` and ``514 555 1234`` are the same."""
    atoms = []
    for m in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        atoms.append(
            Atom(
                m.start(),
                m.end(),
                digits_value(digits),
                kind="identifier",
                extra=(("phone", digits),),
            )
        )
        taken.add(m.start(), m.end())
    return atoms


def _dates(text: str, lex: Lexicon, taken: Spans) -> list[Atom]:
    """Dates with a month name: ``7 September 2025``, ``Sep 7``, ``mai 2025``."""
    atoms = []
    for pattern in lex.dates:
        for m in pattern.finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            month = lex.months.get(m["month"].lower())
            if month is None:
                continue
            day = int(m.groupdict().get("day") or 0)
            year = int(m["year"] or 0)
            atoms.append(date_atom(m.start(), m.end(), year, month, day))
            taken.add(m.start(), m.end())
    return atoms


def _date_ranges(text: str, lex: Lexicon, taken: Spans) -> list[Atom]:
    """Two days of one month as one date: ``du 4 au 17 juillet``, ``April 16-24, 2020``."""
    atoms = []
    for pattern in lex.date_ranges:
        for m in pattern.finditer(text):
            month = lex.months.get(m["month"].lower())
            day, end = int(m["day"]), int(m["end"])
            start = lex.range_start(text, m["join"], m.start())
            if month is None or end <= day or start is None or taken.overlaps(start, m.end()):
                continue
            year = int(m["year"] or 0)
            atoms.append(date_atom(start, m.end(), year, month, day, end_day=end))
            taken.add(start, m.end())
    return atoms


def _date_lists(text: str, lex: Lexicon, taken: Spans) -> list[Atom]:
    """Two days of one month listed, as two dates: ``6 et 8 avril``, ``April 6,8``."""
    atoms = []
    for pattern in lex.date_lists:
        for m in pattern.finditer(text):
            month = lex.months.get(m["month"].lower())
            day, end = int(m["day"]), int(m["end"])
            if month is None or end <= day or taken.overlaps(m.start(), m.end()):
                continue
            year = int(m["year"] or 0)
            atoms.append(date_atom(m.start(), m.start("join"), year, month, day))
            atoms.append(date_atom(m.end("join"), m.end(), year, month, end))
            taken.add(m.start(), m.end())
    return atoms


def _times(text: str, lex: Lexicon, taken: Spans) -> list[Atom]:
    """Times of day, HHMM on a 24-hour clock: ``5:30 p.m.`` and ``17 h 30`` are 1730."""
    atoms: list[Atom] = []
    if lex.clock is None:
        return atoms
    for m in lex.clock.finditer(text):
        hour, minute = int(m["hour"]), int(m["minute"] or 0)
        period = m["period"] or m["only_period"]
        if period is not None:
            if not 1 <= hour <= 12:
                continue  # "13 p.m." is no time
            hour = hour % 12 + lex.day_periods[period.lower()]
        if not taken.overlaps(m.start(), m.end()):
            atoms.append(Atom(m.start(), m.end(), Decimal(hour * 100 + minute), kind="time"))
            taken.add(m.start(), m.end())
    return atoms


def date_atom(start: int, end: int, year: int, month: int, day: int, end_day: int = 0) -> Atom:
    """A date of the parts written (0 for a part left out); a range of days has an end day."""
    parts = (("year", year), ("month", month), ("day", day), ("end_day", end_day))
    extra = tuple((name, str(v)) for name, v in parts if v)
    value = Decimal(year * 10000 + month * 100 + day)
    return Atom(start, end, value, kind="date", extra=extra)


def iso_date(run: str, start: int, end: int) -> Atom | None:
    """``2025-05-07`` or ``2025-05`` with a plausible year, month and day, else None."""
    iso = _ISO_DATE.fullmatch(run)
    if iso and 1000 <= int(iso[1]) <= 2100 and 1 <= int(iso[2]) <= 12:
        day = int(iso[3] or 0)
        if day <= 31:
            return date_atom(start, end, int(iso[1]), int(iso[2]), day)
    return None


def digits_value(text: str) -> Decimal:
    """The digits of ``text`` as one number, cut to a quantity's length."""
    return Decimal(re.sub(r"\D", "", text)[:MAX_DIGITS] or 0)
