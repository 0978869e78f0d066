"""One language's figure data compiled into the matchers the figure reader uses.

The words and symbols themselves are data in ``translint.lang.<lang>.figures``;
this module holds the international tables (unit symbols, currency codes) and
turns both into regular expressions, once per language.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType, ModuleType

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

SPACE = "[ \u00a0\u202f]"
DASHES = "-\u2013\u2014"
MINUS = "-\u2212"


@dataclass(frozen=True)
class Lexicon:
    """One language's data compiled into matchers; built once per language."""

    lang: str
    data: ModuleType
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
    range_joiners: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]
    number_words: re.Pattern[str] | None
    roman_ordinal: re.Pattern[str] | None
    scale_names: dict[str, int]
    scale_symbols: dict[str, int]
    currency_symbols: dict[str, str]
    currency_names: dict[str, str]
    unit_symbols: dict[str, str]
    unit_names: dict[str, str]
    months: dict[str, int]


def _alternation(words: Iterable[object], *, fold: bool = False) -> str:
    """A regex alternation, longest first so that ``$ CA`` wins over ``$``."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)
    if not items:
        return "(?!)"  # an empty table matches nothing, not the empty string
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)
    return f"(?i:{body})" if fold else f"(?:{body})"


@cache
def lexicon(lang: str) -> Lexicon:
    """Compile the language module's tables; an unknown language is a ValueError."""
    try:
        data = importlib.import_module(f"translint.lang.{lang}.figures")
    except ModuleNotFoundError as error:
        raise ValueError(f"no figure data for language {lang!r}") from error
    end = r"(?![\w])"
    unit_symbols = {**UNIT_SYMBOLS, **data.UNIT_SYMBOLS}
    currency_symbols = dict(data.CURRENCY_SYMBOLS)
    currency_names = {k.lower(): v for k, v in data.CURRENCY_NAMES.items()}
    unit_names = {k.lower(): v for k, v in data.UNIT_NAMES.items()}
    scale_names = {k.lower(): v for k, v in data.SCALE_NAMES.items()}
    prefix_symbols = [s for s in currency_symbols if not s[-1].isalpha()]
    months = dict(data.MONTHS)
    scale_before_currency = _alternation(data.SCALE_SYMBOLS_BEFORE_CURRENCY)
    return Lexicon(
        lang=lang,
        data=data,
        decimal=data.DECIMAL_SYMBOL,
        decimal_style=data.DECIMAL_STYLE,
        grouping=tuple(data.GROUP_SYMBOLS),
        ordinal=re.compile(rf"{_alternation(data.ORDINAL_SUFFIXES)}{end}"),
        percent=re.compile(rf"{SPACE}?%|\s+{_alternation(data.PERCENT_NAMES, fold=True)}{end}"),
        percent_points=re.compile(
            rf"(?:{SPACE}?%)?\s+{_alternation(data.PERCENT_POINT_NAMES, fold=True)}{end}"
        ),
        scale=re.compile(
            rf"(?P<sym>{_alternation(data.SCALE_SYMBOLS)}){end}"
            rf"|{SPACE}(?P<spaced>{_alternation(s for s in data.SCALE_SYMBOLS if len(s) > 1)}){end}"
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
            rf"(?<![\w])(?i:{_alternation(data.REFERENCE_WORDS)}){SPACE}+(?:n[o°º]\.?{SPACE}*)?$"
        ),
        version_before=re.compile(rf"(?<![\w])(?i:{_alternation(data.VERSION_WORDS)}){SPACE}+$"),
        dates=_dates(data, months),
        range_joiners=_range_joiners(data),
        number_words=re.compile(rf"(?<![\w]){_alternation(data.NUMBER_WORDS, fold=True)}(?![\w])")
        if data.NUMBER_WORDS
        else None,
        roman_ordinal=re.compile(
            rf"(?<![\w])(?P<roman>[IVXLCDM]{{2,}}|[IVX])(?:{_alternation(data.ROMAN_ORDINAL_SUFFIXES)})"
            rf"(?![\w])"
        )
        if data.ROMAN_ORDINAL_SUFFIXES
        else None,
        scale_names=scale_names,
        scale_symbols={**data.SCALE_SYMBOLS, **data.SCALE_SYMBOLS_BEFORE_CURRENCY},
        currency_symbols=currency_symbols,
        currency_names=currency_names,
        unit_symbols=unit_symbols,
        unit_names=unit_names,
        months={m.lower(): n for m, n in months.items()},
    )


def _connective(data: ModuleType) -> re.Pattern[str] | None:
    """The word between a scale and its unit (``198,1 milliards de KRW``), if any."""
    if not data.SCALE_CONNECTIVES:
        return None
    # "de" keeps its trailing space for the next word's matcher; "d'" has none.
    parts = [re.escape(c) + ("" if c[-1] in "'’" else r"(?=\s)") for c in data.SCALE_CONNECTIVES]
    return re.compile(rf"\s+(?i:{'|'.join(parts)})")


def _dates(data: ModuleType, months: dict[str, int]) -> tuple[re.Pattern[str], ...]:
    """Day-month-year, month-day-year and month-year, with the language's month names."""
    if data.MONTHS_CAPITALISED:
        names = {m[:1].upper() + m[1:] for m in months} | {m.upper() for m in months}
        month = f"(?P<month>{_alternation(names)})"
    else:
        month = f"(?P<month>{_alternation(months, fold=True)})"
    month_end = r"(?<=\.)|(?![\w])"
    suffix = _alternation(("st", "nd", "rd", "th", *data.ORDINAL_SUFFIXES))
    day = rf"(?P<day>(?:[12]\d|3[01]|0?[1-9]))(?:{suffix})?"
    year = rf"(?P<year>[12]\d{{3}})(?![\w]|[{DASHES}.,]\d)"
    return (
        re.compile(rf"(?<![\w.,]){day}{SPACE}+{month}(?:{month_end})(?:,?{SPACE}+{year})?"),
        re.compile(
            rf"(?<![\w]){month}(?:{month_end}){SPACE}+{day}(?![\w]|[.,]\d)(?:,?{SPACE}+{year})?"
        ),
        re.compile(rf"(?<![\w]){month}(?:{month_end}),?{SPACE}+{year}"),
    )


def _range_joiners(
    data: ModuleType,
) -> tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]:
    """The words between two ends of a range, each with the word that must open it."""
    joiners = []
    for opener, joiner in data.RANGE_FRAMES:
        before = re.compile(rf"(?<![\w])(?i:{re.escape(opener)})\s+$") if opener else None
        joiners.append((re.compile(rf"\s+(?i:{re.escape(joiner)})\s+"), before))
    return tuple(joiners)
