"""Figures: the numbers of a paragraph with their meaning, and their pairing across a translation.

``figures_of`` reads one paragraph and returns its figures: digits in either
language's format (``1,250,000`` / ``1 250 000``, ``3.5`` / ``3,5``), number
words through text2num (``dix-huit``, ``twelve``), scale words (``198.1
billion`` = ``198,1 milliards``), percentages, currencies, units, years,
dates, ordinals, ranges, versions and code-like identifiers. Every word and
symbol comes from a language data module (``translint.lang.<lang>.figures``),
so a third language is a new module, not an edit here.

``match_figures`` pairs the figures of one aligned group of paragraphs and
sorts what is left into mismatches, missing figures and extra figures.

What a figure holds, by kind: ``value`` is the number with its scale
applied; a ``date`` has ``value`` YYYYMMDD (0 for a missing part) and
``extra`` ``(("year", "2025"), ("month", "5"), ("day", "7"))`` with only the
parts written; a ``range`` has its start as ``value`` and ``extra``
``(("end", "2024"),)`` (plus ``("of", "percent")`` or ``("of", "money")``);
a ``version`` has ``(("text", "2.6.32"),)``; an ``identifier`` has
``(("text", ...),)``, ``(("ref", "2.3"),)`` after a reference word or
``(("phone", digits),)``, and its digits as ``value``, for anchoring only.
``"1,2,…6"``, ``(4,2,2)`` and ``[0,1]`` are tuples: identifiers.

Policies (the checks and their messages rely on these):

- Code is not quantity. A run of characters that glues digits to letters,
  underscores, slashes and the like (``x86_64``, ``/dev/sda1``, ``ext4``,
  ``-j4``, ``du(8)``, ``ISO-8859-1``, ``10:30``), an IP address, and the
  number after a reference word (``Section 2.3``, ``RFC 2822``) is an
  ``identifier``: compared as an exact string, paired into a mismatch only
  with an identifier of the same shape (``du(8)`` / ``du(1)``), and never
  reported as missing or extra, because manuals rename, drop and add such
  tokens freely. ``2.6.32`` and ``version 2.3`` are ``version`` figures,
  compared as strings but reported like numbers.
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
  French ``un``/``une`` are articles, figures only with a unit, scale or
  currency after them (``un kilomètre``); English ``one`` is not a figure
  where it is a pronoun (``one of the``, ``no one``) and elsewhere only
  confirms a 1 on the other side. Hence a bare unpaired ``1`` is not
  reported either: its counterpart is often an article.
- A figure repeated in a group and left unpaired is reported once, and not
  at all if one of its repetitions found its counterpart ("the same").
- Units a translator converts (inches to centimetres, miles to kilometres,
  °F to °C) match when the conversion, rounded as written, agrees.
"""

from __future__ import annotations

import bisect
import importlib
import itertools
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from types import ModuleType

from babel.dates import get_month_names
from text_to_num import find_numbers

from translint.model import Figure, Paragraph

__all__ = [
    "FigureMatching",
    "FigureMismatch",
    "decimal_style",
    "describe",
    "figures_of",
    "match_figures",
]

# Unit symbols are international: language modules add their own (Go, Mo).
UNIT_SYMBOLS = {
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
# Units a translation may convert (inches to centimetres): dimension and factor
# to a base unit. Degrees Fahrenheit are converted apart (an affine scale).
UNIT_CONVERSIONS = {
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
# Currencies a bare "$" may stand for.
DOLLAR_CURRENCIES = frozenset({"$", "USD", "CAD", "AUD", "NZD", "HKD", "SGD", "MXN", "TWD"})
SCALE_NAMES = {10**3: "thousand", 10**6: "million", 10**9: "billion", 10**12: "trillion"}
SMALL_WORD_LIMIT = 12  # number words up to this value are not reported when unpaired
NUMERIC_KINDS = frozenset({"count", "year", "percent", "money", "quantity", "ordinal"})
# Kinds that differ only by a marker a translation may move away from the number.
_BASE_KIND = {"count": "count", "year": "count", "ordinal": "count"}
_MAX_DIGITS = 20  # longer digit strings are serial numbers, not quantities
# The separator conventions a figure's writing may betray (``Figure.style``),
# named by the separators rather than by a language, since many share each one.
POINT = "point"  # decimal point, grouping comma: 1,234.5
COMMA = "comma"  # decimal comma, grouping space or dot: 1 234,5

_SP = "[ \u00a0\u202f]"
_DASHES = "-\u2013\u2014"
_MINUS = "-\u2212"
_RUN_CHAR = r"[\w/\\@#=~*]"
# A spaced-group number ("1 250 000") or a run of word-ish characters
# joined by inner punctuation ("0-65535", "3.5", "x86_64", "2.6.32").
_RUN = re.compile(
    rf"(?P<spaced>(?<![\w.,])\d{{1,3}}(?:{_SP}\d{{3}})+(?:[.,]\d+)?(?![\w]|[.,]\d))"
    rf"|{_RUN_CHAR}+(?:[{_DASHES}.,:'’]{_RUN_CHAR}+)*"
)
_NUMCORE = re.compile(r"\d+(?:[.,]\d+)*")
_CODE_CHARS = re.compile(r"[_/\\@#=~:+*]")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
_DIGIT = re.compile(r"\d")
_WORD_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+|\S")
_ORDINAL_TEXT = re.compile(r"[^\d.,]+$")
_PHONE = re.compile(
    rf"(?<![\w.,+])(?:\+\d{{1,3}}[{_SP[1:-1]}.-]?)?(?:\(\d{{1,4}}\){_SP}?|\d{{2,4}}[{_SP[1:-1]}.-])"
    rf"\d{{3}}[{_SP[1:-1]}.-]\d{{4}}(?![\w]|[.,-]\d)"
    rf"|(?<![\w.,])0\d(?:[{_SP[1:-1]}.]\d{{2}}){{4}}(?![\w]|[.,]\d)"
)
_SPACED = re.compile(rf"(\d{{1,3}}(?:{_SP}\d{{3}})+)(?:([.,])(\d+))?")
_TIMES = re.compile(rf"{_SP}?[x×]{_SP}?")
_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_DASH_JOINER = re.compile(rf"{_SP}?[{_DASHES}]{_SP}?")


@dataclass(frozen=True)
class _Number:
    """A number as written, before its context gives it a kind."""

    value: Decimal
    style: str | None
    shape: str = "number"  # number | version | list | ip


@dataclass(frozen=True)
class _Lexicon:
    """One language's data compiled into matchers; built once per language."""

    lang: str
    data: ModuleType
    decimal: str
    decimal_style: str  # the separator convention the language writes (POINT or COMMA)
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


def _alternation(words: object, *, fold: bool = False) -> str:
    """A regex alternation, longest first so that ``$ CA`` wins over ``$``."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    if not items:
        return "(?!)"  # an empty table matches nothing, not the empty string
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)
    return f"(?i:{body})" if fold else f"(?:{body})"


@cache
def _lexicon(lang: str) -> _Lexicon:
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
    connective = None
    if data.SCALE_CONNECTIVES:
        # "de" keeps its trailing space for the next word's matcher; "d'" has none.
        parts = [
            re.escape(c) + ("" if c[-1] in "'’" else r"(?=\s)") for c in data.SCALE_CONNECTIVES
        ]
        connective = re.compile(rf"\s+(?i:{'|'.join(parts)})")
    months = dict(data.MONTHS)
    if data.MONTHS_CAPITALISED:
        names = {m[:1].upper() + m[1:] for m in months} | {m.upper() for m in months}
        month = f"(?P<month>{_alternation(names)})"
    else:
        month = f"(?P<month>{_alternation(months, fold=True)})"
    month_end = r"(?<=\.)|(?![\w])"
    suffix = _alternation(("st", "nd", "rd", "th", *data.ORDINAL_SUFFIXES))
    day = rf"(?P<day>(?:[12]\d|3[01]|0?[1-9]))(?:{suffix})?"
    year = rf"(?P<year>[12]\d{{3}})(?![\w]|[{_DASHES}.,]\d)"
    dates = (
        re.compile(rf"(?<![\w.,]){day}{_SP}+{month}(?:{month_end})(?:,?{_SP}+{year})?"),
        re.compile(
            rf"(?<![\w]){month}(?:{month_end}){_SP}+{day}(?![\w]|[.,]\d)(?:,?{_SP}+{year})?"
        ),
        re.compile(rf"(?<![\w]){month}(?:{month_end}),?{_SP}+{year}"),
    )
    joiners = []
    for opener, joiner in data.RANGE_FRAMES:
        before = re.compile(rf"(?<![\w])(?i:{re.escape(opener)})\s+$") if opener else None
        joiners.append((re.compile(rf"\s+(?i:{re.escape(joiner)})\s+"), before))
    scale_before_currency = _alternation(data.SCALE_SYMBOLS_BEFORE_CURRENCY)
    return _Lexicon(
        lang=lang,
        data=data,
        decimal=data.DECIMAL_SYMBOL,
        decimal_style=data.DECIMAL_STYLE,
        grouping=tuple(data.GROUP_SYMBOLS),
        ordinal=re.compile(rf"{_alternation(data.ORDINAL_SUFFIXES)}{end}"),
        percent=re.compile(rf"{_SP}?%|\s+{_alternation(data.PERCENT_NAMES, fold=True)}{end}"),
        percent_points=re.compile(
            rf"(?:{_SP}?%)?\s+{_alternation(data.PERCENT_POINT_NAMES, fold=True)}{end}"
        ),
        scale=re.compile(
            rf"(?P<sym>{_alternation(data.SCALE_SYMBOLS)}){end}"
            rf"|{_SP}(?P<spaced>{_alternation(s for s in data.SCALE_SYMBOLS if len(s) > 1)}){end}"
            rf"|\s+(?P<name>{_alternation(scale_names, fold=True)}){end}"
        ),
        scale_before_currency=re.compile(
            rf"{_SP}?(?P<sym>{scale_before_currency})(?={_SP}?{_alternation(prefix_symbols)})"
        ),
        connective=connective,
        currency=re.compile(
            rf"{_SP}?(?P<sym>{_alternation(currency_symbols)})(?![^\W\d_])"
            rf"|{_SP}?(?P<code>{_alternation(CURRENCY_CODES)}){end}"
            rf"|(?:\s+|(?<=['’]))(?P<name>{_alternation(currency_names, fold=True)}){end}"
        ),
        currency_prefix=re.compile(
            rf"(?:(?<![\w$])(?P<sym>{_alternation(prefix_symbols)})"
            rf"|(?<![\w])(?P<code>{_alternation(CURRENCY_CODES)}){_SP}){_SP}?$"
        ),
        unit=re.compile(
            rf"{_SP}?(?P<sym>{_alternation(unit_symbols)}){end}"
            rf"|(?:\s+|-|(?<=['’]))(?P<name>{_alternation(unit_names, fold=True)}){end}"
        ),
        reference_before=re.compile(
            rf"(?<![\w])(?i:{_alternation(data.REFERENCE_WORDS)}){_SP}+(?:n[o°º]\.?{_SP}*)?$"
        ),
        version_before=re.compile(rf"(?<![\w])(?i:{_alternation(data.VERSION_WORDS)}){_SP}+$"),
        dates=dates,
        range_joiners=tuple(joiners),
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


# ---------------------------------------------------------------------------
# Reading numbers


def _decimal(text: str) -> Decimal:
    return _normal(Decimal(text))


def _normal(value: Decimal) -> Decimal:
    """Canonical form, so that 198.1 * 10**9 prints as 198100000000."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1)) if value.adjusted() < 27 else value
    return value.normalize()


def _read_number(core: str, decimal: str, grouping: tuple[str, ...]) -> _Number | None:
    """The value of digits with separators, read with one language's symbols.

    ``decimal`` and ``grouping`` are the language's (from Babel): English
    reads ``1,250`` as 1250, French as 1.25 (matching tries the other reading
    too, see ``_readings``). A comma that is neither is a tuple separator
    (``[0,1]`` in English). A dot is read as a decimal point where the
    language does not group with it: French texts keep software values like
    ``127.5``. ``style`` says which convention the separators betray. Returns
    None for digits that are not one number.
    """
    if len(core) > _MAX_DIGITS + 8:
        return None
    if spaced := _SPACED.fullmatch(core):  # "1 250 000", "1 250,5": grouped with spaces
        digits = re.sub(r"\D", "", spaced[1])
        value = _decimal(f"{digits}.{spaced[3]}" if spaced[3] else digits)
        return _Number(value, COMMA if spaced[2] in (None, ",") else None)
    parts = re.split(r"([.,])", core)
    groups, seps = parts[0::2], parts[1::2]
    if len(groups[0].lstrip("0")) > _MAX_DIGITS:
        return None
    if not seps:
        return _Number(_decimal(core), None)
    style = {".": POINT, ",": COMMA}  # the convention a decimal separator betrays
    if len(seps) == 1:
        sep, (head, tail) = seps[0], groups
        grouped = 1 <= len(head) <= 3 and len(tail) == 3 and not head.startswith("0")
        if grouped and sep in grouping:
            return _Number(_decimal(head + tail), style["." if sep == "," else ","])
        if sep == decimal or sep == ".":
            return _Number(_decimal(f"{head}.{tail}"), style[sep])
        return _Number(Decimal(0), None, shape="list")  # "[0,1]", "(4,2)"
    valid_grouping = 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    if set(seps) == {","}:
        if valid_grouping:
            return _Number(_decimal("".join(groups)), POINT)
        return _Number(Decimal(0), None, shape="list")
    if set(seps) == {"."}:
        if len(groups) == 4 and all(len(g) <= 3 and int(g) <= 255 for g in groups):
            return _Number(Decimal(0), None, shape="ip")
        if valid_grouping and decimal != ".":
            return _Number(_decimal("".join(groups)), None)
        return _Number(_decimal(groups[0]), None, shape="version")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d+", core):
        return _Number(_decimal(core.replace(",", "")), POINT)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+", core):
        return _Number(_decimal(core.replace(".", "").replace(",", ".")), COMMA)
    return None


# ---------------------------------------------------------------------------
# Extraction


@dataclass
class _Atom:
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
    styles: tuple[str | None, ...] = ()


def figures_of_paragraph(paragraph: Paragraph, lang: str) -> tuple[Figure, ...]:
    """Figures of a paragraph's content (bullet or markup skipped), with offsets into its text."""
    figures = figures_of(paragraph.content, lang)
    if paragraph.plain is None and not paragraph.content_start:
        return figures
    spans = [paragraph.text_span(f.start, f.end) for f in figures]
    return tuple(replace(f, start=s, end=e) for f, (s, e) in zip(figures, spans, strict=True))


def figures_of(text: str, lang: str) -> tuple[Figure, ...]:
    """Figures in one paragraph's text, in order, non-overlapping; lang is "en" or "fr".

    Dates and phone numbers are found first, then runs of digits with the
    signs, currencies, scales, units and percent signs around them, then
    number words, then ranges joining two neighbours. Linear in the text.
    Raises ValueError for a language with no ``translint.lang.<lang>.figures``.
    """
    lex = _lexicon(lang)
    atoms: list[_Atom] = []
    taken = _Spans()
    if _DIGIT.search(text):
        atoms.extend(_dates(text, lex, taken))
        atoms.extend(_digit_atoms(text, lex, taken))
    atoms.extend(_roman_ordinals(text, lex, taken))
    atoms.extend(_word_atoms(text, lex, taken))
    atoms.sort(key=lambda a: a.start)
    atoms = _ranges(text, lex, atoms)
    return tuple(_figure(text, a) for a in atoms)


def decimal_style(lang: str) -> str:
    """The separator convention ``lang`` writes its numbers in (see ``Figure.style``)."""
    return _lexicon(lang).decimal_style


class _Spans:
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


def _roman_ordinals(text: str, lex: _Lexicon, taken: _Spans) -> list[_Atom]:
    """Roman ordinals (``XXIe siècle`` for the 21st century), where the language has them."""
    atoms = []
    if lex.roman_ordinal is not None:
        for m in lex.roman_ordinal.finditer(text):
            value = _roman(m["roman"])
            if value and not taken.overlaps(m.start(), m.end()):
                atoms.append(_Atom(m.start(), m.end(), Decimal(value), kind="ordinal"))
                taken.add(m.start(), m.end())
    return atoms


def _roman(numeral: str) -> int | None:
    """The value of a well-formed Roman numeral, else None (``IIII``, ``VX``)."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for current, following in itertools.zip_longest(numeral, numeral[1:], fillvalue=""):
        value = values[current]
        total += -value if following and values[following] > value else value
    return total if total > 0 and _ROMAN.fullmatch(numeral) else None


def _dates(text: str, lex: _Lexicon, taken: _Spans) -> list[_Atom]:
    """Dates with a month name (``7 September 2025``, ``Sep 7``, ``mai 2025``) and phones.

    A phone number is an identifier compared by its digits alone, so that
    ``514-555-1234`` and ``514 555 1234`` are the same.
    """
    atoms = []
    for m in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        atoms.append(
            _Atom(
                m.start(),
                m.end(),
                _digits_value(digits),
                kind="identifier",
                extra=(("phone", digits),),
            )
        )
        taken.add(m.start(), m.end())
    for pattern in lex.dates:
        for m in pattern.finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            month = lex.months.get(m["month"].lower())
            if month is None:
                continue
            day = int(m.groupdict().get("day") or 0)
            year = int(m["year"] or 0)
            atoms.append(_date_atom(m.start(), m.end(), year, month, day))
            taken.add(m.start(), m.end())
    return atoms


def _date_atom(start: int, end: int, year: int, month: int, day: int) -> _Atom:
    parts = (("year", year), ("month", month), ("day", day))
    extra = tuple((name, str(v)) for name, v in parts if v)
    value = Decimal(year * 10000 + month * 100 + day)
    return _Atom(start, end, value, kind="date", extra=extra)


def _digit_atoms(text: str, lex: _Lexicon, taken: _Spans) -> list[_Atom]:
    """Figures written with digits, with the signs and words around them."""
    atoms: list[_Atom] = []
    last_end = 0
    for m in _RUN.finditer(text):
        start, end = m.span()
        if start < last_end or not _DIGIT.search(m.group()) or taken.overlaps(start, end):
            continue
        for atom in _classify_run(text, lex, start, end, spaced=m["spaced"] is not None):
            if atom.start < last_end or taken.overlaps(atom.start, atom.end):
                continue
            atoms.append(atom)
            last_end = max(last_end, atom.end)
    for atom in atoms:
        taken.add(atom.start, atom.end)
    return atoms


def _identifier(text: str, start: int, end: int) -> _Atom:
    """Code-like text, compared as a string; its value is its digits, for anchoring only."""
    return _Atom(
        start,
        end,
        _digits_value(text[start:end]),
        kind="identifier",
        extra=(("text", text[start:end]),),
    )


def _digits_value(text: str) -> Decimal:
    return Decimal(re.sub(r"\D", "", text)[:_MAX_DIGITS] or 0)


def _classify_run(text: str, lex: _Lexicon, start: int, end: int, spaced: bool) -> list[_Atom]:
    """Turn one run of characters that holds a digit into figures."""
    run = text[start:end]
    glued_call = start >= 2 and text[start - 1] == "(" and (text[start - 2].isalnum())
    if not _DIGIT.match(run) or _CODE_CHARS.search(run) or glued_call:
        if glued_call:  # man page section or function call: du(8), f(4,2,2)
            name_start = start - 1
            while name_start > 0 and (
                text[name_start - 1].isalnum() or text[name_start - 1] in "_-.:"
            ):
                name_start -= 1
            close = text.find(")", end)
            end = close + 1 if close != -1 and close - end < 3 else end
            return [_identifier(text, name_start, end)]
        return [_identifier(text, start, end)]
    iso = _ISO_DATE.fullmatch(run)
    if iso and 1000 <= int(iso[1]) <= 2100 and 1 <= int(iso[2]) <= 12:
        day = int(iso[3] or 0)
        if day <= 31:
            return [_date_atom(start, end, int(iso[1]), int(iso[2]), day)]
    if spaced:
        core_end = end
    else:
        core = _NUMCORE.match(text, start, end)
        if core is None:
            return [_identifier(text, start, end)]
        core_end = core.end()
    number = _read_number(text[start:core_end], lex.decimal, lex.grouping)
    if number is None:
        return [_identifier(text, start, end)]
    if number.shape == "ip":
        return [_identifier(text, start, end)]
    if number.shape == "list" or text.startswith((",…", ",..."), end):
        return [_identifier(text, start, end)]  # "(4,2,2)", "[0,1]", "1,2,…6": a tuple
    if number.shape == "version":
        if core_end != end:
            return [_identifier(text, start, end)]
        if lex.reference_before.search(text[max(0, start - 24) : start]):
            return [_Atom(start, end, number.value, kind="identifier", extra=(("ref", run),))]
        return [_Atom(start, end, number.value, kind="version", extra=(("text", run),))]
    first = _atom_for(
        text, lex, start, core_end, number, plain=not spaced and run[: core_end - start].isdigit()
    )
    if first.end >= end:
        return [first]
    # What is left of the run: a range ("0-255"), or letters that make it code.
    rest = text[first.end : end]
    if rest[0] in _DASHES and _DIGIT.match(rest, 1) and rest.count("-") <= 1:
        second = _classify_run(text, lex, first.end + 1, end, spaced=False)
        if len(second) == 1 and second[0].kind in NUMERIC_KINDS:
            return [first, second[0]]
    return [_identifier(text, start, end)]


def _atom_for(
    text: str, lex: _Lexicon, start: int, end: int, number: _Number, plain: bool = False
) -> _Atom:
    """Give a number its sign, currency, scale, unit and kind from the text around it."""
    atom = _Atom(start, end, number.value, plain=plain, styles=(number.style,))
    _prefix(text, lex, atom)
    _suffix(text, lex, atom, number)
    before = text[max(0, atom.start - 24) : atom.start]
    if lex.reference_before.search(before):
        atom.kind, atom.extra = "identifier", (("ref", text[start:end]),)
    elif lex.version_before.search(before) and not atom.unit and atom.kind == "count":
        atom.kind, atom.extra = "version", (("text", text[start:end]),)
    return atom


def _prefix(text: str, lex: _Lexicon, atom: _Atom) -> None:
    """A sign or a currency written before the number (``-15``, ``US$ 3.5``, ``€45``)."""
    start = atom.start
    window = text[max(0, start - 6) : start]
    m = lex.currency_prefix.search(window)
    if m:
        atom.currency = _currency_of(lex, m["sym"], m["code"], None)
        atom.kind = "money"
        atom.start = start - (len(window) - m.start())
        atom.styles += (POINT,)  # decimal-comma writers put the currency after
        return
    if (
        start >= 1
        and text[start - 1] in _MINUS
        and (start == 1 or not (text[start - 2].isalnum() or text[start - 2] in "_-."))
    ):
        atom.value = -atom.value
        atom.start = start - 1


def _currency_of(lex: _Lexicon, sym: str | None, code: str | None, name: str | None) -> str:
    if sym is not None:
        return lex.currency_symbols.get(
            sym, lex.currency_symbols.get(re.sub(r"\s+", " ", sym), "$")
        )
    if code is not None:
        return code
    assert name is not None
    return lex.currency_names.get(re.sub(r"\s+", " ", name.lower()), "$")


def _suffix(text: str, lex: _Lexicon, atom: _Atom, number: _Number | None) -> None:
    """Ordinal suffix, percent, scale, currency or unit written after the number."""
    pos = atom.end
    integral = atom.value == atom.value.to_integral_value()
    if number is not None and integral and (m := lex.ordinal.match(text, pos)):
        atom.kind, atom.end = "ordinal", m.end()
        return
    if m := lex.percent_points.match(text, pos):
        atom.kind, atom.unit, atom.end = "percent", "pp", m.end()
        return
    if m := lex.percent.match(text, pos):
        atom.kind, atom.end = "percent", m.end()
        if m.group().endswith("%") and number is not None:
            # Decimal-comma writers space the sign off, decimal-point writers do not.
            atom.styles += ((COMMA if m.group()[0] in " \u00a0\u202f" else POINT),)
        return
    m = lex.scale.match(text, pos) or lex.scale_before_currency.match(text, pos)
    if m:
        name = m.groupdict().get("name")
        key = m["sym"] or m.groupdict().get("spaced") or (name or "").lower()
        factor = lex.scale_symbols.get(key) or lex.scale_names.get(key, 1)
        atom.scale *= factor
        atom.value = _normal(atom.value * factor)
        pos = atom.end = m.end()
        if name is not None and atom.written == "digits":
            atom.written = "mixed"
    c = lex.connective.match(text, pos) if atom.scale > 1 and lex.connective else None
    if c and (lex.currency.match(text, c.end()) or lex.unit.match(text, c.end())):
        pos = c.end()
    if m := lex.currency.match(text, pos):
        if atom.currency is None:
            atom.currency = _currency_of(lex, m["sym"], m["code"], m["name"])
            if m["sym"] is not None:
                atom.styles += (COMMA,)  # a symbol after the number: the decimal-comma habit
        atom.kind, atom.end = "money", m.end()
        return
    if atom.currency is not None:
        return
    if m := lex.unit.match(text, pos):
        if m.group() == "s" and atom.plain and 1000 <= atom.value <= 2100:
            atom.end = m.end()  # a decade: the 1990s
            return
        key = m["sym"] if m["sym"] is not None else m["name"].lower()
        atom.unit = lex.unit_symbols.get(key) or lex.unit_names.get(key)
        atom.kind, atom.end = "quantity", m.end()


def _word_atoms(text: str, lex: _Lexicon, taken: _Spans) -> list[_Atom]:
    """Number words (``dix-huit``, ``twelve``, ``three million``) via text2num,
    and the language's own number words text2num does not know."""
    atoms: list[_Atom] = []
    if any(_number_word(w, lex.lang) for w in _WORD_TOKEN.findall(text) if w[0].isalpha()):
        atoms = _text2num_atoms(text, lex, taken)
    if lex.number_words is not None:
        data = lex.data
        for m in lex.number_words.finditer(text):
            if not taken.overlaps(m.start(), m.end()):
                value = data.NUMBER_WORDS[re.sub(r"\s+", " ", m.group().lower())]
                atoms.append(_Atom(m.start(), m.end(), Decimal(value), written="words"))
                taken.add(m.start(), m.end())
    return atoms


def _text2num_atoms(text: str, lex: _Lexicon, taken: _Spans) -> list[_Atom]:
    tokens = _tokens(text, taken)
    atoms = []
    data = lex.data
    words = [t.word.lower() for t in tokens]
    last_end = 0
    for occurrence in find_numbers(tokens, lex.lang, 0):
        first, last = occurrence.start, occurrence.end - 1
        if tokens[first].blocked or tokens[first].start < last_end:
            continue
        span = words[first : last + 1]
        prev = words[first - 1] if first > 0 else ""
        after = words[last + 1] if last + 1 < len(words) else ""
        start, end = tokens[first].start, tokens[last].end
        if len(span) == 1:
            word = span[0]
            if len(word) == 1:  # "I/O": a letter, not "o" for zero
                continue
            if word in data.ONE_WORDS and (
                after in data.ONE_NOT_BEFORE or prev in data.ONE_NOT_AFTER
            ):
                continue
            if prev in data.NOT_NUMBER_AFTER.get(word, ()):
                continue
            if occurrence.value >= 100 and not occurrence.is_ordinal:
                if prev in data.SCALE_ARTICLES and word in lex.scale_names and first > 0:
                    start = tokens[first - 1].start
                elif word not in data.BARE_SCALE_WORDS:
                    continue
        value = _word_value(occurrence.text)
        if value is None:
            continue
        atom = _Atom(start, end, value, written="words")
        if occurrence.is_ordinal:
            atom.kind = "ordinal"
        elif span[-1] in lex.scale_names:
            atom.scale = lex.scale_names[span[-1]]
        if not occurrence.is_ordinal:
            _suffix(text, lex, atom, None)
        if span == [span[0]] and span[0] in data.ARTICLE_ONES and atom.kind == "count":
            continue  # "un fichier", "une fois": an article, unless a unit follows
        atoms.append(atom)
        last_end = atom.end
    for atom in atoms:
        taken.add(atom.start, atom.end)
    return atoms


@lru_cache(maxsize=1 << 16)
def _number_word(word: str, lang: str) -> bool:
    """Whether text2num reads ``word`` alone as a number. Every number in words
    holds such a word ("a million": million; "vingt et un": vingt), so a
    paragraph without one is not handed to text2num: most are not, and
    tokenising them for it was most of the figure reader's time."""
    return bool(find_numbers([_Token(word, 0, len(word))], lang, 0))


@dataclass
class _Token:
    """A word handed to text2num (its ``Token`` protocol), with its offsets."""

    word: str
    start: int
    end: int
    blocked: bool = False

    def text(self) -> str:
        return "|" if self.blocked else self.word

    def nt_separated(self, previous: _Token) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return self.blocked


def _tokens(text: str, taken: _Spans) -> list[_Token]:
    """Words of the text; tokens inside figures already found become barriers."""
    spans = list(taken)
    tokens = []
    i = 0
    for m in _WORD_TOKEN.finditer(text):
        while i < len(spans) and spans[i][1] <= m.start():
            i += 1
        blocked = i < len(spans) and spans[i][0] < m.end()
        tokens.append(_Token(m.group(), m.start(), m.end(), blocked or m.group()[0].isnumeric()))
    return tokens


def _word_value(text: str) -> Decimal | None:
    """text2num's digits (``"2,5"``, ``"3ème"``, ``"1st"``) as a Decimal."""
    digits = _ORDINAL_TEXT.sub("", text).replace(",", ".")
    try:
        return _normal(Decimal(digits))
    except InvalidOperation:
        return None


def _ranges(text: str, lex: _Lexicon, atoms: list[_Atom]) -> list[_Atom]:
    """Join ``2020–2024``, ``between 2020 and 2024``, ``de 5 à 10 km`` into range figures.

    Also gives ``12,7 x 20,3 cm`` its unit on both sides of the ``x``.
    """
    for a, b in itertools.pairwise(atoms):
        if b.unit and a.kind == "count" and _TIMES.fullmatch(text, a.end, b.start):
            a.unit, a.kind = b.unit, "quantity"
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        joined = _range_of(text, lex, a, b) if b is not None else None
        if joined is not None:
            out.append(joined)
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def _range_of(text: str, lex: _Lexicon, a: _Atom, b: _Atom) -> _Atom | None:
    """The range ``a`` to ``b`` when the text between them says so, else None."""
    if a.kind not in NUMERIC_KINDS or b.kind not in NUMERIC_KINDS or "ordinal" in (a.kind, b.kind):
        return None
    if (a.unit and b.unit and a.unit != b.unit) or (
        a.currency and b.currency and a.currency != b.currency
    ):
        return None
    # "rose by 54.1% to 198.1 billion": a percentage and a sum are two figures;
    # "rose 0.2 percentage points to 6.4%": a change and a level are two figures.
    # Only the start of a range may leave its unit to the end ("5 to 10 km").
    if a.kind != b.kind and "count" not in (a.kind, b.kind):
        return None
    if a.unit and not b.unit:
        return None
    between = text[a.end : b.start]
    start = a.start
    if not _DASH_JOINER.fullmatch(between):
        for joiner, before in lex.range_joiners:
            if not joiner.fullmatch(between):
                continue
            if before is not None:
                m = before.search(text[max(0, a.start - 16) : a.start])
                if not m:
                    continue
                start = a.start - (min(a.start, 16) - m.start())
            break
        else:
            return None
    first = a.value
    if a.scale == 1 and b.scale > 1 and a.written != "words":
        first = _normal(a.value * b.scale)
    extra = [("end", str(b.value))]
    if "percent" in (a.kind, b.kind):
        extra.append(("of", "percent"))
    elif "money" in (a.kind, b.kind):
        extra.append(("of", "money"))
    return _Atom(
        start,
        b.end,
        first,
        kind="range",
        unit=b.unit or a.unit,
        currency=b.currency or a.currency,
        scale=b.scale,
        written=a.written if a.written == b.written else "mixed",
        extra=tuple(extra),
        styles=a.styles + b.styles,
    )


def _figure(text: str, atom: _Atom) -> Figure:
    """Freeze an atom: settle years and the convention its writing betrays, if only one."""
    kind = atom.kind
    if (
        kind == "count"
        and atom.plain
        and atom.written == "digits"
        and atom.scale == 1
        and 1000 <= atom.value <= 2100
    ):
        kind = "year"
    styles = {s for s in atom.styles if s is not None}
    style = styles.pop() if len(styles) == 1 else None
    extra = atom.extra if kind not in ("count", "year", "percent", "money", "quantity") else ()
    return Figure(
        text=text[atom.start : atom.end],
        start=atom.start,
        end=atom.end,
        value=atom.value,
        kind=kind,
        unit=atom.unit,
        currency=atom.currency,
        scale=atom.scale,
        written=atom.written,
        style=style,
        extra=extra,
    )


# ---------------------------------------------------------------------------
# Matching


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

    def take(i: int, j: int) -> None:
        pairs.append((i, j))
        src.free.discard(i)
        tgt.free.discard(j)

    def nearest(i: int, candidates: Sequence[int]) -> int:
        return min(candidates, key=lambda j: (_rank_gap(i, len(src), j, len(tgt)), j))

    # A lone "one" pairs last: it only confirms a 1 that nothing else claims.
    for weak in (False, True):
        by_key: dict[object, list[int]] = {}
        for j in sorted(tgt.free):
            if _lone_one(tgt[j]) == weak:
                by_key.setdefault(tgt[j].key, []).append(j)
        for i in sorted(src.free):
            candidates = by_key.get(src[i].key)
            if candidates and (weak or not _lone_one(src[i])):
                j = nearest(i, candidates)
                candidates.remove(j)
                take(i, j)
        for i in sorted(src.free):
            if _lone_one(src[i]) and not weak:
                continue
            candidates = [
                j
                for j in tgt.candidates(src[i])
                if (weak or not _lone_one(tgt[j])) and _same_meaning(src[i], tgt[j])
            ]
            if candidates:
                take(i, nearest(i, candidates))
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
        return {("t", (_text_of(figure) or figure.text).casefold())}
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
            values.add(_normal(Decimal(digits) * figure.scale * sign))
    return values


def _kinds_compatible(a: str, b: str) -> bool:
    """Kinds that differ only by a marker the translation may have moved or dropped."""
    if a == b:
        return True
    base_a, base_b = _BASE_KIND.get(a, a), _BASE_KIND.get(b, b)
    return base_a == base_b or "count" in (base_a, base_b)


def _currencies_compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    return "$" in (a, b) and a in DOLLAR_CURRENCIES and b in DOLLAR_CURRENCIES


def _text_of(figure: Figure) -> str | None:
    """The string a version or identifier is compared by."""
    extra = dict(figure.extra)
    return extra.get("text") or extra.get("ref") or extra.get("phone")


def _same_meaning(s: Figure, t: Figure) -> bool:
    """Whether two figures say the same thing, allowing for localisation."""
    textual = ("identifier", "version")
    if s.kind in textual or t.kind in textual:
        a = _text_of(s) if s.kind in textual else s.text
        b = _text_of(t) if t.kind in textual else t.text
        return a is not None and b is not None and a.casefold() == b.casefold()
    if s.kind == "date" or t.kind == "date":
        if s.kind != t.kind:
            return False
        a, b = dict(s.extra), dict(t.extra)
        shared = a.keys() & b.keys()
        return "month" in shared and all(a[k] == b[k] for k in shared)
    if (s.kind == "range") != (t.kind == "range"):
        return False
    if s.kind == "range":
        a, b = dict(s.extra), dict(t.extra)
        if Decimal(a["end"]) != Decimal(b["end"]) or a.get("of", b.get("of")) != b.get(
            "of", a.get("of")
        ):
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
            for group in _NUMBER_GROUP.findall(_text_of(idents[k]) or ""):
                value = _decimal(group) if group.count(".") <= 1 else None
                buckets = {("v", value), ("t", group)}
                for o in sorted({o for b in buckets for o in others.index.get(b, ())}):
                    other = others[o]
                    if (
                        o not in others.free
                        or other.kind == "identifier"
                        or (other.written != "digits")
                    ):
                        continue
                    if group == (_text_of(other) or "") or (
                        other.kind in NUMERIC_KINDS and value in _readings(other)
                    ):
                        others.free.discard(o)
                        pairs.append((o, k) if flip else (k, o))
                        claimed = True
                        break
            if claimed:
                idents.free.discard(k)
    return pairs


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
    return "number" if figure.kind in NUMERIC_KINDS else figure.kind


def _mantissa(figure: Figure) -> Decimal:
    return _normal(figure.value / figure.scale) if figure.scale != 1 else figure.value


def _mismatch_cost(s: Figure, t: Figure, gap: float) -> float | None:
    """How plausible it is that ``t`` is ``s`` changed; None when it is not."""
    if _lone_one(s) or _lone_one(t):
        return None
    if s.kind == "identifier" or t.kind == "identifier":
        if s.kind != t.kind:
            return None
        a, b = _text_of(s) or "", _text_of(t) or ""
        shape = _SHAPE.sub("#", a)
        phones = "phone" in dict(s.extra) and "phone" in dict(t.extra)
        # Two phone numbers of one shape are one number retyped; other digit
        # strings only pair when letters make their shapes telling (du(8) / du(1)).
        if shape != _SHAPE.sub("#", b) or not (phones or any(c.isalpha() for c in shape)):
            return None
        return 1 + gap
    if _family(s) != _family(t):
        return None
    # Small words only with the same kind, and with digits a translator might spell out.
    spelled_out = s.written == t.written == "words" or (
        max(abs(s.value), abs(t.value)) <= SMALL_WORD_LIMIT
    )
    if (_small_words(s) or _small_words(t)) and (s.kind != t.kind or not spelled_out):
        return None
    same_digits = _digits(s) == _digits(t)
    if not same_digits and not _kinds_compatible(s.kind, t.kind):
        return None
    distance = 0.0
    if s.kind != "version" and t.kind != "version":
        a, b = abs(float(s.value)), abs(float(t.value))
        distance = min(1.0, abs(math.log10(a + 1) - math.log10(b + 1)) / 3)
    return (0 if same_digits else 1) + (0 if s.kind == t.kind else 0.5) + gap + distance


def _digits(figure: Figure) -> str:
    """The significant digits as written, whatever the scale: 198.1 billion -> 1981."""
    if figure.kind in ("version", "identifier", "date"):
        return (
            _SHAPE.sub("", _text_of(figure) or figure.text)
            if figure.kind != "date"
            else (str(figure.value))
        )
    return str(abs(_mantissa(figure))).replace(".", "").lstrip("0")


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
    if s.scale != t.scale and _mantissa(s) == _mantissa(t):
        return f"scale differs: {_scale_name(s.scale)} vs {_scale_name(t.scale)}"
    if s.kind == "range" and t.kind == "range":
        return "range differs"
    if s.value == -t.value:
        return "sign differs"
    return "value differs"


def _scale_name(scale: int) -> str:
    return SCALE_NAMES.get(scale, "none" if scale == 1 else f"10^{round(math.log10(scale))}")


# ---------------------------------------------------------------------------
# Description


def describe(figure: Figure) -> str:
    """A short English description for messages: ``198.1 billion KRW``, ``54.1%``."""
    extra = dict(figure.extra)
    if figure.kind in ("identifier", "version"):
        return _text_of(figure) or figure.text
    if figure.kind == "date":
        months = _month_names()
        parts = [
            extra.get("day", ""),
            months.get(int(extra.get("month", 0)), ""),
            extra.get("year", ""),
        ]
        return " ".join(p for p in parts if p)
    if figure.kind == "ordinal":
        n = int(figure.value)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    if figure.kind == "range":
        end = Decimal(extra["end"])
        scale = figure.scale if figure.scale > 1 and end % figure.scale == 0 else 1
        start = _number_text(figure.value / scale if scale > 1 else figure.value)
        text = f"{start}–{_number_text(end / scale if scale > 1 else end)}"
        if scale > 1:
            text += f" {_scale_name(scale)}"
        return _with_marks(text, figure, percent=extra.get("of") == "percent")
    text = _number_text(_mantissa(figure))
    if figure.scale > 1:
        text += f" {_scale_name(figure.scale)}"
    return _with_marks(text, figure, percent=figure.kind == "percent")


def _with_marks(text: str, figure: Figure, percent: bool) -> str:
    if percent:
        return f"{text} percentage points" if figure.unit == "pp" else f"{text}%"
    if figure.currency == "$":
        return f"${text}"
    if figure.currency:
        return f"{text} {figure.currency}"
    if figure.unit:
        return f"{text} {figure.unit}"
    return text


def _number_text(value: Decimal) -> str:
    value = _normal(value)
    return f"{value:,f}" if abs(value) >= 10000 else f"{value:f}"


@cache
def _month_names() -> dict[int, str]:
    return dict(get_month_names("wide", locale="en"))
