"""One language's figure data compiled into the matchers the figure reader uses.

The words and symbols themselves are data in ``translint.lang.<lang>.figures``;
this module holds the international tables (unit symbols, currency codes) and
turns both into regular expressions, once per language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from translint.lang import FigureData, Language, language

# Unit symbols are international: language modules add their own (Go, Mo).
UNIT_SYMBOLS = MappingProxyType(
    {
        "km": "km",
        "m": "m",
        "cm": "cm",
        "mm": "mm",
        "mi": "mi",
        "kg": "kg",
        "g": "g",
        "t": "t",
        "W": "W",
        "kW": "kW",
        "MW": "MW",
        "GW": "GW",
        "kWh": "kWh",
        "MWh": "MWh",
        "GWh": "GWh",
        "°C": "°C",
        "°F": "°F",
        "°": "°",
        "h": "h",
        "min": "min",
        "s": "s",
        "ms": "ms",
        "B": "B",
        "kB": "kB",
        "KB": "kB",
        "MB": "MB",
        "GB": "GB",
        "TB": "TB",
        "KiB": "KiB",
        "MiB": "MiB",
        "GiB": "GiB",
        "TiB": "TiB",
        "bit": "bit",
        "px": "px",
        "dpi": "dpi",
        "ppi": "ppi",
        "Hz": "Hz",
        "kHz": "kHz",
        "MHz": "MHz",
        "GHz": "GHz",
        "V": "V",
    }
)

# ISO 4217 codes recognised next to a number; a longer list catches "ALL" or "TOP".
CURRENCY_CODES = frozenset(
    {
        "USD",
        "CAD",
        "EUR",
        "GBP",
        "JPY",
        "KRW",
        "AUD",
        "NZD",
        "CHF",
        "CNY",
        "HKD",
        "SGD",
        "INR",
        "MXN",
        "BRL",
        "SEK",
        "NOK",
        "DKK",
        "ZAR",
        "RUB",
        "TWD",
        "THB",
    }
)

# Every space a typesetter puts between digit groups or before a sign: the
# space, the no-break space, the narrow no-break space (U+202F), and the thin
# (U+2009), figure (U+2007), hair (U+200A) and punctuation (U+2008) spaces.
SPACES = " \u00a0\u202f\u2009\u2007\u200a\u2008"
SPACE = f"[{SPACES}]"
DASHES = "-\u2013\u2014"
MINUS = "-\u2212"
_DASH_JOINER = re.compile(rf"{SPACE}?[{DASHES}]{SPACE}?")


@dataclass(frozen=True)
class Lexicon:
    """One language's data compiled into matchers; built once per language."""

    lang: str
    data: FigureData
    elisions: frozenset[str]  # the elided words read apart from the next (French "d'")
    text2num: str | None  # the language text2num reads, if any
    decimal: str
    decimal_style: str  # the separator convention the language writes (see Figure.style)
    grouping: tuple[str, ...]
    ordinal: re.Pattern[str]
    percent: re.Pattern[str]
    percent_points: re.Pattern[str]
    scale: re.Pattern[str]
    scale_before_currency: re.Pattern[str]
    connective: re.Pattern[str] | None
    currency: re.Pattern[str]
    currency_prefix: re.Pattern[str]
    unit: re.Pattern[str]
    reference_before: re.Pattern[str]
    version_before: re.Pattern[str]
    dates: tuple[re.Pattern[str], ...]
    # Two days of one month: "16-24 avril", "April 16 to 24", "du 4 au 17 juillet".
    date_ranges: tuple[re.Pattern[str], ...]
    date_lists: tuple[re.Pattern[str], ...]  # "6 et 8 avril", "April 6,8": two dates
    clock: re.Pattern[str] | None  # a time of day: hour, minute, day period
    range_joiners: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]
    number_words: re.Pattern[str] | None
    not_figures: re.Pattern[str] | None  # phrases whose digits are no figure ("3rd party")
    roman_ordinal: re.Pattern[str] | None
    scale_names: dict[str, int]
    scale_symbols: dict[str, int]
    currency_symbols: dict[str, str]
    currency_names: dict[str, str]
    unit_symbols: dict[str, str]
    unit_names: dict[str, str]
    months: dict[str, int]
    day_periods: dict[str, int]

    def range_start(self, text: str, between: str, start: int) -> int | None:
        """Where a range starts whose first end is at ``start`` and whose ends ``between`` links.

        At ``start`` after a dash or a joiner that needs no opener (``5 to
        10``), at its opener when the joiner needs one (``between 5 and 10``,
        ``du 4 au 17``); None when ``between`` makes no range.
        """
        if _DASH_JOINER.fullmatch(between):
            return start
        for joiner, before in self.range_joiners:
            if not joiner.fullmatch(between):
                continue
            if before is None:
                return start
            m = before.search(text[max(0, start - 16) : start])
            if m:
                return start - (min(start, 16) - m.start())
        return None


def _alternation(words: Iterable[object], *, fold: bool = False) -> str:
    """A regex alternation, longest first so that ``$ CA`` wins over ``$``."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)
    if not items:
        return "(?!)"  # an empty table matches nothing, not the empty string
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)
    return f"(?i:{body})" if fold else f"(?:{body})"


def lexicon(lang: str) -> Lexicon:
    """The matchers of a registered language; an unknown language is a ValueError."""
    return _lexicon_of(language(lang))


@cache
def _lexicon_of(record: Language) -> Lexicon:
    """Compile a language's figure data (``translint.lang.FigureData``), once per record."""
    lang = record.code
    data = record.figures
    end = r"(?![\w])"
    unit_symbols = {**UNIT_SYMBOLS, **data.unit_symbols}
    currency_symbols = dict(data.currency_symbols)
    currency_names = {k.lower(): v for k, v in data.currency_names.items()}
    unit_names = {k.lower(): v for k, v in data.unit_names.items()}
    scale_names = {k.lower(): v for k, v in data.scale_names.items()}
    prefix_symbols = [s for s in currency_symbols if not s[-1].isalpha()]
    months = dict(data.months)
    scale_before_currency = _alternation(data.scale_symbols_before_currency)
    return Lexicon(
        lang=lang,
        data=data,
        elisions=frozenset(record.text.elisions),
        text2num=data.text2num,
        decimal=data.decimal_symbol,
        decimal_style=data.decimal_style,
        grouping=tuple(data.group_symbols),
        ordinal=re.compile(rf"{_alternation(data.ordinal_suffixes)}{end}"),
        percent=re.compile(rf"{SPACE}?%|\s+{_alternation(data.percent_names, fold=True)}{end}"),
        percent_points=re.compile(
            rf"(?:{SPACE}?%)?\s+{_alternation(data.percent_point_names, fold=True)}{end}"
        ),
        scale=re.compile(
            rf"(?P<sym>{_alternation(data.scale_symbols)}){end}"
            rf"|{SPACE}(?P<spaced>{_alternation(s for s in data.scale_symbols if len(s) > 1)}){end}"
            rf"|\s+(?P<name>{_alternation(scale_names, fold=True)}){end}"
        ),
        scale_before_currency=re.compile(
            rf"{SPACE}?(?P<sym>{scale_before_currency})(?={SPACE}?{_alternation(prefix_symbols)})"
        ),
        connective=_connective(data),
        currency=re.compile(
            rf"{SPACE}?(?P<sym>{_alternation(currency_symbols)})(?![^\W\d_])"
            rf"|{SPACE}?(?P<code>{_alternation(CURRENCY_CODES)}){end}"
            rf"|(?:\s+|(?<=['’]))(?P<name>{_alternation(currency_names, fold=True)}){end}"
        ),
        currency_prefix=re.compile(
            rf"(?:(?<![\w$])(?P<sym>{_alternation(prefix_symbols)})"
            rf"|(?<![\w])(?P<code>{_alternation(CURRENCY_CODES)}){SPACE}){SPACE}?$"
        ),
        unit=re.compile(
            rf"{SPACE}?(?P<sym>{_alternation(unit_symbols)}){end}"
            rf"|(?:\s+|-|(?<=['’]))(?P<name>{_alternation(unit_names, fold=True)}){end}"
        ),
        reference_before=re.compile(
            rf"(?<![\w])(?i:{_alternation(data.reference_words)}){SPACE}+(?:n[o°º]\.?{SPACE}*)?$"
        ),
        version_before=re.compile(rf"(?<![\w])(?i:{_alternation(data.version_words)}){SPACE}+$"),
        dates=_dates(data, months),
        date_ranges=_date_ranges(data, months),
        date_lists=_date_lists(data, months),
        clock=_clock(data),
        range_joiners=_range_joiners(data),
        number_words=re.compile(rf"(?<![\w]){_alternation(data.number_words, fold=True)}(?![\w])")
        if data.number_words
        else None,
        not_figures=re.compile(rf"(?<![\w]){_alternation(data.not_figures, fold=True)}(?![\w])")
        if data.not_figures
        else None,
        roman_ordinal=re.compile(
            rf"(?<![\w])(?P<roman>[IVXLCDM]{{2,}}|[IVX])(?:{_alternation(data.roman_ordinal_suffixes)})"
            rf"(?![\w])"
        )
        if data.roman_ordinal_suffixes
        else None,
        scale_names=scale_names,
        scale_symbols={**data.scale_symbols, **data.scale_symbols_before_currency},
        currency_symbols=currency_symbols,
        currency_names=currency_names,
        unit_symbols=unit_symbols,
        unit_names=unit_names,
        months={m.lower(): n for m, n in months.items()},
        day_periods={p.lower(): n for p, n in data.day_periods.items()},
    )


def _connective(data: FigureData) -> re.Pattern[str] | None:
    """The word between a scale and its unit (``198,1 milliards de KRW``), if any."""
    if not data.scale_connectives:
        return None
    # "de" keeps its trailing space for the next word's matcher; "d'" has none.
    parts = [re.escape(c) + ("" if c[-1] in "'’" else r"(?=\s)") for c in data.scale_connectives]
    return re.compile(rf"\s+(?i:{'|'.join(parts)})")


def _date_parts(data: FigureData, months: dict[str, int]) -> tuple[str, str, str, str]:
    """The month, the day (with its ordinal suffix), the year and what may end a month name."""
    if data.months_capitalised:
        names = {m[:1].upper() + m[1:] for m in months} | {m.upper() for m in months}
        month = f"(?P<month>{_alternation(names)})"
    else:
        month = f"(?P<month>{_alternation(months, fold=True)})"
    day = rf"(?P<day>(?:[12]\d|3[01]|0?[1-9]))(?:{_day_suffix(data)})?"
    year = rf"(?P<year>[12]\d{{3}})(?![\w]|[{DASHES}.,]\d)"
    return month, day, year, r"(?<=\.)|(?![\w])"


def _day_suffix(data: FigureData) -> str:
    """The ordinal suffixes a day may carry (``1st``, ``1er``)."""
    return _alternation(("st", "nd", "rd", "th", *data.ordinal_suffixes))


def _dates(data: FigureData, months: dict[str, int]) -> tuple[re.Pattern[str], ...]:
    """Day-month-year, month-day-year, month-year and ``Dec/02/2019``, with the month names.

    A connective (``of``) may join a month to its year (``June of 2017``) and
    an ordinal day to its month (``the 1st of June``), not a bare number.
    """
    month, day, year, month_end = _date_parts(data, months)
    of = _alternation(data.date_connectives, fold=True)
    return (
        re.compile(
            rf"(?<![\w.,]){day}(?:(?<!\d){SPACE}+{of})?{SPACE}+{month}(?:{month_end})"
            rf"(?:,?{SPACE}+{year})?"
        ),
        re.compile(
            rf"(?<![\w]){month}(?:{month_end}){SPACE}+{day}(?![\w]|[.,]\d)(?:,?{SPACE}+{year})?"
        ),
        re.compile(rf"(?<![\w]){month}(?:{month_end})(?:,?|{SPACE}+{of}){SPACE}+{year}"),
        re.compile(
            rf"(?<![\w/]){month}(?P<sep>[/-])(?P<day>[12]\d|3[01]|0?[1-9])(?P=sep){year}(?!/)"
        ),
    )


def _date_ranges(data: FigureData, months: dict[str, int]) -> tuple[re.Pattern[str], ...]:
    """Two days of one month joined as a range: ``16-24 avril``, ``April 16 to 24, 2020``.

    The joiner is a dash or one of the language's range joiners; whether it
    needs an opener (``du 4 au 17``) is for ``Lexicon.range_start`` to say.
    """
    joiners = _alternation((joiner for _, joiner in data.range_frames), fold=True)
    return _two_days(data, months, rf"{SPACE}?[{DASHES}]{SPACE}?|\s+{joiners}\s+")


def _date_lists(data: FigureData, months: dict[str, int]) -> tuple[re.Pattern[str], ...]:
    """Two days of one month listed: ``6 et 8 avril``, ``April 6,8``, ``May 22 and 25``."""
    joiners = _alternation(data.list_joiners, fold=True)
    return _two_days(data, months, rf",|\s+{joiners}\s+")


def _two_days(data: FigureData, months: dict[str, int], joiner: str) -> tuple[re.Pattern[str], ...]:
    """Two days that share one month (and year), day first and month first, by ``joiner``."""
    month, day, year, month_end = _date_parts(data, months)
    join = rf"(?P<join>{joiner})"
    end = rf"(?P<end>[12]\d|3[01]|0?[1-9])(?:{_day_suffix(data)})?"
    return (
        re.compile(
            rf"(?<![\w.,]){day}{join}{end}{SPACE}+{month}(?:{month_end})(?:,?{SPACE}+{year})?"
        ),
        re.compile(
            rf"(?<![\w]){month}(?:{month_end}){SPACE}+{day}{join}{end}(?![\w]|[.,]\d)"
            rf"(?:,?{SPACE}+{year})?"
        ),
    )


def _clock(data: FigureData) -> re.Pattern[str] | None:
    """A time of day: an hour with minutes (``17:30``, ``17 h 30``) or a day period (``5 p.m.``).

    ``17 h`` alone is not one: it is as often a number of hours. A time glued
    to seconds (``11:59:01``) or followed by minutes (``1 h 30 min``) is not
    one either: a timestamp, a duration.
    """
    if not data.clock_separators and not data.day_periods:
        return None
    separators = [
        rf"{SPACE}?{re.escape(s)}{SPACE}?" if s.isalpha() else re.escape(s)
        for s in data.clock_separators
    ]
    minute = rf"(?:{'|'.join(separators) or '(?!)'})(?P<minute>[0-5]\d)"
    periods = _alternation(data.day_periods, fold=True)
    return re.compile(
        rf"(?<![\w.,:])(?P<hour>[01]?\d|2[0-3])"
        rf"(?:{minute}(?:{SPACE}?(?P<period>{periods}))?|{SPACE}?(?P<only_period>{periods}))"
        rf"(?![\w]|[.,:]\d)(?!{SPACE}?min(?![\w]))"
    )


def _range_joiners(
    data: FigureData,
) -> tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]:
    """The words between two ends of a range, each with the word that must open it."""
    joiners = []
    for opener, joiner in data.range_frames:
        glue = r"\s*" if opener[-1:] in ("'", "’") else r"\s+"  # "d'une à cinq"
        before = re.compile(rf"(?<![\w])(?i:{_words(opener)}){glue}$") if opener else None
        joiners.append((re.compile(rf"\s+(?i:{_words(joiner)})\s+"), before))
    return tuple(joiners)


def _words(phrase: str) -> str:
    """A phrase as a regular expression, any run of spaces between its words."""
    return re.escape(phrase).replace(r"\ ", r"\s+")
